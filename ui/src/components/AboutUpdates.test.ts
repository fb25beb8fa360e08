import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import AboutUpdates from "./AboutUpdates.svelte";

const about = { version: "0.1.0", archive_version: 1, schema_version: 4 };

describe("About and updates", () => {
  it("shows the version, archive and schema, and never checks for updates on its own", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "get_about") return about;
    });
    render(AboutUpdates);
    const section = await screen.findByRole("region", { name: "About Advocates" });
    await waitFor(() => expect(section.textContent).toContain("0.1.0"));
    expect(section.textContent).toContain("Archive formatversion 1");
    expect(section.textContent).toContain("Book schemaversion 4");
    expect(calls).toEqual(["get_about"]);
  });

  it("checks on a click and offers the newer version, installed on a second click", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "get_about") return about;
      if (cmd === "check_for_updates") return { version: "0.2.0", current_version: "0.1.0", notes: "Packages for every system" };
      if (cmd === "install_update") return null;
    });
    render(AboutUpdates);
    await fireEvent.click(await screen.findByRole("button", { name: "Check for updates" }));
    expect(await screen.findByText("Version 0.2.0 is available")).toBeTruthy();
    expect(screen.getByText("Packages for every system")).toBeTruthy();
    expect(calls).not.toContain("install_update");
    await fireEvent.click(screen.getByRole("button", { name: "Install and restart" }));
    await waitFor(() => expect(calls).toContain("install_update"));
  });

  it("says when this is the newest version", async () => {
    mockIPC((cmd) => (cmd === "get_about" ? about : null));
    render(AboutUpdates);
    await fireEvent.click(await screen.findByRole("button", { name: "Check for updates" }));
    expect(await screen.findByText("You have the newest version.")).toBeTruthy();
  });

  it("shows why a check or an install failed", async () => {
    mockIPC((cmd) => {
      if (cmd === "get_about") return about;
      if (cmd === "check_for_updates") return { version: "0.2.0", current_version: "0.1.0", notes: null };
      if (cmd === "install_update") throw { code: "update", message: "The signature verification failed", field: null };
    });
    render(AboutUpdates);
    await fireEvent.click(await screen.findByRole("button", { name: "Check for updates" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Install and restart" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The update was not installed: The signature verification failed",
    );
  });
});
