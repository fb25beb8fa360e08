//! The walking skeleton, end to end: the real app in a real window greets an empty book, keeps a person across a
//! restart, and refuses a blank name inline without writing anything.

use advocates_tests::e2e::Desktop;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_added_through_the_form_is_there_after_a_restart() {
    let desktop = Desktop::start();

    let app = desktop.launch().await;
    // An empty book opens on Today with the two ways to start.
    app.wait_for_text("#welcome-title", "Welcome to Advocates").await;
    app.screenshot("first-run").await;
    app.open_page("People").await;
    app.wait_for_text("main h1", "People").await;
    app.wait_for_text(".empty", "No one").await;

    // A blank name is refused inline, next to the field, and nothing is written.
    app.click("header button.primary").await;
    app.type_into("form[aria-label='Add person'] input[name='name']", "   ").await;
    app.click("form[aria-label='Add person'] button[type='submit']").await;
    let error = app.wait_for_text("#name-error", "required").await;
    assert!(error.contains("blank"), "inline error explains the problem: {error}");
    assert!(app.texts("li.person").await.is_empty());

    app.type_into("form[aria-label='Add person'] input[name='name']", "Ana Lima").await;
    app.click("select[name='circle'] option[value='2']").await;
    app.click("select[name='stage'] option[value='friend']").await;
    app.click("form[aria-label='Add person'] button[type='submit']").await;
    let row = app.wait_for_text("li.person[data-person-id='ana-lima']", "Ana Lima").await;
    assert!(row.contains("Close 15") && row.contains("Friend"), "row shows circle and stage: {row}");
    app.quit().await;

    // A new process on the same data dir finds her.
    let app = desktop.launch().await;
    app.open_page("People").await;
    let row = app.wait_for_text("li.person[data-person-id='ana-lima']", "Ana Lima").await;
    assert!(row.contains("Close 15"), "{row}");
    assert_eq!(app.texts("li.person").await.len(), 1);
    app.screenshot("people-after-restart").await;
    app.quit().await;

    assert!(desktop.data_dir().join("advocates.db").exists(), "the book is in the temp data dir");
}
