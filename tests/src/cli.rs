//! The real binary driven as a headless CLI, in a private data dir: what every CLI test file shares.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The date the CLI tests pin as today.
pub const TODAY: &str = "2025-03-10";

/// A private data dir and environment: no display, no real home, the clock pinned so exports compare byte for byte.
pub struct Book {
    root: tempfile::TempDir,
}

impl Default for Book {
    fn default() -> Book {
        Book::new()
    }
}

impl Book {
    pub fn new() -> Book {
        Book { root: tempfile::tempdir().unwrap() }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.path().join("data")
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    pub fn command(&self) -> Command {
        let root = self.root.path();
        let mut cmd = Command::new(crate::app_binary());
        for var in ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "HOME"] {
            let dir = root.join(var.to_lowercase());
            std::fs::create_dir_all(&dir).unwrap();
            cmd.env(var, dir);
        }
        cmd.env("ADVOCATES_NOW", "2025-03-10T08:00:00Z").env("TZ", "UTC");
        cmd.env_remove("ADVOCATES_DATA_DIR").env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
        // No session bus (so no OS keychain) and no passphrase: a new book is plain unless a test says otherwise.
        for var in
            ["DBUS_SESSION_BUS_ADDRESS", "ADVOCATES_PASSPHRASE", "ADVOCATES_EXPORT_PASSPHRASE", "ADVOCATES_KEYCHAIN"]
        {
            cmd.env_remove(var);
        }
        cmd
    }

    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = self.command();
        cmd.arg("--data-dir").arg(self.data_dir()).args(args);
        cmd.output().expect("the advocates binary runs")
    }

    /// Runs a command that must succeed; returns its standard output.
    pub fn ok<I, S>(&self, args: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn export(&self) -> String {
        self.ok(["export"])
    }

    pub fn export_json(&self) -> Value {
        serde_json::from_str(&self.export()).unwrap()
    }

    pub fn suggest(&self) -> Value {
        serde_json::from_str(&self.ok(["--today", TODAY, "suggest", "--json"])).unwrap()
    }

    /// Runs a command that must succeed and prints JSON; returns it.
    pub fn json<I, S>(&self, args: I) -> Value
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// Writes `json` to a file in this book's temp dir and imports it; returns the output.
    pub fn import_text(&self, json: &str) -> Output {
        let path = self.file("input.json");
        std::fs::write(&path, json).unwrap();
        self.run([Path::new("import").as_os_str(), path.as_os_str()])
    }
}

pub fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs the real binary on the book in `data_dir` with `--today day` (an e2e test's book, shared with its window);
/// panics with its stderr unless it succeeds, and returns its standard output.
pub fn run_ok(data_dir: &Path, day: &str, args: &[&str]) -> String {
    let out = Command::new(crate::app_binary())
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--today", day])
        .args(args)
        .env("TZ", "UTC")
        .output()
        .expect("run the CLI");
    assert!(out.status.success(), "advocates {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Imports the archive of the scenario fixture `name` (e.g. `s2-thank.json`) into the book in `data_dir`.
pub fn import_scenario(data_dir: &Path, day: &str, name: &str) {
    let text = std::fs::read_to_string(crate::repo_root().join("tests/fixtures/scenarios").join(name)).unwrap();
    let scenario: Value = serde_json::from_str(&text).unwrap();
    std::fs::create_dir_all(data_dir).unwrap();
    let file = data_dir.with_extension("json");
    std::fs::write(&file, scenario["archive"].to_string()).unwrap();
    run_ok(data_dir, day, &["import", file.to_str().unwrap()]);
}
