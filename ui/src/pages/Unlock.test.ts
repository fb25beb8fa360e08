import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import Unlock from "./Unlock.svelte";
import type { Recovery } from "../lib/bindings/Recovery";

const locked: Recovery = {
  code: "locked",
  message: "this book is encrypted and locked: the OS keychain holds no key for it; enter its passphrase",
  book: "/home/me/.local/share/advocates/advocates.db",
  latest_good: null,
};

describe("Unlock", () => {
  it("a wrong passphrase says so and clears the field; the right one unlocks", async () => {
    const tried: unknown[] = [];
    let unlocked = 0;
    mockIPC((cmd, args) => {
      if (cmd === "unlock_book") {
        const passphrase = (args as { passphrase: string | null }).passphrase;
        tried.push(passphrase);
        if (passphrase !== "tea at five") throw { code: "wrong_passphrase", message: "wrong passphrase", field: null };
      }
    });
    render(Unlock, { recovery: locked, onunlocked: () => unlocked++ });
    const field = screen.getByLabelText("Passphrase") as HTMLInputElement;
    await fireEvent.input(field, { target: { value: "tea at six" } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    expect((await screen.findByRole("alert")).textContent).toContain("does not open this book");
    expect(field.value).toBe("");
    expect(unlocked).toBe(0);
    await fireEvent.input(field, { target: { value: "tea at five" } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    await waitFor(() => expect(unlocked).toBe(1));
    expect(tried).toEqual(["tea at six", "tea at five"]);
  });

  it("a book with no passphrase offers only the keychain", async () => {
    render(Unlock, {
      recovery: { ...locked, message: "…; no passphrase was set for it, so only the keychain of the machine that made it can open it" },
      onunlocked: () => {},
    });
    expect(screen.queryByLabelText("Passphrase")).toBeNull();
    expect(screen.getByRole("button", { name: "Use the system keychain" })).toBeTruthy();
  });
});
