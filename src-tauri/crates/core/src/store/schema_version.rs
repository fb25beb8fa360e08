//! The book's schema version: how many migrations its file has been through (SQLite's `user_version`, which the
//! migrations keep). About shows it beside the app's version and the archive format's.

use rusqlite::Transaction;

use crate::Result;

pub fn get(tx: &Transaction) -> Result<i64> {
    Ok(tx.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

#[cfg(test)]
mod tests {
    use crate::Store;

    /// A fresh book is at the last migration: the version counts every migration file.
    #[test]
    fn a_fresh_book_is_at_the_last_migration() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/schema/migrations");
        let files = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sql"))
            .count();
        let store = Store::in_memory().unwrap();
        let version = store.read(super::get).unwrap();
        assert_eq!(version, files as i64);
        assert!(version >= 4);
    }
}
