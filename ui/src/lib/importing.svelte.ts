// What the import pages share: the newcomers of the last import, for the triage page to walk, and the way every
// "Import contacts…" button opens the import page.
import { openPage } from "./route.svelte";

export const triage = $state<{ ids: string[] }>({ ids: [] });

/** From this many newcomers, the summary suggests sorting them at once. */
export const TRIAGE_FROM = 20;

/** Set by an "Import contacts…" button: the import page opens the file picker as it opens. */
export const importRequest = $state<{ pick: boolean }>({ pick: false });

export function openImport() {
  importRequest.pick = true;
  openPage("import");
}

export function openTriage(ids: string[]) {
  triage.ids = [...ids];
  openPage("triage");
}
