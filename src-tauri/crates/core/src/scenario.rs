//! The engine scenarios' `expect` checker (tests/fixtures/scenarios/README.md), one copy for the two places that run
//! scenarios: the core's in-process tests and the CLI tests of the built binary. It reads a digest as the JSON of
//! ENGINE.md §7, so both check exactly what a user of `suggest --json` sees.

use serde_json::{Map, Value};

/// Every key an `expect` object may hold.
pub const EXPECT_KEYS: &[&str] = &[
    "top",
    "top_hard",
    "top_also",
    "primary_also",
    "contains",
    "absent",
    "once",
    "no_also",
    "max_len",
    "exact_len",
    "text_contains",
    "text_absent",
    "not_hard",
    "hard",
    "id_suffix",
];

fn suggestions(digest: &Value) -> &[Value] {
    digest["suggestions"].as_array().map(Vec::as_slice).unwrap_or(&[])
}

fn people(s: &Value) -> Vec<&str> {
    s["people"].as_array().into_iter().flatten().filter_map(Value::as_str).collect()
}

fn kind_matches(kind: &Value, wanted: &Value) -> bool {
    wanted.is_null() || kind == wanted
}

/// `null` is anyone; a person id, or a list of them, must all be among the suggestion's people.
fn people_match(s: &Value, wanted: &Value) -> bool {
    let have = people(s);
    match wanted {
        Value::Null => true,
        Value::String(p) => have.contains(&p.as_str()),
        Value::Array(list) => list.iter().all(|p| p.as_str().is_some_and(|p| have.contains(&p))),
        _ => false,
    }
}

/// A match is `[kind|null, people|person|null]`.
fn matches(s: &Value, m: &Value) -> bool {
    kind_matches(&s["kind"], &m[0]) && people_match(s, &m[1])
}

fn also_kinds(s: &Value) -> Vec<&Value> {
    s["also"].as_array().into_iter().flatten().map(|a| &a["kind"]).collect()
}

/// A rule written once, or a list of such rules; `is_single` tells the two apart.
fn rules(value: Option<&Value>, is_single: impl Fn(&Value) -> bool) -> Vec<&Value> {
    match value {
        None => Vec::new(),
        Some(v) if is_single(v) => vec![v],
        Some(v) => v.as_array().map(|l| l.iter().collect()).unwrap_or_default(),
    }
}

/// The text of `field` (`now`, `them`, `this`, `title` or `action`) of a suggestion.
fn field_text<'a>(s: &'a Value, field: &str) -> &'a str {
    match field {
        "title" | "action" => s[field].as_str().unwrap_or(""),
        _ => s["why"][field].as_str().unwrap_or(""),
    }
}

/// Checks a digest (the JSON of `suggest --json`) against `expect`; returns every broken expectation, empty when
/// it passes. The global rules always apply: non-empty why-lines, nobody twice, and the digest's date.
pub fn check(digest: &Value, today: &str, expect: &Map<String, Value>) -> Vec<String> {
    let mut failures = Vec::new();
    for key in expect.keys() {
        if !EXPECT_KEYS.contains(&key.as_str()) {
            failures.push(format!("unknown expect key `{key}`"));
        }
    }
    let list = suggestions(digest);
    if digest["date"] != today {
        failures.push(format!("the digest's date is {} instead of {today}", digest["date"]));
    }
    let mut seen: Vec<&str> = Vec::new();
    for s in list {
        for line in ["now", "them", "this"] {
            if s["why"][line].as_str().is_none_or(|t| t.trim().is_empty()) {
                failures.push(format!("{}: why.{line} is empty", s["id"]));
            }
        }
        for p in people(s) {
            if seen.contains(&p) {
                failures.push(format!("{p} appears in two suggestions"));
            }
            seen.push(p);
        }
    }

    let top = list.first();
    if let Some(m) = expect.get("top") {
        if !top.is_some_and(|s| matches(s, m)) {
            failures.push(format!("top: expected {m}, got {}", top.map_or("nothing".into(), |s| s["id"].to_string())));
        }
    }
    if let Some(hard) = expect.get("top_hard") {
        if top.map(|s| &s["hard"]) != Some(hard) {
            failures.push(format!("top_hard: expected {hard}"));
        }
    }
    if let Some(kinds) = expect.get("top_also").and_then(Value::as_array) {
        let have = top.map(also_kinds).unwrap_or_default();
        for k in kinds.iter().filter(|k| !have.contains(k)) {
            failures.push(format!("top_also: the top suggestion carries no {k} in `also`"));
        }
    }
    // `[[kind, people], kind | [kinds]]`: the suggestion matching the pattern is its primary and carries the kinds.
    for rule in rules(expect.get("primary_also"), |v| v[0].is_array() && !v[0][0].is_array()) {
        let wanted: Vec<&Value> = match &rule[1] {
            Value::Array(kinds) => kinds.iter().collect(),
            kind => vec![kind],
        };
        match list.iter().find(|s| matches(s, &rule[0])) {
            None => failures.push(format!("primary_also: no suggestion matches {}", rule[0])),
            Some(s) => {
                let have = also_kinds(s);
                for k in wanted.into_iter().filter(|k| !have.contains(k)) {
                    failures.push(format!("primary_also: {} carries no {k} in `also`", s["id"]));
                }
            }
        }
    }
    for m in expect.get("contains").and_then(Value::as_array).into_iter().flatten() {
        if !list.iter().any(|s| matches(s, m)) {
            failures.push(format!("contains: nothing matches {m}"));
        }
    }
    for m in expect.get("absent").and_then(Value::as_array).into_iter().flatten() {
        for s in list {
            let in_also = people_match(s, &m[1]) && also_kinds(s).iter().any(|k| kind_matches(k, &m[0]));
            if matches(s, m) || in_also {
                failures.push(format!("absent: {} matches {m}", s["id"]));
            }
        }
    }
    for p in expect.get("once").and_then(Value::as_array).into_iter().flatten() {
        let n = list.iter().filter(|s| people(s).iter().any(|q| Some(*q) == p.as_str())).count();
        if n != 1 {
            failures.push(format!("once: {p} appears in {n} suggestions"));
        }
    }
    for rule in rules(expect.get("no_also"), |v| !v[0].is_array()) {
        let (kind, person) = (&rule[0], rule[1].as_str().unwrap_or_default());
        for s in list.iter().filter(|s| people(s).contains(&person)) {
            if also_kinds(s).iter().any(|k| kind_matches(k, kind)) {
                failures.push(format!("no_also: {person}'s suggestion {} carries {kind} in `also`", s["id"]));
            }
        }
    }
    if let Some(max) = expect.get("max_len").and_then(Value::as_u64) {
        if list.len() as u64 > max {
            failures.push(format!("max_len: {} suggestions, at most {max} expected", list.len()));
        }
    }
    if let Some(exact) = expect.get("exact_len").and_then(Value::as_u64) {
        if list.len() as u64 != exact {
            failures.push(format!("exact_len: {} suggestions, {exact} expected", list.len()));
        }
    }
    // `[person, field, text]`: the suggestion naming the person has (or lacks) the text, case-insensitively.
    for (key, wanted) in [("text_contains", true), ("text_absent", false)] {
        for rule in rules(expect.get(key), |v| !v[0].is_array()) {
            let (person, field, text) =
                (rule[0].as_str().unwrap_or(""), rule[1].as_str().unwrap_or(""), rule[2].as_str().unwrap_or(""));
            let named: Vec<&Value> = list.iter().filter(|s| people(s).contains(&person)).collect();
            if wanted && named.is_empty() {
                failures.push(format!("{key}: no suggestion names {person}"));
            }
            for s in named {
                let has = field_text(s, field).to_lowercase().contains(&text.to_lowercase());
                if has != wanted {
                    let verb = if wanted { "lacks" } else { "has" };
                    failures.push(format!("{key}: {}'s {field} {verb} “{text}”: {}", s["id"], field_text(s, field)));
                }
            }
        }
    }
    for (key, want) in [("not_hard", false), ("hard", true)] {
        for rule in rules(expect.get(key), |v| !v[0].is_array()) {
            let mut found = list.iter().filter(|s| matches(s, rule)).peekable();
            // A suggestion that must be hard must be there too.
            if want && found.peek().is_none() {
                failures.push(format!("hard: no suggestion matches {rule}"));
            }
            for s in found {
                if s["hard"] != want {
                    failures.push(format!("{key}: {} is {}", s["id"], if want { "not hard" } else { "hard" }));
                }
            }
        }
    }
    for rule in rules(expect.get("id_suffix"), |v| v[0].is_array() && !v[0][0].is_array()) {
        let suffix = rule[1].as_str().unwrap_or("");
        match list.iter().find(|s| matches(s, &rule[0])) {
            None => failures.push(format!("id_suffix: no suggestion matches {}", rule[0])),
            Some(s) if !s["id"].as_str().unwrap_or("").ends_with(suffix) => {
                failures.push(format!("id_suffix: {} does not end with {suffix}", s["id"]))
            }
            Some(_) => {}
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn digest() -> Value {
        json!({"date": "2025-03-10", "suggestions": [
            {"id": "thank:f1", "kind": "thank", "people": ["ben"], "hard": false, "title": "Thank Ben", "action": "Write",
             "why": {"now": "Ben referred you", "them": "t", "this": "x"},
             "also": [{"id": "give_back:ben:2025-03", "kind": "give_back"}]},
            {"id": "occasion:ana:birthday:2025:plan", "kind": "occasion", "people": ["ana"], "hard": true,
             "title": "Plan", "action": "a", "why": {"now": "n", "them": "t", "this": "x"}, "also": []}
        ]})
    }

    fn expect(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_digest_that_keeps_every_rule_passes() {
        let ok = expect(json!({"top": ["thank", ["ben"]], "top_also": ["give_back"], "top_hard": false,
            "primary_also": [["thank", ["ben"]], "give_back"], "contains": [["occasion", null]],
            "absent": [["ask", null]], "once": ["ben"], "no_also": [null, "ana"], "max_len": 2, "exact_len": 2,
            "text_contains": ["ben", "now", "REFERRED"], "text_absent": [["ben", "title", "five-minute"]],
            "not_hard": ["thank", "ben"], "hard": ["occasion", "ana"], "id_suffix": [["occasion", "ana"], ":plan"]}));
        assert_eq!(check(&digest(), "2025-03-10", &ok), Vec::<String>::new());
    }

    /// The checker must be able to fail: each broken expectation is caught, once.
    #[test]
    fn each_broken_expectation_is_caught() {
        for bad in [
            json!({"top": ["occasion", ["ana"]]}),
            json!({"top_hard": true}),
            json!({"top_also": ["share"]}),
            json!({"primary_also": [["thank", "ben"], "check_in"]}),
            json!({"contains": [["share", ["ben"]]]}),
            json!({"absent": [["give_back", ["ben"]]]}),
            json!({"once": ["cy"]}),
            json!({"no_also": [null, "ben"]}),
            json!({"max_len": 1}),
            json!({"exact_len": 3}),
            json!({"text_contains": ["ben", "this", "referral"]}),
            json!({"text_absent": ["ben", "now", "referred"]}),
            json!({"not_hard": [["occasion", "ana"]]}),
            json!({"hard": ["thank", "ben"]}),
            json!({"hard": ["share", "ben"]}),
            json!({"id_suffix": [["thank", "ben"], ":plan"]}),
            json!({"surprise": 1}),
        ] {
            assert_eq!(check(&digest(), "2025-03-10", &expect(bad.clone())).len(), 1, "{bad}");
        }
        let mut twice = digest();
        twice["suggestions"][1]["people"] = json!(["ben"]);
        twice["suggestions"][1]["why"]["now"] = json!(" ");
        assert_eq!(check(&twice, "2025-03-11", &Map::new()).len(), 3, "ben twice, an empty why, the wrong date");
    }
}
