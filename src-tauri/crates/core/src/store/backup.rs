//! Backups: verified snapshots of the book in `backups/` beside it. One is taken the first time each day the app or
//! the CLI opens the book, one before any migration, one before a restore, and one whenever the user asks. Each is
//! written with `VACUUM INTO` into a fresh user-only file, checked with `integrity_check` and `foreign_key_check`, and
//! only then renamed to its final name — a crash mid-backup leaves a temp file (removed next time), never a bad backup.
//!
//! Kept: the last [`KEEP_DAILY`] daily backups, the newest daily backup of each of the last [`KEEP_WEEKLY`] weeks, and
//! the last [`KEEP_OTHER`] of each other kind.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use crate::crypt::BookKey;
use crate::error::{Error, Result};
use crate::schema;

/// The folder beside the book.
pub const DIR: &str = "backups";
pub const KEEP_DAILY: usize = 14;
pub const KEEP_WEEKLY: usize = 8;
pub const KEEP_OTHER: usize = 5;

const PREFIX: &str = "advocates-";
const SUFFIX: &str = ".db";
const TEMP_SUFFIX: &str = ".tmp";

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    Daily,
    Manual,
    BeforeMigration,
    BeforeRestore,
    /// Before the book was encrypted or decrypted.
    BeforeConversion,
}

impl BackupKind {
    const ALL: [BackupKind; 5] = [
        BackupKind::Daily,
        BackupKind::Manual,
        BackupKind::BeforeMigration,
        BackupKind::BeforeRestore,
        BackupKind::BeforeConversion,
    ];

    fn tag(self) -> &'static str {
        match self {
            BackupKind::Daily => "",
            BackupKind::Manual => "-manual",
            BackupKind::BeforeMigration => "-before-migration",
            BackupKind::BeforeRestore => "-before-restore",
            BackupKind::BeforeConversion => "-before-conversion",
        }
    }
}

/// One backup file, as Settings and `advocates backups` show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Backup {
    /// The file's name inside `backups/` (what `restore` takes).
    pub file: String,
    #[ts(type = "string")]
    pub taken_on: NaiveDate,
    pub kind: BackupKind,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// `backups/` beside the book at `book`.
pub fn dir_of(book: &Path) -> PathBuf {
    book.parent().unwrap_or(Path::new(".")).join(DIR)
}

/// Parses `advocates-2026-11-30[-kind][-N].db`.
fn parse_name(name: &str) -> Option<(NaiveDate, BackupKind)> {
    let stem = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let date = NaiveDate::parse_from_str(stem.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = &stem[10..];
    // Longest tags first, so "-before-migration" is not read as a numbered daily backup.
    let kind = BackupKind::ALL.into_iter().rev().find(|k| !k.tag().is_empty() && rest.starts_with(k.tag()));
    let (kind, tail) = match kind {
        Some(k) => (k, &rest[k.tag().len()..]),
        None => (BackupKind::Daily, rest),
    };
    let numbered = tail.is_empty() || tail.strip_prefix('-').is_some_and(|n| n.parse::<u32>().is_ok());
    numbered.then_some((date, kind))
}

/// Every backup beside `book`, newest first.
pub fn list(book: &Path) -> Result<Vec<Backup>> {
    let dir = dir_of(book);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((taken_on, kind)) = parse_name(&name) {
            let meta = entry.metadata()?;
            let written = meta.modified().ok();
            out.push((written, Backup { file: name, taken_on, kind, bytes: meta.len() }));
        }
    }
    // Newest day first; within a day, the last written first.
    out.sort_by(|(wa, a), (wb, b)| {
        b.taken_on.cmp(&a.taken_on).then_with(|| wb.cmp(wa)).then_with(|| b.file.cmp(&a.file))
    });
    Ok(out.into_iter().map(|(_, b)| b).collect())
}

/// True when a daily backup for `today` exists.
pub fn has_daily(book: &Path, today: NaiveDate) -> Result<bool> {
    Ok(list(book)?.iter().any(|b| b.kind == BackupKind::Daily && b.taken_on == today))
}

fn free_name(dir: &Path, today: NaiveDate, kind: BackupKind) -> PathBuf {
    let base = format!("{PREFIX}{}{}", today.format("%Y-%m-%d"), kind.tag());
    let mut candidate = dir.join(format!("{base}{SUFFIX}"));
    let mut n = 2;
    while candidate.exists() {
        candidate = dir.join(format!("{base}-{n}{SUFFIX}"));
        n += 1;
    }
    candidate
}

/// Writes a verified snapshot of the database `conn` is open on into `backups/`, and returns it. The snapshot of an
/// encrypted book is encrypted with the same key (`VACUUM INTO` keeps the main database's key); `key` verifies it.
pub(crate) fn take(
    conn: &Connection,
    book: &Path,
    today: NaiveDate,
    kind: BackupKind,
    key: Option<&BookKey>,
) -> Result<Backup> {
    let dir = dir_of(book);
    super::create_private_dir(&dir)?;
    clear_temp_files(&dir)?;
    let target = free_name(&dir, today, kind);
    let temp = target.with_extension(format!("db{TEMP_SUFFIX}"));
    snapshot_to(conn, &temp, key)?;
    std::fs::rename(&temp, &target)?;
    super::sync_dir(&dir)?;
    let bytes = std::fs::metadata(&target)?.len();
    let file = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Backup { file, taken_on: today, kind, bytes })
}

/// `VACUUM INTO` a fresh user-only file at `target` (created here, so never a planted symlink), then verify it; on
/// any failure the file is removed and the error returned.
pub(crate) fn snapshot_to(conn: &Connection, target: &Path, key: Option<&BookKey>) -> Result<()> {
    super::create_new_private_file(target)?;
    let written = conn
        .execute("VACUUM INTO ?1", [target.to_string_lossy()])
        .map_err(Error::from)
        .and_then(|_| match (key, crate::crypt::is_encrypted_file(target)?) {
            // Never a plain copy of an encrypted book.
            (Some(_), false) => Err(Error::invalid("backup", "the backup of an encrypted book came out unencrypted")),
            _ => verify(target, key).map(|_| ()),
        })
        .and_then(|_| Ok(std::fs::File::open(target)?.sync_all()?));
    if written.is_err() {
        let _ = std::fs::remove_file(target);
    }
    written
}

fn clear_temp_files(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        // The temp file and SQLite's own journal beside it (`….db.tmp-journal`), left by a crash mid-backup.
        if entry.file_name().to_string_lossy().contains(TEMP_SUFFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

/// Checks that the file at `path` is a sound book this build can open: SQLite's `integrity_check` and
/// `foreign_key_check` pass, and its schema is not newer than this build's. Returns its schema version. An encrypted
/// file is read with `key`; without one it is refused as locked.
pub fn verify(path: &Path, key: Option<&BookKey>) -> Result<i64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| not_a_backup(path, e))?;
    if crate::crypt::is_encrypted_file(path)? {
        let key = key.ok_or_else(|| {
            Error::invalid(
                "backup",
                format!(
                    "{} cannot be read as a book: it is not plain SQLite (an encrypted backup opens only with its \
                     book's key)",
                    path.display()
                ),
            )
        })?;
        super::apply_key(&conn, key)?;
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| not_a_backup(path, e))?;
    let check: String =
        conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| not_a_backup(path, e))?;
    if check != "ok" {
        return Err(Error::invalid("backup", format!("{} is damaged: {check}", path.display())));
    }
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .map_err(|e| not_a_backup(path, e))?;
    if orphans > 0 {
        return Err(Error::invalid("backup", format!("{} has {orphans} records pointing nowhere", path.display())));
    }
    let is_book: bool = conn
        .query_row("SELECT count(*) = 1 FROM sqlite_master WHERE type = 'table' AND name = 'people'", [], |r| r.get(0))
        .map_err(|e| not_a_backup(path, e))?;
    if version < 1 || !is_book {
        return Err(Error::invalid("backup", format!("{} is not an Advocates book", path.display())));
    }
    let supported = schema::latest_version();
    if version > supported {
        return Err(Error::NewerBook { found: version, supported });
    }
    Ok(version)
}

fn not_a_backup(path: &Path, err: rusqlite::Error) -> Error {
    Error::invalid("backup", format!("{} cannot be read as a book: {err}", path.display()))
}

/// Removes what the retention rules do not keep; returns the removed files' names.
pub fn prune(book: &Path) -> Result<Vec<String>> {
    let all = list(book)?;
    let mut keep: BTreeSet<&str> = BTreeSet::new();
    let daily: Vec<&Backup> = all.iter().filter(|b| b.kind == BackupKind::Daily).collect();
    keep.extend(daily.iter().take(KEEP_DAILY).map(|b| b.file.as_str()));
    let mut weeks = BTreeSet::new();
    for b in &daily {
        let week = (b.taken_on.iso_week().year(), b.taken_on.iso_week().week());
        if weeks.len() < KEEP_WEEKLY && weeks.insert(week) {
            keep.insert(b.file.as_str()); // the newest of its week, since `all` is newest first
        }
    }
    for kind in BackupKind::ALL.into_iter().filter(|k| *k != BackupKind::Daily) {
        keep.extend(all.iter().filter(|b| b.kind == kind).take(KEEP_OTHER).map(|b| b.file.as_str()));
    }
    let dir = dir_of(book);
    let mut removed = Vec::new();
    for b in &all {
        if !keep.contains(b.file.as_str()) {
            std::fs::remove_file(dir.join(&b.file))?;
            removed.push(b.file.clone());
        }
    }
    Ok(removed)
}

/// Finds a backup by its file name in `backups/`, or takes `name` as a path.
pub fn resolve(book: &Path, name: &str) -> PathBuf {
    let inside = dir_of(book).join(name);
    if !name.contains(std::path::MAIN_SEPARATOR) && !name.contains('/') && inside.exists() {
        inside
    } else {
        PathBuf::from(name)
    }
}

/// The newest backup that verifies (with `key`, for an encrypted book's), for a book that cannot be opened.
pub fn latest_good(book: &Path, key: Option<&BookKey>) -> Option<Backup> {
    let dir = dir_of(book);
    list(book).ok()?.into_iter().find(|b| verify(&dir.join(&b.file), key).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn names_say_the_day_and_the_kind() {
        assert_eq!(parse_name("advocates-2026-11-30.db"), Some((d("2026-11-30"), BackupKind::Daily)));
        assert_eq!(parse_name("advocates-2026-11-30-2.db"), Some((d("2026-11-30"), BackupKind::Daily)));
        assert_eq!(parse_name("advocates-2026-11-30-manual-3.db"), Some((d("2026-11-30"), BackupKind::Manual)));
        assert_eq!(
            parse_name("advocates-2026-11-30-before-migration.db"),
            Some((d("2026-11-30"), BackupKind::BeforeMigration))
        );
        assert_eq!(
            parse_name("advocates-2026-11-30-before-restore.db"),
            Some((d("2026-11-30"), BackupKind::BeforeRestore))
        );
        assert_eq!(parse_name("advocates-2026-11-30.db.tmp"), None);
        assert_eq!(parse_name("advocates-2026-11-30-evil.db"), None);
        assert_eq!(parse_name("notes.db"), None);
    }

    #[test]
    fn pruning_keeps_fourteen_days_and_eight_weeks() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("advocates.db");
        std::fs::create_dir(dir.path().join(DIR)).unwrap();
        let last = d("2026-11-30");
        for back in 0..120 {
            let day = last - chrono::Duration::days(back);
            std::fs::write(dir.path().join(DIR).join(format!("advocates-{day}.db")), b"x").unwrap();
        }
        for n in 0..7 {
            let day = last - chrono::Duration::days(n);
            std::fs::write(dir.path().join(DIR).join(format!("advocates-{day}-manual.db")), b"x").unwrap();
        }
        prune(&book).unwrap();
        let left = list(&book).unwrap();
        let daily: Vec<NaiveDate> = left.iter().filter(|b| b.kind == BackupKind::Daily).map(|b| b.taken_on).collect();
        assert_eq!(daily[..KEEP_DAILY], (0..14).map(|n| last - chrono::Duration::days(n)).collect::<Vec<_>>()[..]);
        let older: Vec<NaiveDate> = daily[KEEP_DAILY..].to_vec();
        // 30 Nov 2026 is a Monday: the 14 days span three ISO weeks, so five older weeks keep their Sunday.
        assert_eq!(older.len(), KEEP_WEEKLY - 3, "{older:?}");
        assert!(older.iter().all(|day| day.weekday() == chrono::Weekday::Sun), "{older:?}");
        assert_eq!(left.iter().filter(|b| b.kind == BackupKind::Manual).count(), KEEP_OTHER);
    }
}
