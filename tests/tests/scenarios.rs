//! The engine's scenarios (tests/fixtures/scenarios/*.json, format in its README.md), run through the real CLI: import
//! the archive into an empty data dir, run each step, then `suggest --json --today <today>` and check `expect`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use advocates_core::scenario::check;
use serde_json::Value;

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
    let mut failures = check(&digest, today, expect);
    if !failures.is_empty() {
        failures.push(format!("the digest was:\n{}", summarize(&digest)));
    }
    Ok(failures)
}

/// One line per suggestion, for failure messages.
fn summarize(digest: &Value) -> String {
    digest["suggestions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            let also: Vec<&str> = s["also"].as_array().into_iter().flatten().filter_map(|a| a["id"].as_str()).collect();
            format!("  {} hard={} score={} also={also:?}", s["id"], s["hard"], s["score"])
        })
        .collect::<Vec<_>>()
        .join("\n")
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
