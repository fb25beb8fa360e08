//! The commands as the window calls them, through Tauri's mock runtime (no desktop, no display): the JSON the UI
//! receives, and the `{ code, message, field }` of a refusal.

use advocates_core::Store;
use serde_json::{json, Value};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::WebviewWindow;

use crate::AppState;

fn window() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = crate::build(mock_builder(), AppState::new(Store::in_memory().unwrap()))
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    (app, window)
}

fn call(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        window,
        tauri::webview::InvokeRequest {
            cmd: cmd.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: tauri::ipc::InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn quick_log_adds_a_new_person_with_the_interaction_and_today_counts_who_has_no_rhythm() {
    let (_app, window) = window();
    let today = call(&window, "get_date", json!({})).unwrap();
    let today = today.as_str().unwrap().to_owned();
    assert_eq!(today.len(), 10, "YYYY-MM-DD: {today}");

    let coffee = json!({ "id": "", "date": today, "kind": "coffee", "with": [], "initiator": "me", "minutes": 45,
                         "summary": "coffee with Zed" });
    let blank = json!([{ "name": " ", "circle": null, "stage": null, "birthday": null }]);
    let refused =
        call(&window, "log_with_new_people", json!({ "interaction": coffee, "newPeople": blank })).unwrap_err();
    assert_eq!(refused["code"], "invalid");
    assert_eq!(refused["field"], "new_people[0].name");

    let zed = json!([{ "name": "Zed", "circle": null, "stage": null, "birthday": "--03-12" }]);
    let logged = call(&window, "log_with_new_people", json!({ "interaction": coffee, "newPeople": zed })).unwrap();
    assert_eq!(logged["people"][0]["id"], "zed");
    assert_eq!(logged["people"][0]["birthday"], "--03-12");
    assert_eq!(logged["interaction"]["with"], json!(["zed"]));

    let summary = call(&window, "get_day_summary", json!({})).unwrap();
    assert_eq!(summary, json!({ "done": 0, "rhythms": { "active": 1, "without_rhythm": 1, "without_birthday": 0 } }));

    let explained = call(&window, "explain_person", json!({ "id": "zed" })).unwrap();
    assert_eq!(explained["person"]["name"], "Zed");
    let missing = call(&window, "explain_person", json!({ "id": "nobody" })).unwrap_err();
    assert_eq!(missing["code"], "not_found");
}

/// Import from the window: the preview writes nothing, the import adds and queues, undo removes it whole; the
/// duplicates come with both people, merge takes the chosen values, "not the same" is remembered.
#[test]
fn import_preview_run_undo_and_the_duplicates() {
    let (app, window) = window();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contacts.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Álvarez\r\nORG:Acme\r\nEMAIL:jose@acme.example\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jose Alvarez\r\nORG:Acme\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:just a note\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let path = file.to_string_lossy().into_owned();

    let preview = call(&window, "preview_import", json!({ "path": path, "format": null })).unwrap();
    assert_eq!(preview["file_name"], "contacts.vcf");
    assert_eq!(preview["preview"]["report"]["format"], "vcard");
    assert_eq!(preview["preview"]["report"]["added"], 2);
    assert_eq!(preview["preview"]["report"]["queued"], 1);
    assert_eq!(preview["preview"]["report"]["skipped"][0]["line"], 12);
    assert_eq!(preview["preview"]["total"], 3);
    assert_eq!(preview["preview"]["first"][0]["name"], "José Álvarez");
    assert_eq!(preview["preview"]["first"][0]["contact"], "jose@acme.example");
    assert_eq!(call(&window, "list_people", json!({})).unwrap(), json!([]), "a preview writes nothing");

    let progress = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Value>::new()));
    let seen = progress.clone();
    tauri::Listener::listen_any(&app, "import-progress", move |event| {
        seen.lock().unwrap().push(serde_json::from_str(event.payload()).unwrap());
    });
    let imported = call(&window, "run_import", json!({ "path": path, "format": null })).unwrap();
    assert_eq!(imported["report"]["added"], 2);
    let progress = progress.lock().unwrap().clone();
    assert_eq!(progress.first(), Some(&json!({ "done": 0, "total": 3 })), "{progress:?}");
    assert_eq!(progress.last(), Some(&json!({ "done": 3, "total": 3 })), "{progress:?}");
    assert_eq!(imported["added_ids"].as_array().unwrap().len(), 2);
    let batch = imported["batch"].clone();
    assert!(batch.is_number(), "{imported}");

    let pairs = call(&window, "list_duplicates", json!({})).unwrap();
    assert_eq!(pairs.as_array().unwrap().len(), 1);
    let names = [pairs[0]["a"]["name"].as_str().unwrap(), pairs[0]["b"]["name"].as_str().unwrap()];
    assert!(names.contains(&"José Álvarez") && names.contains(&"Jose Alvarez"), "{names:?}");
    assert!(pairs[0]["reasons"].as_array().unwrap().contains(&json!("same company")));

    let undone = call(&window, "undo_import", json!({ "batch": batch })).unwrap();
    assert_eq!(undone, json!({ "removed": 2, "restored": 0 }));
    assert_eq!(call(&window, "list_people", json!({})).unwrap(), json!([]));
    let again = call(&window, "undo_import", json!({ "batch": batch })).unwrap_err();
    assert_eq!(again["code"], "not_found");

    // Again, and this time the pair is merged with the other's name, then a new pair is kept apart.
    call(&window, "run_import", json!({ "path": path, "format": null })).unwrap();
    let pairs = call(&window, "list_duplicates", json!({})).unwrap();
    let (a, b) = (pairs[0]["a"].clone(), pairs[0]["b"].clone());
    let other_name = b["name"].clone();
    let kept =
        call(&window, "merge_people", json!({ "keep": a["id"], "other": b["id"], "fromOther": ["name"] })).unwrap();
    assert_eq!(kept["name"], other_name);
    assert_eq!(call(&window, "list_duplicates", json!({})).unwrap(), json!([]));
    let people = call(&window, "list_people", json!({})).unwrap();
    assert_eq!(people.as_array().unwrap().len(), 1);

    let refused = call(&window, "mark_not_duplicates", json!({ "a": a["id"], "b": a["id"] })).unwrap_err();
    assert_eq!(refused["code"], "invalid");

    // A third Jose, kept apart, then taken back: the pair comes back.
    call(&window, "create_person", json!({ "input": { "name": "Jose Alvarez" } })).unwrap();
    let pairs = call(&window, "list_duplicates", json!({})).unwrap();
    assert_eq!(pairs.as_array().unwrap().len(), 1, "{pairs}");
    let (x, y) = (pairs[0]["a"]["id"].clone(), pairs[0]["b"]["id"].clone());
    call(&window, "mark_not_duplicates", json!({ "a": x, "b": y })).unwrap();
    assert_eq!(call(&window, "list_duplicates", json!({})).unwrap(), json!([]));
    call(&window, "undo_not_duplicates", json!({ "a": x, "b": y })).unwrap();
    assert_eq!(call(&window, "list_duplicates", json!({})).unwrap().as_array().unwrap().len(), 1);

    let missing = call(&window, "preview_import", json!({ "path": dir.path().join("nope.vcf"), "format": null }));
    assert_eq!(missing.unwrap_err()["code"], "io");
    let junk = dir.path().join("junk.bin");
    std::fs::write(&junk, [0u8, 159, 146, 150, 1, 2]).unwrap();
    let refused = call(&window, "preview_import", json!({ "path": junk, "format": null })).unwrap_err();
    assert_eq!((refused["code"].as_str(), refused["field"].as_str()), (Some("invalid"), Some("file")));
}

#[test]
fn the_ladder_commands_accept_undo_refuse_and_keep_the_review_time() {
    let (_app, window) = window();
    let ben = json!({ "name": "Ben Okafor", "circle": 2, "stage": "ally", "birthday": null });
    call(&window, "create_person", json!({ "input": ben })).unwrap();
    let view = call(&window, "get_ladder", json!({})).unwrap();
    assert_eq!(view["headline"], "0 advocates · 1 ally · 0 friends");
    assert_eq!(view["dots"][0]["person"], "ben-okafor");

    let accepted = call(&window, "accept_proposal", json!({ "person": "ben-okafor", "to": "advocate" })).unwrap();
    assert_eq!((&accepted["from"], &accepted["person"]["stage"]), (&json!("ally"), &json!("advocate")));
    assert_eq!(call(&window, "get_ladder", json!({})).unwrap()["headline"], "1 advocate · 0 allies · 0 friends");
    call(&window, "undo_accept_proposal", json!({ "accepted": accepted })).unwrap();
    assert_eq!(call(&window, "get_ladder", json!({})).unwrap()["headline"], "0 advocates · 1 ally · 0 friends");

    let again = call(&window, "accept_proposal", json!({ "person": "ben-okafor", "to": "ally" })).unwrap_err();
    assert_eq!((&again["code"], &again["field"]), (&json!("invalid"), &json!("to")));
    let nobody = call(&window, "refuse_proposal", json!({ "person": "nobody", "to": "ally" })).unwrap_err();
    assert_eq!(nobody["code"], "not_found");
    let refused = call(&window, "refuse_proposal", json!({ "person": "ben-okafor", "to": "friend" })).unwrap();
    assert_eq!(refused["refusal"]["to"], "friend");
    call(&window, "undo_refuse_proposal", json!({ "refused": refused })).unwrap();

    let review = call(&window, "get_review_settings", json!({})).unwrap();
    assert_eq!(review, json!({ "day": "sunday", "time": "18:00" }));
    let friday = json!({ "day": "friday", "time": "16:30" });
    assert_eq!(call(&window, "update_review_settings", json!({ "review": friday })).unwrap(), friday);
    assert_eq!(call(&window, "get_review_settings", json!({})).unwrap(), friday);
    assert!(
        call(&window, "update_review_settings", json!({ "review": { "day": "someday", "time": "16:30" } })).is_err()
    );
    assert_eq!(call(&window, "get_review_settings", json!({})).unwrap(), friday, "nothing written");
    let week = call(&window, "get_review", json!({})).unwrap();
    assert_eq!(week["weeks"].as_array().unwrap().len(), 8);
}

#[test]
fn a_locked_book_answers_nothing_until_its_passphrase_unlocks_it() {
    use advocates_core::crypt::{keychain, Unlock};
    let dir = tempfile::tempdir().unwrap();
    let unlock = Unlock { passphrase: Some(zeroize::Zeroizing::new("tea at five".into())), keychain: &keychain::NONE };
    let store = Store::open_with(&dir.path().join(advocates_core::store::DB_FILE), &unlock).unwrap();
    let app = crate::build(mock_builder(), AppState::new(store))
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let ana = json!({ "name": "Ana Lima", "circle": 2, "stage": null, "birthday": null });
    call(&window, "create_person", json!({ "input": ana })).unwrap();

    call(&window, "lock_book", json!({})).unwrap();
    let recovery = call(&window, "get_recovery", json!({})).unwrap();
    assert_eq!(recovery["code"], "locked");
    assert!(call(&window, "list_people", json!({})).is_err(), "nothing is read while locked");
    let wrong = call(&window, "unlock_book", json!({ "passphrase": "tea at six" })).unwrap_err();
    assert_eq!(wrong["code"], "wrong_passphrase");
    assert!(call(&window, "list_people", json!({})).is_err());

    call(&window, "unlock_book", json!({ "passphrase": "tea at five" })).unwrap();
    assert_eq!(call(&window, "get_recovery", json!({})).unwrap(), Value::Null);
    let upkept = *tauri::Manager::state::<AppState>(&app).upkept.lock().unwrap();
    assert_eq!(upkept, None, "the day's backup is left to the reminders thread, not done before the window shows");
    let people = call(&window, "list_people", json!({})).unwrap();
    assert_eq!(people[0]["name"], "Ana Lima", "{people}");
    drop(app);
}
