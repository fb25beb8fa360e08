//! Times an archive import of a generated book (10k people, ~200k interactions) into a new book file, as `advocates
//! import` does it: `cargo run --profile bench -p advocates-core --example import_timing [PEOPLE]`.

use std::time::Instant;

use advocates_core::{archive, testkit, Store};
use chrono::NaiveDate;

fn main() {
    let people: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).expect("a date");
    let json = serde_json::to_string(&testkit::generate_book(people, 20, today)).expect("a book serializes");
    for _ in 0..3 {
        let dir = tempfile::tempdir().expect("a temp dir");
        let store = Store::open_in_dir(dir.path()).expect("a store");
        let started = Instant::now();
        let summary = archive::import_json(&store, &json).expect("the import");
        println!(
            "imported {} people, {} interactions in {:?}",
            summary.people,
            summary.interactions,
            started.elapsed()
        );
    }
}
