//! Importing and exporting a generated book of 10k people with ~20 interactions each (200k interactions), into a
//! fresh on-disk store each time: the target is an import in ≤ 5 s.

use std::time::Duration;

use advocates_core::{archive, testkit, Store};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let book = testkit::generate_book(10_000, 20, today);
    let json = serde_json::to_string(&book).unwrap();
    let mut group = c.benchmark_group("archive");
    group.sample_size(10).measurement_time(Duration::from_secs(90)).warm_up_time(Duration::from_secs(1));
    group.bench_function("import 10k people (json → new store)", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let store = Store::open_in_dir(dir.path()).unwrap();
                archive::import_json(&store, &json).unwrap();
                dir
            },
            BatchSize::PerIteration,
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).unwrap();
    archive::import_json(&store, &json).unwrap();
    group.bench_function("export 10k people", |b| b.iter(|| archive::export(&store, None).unwrap()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
