//! The `feedback` table — the row mapper, the checked append every write path shares, the list, the day-level
//! questions — and the `suggestion_shown` marks (which suggestions Today showed on a day); both keyed by suggestion
//! keys, which a merge of two people renames.

use chrono::NaiveDate;
use rusqlite::{params, Transaction};

use crate::error::Result;
use crate::model::Feedback;
use crate::validate::{self, At};

/// The feedback columns [`from_row`] reads.
pub(crate) const SELECT: &str = "SELECT suggestion, action, on_date, reason, until FROM feedback";

pub(crate) fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Feedback> {
    Ok(Feedback {
        suggestion: r.get("suggestion")?,
        action: r.get("action")?,
        on: r.get("on_date")?,
        reason: r.get("reason")?,
        until: r.get("until")?,
    })
}

/// Appends feedback (it is never edited: the history is what the engine learns from).
pub fn append(tx: &Transaction, at: &At, f: &Feedback) -> Result<()> {
    validate::feedback(at, f)?;
    tx.prepare_cached("INSERT INTO feedback (suggestion, action, on_date, reason, until) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![f.suggestion, f.action, f.on, f.reason, f.until])?;
    Ok(())
}

/// Every feedback row, in insertion order.
pub fn all(tx: &Transaction) -> Result<Vec<Feedback>> {
    let mut stmt = tx.prepare_cached(&format!("{SELECT} ORDER BY seq"))?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

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

/// Renames a person inside suggestion keys (`check_in:ben:2025-01-20` → `check_in:ana:2025-01-20`) in the feedback
/// history and the shown-suggestions log, so that what the user said about a merged person still holds.
pub fn rename_person_in_suggestion_keys(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    let rename = |key: &str| -> Option<String> {
        let segments: Vec<&str> = key.split(':').collect();
        segments
            .contains(&from)
            .then(|| segments.iter().map(|s| if *s == from { to } else { s }).collect::<Vec<_>>().join(":"))
    };
    let mut stmt = tx.prepare_cached("SELECT seq, suggestion FROM feedback WHERE suggestion LIKE ?1")?;
    let pattern = format!("%{from}%");
    let rows: Vec<(i64, String)> =
        stmt.query_map([&pattern], |r| Ok((r.get("seq")?, r.get("suggestion")?)))?.collect::<rusqlite::Result<_>>()?;
    for (seq, key) in rows {
        if let Some(renamed) = rename(&key) {
            tx.prepare_cached("UPDATE feedback SET suggestion = ?2 WHERE seq = ?1")?.execute(params![seq, renamed])?;
        }
    }
    let mut stmt = tx.prepare_cached("SELECT suggestion, on_date FROM suggestion_shown WHERE suggestion LIKE ?1")?;
    let rows: Vec<(String, String)> = stmt
        .query_map([&pattern], |r| Ok((r.get("suggestion")?, r.get("on_date")?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (key, on) in rows {
        if let Some(renamed) = rename(&key) {
            tx.prepare_cached("DELETE FROM suggestion_shown WHERE suggestion = ?1 AND on_date = ?2")?
                .execute(params![key, on])?;
            tx.prepare_cached("INSERT OR IGNORE INTO suggestion_shown (suggestion, on_date) VALUES (?1, ?2)")?
                .execute(params![renamed, on])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_day, FeedbackAction};
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
                append(tx, &at(""), &row("thank:f1", FeedbackAction::Done))?;
                append(tx, &at(""), &row("check_in:ana", FeedbackAction::Snoozed))?;
                append(tx, &at(""), &row("reconnect:ana", FeedbackAction::Snoozed))?;
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
