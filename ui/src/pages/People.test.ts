import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import People from "./People.svelte";
import type { PersonRow } from "../lib/bindings/PersonRow";
import { openPeople, route } from "../lib/route.svelte";
import { importRequest } from "../lib/importing.svelte";
import "../lib/jsdom-stubs";

const list = (people: PersonRow[]) => ({ today: "2025-03-10", people });

function row(id: string, name: string, circle = 5, extra: Partial<PersonRow> = {}): PersonRow {
  return {
    id, name, company: null, title: null, circle, stage: "acquaintance", power: false, status: "active",
    last_contact: null, cadence_days: null, next_due: null, drifting: false, ...extra,
  };
}

describe("People", () => {
  it("explains what to do when the book is empty", async () => {
    mockIPC((cmd) => (cmd === "search_people" ? list([]) : cmd === "list_tags" ? [] : null));
    render(People);
    expect(await screen.findByText("No one here yet")).toBeTruthy();
  });

  it("opens the import page (with its file picker) and the possible duplicates from its header", async () => {
    mockIPC((cmd) => (cmd === "search_people" ? list([]) : cmd === "list_tags" ? [] : null));
    render(People);
    await fireEvent.click(await screen.findByRole("button", { name: "Import contacts…" }));
    expect([route.page, importRequest.pick]).toEqual(["import", true]);
    importRequest.pick = false;
    await fireEvent.click(screen.getByRole("button", { name: "Possible duplicates" }));
    expect(route.page).toBe("duplicates");
  });

  it("adds a person through the form and lists them", async () => {
    const people: PersonRow[] = [];
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_tags") return [];
      if (cmd === "search_people") return list(people);
      if (cmd === "create_person") {
        calls.push(args);
        people.push(row("ana-lima", "Ana Lima", 2));
        return { id: "ana-lima", name: "Ana Lima" };
      }
    });
    render(People);
    await fireEvent.click(await screen.findByRole("button", { name: "Add person" }));
    await fireEvent.input(screen.getByLabelText("Name"), { target: { value: "Ana Lima" } });
    await fireEvent.click(screen.getByLabelText(/^Close 15 — the next fifteen, about monthly/));
    await fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Ana Lima")).toBeTruthy();
    expect(calls).toEqual([{ input: { name: "Ana Lima", circle: 2, stage: null, birthday: null } }]);
    expect(screen.queryByRole("form", { name: "Add person" })).toBeNull();
  });

  it("asks how close in plain words and a birthday up front; Save & add another keeps the form and the cursor", async () => {
    const calls: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "list_tags") return [];
      if (cmd === "search_people") return list([]);
      if (cmd === "create_person") {
        calls.push(args.input);
        return { id: "x", name: args.input.name };
      }
    });
    render(People);
    await fireEvent.click(await screen.findByRole("button", { name: "Add person" }));
    const form = screen.getByRole("form", { name: "Add person" });
    for (const words of ["about weekly", "about monthly", "about every three months", "about twice a year", "no check-ins, only their birthdays and dates"]) {
      expect(form.textContent).toContain(words);
    }
    await fireEvent.input(screen.getByLabelText("Name"), { target: { value: "Ana Lima" } });
    await fireEvent.change(form.querySelector("select[name='birthday-month']")!, { target: { value: "4" } });
    await fireEvent.input(form.querySelector("input[name='birthday-day']")!, { target: { value: "31" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save & add another" }));
    expect((await screen.findByRole("alert")).textContent).toBe("April has no day 31");
    expect(calls).toHaveLength(0);
    await fireEvent.input(form.querySelector("input[name='birthday-day']")!, { target: { value: "30" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save & add another" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ name: "Ana Lima", circle: null, stage: null, birthday: "--04-30" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Name")));
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("");
    expect(screen.getByRole("form", { name: "Add person" })).toBeTruthy();
  });

  it("opens the add form directly when Today asks for the first people, and explains circles once", async () => {
    localStorage.clear();
    mockIPC((cmd) => (cmd === "search_people" ? list([]) : cmd === "list_tags" ? [] : null));
    openPeople({ add: true, field: "name" });
    render(People);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Name")));
    expect(screen.getByRole("note", { name: /circles, stages and your ten/ })).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Got it" }));
    expect(screen.queryByRole("note")).toBeNull();
    expect(localStorage.getItem("advocates.explainer.seen")).toBe("1");
  });

  it("shows a validation error next to its field and keeps the form", async () => {
    mockIPC((cmd) => {
      if (cmd === "search_people") return list([]);
      if (cmd === "list_tags") return [];
      if (cmd === "create_person") throw { code: "invalid", message: "is required and cannot be blank", field: "name" };
    });
    render(People);
    await fireEvent.click(await screen.findByRole("button", { name: "Add person" }));
    await fireEvent.click(screen.getByRole("button", { name: "Save" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("cannot be blank");
    expect(alert.id).toBe("name-error");
    await waitFor(() => expect(screen.getByLabelText(/^Name/).getAttribute("aria-invalid")).toBe("true"));
  });

  it("searches as you type, sends filters and sorts, and opens a person", async () => {
    const queries: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "list_tags") return ["rust"];
      if (cmd === "search_people") {
        queries.push(args.query);
        return list(args.query.text === "ana"
          ? [row("ana", "Ana Lima", 1, { power: true, drifting: true, next_due: "2025-03-08", last_contact: "2025-03-09" })]
          : [row("ana", "Ana Lima"), row("ben", "Ben Okafor")]);
      }
    });
    render(People);
    expect(await screen.findByText("Ben Okafor")).toBeTruthy();
    await fireEvent.input(screen.getByLabelText("Search people"), { target: { value: "ana" } });
    await waitFor(() => expect(screen.queryByText("Ben Okafor")).toBeNull());
    expect(screen.getByText("Drifting", { selector: ".badge" })).toBeTruthy();
    expect(screen.getByLabelText("one of your ten")).toBeTruthy();
    expect(screen.getByText("yesterday")).toBeTruthy();
    await fireEvent.change(screen.getByLabelText("Sort"), { target: { value: "next_due" } });
    await fireEvent.click(screen.getByLabelText("Drifting"));
    await fireEvent.change(screen.getByLabelText("Tag"), { target: { value: "rust" } });
    await waitFor(() =>
      expect(queries.at(-1)).toEqual({
        text: "ana", circle: null, stage: null, status: "active", tag: "rust", your_ten: false, drifting: true, sort: "next_due",
      }),
    );
    await fireEvent.click(screen.getByText("Ana Lima").closest("button")!);
    expect(route.page).toBe("person");
    expect(route.personId).toBe("ana");
  });

  it("says so when nothing matches, and clears the filters", async () => {
    mockIPC((cmd, args: any) => {
      if (cmd === "list_tags") return [];
      if (cmd === "search_people") return list(args.query.text ? [] : [row("ana", "Ana Lima")]);
    });
    render(People);
    await screen.findByText("Ana Lima");
    await fireEvent.input(screen.getByLabelText("Search people"), { target: { value: "zzz" } });
    await fireEvent.click(await screen.findByRole("button", { name: "Clear search and filters" }));
    expect(await screen.findByText("Ana Lima")).toBeTruthy();
  });

  it("keeps a 10k-person list light: only a window of rows is in the page", async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => row(`p${i}`, `Person ${String(i).padStart(5, "0")}`));
    mockIPC((cmd) => (cmd === "search_people" ? list(many) : []));
    render(People);
    expect(await screen.findByText("10000 people")).toBeTruthy();
    await waitFor(() => expect(document.querySelectorAll("[data-person-id]").length).toBeGreaterThan(0));
    const rendered = document.querySelectorAll("[data-person-id]").length;
    expect(rendered).toBeLessThan(200);
  });
});
