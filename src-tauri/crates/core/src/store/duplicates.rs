//! The queue of possible duplicates: pairs of people who may be one, with a score and its reasons, waiting for the
//! user to merge them or to say they are different (then [`super::distinct_people`] remembers it).

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::distinct_people::{self, ordered};
use crate::error::Result;

/// Two people who may be one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicatePair {
    /// The two ids, in byte order.
    pub people: [String; 2],
    /// 0..1: how alike they are.
    pub score: f64,
    /// Why they look alike ("same name", "same company"…), strongest first.
    pub reasons: Vec<String>,
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<DuplicatePair> {
    let reasons: String = r.get("reasons")?;
    Ok(DuplicatePair {
        people: [r.get("person_a")?, r.get("person_b")?],
        score: r.get("score")?,
        reasons: serde_json::from_str(&reasons).unwrap_or_default(),
    })
}

/// Queues a pair, unless the user said they are different people. A pair already queued keeps its higher score.
/// Returns true when the pair is newly queued.
pub fn queue(tx: &Transaction, a: &str, b: &str, score: f64, reasons: &[String]) -> Result<bool> {
    if a == b || distinct_people::contains(tx, a, b)? {
        return Ok(false);
    }
    let (a, b) = ordered(a, b);
    let known = get(tx, a, b)?;
    if known.as_ref().is_some_and(|k| k.score >= score) {
        return Ok(false);
    }
    let reasons = serde_json::to_string(reasons).expect("strings serialize");
    tx.prepare_cached(
        "INSERT INTO duplicate_candidates (person_a, person_b, score, reasons) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (person_a, person_b) DO UPDATE SET score = excluded.score, reasons = excluded.reasons",
    )?
    .execute(params![a, b, score.clamp(0.0, 1.0), reasons])?;
    Ok(known.is_none())
}

pub fn get(tx: &Transaction, a: &str, b: &str) -> Result<Option<DuplicatePair>> {
    let (a, b) = ordered(a, b);
    Ok(tx
        .prepare_cached(
            "SELECT person_a, person_b, score, reasons FROM duplicate_candidates WHERE person_a = ?1 AND person_b = ?2",
        )?
        .query_row(params![a, b], from_row)
        .optional()?)
}

/// Every queued pair, strongest first.
pub fn list(tx: &Transaction) -> Result<Vec<DuplicatePair>> {
    let mut stmt = tx.prepare_cached(
        "SELECT person_a, person_b, score, reasons FROM duplicate_candidates ORDER BY score DESC, person_a, person_b",
    )?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Takes a pair off the queue (merged, or judged different).
pub fn forget(tx: &Transaction, a: &str, b: &str) -> Result<()> {
    let (a, b) = ordered(a, b);
    tx.prepare_cached("DELETE FROM duplicate_candidates WHERE person_a = ?1 AND person_b = ?2")?
        .execute(params![a, b])?;
    Ok(())
}

/// After `from` was merged into `to`, its other pairs are `to`'s (unless judged different).
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "SELECT person_a, person_b, score, reasons FROM duplicate_candidates WHERE person_a = ?1 OR person_b = ?1",
    )?;
    let pairs: Vec<DuplicatePair> = stmt.query_map([from], from_row)?.collect::<rusqlite::Result<_>>()?;
    tx.prepare_cached("DELETE FROM duplicate_candidates WHERE person_a = ?1 OR person_b = ?1")?.execute([from])?;
    for pair in pairs {
        let other = if pair.people[0] == from { &pair.people[1] } else { &pair.people[0] };
        if other != to {
            queue(tx, to, other, pair.score, &pair.reasons)?;
        }
    }
    Ok(())
}
