//! The ladder on a generated book of 10k people with two years of history (issue 9): evidence, proposals, counts and
//! the 12-month trend (`ladder::stats`), the whole Advocates page (`ladder::view`, adding slipping, the balance and
//! the picture's dots) and the weekly review, each on a loaded snapshot; and the same with the snapshot's SQLite load,
//! as the app runs it. Budget: ladder + proposals + trend ≤ 50 ms at 10k.

use std::time::{Duration, Instant};

use advocates_core::engine::EngineConfig;
use advocates_core::ladder::{self, LadderConfig};
use advocates_core::store::ladder::load;
use advocates_core::testkit::{add_history, generate_book, insert_book};
use advocates_core::{standings, Store};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const INTERACTIONS_PER_PERSON: usize = 20;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).expect("a date")
}

fn build(people: usize) -> (tempfile::TempDir, Store) {
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut book = generate_book(people, INTERACTIONS_PER_PERSON, today());
    add_history(&mut book, today());
    {
        let store = Store::open_in_dir(dir.path()).expect("a store");
        store.write(|tx| insert_book(tx, &book)).expect("the book inserts");
    }
    eprintln!(
        "built a book of {people} people, {} interactions and {} changes in {:.1?}",
        book.interactions.len(),
        book.changes.len(),
        started.elapsed()
    );
    let store = Store::open_in_dir(dir.path()).expect("the store reopens");
    (dir, store)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("ladder");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for people in [1_000, 10_000] {
        let (_dir, store) = build(people);
        let config = LadderConfig::default();
        let snap = store.read(|tx| load(tx, today(), &config)).expect("a snapshot");
        group.bench_with_input(BenchmarkId::new("stats", people), &people, |b, _| {
            b.iter(|| ladder::stats(&snap, today(), &config))
        });
        group.bench_with_input(BenchmarkId::new("view", people), &people, |b, _| {
            b.iter(|| ladder::view(&snap, today(), &config))
        });
        let efforts = EngineConfig::default().effort;
        group.bench_with_input(BenchmarkId::new("review", people), &people, |b, _| {
            b.iter(|| ladder::review(&snap, today(), &config, &efforts))
        });
        group.bench_with_input(BenchmarkId::new("load+view", people), &people, |b, _| {
            b.iter(|| standings::view_for(&store, today()).expect("a view"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
