import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC as mockCommands } from "@tauri-apps/api/mocks";

const mockIPC: typeof mockCommands = (handler) => mockCommands(handler, { shouldMockEvents: true });
import Today from "./Today.svelte";
import type { TodayView } from "../lib/bindings/TodayView";
import type { Suggestion } from "../lib/bindings/Suggestion";

const thank: Suggestion = {
  id: "thank:f1", kind: "thank", people: ["ben"], hard: false,
  title: "Thank Ben Okafor for the referral", action: "Write a short thank-you and say what came of it.",
  effort_minutes: 5, score: 1.89, due: null,
  why: { now: "Ben referred you 4 days ago.", them: "Ben is an advocate in your close 15.", this: "Thanks invites more help (Grant & Gino 2010)." },
  factors: { B: 1, U: 0.82, V: 1.2, R: 1.83, E: 0.92, N: 1, F: 1 },
  also: [{ id: "give_back:ben:2025-03", kind: "give_back", title: "Do Ben a five-minute favor" }],
};

function view(over: Partial<TodayView> = {}): TodayView {
  return { date: "2025-03-10", suggestions: [], acted: 0, snoozed_all: false, upcoming: [], sample: false, empty_book: false, ...over };
}

describe("Today", () => {
  it("shows each act with its three reasons and what else is there for the person", async () => {
    mockIPC((cmd) => (cmd === "get_today" ? view({ suggestions: [thank] }) : null));
    render(Today);
    expect(await screen.findByText("Thank Ben Okafor for the referral")).toBeTruthy();
    expect(screen.getByText("Ben referred you 4 days ago.")).toBeTruthy();
    expect(screen.getByText("Ben is an advocate in your close 15.")).toBeTruthy();
    expect(screen.getByText(/Grant & Gino/)).toBeTruthy();
    expect(screen.getByText(/Do Ben a five-minute favor/)).toBeTruthy();
  });

  it("Done offers the implied interaction, and one keystroke logs it", async () => {
    const calls: [string, unknown][] = [];
    let acted = false;
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "get_today") return view({ suggestions: acted ? [] : [thank], acted: acted ? 1 : 0 });
      if (cmd === "act_on_suggestion") {
        acted = true;
        return { id: "thank:f1", kind: "thank", people: ["ben"], title: thank.title, feedback: {}, effect: null,
          interaction: { people: ["ben"], kind: "message", date: "2025-03-10", summary: "Thanked Ben for the referral" } };
      }
      if (cmd === "log_interaction") return { id: "2025-03-10-message" };
    });
    render(Today);
    await fireEvent.click(await screen.findByRole("button", { name: "Done" }));
    const log = await screen.findByRole("button", { name: /Log it/ });
    await waitFor(() => expect(document.activeElement).toBe(log));
    await fireEvent.click(log);
    await waitFor(() => expect(calls.some(([c]) => c === "log_interaction")).toBe(true));
    const logged = calls.find(([c]) => c === "log_interaction")![1] as { interaction: { with: string[]; kind: string } };
    expect(logged.interaction.with).toEqual(["ben"]);
    expect(logged.interaction.kind).toBe("message");
    expect(calls.find(([c]) => c === "act_on_suggestion")![1]).toEqual({ id: "thank:f1", input: { action: "done" } });
    expect(await screen.findByText(/That's today done/)).toBeTruthy();
  });

  it("dismisses with a reason", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_today") return view({ suggestions: [thank] });
      if (cmd === "act_on_suggestion") { calls.push(args); return { interaction: null }; }
    });
    render(Today);
    await fireEvent.click(await screen.findByRole("button", { name: "Dismiss…" }));
    await fireEvent.click(screen.getByRole("button", { name: "Not for this person" }));
    await waitFor(() => expect(calls).toEqual([{ id: "thank:f1", input: { action: "dismiss", reason: "not_this_person" } }]));
  });

  it("greets an empty book with the two ways to start", async () => {
    mockIPC((cmd) => (cmd === "get_today" ? view({ empty_book: true }) : null));
    render(Today);
    expect(await screen.findByText("Welcome to Advocates")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add your first people" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Explore a sample network" })).toBeTruthy();
  });

  it("on an empty day says so kindly and lists the week ahead", async () => {
    mockIPC((cmd) =>
      cmd === "get_today"
        ? view({ upcoming: [{ date: "2025-03-12", person: "ana", name: "Ana Lima", kind: "birthday", label: "Birthday" }] })
        : null,
    );
    render(Today);
    expect(await screen.findByText("Nothing needs you today")).toBeTruthy();
    expect(screen.getByText(/Ana Lima: birthday/)).toBeTruthy();
  });
});
