//! Keys a person was imported under that their channels cannot hold, such as a vCard's UID (`uid:<UID>`): a
//! re-import of the same card finds the person again even after its name or email changed.

use rusqlite::{params, Transaction};

use crate::error::Result;

/// Remembers `key` for `person`; a key already held by someone keeps its first owner.
pub fn add(tx: &Transaction, person: &str, key: &str) -> Result<()> {
    tx.prepare_cached("INSERT OR IGNORE INTO person_keys (key, person_id) VALUES (?1, ?2)")?
        .execute(params![key, person])?;
    Ok(())
}

/// Every `(key, person)`, in key order.
pub fn all(tx: &Transaction) -> Result<Vec<(String, String)>> {
    let mut stmt = tx.prepare_cached("SELECT key, person_id FROM person_keys ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get("key")?, r.get("person_id")?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Gives `from`'s keys to `to` (a merge).
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached("UPDATE person_keys SET person_id = ?2 WHERE person_id = ?1")?.execute(params![from, to])?;
    Ok(())
}
