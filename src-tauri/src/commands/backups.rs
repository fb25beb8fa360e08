//! Backups, the trash, and the window shown when the book cannot be opened.

use std::path::Path;

use advocates_core::store::backup::{self, Backup, BackupKind};
use advocates_core::store::settings;
use advocates_core::store::trash::{self, TrashEntry};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::{ErrorCode, IpcError, IpcResult};
use crate::{clock, desktop, scheduler, AppState};

/// Why the book could not be opened, and the newest backup that can replace it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Recovery {
    pub code: ErrorCode,
    pub message: String,
    /// Where the book is, so the user can look.
    pub book: String,
    pub latest_good: Option<Backup>,
}

impl Recovery {
    pub fn of(book: &Path, err: &advocates_core::Error) -> Recovery {
        Recovery {
            code: ErrorCode::of(err),
            message: err.to_string(),
            book: book.display().to_string(),
            // A locked book is not damaged: the window asks for its passphrase instead of offering a backup.
            latest_good: match err {
                advocates_core::Error::Locked { .. } | advocates_core::Error::WrongPassphrase => None,
                _ => backup::latest_good(
                    book,
                    advocates_core::crypt::key_for(book, &advocates_core::crypt::Unlock::from_env())
                        .ok()
                        .map(|(key, _)| key)
                        .as_ref(),
                ),
            },
        }
    }
}

fn book_path(state: &AppState) -> IpcResult<&Path> {
    state.store.path().ok_or_else(|| IpcError {
        code: ErrorCode::Invalid,
        message: "this book is not a file".into(),
        field: None,
    })
}

/// Set when the book could not be opened; the window then shows only the recovery page.
#[tauri::command(async)]
pub fn get_recovery(state: State<'_, AppState>) -> IpcResult<Option<Recovery>> {
    Ok(state.recovery.lock().unwrap_or_else(|p| p.into_inner()).clone())
}

/// The backups beside the book, newest first.
#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> IpcResult<Vec<Backup>> {
    Ok(backup::list(book_path(&state)?)?)
}

/// Takes a backup now.
#[tauri::command(async)]
pub fn back_up_now(state: State<'_, AppState>) -> IpcResult<Backup> {
    Ok(state.store.backup(clock::today(), BackupKind::Manual)?)
}

/// Replaces the book with one of its backups (by file name), after saving the current book as a backup too. Works
/// from Settings and from the recovery page; the window reloads what it shows afterwards.
#[tauri::command(async)]
pub fn restore_backup<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, file: String) -> IpcResult<()> {
    let source = backup::dir_of(book_path(&state)?).join(&file);
    if file.contains(['/', '\\']) || !source.exists() {
        return Err(IpcError { code: ErrorCode::NotFound, message: format!("no backup named {file}"), field: None });
    }
    let today = clock::today();
    state.store.restore_backup(&source, today)?;
    *state.recovery.lock().unwrap_or_else(|p| p.into_inner()) = None;
    *state.upkept.lock().unwrap_or_else(|p| p.into_inner()) = None;
    desktop::refresh(&app);
    Ok(())
}

/// What is in the trash, most recently deleted first.
#[tauri::command(async)]
pub fn list_trash(state: State<'_, AppState>) -> IpcResult<Vec<TrashEntry>> {
    Ok(state.store.read(trash::list)?)
}

/// Puts a trash entry back; says why when it cannot.
#[tauri::command(async)]
pub fn restore_from_trash<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: i64) -> IpcResult<TrashEntry> {
    let entry = state.store.write(|tx| trash::restore(tx, id))?;
    desktop::refresh(&app);
    Ok(entry)
}

/// Deletes one entry for good (or, with no id, empties the trash); the freed text is overwritten and the log
/// truncated, so it cannot be read back from the file.
#[tauri::command(async)]
pub fn forget_trash(state: State<'_, AppState>, id: Option<i64>) -> IpcResult<()> {
    match id {
        Some(id) => state.store.write(|tx| trash::forget(tx, id))?,
        None => {
            state.store.write(trash::empty)?;
        }
    }
    state.store.checkpoint()?;
    Ok(())
}

/// "Private notifications": on (the default) notifications and the tray show counts, never names or details.
#[tauri::command(async)]
pub fn set_private_notifications<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    private: bool,
) -> IpcResult<bool> {
    state.store.write(|tx| settings::set_value(tx, scheduler::PRIVATE_NOTIFICATIONS, &private))?;
    desktop::refresh(&app);
    Ok(private)
}

#[tauri::command(async)]
pub fn get_private_notifications(state: State<'_, AppState>) -> IpcResult<bool> {
    Ok(scheduler::privacy(&state.store)? == crate::notify::Privacy::Private)
}
