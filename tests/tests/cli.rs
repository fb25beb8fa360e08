//! The headless CLI, run as the real built binary: exit codes, help, the archive round trip, every bad input (exit 2,
//! a message naming the path and the value, and the book unchanged byte for byte), feedback and logging.

use std::path::{Path, PathBuf};

use serde_json::Value;

use advocates_tests::cli::{describe, stderr, Book, TODAY};

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

/// The archive of a scenario fixture, as a JSON text.
fn scenario_archive(name: &str) -> String {
    let text = std::fs::read_to_string(fixture_path(&format!("scenarios/{name}"))).unwrap();
    let scenario: Value = serde_json::from_str(&text).unwrap();
    serde_json::to_string_pretty(&scenario["archive"]).unwrap()
}

/// A book holding the archive of a scenario fixture.
fn scenario_book(name: &str) -> Book {
    let book = Book::new();
    let out = book.import_text(&scenario_archive(name));
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    book
}

fn ids(digest: &Value) -> Vec<String> {
    digest["suggestions"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_owned()).collect()
}

// --- usage and help ---------------------------------------------------------------------------------------------

/// The one version, from the workspace Cargo.toml (this crate inherits the same one).
#[test]
fn version_is_the_workspace_version() {
    let book = Book::new();
    assert_eq!(book.ok(["--version"]).trim(), format!("advocates {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_is_complete_and_exits_0() {
    let book = Book::new();
    let help = book.ok(["--help"]);
    for word in [
        "--data-dir",
        "--today",
        "import",
        "export",
        "suggest",
        "explain",
        "done",
        "snooze",
        "dismiss",
        "log",
        "Exit codes",
    ] {
        assert!(help.contains(word), "`advocates --help` does not mention {word}:\n{help}");
    }
    let cases: &[(&str, &[&str])] = &[
        ("import", &["FILE", "all or nothing"]),
        ("export", &["--out"]),
        ("suggest", &["--json", "Read-only"]),
        ("explain", &["PERSON", "--json"]),
        ("done", &["ID"]),
        ("snooze", &["ID", "--until"]),
        ("dismiss", &["ID", "--reason", "not_relevant", "not_this_person", "wrong_timing", "already_done"]),
        ("log", &["--with", "--kind", "--date", "--minutes", "--summary", "meal", "coffee", "note"]),
    ];
    for (command, words) in cases {
        for args in [vec![*command, "--help"], vec!["help", *command]] {
            let help = book.ok(&args);
            for word in *words {
                assert!(help.contains(word), "`advocates {args:?}` does not mention {word}:\n{help}");
            }
            assert!(help.contains("--data-dir") && help.contains("--today"), "global options are listed");
        }
    }
    assert!(book.ok(["--version"]).starts_with("advocates "));
    // Help never touches the book.
    assert!(!book.data_dir().exists());
}

#[test]
fn bad_usage_exits_2_and_names_the_problem() {
    let book = Book::new();
    let cases: &[(&[&str], &str)] = &[
        (&["frobnicate"], "frobnicate"),
        (&["import"], "FILE"),
        (&["--today", "2025-02-30", "suggest"], "2025-02-30"),
        (&["--today", "tomorrow", "suggest"], "tomorrow"),
        (&["snooze", "check_in:ana:2025-01-01"], "--until"),
        (&["snooze", "check_in:ana:2025-01-01", "--until", "2025-13-01"], "2025-13-01"),
        (&["dismiss", "check_in:ana:2025-01-01", "--reason", "bored"], "bored"),
        (&["log", "--kind", "meal"], "--with"),
        (&["log", "--with", "ana", "--kind", "dinner"], "dinner"),
        (&["log", "--with", "ana", "--kind", "meal", "--minutes", "lots"], "lots"),
        (&["suggest", "--xml"], "--xml"),
    ];
    for (args, needle) in cases {
        let out = book.run(*args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: stderr does not name {needle}: {}", stderr(&out));
    }
}

#[test]
fn a_missing_file_is_bad_input_and_a_broken_data_dir_is_a_failure() {
    let book = Book::new();
    let out = book.run(["import", "/nonexistent/book.json"]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("/nonexistent/book.json"));

    // A data dir that is a file: the book cannot be opened — not the user's input, so exit 1.
    let file = book.file("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let out = book.command().arg("--data-dir").arg(&file).arg("export").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(!stderr(&out).is_empty());
}

#[test]
fn the_data_dir_comes_from_the_environment_when_no_flag_is_given() {
    let book = Book::new();
    let dir = book.file("from-env");
    let out = book.command().env("ADVOCATES_DATA_DIR", &dir).args(["--today", TODAY, "suggest"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(dir.join("advocates.db").exists());
}

// --- archive round trip -------------------------------------------------------------------------------------------

#[test]
fn export_import_export_is_identical() {
    let book = scenario_book("s1-occasions.json");
    let first = book.export();
    assert!(first.ends_with("}\n"));
    // --out writes the same bytes as standard output.
    let out = book.file("backup.json");
    book.ok([Path::new("export").as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first);
    assert_eq!(book.export(), first, "two exports are byte-identical");

    let copy = Book::new();
    let summary = copy.ok([Path::new("import").as_os_str(), out.as_os_str()]);
    assert!(summary.contains("12 people"), "{summary}");
    assert_eq!(copy.export(), first);
    let doc: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(doc["exported_at"], "2025-03-10T08:00:00Z");
}

#[test]
fn import_reads_standard_input_and_adds_to_an_existing_book() {
    let book = scenario_book("s1-occasions.json");
    let more = r#"{"format": "advocates-archive", "version": 1,
        "people": [{"id": "zoe", "name": "Zoë Martin"}],
        "interactions": [{"id": "i-zoe", "date": "2025-03-01", "kind": "intro", "with": ["zoe", "ana"]}]}"#;
    let mut child = book
        .command()
        .arg("--data-dir")
        .arg(book.data_dir())
        .args(["import", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), more.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc = book.export_json();
    assert_eq!(doc["people"].as_array().unwrap().len(), 13);
    assert!(book.export().contains("Zoë Martin"), "UTF-8 unescaped");
}

// --- bad input: exit 2, path and value named, the book unchanged -------------------------------------------------

/// Each bad archive: imported into a book that already holds the s1 archive, it exits 2, names the path and the
/// value on stderr, and the export afterwards is byte-identical to the one before.
#[test]
fn every_bad_archive_exits_2_names_path_and_value_and_changes_nothing() {
    let good = scenario_archive("s2-thank.json");
    let replace = |from: &str, to: &str| {
        assert!(good.contains(from), "the fixture holds {from}");
        good.replacen(from, to, 1)
    };
    let fresh = |body: &str| format!(r#"{{"format": "advocates-archive", "version": 1, {body}}}"#);
    let cases: Vec<(&str, String, &[&str])> = vec![
        ("malformed JSON", good[..good.len() / 2].to_owned(), &["$", "not valid JSON"]),
        (
            "version 3",
            replace(r#""version": 1"#, r#""version": 3"#),
            &["this archive is version 3; this build reads up to 2"],
        ),
        ("version \"1\"", replace(r#""version": 1"#, r#""version": "1""#), &["version", "\"1\""]),
        ("format", replace("\"advocates-archive\"", "\"vcard\""), &["format", "\"vcard\""]),
        (
            "unknown field",
            replace(r#""name": "Ben Okafor""#, r#""name": "Ben Okafor", "nickname": "B""#),
            &["people[1].nickname", "unknown field `nickname`"],
        ),
        ("unknown enum value", replace(r#""stage": "ally""#, r#""stage": "bestie""#), &["people[2].stage", "bestie"]),
        (
            "dangling reference",
            fresh(r#""interactions": [{"id": "i9", "date": "2025-03-01", "kind": "call", "with": ["ana", "zed"]}]"#),
            &["interactions[0].with[1]", "\"zed\""],
        ),
        ("duplicate id in the document", replace(r#""id": "ben""#, r#""id": "ana""#), &["people[1].id", "\"ana\""]),
        (
            "id already in the book",
            fresh(r#""people": [{"id": "new", "name": "New"}, {"id": "ana", "name": "Ana again"}]"#),
            &["people[1].id", "\"ana\""],
        ),
        ("impossible date", replace("2025-03-06", "2025-02-30"), &["2025-02-30"]),
        ("circle 7", replace(r#""circle": 1"#, r#""circle": 7"#), &["people[0].circle: 7 is not in 1..5"]),
        (
            "strength 1.5",
            replace(r#""strength": 0.9"#, r#""strength": 1.5"#),
            &["people[2].interests[0].strength", "1.5"],
        ),
        ("a favor without me", replace(r#""to": "me""#, r#""to": "ana""#), &["favors[0]", "\"me\""]),
        (
            "peak circle farther than circle",
            replace(r#""peak_circle": 3"#, r#""peak_circle": 6"#),
            &["people[6].peak_circle", "6"],
        ),
        ("blank topic", replace(r#""topic": "cycling""#, r#""topic": "  ""#), &["people[2].interests[1].topic"]),
        (
            "unknown suggestion kind",
            fresh(r#""feedback": [{"suggestion": "nag:ana", "action": "done", "on": "2025-03-01"}]"#),
            &["feedback[0].suggestion", "\"nag:ana\""],
        ),
        ("not an object", "[]".to_owned(), &["$"]),
    ];
    let book = scenario_book("s1-occasions.json");
    let before = book.export();
    let db = std::fs::read(book.data_dir().join("advocates.db")).unwrap();
    for (name, json, needles) in cases {
        let out = book.import_text(&json);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", describe(&out));
        let message = stderr(&out);
        for needle in needles {
            assert!(message.contains(needle), "{name}: stderr does not name {needle}: {message}");
        }
        assert_eq!(book.export(), before, "{name} changed the book");
    }
    assert_eq!(std::fs::read(book.data_dir().join("advocates.db")).unwrap(), db, "the database file is untouched");
}

#[test]
fn feedback_on_an_unknown_suggestion_exits_2_and_changes_nothing() {
    let book = scenario_book("s2-thank.json");
    let before = book.export();
    for args in [
        vec!["--today", TODAY, "dismiss", "thank:nope", "--reason", "not_relevant"],
        vec!["--today", TODAY, "done", "check_in:nobody:2025-01-01"],
        vec!["--today", TODAY, "snooze", "thank:f9", "--until", "2025-03-20"],
    ] {
        let out = book.run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
        let id = args[3];
        assert!(stderr(&out).contains(id), "{args:?}: stderr does not name {id}: {}", stderr(&out));
        assert_eq!(book.export(), before);
    }
    // A snooze must end after today.
    let out = book.run(["--today", TODAY, "snooze", "thank:f1", "--until", TODAY]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("until") && stderr(&out).contains(TODAY), "{}", stderr(&out));
    assert_eq!(book.export(), before);

    let out = book.run(["--today", TODAY, "explain", "nobody"]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(stderr(&out).contains("nobody"));
}

// --- suggest, explain -----------------------------------------------------------------------------------------------

#[test]
fn suggest_is_read_only_and_deterministic() {
    let book = scenario_book("s2-thank.json");
    let db = book.data_dir().join("advocates.db");
    let before = std::fs::read(&db).unwrap();
    let json = book.ok(["--today", TODAY, "suggest", "--json"]);
    let text = book.ok(["--today", TODAY, "suggest"]);
    assert_eq!(std::fs::read(&db).unwrap(), before, "suggest wrote to the book");
    assert_eq!(book.ok(["--today", TODAY, "suggest", "--json"]), json, "the same day gives the same digest");

    let digest: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(digest["date"], TODAY);
    let first = &digest["suggestions"][0];
    assert_eq!(first["id"], "thank:f1");
    for key in [
        "id",
        "kind",
        "people",
        "hard",
        "title",
        "action",
        "effort_minutes",
        "score",
        "due",
        "why",
        "sources",
        "factors",
        "also",
    ] {
        assert!(first.get(key).is_some(), "a suggestion has `{key}`: {first}");
    }
    // The readable form: numbered, with the action, the effort and the three why-lines.
    assert!(text.contains("1. "), "{text}");
    for part in [first["title"].as_str().unwrap(), first["action"].as_str().unwrap(), "thank:f1", "min"] {
        assert!(text.contains(part), "the text digest lacks {part}:\n{text}");
    }
    for line in ["now", "them", "this"] {
        assert!(text.contains(first["why"][line].as_str().unwrap()), "the text digest lacks why.{line}:\n{text}");
    }
}

#[test]
fn today_defaults_to_the_local_date() {
    let book = scenario_book("s2-thank.json");
    // ADVOCATES_NOW pins the shell's clock to 2025-03-10.
    let digest: Value = serde_json::from_str(&book.ok(["suggest", "--json"])).unwrap();
    assert_eq!(digest["date"], TODAY);
}

#[test]
fn explain_lists_every_candidate_for_a_person() {
    let book = scenario_book("s2-thank.json");
    let text = book.ok(["--today", TODAY, "explain", "ben"]);
    assert!(text.contains("thank:f1") && text.contains("give_back:ben:2025-03"), "{text}");
    let json: Value = serde_json::from_str(&book.ok(["--today", TODAY, "explain", "ben", "--json"])).unwrap();
    let dump = json.to_string();
    assert!(dump.contains("thank:f1") && dump.contains("give_back:ben:2025-03"), "{dump}");
}

// --- feedback and logging -------------------------------------------------------------------------------------------

#[test]
fn done_records_feedback_applies_the_natural_effect_and_retires_the_suggestion() {
    let book = scenario_book("s2-thank.json");
    assert!(ids(&book.suggest()).contains(&"thank:f1".to_owned()));
    book.ok(["--today", TODAY, "done", "thank:f1"]);
    let doc = book.export_json();
    assert_eq!(doc["favors"][0]["thanked_on"], TODAY, "a done thank-you marks the favor thanked");
    let feedback = doc["feedback"].as_array().unwrap();
    assert_eq!(feedback.len(), 1);
    assert_eq!(feedback[0]["suggestion"], "thank:f1");
    assert_eq!(feedback[0]["action"], "done");
    assert_eq!(feedback[0]["on"], TODAY);
    assert!(!ids(&book.suggest()).contains(&"thank:f1".to_owned()));
}

/// Every card a morning shows can be acted on, even one the people its key names cannot make alone: in a real
/// persona book (round 99's belfast), condolences to the widow of the user's own driver, whose death only the news's
/// words and her notes ("Jimmy's wife.") tie to him, failed with "suggestion `support:e-bernie-jimmy` does not exist".
#[test]
fn every_card_a_persona_book_shows_can_be_marked_done() {
    let book = Book::new();
    let archive = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("review/belfast.json")).unwrap();
    let out = book.import_text(&archive);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    for day in ["2026-03-02", "2026-03-03", "2026-03-04"] {
        let digest = book.json(["--today", day, "suggest", "--json"]);
        for id in ids(&digest) {
            let done = book.run(["--today", day, "done", &id]);
            assert_eq!(done.status.code(), Some(0), "{day} done {id}: {}", describe(&done));
        }
    }
}

#[test]
fn done_also_closes_the_acts_merged_into_the_card() {
    // ENGINE.md §10.11: Ben's card carries a give-back; `done --also` closes both, each recorded.
    let book = scenario_book("s2-thank.json");
    let digest = book.suggest();
    let card = digest["suggestions"].as_array().unwrap().iter().find(|s| s["id"] == "thank:f1").unwrap().clone();
    assert_eq!(card["also"][0]["id"], "give_back:ben:2025-03");
    let text = book.ok(["--today", TODAY, "done", "thank:f1", "--also"]);
    assert!(text.contains("Done too:") && text.contains("give_back:ben:2025-03"), "{text}");
    let doc = book.export_json();
    let mut done: Vec<&str> =
        doc["feedback"].as_array().unwrap().iter().map(|f| f["suggestion"].as_str().unwrap()).collect();
    done.sort_unstable();
    assert_eq!(done, vec!["give_back:ben:2025-03", "thank:f1"]);
    let later: Vec<String> = ids(&book.suggest());
    assert!(!later.iter().any(|id| id.starts_with("thank:") || id.starts_with("give_back:")), "{later:?}");
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    // `advocates explain ben | head -1`: the pipe closes before the CLI writes. No panic, exit 0.
    let book = scenario_book("s2-thank.json");
    for args in [vec!["--today", TODAY, "explain", "ben"], vec!["--today", TODAY, "suggest"], vec!["export"]] {
        let mut child = book
            .command()
            .arg("--data-dir")
            .arg(book.data_dir())
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader is gone before a byte is written
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

#[test]
fn done_on_a_promise_marks_the_follow_up_done() {
    let book = scenario_book("s13-keep-promise.json");
    book.ok(["--today", TODAY, "done", "keep_promise:u1"]);
    let doc = book.export_json();
    let u1 = doc["follow_ups"].as_array().unwrap().iter().find(|u| u["id"] == "u1").unwrap().clone();
    assert_eq!(u1["done_on"], TODAY);
    assert!(!ids(&book.suggest()).contains(&"keep_promise:u1".to_owned()));
}

#[test]
fn snooze_and_dismiss_record_feedback_and_hide_the_suggestion() {
    let book = scenario_book("s16-check-in.json");
    let digest = book.suggest();
    let noa = "check_in:noa:2025-01-29";
    let oli = "check_in:oli:2025-01-29";
    assert!(ids(&digest).contains(&noa.to_owned()) && ids(&digest).contains(&oli.to_owned()), "{digest}");

    book.ok(["--today", TODAY, "snooze", noa, "--until", "2025-03-12"]);
    book.ok(["--today", TODAY, "dismiss", oli, "--reason", "not_relevant"]);
    let feedback = book.export_json()["feedback"].clone();
    assert_eq!(
        feedback,
        serde_json::json!([
            {"suggestion": noa, "action": "snoozed", "on": TODAY, "reason": null, "until": "2025-03-12"},
            {"suggestion": oli, "action": "dismissed", "on": TODAY, "reason": "not_relevant", "until": null},
        ])
    );
    let after = ids(&book.suggest());
    assert!(!after.contains(&noa.to_owned()) && !after.contains(&oli.to_owned()), "{after:?}");
    // The snooze ends: Noa's check-in is back on the 12th; Oli's dismissal holds.
    let later: Value = serde_json::from_str(&book.ok(["--today", "2025-03-12", "suggest", "--json"])).unwrap();
    assert!(ids(&later).contains(&noa.to_owned()), "{later}");
    assert!(!ids(&later).contains(&oli.to_owned()), "{later}");
}

#[test]
fn log_adds_an_interaction_with_a_fresh_id_that_retires_the_check_in() {
    let book = scenario_book("s16-check-in.json");
    let out = book.ok([
        "--today",
        TODAY,
        "log",
        "--with",
        "noa,oli",
        "--kind",
        "meal",
        "--date",
        "2025-03-09",
        "--minutes",
        "90",
        "--summary",
        "Dinner in Porto",
    ]);
    assert!(out.contains("Logged 2025-03-09-meal:"), "{out}");
    book.ok(["--today", TODAY, "log", "--with", "noa", "--kind", "call", "--date", "2025-03-09"]);
    book.ok(["--today", TODAY, "log", "--with", "pam", "--kind", "message"]);
    let doc = book.export_json();
    let logged: Vec<&Value> = doc["interactions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["id"].as_str().unwrap().starts_with("2025-"))
        .collect();
    assert_eq!(logged.len(), 3);
    // The archive sorts by id: call, meal, then the next day's message.
    assert_eq!(logged[0]["id"], "2025-03-09-call");
    assert_eq!(
        *logged[1],
        serde_json::json!({"id": "2025-03-09-meal", "date": "2025-03-09", "kind": "meal", "with": ["noa", "oli"],
                           "initiator": "me", "minutes": 90, "summary": "Dinner in Porto"})
    );
    assert_eq!(
        (&logged[2]["id"], &logged[2]["date"]),
        (&"2025-03-10-message".into(), &TODAY.into()),
        "--date defaults to --today"
    );
    let after = ids(&book.suggest());
    assert!(after.iter().all(|id| !id.starts_with("check_in:noa") && !id.starts_with("check_in:oli")), "{after:?}");
}

#[test]
fn log_with_bad_input_exits_2_and_changes_nothing() {
    let book = scenario_book("s16-check-in.json");
    let before = book.export();
    let cases: &[(&[&str], &[&str])] = &[
        (&["log", "--with", "noa,zed", "--kind", "call"], &["with[1]", "\"zed\""]),
        (&["log", "--with", "noa,noa", "--kind", "call"], &["with[1]", "\"noa\""]),
        (&["log", "--with", "noa", "--kind", "call", "--minutes", "2000"], &["minutes", "2000"]),
        (&["log", "--with", "noa", "--kind", "call", "--date", "2025-02-30"], &["2025-02-30"]),
        (&["log", "--with", "me", "--kind", "call"], &["\"me\""]),
    ];
    for (args, needles) in cases {
        let out = book.run(*args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
        for needle in *needles {
            assert!(stderr(&out).contains(needle), "{args:?}: stderr does not name {needle}: {}", stderr(&out));
        }
        assert_eq!(book.export(), before, "{args:?} changed the book");
    }
}

// --- contacts: import, duplicates, merge, vCard export -------------------------------------------------------------

fn contacts_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/crates/core/tests/fixtures/import").join(name)
}

fn json_of(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[test]
fn importing_contacts_reports_what_came_in_and_a_second_import_adds_nobody() {
    let book = Book::new();
    let file = contacts_fixture("Connections.csv");
    let report = json_of(&book.ok([Path::new("import").as_os_str(), file.as_os_str(), "--json".as_ref()]));
    assert_eq!(
        report,
        serde_json::json!({
            "format": "linkedin", "added": 3, "merged": 0, "queued": 0,
            "skipped": [
                {"line": 9, "reason": "no name, company or email"},
                {"line": 10, "reason": "has 3 fields; the header has 7"}
            ]
        })
    );
    let again = json_of(&book.ok([Path::new("import").as_os_str(), file.as_os_str(), "--json".as_ref()]));
    assert_eq!((again["added"].as_u64(), again["merged"].as_u64()), (Some(0), Some(3)));
    // Without --json, a sentence and the skipped lines.
    let text = book.ok([Path::new("import").as_os_str(), contacts_fixture("apple.vcf").as_os_str()]);
    assert!(text.starts_with("Imported (vcard): added 1 person, merged 1 person"), "{text}");
    assert_eq!(book.export_json()["people"].as_array().unwrap().len(), 4);
}

#[test]
fn a_dry_run_prints_the_same_report_and_writes_nothing() {
    let book = Book::new();
    book.ok([Path::new("import").as_os_str(), contacts_fixture("apple.vcf").as_os_str()]);
    let before = book.export();
    let file = contacts_fixture("google.csv");
    let args = |extra: &[&str]| {
        let mut args = vec![Path::new("import").as_os_str().to_owned(), file.as_os_str().to_owned()];
        args.extend(extra.iter().map(|a| std::ffi::OsString::from(*a)));
        args
    };
    let dry = json_of(&book.ok(args(&["--dry-run", "--json", "--format", "google"])));
    assert_eq!(book.export(), before, "a dry run changed the book");
    assert!(book.ok(args(&["--dry-run"])).starts_with("Dry run, nothing written (google): would add 2 people"));
    let real = json_of(&book.ok(args(&["--json"])));
    assert_eq!(dry, real);
}

#[test]
fn a_file_of_no_known_format_an_empty_one_or_a_huge_one_exits_2_and_writes_nothing() {
    let book = Book::new();
    book.ok([Path::new("import").as_os_str(), contacts_fixture("people.csv").as_os_str()]);
    let before = book.export();
    let huge = vec![b'x'; (64 << 20) + 1];
    let cases: Vec<(&str, Vec<u8>, &[&str], &str)> = vec![
        ("junk", b"\x00\x01\xff\xfe\x89PNG junk".to_vec(), &[], "is not in a format Advocates reads"),
        ("empty", Vec::new(), &[], "file: is empty"),
        ("no name column", b"email,phone\na@b.org,1\n".to_vec(), &["--format", "csv"], "no name column"),
        ("LinkedIn without header", b"Notes:\n\"x\"\n\nAna,Lima\n".to_vec(), &[], "no LinkedIn header"),
        ("too big", huge, &[], "at most 64 MiB"),
    ];
    for (name, bytes, extra, needle) in cases {
        let path = book.file("input.dat");
        std::fs::write(&path, &bytes).unwrap();
        let mut args = vec![std::ffi::OsString::from("import"), path.into_os_string()];
        args.extend(extra.iter().map(std::ffi::OsString::from));
        let out = book.run(&args);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", describe(&out));
        assert!(stderr(&out).contains(needle), "{name}: {}", stderr(&out));
        assert_eq!(book.export(), before, "{name} changed the book");
    }
    let out = book.run(["import", "x.vcf", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
}

#[test]
fn duplicates_are_listed_merged_or_kept_apart() {
    let book = Book::new();
    let first = book.file("a.csv");
    std::fs::write(&first, "name,company,email\nMaya Chen,Pied Piper,maya@a.example\nRobert Smith,Globex,\n").unwrap();
    let second = book.file("b.csv");
    std::fs::write(&second, "name,company,email\nMaya Chen,Pied Piper,maya@b.example\nBob Smith,Globex,\n").unwrap();
    book.ok([Path::new("import").as_os_str(), first.as_os_str()]);
    let report = json_of(&book.ok([Path::new("import").as_os_str(), second.as_os_str(), "--json".as_ref()]));
    assert_eq!((report["added"].as_u64(), report["queued"].as_u64()), (Some(2), Some(2)));
    let pairs = json_of(&book.ok(["duplicates", "--json"]));
    assert_eq!(
        pairs,
        serde_json::json!([
            {"people": ["maya-chen", "maya-chen-2"], "score": 0.95, "reasons": ["same name", "same company"]},
            {"people": ["bob-smith", "robert-smith"], "score": 0.85,
             "reasons": ["same name but for a nickname (bob ~ robert)", "same company"]}
        ])
    );
    assert!(book.ok(["duplicates"]).contains("maya-chen ~ maya-chen-2"));

    book.ok(["not-duplicates", "maya-chen-2", "maya-chen"]);
    book.ok(["merge", "robert-smith", "bob-smith"]);
    assert_eq!(json_of(&book.ok(["duplicates", "--json"])), serde_json::json!([]));
    let people: Vec<String> =
        book.export_json()["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(people, vec!["maya-chen", "maya-chen-2", "robert-smith"]);

    for args in
        [["merge", "robert-smith", "nobody"], ["merge", "robert-smith", "robert-smith"], ["not-duplicates", "a", "b"]]
    {
        let out = book.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
    }
}

#[test]
fn a_vcard_export_imported_into_an_empty_book_gives_back_the_same_people() {
    let book = Book::new();
    for name in ["apple.vcf", "outlook-2.1.vcf", "google.csv", "outlook.csv"] {
        book.ok([Path::new("import").as_os_str(), contacts_fixture(name).as_os_str()]);
    }
    let out = book.file("people.vcf");
    book.ok([
        Path::new("export").as_os_str(),
        "--format".as_ref(),
        "vcard".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), 7);
    assert_eq!(book.ok(["export", "--format", "vcard"]), text, "stdout and --out agree");
    let copy = Book::new();
    copy.ok([Path::new("import").as_os_str(), out.as_os_str()]);
    assert_eq!(copy.export_json()["people"], book.export_json()["people"]);
}

#[test]
fn contacts_come_in_from_standard_input_too() {
    let book = Book::new();
    let mut child = book
        .command()
        .arg("--data-dir")
        .arg(book.data_dir())
        .args(["import", "-", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë Martin\r\nEMAIL:zoe@example.org\r\nEND:VCARD\r\n";
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), card.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let report = json_of(&String::from_utf8(out.stdout).unwrap());
    assert_eq!((report["format"].as_str(), report["added"].as_u64()), (Some("vcard"), Some(1)));
    assert!(book.export().contains("Zoë Martin"));
}
