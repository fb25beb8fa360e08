//! Updates, only when the user asks: "Check for updates" in Settings, or the weekly check once they switch it on
//! (off by default — the app makes no network call the user did not ask for). The updater plugin reads the release's
//! `latest.json`, and a downloaded package is installed only if its minisign signature verifies against the public
//! key in `tauri.conf.json` (`plugins.updater.pubkey`) and was made for the version the manifest announces
//! (`requireSignedVersion`). The endpoint is set by the release workflow for the repository it builds; a development
//! build has none. Tests point a debug build at a loopback server with `ADVOCATES_UPDATE_ENDPOINT`, which release
//! builds ignore.

use chrono::NaiveDate;
use serde::Serialize;
use tauri::{AppHandle, Runtime};
use tauri_plugin_updater::{Update, Updater, UpdaterExt};
use ts_rs::TS;

/// Debug builds only: the update manifest's address, instead of the configured one (tests serve it on loopback).
pub const ENDPOINT_OVERRIDE: &str = "ADVOCATES_UPDATE_ENDPOINT";
/// The settings key of the machine's "check weekly" preference (off unless the user switched it on).
pub const CHECK_WEEKLY: &str = "check_updates_weekly";
/// The settings key of the day of the last weekly check.
pub const LAST_CHECK: &str = "last_update_check";
const WEEK_DAYS: i64 = 7;

/// A newer version the release server offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AvailableUpdate {
    pub version: String,
    pub current_version: String,
    /// The release notes, as written in the changelog.
    pub notes: Option<String>,
}

impl From<&Update> for AvailableUpdate {
    fn from(update: &Update) -> AvailableUpdate {
        AvailableUpdate {
            version: update.version.clone(),
            current_version: update.current_version.clone(),
            notes: update.body.clone().filter(|notes| !notes.trim().is_empty()),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error("this build has no update address: install a released version to get updates")]
    NotConfigured,
    #[error("{0}")]
    Updater(#[from] tauri_plugin_updater::Error),
}

/// The updater for this app: the configured endpoint, or in a debug build `ADVOCATES_UPDATE_ENDPOINT`.
pub fn updater<R: Runtime>(app: &AppHandle<R>) -> Result<Updater, UpdateError> {
    let mut builder = app.updater_builder();
    if let Some(endpoint) = endpoint_override() {
        builder = builder.endpoints(vec![endpoint])?;
    }
    builder.build().map_err(|err| match err {
        tauri_plugin_updater::Error::EmptyEndpoints => UpdateError::NotConfigured,
        other => UpdateError::Updater(other),
    })
}

fn endpoint_override() -> Option<tauri::Url> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var(ENDPOINT_OVERRIDE).ok().and_then(|url| url.parse().ok())
}

/// Asks the release server once. `None`: this is the newest version.
pub async fn check(updater: &Updater) -> Result<Option<Update>, UpdateError> {
    Ok(updater.check().await?)
}

/// Downloads the update and returns its bytes only if their signature verifies (the plugin refuses others).
pub async fn download(update: &Update) -> Result<Vec<u8>, UpdateError> {
    Ok(update.download(|_, _| {}, || {}).await?)
}

/// Whether the weekly check is due: only when the user switched it on, and a week after the last one.
pub fn weekly_check_due(enabled: bool, last: Option<NaiveDate>, today: NaiveDate) -> bool {
    enabled && last.is_none_or(|last| (today - last).num_days() >= WEEK_DAYS || today < last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_weekly_check_never_runs_unless_switched_on() {
        assert!(!weekly_check_due(false, None, day("2026-12-01")));
        assert!(!weekly_check_due(false, Some(day("2025-01-01")), day("2026-12-01")));
    }

    #[test]
    fn the_weekly_check_runs_once_a_week_when_on() {
        assert!(weekly_check_due(true, None, day("2026-12-01")), "the first day it is on");
        assert!(!weekly_check_due(true, Some(day("2026-12-01")), day("2026-12-01")));
        assert!(!weekly_check_due(true, Some(day("2026-12-01")), day("2026-12-07")));
        assert!(weekly_check_due(true, Some(day("2026-12-01")), day("2026-12-08")));
        assert!(weekly_check_due(true, Some(day("2026-12-01")), day("2027-03-01")), "after a long time off");
        assert!(weekly_check_due(true, Some(day("2027-01-01")), day("2026-12-01")), "the clock moved back");
    }
}
