//! The store: one SQLite file, two doors. Reads go through [`Store::read`], writes through [`Store::write`], each in
//! one transaction, so a failed operation leaves the book exactly as it was. One file per domain below holds the
//! queries for that domain's tables.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::Result;
use crate::schema;

pub mod bulk;
mod contacts;
pub mod distinct_people;
pub mod duplicates;
pub mod events;
pub mod favors;
pub mod feedback;
pub mod follow_ups;
pub mod goals;
pub mod interactions;
pub mod items;
pub mod people;
pub mod person_keys;
pub mod records;
pub mod sample;
pub mod schema_version;
pub mod search;
pub mod settings;
pub mod snapshot;
pub mod timeline;

/// The database file's name inside the data dir.
pub const DB_FILE: &str = "advocates.db";

pub struct Store {
    writer: Mutex<Connection>,
    /// A second connection for reads, so the UI can read while a long write (an import) runs. `None` in memory,
    /// where the writer serves both.
    reader: Option<Mutex<Connection>>,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the book at `path`, migrated to the latest schema. A new file is created user-only
    /// (0600 on Unix) before SQLite touches it; SQLite gives its WAL and SHM files the same mode.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent() {
            create_private_dir(dir)?;
        }
        create_private_file(path)?;
        let mut writer = Connection::open(path)?;
        configure(&writer)?;
        writer.pragma_update(None, "journal_mode", "WAL")?;
        schema::migrations().to_latest(&mut writer)?;
        let reader = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )?;
        configure(&reader)?;
        let store = Store { writer: Mutex::new(writer), reader: Some(Mutex::new(reader)), path: Some(path.to_owned()) };
        store.write(|_| Ok(()))?; // a migration may have marked summaries stale
        Ok(store)
    }

    /// Opens the book in `dir` (creating the dir), as the app and the CLI do.
    pub fn open_in_dir(dir: &Path) -> Result<Store> {
        Store::open(&dir.join(DB_FILE))
    }

    /// A private in-memory book: every test owns its own.
    pub fn in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        schema::migrations().to_latest(&mut conn)?;
        Ok(Store { writer: Mutex::new(conn), reader: None, path: None })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one read transaction: it sees one consistent state of the book.
    pub fn read<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let lock = self.reader.as_ref().unwrap_or(&self.writer);
        let mut conn = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let value = f(&tx)?;
        tx.finish()?;
        Ok(value)
    }

    /// Moves the write-ahead log into the database file and truncates it, after a large write (an import), so the
    /// book is not left with a log the size of what was written.
    pub fn checkpoint(&self) -> Result<()> {
        let conn = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Runs `f` in one write transaction: it commits when `f` returns `Ok`, and rolls back entirely otherwise.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        // Summaries the engine reads are rebuilt for what this write touched, before anyone can read it.
        contacts::refresh_stale(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in a write transaction that is always rolled back: what a write would do (an import's dry run),
    /// computed against the real book, without doing it.
    pub fn dry_run<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.rollback()?;
        Ok(value)
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Up to 32 MB of pages in memory (SQLite's default is 2 MB): a 10k-person import's indexes then stay in memory
    // instead of being re-read for each of 200k rows. The cache only grows as far as pages are used.
    conn.pragma_update(None, "cache_size", -32_000)?;
    // Imports and the engine's loader reuse a few dozen statements; keep them all prepared.
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    Ok(())
}

fn create_private_file(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_changes_nothing() {
        let store = Store::in_memory().unwrap();
        let result: Result<()> = store.write(|tx| {
            tx.execute("INSERT INTO people (id, name) VALUES ('ana', 'Ana')", [])?;
            Err(crate::Error::invalid("name", "forced failure"))
        });
        assert!(result.is_err());
        let count: i64 = store.read(|tx| Ok(tx.query_row("SELECT count(*) FROM people", [], |r| r.get(0))?)).unwrap();
        assert_eq!(count, 0);
    }

    #[test]
    fn foreign_keys_are_enforced() {
        let store = Store::in_memory().unwrap();
        let err = store
            .write(|tx| Ok(tx.execute("INSERT INTO tags (person_id, position, tag) VALUES ('nobody', 0, 'x')", [])?))
            .unwrap_err();
        assert_eq!(err.code(), "database");
    }

    #[cfg(unix)]
    #[test]
    fn the_database_file_is_user_only_and_in_wal_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(&dir.path().join("nested")).unwrap();
        let mode = std::fs::metadata(store.path().unwrap()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let journal: String = store.read(|tx| Ok(tx.query_row("PRAGMA journal_mode", [], |r| r.get(0))?)).unwrap();
        assert_eq!(journal, "wal");
    }

    #[test]
    fn reopening_keeps_the_book() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open_in_dir(dir.path()).unwrap();
            store.write(|tx| Ok(tx.execute("INSERT INTO people (id, name) VALUES ('ana', 'Ana')", [])?)).unwrap();
        }
        let store = Store::open_in_dir(dir.path()).unwrap();
        let name: String =
            store.read(|tx| Ok(tx.query_row("SELECT name FROM people WHERE id = 'ana'", [], |r| r.get(0))?)).unwrap();
        assert_eq!(name, "Ana");
    }
}
