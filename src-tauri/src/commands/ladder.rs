//! The ladder: the Advocates page, the weekly review page, accepting and refusing proposals (with undo), and when the
//! weekly review comes.

use advocates_core::ladder::{LadderView, Review};
use advocates_core::model::{ReviewSettings, Stage};
use advocates_core::standings;
use advocates_core::store::ladder::{self, Accepted, Refused};
use advocates_core::store::settings;
use tauri::{AppHandle, Runtime, State};

use crate::error::IpcResult;
use crate::{clock, desktop, AppState};

#[tauri::command(async)]
pub fn get_ladder(state: State<'_, AppState>) -> IpcResult<LadderView> {
    Ok(standings::view_for(&state.store, clock::today())?)
}

#[tauri::command(async)]
pub fn get_review(state: State<'_, AppState>) -> IpcResult<Review> {
    Ok(standings::review_for(&state.store, clock::today())?)
}

/// Moves a person to the proposed stage through the person update path (the history records it).
#[tauri::command(async)]
pub fn accept_proposal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    person: String,
    to: Stage,
) -> IpcResult<Accepted> {
    let accepted = state.store.write(|tx| ladder::accept(tx, &person, to, clock::today()))?;
    desktop::refresh(&app);
    Ok(accepted)
}

#[tauri::command(async)]
pub fn undo_accept_proposal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    accepted: Accepted,
) -> IpcResult<()> {
    state.store.write(|tx| ladder::undo_accept(tx, &accepted))?;
    desktop::refresh(&app);
    Ok(())
}

/// Refuses a proposal: remembered, so it is not made again for a while.
#[tauri::command(async)]
pub fn refuse_proposal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    person: String,
    to: Stage,
) -> IpcResult<Refused> {
    let refused = state.store.write(|tx| ladder::refuse(tx, &person, to, clock::today()))?;
    desktop::refresh(&app);
    Ok(refused)
}

#[tauri::command(async)]
pub fn undo_refuse_proposal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    refused: Refused,
) -> IpcResult<()> {
    state.store.write(|tx| ladder::undo_refuse(tx, &refused))?;
    desktop::refresh(&app);
    Ok(())
}

#[tauri::command(async)]
pub fn get_review_settings(state: State<'_, AppState>) -> IpcResult<ReviewSettings> {
    Ok(state.store.read(settings::review)?)
}

/// Changes when the weekly review comes; the reminders loop is woken to plan the next one.
#[tauri::command(async)]
pub fn update_review_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    review: ReviewSettings,
) -> IpcResult<ReviewSettings> {
    let saved = state.store.write(|tx| settings::set_review(tx, &review))?;
    desktop::refresh(&app);
    Ok(saved)
}
