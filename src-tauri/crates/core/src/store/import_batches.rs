//! Contacts imports remembered as batches: which people each import added, and which people already in the book it
//! filled in (with how they were before and after), so the whole import can be undone while nothing new hangs on it.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::Person;

/// A person an import touched.
#[derive(Debug, Clone, PartialEq)]
pub enum Touched {
    /// Created by the import.
    Added(String),
    /// Already in the book and filled in by the import: as they were before it and as it left them.
    Filled { before: Box<Person>, after: Box<Person> },
}

/// How many imports stay undoable: the most recent ones (older batches are forgotten as new ones start, so a book
/// imported into every week does not keep every import's people forever).
pub const KEPT: i64 = 5;

/// Starts a batch and returns its id, forgetting all but the [`KEPT`] most recent batches.
pub fn start(tx: &Transaction, format: &str, source: &str, today: NaiveDate) -> Result<i64> {
    tx.prepare_cached(
        "DELETE FROM import_batches WHERE id NOT IN (SELECT id FROM import_batches ORDER BY id DESC LIMIT ?1)",
    )?
    .execute([KEPT - 1])?;
    tx.prepare_cached("INSERT INTO import_batches (format, source, imported_on) VALUES (?1, ?2, ?3)")?
        .execute(params![format, source, today])?;
    Ok(tx.last_insert_rowid())
}

fn to_json(p: &Person) -> String {
    serde_json::to_string(p).expect("a person serializes")
}

/// Remembers a person the batch touched.
pub fn add(tx: &Transaction, batch: i64, touched: &Touched) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO import_batch_people (batch_id, person_id, added, before, after) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    match touched {
        Touched::Added(id) => stmt.execute(params![batch, id, 1, None::<String>, None::<String>])?,
        Touched::Filled { before, after } => {
            stmt.execute(params![batch, before.id, 0, to_json(before), to_json(after)])?
        }
    };
    Ok(())
}

/// The people a batch touched, added ones first; `NotFound` when there is no such batch (or it was undone).
pub fn people(tx: &Transaction, batch: i64) -> Result<Vec<Touched>> {
    let known =
        tx.prepare_cached("SELECT 1 FROM import_batches WHERE id = ?1")?.query_row([batch], |_| Ok(())).optional()?;
    if known.is_none() {
        return Err(Error::NotFound { kind: "import", id: batch.to_string() });
    }
    let mut stmt = tx.prepare_cached(
        "SELECT person_id, added, before, after FROM import_batch_people WHERE batch_id = ?1
         ORDER BY added DESC, person_id",
    )?;
    let rows = stmt.query_map([batch], |r| {
        let id: String = r.get("person_id")?;
        let added: bool = r.get("added")?;
        let before: Option<String> = r.get("before")?;
        let after: Option<String> = r.get("after")?;
        Ok((id, added, before, after))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, added, before, after) = row?;
        let parse = |json: Option<String>| -> Result<Box<Person>> {
            serde_json::from_str(json.as_deref().unwrap_or("null"))
                .map_err(|err| Error::invalid("import", format!("keeps an unreadable person {id}: {err}")))
        };
        out.push(if added {
            Touched::Added(id)
        } else {
            Touched::Filled { before: parse(before)?, after: parse(after)? }
        });
    }
    Ok(out)
}

/// The ids a batch added, in the order they came in (rowid order).
pub fn added(tx: &Transaction, batch: i64) -> Result<Vec<String>> {
    let mut stmt = tx
        .prepare_cached("SELECT person_id FROM import_batch_people WHERE batch_id = ?1 AND added = 1 ORDER BY rowid")?;
    let rows = stmt.query_map([batch], |r| r.get("person_id"))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Forgets a batch (after its undo).
pub fn delete(tx: &Transaction, batch: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM import_batches WHERE id = ?1")?.execute([batch])?;
    Ok(())
}

/// A person merged with another is no longer what an import brought: undoing it must not remove them.
pub fn forget_person(tx: &Transaction, person: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM import_batch_people WHERE person_id = ?1")?.execute([person])?;
    Ok(())
}
