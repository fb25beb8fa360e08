import { describe, expect, it, vi } from "vitest";
import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import App from "./App.svelte";

/** The shell's answers an app frame needs to open (Today with an empty book). */
function shell(calls: string[]) {
  return (cmd: string) => {
    calls.push(cmd);
    if (cmd === "get_date") return "2025-03-10";
    if (cmd === "get_settings") {
      return {
        book: { daily_suggestions: 3, effort_budget_minutes: 45, digest_time: "08:30", notifications: true, quiet_hours: ["21:00", "08:00"] },
        preferences: { theme: "system", start_at_login: false, check_updates_weekly: false },
      };
    }
    if (cmd === "get_about") return { version: "0.1.0", archive_version: 1, schema_version: 4 };
    return null;
  };
}

describe("The close hint", () => {
  it("offers to hide to the tray where there is one", async () => {
    const calls: string[] = [];
    mockIPC(shell(calls), { shouldMockEvents: true });
    render(App);
    await waitFor(() => expect(calls).toContain("get_date"));
    await emit("close-hint", { tray: true });
    expect(await screen.findByText(/Closing hides Advocates to the tray/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Hide to tray" })).toBeTruthy();
  });

  it("says the window will minimise where the desktop shows no tray icons", async () => {
    const calls: string[] = [];
    mockIPC(shell(calls), { shouldMockEvents: true });
    render(App);
    await waitFor(() => expect(calls).toContain("get_date"));
    await emit("close-hint", { tray: false });
    expect(await screen.findByText(/This desktop shows no tray icons/)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Minimise" }));
    await waitFor(() => expect(calls).toContain("dismiss_close_hint"));
    expect(screen.queryByText(/This desktop shows no tray icons/)).toBeNull();
  });
});

describe("The app menu (macOS)", () => {
  it("About Advocates opens Settings at its About section", async () => {
    const calls: string[] = [];
    const scrolled: string[] = [];
    // jsdom does not lay out: record which element was scrolled to.
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.id);
    });
    mockIPC(shell(calls), { shouldMockEvents: true });
    render(App);
    await waitFor(() => expect(calls).toContain("get_date"));
    await emit("open-settings", true);
    expect(await screen.findByRole("heading", { name: "About Advocates" })).toBeTruthy();
    await waitFor(() => expect(scrolled).toEqual(["about-title"]));
    await waitFor(() => expect(calls).toContain("get_about"));
  });
});
