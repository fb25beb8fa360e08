import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import Duplicates from "./Duplicates.svelte";
import Toasts from "../components/Toasts.svelte";
import { toasts } from "../lib/toasts.svelte";
import type { DuplicateView } from "../lib/bindings/DuplicateView";
import type { Person } from "../lib/bindings/Person";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    id, name, company: null, title: null, location: null, how_met: null, met_on: null, circle: 5, peak_circle: null,
    stage: "acquaintance", power: false, kin: false, no_intros: false, status: "active", cadence_days: null,
    snoozed_until: null, birthday: null, dates: [], channels: [], tags: [], interests: [], expertise: [], needs: [],
    offers: [], notes: null, ...extra,
  };
}

const pair = (a: Person, b: Person, reasons = ["same name", "same company"]): DuplicateView => ({ score: 0.95, reasons, a, b });

describe("Possible duplicates", () => {
  it("shows the pair side by side and merges with the values chosen where they differ", async () => {
    let pairs = [
      pair(
        person("ana", "Ana Lima", { title: "CTO", company: "Acme", channels: [{ kind: "email", value: "ana@acme.example", label: null }] }),
        person("ana-2", "Ana Lima", { title: "Chief Technology Officer", company: "Acme", location: "Porto" }),
      ),
    ];
    const merges: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_duplicates") return pairs;
      if (cmd === "merge_people") {
        merges.push(args);
        pairs = [];
        return person("ana", "Ana Lima");
      }
    });
    render(Duplicates);
    expect(await screen.findByText(/same name, same company/)).toBeTruthy();
    expect(screen.getByText("ana@acme.example")).toBeTruthy();
    expect(screen.getByText("Porto")).toBeTruthy();
    // Only the title differs with both filled: it is the one choice; the left value is chosen by default.
    const radios = screen.getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => r.name)).toEqual(["title", "title"]);
    expect(radios[0]!.checked).toBe(true);
    await fireEvent.click(screen.getByLabelText("Chief Technology Officer"));
    await fireEvent.click(screen.getByRole("button", { name: /^Merge…/ }));
    // A merge cannot be undone: it asks once, naming who they become.
    expect(screen.getByRole("alertdialog", { name: "Merge?" }).textContent).toContain("Merge them into one Ana Lima?");
    expect(merges).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: /^Merge them/ }));
    await waitFor(() => expect(merges).toEqual([{ keep: "ana", other: "ana-2", fromOther: ["title"] }]));
    expect(await screen.findByText("No possible duplicates")).toBeTruthy();
  });

  it("keys: n keeps them apart, arrows move between pairs, m then Enter merges, Escape cancels", async () => {
    let pairs = [
      pair(person("bob", "Bob Smith"), person("robert", "Robert Smith"), ["same name but for a nickname (bob ~ robert)"]),
      pair(person("zoe", "Zoë Martin"), person("zoe-2", "Zoe Martin"), ["same name"]),
    ];
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "list_duplicates") return pairs;
      calls.push([cmd, args]);
      if (cmd === "mark_not_duplicates") pairs = pairs.filter((p) => p.a.id !== args.a);
      if (cmd === "merge_people") {
        pairs = pairs.filter((p) => p.a.id !== args.keep);
        return person(args.keep, "Zoë Martin");
      }
      return null;
    });
    render(Duplicates);
    expect(await screen.findByText(/Pair 1 of 2/)).toBeTruthy();
    await fireEvent.keyDown(window, { key: "ArrowRight" });
    expect(screen.getByText(/Pair 2 of 2 · same name$/)).toBeTruthy();
    await fireEvent.keyDown(window, { key: "ArrowLeft" });
    expect(screen.getByText(/nickname/)).toBeTruthy();
    await fireEvent.keyDown(window, { key: "n" });
    await waitFor(() => expect(screen.getByText(/Pair 1 of 1/)).toBeTruthy());
    // The names differ (ë): the name is a choice, the kept one by default.
    expect((screen.getAllByRole("radio") as HTMLInputElement[]).map((r) => r.name)).toEqual(["name", "name"]);
    await fireEvent.click(screen.getByLabelText("Zoe Martin"));
    await fireEvent.keyDown(window, { key: "m" });
    expect(screen.getByRole("alertdialog").textContent).toContain("Merge them into one Zoe Martin?");
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(calls).toHaveLength(1);
    await fireEvent.keyDown(window, { key: "m" });
    await fireEvent.keyDown(window, { key: "Enter" });
    await waitFor(() => expect(screen.getByText("No possible duplicates")).toBeTruthy());
    expect(calls).toEqual([
      ["mark_not_duplicates", { a: "bob", b: "robert" }],
      ["merge_people", { keep: "zoe", other: "zoe-2", fromOther: ["name"] }],
    ]);
  });

  it("Not the same person can be taken back from its toast", async () => {
    let apart = false;
    const calls: string[] = [];
    mockIPC((cmd) => {
      if (cmd === "list_duplicates") return apart ? [] : [pair(person("ana", "Ana Lima"), person("ana-2", "Ana Lima"))];
      calls.push(cmd);
      if (cmd === "mark_not_duplicates") apart = true;
      if (cmd === "undo_not_duplicates") apart = false;
      return null;
    });
    toasts.splice(0); // the toasts of earlier tests
    render(Duplicates);
    render(Toasts);
    await fireEvent.click(await screen.findByRole("button", { name: /^Not the same person/ }));
    expect(await screen.findByText("No possible duplicates")).toBeTruthy();
    expect(screen.getByText("Ana Lima and Ana Lima are kept apart.")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByText(/Pair 1 of 1/)).toBeTruthy();
    expect(calls).toEqual(["mark_not_duplicates", "undo_not_duplicates"]);
  });

  it("says so kindly when there are none", async () => {
    mockIPC((cmd) => (cmd === "list_duplicates" ? [] : null));
    render(Duplicates);
    expect(await screen.findByText("No possible duplicates")).toBeTruthy();
  });
});
