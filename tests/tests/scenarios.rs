//! The engine's scenarios (tests/fixtures/scenarios/*.json, format in its README.md), run through the real CLI: import
//! the archive into an empty data dir, run each step, then `suggest --json --today <today>` and check `expect`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const EXPECT_KEYS: &[&str] =
    &["top", "top_hard", "top_also", "contains", "absent", "once", "no_also", "max_len", "exact_len"];

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/scenarios")
}

fn scenario_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(scenarios_dir())
        .expect("the scenarios dir")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// One scenario's private book and environment: no display, no real home, the clock pinned to its `today`.
struct Book {
    root: tempfile::TempDir,
    today: String,
}

impl Book {
    fn new(today: &str) -> Book {
        Book { root: tempfile::tempdir().unwrap(), today: today.to_owned() }
    }

    fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let root = self.root.path();
        let mut cmd = Command::new(advocates_tests::app_binary());
        cmd.arg("--data-dir").arg(root.join("data")).args(args);
        for var in ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "HOME"] {
            let dir = root.join(var.to_lowercase());
            std::fs::create_dir_all(&dir).unwrap();
            cmd.env(var, dir);
        }
        // A step without --today acts on the scenario's day.
        cmd.env("ADVOCATES_NOW", format!("{}T12:00", self.today)).env("TZ", "UTC");
        cmd.env_remove("ADVOCATES_DATA_DIR").env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
        cmd.output().expect("the advocates binary runs")
    }
}

fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs one scenario; returns every broken expectation (empty when it passes).
fn run_scenario(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let scenario: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let today = scenario["today"].as_str().ok_or("no `today`")?;
    let book = Book::new(today);
    let archive = book.root.path().join("archive.json");
    std::fs::write(&archive, serde_json::to_string(&scenario["archive"]).unwrap()).unwrap();
    let out = book.run([Path::new("import").as_os_str(), archive.as_os_str()]);
    if !out.status.success() {
        return Err(format!("import failed: {}", describe(&out)));
    }
    for step in scenario["steps"].as_array().ok_or("no `steps`")? {
        let args: Vec<&str> = step
            .as_array()
            .and_then(|a| a.iter().map(Value::as_str).collect())
            .ok_or_else(|| format!("a step is a list of arguments: {step}"))?;
        let out = book.run(&args);
        if !out.status.success() {
            return Err(format!("step {args:?} failed: {}", describe(&out)));
        }
    }
    let out = book.run(["--today", today, "suggest", "--json"]);
    if !out.status.success() {
        return Err(format!("suggest failed: {}", describe(&out)));
    }
    let digest: Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("suggest printed no JSON: {e}"))?;
    let expect = scenario["expect"].as_object().ok_or("no `expect`")?;
    for key in expect.keys() {
        if !EXPECT_KEYS.contains(&key.as_str()) {
            return Err(format!("unknown expect key `{key}`"));
        }
    }
    let mut failures = check(&digest, today, expect);
    if !failures.is_empty() {
        failures.push(format!("the digest was:\n{}", summarize(&digest)));
    }
    Ok(failures)
}

/// One line per suggestion, for failure messages.
fn summarize(digest: &Value) -> String {
    suggestions(digest)
        .iter()
        .map(|s| {
            let also: Vec<&str> = s["also"].as_array().into_iter().flatten().filter_map(|a| a["id"].as_str()).collect();
            format!("  {} hard={} score={} also={also:?}", s["id"], s["hard"], s["score"])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn suggestions(digest: &Value) -> &[Value] {
    digest["suggestions"].as_array().map(Vec::as_slice).unwrap_or(&[])
}

fn people(s: &Value) -> Vec<&str> {
    s["people"].as_array().into_iter().flatten().filter_map(Value::as_str).collect()
}

/// A match is `[kind|null, people|null]`: the kind is equal (null: any kind) and every person named is among the
/// suggestion's people (null: anyone).
fn matches(s: &Value, m: &Value) -> bool {
    kind_matches(&s["kind"], &m[0]) && people_match(s, &m[1])
}

fn kind_matches(kind: &Value, wanted: &Value) -> bool {
    wanted.is_null() || kind == wanted
}

fn people_match(s: &Value, wanted: &Value) -> bool {
    let have = people(s);
    match wanted.as_array() {
        None => true,
        Some(list) => list.iter().all(|p| p.as_str().is_some_and(|p| have.contains(&p))),
    }
}

fn also_kinds(s: &Value) -> Vec<&Value> {
    s["also"].as_array().into_iter().flatten().map(|a| &a["kind"]).collect()
}

fn check(digest: &Value, today: &str, expect: &serde_json::Map<String, Value>) -> Vec<String> {
    let mut failures = Vec::new();
    let list = suggestions(digest);
    if digest["date"] != today {
        failures.push(format!("the digest's date is {} instead of {today}", digest["date"]));
    }

    // Global rules: three non-empty why-lines; nobody twice.
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
        for k in kinds {
            if !have.contains(&k) {
                failures.push(format!("top_also: the top suggestion carries no {k} in `also`"));
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
    if let Some(rule) = expect.get("no_also") {
        let (kind, person) = (&rule[0], rule[1].as_str().unwrap_or_default());
        for s in list.iter().filter(|s| people(s).contains(&person)) {
            if also_kinds(s).iter().any(|k| kind_matches(k, kind)) {
                failures.push(format!("no_also: {}'s suggestion {} carries {kind} in `also`", person, s["id"]));
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
    failures
}

#[test]
fn every_scenario_passes() {
    let files = scenario_files();
    let mut report = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        match run_scenario(path) {
            Ok(failures) if failures.is_empty() => {}
            Ok(failures) => report.push(format!("{name}:\n  {}", failures.join("\n  "))),
            Err(err) => report.push(format!("{name}: {err}")),
        }
    }
    assert!(report.is_empty(), "{} of {} scenarios failed:\n\n{}", report.len(), files.len(), report.join("\n\n"));
}

/// The shared scenarios are kept as given, and there are enough of our own beside them.
#[test]
fn the_scenario_set_is_complete() {
    let files = scenario_files();
    assert!(files.len() >= 25, "{} scenarios; at least 25 expected", files.len());
    for shared in ["s1-occasions.json", "s2-thank.json", "s6-introduce.json", "s11-support.json"] {
        assert!(scenarios_dir().join(shared).exists(), "{shared} is missing");
    }
}

/// The checker itself must be able to fail: a digest that breaks each rule is caught.
#[test]
fn the_checker_catches_broken_expectations() {
    let digest = serde_json::json!({"date": "2025-03-10", "suggestions": [
        {"id": "thank:f1", "kind": "thank", "people": ["ben"], "hard": false,
         "why": {"now": "n", "them": "t", "this": "x"}, "also": [{"id": "give_back:ben:2025-03", "kind": "give_back"}]},
        {"id": "check_in:ben:2025-01-01", "kind": "check_in", "people": ["ben"], "hard": false,
         "why": {"now": "", "them": "t", "this": "x"}, "also": []}
    ]});
    let expect = |v: Value| v.as_object().unwrap().clone();
    let ok = expect(serde_json::json!({"top": ["thank", ["ben"]], "top_also": ["give_back"], "top_hard": false,
        "contains": [["check_in", null]], "absent": [["ask", null]], "max_len": 2, "exact_len": 2}));
    // Only the global rules fail here: an empty why-line and ben twice.
    assert_eq!(check(&digest, "2025-03-10", &ok).len(), 2);
    for bad in [
        serde_json::json!({"top": ["check_in", ["ben"]]}),
        serde_json::json!({"top_hard": true}),
        serde_json::json!({"top_also": ["share"]}),
        serde_json::json!({"contains": [["share", ["ben"]]]}),
        serde_json::json!({"absent": [["give_back", ["ben"]]]}),
        serde_json::json!({"once": ["ben"]}),
        serde_json::json!({"no_also": [null, "ben"]}),
        serde_json::json!({"max_len": 1}),
        serde_json::json!({"exact_len": 3}),
    ] {
        assert_eq!(check(&digest, "2025-03-10", &expect(bad.clone())).len(), 3, "{bad}");
    }
}
