import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import Settings from "./Settings.svelte";
import { importRequest } from "../lib/importing.svelte";
import { route } from "../lib/route.svelte";
import type { AppSettings } from "../lib/bindings/AppSettings";

const current: AppSettings = {
  book: { daily_suggestions: 3, effort_budget_minutes: 45, digest_time: "08:30", notifications: true, quiet_hours: ["21:00", "08:00"] },
  preferences: { theme: "system", start_at_login: false, check_updates_weekly: false },
};

describe("Settings", () => {
  it("applies a change at once, sending only the key that changed", async () => {
    const patches: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_settings") return current;
      if (cmd === "update_settings") {
        patches.push((args as { patch: unknown }).patch);
        return { ...current, book: { ...current.book, digest_time: "07:15" } };
      }
    });
    render(Settings);
    const time = (await screen.findByLabelText("Digest time")) as HTMLInputElement;
    expect(time.value).toBe("08:30");
    await fireEvent.change(time, { target: { value: "07:15" } });
    await waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]).toEqual({
      daily_suggestions: null, effort_budget_minutes: null, digest_time: "07:15", notifications: null, quiet_hours: null,
    });
    expect(await screen.findByText("Saved.")).toBeTruthy();
  });

  it("shows the core's range error next to its field", async () => {
    mockIPC((cmd) => {
      if (cmd === "get_settings") return current;
      if (cmd === "update_settings") throw { code: "invalid", message: "9 is not in 1..7", field: "settings.daily_suggestions" };
    });
    render(Settings);
    const n = await screen.findByLabelText("Suggestions per day (1–7)");
    await fireEvent.change(n, { target: { value: "9" } });
    expect((await screen.findByRole("alert")).textContent).toContain("9 is not in 1..7");
  });

  it("turns start at login on through the preferences command", async () => {
    const prefs: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_settings") return current;
      if (cmd === "update_preferences") {
        prefs.push((args as { preferences: unknown }).preferences);
        return { ...current, preferences: { ...current.preferences, start_at_login: true } };
      }
    });
    render(Settings);
    await fireEvent.click(await screen.findByLabelText("Start Advocates when I log in"));
    await waitFor(() => expect(prefs).toEqual([{ theme: "system", start_at_login: true, check_updates_weekly: false }]));
  });

  it("the weekly update check is off until the user switches it on", async () => {
    const prefs: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_settings") return current;
      if (cmd === "update_preferences") {
        prefs.push((args as { preferences: unknown }).preferences);
        return { ...current, preferences: { ...current.preferences, check_updates_weekly: true } };
      }
    });
    render(Settings);
    const weekly = (await screen.findByLabelText("Check for updates once a week")) as HTMLInputElement;
    expect(weekly.checked).toBe(false);
    await fireEvent.click(weekly);
    await waitFor(() => expect(prefs).toEqual([{ theme: "system", start_at_login: false, check_updates_weekly: true }]));
  });

  it("explains circles with their rhythms, stages and your ten", async () => {
    mockIPC((cmd) => (cmd === "get_settings" ? current : null));
    render(Settings);
    const about = await screen.findByRole("region", { name: "Circles, stages and your ten" });
    for (const words of ["Inner 5", "about weekly", "Wider circle", "only their birthdays and dates", "Advocate", "Your ten"]) {
      expect(about.textContent).toContain(words);
    }
  });

  it("imports contacts and reviews possible duplicates from the Your contacts section", async () => {
    mockIPC((cmd) => (cmd === "get_settings" ? current : null));
    render(Settings);
    await fireEvent.click(await screen.findByRole("button", { name: "Possible duplicates" }));
    expect(route.page).toBe("duplicates");
    await fireEvent.click(screen.getByRole("button", { name: "Import contacts…" }));
    expect(route.page).toBe("import");
    expect(importRequest.pick).toBe(true);
    importRequest.pick = false;
  });
});
