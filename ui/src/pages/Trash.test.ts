import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import Trash from "./Trash.svelte";
import { setShellToday } from "../lib/clock.svelte";
import type { TrashEntry } from "../lib/bindings/TrashEntry";

const ana: TrashEntry = { id: 2, kind: "person", record_id: "ana", label: "Ana Lima", deleted_on: "2026-11-29", keep_until: "2026-12-29" };
const favor: TrashEntry = { id: 1, kind: "favor", record_id: "f1", label: "Referral from Ben Ode (2026-10-01)", deleted_on: "2026-11-28", keep_until: "2026-12-28" };

describe("Trash", () => {
  it("restores an entry, and says why when it cannot", async () => {
    setShellToday("2026-11-30");
    let entries = [ana, favor];
    mockIPC((cmd, args) => {
      if (cmd === "list_trash") return entries;
      if (cmd === "restore_from_trash") {
        const id = (args as { id: number }).id;
        if (id === 1) throw { code: "invalid", message: "Referral from Ben Ode cannot come back: Ben Ode is not in the book any more", field: "trash" };
        entries = entries.filter((e) => e.id !== id);
        return ana;
      }
    });
    render(Trash);
    expect(await screen.findByText("Ana Lima")).toBeTruthy();
    expect(screen.getByText(/Person · deleted yesterday · kept until/)).toBeTruthy();
    const restores = screen.getAllByRole("button", { name: "Restore" });
    await fireEvent.click(restores[1]!);
    expect((await screen.findByRole("alert")).textContent).toContain("Ben Ode is not in the book any more");
    await fireEvent.click(restores[0]!);
    await waitFor(() => expect(screen.queryByText("Ana Lima")).toBeNull());
  });

  it("empties only after confirming, and then says it is empty", async () => {
    let entries = [ana];
    const forgotten: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_trash") return entries;
      if (cmd === "forget_trash") {
        forgotten.push((args as { id: unknown }).id);
        entries = [];
      }
    });
    render(Trash);
    await fireEvent.click(await screen.findByRole("button", { name: "Empty Trash…" }));
    expect(forgotten).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: "Empty Trash" }));
    await waitFor(() => expect(forgotten).toEqual([null]));
    expect(await screen.findByText("The Trash is empty.", { selector: "p" })).toBeTruthy();
  });
});
