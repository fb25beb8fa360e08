//! Helpers shared by the per-table files: fresh readable ids, the checks every insert makes (the id is new, the
//! people it names exist), and `(owner, value)` child lists read in one pass.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::validate::At;

/// Whether `table` already holds a row with this id.
pub(crate) fn taken(tx: &Transaction, table: &str, id: &str) -> Result<bool> {
    let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
    Ok(tx.prepare_cached(&sql)?.query_row([id], |_| Ok(())).optional()?.is_some())
}

/// The id must be new in `table`: a taken one is a duplicate of `kind`.
pub(crate) fn ensure_new(tx: &Transaction, table: &str, kind: &'static str, id: &str) -> Result<()> {
    if taken(tx, table, id)? {
        return Err(Error::Duplicate { kind, id: id.to_owned() });
    }
    Ok(())
}

/// The person must exist: a reference to anyone else is an error naming the field and the id.
pub fn ensure_person(tx: &Transaction, at: &At, id: &str) -> Result<()> {
    if !super::people::exists(tx, id)? {
        return Err(not_a_person(at, id));
    }
    Ok(())
}

/// What [`ensure_person`] says of an id that is not a person.
pub(crate) fn not_a_person(at: &At, id: &str) -> Error {
    at.err(format!("\"{id}\" is not a person in the book"))
}

/// An insert's outcome with a clash on the table's key named as a duplicate of `kind`: the key's own constraint
/// checks it, with no lookup before each insert (an import inserts 200k interactions).
pub(crate) fn inserted(result: rusqlite::Result<usize>, kind: &'static str, id: &str) -> Result<()> {
    match result {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if matches!(
                e.extended_code,
                rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY | rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            ) =>
        {
            Err(Error::Duplicate { kind, id: id.to_owned() })
        }
        Err(err) => Err(err.into()),
    }
}

/// A fresh, readable id for a new record of `table`: `base` cut to fit, then `base-2`, `base-3`… until unused.
pub fn fresh_id(tx: &Transaction, table: &str, base: &str) -> Result<String> {
    let mut base: String = base
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') { c } else { '-' })
        .take(56)
        .collect();
    if base.is_empty() {
        base.push('r');
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken(tx, table, &candidate)? {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    Ok(candidate)
}

/// `(owner, value)` rows grouped by owner, keeping the query's order within each owner. The query names its two
/// columns `owner` and `value` (`SELECT goal_id AS owner, topic AS value …`).
pub(crate) fn lists_by_owner(tx: &Transaction, sql: &str) -> Result<HashMap<String, Vec<String>>> {
    let mut lists: HashMap<String, Vec<String>> = HashMap::new();
    let mut stmt = tx.prepare_cached(sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        lists.entry(r.get("owner")?).or_default().push(r.get("value")?);
    }
    Ok(lists)
}
