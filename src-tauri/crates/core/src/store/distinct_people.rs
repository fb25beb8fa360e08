//! Pairs the user said are not the same person: the duplicate finder never queues them again.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::Result;

/// The pair in the stored order (ids in byte order).
pub(crate) fn ordered<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

pub fn remember(tx: &Transaction, a: &str, b: &str) -> Result<()> {
    let (a, b) = ordered(a, b);
    tx.prepare_cached("INSERT OR IGNORE INTO distinct_people (person_a, person_b) VALUES (?1, ?2)")?
        .execute(params![a, b])?;
    Ok(())
}

/// Forgets that two people are different (the undo of "not the same person").
pub fn forget(tx: &Transaction, a: &str, b: &str) -> Result<()> {
    let (a, b) = ordered(a, b);
    tx.prepare_cached("DELETE FROM distinct_people WHERE person_a = ?1 AND person_b = ?2")?.execute(params![a, b])?;
    Ok(())
}

pub fn contains(tx: &Transaction, a: &str, b: &str) -> Result<bool> {
    let (a, b) = ordered(a, b);
    let found = tx
        .prepare_cached("SELECT 1 FROM distinct_people WHERE person_a = ?1 AND person_b = ?2")?
        .query_row(params![a, b], |_| Ok(()))
        .optional()?;
    Ok(found.is_some())
}

/// After a merge, what the user said about `from` holds for `to`.
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "SELECT CASE WHEN person_a = ?1 THEN person_b ELSE person_a END AS other FROM distinct_people
         WHERE person_a = ?1 OR person_b = ?1",
    )?;
    let others: Vec<String> = stmt.query_map([from], |r| r.get("other"))?.collect::<rusqlite::Result<_>>()?;
    for other in others.iter().filter(|o| o.as_str() != to) {
        remember(tx, to, other)?;
    }
    tx.prepare_cached("DELETE FROM distinct_people WHERE person_a = ?1 OR person_b = ?1")?.execute([from])?;
    Ok(())
}
