import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC as mockCommands } from "@tauri-apps/api/mocks";

const mockIPC: typeof mockCommands = (handler) => mockCommands(handler, { shouldMockEvents: true });
import Today from "./Today.svelte";
import Toasts from "../components/Toasts.svelte";
import { peopleIntent, route } from "../lib/route.svelte";
import { importRequest } from "../lib/importing.svelte";
import type { Person } from "../lib/bindings/Person";
import type { TodayView } from "../lib/bindings/TodayView";
import type { Suggestion } from "../lib/bindings/Suggestion";

const thank: Suggestion = {
  id: "thank:f1", kind: "thank", people: ["ben"], hard: false,
  title: "Thank Ben Okafor for the referral", action: "Write a short thank-you and say what came of it.",
  effort_minutes: 5, score: 1.89, due: null,
  why: { now: "Ben referred you 4 days ago.", them: "Ben is an advocate in your close 15.", this: "Hearing what came of their help makes someone glad they helped." },
  sources: ["Grant & Gino 2010"],
  factors: { B: 1, U: 0.82, V: 1.2, R: 1.83, E: 0.92, N: 1, F: 1 },
  also: [{ id: "give_back:ben:2025-03", kind: "give_back", title: "Do Ben a five-minute favor" }],
};

function person(id: string, name: string, extra: Partial<Person> = {}): { person: Person } {
  return {
    person: {
      id, name, company: null, title: null, location: null, how_met: null, met_on: null, circle: 2, peak_circle: 2,
      stage: "advocate", power: false, kin: false, no_intros: false, status: "active", cadence_days: null,
      snoozed_until: null, birthday: null, dates: [], channels: [], tags: [], interests: [], expertise: [], needs: [],
      offers: [], notes: null, ...extra,
    },
  };
}
const ben = person("ben", "Ben Okafor", { channels: [{ kind: "email", value: "ben@example.com", label: null }] });
const summary = (done: number, without_rhythm = 0, active = 10) => ({
  done, rhythms: { active, without_rhythm, without_birthday: 0 },
});

function view(over: Partial<TodayView> = {}): TodayView {
  return { date: "2025-03-10", suggestions: [], acted: 0, done: 0, snoozed_all: false, upcoming: [], sample: false, empty_book: false, ...over };
}

describe("Today", () => {
  it("leads with the act and the person, keeps the reasons behind Why?, and shows the week beside", async () => {
    const calls: [string, any][] = [];
    mockIPC((cmd, args: any) => {
      calls.push([cmd, args]);
      if (cmd === "get_today") {
        return view({
          suggestions: [{ ...thank, sources: ["Grant & Gino 2010"] } as Suggestion],
          acted: 1,
          upcoming: [{ date: "2025-03-12", person: "ana", name: "Ana Lima", kind: "birthday", label: "Birthday" }],
        });
      }
      if (cmd === "get_person") return ben;
      if (cmd === "get_day_summary") return summary(1);
    });
    render(Today);
    const name = await screen.findByRole("button", { name: "Ben Okafor" });
    expect(name.closest("h2")!.textContent).toBe("Thank Ben Okafor for the referral");
    const why = screen.getByText("Why?").closest("details")!;
    expect(why.open).toBe(false);
    expect(why.textContent).toContain("Ben referred you 4 days ago.");
    expect(why.textContent).toContain("Ben is an advocate in your close 15.");
    expect(why.textContent).toContain("Sources: Grant & Gino 2010");
    expect(screen.getByLabelText("Do Ben a five-minute favor")).toBeTruthy();
    // The week ahead is there beside the acts, by name and in words.
    const week = screen.getByRole("complementary", { name: "Coming this week" });
    expect(week.textContent).toContain("Wed 12 Mar");
    expect(week.textContent).toContain("Ana Lima: birthday");
    expect(await screen.findByText(/1 of 2 done today/)).toBeTruthy();
    expect(document.querySelector("main, body")!.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The main button does the act: an email to Ben with a drafted thank-you, opened only on the click.
    const email = screen.getByRole("button", { name: "Email Ben" });
    expect(calls.some(([c]) => c.startsWith("plugin:opener"))).toBe(false);
    await fireEvent.click(email);
    await waitFor(() => expect(calls.some(([c]) => c === "plugin:opener|open_url")).toBe(true));
    const url: string = calls.find(([c]) => c === "plugin:opener|open_url")![1].url;
    expect(url.startsWith("mailto:ben@example.com?subject=")).toBe(true);
    expect(decodeURIComponent(url)).toContain("Thank you for the referral.");
    await fireEvent.click(name);
    expect(route.page).toBe("person");
    expect(route.personId).toBe("ben");
  });

  it("offers a draft to copy for a thank-you", async () => {
    mockIPC((cmd) => (cmd === "get_today" ? view({ suggestions: [thank] }) : cmd === "get_person" ? person("ben", "Ben Okafor") : null));
    render(Today);
    await screen.findByRole("button", { name: "Ben Okafor" });
    expect(screen.queryByRole("button", { name: /^Email/ })).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Draft" }));
    const draft = screen.getByLabelText(/A first draft/) as HTMLTextAreaElement;
    expect(draft.value).toContain("Hi Ben,");
    expect(draft.value).toContain("Thank you for the referral.");
    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
  });

  it("Done sends the also-acts that were ticked", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_today") return view({ suggestions: [thank] });
      if (cmd === "act_on_suggestion") { calls.push(args); return { interaction: null }; }
    });
    render(Today);
    await fireEvent.click(await screen.findByLabelText("Do Ben a five-minute favor"));
    await fireEvent.click(screen.getByRole("button", { name: "Done" }));
    await waitFor(() =>
      expect(calls).toEqual([{ id: "thank:f1", input: { action: "done" }, also: ["give_back:ben:2025-03"] }]),
    );
  });

  it("keeps Snooze all in the … menu, and its toast can undo it", async () => {
    const calls: [string, unknown][] = [];
    let snoozed = false;
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "get_today") return snoozed ? view({ snoozed_all: true, acted: 1 }) : view({ suggestions: [thank] });
      if (cmd === "get_day_summary") return summary(0);
      if (cmd === "snooze_all") { snoozed = true; return 1; }
      if (cmd === "undo_snooze_all") { snoozed = false; return 1; }
    });
    render(Today);
    render(Toasts);
    await screen.findByText("Thank Ben Okafor for the referral");
    expect(screen.queryByRole("menuitem")).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "More actions" }));
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(screen.queryByRole("menuitem")).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "More actions" }));
    await fireEvent.click(screen.getByRole("menuitem", { name: "Snooze all until tomorrow" }));
    expect(await screen.findByText("All snoozed until tomorrow")).toBeTruthy();
    expect(screen.queryByText(/thoughtful act/)).toBeNull();
    await fireEvent.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() => expect(calls.find(([c]) => c === "undo_snooze_all")?.[1]).toEqual({ ids: ["thank:f1"] }));
    expect(await screen.findByText("Thank Ben Okafor for the referral")).toBeTruthy();
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
    expect(await screen.findByText(/Nothing more for today|That's today done/)).toBeTruthy();
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
    expect(screen.getByRole("button", { name: "Explore a sample network" })).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Add your first people" }));
    expect(route.page).toBe("people");
    expect(peopleIntent.next).toEqual({ add: true, field: "name" });
    peopleIntent.next = null;
  });

  it("offers to import contacts on an empty book, opening the import page with its file picker", async () => {
    mockIPC((cmd) => (cmd === "get_today" ? view({ empty_book: true }) : null));
    render(Today);
    await fireEvent.click(await screen.findByRole("button", { name: "Import contacts…" }));
    expect(route.page).toBe("import");
    expect(importRequest.pick).toBe(true);
    importRequest.pick = false;
  });

  it("on an empty day says why and what would help, and lists the week ahead", async () => {
    mockIPC((cmd) =>
      cmd === "get_today"
        ? view({ upcoming: [{ date: "2025-03-12", person: "ana", name: "Ana Lima", kind: "birthday", label: "Birthday" }] })
        : cmd === "get_day_summary"
          ? summary(0, 3)
          : null,
    );
    render(Today);
    expect(await screen.findByText("Nothing needs you today")).toBeTruthy();
    expect(await screen.findByText(/3 people have no rhythm yet — set how close they are/)).toBeTruthy();
    expect(screen.getByText(/Ana Lima/).closest("li")!.textContent).toContain("birthday");
    await fireEvent.click(screen.getByRole("button", { name: "Set how close they are" }));
    expect(route.page).toBe("people");
    expect(peopleIntent.next).toEqual({ circle: 5 });
    peopleIntent.next = null;
  });

  it("praises only what was done", async () => {
    mockIPC((cmd) => (cmd === "get_today" ? view({ acted: 3 }) : cmd === "get_day_summary" ? summary(1) : null));
    render(Today);
    expect(await screen.findByText("That's today done — thank you")).toBeTruthy();
    expect(screen.getByText("You did 1 thoughtful act today.")).toBeTruthy();
  });
});
