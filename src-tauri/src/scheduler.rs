//! The reminder loop: a thread that wakes at the next digest time — and at least once a minute, so sleep/resume
//! and clock changes are noticed — refreshes the tray, and sends the day's notifications once.
//! When to fire is decided by the pure [`crate::reminders::plan`]; the last digest date is persisted in the book.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

use advocates_core::store::settings;
use chrono::NaiveDate;
use tauri::{AppHandle, Manager, Runtime};

use crate::reminders::{self, DigestSettings};
use crate::{clock, notify, updates, AppState};

/// The settings key holding the date of the last digest sent.
pub const LAST_DIGEST: &str = "last_digest_date";
const MAX_SLEEP: Duration = Duration::from_secs(60);

/// Wakes the loop early (after a settings change or an action on a suggestion).
pub struct Waker(Mutex<Sender<()>>);

impl Waker {
    pub fn wake(&self) {
        let _ = self.0.lock().unwrap_or_else(|p| p.into_inner()).send(());
    }
}

pub fn start<R: Runtime>(app: AppHandle<R>) -> Waker {
    let (tx, rx) = mpsc::channel::<()>();
    std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || loop {
            let sleep = match tick(&app) {
                Ok(sleep) => sleep,
                Err(err) => {
                    eprintln!("advocates: reminders: {err}");
                    MAX_SLEEP
                }
            };
            match rx.recv_timeout(sleep) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        })
        .expect("start the reminders thread");
    Waker(Mutex::new(tx))
}

/// One wake: refresh the tray, fire the digest if it is due, and say how long to sleep.
fn tick<R: Runtime>(app: &AppHandle<R>) -> advocates_core::Result<Duration> {
    let state = app.state::<AppState>();
    let now = clock::now();
    let today = now.date_naive();
    let (book_settings, last): (_, Option<NaiveDate>) =
        state.store.read(|tx| Ok((settings::get(tx)?, settings::get_value(tx, LAST_DIGEST)?)))?;
    let open = advocates_core::today::open_acts(&state.store, today)?;
    #[cfg(desktop)]
    crate::tray::refresh(app, &open);
    let digest_settings =
        DigestSettings { digest_time: book_settings.digest_time, quiet_hours: book_settings.quiet_hours };
    let plan = reminders::plan(&now, &digest_settings, last);
    if let Some(day) = plan.fire_for {
        if book_settings.notifications {
            if let Some(message) = notify::digest_message(&open) {
                notify::send(app, &message);
            }
            if let Some(message) = notify::hard_message(&open) {
                notify::send(app, &message);
            }
        }
        state.store.write(|tx| settings::set_value(tx, LAST_DIGEST, &day))?;
    }
    weekly_update_check(app, today)?;
    let until_next = (plan.next - now).to_std().unwrap_or(Duration::ZERO);
    Ok(until_next.clamp(Duration::from_secs(1), MAX_SLEEP))
}

/// The opt-in weekly update check: asks the release server in the background when it is due, and notifies the user
/// of a newer version (installing stays their click in Settings). The day is recorded first, so a failed check (no
/// network) is not retried until the next week.
fn weekly_update_check<R: Runtime>(app: &AppHandle<R>, today: NaiveDate) -> advocates_core::Result<()> {
    let state = app.state::<AppState>();
    let (enabled, last) = state.store.read(|tx| {
        Ok((settings::get_value::<bool>(tx, updates::CHECK_WEEKLY)?, settings::get_value(tx, updates::LAST_CHECK)?))
    })?;
    if !updates::weekly_check_due(enabled.unwrap_or(false), last, today) {
        return Ok(());
    }
    state.store.write(|tx| settings::set_value(tx, updates::LAST_CHECK, &today))?;
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let found = match updates::updater(&app) {
            Ok(updater) => updates::check(&updater).await,
            Err(err) => Err(err),
        };
        match found {
            Ok(Some(update)) => notify::send(&app, &notify::update_message(&update.version)),
            Ok(None) => {}
            Err(err) => eprintln!("advocates: weekly update check: {err}"),
        }
    });
    Ok(())
}
