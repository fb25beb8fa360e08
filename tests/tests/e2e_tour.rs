//! A newcomer's tour of every page with their own three people: nothing on any page is an error, every page says what
//! it is, and each is saved as `target/e2e/tour-<page>.png` to be looked at.

use advocates_tests::e2e::{App, Desktop, Options};
use fantoccini::Locator;

async fn add(app: &App, name: &str, circle: &str) {
    let form = "form[aria-label='Add person']";
    app.type_into(&format!("{form} input[name='name']"), name).await;
    app.click(&format!("{form} input[name='circle'][value='{circle}']")).await;
    app.click(&format!("{form} button[type='submit'][value='another']")).await;
    app.wait_for(&format!("li.person[data-person-id='{}']", name.to_lowercase().replace(' ', "-"))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_reads_well_for_a_newcomer_with_three_people() {
    let desktop = Desktop::with(Options {
        env: vec![("ADVOCATES_NOW".into(), "2025-06-04T10:00".into()), ("TZ".into(), "UTC".into())],
        ..Options::default()
    });
    let app = desktop.launch().await;
    app.wait_for_text("#welcome-title", "Welcome to Advocates").await;
    app.screenshot("tour-welcome").await;
    app.open_page("People").await;
    app.click("header button.primary").await;
    if let Ok(close) = app.client.find(Locator::Css("[aria-label='About circles, stages and your ten'] button")).await {
        let _ = close.click().await;
    }
    add(&app, "Maya Chen", "2").await;
    add(&app, "Omar Haddad", "3").await;
    add(&app, "Lena Fischer", "1").await;

    for (page, shot) in [
        ("Today", "today"),
        ("People", "people"),
        ("Goals", "goals"),
        ("Advocates", "advocates"),
        ("Weekly review", "review"),
        ("Settings", "settings"),
    ] {
        app.open_page(page).await;
        let heading = app.wait_for("main h1").await.text().await.unwrap();
        assert!(!heading.trim().is_empty(), "{page} has a heading");
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let errors: Vec<String> =
            app.texts("main .error, main [role='alert']").await.into_iter().filter(|t| !t.trim().is_empty()).collect();
        assert!(errors.is_empty(), "{page} shows an error to a newcomer: {errors:?}");
        let body = app.texts("main").await.join(" ");
        for leak in ["undefined", "NaN", "null", "[object Object]"] {
            assert!(!body.contains(leak), "{page} shows {leak:?}: {body}");
        }
        app.screenshot(&format!("tour-{shot}")).await;
    }
    // The pages reached from People: the Trash and Possible duplicates, both empty and kind about it.
    app.open_page("People").await;
    let trash = app.client.find(Locator::XPath("//main//button[normalize-space()='Trash']")).await.unwrap();
    trash.click().await.unwrap();
    app.wait_for_text("main", "The Trash is empty.").await;
    app.screenshot("tour-trash").await;
    app.quit().await;
}
