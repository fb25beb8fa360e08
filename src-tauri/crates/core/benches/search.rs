//! People search on a generated book of 10k people with 10 interactions each (`testkit::generate_book`, the
//! engine's generator): a typed prefix, a typo, text with a filter, the whole list sorted by next due, and drifting.
//! The budget is 20 ms for a search.

use advocates_core::store::search::{self, PeopleQuery, PeopleSort};
use advocates_core::{testkit, Store};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).unwrap();
    let book = testkit::generate_book(10_000, 10, today);
    store.write(|tx| testkit::insert_book(tx, &book)).expect("the generated book inserts");
    // Search for the commonest first name and a typo of the commonest surname in the generated book.
    let first = most_common(book.people.iter().filter_map(|p| p.name.split_whitespace().next()));
    let last = most_common(book.people.iter().filter_map(|p| p.name.split_whitespace().last()));
    let prefix = format!("{} {}", &first[..first.len().min(3)], &last[..last.len().min(3)]).to_lowercase();
    let mut typo: Vec<char> = last.to_lowercase().chars().collect();
    typo.swap(1, 2);
    let typo: String = typo.into_iter().collect();
    let run = |q: &PeopleQuery| store.read(|tx| search::people(tx, q, today)).unwrap();
    let text = |t: &str| PeopleQuery { text: t.into(), ..Default::default() };
    eprintln!(
        "10k book: {prefix:?} finds {}, {typo:?} finds {}, drifting {}",
        run(&text(&prefix)).len(),
        run(&text(&typo)).len(),
        run(&PeopleQuery { drifting: true, ..Default::default() }).len()
    );

    let mut group = c.benchmark_group("search_10k");
    group.sample_size(20);
    group.bench_function("prefix of first and last name", |b| b.iter(|| run(&text(&prefix))));
    group.bench_function("a typo in a surname", |b| b.iter(|| run(&text(&typo))));
    group.bench_function("a surname in circle 4", |b| {
        b.iter(|| run(&PeopleQuery { text: last.clone(), circle: Some(4), ..Default::default() }))
    });
    group.bench_function("everyone by next due", |b| {
        b.iter(|| run(&PeopleQuery { sort: PeopleSort::NextDue, ..Default::default() }))
    });
    group.bench_function("drifting", |b| b.iter(|| run(&PeopleQuery { drifting: true, ..Default::default() })));
    group.finish();
}

fn most_common<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for w in words {
        *counts.entry(w).or_default() += 1;
    }
    counts.into_iter().max_by_key(|(w, n)| (*n, std::cmp::Reverse(*w))).map(|(w, _)| w.to_owned()).unwrap_or_default()
}

criterion_group!(benches, bench);
criterion_main!(benches);
