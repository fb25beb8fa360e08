//! Encryption at rest in the real window (issue 13): an encrypted book opens on the unlock screen, refuses a wrong
//! passphrase and opens with the right one; Ctrl+L locks it again; a plain book is encrypted from Settings, after
//! which no file holds a note and the next start asks for the passphrase. No keychain here (ADVOCATES_KEYCHAIN=off):
//! the passphrase does the work, as on a machine without a Secret Service.

use std::path::Path;
use std::process::Command;

use advocates_tests::e2e::{App, Desktop, Options};

const NOW: &str = "2025-03-10T09:00";
const TODAY: &str = "2025-03-10";
const PASSPHRASE: &str = "blue heron at dawn";
const MARKER: &str = "Wombat-marker-5521";
const CTRL: char = '\u{E009}';
const RELEASE: char = '\u{E000}';

/// The CLI on the book, without a keychain, with `passphrase` when given.
fn cli(data_dir: &Path, passphrase: Option<&str>, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(advocates_tests::app_binary());
    cmd.arg("--data-dir").arg(data_dir).args(["--today", TODAY]).args(args);
    cmd.env("TZ", "UTC").env("ADVOCATES_NOW", NOW).env("ADVOCATES_KEYCHAIN", "off").env_remove("ADVOCATES_PASSPHRASE");
    if let Some(p) = passphrase {
        cmd.env("ADVOCATES_PASSPHRASE", p);
    }
    cmd.output().expect("run the CLI")
}

fn cli_ok(data_dir: &Path, passphrase: Option<&str>, args: &[&str]) -> String {
    let out = cli(data_dir, passphrase, args);
    assert!(out.status.success(), "advocates {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Scenario s2's people, and a call whose summary carries [`MARKER`].
fn book_with_a_note(data_dir: &Path, passphrase: Option<&str>) {
    let text =
        std::fs::read_to_string(advocates_tests::repo_root().join("tests/fixtures/scenarios/s2-thank.json")).unwrap();
    let scenario: serde_json::Value = serde_json::from_str(&text).unwrap();
    std::fs::create_dir_all(data_dir).unwrap();
    let file = data_dir.with_extension("json");
    std::fs::write(&file, scenario["archive"].to_string()).unwrap();
    cli_ok(data_dir, passphrase, &["import", file.to_str().unwrap()]);
    let summary = format!("{MARKER}: Ben's father is in hospital");
    cli_ok(data_dir, passphrase, &["log", "--with", "ben", "--kind", "call", "--summary", &summary]);
}

fn desktop(data_dir: &Path) -> Desktop {
    Desktop::with(Options {
        env: vec![
            ("ADVOCATES_NOW".into(), NOW.into()),
            ("TZ".into(), "UTC".into()),
            ("ADVOCATES_KEYCHAIN".into(), "off".into()),
        ],
        data_dir: Some(data_dir.to_owned()),
        ..Options::default()
    })
}

async fn unlock_with(app: &App, passphrase: &str) {
    app.type_into("input[name='passphrase']", passphrase).await;
    app.click("form[aria-labelledby='unlock-title'] button[type='submit']").await;
}

/// No file of the book's folder (book, log, backups, key record) holds the note, read as `strings` would.
fn assert_no_marker(dir: &Path) {
    for entry in advocates_tests::files_under(dir) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()), "{} holds the note", entry.display());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_encrypted_book_opens_with_its_passphrase_and_locks_again() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    book_with_a_note(&data_dir, Some(PASSPHRASE));
    assert_no_marker(&data_dir);
    let desktop = desktop(&data_dir);
    let app = desktop.launch().await;

    let text = app.wait_for_text("main.unlock", "Your book is locked").await;
    assert!(!text.contains("Ben") && !text.contains(MARKER), "nothing personal while locked: {text}");
    assert!(app.texts("nav").await.is_empty(), "no pages while locked");
    app.screenshot("unlock").await;
    unlock_with(&app, "blue heron at dusk").await;
    app.wait_for_text("#unlock-error", "does not open this book").await;
    app.screenshot("unlock-wrong").await;
    unlock_with(&app, PASSPHRASE).await;
    app.wait_for("nav").await;
    app.open_page("People").await;
    app.wait_for("li.person[data-person-id='ben']").await;

    app.open_page("Settings").await;
    let status = app.wait_for_text("[data-testid='encryption-status']", "encrypted").await;
    assert!(status.contains("Your passphrase opens it"), "{status}");
    app.screenshot("settings-encryption").await;

    // Ctrl+L locks it: the unlock screen, and nothing of the book behind it.
    app.wait_for("body").await.send_keys(&format!("{CTRL}l{RELEASE}")).await.unwrap();
    app.wait_for_text("main.unlock", "Advocates has locked your book").await;
    assert!(app.texts("nav").await.is_empty());
    unlock_with(&app, PASSPHRASE).await;
    app.wait_for("nav").await;
    app.quit().await;
    assert_no_marker(&data_dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_book_is_encrypted_from_settings() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    book_with_a_note(&data_dir, None);
    let before = cli_ok(&data_dir, None, &["export"]);
    assert!(before.contains(MARKER));
    let desktop = desktop(&data_dir);
    let app = desktop.launch().await;

    app.open_page("Settings").await;
    app.wait_for_text("[data-testid='encryption-status']", "not encrypted").await;
    app.type_into("form[aria-label='Encrypt'] input[name='new_passphrase']", PASSPHRASE).await;
    app.type_into("form[aria-label='Encrypt'] input[name='new_passphrase_again']", PASSPHRASE).await;
    app.click("form[aria-label='Encrypt'] button[type='submit']").await;
    app.wait_for_text(".toast", "Your book is encrypted").await;
    let status = app.wait_for_text("[data-testid='encryption-status']", "is encrypted").await;
    assert!(status.contains("Your passphrase opens it"), "{status}");
    app.wait_for_text("ul[aria-label='Backups']", "before encrypting").await;
    app.screenshot("settings-encrypted").await;
    // The window goes on with the encrypted book.
    app.open_page("People").await;
    app.wait_for("li.person[data-person-id='ben']").await;
    app.quit().await;

    assert_no_marker(&data_dir);
    let locked = cli(&data_dir, None, &["export"]);
    assert_eq!(locked.status.code(), Some(2), "{}", String::from_utf8_lossy(&locked.stderr));
    assert!(cli_ok(&data_dir, Some(PASSPHRASE), &["export"]) == before, "every record kept");

    let app = desktop.launch().await;
    app.wait_for_text("main.unlock", "Your book is locked").await;
    unlock_with(&app, PASSPHRASE).await;
    app.open_page("People").await;
    app.wait_for("li.person[data-person-id='ben']").await;
    app.quit().await;
}
