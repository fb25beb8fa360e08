//! The reminder loop (the daily digest and the weekly review): a thread that wakes at the next digest or review time — and at least once a minute, so sleep/resume
//! and clock changes are noticed — refreshes the tray, and sends the day's notifications once.
//! When to fire is decided by the pure [`crate::reminders::plan`]; the last digest date is persisted in the book.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

use advocates_core::store::settings;
use chrono::NaiveDate;
use tauri::{AppHandle, Manager, Runtime};

use crate::reminders::{self, DigestSettings, WeeklySettings};
use crate::{clock, notify, AppState};

/// The settings key holding the date of the last digest sent.
pub const LAST_DIGEST: &str = "last_digest_date";
/// The settings key holding the review day of the last weekly review sent.
pub const LAST_REVIEW: &str = "last_review_date";
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
    let (book_settings, last, review_settings, last_review): (_, Option<NaiveDate>, _, Option<NaiveDate>) =
        state.store.read(|tx| {
            Ok((
                settings::get(tx)?,
                settings::get_value(tx, LAST_DIGEST)?,
                settings::review(tx)?,
                settings::get_value(tx, LAST_REVIEW)?,
            ))
        })?;
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
    // The weekly review: once a week at its day and time, outside quiet hours, like the digest.
    let weekly = WeeklySettings {
        day: review_settings.day.weekday(),
        time: review_settings.time,
        quiet_hours: book_settings.quiet_hours,
    };
    let weekly_plan = reminders::plan_weekly(&now, &weekly, last_review);
    if let Some(day) = weekly_plan.fire_for {
        if book_settings.notifications {
            let review = advocates_core::standings::review_for(&state.store, today)?;
            notify::send_with_id(app, &notify::review_message(&review), notify::REVIEW_ID);
        }
        state.store.write(|tx| settings::set_value(tx, LAST_REVIEW, &day))?;
    }
    let next = plan.next.min(weekly_plan.next);
    let until_next = (next - now).to_std().unwrap_or(Duration::ZERO);
    Ok(until_next.clamp(Duration::from_secs(1), MAX_SLEEP))
}
