//! About and updates: the versions this build and this book are at, and "Check for updates" / "Install and restart",
//! each only on the user's click (see `crate::updates`).

use std::sync::Mutex;

use advocates_core::model::Archive;
use advocates_core::store::schema_version;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_updater::Update;
use ts_rs::TS;

use crate::error::{ErrorCode, IpcError, IpcResult};
use crate::updates::{self, AvailableUpdate, UpdateError};
use crate::AppState;

/// What About shows: the app's one version (the workspace's), the archive format it writes, the book's schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct About {
    pub version: String,
    pub archive_version: i64,
    pub schema_version: i64,
}

/// The update the user last saw offered, kept for "Install and restart".
#[derive(Default)]
pub struct PendingUpdate(Mutex<Option<Update>>);

impl From<UpdateError> for IpcError {
    fn from(err: UpdateError) -> IpcError {
        IpcError { code: ErrorCode::Update, message: err.to_string(), field: None }
    }
}

#[tauri::command(async)]
pub fn get_about(state: State<'_, AppState>) -> IpcResult<About> {
    Ok(About {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        archive_version: Archive::VERSION,
        schema_version: state.store.read(schema_version::get)?,
    })
}

#[tauri::command]
pub async fn check_for_updates<R: Runtime>(
    app: AppHandle<R>,
    pending: State<'_, PendingUpdate>,
) -> IpcResult<Option<AvailableUpdate>> {
    let updater = updates::updater(&app)?;
    let update = updates::check(&updater).await?;
    let offered = update.as_ref().map(AvailableUpdate::from);
    *pending.0.lock().unwrap_or_else(|p| p.into_inner()) = update;
    Ok(offered)
}

/// Downloads the offered update, installs it only if its signature verifies, and restarts into it.
#[tauri::command]
pub async fn install_update<R: Runtime>(app: AppHandle<R>, pending: State<'_, PendingUpdate>) -> IpcResult<()> {
    let update = pending.0.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let update = update.ok_or_else(|| IpcError {
        code: ErrorCode::Update,
        message: "no update has been offered: check for updates first".into(),
        field: None,
    })?;
    let bytes = updates::download(&update).await?;
    update.install(bytes).map_err(UpdateError::from)?;
    app.restart()
}
