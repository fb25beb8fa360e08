import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import EncryptionSettings from "./EncryptionSettings.svelte";
import type { Protection } from "../lib/bindings/Protection";

const plain: Protection = { encrypted: false, keychain: false, passphrase: false, keychain_available: false, created_unencrypted: false };

describe("Encryption settings", () => {
  it("a plain book without a keychain is encrypted only with a passphrase typed twice", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_protection") return plain;
      if (cmd === "get_lock_after") return null;
      if (cmd === "encrypt_book") {
        calls.push(args);
        return { encrypted: true, keychain: false, passphrase: true, keychain_available: false, created_unencrypted: false };
      }
    });
    render(EncryptionSettings);
    expect((await screen.findByTestId("encryption-status")).textContent).toContain("not encrypted");
    const button = screen.getByRole("button", { name: "Encrypt my book" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText("Passphrase"), { target: { value: "tea at five" } });
    await fireEvent.input(screen.getByLabelText("The same again"), { target: { value: "tea at six" } });
    expect(screen.getByText("The two passphrases differ.")).toBeTruthy();
    expect(button.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText("The same again"), { target: { value: "tea at five" } });
    expect(button.disabled).toBe(false);
    await fireEvent.click(button);
    await waitFor(() => expect(calls).toEqual([{ passphrase: "tea at five" }]));
    expect((await screen.findByTestId("encryption-status")).textContent).toContain("Your passphrase opens it too");
  });

  it("with a keychain the passphrase is optional", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_protection") return { ...plain, keychain_available: true };
      if (cmd === "get_lock_after") return null;
      if (cmd === "encrypt_book") {
        calls.push(args);
        return { encrypted: true, keychain: true, passphrase: false, keychain_available: true, created_unencrypted: false };
      }
    });
    render(EncryptionSettings);
    await fireEvent.click(await screen.findByRole("button", { name: "Encrypt my book" }));
    await waitFor(() => expect(calls).toEqual([{ passphrase: null }]));
    expect((await screen.findByTestId("encryption-status")).textContent).toContain("system keychain");
  });

  it("an encrypted book sets its idle lock", async () => {
    const set: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_protection") return { encrypted: true, keychain: true, passphrase: true, keychain_available: true, created_unencrypted: false };
      if (cmd === "get_lock_after") return null;
      if (cmd === "set_lock_after") {
        set.push((args as { minutes: number | null }).minutes);
        return (args as { minutes: number | null }).minutes;
      }
    });
    render(EncryptionSettings);
    const select = (await screen.findByLabelText("Lock after")) as HTMLSelectElement;
    expect(select.value).toBe("");
    await fireEvent.change(select, { target: { value: "15" } });
    await waitFor(() => expect(set).toEqual([15]));
    expect(screen.getByRole("button", { name: "Change passphrase…" })).toBeTruthy();
  });
});
