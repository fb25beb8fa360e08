//! The store: one SQLite file, two doors. Reads go through [`Store::read`], writes through [`Store::write`], each in
//! one transaction, so a failed operation leaves the book exactly as it was. One file per domain below holds the
//! queries for that domain's tables.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use chrono::NaiveDate;

use crate::crypt::{self, BookKey, KeyFile, Unlock};
use crate::error::{Error, Result};
use crate::schema;

pub mod backup;
pub mod bulk;
mod contacts;
pub mod distinct_people;
pub mod duplicates;
pub mod encryption;
pub mod events;
pub mod favors;
pub mod feedback;
pub mod follow_ups;
pub mod goals;
pub mod ids;
pub mod import_batches;
pub mod interactions;
pub mod items;
pub mod ladder;
pub mod people;
pub mod person_keys;
pub mod sample;
pub mod schema_version;
pub mod search;
pub mod settings;
pub mod snapshot;
#[cfg(test)]
pub(crate) mod tally;
pub mod timeline;
pub mod trash;

/// The database file's name inside the data dir.
pub const DB_FILE: &str = "advocates.db";

pub struct Store {
    /// A second connection for reads, so the UI can read while a long write (an import) runs. `None` in memory,
    /// where the writer serves both. Declared before the writer so that it is closed first: the last connection to
    /// close checkpoints the write-ahead log and removes it, which a read-only one cannot do. The other way round,
    /// a large write's log (248 MB after building a 50k-person book) was left behind, and every later process paid
    /// ~85 ms to open the book (issue 12).
    reader: Option<Mutex<Connection>>,
    writer: Mutex<Connection>,
    path: Option<PathBuf>,
    /// The key of an open encrypted book (for its backups, and to open it again after a restore).
    key: Mutex<Option<BookKey>>,
    /// True when this open created a new book unencrypted because no keychain or passphrase was at hand.
    created_unencrypted: bool,
}

impl Store {
    /// Opens (or creates) the book at `path`, migrated to the latest schema, without the daily upkeep (tests and
    /// tools; the app and the CLI use [`Store::open_book`]).
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_on(path, None, &Unlock::nothing())
    }

    /// Opens (or creates) the book at `path` like [`Store::open`], unlocked (or created encrypted) by `unlock`.
    pub fn open_with(path: &Path, unlock: &Unlock) -> Result<Store> {
        Store::open_on(path, None, unlock)
    }

    /// Opens the book in `dir` as the app and the CLI do: migrated (after a backup, when a migration is due), then
    /// the day's upkeep — the first open of `today` takes the daily backup and prunes old ones, and the trash drops
    /// what it has kept for 30 days.
    ///
    /// An encrypted book is unlocked by `unlock` (a passphrase if given, else the OS keychain); without a key it is
    /// [`Error::Locked`] and nothing is touched. A new book is encrypted when a keychain or a passphrase can keep its
    /// key, and plain otherwise ([`Store::created_unencrypted`] then says so).
    pub fn open_book(dir: &Path, today: NaiveDate, unlock: &Unlock) -> Result<Store> {
        let store = Store::open_book_unkept(dir, today, unlock)?;
        store.upkeep(today)?;
        Ok(store)
    }

    /// [`Store::open_book`] without the day's upkeep, which the caller runs soon after with [`Store::upkeep`]: the
    /// app leaves the daily backup (a verified copy of the whole book, most of a second at 10k people) to its
    /// background thread, so the window does not wait for it. A due migration still runs here, after its backup.
    pub fn open_book_unkept(dir: &Path, today: NaiveDate, unlock: &Unlock) -> Result<Store> {
        Store::open_on(&dir.join(DB_FILE), Some(today), unlock)
    }

    /// Opens the book in `dir` (creating the dir), without the daily upkeep.
    pub fn open_in_dir(dir: &Path) -> Result<Store> {
        Store::open(&dir.join(DB_FILE))
    }

    /// A store that holds no book yet, for a window that must say why the book at `path` cannot be opened and offer a
    /// backup: [`Store::restore_backup`] then opens the real book in place.
    pub fn unopened(path: &Path) -> Result<Store> {
        Ok(Store {
            writer: Mutex::new(Connection::open_in_memory()?),
            reader: Some(Mutex::new(Connection::open_in_memory()?)),
            path: Some(path.to_owned()),
            key: Mutex::new(None),
            created_unencrypted: false,
        })
    }

    /// Opens the book at `path`: the data dir is made (or forced) user-only, the file too; a schema newer than this
    /// build is refused before anything is written; an older one is backed up (when `today` is known) and migrated
    /// with foreign keys off, each step checked with `foreign_key_check`.
    fn open_on(path: &Path, today: Option<NaiveDate>, unlock: &Unlock) -> Result<Store> {
        let (key, created_unencrypted) = key_to_open(path, unlock)?;
        let (writer, reader) = open_connections(path, today, key.as_ref())?;
        let store = Store {
            writer: Mutex::new(writer),
            reader: Some(Mutex::new(reader)),
            path: Some(path.to_owned()),
            key: Mutex::new(key),
            created_unencrypted,
        };
        store.write(|_| Ok(()))?; // a migration may have marked summaries stale
        Ok(store)
    }

    /// True when this open created a new book without encryption, because neither the OS keychain nor a passphrase
    /// could keep its key (a headless server, CI): the CLI warns, the app offers to encrypt it.
    pub fn created_unencrypted(&self) -> bool {
        self.created_unencrypted
    }

    /// The key of the open book, when it is encrypted.
    pub(crate) fn key(&self) -> Option<BookKey> {
        self.key.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// A private in-memory book: every test owns its own.
    pub fn in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrate(&mut conn)?;
        Ok(Store {
            writer: Mutex::new(conn),
            reader: None,
            path: None,
            key: Mutex::new(None),
            created_unencrypted: false,
        })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The day's upkeep: the daily backup (once a day, when the book holds anyone) with the old ones pruned, and the
    /// trash emptied of what it has kept for 30 days. The app calls it again when a day turns while it runs.
    pub fn upkeep(&self, today: NaiveDate) -> Result<()> {
        if let Some(path) = &self.path {
            if !backup::has_daily(path, today)? && !self.read(people::is_empty)? {
                self.backup(today, backup::BackupKind::Daily)?;
                backup::prune(path)?;
            }
        }
        let purged = self.write(|tx| trash::purge(tx, today))?;
        if purged > 0 {
            self.checkpoint()?; // what the trash let go leaves the log too
        }
        Ok(())
    }

    /// Takes a verified backup of the book now into `backups/`.
    pub fn backup(&self, today: NaiveDate, kind: backup::BackupKind) -> Result<backup::Backup> {
        let path = self.path.as_deref().ok_or_else(|| Error::invalid("backup", "an in-memory book has no backups"))?;
        let key = self.key();
        let conn = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        backup::take(&conn, path, today, kind, key.as_ref())
    }

    /// Writes a verified copy of the book to `out` (a new file, user-only; an existing file is refused).
    pub fn backup_to(&self, out: &Path) -> Result<()> {
        let conn = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if out.exists() {
            return Err(Error::invalid("out", format!("{} already exists; choose a new file", out.display())));
        }
        backup::snapshot_to(&conn, out, self.key().as_ref())
    }

    /// Replaces the book with the backup at `source`, after checking the backup and saving the current book as a
    /// backup too. Works in place on an open store (the app's) or an [`Store::unopened`] one. If the restored book
    /// cannot be opened, the current one is put back. Returns the backup of what was there before (none when the
    /// book could not be read; the damaged file is then kept aside as `advocates.db.unreadable-DATE`).
    pub fn restore_backup(&self, source: &Path, today: NaiveDate) -> Result<Option<backup::Backup>> {
        self.restore_backup_with(source, today, &Unlock::from_env())
    }

    /// [`Store::restore_backup`], finding the key of an encrypted backup with `unlock` when the open book has none
    /// (it cannot be read, or it was decrypted since the backup).
    pub fn restore_backup_with(
        &self,
        source: &Path,
        today: NaiveDate,
        unlock: &Unlock,
    ) -> Result<Option<backup::Backup>> {
        let path = self.path.clone().ok_or_else(|| Error::invalid("restore", "an in-memory book has no backups"))?;
        // An encrypted backup opens with the book's key (or the key its record and the keychain or passphrase give).
        let current_key = self.key();
        let key = match &current_key {
            Some(key) => Some(key.clone()),
            None => crypt::key_for(&path, unlock).ok().map(|(key, _)| key),
        };
        backup::verify(source, key.as_ref())?;
        let restored_key = if crypt::is_encrypted_file(source)? { key.clone() } else { None };
        let mut writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let reader = self.reader.as_ref().ok_or_else(|| Error::invalid("restore", "no file book"))?;
        let mut reader = reader.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Save what is there now, if it can be read at all (a corrupt book cannot; it is kept aside instead).
        let current_is_open = writer.path().is_some_and(|p| !p.is_empty());
        let saved = if current_is_open {
            Some(backup::take(&writer, &path, today, backup::BackupKind::BeforeRestore, current_key.as_ref())?)
        } else {
            None
        };
        // Close the book (its log is checkpointed and removed), swap the file in, open it again.
        *reader = Connection::open_in_memory()?;
        *writer = Connection::open_in_memory()?;
        if !current_is_open && path.exists() {
            let mut aside = path.with_extension(format!("db.unreadable-{today}"));
            for n in 2.. {
                if !aside.exists() {
                    break;
                }
                aside = path.with_extension(format!("db.unreadable-{today}-{n}"));
            }
            std::fs::rename(&path, &aside)?;
        }
        replace_file(source, &path)?;
        match open_connections(&path, Some(today), restored_key.as_ref()) {
            Ok((w, r)) => {
                *writer = w;
                *reader = r;
                // An encrypted backup restored over a book decrypted since: its record says it is encrypted again.
                if restored_key.is_some() {
                    if let Some(mut record) = KeyFile::read(&path)?.filter(|r| !r.book_encrypted) {
                        record.book_encrypted = true;
                        record.write(&path)?;
                    }
                }
                *self.key.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = restored_key;
            }
            Err(err) => {
                if let Some(saved) = &saved {
                    replace_file(&backup::dir_of(&path).join(&saved.file), &path)?;
                    let (w, r) = open_connections(&path, Some(today), current_key.as_ref())?;
                    *writer = w;
                    *reader = r;
                }
                return Err(err);
            }
        }
        drop(reader);
        drop(writer);
        self.write(|_| Ok(()))?;
        Ok(saved)
    }

    /// True when this store holds a real, open book (not an [`Store::unopened`] placeholder).
    pub fn is_open(&self) -> bool {
        let writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        self.path.is_none() || writer.path().is_some_and(|p| !p.is_empty())
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

    /// Runs `main` in a read transaction on the reader while `side` runs on another thread, in a transaction on the
    /// writer that sees the very same state of the book: the writer takes the write lock first (without waiting: when
    /// another process is writing, `side` does not run), the reader takes its snapshot while the lock is held, and the
    /// writer's transaction is rolled back (nothing is written) once both are reading. `main` gets what `side` returned
    /// from `join`: `None` when it could not run or failed, and then does that work itself. In memory, or with no second
    /// connection, `main` runs alone. The reads overlap on two cores (issue 12); on this project's 2-vCPU VM, whose two
    /// threads slow each other down, a fresh process's first digest at 10k people is 31–41 ms against 41 ms alone.
    pub(crate) fn read_split<A, B: Send>(
        &self,
        side: impl FnOnce(&Transaction) -> Result<B> + Send,
        main: impl FnOnce(&Transaction, &mut dyn FnMut() -> Option<B>) -> Result<A>,
    ) -> Result<A> {
        let Some(reader) = &self.reader else {
            return self.read(|tx| main(tx, &mut || None));
        };
        let mut writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut reader = reader.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let conn: &mut Connection = &mut writer;
        std::thread::scope(|scope| {
            let (ready_send, ready) = std::sync::mpsc::sync_channel::<bool>(1);
            let (pinned, pinned_recv) = std::sync::mpsc::sync_channel::<()>(1);
            let handle = scope.spawn(move || side_on(conn, side, &ready_send, &pinned_recv));
            let running = ready.recv().unwrap_or(false);
            let tx = reader.transaction_with_behavior(TransactionBehavior::Deferred)?;
            // A deferred transaction takes its snapshot at its first read: take it now, while the writer holds the lock.
            tx.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
            drop(pinned);
            let mut handle = running.then_some(handle);
            let value = main(&tx, &mut || handle.take().and_then(|h| h.join().ok().flatten()))?;
            tx.finish()?;
            Ok(value)
        })
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
        write_in(&mut conn, f)
    }

    /// [`Store::write`] for a large write (an archive import): while it runs the page cache may grow to hold the whole
    /// book being written (256 MB at most, only as far as pages are used), so SQLite neither spills pages to the log
    /// mid-transaction nor reads them back; then it shrinks to the usual size, whatever the outcome.
    pub fn write_large<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        conn.pragma_update(None, "cache_size", LARGE_CACHE_KIB)?;
        let result = write_in(&mut conn, f);
        conn.pragma_update(None, "cache_size", CACHE_KIB)?;
        result
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

/// [`Store::read_split`]'s other thread: `side` in a write transaction taken without waiting, rolled back after the
/// reader has taken its snapshot (`pinned` is dropped then); `ready` says whether it runs.
fn side_on<B>(
    conn: &mut Connection,
    side: impl FnOnce(&Transaction) -> Result<B>,
    ready: &std::sync::mpsc::SyncSender<bool>,
    pinned: &std::sync::mpsc::Receiver<()>,
) -> Option<B> {
    if conn.busy_timeout(std::time::Duration::ZERO).is_err() {
        let _ = ready.send(false);
        return None;
    }
    let value = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => {
            let _ = ready.send(true);
            let value = side(&tx).ok();
            let _ = pinned.recv(); // returns once the reader's snapshot is taken (or it gave up)
            drop(tx); // rolled back: nothing was written
            value
        }
        Err(_) => {
            let _ = ready.send(false);
            None
        }
    };
    let _ = conn.busy_timeout(BUSY_TIMEOUT);
    value
}

fn write_in<T>(conn: &mut Connection, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let value = f(&tx)?;
    // Summaries the engine reads are rebuilt for what this write touched, before anyone can read it.
    contacts::refresh_stale(&tx)?;
    tx.commit()?;
    Ok(value)
}

/// How long a write waits for another process's write to end before "database is locked".
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// The page cache, in KiB as `PRAGMA cache_size` takes it (negative): 32 MB, and up to 256 MB for a large write.
const CACHE_KIB: i64 = -32_000;
const LARGE_CACHE_KIB: i64 = -256_000;

/// How much of a plain book is read through a memory map (`PRAGMA mmap_size`): 256 MiB, far more than a 50k-person
/// book holds; address space, not memory.
const MMAP_BYTES: i64 = 256 << 20;

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Another process (the CLI importing 10k people, ~5 s) may hold the write lock: wait for it rather than show
    // "database is locked". Reads never wait (WAL); the app's commands run off the UI thread.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // In WAL mode NORMAL never corrupts the book; a power cut can lose the last transactions before a checkpoint.
    // FULL syncs the log on every commit: what a user just wrote survives power loss too, at ~1 ms per write here.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Deleted text is overwritten with zeros instead of lingering in free pages (the log is truncated after the
    // trash is emptied).
    conn.pragma_update(None, "secure_delete", "ON")?;
    // Up to 32 MB of pages in memory (SQLite's default is 2 MB): a 10k-person import's indexes then stay in memory
    // instead of being re-read for each of 200k rows. The cache only grows as far as pages are used.
    conn.pragma_update(None, "cache_size", CACHE_KIB)?;
    // Read a plain book through a memory map instead of copying each page into the page cache: a morning's digest
    // reads ~15 MB of a 10k-person book, and a fresh process then takes its pages from the OS's cache, a few faults
    // per 64 KiB, instead of allocating and copying them (issue 12). SQLCipher never maps an encrypted book (its pager
    // uses the map only when no codec is set), so this changes nothing there. Writes still go through write().
    conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
    // Imports and the engine's loader reuse a few dozen statements; keep them all prepared.
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

/// The key the book at `path` opens with: none for a plain book; for an encrypted one, the key `unlock` finds (else
/// [`Error::Locked`], before anything is touched). A new book gets a fresh key kept by the keychain and/or sealed
/// by the passphrase, its record written beside it before the book exists; with neither, it is created plain and
/// the second value is true.
fn key_to_open(path: &Path, unlock: &Unlock) -> Result<(Option<BookKey>, bool)> {
    if path.exists() {
        encryption::clear_leftovers(path)?;
    }
    let is_new = std::fs::metadata(path).map(|m| m.len() == 0).unwrap_or(true);
    if !is_new {
        return if is_encrypted_book(path)? {
            Ok((Some(crypt::key_for(path, unlock)?.0), false))
        } else {
            Ok((None, false))
        };
    }
    // A book started again beside an earlier key record keeps that key, so its backups still open.
    if KeyFile::read(path).ok().flatten().is_some() {
        if let Ok((key, _)) = crypt::key_for(path, unlock) {
            return Ok((Some(key), false));
        }
    }
    let key = BookKey::random()?;
    let mut record = KeyFile::fresh()?;
    record.keychain = unlock.keychain.set(&record.book_id, &key).is_ok();
    if let Some(passphrase) = &unlock.passphrase {
        record.set_passphrase(&key, passphrase)?;
    }
    if !record.keychain && record.passphrase.is_none() {
        return Ok((None, true));
    }
    if let Some(dir) = path.parent() {
        create_private_dir(dir)?;
    }
    record.write(path)?;
    Ok((Some(key), false))
}

/// True when the book at `path` is encrypted: its file is not plain SQLite and its key record says it is encrypted.
/// A file that is not plain SQLite without such a record is damaged, and opening it plain says so (the window then
/// offers a backup).
pub(crate) fn is_encrypted_book(path: &Path) -> Result<bool> {
    Ok(crypt::is_encrypted_file(path)? && KeyFile::read(path).ok().flatten().is_some_and(|r| r.book_encrypted))
}

/// Gives `conn` the book's key: the first statement on an encrypted book's connection.
pub(crate) fn apply_key(conn: &Connection, key: &BookKey) -> Result<()> {
    // SQLCipher's own log (a failed page check, on stderr) says nothing our errors do not.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.execute_batch(&format!("PRAGMA key = {};", key.sql_literal().as_str()))?;
    conn.execute_batch("PRAGMA cipher_memory_security = OFF;")?;
    Ok(())
}

/// Opens the writer (migrated) and the reader on the book at `path`, with `key` when it is encrypted.
fn open_connections(path: &Path, today: Option<NaiveDate>, key: Option<&BookKey>) -> Result<(Connection, Connection)> {
    if let Some(dir) = path.parent() {
        create_private_dir(dir)?;
    }
    create_private_file(path)?;
    let mut writer = Connection::open(path)?;
    if let Some(key) = key {
        apply_key(&writer, key)?;
        // The key is the book's (its passphrase sealing is authenticated); a book it cannot read is damaged, and
        // like a damaged plain book it can be replaced by a backup.
        writer.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
    }
    configure(&writer)?;
    writer.pragma_update(None, "journal_mode", "WAL")?;
    let version: i64 = writer.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let latest = schema::latest_version();
    if version > latest {
        return Err(Error::NewerBook { found: version, supported: latest });
    }
    if version > 0 && version < latest {
        if let Some(today) = today {
            backup::take(&writer, path, today, backup::BackupKind::BeforeMigration, key)?;
        }
    }
    migrate(&mut writer)?;
    let reader = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
    )?;
    if let Some(key) = key {
        apply_key(&reader, key)?;
    }
    configure(&reader)?;
    Ok((writer, reader))
}

/// Migrates with foreign keys off — a table rebuild in a migration must not cascade deletes — each step checked with
/// `foreign_key_check` before it commits (see `schema`).
fn migrate(conn: &mut Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let migrated = schema::migrations().to_latest(conn);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(migrated?)
}

/// Copies `source` over `target` atomically: into a fresh temp file beside it, synced, then renamed; the target's
/// old log files go first.
fn replace_file(source: &Path, target: &Path) -> Result<()> {
    let temp = target.with_extension("db.restoring");
    let _ = std::fs::remove_file(&temp);
    create_new_private_file(&temp)?;
    {
        let mut from = std::fs::File::open(source)?;
        let mut to = std::fs::OpenOptions::new().write(true).open(&temp)?;
        std::io::copy(&mut from, &mut to)?;
        to.sync_all()?;
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(target, suffix));
    }
    std::fs::rename(&temp, target)?;
    if let Some(dir) = target.parent() {
        sync_dir(dir)?;
    }
    Ok(())
}

/// `path` with `suffix` appended to its file name (`advocates.db` → `advocates.db-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Makes `dir` (and its parents) if missing, and forces it user-only (0700 on Unix) on every open.
pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() {
        return Ok(());
    }
    if dir.exists() {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir)?.permissions().mode();
            // Never a shared folder (`--data-dir /tmp`: sticky) or the home folder itself; and a folder that is not
            // ours to change keeps its mode (the book and its backups are 0600 anyway).
            let shared = mode & 0o1000 != 0 || std::env::var_os("HOME").is_some_and(|home| Path::new(&home) == dir);
            if mode & 0o077 != 0 && !shared {
                let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
            }
        }
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    Ok(())
}

/// Creates the book file user-only if missing, and forces an existing one (and its log files) back to user-only.
fn create_private_file(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?;
    #[cfg(unix)]
    for suffix in ["", "-wal", "-shm"] {
        use std::os::unix::fs::PermissionsExt;
        let file = with_suffix(path, suffix);
        if let Ok(meta) = std::fs::symlink_metadata(&file) {
            if meta.is_file() && meta.permissions().mode() & 0o077 != 0 {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    Ok(())
}

/// Creates a new user-only file; fails if anything (a file, a planted symlink) is already at `path`.
pub fn create_new_private_file(path: &Path) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    Ok(options.open(path)?)
}

/// Flushes a directory's entries (a rename inside it) to disk, where the OS allows it.
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
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

    /// Closing the book leaves no write-ahead log behind, so the next process opens it without reading one.
    #[test]
    fn closing_the_book_checkpoints_and_removes_its_log() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("advocates.db");
        let wal = dir.path().join("advocates.db-wal");
        let store = Store::open(&path).unwrap();
        store.read(|tx| Ok(people::refs(tx)?.len())).unwrap();
        store.write(|tx| people::insert(tx, &crate::model::Person::new("ana", "Ana"))).unwrap();
        assert!(std::fs::metadata(&wal).unwrap().len() > 0, "the write is in the log");
        drop(store);
        assert!(!wal.exists(), "the log is gone");
        let store = Store::open(&path).unwrap();
        assert_eq!(store.read(|tx| Ok(people::get(tx, "ana")?.name)).unwrap(), "Ana");
    }

    /// A plain book on disk is read through a memory map on both connections, and reads back what was written.
    #[test]
    fn a_plain_book_is_read_through_a_memory_map() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("advocates.db")).unwrap();
        store.write(|tx| people::insert(tx, &crate::model::Person::new("ana", "Ana"))).unwrap();
        let mmap = |conn: &Connection| -> i64 { conn.query_row("PRAGMA mmap_size", [], |r| r.get(0)).unwrap() };
        assert_eq!(mmap(&store.writer.lock().unwrap()), MMAP_BYTES);
        assert_eq!(mmap(&store.reader.as_ref().unwrap().lock().unwrap()), MMAP_BYTES);
        let name = store.read(|tx| Ok(people::get(tx, "ana")?.name)).unwrap();
        assert_eq!(name, "Ana");
    }

    /// A large write grows the page cache while it runs and gives it back afterwards, committed or rolled back; a
    /// failed one writes nothing.
    #[test]
    fn a_large_write_has_a_larger_cache_only_while_it_runs() {
        let store = Store::in_memory().unwrap();
        let cache = |store: &Store| -> i64 {
            let conn = store.writer.lock().unwrap();
            conn.query_row("PRAGMA cache_size", [], |r| r.get(0)).unwrap()
        };
        assert_eq!(cache(&store), CACHE_KIB);
        let during = store
            .write_large(|tx| {
                people::insert(tx, &crate::model::Person::new("ana", "Ana"))?;
                Ok(tx.query_row("PRAGMA cache_size", [], |r| r.get::<_, i64>(0))?)
            })
            .unwrap();
        assert_eq!(during, LARGE_CACHE_KIB);
        assert_eq!(cache(&store), CACHE_KIB);
        let err = store
            .write_large(|tx| {
                people::insert(tx, &crate::model::Person::new("bo", "Bo"))?;
                people::insert(tx, &crate::model::Person::new("ana", "Ana again"))
            })
            .unwrap_err();
        assert!(matches!(err, Error::Duplicate { kind: "person", .. }), "{err:?}");
        assert_eq!(cache(&store), CACHE_KIB);
        let ids = store.read(people::ids).unwrap();
        assert_eq!(ids, vec!["ana".to_owned()], "the failed write left nothing");
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
        let name: String = store
            .read(|tx| Ok(tx.query_row("SELECT name FROM people WHERE id = 'ana'", [], |r| r.get("name"))?))
            .unwrap();
        assert_eq!(name, "Ana");
    }

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn add_ana(store: &Store) {
        store.write(|tx| Ok(tx.execute("INSERT INTO people (id, name) VALUES ('ana', 'Ana')", [])?)).unwrap();
    }

    fn names(store: &Store) -> Vec<String> {
        store.read(people::ids).unwrap()
    }

    #[test]
    fn the_first_open_of_a_day_takes_one_verified_backup() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).unwrap();
        assert!(backup::list(store.path().unwrap()).unwrap().is_empty(), "an empty book is not backed up");
        add_ana(&store);
        drop(store);
        for _ in 0..3 {
            Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).unwrap();
        }
        Store::open_book(dir.path(), d("2026-12-01"), &Unlock::nothing()).unwrap();
        let book = dir.path().join(DB_FILE);
        let all = backup::list(&book).unwrap();
        let files: Vec<&str> = all.iter().map(|b| b.file.as_str()).collect();
        assert_eq!(files, ["advocates-2026-12-01.db", "advocates-2026-11-30.db"]);
        for b in &all {
            assert_eq!(backup::verify(&backup::dir_of(&book).join(&b.file), None).unwrap(), schema::latest_version());
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_data_dir_and_the_book_are_forced_user_only_on_every_open() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).unwrap();
        add_ana(&store);
        drop(store);
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(dir.path().join(DB_FILE), std::fs::Permissions::from_mode(0o644)).unwrap();
        let store = Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(dir.path()), 0o700);
        assert_eq!(mode(&dir.path().join(DB_FILE)), 0o600);
        let backups = backup::dir_of(store.path().unwrap());
        assert_eq!(mode(&backups), 0o700);
        for b in backup::list(store.path().unwrap()).unwrap() {
            assert_eq!(mode(&backups.join(&b.file)), 0o600);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_shared_folder_is_never_made_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
        Store::open_book(&shared, d("2026-11-30"), &Unlock::nothing()).unwrap();
        assert_eq!(std::fs::metadata(&shared).unwrap().permissions().mode() & 0o7777, 0o1777, "like /tmp");
        assert_eq!(std::fs::metadata(shared.join(DB_FILE)).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn an_older_book_is_backed_up_before_it_is_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join(DB_FILE);
        {
            let mut old = Connection::open(&book).unwrap();
            schema::migrations().to_version(&mut old, 4).unwrap();
            old.execute("INSERT INTO people (id, name) VALUES ('ana', 'Ana')", []).unwrap();
        }
        let store = Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).unwrap();
        assert_eq!(names(&store), ["ana"]);
        let before = backup::list(&book).unwrap().into_iter().find(|b| b.kind == backup::BackupKind::BeforeMigration);
        let before = before.expect("a backup before the migration");
        assert_eq!(backup::verify(&backup::dir_of(&book).join(&before.file), None).unwrap(), 4);
    }

    #[test]
    fn a_newer_book_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join(DB_FILE);
        {
            let store = Store::open(&book).unwrap();
            add_ana(&store);
            store.checkpoint().unwrap();
        }
        Connection::open(&book).unwrap().pragma_update(None, "user_version", 99).unwrap();
        let bytes = std::fs::read(&book).unwrap();
        let err = Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).err().expect("refused");
        assert_eq!(err.code(), "newer_book");
        assert!(err.to_string().contains("schema 99"), "{err}");
        assert_eq!(std::fs::read(&book).unwrap(), bytes);
    }

    #[test]
    fn restore_swaps_the_book_in_place_after_saving_the_current_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), d("2026-11-29"), &Unlock::nothing()).unwrap();
        add_ana(&store);
        let taken = store.backup(d("2026-11-29"), backup::BackupKind::Manual).unwrap();
        store.write(|tx| Ok(tx.execute("INSERT INTO people (id, name) VALUES ('ben', 'Ben')", [])?)).unwrap();
        let book = store.path().unwrap().to_owned();
        store.restore_backup(&backup::dir_of(&book).join(&taken.file), d("2026-11-30")).unwrap();
        assert_eq!(names(&store), ["ana"], "the same store reads the restored book");
        add_ana_again_fails(&store);
        let saved = backup::list(&book).unwrap().into_iter().find(|b| b.kind == backup::BackupKind::BeforeRestore);
        let saved = Store::open(&backup::dir_of(&book).join(saved.unwrap().file)).unwrap();
        assert_eq!(names(&saved), ["ana", "ben"], "what was there before is a backup too");
    }

    fn add_ana_again_fails(store: &Store) {
        let again = store.write(|tx| Ok(tx.execute("INSERT INTO people (id, name) VALUES ('ana', 'Ana')", [])?));
        assert!(again.is_err());
    }

    #[test]
    fn a_bad_backup_is_refused_and_the_book_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).unwrap();
        add_ana(&store);
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"not a database at all, just some bytes that are long enough").unwrap();
        let err = store.restore_backup(&junk, d("2026-11-30")).unwrap_err();
        assert!(err.to_string().contains("cannot be read as a book"), "{err}");
        assert_eq!(names(&store), ["ana"]);
    }

    #[test]
    fn a_corrupt_book_can_be_replaced_by_its_latest_good_backup() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join(DB_FILE);
        {
            let store = Store::open_book(dir.path(), d("2026-11-29"), &Unlock::nothing()).unwrap();
            add_ana(&store);
            store.backup(d("2026-11-29"), backup::BackupKind::Manual).unwrap();
        }
        std::fs::write(&book, vec![0x42; 8192]).unwrap();
        let _ = std::fs::remove_file(dir.path().join("advocates.db-wal"));
        assert!(Store::open_book(dir.path(), d("2026-11-30"), &Unlock::nothing()).is_err());
        let good = backup::latest_good(&book, None).expect("a good backup");
        let store = Store::unopened(&book).unwrap();
        assert!(!store.is_open());
        store.restore_backup(&backup::dir_of(&book).join(&good.file), d("2026-11-30")).unwrap();
        assert!(store.is_open());
        assert_eq!(names(&store), ["ana"]);
        assert!(dir.path().join("advocates.db.unreadable-2026-11-30").exists(), "the damaged file is kept aside");
    }
}
