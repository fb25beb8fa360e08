//! Row counts for tests outside `store/` that check what an operation left in each table (an import, a merge): the
//! SQL stays here. Table and column names are checked to be plain identifiers; values are bound.

use rusqlite::Transaction;

use crate::error::Result;

fn identifier(name: &str) -> &str {
    assert!(
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
        "not a plain identifier: {name:?}"
    );
    name
}

/// How many rows of `table` have every `(column, value)` of `filters` (all of them, when `filters` is empty).
pub fn rows(tx: &Transaction, table: &str, filters: &[(&str, &str)]) -> Result<i64> {
    let mut sql = format!("SELECT count(*) FROM {}", identifier(table));
    for (i, (column, _)) in filters.iter().enumerate() {
        sql += if i == 0 { " WHERE " } else { " AND " };
        sql += &format!("{} = ?{}", identifier(column), i + 1);
    }
    let values = rusqlite::params_from_iter(filters.iter().map(|(_, value)| *value));
    Ok(tx.query_row(&sql, values, |r| r.get(0))?)
}
