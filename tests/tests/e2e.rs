//! The walking skeleton, end to end: the real app in a real window greets an empty book, keeps a person across a
//! restart, and refuses a blank name inline without writing anything.

use advocates_tests::e2e::Desktop;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_added_through_the_form_is_there_after_a_restart() {
    let desktop = Desktop::start();

    let app = desktop.launch().await;
    // An empty book opens on Today with the two ways to start; "Add your first people" opens the form itself.
    app.wait_for_text("#welcome-title", "Welcome to Advocates").await;
    app.screenshot("first-run").await;
    let add = app
        .client
        .find(fantoccini::Locator::XPath("//button[normalize-space()='Add your first people']"))
        .await
        .expect("the add button");
    add.click().await.unwrap();
    app.wait_for_text("main h1", "People").await;
    app.wait_for("form[aria-label='Add person'] input[name='name']").await;
    let focused = app.script("return document.activeElement && document.activeElement.name").await;
    assert_eq!(focused, "name", "the cursor is in Name");
    // How close, in plain words with the rhythm each implies, and a birthday, up front.
    let form = app.wait_for_text("form[aria-label='Add person']", "about monthly").await;
    assert!(form.contains("only their birthdays and dates") && form.contains("Birthday"), "{form}");
    app.screenshot("add-person").await;

    // A blank name is refused inline, next to the field, and nothing is written.
    app.type_into("form[aria-label='Add person'] input[name='name']", "   ").await;
    app.click("form[aria-label='Add person'] button[type='submit']").await;
    let error = app.wait_for_text("#name-error", "required").await;
    assert!(error.contains("blank"), "inline error explains the problem: {error}");
    assert!(app.texts("li.person").await.is_empty());

    app.type_into("form[aria-label='Add person'] input[name='name']", "Ana Lima").await;
    app.click("form[aria-label='Add person'] input[name='circle'][value='2']").await;
    app.click("select[name='stage'] option[value='friend']").await;
    app.click("form[aria-label='Add person'] button[type='submit']").await;
    let row = app.wait_for_text("li.person[data-person-id='ana-lima']", "Ana Lima").await;
    assert!(row.contains("Close 15") && row.contains("Friend"), "row shows circle and stage: {row}");
    app.quit().await;

    // A new process on the same data dir finds her.
    let app = desktop.launch().await;
    app.open_page("People").await;
    let row = app.wait_for_text("li.person[data-person-id='ana-lima']", "Ana Lima").await;
    assert!(row.contains("Close 15 ·"), "{row}");
    assert_eq!(app.texts("li.person").await.len(), 1);
    app.screenshot("people-after-restart").await;
    app.quit().await;

    assert!(desktop.data_dir().join("advocates.db").exists(), "the book is in the temp data dir");
}
