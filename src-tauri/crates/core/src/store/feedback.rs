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

/// Marks these suggestions as shown on `day` (once per key per day).
pub fn mark_shown(tx: &Transaction, keys: &[String], day: NaiveDate) -> Result<()> {
    let mut stmt = tx.prepare_cached("INSERT OR IGNORE INTO suggestion_shown (suggestion, on_date) VALUES (?1, ?2)")?;
    for key in keys {
        stmt.execute(params![key, day])?;
    }
    Ok(())
}
