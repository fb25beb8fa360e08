//! Encryption at rest through the real binary (issue 13): a new book encrypted with its key in a real Secret Service
//! (gnome-keyring on a private D-Bus session, not a mock), a passphrase where no keychain is, a wrong passphrase
//! refused with exit 2 and nothing touched, plain → encrypted → plain keeping every record, sealed exports, and
//! `strings` over every file finding no note.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use advocates_tests::cli::{describe, stderr, Book, TODAY};
use advocates_tests::files_under;
use serde_json::Value;

const MARKER: &str = "Quokka-marker-7731";

/// An archive whose note, summary and event detail carry [`MARKER`].
fn marked_archive() -> String {
    format!(
        r#"{{"format": "advocates-archive", "version": 1,
            "people": [
              {{"id": "sam", "name": "Sam Okafor", "circle": 2, "notes": "{MARKER}: his father's chemo starts in May"}},
              {{"id": "ana", "name": "Ana Lima", "circle": 1}}],
            "interactions": [
              {{"id": "i1", "date": "2025-03-01", "kind": "call", "with": ["sam"], "minutes": 30,
                "summary": "{MARKER} talked about the diagnosis"}}],
            "events": [
              {{"id": "e1", "person": "sam", "kind": "illness", "date": "2025-02-20", "detail": "{MARKER} father"}}]
        }}"#
    )
}

/// A private D-Bus session with gnome-keyring's Secret Service unlocked in it, for one test.
struct Keyring {
    bus: Child,
    daemon: Child,
    address: String,
}

impl Keyring {
    fn start(book: &Book) -> Keyring {
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (package dbus) runs");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(bus.stdout.take().unwrap()), &mut line).unwrap();
        let address = line.trim().to_owned();
        assert!(address.starts_with("unix:"), "{address}");
        // The daemon keeps its keyring in the book's private home, like the CLI's environment.
        let mut env = book.command();
        env.env_clear_keyring(&address);
        let mut daemon = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .envs(env.get_envs().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(book.file("gnome-keyring.log")).unwrap())
            .spawn()
            .expect("gnome-keyring-daemon (package gnome-keyring) runs");
        // The login keyring's password on stdin, then EOF: it is created and unlocked.
        std::io::Write::write_all(daemon.stdin.as_mut().unwrap(), b"ci-login-password").unwrap();
        drop(daemon.stdin.take());
        let keyring = Keyring { bus, daemon, address };
        // Ready once our daemon owns the Secret Service's name (asked of the bus itself: a call addressed to the
        // service would have the bus start a second, locked daemon that takes the name first) and it is unlocked.
        let bus_call = |dest: &str, path: &str, method: &str, args: &[&str]| {
            Command::new("dbus-send")
                .env("DBUS_SESSION_BUS_ADDRESS", &keyring.address)
                .args(["--session", "--print-reply", &format!("--dest={dest}"), path, method])
                .args(args)
                .output()
                .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
                .unwrap_or_default()
        };
        for _ in 0..200 {
            let owned = bus_call(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                &["string:org.freedesktop.secrets"],
            );
            if owned.contains("boolean true") {
                let locked = bus_call(
                    "org.freedesktop.secrets",
                    "/org/freedesktop/secrets/aliases/default",
                    "org.freedesktop.DBus.Properties.Get",
                    &["string:org.freedesktop.Secret.Collection", "string:Locked"],
                );
                if locked.contains("boolean false") {
                    return keyring;
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!(
            "gnome-keyring's Secret Service did not come up unlocked: {}",
            std::fs::read_to_string(book.file("gnome-keyring.log")).unwrap_or_default()
        );
    }

    fn run(&self, book: &Book, args: &[&str]) -> Output {
        let mut cmd = book.command();
        cmd.env_clear_keyring(&self.address);
        cmd.arg("--data-dir").arg(book.data_dir()).args(args).output().unwrap()
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

trait KeyringEnv {
    fn env_clear_keyring(&mut self, address: &str) -> &mut Self;
}

impl KeyringEnv for Command {
    /// This test's bus, and nothing that would bypass the keychain.
    fn env_clear_keyring(&mut self, address: &str) -> &mut Self {
        self.env("DBUS_SESSION_BUS_ADDRESS", address)
            .env_remove("ADVOCATES_PASSPHRASE")
            .env_remove("ADVOCATES_KEYCHAIN")
    }
}

fn ok(out: Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    String::from_utf8(out.stdout).unwrap()
}

fn with_env(book: &Book, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = book.command();
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.arg("--data-dir").arg(book.data_dir()).args(args).output().unwrap()
}

/// Every file's path and a hash of its bytes (SQLite's shared-memory index of the log is left out: any reader
/// rewrites it, and it holds no records).
fn snapshot(dir: &Path) -> Vec<(PathBuf, u64)> {
    use std::hash::{Hash, Hasher};
    files_under(dir)
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with("-shm"))
        .map(|p| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            std::fs::read(&p).unwrap().hash(&mut hasher);
            (p, hasher.finish())
        })
        .collect()
}

/// `strings -a` (binutils) over every file of the book's folder: the book, its log, its backups, its key record.
fn assert_no_marker_in(dir: &Path) {
    let all = files_under(dir);
    assert!(all.iter().any(|p| p.ends_with("advocates.db")), "{all:?}");
    for file in all {
        let out = Command::new("strings").args(["-a", "-n", "6"]).arg(&file).output().expect("strings runs");
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains(MARKER), "`strings {}` finds the note", file.display());
        assert!(!text.contains("chemo"), "`strings {}` finds the note", file.display());
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn a_new_book_keeps_its_key_in_the_keychain_and_no_file_holds_a_note() {
    let book = Book::new();
    let keyring = Keyring::start(&book);
    let input = book.file("marked.json");
    std::fs::write(&input, marked_archive()).unwrap();
    let out = keyring.run(&book, &["import", input.to_str().unwrap()]);
    assert!(!stderr(&out).contains("not encrypted"), "{}", describe(&out));
    ok(out);
    let protection = json(&ok(keyring.run(&book, &["encryption", "--json"])));
    assert_eq!(protection["encrypted"], true);
    assert_eq!(protection["keychain"], true);
    assert_eq!(protection["passphrase"], false);
    // Every command works, the key coming from the keychain with no prompt.
    ok(keyring.run(&book, &["--today", TODAY, "suggest", "--json"]));
    ok(keyring.run(&book, &["log", "--with", "sam", "--kind", "call", "--summary", &format!("{MARKER} again")]));
    ok(keyring.run(&book, &["backup"]));
    ok(keyring.run(&book, &["--today", TODAY, "stats"]));
    assert!(ok(keyring.run(&book, &["export"])).contains(MARKER));
    assert_eq!(files_under(&book.data_dir().join("backups")).len(), 2, "the daily backup and the asked-for one");
    assert_no_marker_in(&book.data_dir());
    assert!(!std::fs::read(book.data_dir().join("advocates.db")).unwrap().starts_with(b"SQLite format 3"));

    // Without the keychain and with no passphrase: exit 2, a clear message, nothing touched.
    let before = snapshot(&book.data_dir());
    let out = with_env(&book, &[("ADVOCATES_KEYCHAIN", "off")], &["--today", TODAY, "suggest"]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("encrypted and locked"), "{}", stderr(&out));
    let out = with_env(&book, &[("ADVOCATES_KEYCHAIN", "off")], &["restore", "advocates-2025-03-10-manual.db"]);
    assert_eq!(out.status.code(), Some(2), "a locked book is not restored over: {}", describe(&out));
    assert_eq!(snapshot(&book.data_dir()), before);

    // A passphrase added later unlocks it where no keychain is; the keychain still does.
    let out = keyring.run(&book, &["passphrase"]);
    assert_eq!(out.status.code(), Some(2), "no new passphrase given, none asked off a terminal: {}", describe(&out));
    let mut cmd = book.command();
    cmd.env_clear_keyring(&keyring.address).env("ADVOCATES_NEW_PASSPHRASE", "blue heron at dawn");
    ok(cmd.arg("--data-dir").arg(book.data_dir()).arg("passphrase").output().unwrap());
    let off_with =
        |p: &str| with_env(&book, &[("ADVOCATES_KEYCHAIN", "off"), ("ADVOCATES_PASSPHRASE", p)], &["export"]);
    assert!(ok(off_with("blue heron at dawn")).contains(MARKER));
    let wrong = off_with("blue heron at dusk");
    assert_eq!(wrong.status.code(), Some(2), "{}", describe(&wrong));
    assert!(stderr(&wrong).contains("wrong passphrase"), "{}", stderr(&wrong));
    assert!(ok(keyring.run(&book, &["export"])).contains(MARKER));
}

#[test]
fn without_a_keychain_a_new_book_is_plain_with_a_warning_and_a_passphrase_encrypts_it() {
    let book = Book::new();
    let out = book.import_text(&marked_archive());
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(stderr(&out).contains("not encrypted"), "one line on stderr says so: {}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(!stderr(&book.run(["--today", TODAY, "stats"])).contains("not encrypted"), "said once, when created");
    let before = book.export();

    // Encrypting needs a passphrase here, and without one changes nothing.
    book.ok(["--today", TODAY, "suggest"]);
    let untouched = snapshot(&book.data_dir());
    let out = book.run(["--today", TODAY, "encrypt"]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("ADVOCATES_PASSPHRASE"), "{}", stderr(&out));
    assert_eq!(snapshot(&book.data_dir()), untouched);

    let out = with_env(&book, &[("ADVOCATES_NEW_PASSPHRASE", "tea at five")], &["passphrase"]);
    assert_eq!(out.status.code(), Some(2), "a plain book has no passphrase to set: {}", describe(&out));
    assert!(stderr(&out).contains("not encrypted"), "{}", stderr(&out));

    let pass = [("ADVOCATES_PASSPHRASE", "tea at five")];
    let said = ok(with_env(&book, &pass, &["--today", TODAY, "encrypt"]));
    assert!(said.contains("encrypted"), "{said}");
    let again = with_env(&book, &pass, &["--today", TODAY, "encrypt"]);
    assert_eq!(again.status.code(), Some(2), "{}", describe(&again));
    assert!(stderr(&again).contains("already encrypted"), "{}", stderr(&again));
    assert_no_marker_in(&book.data_dir());
    assert_eq!(ok(with_env(&book, &pass, &["export"])), before, "every record kept");
    let backups = json(&ok(with_env(&book, &pass, &["backups", "--json"])));
    assert!(backups.as_array().unwrap().iter().any(|b| b["kind"] == "before_conversion"), "{backups}");

    // Every command on the encrypted book, with the passphrase.
    for args in [
        vec!["--today", TODAY, "suggest", "--json"],
        vec!["--today", TODAY, "review"],
        vec!["duplicates"],
        vec!["log", "--with", "ana", "--kind", "coffee", "--minutes", "30"],
        vec!["backup"],
        vec!["trash"],
    ] {
        ok(with_env(&book, &pass, &args));
    }
    let after_log = ok(with_env(&book, &pass, &["export"]));

    // Back to plain on request: the same records, readable without a passphrase.
    ok(with_env(&book, &pass, &["--today", TODAY, "decrypt"]));
    assert!(std::fs::read(book.data_dir().join("advocates.db")).unwrap().starts_with(b"SQLite format 3"));
    assert_eq!(book.export(), after_log);
    let said = book.ok(["encryption"]);
    assert!(said.starts_with("Not encrypted"), "{said}");
}

#[test]
fn a_wrong_passphrase_is_refused_with_exit_2_and_changes_nothing() {
    let book = Book::new();
    let pass = [("ADVOCATES_PASSPHRASE", "correct horse battery")];
    let input = book.file("marked.json");
    std::fs::write(&input, marked_archive()).unwrap();
    let out = with_env(&book, &pass, &["import", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(!stderr(&out).contains("not encrypted"), "a passphrase encrypts a new book: {}", stderr(&out));
    assert_no_marker_in(&book.data_dir());
    let before = snapshot(&book.data_dir());
    let wrong = [("ADVOCATES_PASSPHRASE", "correct horse battery staple")];
    for args in [
        vec!["--today", TODAY, "suggest"],
        vec!["import", input.to_str().unwrap()],
        vec!["delete", "sam"],
        vec!["decrypt"],
        vec!["restore", "anything.db"],
        vec!["export"],
    ] {
        let out = with_env(&book, &wrong, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
        assert!(stderr(&out).contains("wrong passphrase"), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // No passphrase at all, off a terminal: locked, and it says how to unlock.
    let out = book.run(["export"]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("ADVOCATES_PASSPHRASE"), "{}", stderr(&out));
    assert_eq!(snapshot(&book.data_dir()), before, "byte for byte");
}

#[test]
fn a_damaged_encrypted_book_is_replaced_by_its_encrypted_backup() {
    let book = Book::new();
    let pass = [("ADVOCATES_PASSPHRASE", "correct horse battery")];
    let input = book.file("marked.json");
    std::fs::write(&input, marked_archive()).unwrap();
    ok(with_env(&book, &pass, &["import", input.to_str().unwrap()]));
    ok(with_env(&book, &pass, &["backup"]));
    let exported = ok(with_env(&book, &pass, &["export"]));
    // A disk error scribbles over the book's first page (past the salt).
    let db = book.data_dir().join("advocates.db");
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[100..4000].fill(0x5a);
    std::fs::write(&db, bytes).unwrap();
    let out = with_env(&book, &pass, &["--today", TODAY, "suggest"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(stderr(&out).contains("latest good backup is advocates-2025-03-10-manual.db"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("ERROR CORE"), "SQLCipher's own log stays quiet: {}", stderr(&out));
    ok(with_env(&book, &pass, &["restore", "advocates-2025-03-10-manual.db"]));
    assert_eq!(ok(with_env(&book, &pass, &["export"])), exported);
    assert!(!std::fs::read(&db).unwrap().starts_with(b"SQLite format 3"), "the restored book is encrypted");
}

#[test]
fn an_encrypted_export_imports_back_with_its_passphrase_only() {
    let book = Book::new();
    assert_eq!(book.import_text(&marked_archive()).status.code(), Some(0));
    let sealed = book.file("book.sealed");
    let pass = [("ADVOCATES_EXPORT_PASSPHRASE", "river stone")];
    ok(with_env(&book, &pass, &["export", "--encrypt", "--out", sealed.to_str().unwrap()]));
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"ADVOCATES-SEALED-ARCHIVE 1\n"));
    assert!(!String::from_utf8_lossy(&bytes).contains(MARKER));
    let out = book.run(["export", "--encrypt"]);
    assert_eq!(out.status.code(), Some(2), "no passphrase, no terminal: {}", describe(&out));

    let other = Book::new();
    other.ok(["stats"]);
    let empty = snapshot(&other.data_dir());
    let out =
        with_env(&other, &[("ADVOCATES_EXPORT_PASSPHRASE", "river stones")], &["import", sealed.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("wrong passphrase"), "{}", stderr(&out));
    assert_eq!(snapshot(&other.data_dir()), empty, "nothing written");
    let out = other.run(["import", sealed.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    ok(with_env(&other, &pass, &["import", sealed.to_str().unwrap()]));
    assert_eq!(other.export(), book.export());
}
