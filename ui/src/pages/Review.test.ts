import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import { mockIPC as mockCommands } from "@tauri-apps/api/mocks";
import Review from "./Review.svelte";
import type { Review as ReviewData } from "../lib/bindings/Review";

const mockIPC: typeof mockCommands = (handler) => mockCommands(handler, { shouldMockEvents: true });

const week: ReviewData = {
  week_start: "2025-03-04", week_end: "2025-03-10", acts_done: 3, acts_minutes: 22, interactions: 2,
  interaction_minutes: 135,
  moved_up: [{ person: "ana", name: "Ana Lima", from: "ally", to: "advocate", on: "2025-03-06" }],
  proposals: [{ id: "ladder:kai:friend", person: "kai", name: "Kai Berg", from: "ally", to: "friend", up: false, text: "No contact with Kai in 14 months — still an ally?", reasons: ["Last in touch on 5 January 2024."] }],
  unthanked_count: 1,
  unthanked: [{ favor: "f3", person: "cy", name: "Cy Tan", kind: "advice", date: "2025-03-02" }],
  promises: [{ follow_up: "u1", person: "ana", name: "Ana Lima", text: "Send the deck", due: "2025-03-14", overdue: false }],
  weeks: Array.from({ length: 8 }, (_, i) => ({ week_ending: `2025-01-${String(i + 10).padStart(2, "0")}`, acts: i === 7 ? 3 : 1 })),
  comparison: "3 thoughtful acts this week — more than your average of 1 over the 7 weeks before.",
};

describe("Review", () => {
  it("shows the week: acts, time, who moved up, proposals, thanks and promises", async () => {
    mockIPC((cmd) => (cmd === "get_review" ? week : undefined));
    const { container } = render(Review);
    expect(await screen.findByText(week.comparison)).toBeTruthy();
    expect(screen.getByText(/about 22 min/)).toBeTruthy();
    expect(screen.getByText(/2.3 hours together/)).toBeTruthy();
    expect(screen.getByText(/Ally → Advocate/)).toBeTruthy();
    expect(screen.getByText("No contact with Kai in 14 months — still an ally?", { exact: false })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cy Tan" })).toBeTruthy();
    expect(screen.getByText(/Send the deck/)).toBeTruthy();
    expect(container.querySelectorAll("svg.weeks rect").length).toBe(8);
    expect(container.querySelectorAll("svg.weeks rect.now").length).toBe(1);
  });

  it("says so kindly when the week was quiet", async () => {
    mockIPC((cmd) =>
      cmd === "get_review"
        ? { ...week, acts_done: 0, moved_up: [], proposals: [], unthanked: [], unthanked_count: 0, promises: [], comparison: "0 thoughtful acts this week — fewer than your average of 1 over the 7 weeks before." }
        : undefined,
    );
    render(Review);
    expect(await screen.findByText("No one moved up this week.")).toBeTruthy();
    expect(screen.getByText("Every favor of the last year has its thank-you.")).toBeTruthy();
    expect(screen.getByText("No promises due.")).toBeTruthy();
  });
});
