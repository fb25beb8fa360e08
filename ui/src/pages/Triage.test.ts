import { beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import Triage from "./Triage.svelte";
import { triage } from "../lib/importing.svelte";
import type { Person } from "../lib/bindings/Person";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    id, name, company: null, title: null, location: null, how_met: null, met_on: null, circle: 5, peak_circle: null,
    stage: "acquaintance", power: false, kin: false, no_intros: false, status: "active", cadence_days: null,
    snoozed_until: null, birthday: null, dates: [], channels: [], tags: [], interests: [], expertise: [], needs: [],
    offers: [], notes: null, ...extra,
  };
}

/** A tiny book behind the mock: get_person, update_person and set_person_status act on it. */
function book(people: Person[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const calls: [string, any][] = [];
  mockIPC((cmd, args: any) => {
    if (cmd === "get_person") {
      const p = byId.get(args.id);
      if (!p) throw { code: "not_found", message: "no such person", field: null };
      return { person: p };
    }
    calls.push([cmd, args]);
    if (cmd === "update_person") {
      byId.set(args.person.id, args.person);
      return args.person;
    }
    if (cmd === "set_person_status") {
      const p = { ...byId.get(args.id)!, status: args.status };
      byId.set(args.id, p);
      return p;
    }
  });
  return { byId, calls };
}

describe("Triage", () => {
  beforeEach(() => {
    triage.ids = ["ana", "gone", "ben", "cy"];
  });

  it("walks the newcomers with one key each: circle, stage, archive, skip — and skips who is gone", async () => {
    const { byId, calls } = book([person("ana", "Ana Lima", { company: "Acme", title: "CTO" }), person("ben", "Ben Okafor"), person("cy", "Cy Twombly")]);
    render(Triage);
    expect(await screen.findByRole("heading", { name: "Ana Lima" })).toBeTruthy();
    expect(screen.getByText("CTO at Acme")).toBeTruthy();
    expect(screen.getByText(/^1 of 4/)).toBeTruthy();
    await fireEvent.keyDown(window, { key: "f" });
    await waitFor(() => expect(screen.getByText("Now: Wider circle · Friend")).toBeTruthy());
    await fireEvent.keyDown(window, { key: "2" });
    expect(await screen.findByRole("heading", { name: "Ben Okafor" })).toBeTruthy();
    expect(screen.getByText(/^3 of 4/)).toBeTruthy();
    expect(byId.get("ana")).toMatchObject({ circle: 2, stage: "friend" });
    await fireEvent.keyDown(window, { key: "a" });
    expect(await screen.findByRole("heading", { name: "Cy Twombly" })).toBeTruthy();
    expect(byId.get("ben")!.status).toBe("archived");
    await fireEvent.keyDown(window, { key: " " });
    expect(await screen.findByText("All 4 sorted")).toBeTruthy();
    expect(screen.getByText(/1 placed in a circle, 1 archived, 1 skipped/)).toBeTruthy();
    expect(calls.map(([c]) => c)).toEqual(["update_person", "update_person", "set_person_status"]);
  });

  it("u and Ctrl+Z undo the last step and go back to that person", async () => {
    const { byId } = book([person("ana", "Ana Lima"), person("ben", "Ben Okafor"), person("cy", "Cy")]);
    render(Triage);
    await screen.findByRole("heading", { name: "Ana Lima" });
    await fireEvent.keyDown(window, { key: "1" });
    await screen.findByRole("heading", { name: "Ben Okafor" });
    await fireEvent.keyDown(window, { key: "a" });
    await screen.findByRole("heading", { name: "Cy" });
    await fireEvent.keyDown(window, { key: "z", ctrlKey: true });
    expect(await screen.findByRole("heading", { name: "Ben Okafor" })).toBeTruthy();
    expect(byId.get("ben")!.status).toBe("active");
    await fireEvent.keyDown(window, { key: "u" });
    expect(await screen.findByRole("heading", { name: "Ana Lima" })).toBeTruthy();
    await waitFor(() => expect(byId.get("ana")!.circle).toBe(5));
    expect(screen.getByText("Now: Wider circle · Acquaintance")).toBeTruthy();
  });

  it("explains when there is no one to sort", async () => {
    triage.ids = [];
    book([]);
    render(Triage);
    expect(screen.getByText(/No newcomers to sort/)).toBeTruthy();
  });
});
