//! Today: the day's acts, acting on them, the sample network, and the close-to-tray hint.

use advocates_core::engine::{FeedbackInput, FeedbackOutcome};
use advocates_core::store::feedback;
use advocates_core::store::people::{self, Rhythms};
use advocates_core::suggestions;
use advocates_core::today::{self, TodayView};
use advocates_core::{sample, store::settings};
use tauri::{AppHandle, Runtime, State};

use crate::error::IpcResult;
use crate::{clock, desktop, AppState};

/// The day's view; showing it records each suggestion as shown (once per day).
#[tauri::command(async)]
pub fn get_today(state: State<'_, AppState>) -> IpcResult<TodayView> {
    let day = clock::today();
    let view = today::view(&state.store, day)?;
    let keys: Vec<String> = view.suggestions.iter().map(|s| s.id.clone()).collect();
    today::record_shown(&state.store, &keys, day)?;
    Ok(view)
}

/// Done, snooze or dismiss; `done` also applies the act's natural effect and returns an interaction to offer.
/// `also` names the acts merged into the card that were done with it (§10.11), closed in the same transaction.
#[tauri::command(async)]
pub fn act_on_suggestion<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    input: FeedbackInput,
    also: Option<Vec<String>>,
) -> IpcResult<FeedbackOutcome> {
    let day = clock::today();
    let outcome = state.store.write(|tx| match (&input, also.as_deref()) {
        (FeedbackInput::Done, Some(also)) if !also.is_empty() => suggestions::record_done_with_also(tx, &id, also, day),
        _ => suggestions::record_feedback(tx, &id, &input, day),
    })?;
    desktop::refresh(&app);
    Ok(outcome)
}

/// The shell's today (YYYY-MM-DD, honouring ADVOCATES_NOW): the UI's only source for "today".
#[tauri::command]
pub fn get_date() -> String {
    clock::today().to_string()
}

/// What Today says beside its acts: how many were done today (only done counts as a thoughtful act), and who has no
/// rhythm yet (what would help when the day is empty).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct DaySummary {
    pub done: usize,
    pub rhythms: Rhythms,
}

#[tauri::command(async)]
pub fn get_day_summary(state: State<'_, AppState>) -> IpcResult<DaySummary> {
    let day = clock::today();
    Ok(state.store.read(|tx| Ok(DaySummary { done: feedback::done_on(tx, day)?, rhythms: people::rhythms(tx)? }))?)
}

/// Takes back "Snooze all until tomorrow" (the toast's Undo): the acts it snoozed (`ids`) are open again today.
#[tauri::command(async)]
pub fn undo_snooze_all<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    ids: Vec<String>,
) -> IpcResult<usize> {
    let n = state.store.write(|tx| feedback::undo_snooze_all(tx, &ids, clock::today()))?;
    desktop::refresh(&app);
    Ok(n)
}

#[tauri::command(async)]
pub fn snooze_all<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<usize> {
    let n = today::snooze_all(&state.store, clock::today())?;
    desktop::refresh(&app);
    Ok(n)
}

#[tauri::command(async)]
pub fn load_sample<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<usize> {
    let n = sample::load(&state.store, clock::today())?;
    desktop::refresh(&app);
    Ok(n)
}

#[tauri::command(async)]
pub fn remove_sample<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<usize> {
    let n = sample::remove(&state.store)?;
    desktop::refresh(&app);
    Ok(n)
}

/// The user read the close hint: remember it, and put the window away (to the tray, or minimised) if they chose to.
#[tauri::command(async)]
pub fn dismiss_close_hint<R: Runtime>(
    window: tauri::WebviewWindow<R>,
    state: State<'_, AppState>,
    hide: bool,
) -> IpcResult<()> {
    state.store.write(|tx| settings::set_value(tx, desktop::CLOSE_HINT_SEEN, &true))?;
    if hide {
        desktop::put_away(&window);
    }
    Ok(())
}

/// Quit from the window (the close hint offers it; the tray menu has its own Quit).
#[tauri::command]
pub fn quit_app<R: Runtime>(app: AppHandle<R>) {
    app.exit(0);
}
