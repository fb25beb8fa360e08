//! What encryption at rest costs (issue 13: within 15% of plain): the morning's suggestions on a 10k-person book
//! (200k interactions) and an archive import of that book into a new store, each on a plain book and on a SQLCipher
//! one. The encrypted books get their key from an in-memory keychain, so no key derivation is timed: unlocking with a
//! passphrase costs one Argon2id (64 MiB, 3 passes) per open, reported separately.

use std::time::Duration;

use advocates_core::crypt::keychain::MemoryKeychain;
use advocates_core::crypt::{Kdf, Unlock};
use advocates_core::suggestions::digest_for;
use advocates_core::{archive, testkit, Store};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
}

fn open(dir: &std::path::Path, keychain: Option<&MemoryKeychain>) -> Store {
    let path = dir.join(advocates_core::store::DB_FILE);
    match keychain {
        None => Store::open(&path).unwrap(),
        Some(keychain) => Store::open_with(&path, &Unlock { passphrase: None, keychain }).unwrap(),
    }
}

fn bench(c: &mut Criterion) {
    let book = testkit::generate_book(10_000, 20, today());
    let json = serde_json::to_string(&book).unwrap();
    let keychain = MemoryKeychain::default();

    let mut group = c.benchmark_group("encryption");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for (name, kc) in [("plain", None), ("encrypted", Some(&keychain))] {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = open(dir.path(), kc);
            store.write(|tx| testkit::insert_book(tx, &book)).unwrap();
        }
        let store = open(dir.path(), kc);
        group.bench_function(format!("load_snapshot+suggest 10k ({name})"), |b| {
            b.iter(|| digest_for(&store, today()).unwrap())
        });
    }
    group.measurement_time(Duration::from_secs(60));
    for (name, kc) in [("plain", None), ("encrypted", Some(&keychain))] {
        group.bench_function(format!("import 10k people ({name})"), |b| {
            b.iter_batched(
                || tempfile::tempdir().unwrap(),
                |dir| {
                    let store = open(dir.path(), kc);
                    archive::import_json(&store, &json).unwrap();
                    dir
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.measurement_time(Duration::from_secs(5));
    let kdf = Kdf::recommended().unwrap();
    group.bench_function("argon2id unlock (64 MiB, t=3, p=4)", |b| b.iter(|| kdf.derive("a passphrase").unwrap()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
