//! Never losing a relationship, in the real window (issue 10): a person deleted and the app killed comes back from the
//! Trash after a restart; a backup is restored from Settings; a damaged book gets a window offering its latest good
//! backup; a second launch leaves the book alone; the window is refused core APIs it was not granted; and the app
//! keeps answering while the CLI imports 10,000 people into the same book.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use advocates_tests::cli::{import_scenario, run_ok};
use advocates_tests::e2e::{App, Desktop, Options};
use fantoccini::Locator;

const NOW: &str = "2025-03-10T09:00";
const TODAY: &str = "2025-03-10";

fn cli(data_dir: &Path, args: &[&str]) -> String {
    run_ok(data_dir, TODAY, args)
}

/// A book holding the engine's scenario s2 (Ana, Ben, Chloe…), as a user's book would be.
fn s2_book(data_dir: &Path) {
    import_scenario(data_dir, TODAY, "s2-thank.json");
}

fn desktop(data_dir: &Path) -> Desktop {
    Desktop::with(Options {
        env: vec![("ADVOCATES_NOW".into(), NOW.into()), ("TZ".into(), "UTC".into())],
        data_dir: Some(data_dir.to_owned()),
        ..Options::default()
    })
}

async fn click_button(app: &App, text: &str) {
    let xpath = format!("//button[normalize-space()='{text}']");
    let button = app
        .client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::XPath(&xpath))
        .await
        .unwrap_or_else(|e| panic!("no button {text:?}: {e}"));
    button.click().await.unwrap_or_else(|e| panic!("click {text:?}: {e}"));
}

async fn open_person(app: &App, id: &str) {
    app.open_page("People").await;
    app.click(&format!("li.person[data-person-id='{id}'] button, li.person[data-person-id='{id}'] a")).await;
    app.wait_for("button.link.quiet").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_deleted_before_a_crash_comes_back_from_the_trash() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    s2_book(&data_dir);
    let desktop = desktop(&data_dir);
    let app = desktop.launch().await;

    open_person(&app, "ben").await;
    click_button(&app, "Remove from book…").await;
    click_button(&app, "Remove Ben Okafor").await;
    app.wait_for_text(".toast", "Moved Ben Okafor").await;
    // The app dies within the Undo's 10 seconds: no quit, no clean shutdown.
    desktop.kill_app();
    let _ = app.client.close().await; // the session of the dead app
    assert!(!cli(&data_dir, &["export"]).contains("\"ben\""), "Ben is out of the book at once");

    let app = desktop.launch().await;
    app.open_page("People").await;
    app.wait_for("li.person").await;
    assert!(app.texts("li.person[data-person-id='ben']").await.is_empty(), "deleted people are not listed");
    click_button(&app, "Trash").await;
    let entry = app.wait_for_text("li.entry", "Ben Okafor").await;
    assert!(entry.contains("Person · deleted today"), "{entry}");
    app.screenshot("trash").await;
    click_button(&app, "Restore").await;
    app.wait_for_text(".toast", "Ben Okafor is back in your book").await;
    app.open_page("People").await;
    app.wait_for("li.person[data-person-id='ben']").await;
    app.quit().await;
    assert!(cli(&data_dir, &["export"]).contains("\"ben\""));
    assert_eq!(cli(&data_dir, &["trash"]), "The trash is empty.\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_is_restored_from_settings() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    s2_book(&data_dir);
    let desktop = desktop(&data_dir);
    let app = desktop.launch().await;

    app.open_page("Settings").await;
    click_button(&app, "Back up now").await;
    app.wait_for_text(".toast", "Backed up").await;
    app.wait_for_text("ul[aria-label='Backups']", "taken by you").await;
    // After the backup, Chloe is deleted (from the CLI, while the app runs: the book is shared safely).
    cli(&data_dir, &["delete", "chloe"]);
    assert!(!cli(&data_dir, &["export"]).contains("\"chloe\""));

    let restore = app
        .client
        .find(Locator::Css("ul[aria-label='Backups'] li:first-child button"))
        .await
        .expect("a Restore… button");
    let label = restore.attr("aria-label").await.unwrap().unwrap_or_default();
    assert!(label.contains("taken by you"), "the newest backup is the one just taken: {label}");
    restore.click().await.unwrap();
    app.wait_for_text("[role='alertdialog']", "saved as a backup first").await;
    app.screenshot("settings-restore").await;
    click_button(&app, "Restore this backup").await;
    app.wait_for_text(".toast", "Restored your book").await;
    app.wait_for_text("ul[aria-label='Backups']", "before a restore").await;
    app.open_page("People").await;
    app.wait_for("li.person[data-person-id='chloe']").await;
    app.quit().await;
    assert!(cli(&data_dir, &["export"]).contains("\"chloe\""), "the restored book is the one on disk");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_book_opens_a_window_that_offers_the_latest_good_backup() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    s2_book(&data_dir);
    run_ok(&data_dir, "2025-03-09", &["suggest"]); // the day's backup
    std::fs::write(data_dir.join("advocates.db"), vec![0x42u8; 16384]).unwrap();
    let _ = std::fs::remove_file(data_dir.join("advocates.db-wal"));

    let desktop = desktop(&data_dir);
    let app = desktop.launch().await;
    app.wait_for_text("#recovery-title", "Your book could not be opened").await;
    let text = app.wait_for_text("[role='alertdialog']", "latest good backup").await;
    assert!(text.contains("yesterday"), "{text}");
    app.screenshot("recovery").await;
    click_button(&app, "Restore the backup from yesterday").await;
    app.wait_for("#week-title").await;
    app.open_page("People").await;
    app.wait_for("li.person[data-person-id='ana']").await;
    app.quit().await;
    assert!(data_dir.join("advocates.db.unreadable-2025-03-10").exists(), "the damaged file is kept aside");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_is_refused_what_it_was_not_granted_and_a_second_launch_leaves_the_book_alone() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    s2_book(&data_dir);
    let desktop = desktop(&data_dir);
    let app = desktop.launch().await;
    app.wait_for("#week-title").await;

    let denied = app
        .script(
            "const done = arguments[arguments.length - 1];
             return window.__TAURI_INTERNALS__.invoke('plugin:app|version').then(() => 'allowed', (e) => String(e));",
        )
        .await;
    let denied = denied.as_str().unwrap_or_default().to_owned();
    assert!(denied.contains("not allowed"), "a core permission the window was not granted: {denied}");
    let frozen = app.script("return Object.isFrozen(Object.prototype)").await;
    assert_eq!(frozen, true, "freezePrototype");
    let allowed = app
        .script("return window.__TAURI_INTERNALS__.invoke('get_date').then((d) => d, (e) => 'refused: ' + String(e));")
        .await;
    assert_eq!(allowed, TODAY, "the app's own commands are allowed");

    // A second launch in the same session hands over to the running app and exits before it opens any book.
    let (_, env) = desktop.app_processes().into_iter().next().expect("the app runs");
    let elsewhere = root.path().join("never-created");
    let mut second = Command::new(advocates_tests::app_binary());
    second.env_clear().envs(env.iter().filter(|(k, _)| k != "ADVOCATES_DATA_DIR").cloned());
    second.env("ADVOCATES_DATA_DIR", &elsewhere);
    let mut child = second.spawn().unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.is_some(), "the second launch exits by itself");
    assert!(!elsewhere.exists(), "the second launch did not open (or create) a book");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_keeps_answering_while_the_cli_imports_ten_thousand_people() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    {
        // A book of one: the 10,000 that come in are generated with ids of their own.
        let store = advocates_core::Store::open_in_dir(&data_dir).unwrap();
        let ana = advocates_core::model::Person::new("ana", "Ana Lima");
        store.write(|tx| advocates_core::store::people::insert(tx, &ana)).unwrap();
    }
    let big = root.path().join("big.json");
    {
        let source = root.path().join("source");
        let store = advocates_core::Store::open_in_dir(&source).unwrap();
        let book = advocates_core::testkit::generate_book(10_000, 3, TODAY.parse().unwrap());
        store.write(|tx| advocates_core::testkit::insert_book(tx, &book)).unwrap();
        std::fs::write(&big, advocates_core::archive::export(&store, None).unwrap()).unwrap();
    }
    let desktop = desktop(&data_dir);
    let app = desktop.launch().await;
    app.wait_for("#week-title").await;

    let mut import = Command::new(advocates_tests::app_binary())
        .arg("--data-dir")
        .arg(&data_dir)
        .args(["--today", TODAY, "import"])
        .arg(&big)
        .env("TZ", "UTC")
        .spawn()
        .unwrap();
    // While it runs: read (People, a search) and write (add a person) from the window.
    app.open_page("People").await;
    app.type_into("input[name='search']", "ana").await;
    app.wait_for("li.person[data-person-id='ana']").await;
    app.wait_for("input[name='search']").await.clear().await.unwrap();
    click_button(&app, "Add person").await;
    app.type_into("form[aria-label='Add person'] input[name='name']", "Zoe Writer").await;
    app.click("form[aria-label='Add person'] button[type='submit'][value='save']").await;
    println!(
        "measure: the CLI import was still running when the window wrote: {}",
        import.try_wait().unwrap().is_none()
    );
    // The list shows a window of 10,000 rows: find her by name.
    app.type_into("input[name='search']", "zoe").await;
    let added = Instant::now();
    loop {
        let errors = app.texts(".error, .toast").await.join(" | ");
        assert!(!errors.contains("locked"), "the user saw: {errors}");
        if !app.texts("li.person[data-person-id='zoe-writer']").await.is_empty() {
            break;
        }
        assert!(added.elapsed() < Duration::from_secs(90), "Zoe was never added; the page says: {errors}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let status = import.wait().unwrap();
    assert!(status.success(), "the import finished");
    app.wait_for("li.person").await;
    app.quit().await;
    let exported = cli(&data_dir, &["export"]);
    assert!(exported.contains("\"zoe-writer\""));
    let people = serde_json::from_str::<serde_json::Value>(&exported).unwrap()["people"].as_array().unwrap().len();
    assert!(people > 10_000, "both the import and the window's write landed: {people}");
}
