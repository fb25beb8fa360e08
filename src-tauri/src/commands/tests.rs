//! The commands as the window calls them, through Tauri's mock runtime (no desktop, no display): the JSON the UI
//! receives, and the `{ code, message, field }` of a refusal.

use advocates_core::Store;
use serde_json::{json, Value};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::WebviewWindow;

use crate::AppState;

fn window() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = crate::build(mock_builder(), AppState { store: Store::in_memory().unwrap() })
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
