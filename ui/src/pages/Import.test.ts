import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import Import from "./Import.svelte";
import { importRequest, triage } from "../lib/importing.svelte";
import { route } from "../lib/route.svelte";
import type { ImportPreview } from "../lib/bindings/ImportPreview";
import type { Imported } from "../lib/bindings/Imported";

const report = { format: "vcard" as const, added: 2, merged: 1, queued: 1, skipped: [{ line: 12, reason: "no name, company or email" }] };
const preview: ImportPreview = {
  file_name: "contacts.vcf",
  preview: {
    report,
    total: 4,
    first: [
      { line: 1, name: "José Álvarez", company: "Acme", contact: "jose@acme.example" },
      { line: 7, name: "Zoë Martin", company: null, contact: null },
    ],
  },
};
const imported = (ids: string[]): Imported => ({ report: { ...report, added: ids.length }, batch: 7, added_ids: ids });

describe("Import", () => {
  it("picks a file as it opens, previews it without writing, imports with progress and sums up", async () => {
    const calls: string[] = [];
    let finish: (v: Imported) => void = () => {};
    mockIPC(
      (cmd, args: any) => {
        calls.push(cmd);
        if (cmd === "pick_import_file") return "/home/me/contacts.vcf";
        if (cmd === "preview_import") return preview;
        if (cmd === "run_import") {
          expect(args).toEqual({ path: "/home/me/contacts.vcf", format: "vcard" });
          return new Promise((resolve) => (finish = resolve));
        }
      },
      { shouldMockEvents: true },
    );
    importRequest.pick = true;
    render(Import);
    expect(await screen.findByText("contacts.vcf")).toBeTruthy();
    expect(importRequest.pick).toBe(false);
    expect(screen.getByText(/Found a vCard file — 4 contacts in the file/)).toBeTruthy();
    const counts = screen.getByRole("list", { name: "What the import will do" });
    expect(counts.textContent).toContain("2 new people will be added");
    expect(counts.textContent).toContain("1 will be merged");
    expect(counts.textContent).toContain("1 pair looks like the same person");
    expect(screen.getByText("José Álvarez")).toBeTruthy();
    expect(screen.getByText("Line 12: no name, company or email")).toBeTruthy();
    expect(calls).toEqual(["pick_import_file", "preview_import"]);
    // Enter imports: the step's main button has the focus.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Import 3 people" })));

    await fireEvent.click(screen.getByRole("button", { name: "Import 3 people" }));
    const bar = (await screen.findByRole("progressbar", { name: "Import progress" })) as HTMLProgressElement;
    await emit("import-progress", { done: 2, total: 4 });
    await waitFor(() => expect(bar.value).toBe(2));
    expect(screen.getByText("2 of 4 (50%)")).toBeTruthy();

    finish(imported(["jose-alvarez", "zoe-martin"]));
    const done = await screen.findByRole("list", { name: "What the import did" });
    expect(done.textContent).toContain("2 new people added");
    expect(screen.getByRole("button", { name: "Review 1 possible duplicate" })).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Sort the newcomers" }));
    expect(route.page).toBe("triage");
    expect(triage.ids).toEqual(["jose-alvarez", "zoe-martin"]);
  });

  it("undoes the whole import, and says why when it cannot", async () => {
    let refuse = true;
    mockIPC((cmd, args: any) => {
      if (cmd === "pick_import_file") return "/tmp/c.vcf";
      if (cmd === "preview_import") return preview;
      if (cmd === "run_import") return imported(["a", "b"]);
      if (cmd === "undo_import") {
        expect(args).toEqual({ batch: 7 });
        if (refuse) {
          refuse = false;
          throw { code: "invalid", field: "import", message: "cannot be undone: Zoë Martin has 1 interaction since it; undoing it would lose them" };
        }
        return { removed: 2, restored: 1 };
      }
    });
    render(Import);
    await fireEvent.click(screen.getByRole("button", { name: "Choose a file…" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Import 3 people" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Undo import" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This import cannot be undone: Zoë Martin has 1 interaction since it; undoing it would lose them.",
    );
    await fireEvent.click(screen.getByRole("button", { name: "Undo import" }));
    expect((await screen.findByRole("status")).textContent).toBe("Import undone: 2 people removed, 1 person put back as they were.");
  });

  it("a cancelled picker changes nothing, and an unreadable file is named clearly", async () => {
    let answer: string | null = null;
    mockIPC((cmd) => {
      if (cmd === "pick_import_file") return answer;
      if (cmd === "preview_import") throw { code: "invalid", field: "file", message: "is empty" };
    });
    render(Import);
    await fireEvent.click(screen.getByRole("button", { name: "Choose a file…" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Choose a file…" })).toBeTruthy());
    expect(screen.queryByRole("alert")).toBeNull();
    answer = "/tmp/empty.csv";
    await fireEvent.click(screen.getByRole("button", { name: "Choose a file…" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Cannot read that file: the file is empty.");
  });

  it("shows how far the preview is while a long file is read", async () => {
    let answer: (v: ImportPreview) => void = () => {};
    mockIPC(
      (cmd) => {
        if (cmd === "pick_import_file") return "/tmp/big.vcf";
        if (cmd === "preview_import") return new Promise((resolve) => (answer = resolve));
      },
      { shouldMockEvents: true },
    );
    render(Import);
    await fireEvent.click(screen.getByRole("button", { name: "Choose a file…" }));
    await screen.findByRole("button", { name: "Reading…" });
    await emit("import-progress", { done: 300, total: 1000 });
    const bar = (await screen.findByRole("progressbar", { name: "Reading the file" })) as HTMLProgressElement;
    expect(bar.value).toBe(300);
    expect(screen.getByText("Reading 300 of 1000… nothing is written yet.")).toBeTruthy();
    answer(preview);
    expect(await screen.findByText("contacts.vcf")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("offers to sort the newcomers first after an import of many", async () => {
    const many = Array.from({ length: 25 }, (_, i) => `p${i}`);
    mockIPC((cmd) => {
      if (cmd === "pick_import_file") return "/tmp/c.vcf";
      if (cmd === "preview_import") return preview;
      if (cmd === "run_import") return imported(many);
    });
    render(Import);
    await fireEvent.click(screen.getByRole("button", { name: "Choose a file…" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Import 3 people" }));
    const sort = await screen.findByRole("button", { name: "Sort the 25 newcomers" });
    expect(sort.classList.contains("primary")).toBe(true);
  });
});
