import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC as mockCommands } from "@tauri-apps/api/mocks";
import Advocates from "./Advocates.svelte";
import { route } from "../lib/route.svelte";
import { toasts } from "../lib/toasts.svelte";
import type { LadderView } from "../lib/bindings/LadderView";
import type { Evidence } from "../lib/bindings/Evidence";
import type { Stage } from "../lib/bindings/Stage";

const mockIPC: typeof mockCommands = (handler) => mockCommands(handler, { shouldMockEvents: true });

function evidence(person: string, name: string, stage: Stage, line: string): Evidence {
  return {
    person, name, stage, circle: 2, power: false, received: [], received_recent: 0, advocacy_recent: 0, thanked_recent: 0,
    received_total: 0, given_recent: 0, given_total: 0, contacts_recent: 0, minutes_recent: 0, last_contact: null,
    days_since_contact: null, promises_due: 0, promises_kept: 0, line,
  };
}

function ladder(ben: Stage): LadderView {
  const advocates = ben === "advocate" ? 2 : 1;
  return {
    headline: `${advocates} advocate${advocates === 1 ? "" : "s"} · 1 ally · 0 friends`,
    stats: {
      stages: { acquaintance: 1, friend: 0, ally: ben === "ally" ? 2 : 1, advocate: advocates },
      advocates: [
        evidence("ana", "Ana Lima", "advocate", "Referred you once in the last 12 months · last in touch 2 days ago"),
        evidence("ben", "Ben Okafor", ben, "Referred you twice in the last 12 months · last in touch 5 days ago"),
      ],
      proposals: ben === "ally"
        ? [{
            id: "ladder:ben:advocate", person: "ben", name: "Ben Okafor", from: "ally", to: "advocate", up: true,
            text: "Ben referred you twice in the last 12 months, and you thanked Ben both times — an advocate?",
            reasons: ["Referred you twice in the last 12 months.", "You thanked Ben both times."],
          }]
        : [],
      trend: Array.from({ length: 12 }, (_, i) => ({
        month: `2024-${String(i + 1).padStart(2, "0")}`, acquaintance: 1, friend: 0, ally: 1, advocate: i < 6 ? 0 : 1,
      })),
    },
    slipping: [{ person: "kai", name: "Kai Berg", stage: "ally", power: true, rhythm_days: 30, days_since_contact: 59, past: true, text: "Last in touch with Kai 59 days ago — your rhythm is every 30 days" }],
    balance: [{ person: "ben", name: "Ben Okafor", received: 3, given: 0, text: "Ben did 3 favors for you; you did 0 for Ben" }],
    dots: [
      { person: "ana", name: "Ana Lima", circle: 1, stage: "advocate", power: true, drifting: false },
      { person: "ben", name: "Ben Okafor", circle: 2, stage: ben, power: false, drifting: false },
      { person: "kai", name: "Kai Berg", circle: 3, stage: "ally", power: true, drifting: true },
    ],
  };
}

describe("Advocates", () => {
  it("answers in one line and shows the evidence, the trend, the picture, who is slipping and the balance", async () => {
    mockIPC((cmd) => (cmd === "get_ladder" ? ladder("ally") : undefined));
    const { container } = render(Advocates);
    expect(await screen.findByText("1 advocate · 1 ally · 0 friends")).toBeTruthy();
    expect(screen.getByText(/Referred you twice in the last 12 months · last in touch 5 days ago/)).toBeTruthy();
    expect(screen.getByText(/Advocates 0 → 1/)).toBeTruthy();
    expect(screen.getByText("Last in touch with Kai 59 days ago — your rhythm is every 30 days")).toBeTruthy();
    expect(screen.getByText("Ben did 3 favors for you; you did 0 for Ben")).toBeTruthy();
    const dots = container.querySelectorAll("circle.dot");
    expect(dots.length).toBe(3);
    const kai = container.querySelector('circle.dot[aria-label^="Kai Berg"]')!;
    expect(kai.getAttribute("opacity")).toBe("0.35");
    expect(kai.classList.contains("ten")).toBe(true);
    expect(container.querySelectorAll("[style]").length).toBe(0);
    await fireEvent.click(kai);
    expect(route.page).toBe("person");
    expect(route.personId).toBe("kai");
  });

  it("accepts a proposal, and Undo takes it back", async () => {
    let stage: Stage = "ally";
    const calls: string[] = [];
    mockIPC((cmd, args: any) => {
      calls.push(cmd);
      if (cmd === "get_ladder") return ladder(stage);
      if (cmd === "accept_proposal") {
        expect(args).toMatchObject({ person: "ben", to: "advocate" });
        stage = "advocate";
        return { person: { id: "ben" }, from: "ally", to: "advocate", on: "2025-03-10", cleared_refusal: null };
      }
      if (cmd === "undo_accept_proposal") {
        expect(args.accepted).toMatchObject({ from: "ally", to: "advocate" });
        stage = "ally";
      }
    });
    render(Advocates);
    await fireEvent.click(await screen.findByRole("button", { name: "Make Ben an advocate" }));
    expect(await screen.findByText("2 advocates · 1 ally · 0 friends")).toBeTruthy();
    expect(screen.getByText("No proposals: every stage matches what the book shows.")).toBeTruthy();
    const toast = toasts.find((t) => t.message === "Ben Okafor is now an advocate.")!;
    await toast.action!.run();
    expect(await screen.findByText("1 advocate · 1 ally · 0 friends")).toBeTruthy();
    expect(calls).toContain("undo_accept_proposal");
  });

  it("refuses a proposal (remembered), with Undo", async () => {
    let refused = false;
    mockIPC((cmd, args: any) => {
      if (cmd === "get_ladder") {
        const v = ladder("ally");
        if (refused) v.stats.proposals = [];
        return v;
      }
      if (cmd === "refuse_proposal") {
        expect(args).toMatchObject({ person: "ben", to: "advocate" });
        refused = true;
        return { refusal: { person: "ben", to: "advocate", on: "2025-03-10" }, previous: null };
      }
      if (cmd === "undo_refuse_proposal") refused = false;
    });
    render(Advocates);
    await fireEvent.click(await screen.findByRole("button", { name: "Keep as ally" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Keep as ally" })).toBeNull());
    const toast = toasts.find((t) => t.message === "Noted: Ben Okafor stays an ally.")!;
    await toast.action!.run();
    expect(await screen.findByRole("button", { name: "Keep as ally" })).toBeTruthy();
  });

  it("is kind to an empty book", async () => {
    mockIPC((cmd) =>
      cmd === "get_ladder"
        ? { headline: "0 advocates · 0 allies · 0 friends", stats: { stages: { acquaintance: 0, friend: 0, ally: 0, advocate: 0 }, advocates: [], proposals: [], trend: [] }, slipping: [], balance: [], dots: [] }
        : undefined,
    );
    const { container } = render(Advocates);
    expect(await screen.findByText(/No one in your book yet/)).toBeTruthy();
    expect(screen.getByText(/None yet. Allies grow from favors given and returned/)).toBeTruthy();
    expect(container.querySelectorAll("circle.dot").length).toBe(0);
  });
});

describe("the circle picture of a large book", () => {
  it("draws thousands of dots as a few paths and still opens the person under the pointer", async () => {
    const { default: CirclePicture } = await import("../components/CirclePicture.svelte");
    const { layout } = await import("../lib/circles");
    const stages: Stage[] = ["acquaintance", "friend", "ally", "advocate"];
    const dots = Array.from({ length: 2000 }, (_, i) => ({
      person: `p${i}`, name: `Person ${i}`, circle: 1 + (i % 5), stage: stages[i % 4] as Stage,
      power: i % 100 === 0, drifting: i % 7 === 0,
    }));
    const opened: string[] = [];
    const { container } = render(CirclePicture, { dots, onOpen: (p: string) => opened.push(p) });
    const svg = container.querySelector("svg[data-dots]")!;
    expect(svg.getAttribute("data-dots")).toBe("2000");
    expect(container.querySelectorAll("circle.dot").length).toBe(0);
    expect(container.querySelectorAll("svg[data-dots] path").length).toBeLessThanOrEqual(9);
    // The SVG drawn at its natural size: page coordinates are picture coordinates.
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 520, height: 520, right: 520, bottom: 520, x: 0, y: 0, toJSON: () => ({}) });
    const target = layout(dots, 520).find((p) => p.dot.person === "p42")!;
    await fireEvent.mouseMove(svg, { clientX: target.x, clientY: target.y });
    expect(await screen.findByText(/^Person 42 · /)).toBeTruthy();
    await fireEvent.click(svg, { clientX: target.x, clientY: target.y });
    expect(opened).toEqual(["p42"]);
  });
});
