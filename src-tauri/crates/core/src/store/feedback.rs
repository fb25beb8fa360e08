//! The feedback table's day-level questions, and the `suggestion_shown` marks (which suggestions Today showed on a
//! day). Appending and reading feedback rows is in `records` with the archive's other records.

use chrono::NaiveDate;
use rusqlite::{params, Transaction};

use crate::error::Result;

/// How many distinct suggestions got feedback (done, snoozed or dismissed) on `day`.
pub fn acted_on(tx: &Transaction, day: NaiveDate) -> Result<usize> {
    let n: i64 =
        tx.query_row("SELECT count(DISTINCT suggestion) FROM feedback WHERE on_date = ?1", [day], |r| r.get(0))?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// How many distinct suggestions were marked done on `day`.
pub fn done_on(tx: &Transaction, day: NaiveDate) -> Result<usize> {
    let n: i64 = tx.query_row(
        "SELECT count(DISTINCT suggestion) FROM feedback WHERE on_date = ?1 AND action = 'done'",
        [day],
        |r| r.get(0),
    )?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// How many "shown" marks the book holds (any day).
pub fn shown_marks(tx: &Transaction) -> Result<usize> {
    let n: i64 = tx.query_row("SELECT count(*) FROM suggestion_shown", [], |r| r.get(0))?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Marks these suggestions as shown on `day` (once per key per day).
pub fn mark_shown(tx: &Transaction, keys: &[String], day: NaiveDate) -> Result<()> {
    let mut stmt = tx.prepare_cached("INSERT OR IGNORE INTO suggestion_shown (suggestion, on_date) VALUES (?1, ?2)")?;
    for key in keys {
        stmt.execute(params![key, day])?;
    }
    Ok(())
}

/// Undoes "Snooze all until tomorrow" of `day`: removes that day's snoozes of `keys` and reopens the day. Feedback is
/// otherwise never edited; this takes back, within seconds, rows the user just wrote by mistake.
pub fn undo_snooze_all(tx: &Transaction, keys: &[String], day: NaiveDate) -> Result<usize> {
    let mut removed = 0;
    for key in keys {
        removed += tx
            .prepare_cached("DELETE FROM feedback WHERE suggestion = ?1 AND on_date = ?2 AND action = 'snoozed'")?
            .execute(params![key, day])?;
    }
    tx.execute("DELETE FROM settings WHERE key = ?1", [crate::today::SNOOZED_DAY])?;
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_day, Feedback, FeedbackAction};
    use crate::store::records::append_feedback;
    use crate::store::settings;
    use crate::validate::at;
    use crate::Store;

    fn book() -> Store {
        Store::in_memory().unwrap()
    }

    #[test]
    fn only_done_counts_and_a_snooze_all_can_be_taken_back() {
        let store = book();
        let day = parse_day("2025-03-10").unwrap();
        let row = |key: &str, action: FeedbackAction| Feedback {
            suggestion: key.into(),
            action,
            on: day,
            reason: None,
            until: (action == FeedbackAction::Snoozed).then(|| parse_day("2025-03-11").unwrap()),
        };
        store
            .write(|tx| {
                append_feedback(tx, &at(""), &row("thank:f1", FeedbackAction::Done))?;
                append_feedback(tx, &at(""), &row("check_in:ana", FeedbackAction::Snoozed))?;
                append_feedback(tx, &at(""), &row("reconnect:ana", FeedbackAction::Snoozed))?;
                settings::set_value(tx, crate::today::SNOOZED_DAY, &day)
            })
            .unwrap();
        assert_eq!(store.read(|tx| done_on(tx, day)).unwrap(), 1);
        assert_eq!(store.read(|tx| acted_on(tx, day)).unwrap(), 3);
        let keys = vec!["check_in:ana".to_owned(), "reconnect:ana".to_owned()];
        assert_eq!(store.write(|tx| undo_snooze_all(tx, &keys, day)).unwrap(), 2);
        let left: i64 = store.read(|tx| Ok(tx.query_row("SELECT count(*) FROM feedback", [], |r| r.get(0))?)).unwrap();
        assert_eq!(left, 1, "the done act stays");
        let snoozed: Option<chrono::NaiveDate> =
            store.read(|tx| settings::get_value(tx, crate::today::SNOOZED_DAY)).unwrap();
        assert_eq!(snoozed, None);
    }
}
