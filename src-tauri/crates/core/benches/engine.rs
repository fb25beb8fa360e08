//! The day's suggestions on generated books of 1k, 10k and 50k people with about 20 interactions each: the whole
//! `digest_for` — settings, `load_snapshot` in one read transaction, and `suggest` — as the app runs it each morning.
//! Budgets (ENGINE.md work item): ≤ 30 ms at 10k people, ≤ 200 ms at 50k.
//!
//! Each book is generated and written to a temporary database file once, before its timed loop (writing the 50k
//! book takes a few minutes on two cores). `suggest` alone, on a loaded snapshot, is measured too.

use std::time::{Duration, Instant};

use advocates_core::engine::{suggest, EngineConfig};
use advocates_core::store::snapshot::load_snapshot;
use advocates_core::suggestions::digest_for;
use advocates_core::testkit::{generate_book, insert_book};
use advocates_core::Store;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const INTERACTIONS_PER_PERSON: usize = 20;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).expect("a date")
}

/// A generated book in a temporary database file (the directory goes when the guard drops), closed and reopened as
/// the app finds it on a morning after the import: the write-ahead log checkpointed into the database.
fn build(people: usize) -> (tempfile::TempDir, Store) {
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("a temp dir");
    let book = generate_book(people, INTERACTIONS_PER_PERSON, today());
    {
        let store = Store::open_in_dir(dir.path()).expect("a store");
        store.write(|tx| insert_book(tx, &book)).expect("the book inserts");
    }
    eprintln!(
        "built a book of {people} people and {} interactions in {:.1?}",
        book.interactions.len(),
        started.elapsed()
    );
    let store = Store::open_in_dir(dir.path()).expect("the store reopens");
    (dir, store)
}

fn engine(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for people in [1_000, 10_000, 50_000] {
        let (_dir, store) = build(people);
        group.bench_with_input(BenchmarkId::new("load_snapshot+suggest", people), &people, |b, _| {
            b.iter(|| digest_for(&store, today()).expect("a digest"))
        });
        let snapshot = store.read(|tx| load_snapshot(tx, today())).expect("a snapshot");
        let config = EngineConfig::default();
        group.bench_with_input(BenchmarkId::new("suggest", people), &people, |b, _| {
            b.iter(|| suggest(&snapshot, today(), &config))
        });
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
