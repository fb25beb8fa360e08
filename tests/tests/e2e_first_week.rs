//! The first week of a newcomer, end to end in the real window (issue 15): an empty book → three people added with
//! "Save & add another" → a coffee logged from Quick log with a name the book does not know yet → a birthday three days
//! away. Then the app is opened on each of the next days (`ADVOCATES_NOW` moves one day at a time): the fresh tie gets
//! its follow-up, "Coming this week" lists the birthday beforehand, and the birthday is on Today on its day. Each day's
//! screen is saved as `target/e2e/first-week-day-N.png`.

use advocates_tests::e2e::{App, Desktop, Options};
use chrono::{Duration, NaiveDate};

const CTRL: char = '\u{E009}';
const ENTER: char = '\u{E007}';
const RELEASE: char = '\u{E000}';

/// Monday 2 June 2025; Omar's birthday is three days later, on Thursday 5 June.
fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 2).unwrap() + Duration::days(n - 1)
}

fn desktop_on(n: i64, data_dir: &std::path::Path) -> Desktop {
    Desktop::with(Options {
        env: vec![("ADVOCATES_NOW".into(), format!("{}T09:00", day(n))), ("TZ".into(), "UTC".into())],
        data_dir: Some(data_dir.to_owned()),
        ..Default::default()
    })
}

/// The acts on Today (title lines), and the week ahead, as the page shows them.
async fn today(app: &App) -> (Vec<String>, String) {
    app.wait_for("#week-title").await;
    let acts = app.texts("article.act").await;
    let week = app.texts("ul.upcoming").await.join("\n");
    (acts, week)
}

async fn add(app: &App, name: &str, circle: Option<&str>, birthday: Option<(u32, u32)>, another: bool) {
    let form = "form[aria-label='Add person']";
    app.type_into(&format!("{form} input[name='name']"), name).await;
    if let Some(circle) = circle {
        app.click(&format!("{form} input[name='circle'][value='{circle}']")).await;
    }
    if let Some((month, dom)) = birthday {
        app.click(&format!("{form} select[name='birthday-month'] option[value='{month}']")).await;
        app.type_into(&format!("{form} input[name='birthday-day']"), &dom.to_string()).await;
    }
    let button = if another { "another" } else { "save" };
    app.click(&format!("{form} button[type='submit'][value='{button}']")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newcomers_first_week_brings_the_follow_up_and_the_birthday() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("book");

    // Day 1: an empty book; "Add your first people" opens the form with the cursor in Name.
    let desktop = desktop_on(1, &data_dir);
    let app = desktop.launch().await;
    app.wait_for_text("#welcome-title", "Welcome to Advocates").await;
    let add_first = app
        .client
        .find(fantoccini::Locator::XPath("//button[normalize-space()='Add your first people']"))
        .await
        .expect("the add button");
    add_first.click().await.unwrap();
    app.wait_for("form[aria-label='Add person'] input[name='name']").await;
    // The circles explainer pops up the first time; close it if it is in the way.
    if let Ok(close) =
        app.client.find(fantoccini::Locator::Css("[aria-label='About circles, stages and your ten'] button")).await
    {
        let _ = close.click().await;
    }

    // Three people with "Save & add another": the form stays open, empty, the cursor back in Name.
    add(&app, "Maya Chen", Some("2"), None, true).await;
    app.wait_for_text("li.person[data-person-id='maya-chen']", "Maya Chen").await;
    let focused = app.script("return document.activeElement && document.activeElement.name").await;
    assert_eq!(focused, "name", "Save & add another keeps the keyboard in the form");
    let name_now =
        app.script("return document.querySelector(\"form[aria-label='Add person'] input[name='name']\").value").await;
    assert_eq!(name_now, "", "and empties it");
    add(&app, "Omar Haddad", Some("3"), Some((6, 5)), true).await;
    app.wait_for_text("li.person[data-person-id='omar-haddad']", "Omar Haddad").await;
    add(&app, "Lena Park", None, None, false).await;
    app.wait_for_text("li.person[data-person-id='lena-park']", "Lena Park").await;
    app.screenshot("first-week-people").await;

    // A coffee with someone the book does not know yet: Quick log adds Zed and logs it in one step.
    let search = app.wait_for("input[name='search']").await;
    search.send_keys(&format!("{CTRL}k{RELEASE}")).await.unwrap();
    app.type_into("input[name='quicklog']", "coffee with Zed today").await;
    app.wait_for_text("#quicklog-preview", "Add Zed as a new person").await;
    app.click("#quicklog-preview input[name='add-new-0']").await;
    app.wait_for("input[name='quicklog']").await.send_keys(&ENTER.to_string()).await.unwrap();
    app.wait_for_text(".toast", "Added Zed").await;
    app.quit().await;
    drop(desktop);

    // Each morning of the week: what Today holds, and what it says is coming.
    let mut follow_up_days = Vec::new();
    for n in 1..=7 {
        let desktop = desktop_on(n, &data_dir);
        let app = desktop.launch().await;
        let (acts, week) = today(&app).await;
        app.screenshot(&format!("first-week-day-{n}")).await;
        let all = acts.join("\n");
        if all.contains("Follow up with Zed") {
            follow_up_days.push(n);
        }
        let birthday_card = acts.iter().any(|a| a.contains("Omar Haddad") && a.contains("birthday"));
        match n {
            // Before the day, the week ahead lists it, in words ("Thu 5 Jun"), never as an ISO date.
            1..=3 => {
                assert!(
                    week.contains("Omar Haddad") && week.contains("birthday"),
                    "day {n}: coming this week lists it: {week}"
                );
                let when = if n == 3 { "tomorrow" } else { "5 Jun" };
                assert!(week.contains(when), "day {n}: said as people say it ({when}): {week}");
                assert!(!week.contains("2025-06-05") && !week.contains("--06-05"), "day {n}: dates in words: {week}");
            }
            // On the day, the birthday is an act on Today.
            4 => assert!(birthday_card, "day 4 is Omar's birthday: {all}"),
            // After it, no belated birthday.
            _ => assert!(!birthday_card, "day {n}: no belated birthday: {all}"),
        }
        app.quit().await;
    }
    // The fresh tie gets its follow-up within the first days (ENGINE.md §10.10), and not forever.
    assert!(follow_up_days.contains(&1), "the coffee with Zed brings a follow-up at once: {follow_up_days:?}");
    assert!(follow_up_days.iter().all(|&n| n <= 4), "only while the tie is fresh: {follow_up_days:?}");
}
