//! Settings: the book's (digest time, notifications, quiet hours, suggestions per day, effort budget) and the
//! machine's preferences (theme, start at login). Changes apply at once: the reminders loop is woken.

use advocates_core::model::{Settings, SettingsPatch};
use advocates_core::store::settings;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::{IpcError, IpcResult};
use crate::{desktop, updates, AppState};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Preferences {
    pub theme: Theme,
    pub start_at_login: bool,
    /// Look for a new version once a week (the only network call the app makes on its own; off by default).
    pub check_updates_weekly: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppSettings {
    pub book: Settings,
    pub preferences: Preferences,
}

fn read<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> IpcResult<AppSettings> {
    let (book, theme, weekly) = state.store.read(|tx| {
        Ok((
            settings::get(tx)?,
            settings::get_value::<Theme>(tx, "theme")?,
            settings::get_value::<bool>(tx, updates::CHECK_WEEKLY)?,
        ))
    })?;
    Ok(AppSettings {
        book,
        preferences: Preferences {
            theme: theme.unwrap_or_default(),
            start_at_login: autostart_enabled(app),
            check_updates_weekly: weekly.unwrap_or(false),
        },
    })
}

#[tauri::command(async)]
pub fn get_settings<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<AppSettings> {
    read(&app, &state)
}

#[tauri::command(async)]
pub fn update_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    patch: SettingsPatch,
) -> IpcResult<AppSettings> {
    state.store.write(|tx| settings::update(tx, &patch))?;
    desktop::refresh(&app);
    read(&app, &state)
}

#[tauri::command(async)]
pub fn update_preferences<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    preferences: Preferences,
) -> IpcResult<AppSettings> {
    set_autostart(&app, preferences.start_at_login)?;
    state.store.write(|tx| {
        settings::set_value(tx, "theme", &preferences.theme)?;
        settings::set_value(tx, updates::CHECK_WEEKLY, &preferences.check_updates_weekly)
    })?;
    desktop::refresh(&app);
    read(&app, &state)
}

#[cfg(desktop)]
fn autostart_enabled<R: Runtime>(app: &AppHandle<R>) -> bool {
    use tauri_plugin_autostart::ManagerExt;
    app.autolaunch().is_enabled().unwrap_or(false)
}

#[cfg(desktop)]
fn set_autostart<R: Runtime>(app: &AppHandle<R>, on: bool) -> IpcResult<()> {
    use tauri_plugin_autostart::ManagerExt;
    let launcher = app.autolaunch();
    let result = if on { launcher.enable() } else { launcher.disable() };
    result.map_err(|err| IpcError {
        code: crate::error::ErrorCode::Autostart,
        message: format!("start at login: {err}"),
        field: Some("start_at_login".into()),
    })
}

#[cfg(not(desktop))]
fn autostart_enabled<R: Runtime>(_: &AppHandle<R>) -> bool {
    false
}

#[cfg(not(desktop))]
fn set_autostart<R: Runtime>(_: &AppHandle<R>, _: bool) -> IpcResult<()> {
    Ok(())
}
