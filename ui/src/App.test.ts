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

describe("Locking an encrypted book", () => {
  /** An encrypted book set to lock after one idle minute; `lock_book` makes the shell report it locked. */
  function lockingShell(calls: string[]) {
    let locked = false;
    const base = shell(calls);
    return (cmd: string) => {
      if (cmd === "get_protection") {
        calls.push(cmd);
        return { encrypted: true, keychain: false, passphrase: true, keychain_available: false, created_unencrypted: false };
      }
      if (cmd === "get_lock_after") return 1;
      if (cmd === "lock_book") {
        calls.push(cmd);
        locked = true;
      }
      if (cmd === "get_recovery") {
        calls.push(cmd);
        return locked ? { code: "locked", message: "The book is locked.", book: "/b/advocates.db", latest_good: null } : null;
      }
      return base(cmd);
    };
  }

  it("locks after the idle minutes, and any use of the window starts them again", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const calls: string[] = [];
      mockIPC(lockingShell(calls), { shouldMockEvents: true });
      render(App);
      await waitFor(() => expect(calls).toContain("get_protection"));
      await vi.advanceTimersByTimeAsync(45_000);
      await fireEvent.keyDown(window, { key: "a" });
      await vi.advanceTimersByTimeAsync(45_000);
      expect(calls).not.toContain("lock_book");
      expect(screen.queryByText("Your book is locked")).toBeNull();
      await vi.advanceTimersByTimeAsync(20_000);
      await waitFor(() => expect(calls).toContain("lock_book"));
      expect(await screen.findByText("Your book is locked")).toBeTruthy();
      expect(screen.queryByRole("navigation")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("Ctrl+L locks it at once", async () => {
    const calls: string[] = [];
    mockIPC(lockingShell(calls), { shouldMockEvents: true });
    render(App);
    // Once the app knows the book is encrypted, Ctrl+L locks it.
    await waitFor(async () => {
      await fireEvent.keyDown(window, { key: "l", ctrlKey: true });
      expect(calls).toContain("lock_book");
    });
    expect(await screen.findByText("Your book is locked")).toBeTruthy();
  });
});

describe("A plain book", () => {
  it("the sidebar offers to encrypt it", async () => {
    const calls: string[] = [];
    const base = shell(calls);
    mockIPC((cmd: string) => {
      if (cmd === "get_protection") {
        return { encrypted: false, keychain: false, passphrase: false, keychain_available: false, created_unencrypted: true };
      }
      return base(cmd);
    }, { shouldMockEvents: true });
    render(App);
    await fireEvent.click(await screen.findByRole("button", { name: "Encrypt it…" }));
    expect(await screen.findByRole("heading", { name: "Encryption" })).toBeTruthy();
  });
});
