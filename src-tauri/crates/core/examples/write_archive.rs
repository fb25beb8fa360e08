//! Writes a generated book as an archive, for timing the real binary from outside (`scripts/measure-cli.sh`):
//! `cargo run --profile bench -p advocates-core --example write_archive -- PATH [PEOPLE] [INTERACTIONS_EACH]`.
//! The same book as the criterion benches (`testkit::generate_book`, dated 10 March 2025).

use advocates_core::testkit;
use chrono::NaiveDate;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: write_archive PATH [PEOPLE] [INTERACTIONS_EACH]");
    let people: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let each: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).expect("a date");
    let json = serde_json::to_string(&testkit::generate_book(people, each, today)).expect("a book serializes");
    std::fs::write(&path, json).expect("the archive is written");
}
