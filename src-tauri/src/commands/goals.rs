//! Goals (with their topics and the people who could help) and saved items to share.

use advocates_core::input::from_json;
use advocates_core::model::{Goal, Item};
use advocates_core::store::people::PersonRef;
use advocates_core::store::trash::{self, TrashEntry, TrashKind};
use advocates_core::store::{goals, items};
use serde_json::Value;
use tauri::State;

use crate::error::IpcResult;
use crate::AppState;

#[tauri::command(async)]
pub fn list_goals(state: State<'_, AppState>) -> IpcResult<Vec<Goal>> {
    Ok(state.store.read(goals::list)?)
}

#[tauri::command(async)]
pub fn create_goal(state: State<'_, AppState>, goal: Value) -> IpcResult<Goal> {
    let goal: Goal = from_json(goal)?;
    Ok(state.store.write(|tx| goals::create(tx, goal))?)
}

#[tauri::command(async)]
pub fn update_goal(state: State<'_, AppState>, goal: Value) -> IpcResult<Goal> {
    let goal: Goal = from_json(goal)?;
    Ok(state.store.write(|tx| goals::update(tx, &goal))?)
}

#[tauri::command(async)]
pub fn delete_goal(state: State<'_, AppState>, id: String) -> IpcResult<TrashEntry> {
    let today = crate::clock::today();
    Ok(state.store.write(|tx| trash::delete_record(tx, TrashKind::Goal, &id, today))?)
}

/// The people a goal names, then those whose expertise meets its topics.
#[tauri::command(async)]
pub fn list_goal_helpers(state: State<'_, AppState>, id: String) -> IpcResult<Vec<PersonRef>> {
    Ok(state.store.read(|tx| goals::helpers(tx, &id))?)
}

#[tauri::command(async)]
pub fn list_items(state: State<'_, AppState>) -> IpcResult<Vec<Item>> {
    Ok(state.store.read(items::list)?)
}

#[tauri::command(async)]
pub fn save_item(state: State<'_, AppState>, item: Value) -> IpcResult<Item> {
    let item: Item = from_json(item)?;
    Ok(state.store.write(|tx| items::create(tx, item))?)
}

#[tauri::command(async)]
pub fn update_item(state: State<'_, AppState>, item: Value) -> IpcResult<Item> {
    let item: Item = from_json(item)?;
    Ok(state.store.write(|tx| items::update(tx, &item))?)
}

#[tauri::command(async)]
pub fn delete_item(state: State<'_, AppState>, id: String) -> IpcResult<TrashEntry> {
    let today = crate::clock::today();
    Ok(state.store.write(|tx| trash::delete_record(tx, TrashKind::Item, &id, today))?)
}
