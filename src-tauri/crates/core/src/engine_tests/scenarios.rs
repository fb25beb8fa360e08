//! The scenario files (`tests/fixtures/scenarios/*.json` at the repository root — one copy, shared with the CLI scenario tests), run
//! through load_snapshot + suggest and checked key by key as the README says — plus the exact output of ENGINE.md §7
//! and a closer look at some of them.

use serde_json::Value;

use super::*;

/// A scenario step, as CLI arguments: `[--today DAY] done ID [--also]`, `… snooze ID --until DATE`,
/// `… dismiss ID --reason REASON`.
fn run_step(store: &Store, today: NaiveDate, step: &[String]) {
    let (today, step) = match step {
        [flag, day, rest @ ..] if flag == "--today" => (d(day), rest),
        _ => (today, step),
    };
    let input = match step.first().map(String::as_str) {
        Some("done") if step.iter().any(|a| a == "--also") => {
            store
                .write(|tx| {
                    let also = also_of(tx, &step[1], today)?;
                    record_done_with_also(tx, &step[1], &also, today)
                })
                .unwrap();
            return;
        }
        Some("done") => FeedbackInput::Done,
        Some("snooze") => {
            let until = step.iter().position(|a| a == "--until").map(|i| d(&step[i + 1])).expect("--until");
            FeedbackInput::Snooze { until }
        }
        Some("dismiss") => {
            let reason = step.iter().position(|a| a == "--reason").map(|i| step[i + 1].clone()).expect("--reason");
            FeedbackInput::Dismiss { reason: DismissReason::parse(&reason).expect("a dismissal reason") }
        }
        other => panic!("unsupported scenario step {other:?}"),
    };
    store.write(|tx| record_feedback(tx, &step[1], &input, today)).unwrap();
}

fn run_scenario(name: &str, json: &str) {
    let scenario: Value = serde_json::from_str(json).unwrap();
    let today = d(scenario["today"].as_str().unwrap());
    let archive: Archive = serde_json::from_value(scenario["archive"].clone()).unwrap();
    let store = Store::in_memory().unwrap();
    store.write(|tx| insert_book(tx, &archive)).unwrap();
    for step in scenario["steps"].as_array().unwrap() {
        let args: Vec<String> = step.as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_owned()).collect();
        run_step(&store, today, &args);
    }
    // The archive's settings give K and the effort budget.
    let (snapshot, config) = store
        .read(|tx| {
            let config = EngineConfig::from_settings(&crate::store::settings::get(tx)?);
            Ok((load_snapshot_with(tx, today, &config)?, config))
        })
        .unwrap();
    let out = suggest(&snapshot, today, &config);
    let digest = serde_json::to_value(Digest { date: today, suggestions: out }).unwrap();
    let expect = scenario["expect"].as_object().expect("an `expect` object");
    let failures = crate::scenario::check(&digest, &today.to_string(), expect);
    assert!(
        failures.is_empty(),
        "{name}:\n  {}\n{}",
        failures.join("\n  "),
        serde_json::to_string_pretty(&digest).unwrap()
    );
}

/// Every scenario file in `scenarios/`, each checked as above.
#[test]
fn every_scenario_file_passes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 28, "the scenario set is in {}", dir.display());
    // Every file is run, and every one that fails is named (the first failure alone hides how far a change reaches).
    let failed: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let json = std::fs::read_to_string(path).unwrap();
            std::panic::catch_unwind(|| run_scenario(&name, &json)).err().map(|_| name)
        })
        .collect();
    assert!(failed.is_empty(), "{} scenario(s) failed: {}", failed.len(), failed.join(", "));
}

#[test]
fn s1_occasions() {
    run_scenario("s1-occasions", include_str!("../../../../../tests/fixtures/scenarios/s1-occasions.json"));
}

#[test]
fn s2_thank() {
    run_scenario("s2-thank", include_str!("../../../../../tests/fixtures/scenarios/s2-thank.json"));
}

#[test]
fn s6_introduce() {
    run_scenario("s6-introduce", include_str!("../../../../../tests/fixtures/scenarios/s6-introduce.json"));
}

#[test]
fn s11_support() {
    run_scenario("s11-support", include_str!("../../../../../tests/fixtures/scenarios/s11-support.json"));
}

fn scenario_book(json: &str) -> (NaiveDate, Store) {
    let scenario: Value = serde_json::from_str(json).unwrap();
    let archive: Archive = serde_json::from_value(scenario["archive"].clone()).unwrap();
    let store = Store::in_memory().unwrap();
    store.write(|tx| insert_book(tx, &archive)).unwrap();
    (d(scenario["today"].as_str().unwrap()), store)
}

/// ENGINE.md §7 as revision 2 reads it: Ben referred me four days ago; thank him, and a five-minute favor aimed at
/// his open need rides along. The why-this carries no reference; `sources` stand beside `why` (§10.8).
#[test]
fn the_output_example_of_section_7() {
    let (today, store) = scenario_book(include_str!("../../../../../tests/fixtures/scenarios/s2-thank.json"));
    let digest = digest_for(&store, today).unwrap();
    let ben = digest.suggestions.iter().find(|s| s.id == "thank:f1").expect("thank:f1");
    let expected = serde_json::json!({
        "id": "thank:f1", "kind": "thank", "people": ["ben"], "hard": false,
        "title": "Thank Ben Okafor for the referral",
        "action": "Write a short thank-you and say what came of it.",
        "effort_minutes": 5, "score": 1.96, "due": null,
        "why": { "now": "Ben referred you 4 days ago (Referred me to Acme), and you have not thanked Ben yet.",
                 "them": "Ben is an advocate in your close 15 and one of your ten.",
                 "this": "Hearing what came of their help makes someone glad they helped." },
        "sources": ["Grant & Gino 2010", "Kumar & Epley 2018"],
        "factors": { "B": 1.0, "U": 0.82, "V": 1.2, "R": 1.83, "E": 0.92, "N": 1.0, "F": 1.0 },
        "also": [ { "id": "give_back:ben:2025-03", "kind": "give_back", "title": "Help Ben with “Looking for a designer”" } ]
    });
    assert_eq!(serde_json::to_value(ben).unwrap(), expected);
    let top = serde_json::to_string(&digest).unwrap();
    assert!(top.starts_with(r#"{"date":"2025-03-10","suggestions":[{"id":"thank:f1","kind":"thank""#), "{top}");
}

/// In the occasions scenario: Ana's birthday in two days leads; Jo's was two days ago (no belated birthdays); the
/// dead and the archived get nothing; Lena, met yesterday, gets nothing either.
#[test]
fn s1_in_detail() {
    let (today, store) = scenario_book(include_str!("../../../../../tests/fixtures/scenarios/s1-occasions.json"));
    let digest = digest_for(&store, today).unwrap();
    let top = &digest.suggestions[0];
    assert_eq!((top.id.as_str(), top.due, top.hard), ("occasion:ana:birthday:2025:plan", Some(d("2025-03-12")), false));
    assert_eq!(top.why.now, "Ana's birthday is in 2 days, 12 March.");
    assert_eq!(top.title, "Plan something for Ana Lima's birthday on 12 March");
    // Hana's birthday is tomorrow: no plan the day before, and she has died: nothing at all.
    let hana = explain_for(&store, today, "hana").unwrap();
    assert!(hana.candidates.is_empty(), "{hana}");
    let gus = explain_for(&store, today, "gus").unwrap();
    assert!(gus.person.dormant);
    assert_eq!(gus.candidates[0].id, "reconnect:gus:2021-06-15");
}

/// Omar lost his father a week ago: support is hard and first; nothing cheerful or asking reaches him.
#[test]
fn s11_in_detail() {
    let (today, store) = scenario_book(include_str!("../../../../../tests/fixtures/scenarios/s11-support.json"));
    let digest = digest_for(&store, today).unwrap();
    let top = &digest.suggestions[0];
    assert_eq!((top.id.as_str(), top.hard, top.effort_minutes), ("support:e2", true, 15));
    assert_eq!(top.why.now, "Hard news for Omar, 7 days ago (3 March): His father died.");
    assert_eq!(top.why.this, "A short note now means more than the perfect words later.");
    assert!(top.also.is_empty());
    let omar = explain_for(&store, today, "omar").unwrap();
    assert_eq!(omar.person.sensitive_until, Some(d("2025-04-02")));
    assert_eq!(omar.candidates.len(), 1, "{omar}");
}

/// Eli needs a Rust engineer; Fay offers one (topics match after trimming and case folding).
#[test]
fn s6_in_detail() {
    let (today, store) = scenario_book(include_str!("../../../../../tests/fixtures/scenarios/s6-introduce.json"));
    let digest = digest_for(&store, today).unwrap();
    let intro = digest.suggestions.iter().find(|s| s.kind == SuggestionKind::Introduce).expect("an intro");
    assert_eq!(intro.id, "introduce:eli:fay:n1");
    assert_eq!(intro.people, vec!["eli", "fay"]);
    assert_eq!(intro.title, "Introduce Eli Cohen to Fay Nguyen");
    assert_eq!(intro.factors.r, 1.0);
    assert!(intro.why.now.starts_with("What Eli is looking for (since "), "{}", intro.why.now);
}
