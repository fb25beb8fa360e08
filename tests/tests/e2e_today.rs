//! Today, reminders and the first run, end to end in the real window, with notifications captured on the session
//! bus: a fixture book is imported with the CLI, the app's clock is pinned after the digest time, and the digest's
//! `org.freedesktop.Notifications.Notify` call must carry the day's count and first act — once, even across a
//! restart. Then Done → the implied interaction is logged with one keystroke → the act is gone from Today.

use std::path::Path;
use std::time::{Duration, Instant};

use advocates_tests::cli::{import_scenario, run_ok};
use advocates_tests::e2e::{Desktop, Notification, Options};
use serde_json::Value;

const TODAY: &str = "2025-03-10";
const ENTER: char = '\u{E007}';

fn cli(data_dir: &Path, args: &[&str]) -> String {
    run_ok(data_dir, TODAY, args)
}

/// The book of the engine's shared scenario s2 (Ben's referral, Ana's birthday, a dormant expert…).
fn import_fixture(data_dir: &Path) {
    import_scenario(data_dir, TODAY, "s2-thank.json");
}

fn wait_for_notifications(desktop: &Desktop, n: usize) -> Vec<Notification> {
    let start = Instant::now();
    loop {
        let seen = desktop.notifications();
        if seen.len() >= n {
            return seen;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "expected {n} Notify calls, saw {seen:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_digest_is_notified_once_and_done_logs_the_interaction() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");
    import_fixture(&data_dir);
    let digest: Value = serde_json::from_str(&cli(&data_dir, &["suggest", "--json"])).unwrap();
    let acts = digest["suggestions"].as_array().unwrap().clone();
    assert!(!acts.is_empty(), "the fixture has suggestions for {TODAY}");
    let hard = acts.iter().filter(|s| s["hard"] == true).count();

    let desktop = Desktop::with(Options {
        env: vec![("ADVOCATES_NOW".into(), format!("{TODAY}T09:00")), ("TZ".into(), "UTC".into())],
        data_dir: Some(data_dir.clone()),
        ..Default::default()
    });
    let app = desktop.launch().await;

    // The digest (and, if any, the hard items' notice) reach the bus at once: 09:00 is past the 08:30 digest.
    let expected = 1 + usize::from(hard > 0);
    let seen = wait_for_notifications(&desktop, expected);
    let title = if acts.len() == 1 {
        "1 thoughtful act today".to_owned()
    } else {
        format!("{} thoughtful acts today", acts.len())
    };
    assert_eq!(seen[0].summary, title);
    // Private notifications are on by default: a lock screen shows how many, never who or what.
    assert_eq!(seen[0].body, "Open Advocates to see them.");
    let book: Value = serde_json::from_str(&cli(&data_dir, &["export"])).unwrap();
    for person in book["people"].as_array().unwrap() {
        let first_name = person["name"].as_str().unwrap().split(' ').next().unwrap();
        for n in &seen {
            assert!(!n.body.contains(first_name) && !n.summary.contains(first_name), "{first_name} named in {n:?}");
        }
    }

    // Today shows the same acts, with their reasons.
    let first = acts[0]["id"].as_str().unwrap().to_owned();
    let card = format!("article[data-suggestion-id='{first}']");
    let text = app.wait_for_text(&card, acts[0]["title"].as_str().unwrap()).await;
    let why_open = app.script(&format!("return document.querySelector(\"{card} details.why\").open")).await;
    assert_eq!(why_open, false, "the reasons wait behind Why?: {text}");
    assert_eq!(app.texts("article.act").await.len(), acts.len());
    app.wait_for_text("aside[aria-labelledby='week-title']", "Coming this week").await;
    // Compact cards: at least three fit the 1280×800 window (or all of them, when fewer).
    let fit = app
        .script(
            "return [...document.querySelectorAll('article.act')]
                .filter(a => a.getBoundingClientRect().bottom <= window.innerHeight).length",
        )
        .await;
    assert!(fit.as_u64().unwrap() as usize >= acts.len().min(3), "cards in view: {fit}");
    app.screenshot("today").await;
    app.click(&format!("{card} details.why summary")).await;
    let text = app.wait_for_text(&card, acts[0]["why"]["now"].as_str().unwrap()).await;
    assert!(text.contains(acts[0]["why"]["them"].as_str().unwrap()), "why them is shown: {text}");
    app.screenshot("today-why").await;

    // Done → the app offers the interaction it implies → Enter logs it → the act is gone.
    app.click(&format!("{card} button.done")).await;
    let log = app.wait_for("[aria-label='Log the interaction'] button.primary").await;
    log.send_keys(&ENTER.to_string()).await.unwrap();
    app.wait_for_text(".toast", "Logged").await;
    app.wait_gone(&card).await;
    app.screenshot("today-after-done").await;
    app.quit().await;

    let book: Value = serde_json::from_str(&cli(&data_dir, &["export"])).unwrap();
    let people: Vec<Value> = acts[0]["people"].as_array().unwrap().clone();
    let logged: Vec<&Value> = book["interactions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["date"] == TODAY && i["with"].as_array().unwrap() == &people)
        .collect();
    assert_eq!(logged.len(), 1, "one interaction logged today with {people:?}: {:?}", book["interactions"]);
    let done: Vec<&Value> =
        book["feedback"].as_array().unwrap().iter().filter(|f| f["suggestion"] == first.as_str()).collect();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0]["action"], "done");

    // A restart on the same day does not notify again: the last digest date is kept in the book.
    let app = desktop.launch().await;
    app.wait_for("main h1").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    // (The weekly review may also have come: Sunday's was missed. Only the day's digest counts here.)
    let digests = desktop.notifications().into_iter().filter(|n| n.summary != "Your weekly review").count();
    assert_eq!(digests, expected, "never twice for one day");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sample_network_is_explored_and_removed_in_one_click() {
    let desktop = Desktop::with(Options {
        env: vec![("ADVOCATES_NOW".into(), format!("{TODAY}T07:00")), ("TZ".into(), "UTC".into())],
        ..Default::default()
    });
    let app = desktop.launch().await;
    app.wait_for_text("#welcome-title", "Welcome").await;
    let explore = app
        .client
        .find(fantoccini::Locator::XPath("//button[normalize-space()='Explore a sample network']"))
        .await
        .expect("the explore button");
    explore.click().await.unwrap();
    app.wait_for_text(".sample", "Sample network").await;
    app.wait_for("article.act").await;
    let acts = app.texts("article.act h2").await;
    assert_eq!(acts.len(), 3, "the sample fills the day at once: {acts:?}");
    app.screenshot("today-sample").await;

    let remove =
        app.client.find(fantoccini::Locator::XPath("//button[normalize-space()='Remove sample']")).await.unwrap();
    remove.click().await.unwrap();
    app.wait_for_text("#welcome-title", "Welcome").await;
    app.quit().await;

    let book: Value = serde_json::from_str(&cli(desktop.data_dir(), &["export"])).unwrap();
    for section in ["people", "interactions", "events", "favors", "follow_ups", "goals", "items", "feedback"] {
        assert_eq!(book[section].as_array().unwrap().len(), 0, "{section} left behind");
    }
    // Before 08:30 nothing was notified.
    assert!(desktop.notifications().is_empty());
}
