//! Support for the tests in `tests/`: locating the built binary and driving the real app end to end.

pub mod cli;
pub mod e2e;

use std::path::{Path, PathBuf};

/// The built `advocates` binary: `$ADVOCATES_BIN`, else `debug/advocates` beside this test's own target dir.
/// The Makefile builds it before running these tests; a missing binary fails loudly.
pub fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("ADVOCATES_BIN") {
        return PathBuf::from(path);
    }
    let exe = std::env::current_exe().expect("current exe");
    // …/target/debug/deps/test-hash → …/target/debug/advocates
    let debug_dir = exe.parent().and_then(|deps| deps.parent()).expect("target dir");
    let path = debug_dir.join(format!("advocates{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "the app is not built at {}: run `cargo build -p advocates` (make test does)",
        path.display()
    );
    path
}

/// The repository's root (screenshots go under `target/e2e/` there, whatever CARGO_TARGET_DIR says).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("repo root").to_owned()
}

/// Every file under `dir`, in all its subfolders, sorted (a book's folder: the book, its log, backups, key record).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}
