import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import SafetySettings from "./SafetySettings.svelte";
import { setShellToday } from "../lib/clock.svelte";
import type { Backup } from "../lib/bindings/Backup";

const backups: Backup[] = [
  { file: "advocates-2026-11-30.db", taken_on: "2026-11-30", kind: "daily", bytes: 2_400_000 },
  { file: "advocates-2026-11-29-before-migration.db", taken_on: "2026-11-29", kind: "before_migration", bytes: 90_000 },
];

describe("Privacy and safety", () => {
  it("lists the backups and restores one only after confirming", async () => {
    setShellToday("2026-11-30");
    const restored: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_private_notifications") return true;
      if (cmd === "list_backups") return backups;
      if (cmd === "restore_backup") restored.push((args as { file: string }).file);
    });
    render(SafetySettings);
    expect(await screen.findByText("before an upgrade · 88 KB")).toBeTruthy();
    expect(screen.getByText("daily · 2.3 MB")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: /Restore the backup of yesterday/ }));
    expect(restored).toEqual([]);
    expect(screen.getByRole("alertdialog").textContent).toContain("saved as a backup first");
    await fireEvent.click(screen.getByRole("button", { name: "Restore this backup" }));
    await waitFor(() => expect(restored).toEqual(["advocates-2026-11-29-before-migration.db"]));
  });

  it("private notifications are on by default and turn off with one click", async () => {
    const sent: boolean[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_private_notifications") return true;
      if (cmd === "list_backups") return [];
      if (cmd === "set_private_notifications") {
        sent.push((args as { private: boolean }).private);
        return (args as { private: boolean }).private;
      }
    });
    render(SafetySettings);
    const box = (await screen.findByLabelText("Private notifications")) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    expect(screen.getByText(/No backups yet/)).toBeTruthy();
    await fireEvent.click(box);
    await waitFor(() => expect(sent).toEqual([false]));
  });
});
