//! Moving a book between its plain and encrypted forms, setting its passphrase, locking and unlocking it. A
//! conversion writes the other form beside the book with `sqlcipher_export`, checks it (`integrity_check`, the rows
//! of every table), and only then swaps it in; the old file is overwritten with zeros before it is removed. A backup
//! of the book is taken first, and encrypting also encrypts the backups already taken.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Connection;

use super::{apply_key, backup, open_connections, sync_dir, with_suffix, Store};
use crate::crypt::{self, BookKey, KeyFile, Keychain, Protection, Unlock};
use crate::error::{Error, Result};

impl Store {
    /// How the book is kept: encrypted or not, by the keychain and/or a passphrase.
    pub fn protection(&self, keychain: &dyn Keychain) -> Result<Protection> {
        let path = self.path.as_deref();
        let record = match path {
            Some(path) => KeyFile::read(path)?,
            None => None,
        };
        let encrypted = self.key().is_some();
        Ok(Protection {
            encrypted,
            keychain: encrypted && record.as_ref().is_some_and(|r| r.keychain),
            passphrase: encrypted && record.as_ref().is_some_and(|r| r.passphrase.is_some()),
            keychain_available: keychain.available(),
            created_unencrypted: self.created_unencrypted && !encrypted,
        })
    }

    /// Encrypts a plain book in place. Its key goes to the keychain when one answers, and is sealed by the
    /// passphrase when `unlock` carries one; with neither, nothing changes and the error says to set a passphrase.
    pub fn encrypt(&self, unlock: &Unlock, today: NaiveDate) -> Result<Protection> {
        let path = self.file_path()?;
        if self.key().is_some() {
            return Err(Error::invalid("encrypt", "this book is already encrypted"));
        }
        // An earlier key record (the book was decrypted before) keeps its key, so older encrypted backups still open.
        let (key, mut record) = match crypt::key_for(&path, unlock) {
            Ok(found) => found,
            // A passphrase that does not open the earlier key is a mistake to point out, not a reason to start over.
            Err(Error::WrongPassphrase) => return Err(Error::WrongPassphrase),
            Err(_) => (BookKey::random()?, KeyFile::fresh()?),
        };
        if !record.keychain || unlock.keychain.get(&record.book_id).ok().flatten().is_none() {
            record.keychain = unlock.keychain.set(&record.book_id, &key).is_ok();
        }
        if let Some(passphrase) = &unlock.passphrase {
            record.set_passphrase(&key, passphrase)?;
        }
        if !record.keychain && record.passphrase.is_none() {
            return Err(Error::invalid(
                "passphrase",
                format!(
                    "no OS keychain answers here, so the key needs a passphrase: set {} (or run in a terminal to be \
                     asked) and encrypt again",
                    crypt::PASSPHRASE_ENV
                ),
            ));
        }
        self.backup(today, backup::BackupKind::BeforeConversion)?;
        record.book_encrypted = true;
        record.write(&path)?;
        self.convert(&path, None, Some(&key))?;
        // The backups taken while the book was plain are encrypted too: a plain copy beside an encrypted book would
        // undo the point.
        for b in backup::list(&path)? {
            let file = backup::dir_of(&path).join(&b.file);
            if !crypt::is_encrypted_file(&file)? {
                convert_file(&file, None, Some(&key))?;
            }
        }
        self.protection(unlock.keychain)
    }

    /// Decrypts an encrypted book in place, on the user's request. Its key record and keychain entry stay, so the
    /// encrypted backups still open.
    pub fn decrypt(&self, today: NaiveDate) -> Result<()> {
        let path = self.file_path()?;
        let key = self.key().ok_or_else(|| Error::invalid("decrypt", "this book is not encrypted"))?;
        let mut record = KeyFile::read(&path)?
            .ok_or_else(|| Error::invalid("decrypt", format!("{} is missing", crypt::KEY_FILE)))?;
        self.backup(today, backup::BackupKind::BeforeConversion)?;
        self.convert(&path, Some(&key), None)?;
        record.book_encrypted = false;
        record.write(&path)
    }

    /// Sets (or changes) the passphrase that unlocks the encrypted book.
    pub fn set_passphrase(&self, passphrase: &str) -> Result<()> {
        let path = self.file_path()?;
        let key = self.key().ok_or_else(|| {
            Error::invalid("passphrase", "this book is not encrypted: encrypt it first (`advocates encrypt`)")
        })?;
        let mut record = KeyFile::read(&path)?
            .ok_or_else(|| Error::invalid("passphrase", format!("{} is missing", crypt::KEY_FILE)))?;
        record.set_passphrase(&key, passphrase)?;
        record.write(&path)
    }

    /// Closes the book (its log checkpointed) and forgets its key, until [`Store::unlock`].
    pub fn lock(&self) -> Result<()> {
        self.file_path()?;
        let mut writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut reader =
            self.reader.as_ref().expect("a file book has a reader").lock().unwrap_or_else(|p| p.into_inner());
        *reader = Connection::open_in_memory()?;
        *writer = Connection::open_in_memory()?;
        *self.key.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
        Ok(())
    }

    /// Opens the book again in place (after [`Store::lock`], or a store that started [`Store::unopened`] because it
    /// was locked), with the key `unlock` finds. Like [`Store::open_book_unkept`], it leaves the day's upkeep to the
    /// caller ([`Store::upkeep`]), so the window does not wait for the daily backup.
    pub fn unlock(&self, unlock: &Unlock, today: NaiveDate) -> Result<()> {
        let path = self.file_path()?;
        let key = if super::is_encrypted_book(&path)? { Some(crypt::key_for(&path, unlock)?.0) } else { None };
        let (w, r) = open_connections(&path, Some(today), key.as_ref())?;
        {
            let mut writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let mut reader =
                self.reader.as_ref().expect("a file book has a reader").lock().unwrap_or_else(|p| p.into_inner());
            *writer = w;
            *reader = r;
            *self.key.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = key;
        }
        self.write(|_| Ok(()))?;
        Ok(())
    }

    fn file_path(&self) -> Result<PathBuf> {
        self.path.clone().ok_or_else(|| Error::invalid("book", "an in-memory book has no file"))
    }

    /// Rewrites the open book from `from` (its key, or plain) to `to`, in place: the connections are closed, the
    /// file converted and checked, swapped in, and opened again with the new key.
    fn convert(&self, path: &Path, from: Option<&BookKey>, to: Option<&BookKey>) -> Result<()> {
        self.checkpoint()?;
        let mut writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut reader =
            self.reader.as_ref().expect("a file book has a reader").lock().unwrap_or_else(|p| p.into_inner());
        *reader = Connection::open_in_memory()?;
        *writer = Connection::open_in_memory()?;
        let converted = convert_file(path, from, to);
        // Open whichever form is there now: the new one, or (if the conversion failed) the old one untouched.
        let key = if crypt::is_encrypted_file(path)? { to.or(from) } else { None };
        let (w, r) = open_connections(path, None, key)?;
        *writer = w;
        *reader = r;
        *self.key.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = key.cloned();
        converted
    }
}

/// Converts the database file at `path` from `from` to `to` (a key, or plain) through a checked copy beside it. The
/// swap is one atomic rename; the old form stays reachable under a second name (a hard link made first) only until it
/// is overwritten with zeros and removed. A crash anywhere leaves the book whole in one form or the other; what is
/// left beside it is cleared at the next open ([`clear_leftovers`]).
fn convert_file(path: &Path, from: Option<&BookKey>, to: Option<&BookKey>) -> Result<()> {
    let temp = with_suffix(path, ".converting");
    let old = with_suffix(path, ".old");
    clear_leftovers(path)?;
    let result = export_copy(path, from, &temp, to).and_then(|()| {
        check_same(path, from, &temp, to)?;
        std::fs::File::open(&temp)?.sync_all()?;
        std::fs::hard_link(path, &old)?;
        std::fs::rename(&temp, path)?;
        if let Some(dir) = path.parent() {
            sync_dir(dir)?;
        }
        shred(&old)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Clears what an interrupted conversion left beside the book: the half-written copy, and the old form's second name
/// (overwritten first when it is no longer the book itself).
pub(crate) fn clear_leftovers(path: &Path) -> Result<()> {
    let _ = std::fs::remove_file(with_suffix(path, ".converting"));
    let old = with_suffix(path, ".old");
    if std::fs::symlink_metadata(&old).is_ok() {
        if same_file(&old, path) {
            std::fs::remove_file(&old)?; // the crash came before the swap: it is the book, keep its bytes
        } else {
            shred(&old)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    // Without inode numbers, compare the bytes: identical files are the same book either way.
    match (std::fs::read(a), std::fs::read(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn open_file(path: &Path, key: Option<&BookKey>) -> Result<Connection> {
    let conn = Connection::open(path)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
    Ok(conn)
}

/// `sqlcipher_export` of the database at `source` into a new file at `target` (plain when `to` is none), with its
/// schema version.
fn export_copy(source: &Path, from: Option<&BookKey>, target: &Path, to: Option<&BookKey>) -> Result<()> {
    super::create_new_private_file(target)?;
    let conn = open_file(source, from)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let target_key = match to {
        Some(key) => key.sql_literal(),
        None => zeroize::Zeroizing::new("''".to_owned()),
    };
    let target_text = target.to_string_lossy().replace('\'', "''");
    conn.execute_batch(&format!(
        "ATTACH DATABASE '{target_text}' AS converted KEY {key};
         SELECT sqlcipher_export('converted');
         PRAGMA converted.user_version = {version};
         DETACH DATABASE converted;",
        key = target_key.as_str()
    ))?;
    Ok(())
}

/// The copy is sound and holds what the original holds: `integrity_check`, the schema version and the rows of every
/// table.
fn check_same(source: &Path, from: Option<&BookKey>, copy: &Path, to: Option<&BookKey>) -> Result<()> {
    if to.is_some() != crypt::is_encrypted_file(copy)? {
        return Err(Error::invalid("convert", "the converted copy is not in the form asked for"));
    }
    let a = open_file(source, from)?;
    let b = open_file(copy, to)?;
    let check: String = b.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::invalid("convert", format!("the converted copy is damaged: {check}")));
    }
    let tables = |conn: &Connection| -> Result<Vec<(String, i64)>> {
        let names: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = vec![("user_version".to_owned(), conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)];
        for name in names {
            let count =
                conn.query_row(&format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")), [], |r| r.get(0))?;
            out.push((name, count));
        }
        Ok(out)
    };
    let (before, after) = (tables(&a)?, tables(&b)?);
    if before != after {
        return Err(Error::invalid("convert", format!("the converted copy differs: {before:?} vs {after:?}")));
    }
    Ok(())
}

/// Overwrites a file with zeros, syncs it and removes it (with its log files). On flash storage and copy-on-write
/// file systems old blocks may survive elsewhere; this is the most a program can do.
pub(crate) fn shred(path: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", ""] {
        let file = with_suffix(path, suffix);
        if let Ok(meta) = std::fs::symlink_metadata(&file) {
            if meta.is_file() {
                let mut out = std::fs::OpenOptions::new().write(true).open(&file)?;
                let zeros = vec![0u8; 64 * 1024];
                let mut left = meta.len();
                while left > 0 {
                    let n = left.min(zeros.len() as u64) as usize;
                    std::io::Write::write_all(&mut out, &zeros[..n])?;
                    left -= n as u64;
                }
                out.sync_all()?;
            }
            std::fs::remove_file(&file)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypt::keychain::MemoryKeychain;
    use zeroize::Zeroizing;

    const MARKER: &str = "Zyxwvut-marker-42";

    fn day() -> NaiveDate {
        "2026-11-30".parse().unwrap()
    }

    fn add_marked_person(store: &Store, id: &str) {
        let archive = format!(
            r#"{{"format": "advocates-archive", "version": 1, "people": [{{"id": "{id}", "name": "Ana {id}",
               "notes": "{MARKER} father's illness"}}]}}"#
        );
        crate::archive::import_json(store, &archive).unwrap();
    }

    /// Every file of the book's folder (book, log, backups, key record) as bytes.
    fn folder_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        for entry in walk(dir) {
            out.push((entry.clone(), std::fs::read(&entry).unwrap()));
        }
        out.sort();
        out
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
        out
    }

    fn holds_marker(bytes: &[u8]) -> bool {
        bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes())
    }

    fn with<'a>(keychain: &'a MemoryKeychain, passphrase: Option<&str>) -> Unlock<'a> {
        Unlock { passphrase: passphrase.map(|p| Zeroizing::new(p.to_owned())), keychain }
    }

    #[test]
    fn a_new_book_with_a_keychain_is_encrypted_and_its_files_hide_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let keychain = MemoryKeychain::default();
        let store = Store::open_book(dir.path(), day(), &with(&keychain, None)).unwrap();
        assert!(!store.created_unencrypted());
        add_marked_person(&store, "ana");
        store.backup(day(), backup::BackupKind::Manual).unwrap();
        let protection = store.protection(&keychain).unwrap();
        assert!(protection.encrypted && protection.keychain && !protection.passphrase);
        // While open (the log holds the write) and after closing.
        for (path, bytes) in folder_bytes(dir.path()) {
            assert!(!holds_marker(&bytes), "{} holds the marker", path.display());
        }
        drop(store);
        for (path, bytes) in folder_bytes(dir.path()) {
            assert!(!holds_marker(&bytes), "{} holds the marker", path.display());
        }
        assert!(crypt::is_encrypted_file(&dir.path().join(super::super::DB_FILE)).unwrap());
        let backups = backup::list(&dir.path().join(super::super::DB_FILE)).unwrap();
        assert!(backups
            .iter()
            .all(|b| crypt::is_encrypted_file(&backup::dir_of(&dir.path().join("x")).join(&b.file)).unwrap()));
        // It opens again with the keychain, and not without it.
        let again = Store::open_book(dir.path(), day(), &with(&keychain, None)).unwrap();
        assert_eq!(crate::archive::export(&again, None).unwrap().matches(MARKER).count(), 1);
        drop(again);
        let before = folder_bytes(dir.path());
        let err = Store::open_book(dir.path(), day(), &Unlock::nothing()).err().unwrap();
        assert_eq!(err.code(), "locked", "{err}");
        assert!(err.to_string().contains("encrypted"), "{err}");
        assert_eq!(folder_bytes(dir.path()), before, "a locked open touches nothing");
    }

    #[test]
    fn a_passphrase_unlocks_where_no_keychain_is_and_a_wrong_one_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let nothing =
            Unlock { passphrase: Some(Zeroizing::new("tea at five".into())), keychain: &crypt::keychain::NONE };
        let store = Store::open_book(dir.path(), day(), &nothing).unwrap();
        add_marked_person(&store, "ana");
        drop(store);
        let before = folder_bytes(dir.path());
        let wrong = Unlock { passphrase: Some(Zeroizing::new("tea at six".into())), keychain: &crypt::keychain::NONE };
        let err = Store::open_book(dir.path(), day(), &wrong).err().unwrap();
        assert_eq!(err.code(), "wrong_passphrase");
        assert_eq!(folder_bytes(dir.path()), before);
        let store = Store::open_book(dir.path(), day(), &nothing).unwrap();
        assert!(store.protection(&crypt::keychain::NONE).unwrap().passphrase);
        assert!(crate::archive::export(&store, None).unwrap().contains(MARKER));
    }

    #[test]
    fn without_keychain_or_passphrase_a_new_book_is_plain_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), day(), &Unlock::nothing()).unwrap();
        assert!(store.created_unencrypted());
        assert!(!store.protection(&crypt::keychain::NONE).unwrap().encrypted);
        assert!(!dir.path().join(crypt::KEY_FILE).exists());
        drop(store);
        assert!(!Store::open_book(dir.path(), day(), &Unlock::nothing()).unwrap().created_unencrypted());
    }

    #[test]
    fn plain_to_encrypted_to_plain_keeps_every_record_and_encrypts_the_backups() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), day(), &Unlock::nothing()).unwrap();
        let generated = crate::testkit::generate_book(40, 8, day());
        store.write(|tx| crate::testkit::insert_book(tx, &generated)).unwrap();
        add_marked_person(&store, "marked");
        store.backup(day(), backup::BackupKind::Manual).unwrap();
        let plain = crate::archive::export(&store, None).unwrap();

        let keychain = MemoryKeychain::default();
        let protection = store.encrypt(&with(&keychain, Some("river stone")), day()).unwrap();
        assert!(protection.encrypted && protection.keychain && protection.passphrase);
        assert_eq!(crate::archive::export(&store, None).unwrap(), plain, "the open store reads the encrypted book");
        store.write(|_| Ok(())).unwrap();
        for (path, bytes) in folder_bytes(dir.path()) {
            assert!(!holds_marker(&bytes), "{} holds the marker after encrypting", path.display());
        }
        let book = dir.path().join(super::super::DB_FILE);
        let kinds: Vec<_> = backup::list(&book).unwrap().into_iter().map(|b| b.kind).collect();
        assert!(kinds.contains(&backup::BackupKind::BeforeConversion), "{kinds:?}");
        for b in backup::list(&book).unwrap() {
            let file = backup::dir_of(&book).join(&b.file);
            assert!(crypt::is_encrypted_file(&file).unwrap(), "{}", b.file);
            backup::verify(&file, store.key().as_ref()).unwrap();
        }
        drop(store);
        // Reopened by passphrase alone, then decrypted on request.
        let by_passphrase =
            Unlock { passphrase: Some(Zeroizing::new("river stone".into())), keychain: &crypt::keychain::NONE };
        let store = Store::open_book(dir.path(), day(), &by_passphrase).unwrap();
        assert_eq!(crate::archive::export(&store, None).unwrap(), plain);
        assert_eq!(store.encrypt(&by_passphrase, day()).unwrap_err().code(), "invalid", "already encrypted");
        store.decrypt(day()).unwrap();
        assert!(!crypt::is_encrypted_file(&book).unwrap());
        assert_eq!(crate::archive::export(&store, None).unwrap(), plain);
        drop(store);
        let store = Store::open_book(dir.path(), day(), &Unlock::nothing()).unwrap();
        assert_eq!(crate::archive::export(&store, None).unwrap(), plain);
        // The encrypted backups still open with the key that stayed in the record and the keychain.
        let (key, _) = crypt::key_for(&book, &with(&keychain, None)).unwrap();
        let b = backup::list(&book).unwrap().into_iter().find(|b| b.kind == backup::BackupKind::Manual).unwrap();
        backup::verify(&backup::dir_of(&book).join(&b.file), Some(&key)).unwrap();
        // Restoring one makes the book encrypted again, and it keeps opening as such.
        drop(store);
        let store = Store::open_book(dir.path(), day(), &with(&keychain, None)).unwrap();
        store.restore_backup_with(&backup::dir_of(&book).join(&b.file), day(), &with(&keychain, None)).unwrap();
        assert!(crypt::is_encrypted_file(&book).unwrap());
        drop(store);
        let store = Store::open_book(dir.path(), day(), &with(&keychain, None)).unwrap();
        assert!(store.protection(&keychain).unwrap().encrypted);
        assert!(crate::archive::export(&store, None).unwrap().contains(MARKER));
    }

    #[test]
    fn a_damaged_plain_book_is_damaged_not_locked_even_beside_a_key_record() {
        let dir = tempfile::tempdir().unwrap();
        let keychain = MemoryKeychain::default();
        let store = Store::open_book(dir.path(), day(), &with(&keychain, None)).unwrap();
        add_marked_person(&store, "ana");
        store.decrypt(day()).unwrap();
        drop(store);
        let book = dir.path().join(super::super::DB_FILE);
        std::fs::write(&book, vec![0x42u8; 16384]).unwrap();
        let err = Store::open_book(dir.path(), day(), &with(&keychain, None)).err().unwrap();
        assert_eq!(err.code(), "database", "{err}");
        std::fs::remove_file(dir.path().join(crypt::KEY_FILE)).unwrap();
        let err = Store::open_book(dir.path(), day(), &Unlock::nothing()).err().unwrap();
        assert_eq!(err.code(), "database", "{err}");
    }

    #[test]
    fn encrypting_without_a_keychain_needs_a_passphrase_and_changes_nothing_without_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), day(), &Unlock::nothing()).unwrap();
        add_marked_person(&store, "ana");
        store.checkpoint().unwrap();
        let before = folder_bytes(dir.path());
        let err = store.encrypt(&Unlock::nothing(), day()).unwrap_err();
        assert!(err.to_string().contains("passphrase"), "{err}");
        assert_eq!(folder_bytes(dir.path()), before);
    }

    #[test]
    fn a_locked_store_reads_nothing_until_unlocked() {
        let dir = tempfile::tempdir().unwrap();
        let keychain = MemoryKeychain::default();
        let store = Store::open_book(dir.path(), day(), &with(&keychain, Some("tea at five"))).unwrap();
        add_marked_person(&store, "ana");
        store.lock().unwrap();
        assert!(!store.is_open());
        assert!(crate::archive::export(&store, None).is_err());
        let wrong = Unlock { passphrase: Some(Zeroizing::new("nope".into())), keychain: &crypt::keychain::NONE };
        assert_eq!(store.unlock(&wrong, day()).unwrap_err().code(), "wrong_passphrase");
        assert!(!store.is_open());
        store.unlock(&with(&keychain, None), day()).unwrap();
        assert!(store.is_open());
        assert!(crate::archive::export(&store, None).unwrap().contains(MARKER));
    }

    #[test]
    fn leftovers_of_an_interrupted_conversion_are_cleared_without_touching_the_book() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_book(dir.path(), day(), &Unlock::nothing()).unwrap();
        add_marked_person(&store, "ana");
        store.checkpoint().unwrap();
        drop(store);
        let book = dir.path().join(super::super::DB_FILE);
        // A crash after the second name was made, before the swap: the "old" file is the book itself.
        std::fs::hard_link(&book, with_suffix(&book, ".old")).unwrap();
        std::fs::write(with_suffix(&book, ".converting"), b"half a copy").unwrap();
        let store = Store::open_book(dir.path(), day(), &Unlock::nothing()).unwrap();
        assert!(crate::archive::export(&store, None).unwrap().contains(MARKER), "the book kept its bytes");
        assert!(!with_suffix(&book, ".old").exists() && !with_suffix(&book, ".converting").exists());
        // A crash after the swap, before the old form was zeroed: it is overwritten and removed.
        drop(store);
        std::fs::copy(&book, with_suffix(&book, ".old")).unwrap();
        let copy = with_suffix(&book, ".old");
        clear_leftovers(&book).unwrap();
        assert!(!copy.exists());
        assert!(crate::archive::export(&Store::open(&book).unwrap(), None).unwrap().contains(MARKER));
    }

    #[test]
    fn restoring_an_encrypted_backup_keeps_the_book_encrypted() {
        let dir = tempfile::tempdir().unwrap();
        let keychain = MemoryKeychain::default();
        let store = Store::open_book(dir.path(), day(), &with(&keychain, None)).unwrap();
        add_marked_person(&store, "ana");
        let taken = store.backup(day(), backup::BackupKind::Manual).unwrap();
        add_marked_person(&store, "ben");
        let book = dir.path().join(super::super::DB_FILE);
        store.restore_backup(&backup::dir_of(&book).join(&taken.file), day()).unwrap();
        let text = crate::archive::export(&store, None).unwrap();
        assert!(text.contains("Ana ana") && !text.contains("Ana ben"));
        assert!(crypt::is_encrypted_file(&book).unwrap());
    }
}
