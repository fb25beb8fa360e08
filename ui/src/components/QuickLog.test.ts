import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import QuickLog from "./QuickLog.svelte";
import Toasts from "./Toasts.svelte";
import type { QuickLogPreview } from "../lib/bindings/QuickLogPreview";

const ana = { id: "ana", name: "Ana Lima" };
const found: QuickLogPreview = {
  kind: "coffee", kind_guessed: false, people: [{ status: "found", text: "Ana", person: ana }],
  date: "2025-03-09", date_text: "yesterday", minutes: 45, summary: "Coffee with Ana",
};
const ambiguous: QuickLogPreview = {
  ...found,
  people: [{ status: "ambiguous", text: "Ben", candidates: [{ id: "ben", name: "Ben Okafor" }, { id: "ben-2", name: "Ben Adams" }] }],
  summary: "Call with Ben",
  kind: "call",
};

async function openWithCtrlK() {
  await fireEvent.keyDown(window, { key: "k", ctrlKey: true });
  return screen.findByLabelText("What happened?");
}

describe("Quick log", () => {
  it("opens with Ctrl+K, previews the line and logs it with Enter", async () => {
    const logged: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "preview_quick_log") return found;
      if (cmd === "log_interaction") {
        logged.push(args.interaction);
        return { ...args.interaction, id: "2025-03-09-coffee" };
      }
    });
    render(QuickLog);
    render(Toasts);
    const input = await openWithCtrlK();
    expect(document.activeElement).toBe(input);
    await fireEvent.input(input, { target: { value: "coffee with Ana yesterday 45m" } });
    expect(await screen.findByText("Ana Lima")).toBeTruthy();
    expect(screen.getByText("45 min")).toBeTruthy();
    await fireEvent.submit(input.closest("form")!);
    await waitFor(() => expect(logged).toHaveLength(1));
    expect(logged[0]).toEqual({
      id: "", date: "2025-03-09", kind: "coffee", with: ["ana"], initiator: "me", minutes: 45, summary: "Coffee with Ana",
    });
    expect(await screen.findByText(/Logged coffee with Ana Lima/)).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("asks which person when a name fits several, and logs with the one chosen", async () => {
    const logged: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "preview_quick_log") return ambiguous;
      if (cmd === "log_interaction") {
        logged.push(args.interaction);
        return { ...args.interaction, id: "x" };
      }
    });
    render(QuickLog);
    const input = await openWithCtrlK();
    await fireEvent.input(input, { target: { value: "call with Ben" } });
    expect(await screen.findByText("Which Ben?")).toBeTruthy();
    await fireEvent.submit(input.closest("form")!);
    expect((await screen.findByRole("alert")).textContent).toContain("Which Ben do you mean?");
    expect(logged).toHaveLength(0);
    await fireEvent.click(screen.getByLabelText(/Ben Adams/));
    await fireEvent.submit(input.closest("form")!);
    await waitFor(() => expect(logged).toHaveLength(1));
    expect(logged[0].with).toEqual(["ben-2"]);
  });

  it("refuses an unknown name until it is added as a new person, then writes both in one go", async () => {
    const calls: [string, any][] = [];
    mockIPC((cmd, args: any) => {
      calls.push([cmd, args]);
      if (cmd === "preview_quick_log") return { ...found, people: [{ status: "unknown", text: "zed" }], summary: "coffee with zed" };
      if (cmd === "log_with_new_people") {
        return { interaction: { ...args.interaction, id: "i9", with: ["zed"] }, people: [{ id: "zed", name: "Zed" }] };
      }
      if (cmd === "delete_interaction" || cmd === "delete_person") return {};
    });
    render(QuickLog);
    render(Toasts);
    const input = await openWithCtrlK();
    await fireEvent.input(input, { target: { value: "coffee with zed" } });
    expect(await screen.findByText(/not in your book/)).toBeTruthy();
    await fireEvent.submit(input.closest("form")!);
    expect((await screen.findByRole("alert")).textContent).toContain("No one called “zed” is in your book yet");
    expect(calls.some(([c]) => c === "log_interaction" || c === "log_with_new_people")).toBe(false);
    await fireEvent.click(screen.getByLabelText("Add Zed as a new person"));
    await fireEvent.submit(input.closest("form")!);
    await waitFor(() => expect(calls.some(([c]) => c === "log_with_new_people")).toBe(true));
    const sent = calls.find(([c]) => c === "log_with_new_people")![1];
    expect(sent.newPeople).toEqual([{ name: "Zed", circle: null, stage: null, birthday: null }]);
    expect(sent.interaction.with).toEqual([]);
    const toast = (await screen.findByText(/Added Zed to your book/)).closest(".toast") as HTMLElement;
    await fireEvent.click(within(toast).getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(calls.some(([c, a]) => c === "delete_person" && a.id === "zed")).toBe(true));
  });

  it("closes with Escape", async () => {
    mockIPC(() => null);
    render(QuickLog);
    await openWithCtrlK();
    await fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });
});
