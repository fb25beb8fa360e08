import { describe, expect, it } from "vitest";
import { nextAct, nextDate, nothingDue } from "./next";
import type { Explanation } from "./bindings/Explanation";
import type { ExplainedCandidate } from "./bindings/ExplainedCandidate";
import type { Person } from "./bindings/Person";

const candidate = (id: string, score: number | null, fate: ExplainedCandidate["fate"]): ExplainedCandidate => ({
  id, kind: "check_in", people: ["ana"], hard: false, title: id, effort_minutes: 10, due: null, score, factors: null, fate,
});
const explanation = (candidates: ExplainedCandidate[]) => ({ date: "2025-03-10", person: {}, candidates }) as unknown as Explanation;

describe("next with a person", () => {
  it("is the act on today's list, else the best one that only lost its place to the day's limits", () => {
    expect(nextAct(explanation([candidate("a", 2, { fate: "day_full" }), candidate("b", 1, { fate: "chosen", rank: 2, score: 1 })]))?.candidate.id).toBe("b");
    const waiting = nextAct(explanation([candidate("a", 0.2, { fate: "below_threshold", score: 0.2, threshold: 0.5 }), candidate("c", 0.9, { fate: "over_budget", effort_minutes: 30, used_minutes: 40, budget_minutes: 45 })]));
    expect(waiting?.candidate.id).toBe("c");
    expect(waiting?.onToday).toBe(false);
    expect(nextAct(explanation([candidate("a", null, { fate: "gated", gate: { rule: "done" } } as ExplainedCandidate["fate"])]))).toBeNull();
    expect(nextAct(null)).toBeNull();
    const quiet = nextAct(explanation([candidate("q", 0.8, { fate: "quiet_day", of: "Per Solberg's birthday" })]));
    expect(quiet?.why).toBe("Not on today's list: today is kept quiet (Per Solberg's birthday).");
  });

  it("otherwise names the nearest date ahead", () => {
    const ana = { birthday: "1990-12-02", dates: [{ id: "d", label: "Wedding anniversary", date: "--04-01" }] } as unknown as Person;
    expect(nextDate(ana, [], null, "2025-03-10")).toEqual({ date: "2025-04-01", what: "wedding anniversary" });
    expect(nextDate(ana, [], "2025-03-20", "2025-03-10")).toEqual({ date: "2025-03-20", what: "time to get in touch" });
    const next = nextDate({ birthday: "--03-12", dates: [] } as unknown as Person, [], null, "2025-03-10");
    expect(nothingDue(next, "2025-03-10")).toBe("Nothing due; next: birthday, Wed 12 Mar (in 2 days).");
    expect(nothingDue(null, "2025-03-10")).toBe("Nothing due, and nothing on the calendar.");
  });
});
