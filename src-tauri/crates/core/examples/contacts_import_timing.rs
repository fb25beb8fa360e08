//! Times what the app does with a contacts file against a book of 10k people: the preview (a dry run), the import
//! written with its undo batch (progress counted), and the undo — the same 5,000 vCards and LinkedIn rows as
//! `benches/import.rs` (half merged by email, half new). Wall and process CPU time, since the machine may be shared:
//! `cargo run --profile bench -p advocates-core --example contacts_import_timing`.

use std::fmt::Write as _;
use std::time::Instant;

use advocates_core::import::{self, ImportOptions};
use advocates_core::model::ChannelKind;
use advocates_core::{testkit, Store};
use chrono::NaiveDate;

/// User + system CPU seconds of this process so far (Linux: /proc/self/stat, in clock ticks of 1/100 s).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit_once(") ").map(|(_, rest)| rest.split(' ').collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let (wall, cpu) = (Instant::now(), cpu_seconds());
    let value = f();
    println!("  {what:<34} {:>6.2} s wall, {:>6.2} s CPU", wall.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    value
}

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

fn main() {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let mut book = testkit::generate_book(10_000, 5, today);
    for p in &mut book.people {
        let value = format!("{}@book.example", p.id);
        p.channels.push(advocates_core::model::Channel { kind: ChannelKind::Email, value, label: None });
    }
    let rows = contacts(&book);
    for (name, file) in [("5k vCards", vcards(&rows)), ("5k LinkedIn rows", linkedin(&rows))] {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(dir.path()).unwrap();
        store.write(|tx| testkit::insert_book(tx, &book)).unwrap();
        println!("{name} into 10k people:");
        let preview =
            timed("preview (dry run + first rows)", || import::preview(&store, file.as_bytes(), None, today)).unwrap();
        let mut calls = 0;
        let imported = timed("import, written, with its batch", || {
            import::import_with(&store, file.as_bytes(), ImportOptions::default(), today, name, &mut |_, _| calls += 1)
        })
        .unwrap();
        let undone = timed("undo", || store.write(|tx| import::undo(tx, imported.batch.unwrap(), today))).unwrap();
        println!(
            "  added {}, merged {}, queued {} (preview said {}/{}/{}); {calls} progress calls; undo removed {}, restored {}",
            imported.report.added,
            imported.report.merged,
            imported.report.queued,
            preview.report.added,
            preview.report.merged,
            preview.report.queued,
            undone.removed,
            undone.restored
        );
    }
}
