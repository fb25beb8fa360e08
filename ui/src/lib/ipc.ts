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
import type { RemovedPerson } from "./bindings/RemovedPerson";
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
export const deletePerson = (id: string) => call<RemovedPerson>("delete_person", { id });
export const restorePerson = (removed: RemovedPerson) => call<Person>("restore_person", { removed });
export const getTimeline = (id: string) => call<TimelineEntry[]>("get_timeline", { id });

export const previewQuickLog = (text: string) => call<QuickLogPreview>("preview_quick_log", { text });
export const logInteraction = (interaction: Interaction) => call<Interaction>("log_interaction", { interaction });
/** Quick log with names not yet in the book: adds them and logs the interaction in one transaction. */
export const logWithNewPeople = (interaction: Interaction, newPeople: NewPerson[]) =>
  call<LoggedWithNewPeople>("log_with_new_people", { interaction, newPeople });
export const updateInteraction = (interaction: Interaction) => call<Interaction>("update_interaction", { interaction });
export const deleteInteraction = (id: string) => call<Interaction>("delete_interaction", { id });
export const recordEvent = (event: Event) => call<Event>("record_event", { event });
export const updateEvent = (event: Event) => call<Event>("update_event", { event });
export const deleteEvent = (id: string) => call<Event>("delete_event", { id });
export const recordFavor = (favor: Favor) => call<Favor>("record_favor", { favor });
export const updateFavor = (favor: Favor) => call<Favor>("update_favor", { favor });
export const markFavorThanked = (id: string, thanked: boolean) => call<Favor>("mark_favor_thanked", { id, thanked });
export const deleteFavor = (id: string) => call<Favor>("delete_favor", { id });
export const addFollowUp = (followUp: FollowUp) => call<FollowUp>("add_follow_up", { followUp });
export const updateFollowUp = (followUp: FollowUp) => call<FollowUp>("update_follow_up", { followUp });
export const completeFollowUp = (id: string, done: boolean) => call<FollowUp>("complete_follow_up", { id, done });
export const deleteFollowUp = (id: string) => call<FollowUp>("delete_follow_up", { id });

export const listGoals = () => call<Goal[]>("list_goals");
export const createGoal = (goal: Goal) => call<Goal>("create_goal", { goal });
export const updateGoal = (goal: Goal) => call<Goal>("update_goal", { goal });
export const deleteGoal = (id: string) => call<Goal>("delete_goal", { id });
export const listGoalHelpers = (id: string) => call<PersonRef[]>("list_goal_helpers", { id });
export const listItems = () => call<Item[]>("list_items");
export const saveItem = (item: Item) => call<Item>("save_item", { item });
export const updateItem = (item: Item) => call<Item>("update_item", { item });
export const deleteItem = (id: string) => call<Item>("delete_item", { id });

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
