//! Encryption at rest in the window: what protects the book, encrypting it, its passphrase, and locking it after idle
//! time behind the unlock screen (the recovery window's place, with code `locked`).

use advocates_core::crypt::{keychain, Protection, Unlock};
use advocates_core::store::settings;
use tauri::{AppHandle, Runtime, State};
use zeroize::Zeroizing;

use crate::commands::backups::Recovery;
use crate::error::{ErrorCode, IpcResult};
use crate::{clock, desktop, AppState};

/// The book setting that locks the window after so many idle minutes (none: never).
pub const LOCK_AFTER: &str = "lock_after_minutes";
/// The choices Settings offers, in minutes.
pub const LOCK_CHOICES: [u32; 5] = [1, 5, 15, 30, 60];

/// What the window gives to unlock or encrypt: the passphrase typed (an empty field is none) and the OS keychain.
fn unlock_with(passphrase: Option<String>) -> Unlock<'static> {
    Unlock { passphrase: passphrase.filter(|p| !p.is_empty()).map(Zeroizing::new), keychain: keychain::from_env() }
}

/// How the book is kept, for Settings.
#[tauri::command(async)]
pub fn get_protection(state: State<'_, AppState>) -> IpcResult<Protection> {
    Ok(state.store.protection(keychain::from_env())?)
}

/// Encrypts the plain book in place; its key goes to the OS keychain and, when given, is sealed by `passphrase` too.
#[tauri::command(async)]
pub fn encrypt_book<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> IpcResult<Protection> {
    let protection = state.store.encrypt(&unlock_with(passphrase), clock::today())?;
    desktop::refresh(&app);
    Ok(protection)
}

/// Sets or changes the passphrase of the encrypted book.
#[tauri::command(async)]
pub fn set_book_passphrase(state: State<'_, AppState>, passphrase: String) -> IpcResult<Protection> {
    let passphrase = Zeroizing::new(passphrase);
    state.store.set_passphrase(&passphrase)?;
    Ok(state.store.protection(keychain::from_env())?)
}

/// Unlocks the book: with `passphrase` when given, else with the key in the OS keychain. The window then shows the
/// book again.
#[tauri::command(async)]
pub fn unlock_book<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> IpcResult<()> {
    let today = clock::today();
    state.store.unlock(&unlock_with(passphrase), today)?;
    *state.recovery.lock().unwrap_or_else(|p| p.into_inner()) = None;
    // The day's upkeep (daily backup, trash purge) is the reminders thread's, woken by the refresh.
    *state.upkept.lock().unwrap_or_else(|p| p.into_inner()) = None;
    desktop::refresh(&app);
    Ok(())
}

/// Closes the book and shows the unlock screen; the tray and notifications show nothing personal until it is
/// unlocked (they cannot read the book).
#[tauri::command(async)]
pub fn lock_book<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<()> {
    lock(&app, &state)
}

pub fn lock<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> IpcResult<()> {
    let book = state.store.path().map(|p| p.display().to_string()).unwrap_or_default();
    state.store.lock()?;
    *state.recovery.lock().unwrap_or_else(|p| p.into_inner()) =
        Some(Recovery { code: ErrorCode::Locked, message: "The book is locked.".into(), book, latest_good: None });
    #[cfg(desktop)]
    crate::tray::show_locked(app);
    desktop::refresh(app);
    Ok(())
}

/// Minutes of idle time before the window locks the book; none when it never does.
#[tauri::command(async)]
pub fn get_lock_after(state: State<'_, AppState>) -> IpcResult<Option<u32>> {
    Ok(state.store.read(|tx| settings::get_value(tx, LOCK_AFTER))?.flatten())
}

#[tauri::command(async)]
pub fn set_lock_after(state: State<'_, AppState>, minutes: Option<u32>) -> IpcResult<Option<u32>> {
    if let Some(m) = minutes {
        if !LOCK_CHOICES.contains(&m) {
            return Err(advocates_core::Error::invalid("minutes", format!("{m} is not one of {LOCK_CHOICES:?}")).into());
        }
    }
    state.store.write(|tx| settings::set_value(tx, LOCK_AFTER, &minutes))?;
    Ok(minutes)
}
