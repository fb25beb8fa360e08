//! `advocates stats` and `advocates review`, and the version-2 archive, through the real built binary.

use serde_json::Value;

use advocates_tests::cli::{describe, Book};

/// A small book with two years of history: Ana rose from friend to advocate, Ben referred twice this year, Kai went
/// quiet 14 months ago, Cy was added in December.
const BOOK: &str = r#"{"format": "advocates-archive", "version": 2,
  "people": [
    {"id": "ana", "name": "Ana Lima", "circle": 1, "stage": "advocate", "power": true},
    {"id": "ben", "name": "Ben Okafor", "circle": 2, "stage": "ally"},
    {"id": "kai", "name": "Kai Berg", "circle": 3, "stage": "ally"},
    {"id": "cy", "name": "Cy Tan", "circle": 4, "stage": "friend"},
    {"id": "dee", "name": "Dee Moss", "circle": 5}
  ],
  "interactions": [
    {"id": "i1", "date": "2025-03-05", "kind": "coffee", "with": ["ben"], "minutes": 45},
    {"id": "i2", "date": "2024-01-05", "kind": "call", "with": ["kai"]},
    {"id": "i3", "date": "2025-03-08", "kind": "meal", "with": ["ana"], "minutes": 90}
  ],
  "favors": [
    {"id": "f1", "from": "ben", "to": "me", "date": "2024-06-05", "kind": "referral", "thanked_on": "2024-06-06"},
    {"id": "f2", "from": "ben", "to": "me", "date": "2025-02-20", "kind": "referral", "thanked_on": "2025-02-21"},
    {"id": "f3", "from": "cy", "to": "me", "date": "2025-03-02", "kind": "advice"}
  ],
  "follow_ups": [{"id": "u1", "person": "ana", "mine": true, "text": "Send the deck", "due": "2025-03-14"}],
  "feedback": [
    {"suggestion": "thank:f2", "action": "done", "on": "2025-02-21"},
    {"suggestion": "check_in:ana:2025-03-01", "action": "done", "on": "2025-03-08"}
  ],
  "changes": [
    {"person": "ana", "on": "2023-05-01", "field": "stage", "from": null, "to": "friend"},
    {"person": "ana", "on": "2024-06-15", "field": "stage", "from": "friend", "to": "ally"},
    {"person": "ana", "on": "2025-03-06", "field": "stage", "from": "ally", "to": "advocate"},
    {"person": "ana", "on": "2024-06-15", "field": "circle", "from": 2, "to": 1},
    {"person": "cy", "on": "2024-12-20", "field": "stage", "from": null, "to": "friend"}
  ]}"#;

fn book() -> Book {
    let book = Book::new();
    let out = book.import_text(BOOK);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("5 stage and circle changes"), "{}", describe(&out));
    book
}

#[test]
fn stats_json_has_the_issue_shape_and_the_history_drives_the_trend() {
    let book = book();
    let stats = book.json(["--today", "2025-03-10", "stats", "--json"]);
    let keys: Vec<&str> = stats.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["stages", "advocates", "proposals", "trend"]);
    assert_eq!(stats["stages"], serde_json::json!({"acquaintance": 1, "friend": 1, "ally": 2, "advocate": 1}));
    let advocates: Vec<(&str, &str)> = stats["advocates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["person"].as_str().unwrap(), e["stage"].as_str().unwrap()))
        .collect();
    assert_eq!(advocates, [("ana", "advocate"), ("ben", "ally"), ("kai", "ally")]);
    assert!(stats["advocates"][1]["line"].as_str().unwrap().starts_with("Referred you twice in the last 12 months"));
    let proposals: Vec<&str> =
        stats["proposals"].as_array().unwrap().iter().map(|p| p["text"].as_str().unwrap()).collect();
    assert_eq!(
        proposals,
        [
            "Ben referred you twice in the last 12 months, and you thanked Ben both times — an advocate?",
            "No contact with Kai in 14 months — still an ally?",
        ]
    );
    let trend = stats["trend"].as_array().unwrap();
    assert_eq!(trend.len(), 12);
    let month = |m: &str| trend.iter().find(|r| r["month"] == m).cloned().unwrap();
    assert_eq!(trend[0]["month"], "2024-04");
    assert_eq!(
        month("2024-04"),
        serde_json::json!({"month": "2024-04", "acquaintance": 1, "friend": 1, "ally": 2, "advocate": 0}),
        "Ana a friend; Ben, Kai and Dee without history count as they are; Cy not yet added"
    );
    assert_eq!(month("2024-07")["ally"], 3);
    assert_eq!(month("2025-02")["friend"], 1, "Cy added in December");
    assert_eq!(month("2025-03")["advocate"], 1);
    let last = trend.last().unwrap();
    for stage in ["acquaintance", "friend", "ally", "advocate"] {
        assert_eq!(last[stage], stats["stages"][stage], "this month's counts are today's");
    }
    // The same book a month earlier: Ana still an ally.
    let earlier = book.json(["--today", "2025-02-10", "stats", "--json"]);
    assert_eq!(earlier["stages"]["advocate"], 1, "the book's stages are today's whatever --today says");
    assert_eq!(earlier["trend"][10]["advocate"], 0, "January 2025: Ana was an ally");
}

#[test]
fn stats_text_answers_the_question_in_one_line() {
    let text = book().ok(["--today", "2025-03-10", "stats"]);
    assert!(text.starts_with("1 advocate · 2 allies · 1 friend (1 acquaintance)\n"), "{text}");
    assert!(text.contains("advocate  Ana Lima  (ana)"), "{text}");
    assert!(text.contains("↑ Ben referred you twice"), "{text}");
    assert!(text.contains("↓ No contact with Kai in 14 months — still an ally?  [ally → friend]"), "{text}");
    assert!(text.contains("2025-03              1       1     2         1"), "{text}");
}

#[test]
fn an_empty_book_has_kind_words() {
    let text = Book::new().ok(["stats"]);
    assert!(text.starts_with("0 advocates · 0 allies · 0 friends"), "{text}");
    assert!(text.contains("No advocates or allies yet"), "{text}");
    assert!(text.contains("No proposals"), "{text}");
}

#[test]
fn review_covers_the_week_ending_today() {
    let book = book();
    let review = book.json(["--today", "2025-03-10", "review", "--json"]);
    assert_eq!((review["week_start"].as_str(), review["week_end"].as_str()), (Some("2025-03-04"), Some("2025-03-10")));
    assert_eq!((review["acts_done"].as_u64(), review["interactions"].as_u64()), (Some(1), Some(2)));
    assert_eq!(review["interaction_minutes"], 135);
    assert_eq!(
        review["moved_up"],
        serde_json::json!([{"person": "ana", "name": "Ana Lima", "from": "ally", "to": "advocate", "on": "2025-03-06"}])
    );
    assert_eq!(review["proposals"].as_array().unwrap().len(), 2);
    assert_eq!(review["unthanked"][0]["favor"], "f3");
    assert_eq!(review["promises"][0]["follow_up"], "u1");
    let weeks = review["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 8);
    assert_eq!(weeks[7]["acts"], 1);
    assert_eq!(weeks[5]["acts"], 1, "the thank-you of 21 February");
    assert_eq!(
        review["comparison"],
        "1 thoughtful act this week — more than your average of 0.1 over the 7 weeks before."
    );
    let text = book.ok(["--today", "2025-03-10", "review"]);
    assert!(text.starts_with("Week of 2025-03-04 to 2025-03-10\n"), "{text}");
    assert!(text.contains("Ana Lima: ally → advocate on 2025-03-06"), "{text}");
    assert!(text.contains("Cy Tan — advice on 2025-03-02 (f3)"), "{text}");
    assert!(text.contains("Ana Lima — Send the deck: due 2025-03-14"), "{text}");
}

#[test]
fn bad_usage_exits_2() {
    let book = book();
    for args in [vec!["stats", "--jsn"], vec!["--today", "2025-02-30", "review"], vec!["review", "extra"]] {
        let out = book.run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
    }
}

/// The archive is version 2: an export holds the history, re-imports into an empty book and exports byte-identical;
/// a version-1 archive still imports; version 3 is refused with the message naming it, and nothing is written.
#[test]
fn the_archive_is_version_2_and_round_trips_its_history() {
    let book = book();
    let first = book.ok(["export"]);
    let doc: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(doc["version"], 2);
    assert_eq!(doc["changes"].as_array().unwrap().len(), 5);
    assert_eq!(doc["changes"][0]["on"], "2023-05-01");
    let copy = Book::new();
    let out = copy.import_text(&first);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(copy.ok(["export"]), first);

    let v1 = r#"{"format": "advocates-archive", "version": 1, "people": [{"id": "zoe", "name": "Zoë"}]}"#;
    let out = copy.import_text(v1);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let before = copy.ok(["export"]);
    let v3 = BOOK.replacen(r#""version": 2"#, r#""version": 3"#, 1);
    let out = copy.import_text(&v3);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("this archive is version 3; this build reads up to 2"));
    assert_eq!(copy.ok(["export"]), before);
}
