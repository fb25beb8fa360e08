//! What happens between you and your people: interactions (and Quick log), life events, favors both ways, and
//! follow-ups (promises and mentions). Each command unpacks, calls the core and maps the error.

use advocates_core::input::from_json;
use advocates_core::model::{Event, Favor, FollowUp, Interaction};
use advocates_core::quicklog::{self, LoggedWithNewPeople, QuickLogPreview};
use advocates_core::store::trash::{self, TrashEntry, TrashKind};
use advocates_core::store::{events, favors, follow_ups, interactions, people};
use serde_json::Value;
use tauri::State;

use crate::error::IpcResult;
use crate::{clock, AppState};

/// Reads a Quick log line against the book, without writing anything.
#[tauri::command(async)]
pub fn preview_quick_log(state: State<'_, AppState>, text: String) -> IpcResult<QuickLogPreview> {
    let today = clock::today();
    let refs = state.store.read(people::refs)?;
    Ok(quicklog::parse(&text, today, &refs))
}

/// Logs an interaction; an empty id asks the store for a fresh one.
#[tauri::command(async)]
pub fn log_interaction(state: State<'_, AppState>, interaction: Value) -> IpcResult<Interaction> {
    let interaction: Interaction = from_json(interaction)?;
    Ok(state.store.write(|tx| interactions::create(tx, interaction))?)
}

/// Quick log's "Add Zed as a new person": creates the new people and logs the interaction with them, in one go.
#[tauri::command(async)]
pub fn log_with_new_people(
    state: State<'_, AppState>,
    interaction: Value,
    new_people: Vec<people::NewPerson>,
) -> IpcResult<LoggedWithNewPeople> {
    let interaction: Interaction = from_json(interaction)?;
    let today = clock::today();
    Ok(state.store.write(|tx| quicklog::log_with_new_people(tx, &interaction, &new_people, today))?)
}

#[tauri::command(async)]
pub fn update_interaction(state: State<'_, AppState>, interaction: Value) -> IpcResult<Interaction> {
    let interaction: Interaction = from_json(interaction)?;
    Ok(state.store.write(|tx| interactions::update(tx, &interaction))?)
}

#[tauri::command(async)]
pub fn delete_interaction(state: State<'_, AppState>, id: String) -> IpcResult<TrashEntry> {
    let today = clock::today();
    Ok(state.store.write(|tx| trash::delete_record(tx, TrashKind::Interaction, &id, today))?)
}

#[tauri::command(async)]
pub fn record_event(state: State<'_, AppState>, event: Value) -> IpcResult<Event> {
    let event: Event = from_json(event)?;
    Ok(state.store.write(|tx| events::create(tx, event))?)
}

#[tauri::command(async)]
pub fn update_event(state: State<'_, AppState>, event: Value) -> IpcResult<Event> {
    let event: Event = from_json(event)?;
    Ok(state.store.write(|tx| events::update(tx, &event))?)
}

#[tauri::command(async)]
pub fn delete_event(state: State<'_, AppState>, id: String) -> IpcResult<TrashEntry> {
    let today = clock::today();
    Ok(state.store.write(|tx| trash::delete_record(tx, TrashKind::Event, &id, today))?)
}

#[tauri::command(async)]
pub fn record_favor(state: State<'_, AppState>, favor: Value) -> IpcResult<Favor> {
    let favor: Favor = from_json(favor)?;
    Ok(state.store.write(|tx| favors::create(tx, favor))?)
}

#[tauri::command(async)]
pub fn update_favor(state: State<'_, AppState>, favor: Value) -> IpcResult<Favor> {
    let favor: Favor = from_json(favor)?;
    Ok(state.store.write(|tx| favors::update(tx, &favor))?)
}

/// Marks a favor thanked today (the shell's today), or not thanked: a core operation, never the browser's date.
#[tauri::command(async)]
pub fn mark_favor_thanked(state: State<'_, AppState>, id: String, thanked: bool) -> IpcResult<Favor> {
    let today = clock::today();
    Ok(state.store.write(|tx| favors::mark_thanked(tx, &id, thanked.then_some(today)))?)
}

#[tauri::command(async)]
pub fn delete_favor(state: State<'_, AppState>, id: String) -> IpcResult<TrashEntry> {
    let today = clock::today();
    Ok(state.store.write(|tx| trash::delete_record(tx, TrashKind::Favor, &id, today))?)
}

#[tauri::command(async)]
pub fn add_follow_up(state: State<'_, AppState>, follow_up: Value) -> IpcResult<FollowUp> {
    let follow_up: FollowUp = from_json(follow_up)?;
    Ok(state.store.write(|tx| follow_ups::create(tx, follow_up))?)
}

#[tauri::command(async)]
pub fn update_follow_up(state: State<'_, AppState>, follow_up: Value) -> IpcResult<FollowUp> {
    let follow_up: FollowUp = from_json(follow_up)?;
    Ok(state.store.write(|tx| follow_ups::update(tx, &follow_up))?)
}

/// Marks a follow-up done today (or not done again, with `done: false`).
#[tauri::command(async)]
pub fn complete_follow_up(state: State<'_, AppState>, id: String, done: bool) -> IpcResult<FollowUp> {
    let today = clock::today();
    Ok(state.store.write(|tx| follow_ups::set_done(tx, &id, done.then_some(today)))?)
}

#[tauri::command(async)]
pub fn delete_follow_up(state: State<'_, AppState>, id: String) -> IpcResult<TrashEntry> {
    let today = clock::today();
    Ok(state.store.write(|tx| trash::delete_record(tx, TrashKind::FollowUp, &id, today))?)
}
