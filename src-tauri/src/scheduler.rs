//! The reminder loop (the daily digest and the weekly review): a thread that wakes at the next digest or review time — and at least once a minute, so sleep/resume
//! and clock changes are noticed — refreshes the tray, and sends the day's notifications once.
//! When to fire is decided by the pure [`crate::reminders::plan`]; the last digest date is persisted in the book.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

use advocates_core::store::settings;
use advocates_core::Store;
use chrono::NaiveDate;
use tauri::{AppHandle, Manager, Runtime};

use crate::notify::Privacy;
use crate::reminders::{self, DigestSettings, WeeklySettings};
use crate::{clock, notify, updates, AppState};

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
    if !state.store.is_open() {
        // Locked, or the window is offering a backup for a book that could not be opened: nothing to show or send.
        #[cfg(desktop)]
        crate::tray::show_locked(app);
        return Ok(MAX_SLEEP);
    }
    // The first wake after the app opened the book, or a day turned while it runs: the day's backup and the trash's
    // upkeep, here rather than before the window could paint.
    if state.upkept.lock().unwrap_or_else(|p| p.into_inner()).replace(today) != Some(today) {
        state.store.upkeep(today)?;
    }
    let open = advocates_core::today::open_acts(&state.store, today)?;
    let privacy = privacy(&state.store)?;
    #[cfg(desktop)]
    crate::tray::refresh(app, &open, privacy);
    let plan = deliver(&state.store, &now, &open, privacy, |message| notify::send(app, message))?;
    let weekly =
        deliver_review(&state.store, &now, today, |message| notify::send_with_id(app, message, notify::REVIEW_ID))?;
    weekly_update_check(app, today)?;
    let until_next = (plan.min(weekly) - now).to_std().unwrap_or(Duration::ZERO);
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

/// Sends the weekly review's notification if it is due, exactly once, like the digest: the week is claimed in the
/// book first. Counts only, never names. Returns when it is next due.
pub fn deliver_review<Tz: chrono::TimeZone>(
    store: &Store,
    now: &chrono::DateTime<Tz>,
    today: NaiveDate,
    mut send: impl FnMut(&notify::Message),
) -> advocates_core::Result<chrono::DateTime<Tz>> {
    let (book_settings, review_settings, last_review): (_, _, Option<NaiveDate>) =
        store.read(|tx| Ok((settings::get(tx)?, settings::review(tx)?, settings::get_value(tx, LAST_REVIEW)?)))?;
    let weekly = WeeklySettings {
        day: review_settings.day.weekday(),
        time: review_settings.time,
        quiet_hours: book_settings.quiet_hours,
    };
    let plan = reminders::plan_weekly(now, &weekly, last_review);
    if let Some(day) = plan.fire_for {
        store.write(|tx| settings::set_value(tx, LAST_REVIEW, &day))?;
        if book_settings.notifications {
            let review = advocates_core::standings::review_for(store, today)?;
            if notify::review_worth_sending(&review) {
                send(&notify::review_message(&review));
            }
        }
    }
    Ok(plan.next)
}

/// The settings key of the "Private notifications" switch (on unless turned off).
pub const PRIVATE_NOTIFICATIONS: &str = "private_notifications";

pub fn privacy(store: &Store) -> advocates_core::Result<Privacy> {
    let private: Option<bool> = store.read(|tx| settings::get_value(tx, PRIVATE_NOTIFICATIONS))?;
    Ok(if private.unwrap_or(true) { Privacy::Private } else { Privacy::Named })
}

/// Sends the day's digest if it is due, exactly once: the day is claimed in the book first, and only a successful
/// claim sends. A failed write sends nothing now and is tried again on the next wake. Returns the next wake.
pub fn deliver<Tz: chrono::TimeZone>(
    store: &Store,
    now: &chrono::DateTime<Tz>,
    open: &[advocates_core::engine::Suggestion],
    privacy: Privacy,
    mut send: impl FnMut(&notify::Message),
) -> advocates_core::Result<chrono::DateTime<Tz>> {
    let (book_settings, last): (_, Option<NaiveDate>) =
        store.read(|tx| Ok((settings::get(tx)?, settings::get_value(tx, LAST_DIGEST)?)))?;
    let digest_settings =
        DigestSettings { digest_time: book_settings.digest_time, quiet_hours: book_settings.quiet_hours };
    let plan = reminders::plan(now, &digest_settings, last);
    if let Some(day) = plan.fire_for {
        store.write(|tx| settings::set_value(tx, LAST_DIGEST, &day))?;
        if book_settings.notifications {
            if let Some(message) = notify::digest_message(open, privacy) {
                send(&message);
            }
            if let Some(message) = notify::hard_message(open, privacy) {
                send(&message);
            }
        }
    }
    Ok(plan.next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::tests::suggestion;
    use chrono::TimeZone;

    /// The day's digest goes out exactly once: not when the write that claims the day fails (a full disk, a locked
    /// book), then once when it succeeds, and never again that day.
    #[test]
    fn the_digest_is_sent_exactly_once_even_when_a_write_fails() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(dir.path()).unwrap();
        let open = [suggestion("thank:f1", "Thank Ben for the referral", false)];
        let at_nine = chrono::Utc.with_ymd_and_hms(2025, 3, 10, 9, 0, 0).unwrap();
        let mut sent = Vec::new();
        // A real failing write: the book refuses to record the digest's day.
        store
            .write(|tx| {
                Ok(tx.execute_batch(
                    "CREATE TRIGGER refuse BEFORE INSERT ON settings WHEN new.key = 'last_digest_date'
                     BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
                )?)
            })
            .unwrap();
        let failed = deliver(&store, &at_nine, &open, Privacy::Private, |m| sent.push(m.clone()));
        assert!(failed.is_err());
        assert!(sent.is_empty(), "nothing is sent when the day cannot be claimed");
        store.write(|tx| Ok(tx.execute_batch("DROP TRIGGER refuse")?)).unwrap();
        for minute in 0..3 {
            let now = at_nine + chrono::Duration::minutes(minute);
            deliver(&store, &now, &open, Privacy::Private, |m| sent.push(m.clone())).unwrap();
        }
        assert_eq!(sent.len(), 1, "{sent:?}");
        assert_eq!(sent[0].title, "1 thoughtful act today");
    }

    /// A newcomer's empty first week brings no review notification (the week is still marked as reviewed).
    #[test]
    fn an_empty_week_sends_no_review() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(dir.path()).unwrap();
        let sunday_evening = chrono::Utc.with_ymd_and_hms(2025, 3, 9, 18, 5, 0).unwrap();
        let today = sunday_evening.date_naive();
        let mut sent = Vec::new();
        deliver_review(&store, &sunday_evening, today, |m| sent.push(m.clone())).unwrap();
        assert!(sent.is_empty(), "{sent:?}");
        let claimed: Option<NaiveDate> = store.read(|tx| settings::get_value(tx, LAST_REVIEW)).unwrap();
        assert_eq!(claimed, Some(today));
    }
}
