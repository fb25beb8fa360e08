import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import Person from "./Person.svelte";
import Toasts from "../components/Toasts.svelte";
import { route } from "../lib/route.svelte";
import type { PersonPage } from "../lib/bindings/PersonPage";
import type { TimelineEntry } from "../lib/bindings/TimelineEntry";
import type { Person as PersonT } from "../lib/bindings/Person";

function ana(extra: Partial<PersonT> = {}): PersonT {
  return {
    id: "ana", name: "Ana Lima", company: "Acme", title: "CTO", location: null, how_met: null, met_on: null, circle: 2,
    peak_circle: 2, stage: "friend", power: false, kin: false, no_intros: false, status: "active", cadence_days: null,
    snoozed_until: null, birthday: null, dates: [], channels: [], tags: [], interests: [], expertise: [], needs: [],
    offers: [], notes: null, ...extra,
  };
}

function page(person = ana(), count = 3): PersonPage {
  return {
    person,
    standing: {
      id: person.id, name: person.name, company: person.company, title: person.title, circle: person.circle,
      stage: person.stage, power: person.power, status: person.status, last_contact: "2025-03-09", cadence_days: 30,
      next_due: "2025-04-08", drifting: false,
    },
    your_ten: { count, warning: count > 15 },
    today: "2025-03-10",
  };
}

const timeline: TimelineEntry[] = [
  { date: "2025-03-10", item: { type: "favor", record: { id: "f1", from: "ana", to: "me", date: "2025-03-10", kind: "referral", detail: "Referred me to Acme", thanked_on: null, outcome: null } } },
  { date: "2025-03-10", item: { type: "change", record: { person: "ana", on: "2025-03-10", field: "circle", from: null, to: "2" } } },
  { date: "2025-03-09", item: { type: "interaction", record: { id: "i1", date: "2025-03-09", kind: "coffee", with: ["ana"], initiator: "me", minutes: 45, summary: "Coffee with Ana" } } },
];

describe("Person", () => {
  it("shows the header and the timeline newest first", async () => {
    mockIPC((cmd) => (cmd === "get_person" ? page() : cmd === "get_timeline" ? timeline : null));
    render(Person, { id: "ana" });
    expect(await screen.findByRole("heading", { name: /Ana Lima/ })).toBeTruthy();
    expect((screen.getByLabelText("How close") as HTMLSelectElement).value).toBe("2");
    expect(screen.getByText("Sun 9 Mar (yesterday)")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const entries = screen.getAllByRole("listitem").filter((li) => li.classList.contains("entry"));
    expect(entries.map((e) => e.dataset.kind)).toEqual(["favor", "change", "interaction"]);
    expect(entries[0]!.textContent).toContain("Referral received");
    expect(entries[2]!.textContent).toContain("45 min");
  });

  it("marks a favor thanked through the core, with the shell's date, not the browser's", async () => {
    const calls: [string, any][] = [];
    mockIPC((cmd, args: any) => {
      calls.push([cmd, args]);
      if (cmd === "get_person") return page();
      if (cmd === "get_timeline") return timeline;
      if (cmd === "mark_favor_thanked") return { ...timeline[0]!.item.record, thanked_on: "2025-03-10" };
    });
    render(Person, { id: "ana" });
    await fireEvent.click(await screen.findByRole("button", { name: "Mark as thanked" }));
    await waitFor(() => expect(calls.find(([c]) => c === "mark_favor_thanked")?.[1]).toEqual({ id: "f1", thanked: true }));
    expect(calls.some(([c]) => c === "update_favor")).toBe(false);
  });

  it("warns gently past fifteen in your ten", async () => {
    let p = page(ana(), 15);
    mockIPC((cmd) => {
      if (cmd === "get_person") return p;
      if (cmd === "get_timeline") return [];
      if (cmd === "set_power") {
        p = page(ana({ power: true }), 16);
        return { count: 16, warning: true };
      }
    });
    render(Person, { id: "ana" });
    render(Toasts);
    await fireEvent.click(await screen.findByRole("button", { name: /Add to your ten/ }));
    expect(await screen.findByText(/depth needs focus/, { selector: ".toast span" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: /In your ten/ })).toBeTruthy();
  });

  it("records a received referral, refusing an impossible date inline first", async () => {
    const favors: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "get_person") return page();
      if (cmd === "get_timeline") return [];
      if (cmd === "record_favor") {
        favors.push(args.favor);
        return args.favor;
      }
    });
    render(Person, { id: "ana" });
    await fireEvent.click(await screen.findByRole("button", { name: "Record favor" }));
    const form = await screen.findByRole("form", { name: "Record a favor" });
    await fireEvent.input(screen.getByLabelText(/^Date/), { target: { value: "2025-02-30" } });
    await fireEvent.input(screen.getByLabelText(/^Detail/), { target: { value: "Referred me to Acme" } });
    await fireEvent.submit(form);
    expect((await screen.findByRole("alert")).textContent).toBe("2025-02-30 is not a real day");
    expect(favors).toHaveLength(0);
    await fireEvent.input(screen.getByLabelText(/^Date/), { target: { value: "2025-03-10" } });
    await fireEvent.submit(form);
    await waitFor(() => expect(favors).toHaveLength(1));
    expect(favors[0]).toMatchObject({ from: "ana", to: "me", kind: "referral", date: "2025-03-10", detail: "Referred me to Acme" });
  });

  it("shows the core's field error next to the field (a follow-up's text)", async () => {
    mockIPC((cmd) => {
      if (cmd === "get_person") return page();
      if (cmd === "get_timeline") return [];
      if (cmd === "add_follow_up") throw { code: "invalid", message: "is required and cannot be blank", field: "text" };
    });
    render(Person, { id: "ana" });
    await fireEvent.click(await screen.findByRole("button", { name: "Add promise or mention" }));
    const form = await screen.findByRole("form", { name: "Add a promise or a mention" });
    await fireEvent.input(screen.getByLabelText(/^Due/), { target: { value: "2025-03-20" } });
    await fireEvent.submit(form);
    expect((await screen.findByRole("alert")).textContent).toContain("cannot be blank");
    await waitFor(() => expect(screen.getByLabelText(/^What/).getAttribute("aria-invalid")).toBe("true"));
  });

  it("removes only after confirming, to the Trash, and the toast's Undo restores from it", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const calls: string[] = [];
    const restored: number[] = [];
    const entry = { id: 7, kind: "person", record_id: "ana", label: "Ana Lima", deleted_on: "2025-03-10", keep_until: "2025-04-09" };
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "get_person") return page();
      if (cmd === "get_timeline") return [];
      if (cmd === "delete_person") return entry;
      if (cmd === "restore_from_trash") {
        restored.push((args as { id: number }).id);
        return entry;
      }
    });
    route.page = "person";
    render(Person, { id: "ana" });
    render(Toasts);
    await fireEvent.click(await screen.findByRole("button", { name: "Remove from book…" }));
    expect(calls).not.toContain("delete_person");
    await fireEvent.click(screen.getByRole("button", { name: "Remove Ana Lima" }));
    await waitFor(() => expect(calls).toContain("delete_person"));
    expect(route.page).toBe("people");
    await fireEvent.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() => expect(restored).toEqual([7]));
    expect(route.page).toBe("person");
    vi.useRealTimers();
  });

  it("the undo toast goes away after 10 seconds", async () => {
    vi.useFakeTimers();
    const { showToast, toasts } = await import("../lib/toasts.svelte");
    showToast("Removed Ana.", { label: "Undo", run: () => {} });
    expect(toasts.length).toBeGreaterThan(0);
    vi.advanceTimersByTime(9_900);
    expect(toasts.some((t) => t.message === "Removed Ana.")).toBe(true);
    vi.advanceTimersByTime(200);
    expect(toasts.some((t) => t.message === "Removed Ana.")).toBe(false);
    vi.useRealTimers();
  });

  it("edits the profile and shows a field error from the core inline", async () => {
    const saved: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "get_person") return page();
      if (cmd === "get_timeline") return [];
      if (cmd === "update_person") {
        if (args.person.circle === 1 && args.person.notes === "x") {
          throw { code: "invalid", message: "is too long (5242880 bytes; at most 100000)", field: "notes" };
        }
        saved.push(args.person);
        return args.person;
      }
    });
    render(Person, { id: "ana" });
    await fireEvent.click(await screen.findByRole("button", { name: "Edit profile" }));
    const form = await screen.findByRole("form", { name: "Edit profile" });
    await fireEvent.change(form.querySelector("select[name='circle']")!, { target: { value: "1" } });
    await fireEvent.input(form.querySelector("textarea[name='notes']")!, { target: { value: "x" } });
    await fireEvent.submit(form);
    expect((await screen.findByRole("alert")).textContent).toContain("too long");
    await fireEvent.input(form.querySelector("textarea[name='notes']")!, { target: { value: "Sails on weekends" } });
    await fireEvent.input(form.querySelector("input[name='tags']")!, { target: { value: "rust, sailing" } });
    await fireEvent.submit(form);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ circle: 1, notes: "Sails on weekends", tags: ["rust", "sailing"] });
  });

  it("edits an interaction from the timeline, keeping the others it was with", async () => {
    const updates: any[] = [];
    const shared: TimelineEntry[] = [
      { date: "2025-03-09", item: { type: "interaction", record: { id: "i1", date: "2025-03-09", kind: "coffee", with: ["ana", "ben"], initiator: "me", minutes: 45, summary: "Coffee" } } },
    ];
    mockIPC((cmd, args: any) => {
      if (cmd === "get_person") return args.id === "ben" ? page(ana({ id: "ben", name: "Ben Okafor" })) : page();
      if (cmd === "get_timeline") return shared;
      if (cmd === "update_interaction") {
        updates.push(args.interaction);
        return args.interaction;
      }
    });
    render(Person, { id: "ana" });
    expect(await screen.findByText(/also with Ben Okafor/)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Edit this interaction" }));
    const form = await screen.findByRole("form", { name: "Edit the interaction" });
    expect((screen.getByLabelText(/^Minutes/) as HTMLInputElement).value).toBe("45");
    await fireEvent.input(screen.getByLabelText(/^Minutes/), { target: { value: "60" } });
    await fireEvent.submit(form);
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]).toMatchObject({ id: "i1", with: ["ana", "ben"], minutes: 60, kind: "coffee", summary: "Coffee" });
  });

  it("leads with the act the engine would propose for them now", async () => {
    mockIPC((cmd) => {
      if (cmd === "get_person") return page();
      if (cmd === "get_timeline") return [];
      if (cmd === "explain_person") {
        return {
          date: "2025-03-10", person: { id: "ana", name: "Ana Lima" },
          candidates: [
            { id: "check_in:ana", kind: "check_in", people: ["ana"], hard: false, title: "Check in with Ana Lima", effort_minutes: 10,
              due: null, score: 0.9, factors: null, fate: { fate: "day_full" } },
            { id: "thank:f1", kind: "thank", people: ["ana"], hard: false, title: "Thank Ana Lima for the referral", effort_minutes: 5,
              due: null, score: 1.2, factors: null, fate: { fate: "chosen", rank: 1, score: 1.2 } },
          ],
        };
      }
    });
    render(Person, { id: "ana" });
    const card = await screen.findByRole("region", { name: "Next with Ana" });
    await waitFor(() => expect(card.textContent).toContain("Thank Ana Lima for the referral"));
    expect(card.textContent).toContain("On today's list.");
  });

  it("says nothing is due and when the next thing is", async () => {
    mockIPC((cmd) => {
      if (cmd === "get_person") return page(ana({ birthday: "--03-12" }));
      if (cmd === "get_timeline") return [];
      if (cmd === "explain_person") return { date: "2025-03-10", person: { id: "ana", name: "Ana Lima" }, candidates: [] };
    });
    render(Person, { id: "ana" });
    const card = await screen.findByRole("region", { name: "Next with Ana" });
    await waitFor(() => expect(card.textContent).toContain("Nothing due; next: birthday, Wed 12 Mar (in 2 days)."));
    expect(screen.getByRole("button", { name: "Change the birthday" }).textContent!.trim()).toBe("12 Mar");
  });

  it("edits how close and the birthday in place", async () => {
    const saved: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "get_person") return page();
      if (cmd === "get_timeline") return [];
      if (cmd === "update_person") { saved.push(args.person); return args.person; }
    });
    render(Person, { id: "ana" });
    await fireEvent.change(await screen.findByLabelText("How close"), { target: { value: "1" } });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ id: "ana", circle: 1 });
    await fireEvent.click(screen.getByRole("button", { name: "Add a birthday" }));
    const form = screen.getByRole("form", { name: "Birthday" });
    await fireEvent.change(screen.getByLabelText("Month"), { target: { value: "2" } });
    await fireEvent.input(screen.getByLabelText("Day"), { target: { value: "30" } });
    await fireEvent.submit(form);
    expect((await screen.findByRole("alert")).textContent).toBe("February has no day 30");
    await fireEvent.input(screen.getByLabelText("Day"), { target: { value: "28" } });
    await fireEvent.submit(form);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toMatchObject({ birthday: "--02-28", circle: 2 });
  });

  it("edits yearly dates in the profile as a month, a day and an optional year", async () => {
    const saved: any[] = [];
    const person = ana({ birthday: "1990-03-12", dates: [{ id: "d1", label: "Wedding", date: "--06-01" }] });
    mockIPC((cmd, args: any) => {
      if (cmd === "get_person") return page(person);
      if (cmd === "get_timeline") return [];
      if (cmd === "update_person") { saved.push(args.person); return args.person; }
    });
    render(Person, { id: "ana" });
    expect(await screen.findByText("12 Mar 1990")).toBeTruthy();
    expect(screen.getByText("1 Jun")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Edit profile" }));
    const form = await screen.findByRole("form", { name: "Edit profile" });
    expect(form.textContent).not.toMatch(/--\d\d|YYYY/);
    expect((form.querySelector("select[name='birthday-month']") as HTMLSelectElement).value).toBe("3");
    expect((form.querySelector("input[name='birthday-year']") as HTMLInputElement).value).toBe("1990");
    await fireEvent.input(form.querySelector("input[name='birthday-day']")!, { target: { value: "13" } });
    await fireEvent.change(form.querySelector("select[name='date-0-month']")!, { target: { value: "7" } });
    await fireEvent.submit(form);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].birthday).toBe("1990-03-13");
    expect(saved[0].dates).toEqual([{ id: "d1", label: "Wedding", date: "--07-01" }]);
  });
});
