// The only module that calls `invoke`: every command the UI uses has one typed wrapper here, and every failure
// arrives as an `IpcError` ({ code, message, field }) that components branch on by `code`, never by message text.
import { invoke } from "@tauri-apps/api/core";
import { openUrl } from "@tauri-apps/plugin-opener";
import type { IpcError } from "./bindings/IpcError";
import type { NewPerson } from "./bindings/NewPerson";
import type { Person } from "./bindings/Person";
import type { PersonRow } from "./bindings/PersonRow";

export type { IpcError };

export function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** Calls a command and normalises whatever it throws into an IpcError. */
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    if (isIpcError(err)) throw err;
    const error: IpcError = { code: "internal", message: String(err), field: null };
    throw error;
  }
}

export const listPeople = () => call<PersonRow[]>("list_people");
export const createPerson = (input: NewPerson) => call<Person>("create_person", { input });

// ---- The relationship book ----
import type { PeopleQuery } from "./bindings/PeopleQuery";
import type { PeopleList } from "./bindings/PeopleList";
import type { PersonPage } from "./bindings/PersonPage";
import type { YourTen } from "./bindings/YourTen";
import type { Status } from "./bindings/Status";
import type { TrashEntry } from "./bindings/TrashEntry";
import type { TimelineEntry } from "./bindings/TimelineEntry";
import type { QuickLogPreview } from "./bindings/QuickLogPreview";
import type { LoggedWithNewPeople } from "./bindings/LoggedWithNewPeople";
import type { Interaction } from "./bindings/Interaction";
import type { Event } from "./bindings/Event";
import type { Favor } from "./bindings/Favor";
import type { FollowUp } from "./bindings/FollowUp";
import type { Goal } from "./bindings/Goal";
import type { Item } from "./bindings/Item";
import type { PersonRef } from "./bindings/PersonRef";

export const searchPeople = (query: PeopleQuery) => call<PeopleList>("search_people", { query });
export const listTags = () => call<string[]>("list_tags");
export const getPerson = (id: string) => call<PersonPage>("get_person", { id });
export const updatePerson = (person: Person) => call<Person>("update_person", { person });
export const setPower = (id: string, power: boolean) => call<YourTen>("set_power", { id, power });
export const setPersonStatus = (id: string, status: Status) => call<Person>("set_person_status", { id, status });
/** Deleting moves to the trash (30 days): Undo is `restoreFromTrash(entry.id)`, also after a restart. */
export const deletePerson = (id: string) => call<TrashEntry>("delete_person", { id });
export const getTimeline = (id: string) => call<TimelineEntry[]>("get_timeline", { id });

export const previewQuickLog = (text: string) => call<QuickLogPreview>("preview_quick_log", { text });
export const logInteraction = (interaction: Interaction) => call<Interaction>("log_interaction", { interaction });
/** Quick log with names not yet in the book: adds them and logs the interaction in one transaction. */
export const logWithNewPeople = (interaction: Interaction, newPeople: NewPerson[]) =>
  call<LoggedWithNewPeople>("log_with_new_people", { interaction, newPeople });
export const updateInteraction = (interaction: Interaction) => call<Interaction>("update_interaction", { interaction });
export const deleteInteraction = (id: string) => call<TrashEntry>("delete_interaction", { id });
export const recordEvent = (event: Event) => call<Event>("record_event", { event });
export const updateEvent = (event: Event) => call<Event>("update_event", { event });
export const deleteEvent = (id: string) => call<TrashEntry>("delete_event", { id });
export const recordFavor = (favor: Favor) => call<Favor>("record_favor", { favor });
export const updateFavor = (favor: Favor) => call<Favor>("update_favor", { favor });
export const markFavorThanked = (id: string, thanked: boolean) => call<Favor>("mark_favor_thanked", { id, thanked });
export const deleteFavor = (id: string) => call<TrashEntry>("delete_favor", { id });
export const addFollowUp = (followUp: FollowUp) => call<FollowUp>("add_follow_up", { followUp });
export const updateFollowUp = (followUp: FollowUp) => call<FollowUp>("update_follow_up", { followUp });
export const completeFollowUp = (id: string, done: boolean) => call<FollowUp>("complete_follow_up", { id, done });
export const deleteFollowUp = (id: string) => call<TrashEntry>("delete_follow_up", { id });

export const listGoals = () => call<Goal[]>("list_goals");
export const createGoal = (goal: Goal) => call<Goal>("create_goal", { goal });
export const updateGoal = (goal: Goal) => call<Goal>("update_goal", { goal });
export const deleteGoal = (id: string) => call<TrashEntry>("delete_goal", { id });
export const listGoalHelpers = (id: string) => call<PersonRef[]>("list_goal_helpers", { id });
export const listItems = () => call<Item[]>("list_items");
export const saveItem = (item: Item) => call<Item>("save_item", { item });
export const updateItem = (item: Item) => call<Item>("update_item", { item });
export const deleteItem = (id: string) => call<TrashEntry>("delete_item", { id });

// Today, the sample network, settings.
import type { TodayView } from "./bindings/TodayView";
import type { FeedbackInput } from "./bindings/FeedbackInput";
import type { FeedbackOutcome } from "./bindings/FeedbackOutcome";
import type { AppSettings } from "./bindings/AppSettings";
import type { Preferences } from "./bindings/Preferences";
import type { SettingsPatch } from "./bindings/SettingsPatch";
import type { DaySummary } from "./bindings/DaySummary";
import type { CloseHint } from "./bindings/CloseHint";
import type { Explanation } from "./bindings/Explanation";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

export const getToday = () => call<TodayView>("get_today");
/** `also`: ids of the card's other acts that were done too (the Done step's check boxes). */
export const actOnSuggestion = (id: string, input: FeedbackInput, also: string[] = []) =>
  call<FeedbackOutcome>("act_on_suggestion", also.length > 0 ? { id, input, also } : { id, input });
export const snoozeAll = () => call<number>("snooze_all");
export const undoSnoozeAll = (ids: string[]) => call<number>("undo_snooze_all", { ids });
/** The shell's today (honours ADVOCATES_NOW): the UI never asks the browser. */
export const getDate = () => call<string>("get_date");
export const getDaySummary = () => call<DaySummary>("get_day_summary");
export const explainPerson = (id: string) => call<Explanation>("explain_person", { id });
export const loadSample = () => call<number>("load_sample");
export const removeSample = () => call<number>("remove_sample");
export const dismissCloseHint = (hide: boolean) => call<void>("dismiss_close_hint", { hide });
export const quitApp = () => call<void>("quit_app");
export const getSettings = () => call<AppSettings>("get_settings");
export const updateSettings = (patch: SettingsPatch) => call<AppSettings>("update_settings", { patch });
export const updatePreferences = (preferences: Preferences) => call<AppSettings>("update_preferences", { preferences });

// About and updates: only ever on the user's click (the weekly check is the shell's, and opt-in).
import type { About } from "./bindings/About";
import type { AvailableUpdate } from "./bindings/AvailableUpdate";
export const getAbout = () => call<About>("get_about");
/** The newer version the release server offers, or null when this is the newest. */
export const checkForUpdates = () => call<AvailableUpdate | null>("check_for_updates");
/** Downloads the offered update, installs it only if its signature verifies, and restarts the app. */
export const installUpdate = () => call<void>("install_update");

/** Events from the shell: the tray asks to show Today (at an act), the book changed, the window was closed. */
export const onOpenToday = (handler: (act: string | null) => void): Promise<UnlistenFn> =>
  listen<string | null>("open-today", (e) => handler(e.payload));
export const onBookChanged = (handler: () => void): Promise<UnlistenFn> => listen("book-changed", () => handler());
/** `tray`: closing hides to the tray; false where the desktop shows no tray icons, and closing minimises. */
export const onCloseHint = (handler: (hint: CloseHint) => void): Promise<UnlistenFn> =>
  listen<CloseHint>("close-hint", (e) => handler(e.payload));
/** The macOS app menu's About Advocates (true) or Settings… (false). */
export const onOpenSettings = (handler: (about: boolean) => void): Promise<UnlistenFn> =>
  listen<boolean>("open-settings", (e) => handler(e.payload));

/**
 * Opens an email, a phone call or a LinkedIn page in the system's app — only ever from a click (the capability
 * allows mailto:, tel: and linkedin.com, nothing else).
 */
export async function openLink(url: string): Promise<void> {
  try {
    await openUrl(url);
  } catch (err) {
    if (isIpcError(err)) throw err;
    const error: IpcError = { code: "internal", message: String(err), field: null };
    throw error;
  }
}

// Backups, the trash, privacy, and the window shown when the book cannot be opened.
import type { Backup } from "./bindings/Backup";
import type { Recovery } from "./bindings/Recovery";
export const listTrash = () => call<TrashEntry[]>("list_trash");
export const restoreFromTrash = (id: number) => call<TrashEntry>("restore_from_trash", { id });
/** Deletes one entry for good; with no id, empties the trash. */
export const forgetTrash = (id: number | null) => call<void>("forget_trash", { id });
export const listBackups = () => call<Backup[]>("list_backups");
export const backUpNow = () => call<Backup>("back_up_now");
export const restoreBackup = (file: string) => call<void>("restore_backup", { file });
export const getRecovery = () => call<Recovery | null>("get_recovery");
export const getPrivateNotifications = () => call<boolean>("get_private_notifications");
export const setPrivateNotifications = (value: boolean) => call<boolean>("set_private_notifications", { private: value });

// ---- Encryption at rest: the unlock screen and Settings ----
import type { Protection } from "./bindings/Protection";
export const getProtection = () => call<Protection>("get_protection");
export const encryptBook = (passphrase: string | null) => call<Protection>("encrypt_book", { passphrase });
export const setBookPassphrase = (passphrase: string) => call<Protection>("set_book_passphrase", { passphrase });
/** Unlocks with the passphrase, or (null) with the key in the system keychain. */
export const unlockBook = (passphrase: string | null) => call<void>("unlock_book", { passphrase });
export const lockBook = () => call<void>("lock_book");
export const getLockAfter = () => call<number | null>("get_lock_after");
export const setLockAfter = (minutes: number | null) => call<number | null>("set_lock_after", { minutes });

// ---- The ladder: the Advocates and Review pages ----
import type { LadderView } from "./bindings/LadderView";
import type { Review } from "./bindings/Review";
import type { Accepted } from "./bindings/Accepted";
import type { Refused } from "./bindings/Refused";
import type { ReviewSettings } from "./bindings/ReviewSettings";
import type { Stage } from "./bindings/Stage";

export const getLadder = () => call<LadderView>("get_ladder");
export const getReview = () => call<Review>("get_review");
export const acceptProposal = (person: string, to: Stage) => call<Accepted>("accept_proposal", { person, to });
export const undoAcceptProposal = (accepted: Accepted) => call<void>("undo_accept_proposal", { accepted });
export const refuseProposal = (person: string, to: Stage) => call<Refused>("refuse_proposal", { person, to });
export const undoRefuseProposal = (refused: Refused) => call<void>("undo_refuse_proposal", { refused });
export const getReviewSettings = () => call<ReviewSettings>("get_review_settings");
export const updateReviewSettings = (review: ReviewSettings) => call<ReviewSettings>("update_review_settings", { review });
/** The tray's "Weekly review" asks the window to show a page. */
export const onOpenPage = (handler: (page: string) => void): Promise<UnlistenFn> =>
  listen<string>("open-page", (e) => handler(e.payload));

// ---- Contacts import, duplicates and triage ----
import type { Format } from "./bindings/Format";
import type { ImportPreview } from "./bindings/ImportPreview";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { Imported } from "./bindings/Imported";
import type { UndoneImport } from "./bindings/UndoneImport";
import type { DuplicateView } from "./bindings/DuplicateView";
import type { MergeField } from "./bindings/MergeField";

/** The OS file picker (opened by the shell); `null` when the user cancels. */
export const pickImportFile = () => call<string | null>("pick_import_file");
export const previewImport = (path: string, format: Format | null = null) =>
  call<ImportPreview>("preview_import", { path, format });
export const runImport = (path: string, format: Format | null = null) => call<Imported>("run_import", { path, format });
export const undoImport = (batch: number) => call<UndoneImport>("undo_import", { batch });
export const listDuplicates = () => call<DuplicateView[]>("list_duplicates");
/** Merges `other` into `keep`; `fromOther` lists the fields whose value is `other`'s. */
export const mergePeople = (keep: string, other: string, fromOther: MergeField[]) =>
  call<Person>("merge_people", { keep, other, fromOther });
export const markNotDuplicates = (a: string, b: string) => call<void>("mark_not_duplicates", { a, b });
export const undoNotDuplicates = (a: string, b: string) => call<void>("undo_not_duplicates", { a, b });
export const onImportProgress = (handler: (p: ImportProgress) => void): Promise<UnlistenFn> =>
  listen<ImportProgress>("import-progress", (e) => handler(e.payload));
