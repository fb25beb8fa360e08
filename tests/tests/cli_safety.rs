//! Never losing a relationship, through the real binary (issue 10): daily and asked-for backups, restore, a damaged or
//! newer book, the durable trash, and files only the user can read.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use advocates_tests::cli::{describe, stderr, Book, TODAY};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// A book holding the engine's scenario s2 (Ben's referral, Ana's birthday…).
fn s2_book() -> Book {
    let book = Book::new();
    let text =
        std::fs::read_to_string(advocates_tests::repo_root().join("tests/fixtures/scenarios/s2-thank.json")).unwrap();
    let scenario: Value = json(&text);
    let out = book.import_text(&scenario["archive"].to_string());
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    book
}

fn db(book: &Book) -> std::path::PathBuf {
    book.data_dir().join("advocates.db")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_first_command_of_a_day_backs_up_and_restore_brings_a_backup_back() {
    let book = s2_book();
    let before = book.export();
    // The import's own run found an empty book; the next command of the day takes the daily backup.
    book.ok(["--today", TODAY, "suggest"]);
    let backups = json(&book.ok(["--today", TODAY, "backups", "--json"]));
    let files: Vec<&str> = backups.as_array().unwrap().iter().map(|b| b["file"].as_str().unwrap()).collect();
    assert_eq!(files, [format!("advocates-{TODAY}.db")], "one daily backup, however many commands ran");
    assert_eq!(backups[0]["kind"], "daily");
    let backup_dir = book.data_dir().join("backups");
    assert_eq!(mode(&backup_dir), 0o700);
    assert_eq!(mode(&backup_dir.join(files[0])), 0o600);

    // Something changes after the backup; restoring the backup brings the book back as it was.
    book.ok(["log", "--with", "ana", "--kind", "call", "--summary", "After the backup"]);
    assert_ne!(book.export(), before);
    let said = book.ok(["--today", TODAY, "restore", files[0]]);
    assert!(said.contains("what was there before is saved"), "{said}");
    assert_eq!(book.export(), before);
    let kinds: Vec<String> = json(&book.ok(["backups", "--json"]))
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["kind"].as_str().unwrap().to_owned())
        .collect();
    assert!(kinds.contains(&"before_restore".to_owned()), "{kinds:?}");
    // ...and the book as it was before the restore is itself restorable.
    let saved = json(&book.ok(["backups", "--json"]))
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["kind"] == "before_restore")
        .unwrap()["file"]
        .as_str()
        .unwrap()
        .to_owned();
    book.ok(["restore", &saved]);
    assert!(book.export().contains("After the backup"));
}

#[test]
fn a_backup_to_a_file_is_private_and_never_overwrites() {
    let book = s2_book();
    let out = book.file("copy.db");
    book.ok([Path::new("backup").as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(mode(&out), 0o600);
    let bytes = std::fs::read(&out).unwrap();
    let again = book.run([Path::new("backup").as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(again.status.code(), Some(2), "{}", describe(&again));
    assert!(stderr(&again).contains("already exists"), "{}", stderr(&again));
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
}

#[test]
fn a_damaged_backup_is_refused_and_the_book_is_unchanged() {
    let book = s2_book();
    book.ok(["suggest"]);
    let junk = book.file("junk.db");
    std::fs::write(&junk, vec![7u8; 4096]).unwrap();
    let bytes = std::fs::read(db(&book)).unwrap();
    let out = book.run([Path::new("restore").as_os_str(), junk.as_os_str()]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("cannot be read as a book"), "{}", stderr(&out));
    assert_eq!(std::fs::read(db(&book)).unwrap(), bytes);
    let missing = book.run(["restore", "advocates-1999-01-01.db"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no such backup"), "{}", stderr(&missing));
}

#[test]
fn a_damaged_book_names_its_latest_good_backup_and_restore_replaces_it() {
    let book = s2_book();
    let before = book.export();
    book.ok(["--today", TODAY, "suggest"]);
    std::fs::write(db(&book), vec![0x42u8; 16384]).unwrap();
    let _ = std::fs::remove_file(book.data_dir().join("advocates.db-wal"));
    let out = book.run(["--today", "2025-03-11", "suggest"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let said = stderr(&out);
    assert!(said.contains(&format!("The latest good backup is advocates-{TODAY}.db")), "{said}");
    book.ok(["--today", "2025-03-11", "restore", &format!("advocates-{TODAY}.db")]);
    assert_eq!(book.export(), before);
    assert!(book.data_dir().join("advocates.db.unreadable-2025-03-11").exists(), "the damaged file is kept aside");
}

#[test]
fn a_book_from_a_newer_version_is_refused_untouched() {
    let book = s2_book();
    rusqlite::Connection::open(db(&book)).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let bytes = std::fs::read(db(&book)).unwrap();
    let out = book.run(["suggest"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(stderr(&out).contains("newer version of Advocates (schema 99"), "{}", stderr(&out));
    assert_eq!(std::fs::read(db(&book)).unwrap(), bytes);
}

#[test]
fn an_older_book_is_backed_up_before_it_is_upgraded() {
    let book = Book::new();
    std::fs::create_dir_all(book.data_dir()).unwrap();
    {
        let mut old = rusqlite::Connection::open(db(&book)).unwrap();
        advocates_core::schema::migrations().to_version(&mut old, 4).unwrap();
        old.execute("INSERT INTO people (id, name) VALUES ('ana', 'Ana Lima')", []).unwrap();
    }
    book.ok(["--today", TODAY, "suggest"]);
    let backups = json(&book.ok(["backups", "--json"]));
    let before = backups.as_array().unwrap().iter().find(|b| b["kind"] == "before_migration").expect("a backup first");
    let copy =
        rusqlite::Connection::open(book.data_dir().join("backups").join(before["file"].as_str().unwrap())).unwrap();
    let version: i64 = copy.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 4, "the backup is the book as it was");
    assert!(book.export().contains("Ana Lima"));
}

#[test]
fn a_deleted_person_leaves_suggestions_and_exports_and_comes_back_from_the_trash() {
    let book = s2_book();
    let before = book.export();
    assert!(book.suggest().to_string().contains("\"ben\""), "Ben is in today's acts");
    let said = book.ok(["--today", TODAY, "delete", "ben"]);
    assert!(said.contains("Deleted Ben"), "{said}");
    assert!(!book.export().contains("\"ben\""), "gone from the export at once");
    assert!(!book.suggest().to_string().contains("\"ben\""), "and from the day's acts");
    let trash = json(&book.ok(["trash", "--json"]));
    assert_eq!(trash[0]["kind"], "person");
    assert_eq!(trash[0]["record_id"], "ben");
    assert_eq!(trash[0]["keep_until"], "2025-04-09");
    let id = trash[0]["id"].to_string();
    book.ok(["undelete", &id]);
    assert_eq!(book.export(), before, "everything that went with him is back");
    assert_eq!(book.ok(["trash"]), "The trash is empty.\n");
    let unknown = book.run(["undelete", "999"]);
    assert_eq!(unknown.status.code(), Some(2), "{}", describe(&unknown));
}

#[test]
fn the_trash_lets_go_after_thirty_days() {
    let book = s2_book();
    book.ok(["--today", "2025-03-10", "delete", "ben"]);
    book.ok(["--today", "2025-04-09", "trash"]);
    assert_eq!(json(&book.ok(["--today", "2025-04-09", "trash", "--json"])).as_array().unwrap().len(), 1);
    assert_eq!(book.ok(["--today", "2025-04-10", "trash"]), "The trash is empty.\n");
}

#[test]
fn the_data_dir_the_book_and_exports_are_private_and_a_planted_symlink_is_not_followed() {
    let book = s2_book();
    std::fs::set_permissions(book.data_dir(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(db(&book), std::fs::Permissions::from_mode(0o644)).unwrap();
    book.ok(["suggest"]);
    assert_eq!(mode(&book.data_dir()), 0o700);
    assert_eq!(mode(&db(&book)), 0o600);
    let victim = book.file("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let out = book.file("export.json");
    std::os::unix::fs::symlink(&victim, &out).unwrap();
    book.ok([Path::new("export").as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me", "the symlink's target is untouched");
    assert!(!std::fs::symlink_metadata(&out).unwrap().file_type().is_symlink());
    assert_eq!(mode(&out), 0o600);
    assert!(std::fs::read_to_string(&out).unwrap().contains("advocates-archive"));
}
