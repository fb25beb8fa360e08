//! Importing contacts into a book of 10k people: a 5,000-card vCard file and a 5,000-row LinkedIn CSV, half of them
//! people the book already holds (matched by email, so merged) and half new (matched by name blocks, some queued).
//! Each run is a dry run — the whole import against the real book, rolled back — so every sample sees the same book.

use std::fmt::Write as _;
use std::time::Duration;

use advocates_core::import::{self, ImportOptions};
use advocates_core::model::ChannelKind;
use advocates_core::{testkit, Store};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};

const CONTACTS: usize = 5_000;

/// `(name, email, company)` for the contacts: every other one a person of the book (with their email when they have
/// one), the others new.
fn contacts(book: &advocates_core::model::Archive) -> Vec<(String, String, String)> {
    (0..CONTACTS)
        .map(|i| {
            let p = &book.people[i * 2 % book.people.len()];
            if i % 2 == 0 {
                let email = p
                    .channels
                    .iter()
                    .find(|c| c.kind == ChannelKind::Email)
                    .map_or_else(|| format!("known{i}@example.org"), |c| c.value.clone());
                (p.name.clone(), email, p.company.clone().unwrap_or_default())
            } else {
                (
                    format!("{} Newman{i}", p.name.split(' ').next().unwrap_or("Ana")),
                    format!("new{i}@example.org"),
                    "Initech".into(),
                )
            }
        })
        .collect()
}

fn vcards(rows: &[(String, String, String)]) -> String {
    let mut out = String::new();
    for (i, (name, email, company)) in rows.iter().enumerate() {
        let _ = write!(
            out,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:{company}\r\nEMAIL;type=INTERNET:{email}\r\n\
             TEL;type=CELL:+1 415 555 {:04}\r\nBDAY:1980-01-{:02}\r\nUID:bench-{i}\r\nEND:VCARD\r\n",
            i % 10_000,
            i % 28 + 1
        );
    }
    out
}

fn linkedin(rows: &[(String, String, String)]) -> String {
    let mut out = String::from("Notes:\n\"Some emails may be missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (i, (name, email, company)) in rows.iter().enumerate() {
        let (first, last) = name.split_once(' ').unwrap_or((name, ""));
        let _ = writeln!(
            out,
            "{first},{last},https://www.linkedin.com/in/bench-{i},{email},\"{company}\",Engineer,14 Sep 2023"
        );
    }
    out
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let mut book = testkit::generate_book(10_000, 5, today);
    // Generated people have no channels; give each an email, so the known half of the contacts merges by it.
    for p in &mut book.people {
        let value = format!("{}@book.example", p.id);
        p.channels.push(advocates_core::model::Channel { kind: ChannelKind::Email, value, label: None });
    }
    let rows = contacts(&book);
    let (vcf, csv) = (vcards(&rows), linkedin(&rows));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).unwrap();
    store.write(|tx| testkit::insert_book(tx, &book)).unwrap();
    let dry = ImportOptions { format: None, dry_run: true };

    let mut group = c.benchmark_group("import");
    group.sample_size(10).measurement_time(Duration::from_secs(30)).warm_up_time(Duration::from_secs(1));
    group.bench_function("5k vCards into 10k people", |b| {
        b.iter(|| import::import(&store, vcf.as_bytes(), dry, today).unwrap())
    });
    group.bench_function("5k LinkedIn rows into 10k people", |b| {
        b.iter(|| import::import(&store, csv.as_bytes(), dry, today).unwrap())
    });
    group.bench_function("scan 10k people for duplicates", |b| b.iter(|| store.dry_run(import::dedupe::scan).unwrap()));
    group.finish();
    let report = import::import(&store, vcf.as_bytes(), dry, today).unwrap();
    eprintln!(
        "vCards: {} added, {} merged, {} queued, {} skipped",
        report.added,
        report.merged,
        report.queued,
        report.skipped.len()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
