//! Measures the engine at scale outside criterion: builds a generated book into a database file, or loads one and
//! runs the day's suggestions, printing the time taken and the process's peak memory (VmHWM, Linux only).
//!
//! ```text
//! cargo run --release -p advocates-core --example engine_memory -- build /tmp/book-50k.db 50000
//! cargo run --release -p advocates-core --example engine_memory -- run /tmp/book-50k.db
//! ```
//! Building and running are separate processes so that the peak memory of `run` is the engine's alone.

use std::time::Instant;

use advocates_core::suggestions::digest_for;
use advocates_core::testkit::{generate_book, insert_book};
use advocates_core::Store;
use chrono::NaiveDate;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    match args.get(1).map(String::as_str) {
        Some("build") => {
            let path = std::path::Path::new(&args[2]);
            let people: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(50_000);
            let _ = std::fs::remove_file(path);
            let started = Instant::now();
            let book = generate_book(people, 20, today);
            let generated = started.elapsed();
            let store = Store::open(path).expect("open the book");
            store.write(|tx| insert_book(tx, &book)).expect("insert the book");
            println!(
                "built {people} people, {} interactions in {:?} (generated in {generated:?})",
                book.interactions.len(),
                started.elapsed()
            );
        }
        Some("run") => {
            let store = Store::open(std::path::Path::new(&args[2])).expect("open the book");
            let runs: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(3);
            for _ in 0..runs {
                let started = Instant::now();
                let digest = digest_for(&store, today).expect("a digest");
                println!("{} suggestions in {:?}", digest.suggestions.len(), started.elapsed());
            }
            println!("peak memory: {}", peak_memory().unwrap_or_else(|| "unknown (no /proc)".into()));
        }
        _ => eprintln!("usage: engine_memory build PATH [PEOPLE] | run PATH [RUNS]"),
    }
}

/// The process's peak resident set size, as the kernel reports it.
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l["VmHWM:".len()..].trim().to_owned())
}
