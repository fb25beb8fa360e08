//! Bringing a network in: contacts exported from other tools, detected from their content (never their file name),
//! read by one module per format into one [`contact::Contact`] mapping, matched against the book by [`dedupe`], and
//! written in one transaction. The CLI and the app share this one path.
//!
//! A card or row that cannot be read is skipped and reported with its line and reason; the rest comes in. A file of
//! no known format, an empty one or one past [`MAX_BYTES`] is refused and nothing is written. The archive keeps its
//! own strict, all-or-nothing path ([`crate::archive`]).

pub mod contact;
mod csv;
pub mod dedupe;
mod google;
mod linkedin;
mod outlook;
mod table;
pub mod vcard;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{ChannelKind, Person};
use crate::store::import_batches::{self, Touched};
use crate::{archive, Store};

/// The largest file an import reads: a generous address book (a 64 MiB vCard file holds ~100,000 cards).
pub const MAX_BYTES: usize = 64 << 20;

/// The formats an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Advocates' own archive (ARCHIVE.md).
    Archive,
    /// vCard 2.1, 3.0 or 4.0 (`.vcf`).
    Vcard,
    /// LinkedIn's `Connections.csv`.
    Linkedin,
    /// Google Contacts' CSV.
    Google,
    /// Outlook's CSV.
    Outlook,
    /// Any CSV whose header names its columns.
    Csv,
}

impl Format {
    pub const ALL: &'static [Format] =
        &[Format::Archive, Format::Vcard, Format::Linkedin, Format::Google, Format::Outlook, Format::Csv];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Archive => "archive",
            Format::Vcard => "vcard",
            Format::Linkedin => "linkedin",
            Format::Google => "google",
            Format::Outlook => "outlook",
            Format::Csv => "csv",
        }
    }

    pub fn parse(text: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.as_str() == text)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A card or row left out, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Skipped {
    /// The line it starts on, 1-based.
    pub line: usize,
    pub reason: String,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportReport {
    pub format: Format,
    /// New people.
    pub added: usize,
    /// Contacts merged into people already in the book (or earlier in the file) by an email, phone, profile or UID.
    pub merged: usize,
    /// Pairs newly queued as possible duplicates.
    pub queued: usize,
    pub skipped: Vec<Skipped>,
}

/// A file read into contacts, before anything is written.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub contacts: Vec<contact::Contact>,
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The format, when the user names it; otherwise it is detected from the content.
    pub format: Option<Format>,
    /// Report what would happen, write nothing.
    pub dry_run: bool,
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The format of a file, from its content: JSON is an archive; a `BEGIN:VCARD` line makes a vCard file; LinkedIn's
/// "Notes:" preamble or header, Google's numbered columns, Outlook's columns, or a header naming a name column make
/// the CSVs. `None` for anything else.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let text = strip_bom(bytes).trim_ascii_start();
    match text.first()? {
        b'{' | b'[' => return Some(Format::Archive),
        _ => {}
    }
    let mut lines = text.split(|&b| b == b'\n').map(<[u8]>::trim_ascii);
    if lines.clone().take(50).any(|l| l.eq_ignore_ascii_case(b"BEGIN:VCARD")) {
        return Some(Format::Vcard);
    }
    if lines.next().is_some_and(|l| l.eq_ignore_ascii_case(b"Notes:")) {
        return Some(Format::Linkedin);
    }
    let headers = table::first_record(text)?;
    if linkedin::is_header(&headers) {
        Some(Format::Linkedin)
    } else if google::is_header(&headers) {
        Some(Format::Google)
    } else if outlook::is_header(&headers) {
        Some(Format::Outlook)
    } else if csv::has_name_column(&headers) {
        Some(Format::Csv)
    } else {
        None
    }
}

/// Refuses a file past [`MAX_BYTES`] with its size, so a caller can check before reading it all.
pub fn check_size(len: u64) -> Result<()> {
    if len > MAX_BYTES as u64 {
        return Err(Error::invalid(
            "file",
            format!("is {:.1} MiB; an import reads at most {} MiB", len as f64 / 1048576.0, MAX_BYTES >> 20),
        ));
    }
    Ok(())
}

/// Checks the file's size, finds its format (the one given, or detected) and reads it into contacts. Nothing is
/// written. An archive is only recognised here: it has its own path.
pub fn read(bytes: &[u8], format: Option<Format>) -> Result<(Format, Parsed)> {
    check_size(bytes.len() as u64)?;
    if strip_bom(bytes).trim_ascii().is_empty() {
        return Err(Error::invalid("file", "is empty"));
    }
    let format =
        match format.or_else(|| detect(bytes)) {
            Some(f) => f,
            None => return Err(Error::invalid(
                "file",
                "is not in a format Advocates reads: an Advocates archive, vCard (.vcf), LinkedIn Connections.csv, \
                 Google or Outlook CSV, or a CSV whose header names a \"name\" column",
            )),
        };
    let text = strip_bom(bytes);
    let parsed = match format {
        Format::Archive => Parsed::default(),
        Format::Vcard => vcard::parse(text)?,
        Format::Linkedin => linkedin::parse(text)?,
        Format::Google => google::parse(text)?,
        Format::Outlook => outlook::parse(text)?,
        Format::Csv => csv::parse(text)?,
    };
    Ok((format, parsed))
}

/// Imports a file into the book in one transaction (or, with `dry_run`, computes the report and writes nothing).
/// `today` dates the new people's starting stage and circle.
pub fn import(store: &Store, bytes: &[u8], options: ImportOptions, today: NaiveDate) -> Result<ImportReport> {
    Ok(import_with(store, bytes, options, today, "", &mut |_, _| {})?.report)
}

/// What an import did, and how to find its people again: the app's summary, undo and triage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Imported {
    pub report: ImportReport,
    /// The batch [`undo`] takes; `None` for an archive (its own path) and for a dry run.
    #[ts(type = "number | null")]
    pub batch: Option<i64>,
    /// The new people's ids, in the file's order.
    pub added_ids: Vec<String>,
}

/// [`import`], remembering the import as a batch named `source` (the file's name) so it can be undone, and calling
/// `progress(done, total)` as contacts come in (about a hundred times for a long file, so a bar can follow it).
pub fn import_with(
    store: &Store,
    bytes: &[u8],
    options: ImportOptions,
    today: NaiveDate,
    source: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Imported> {
    let (format, parsed) = read(bytes, options.format)?;
    let run = |tx: &rusqlite::Transaction| -> Result<Imported> {
        if format == Format::Archive {
            let text = std::str::from_utf8(strip_bom(bytes))
                .map_err(|err| Error::invalid("$", format!("is not valid UTF-8: {err}")))?;
            let summary = archive::write(tx, &archive::parse(text)?)?;
            let report = ImportReport { format, added: summary.people, merged: 0, queued: 0, skipped: Vec::new() };
            return Ok(Imported { report, batch: None, added_ids: Vec::new() });
        }
        let written = write_tracked(tx, format, parsed, today, progress)?;
        let batch = if options.dry_run { None } else { Some(remember(tx, format, source, today, &written)?) };
        Ok(Imported { report: written.report, batch, added_ids: written.added })
    };
    if options.dry_run {
        store.dry_run(run)
    } else {
        let imported = store.write(run)?;
        store.checkpoint()?; // a file of thousands of contacts leaves no large write-ahead log behind
        Ok(imported)
    }
}

/// Brings the contacts into the book, each merged into the person it already is or added, in the caller's
/// transaction. A contact that cannot become a person is reported with its line.
pub fn write(tx: &rusqlite::Transaction, format: Format, parsed: Parsed, today: NaiveDate) -> Result<ImportReport> {
    Ok(write_tracked(tx, format, parsed, today, &mut |_, _| {})?.report)
}

/// What [`write_tracked`] did, person by person.
struct Written {
    report: ImportReport,
    added: Vec<String>,
    /// People already in the book that contacts filled in, as they were before the first one did.
    filled: Vec<Person>,
}

fn write_tracked(
    tx: &rusqlite::Transaction,
    format: Format,
    parsed: Parsed,
    today: NaiveDate,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Written> {
    let mut report = ImportReport { format, added: 0, merged: 0, queued: 0, skipped: parsed.skipped };
    let (mut added, mut filled) = (Vec::new(), Vec::<Person>::new());
    // Who this import added or filled in so far, for the batch (sets: an import of thousands merges thousands).
    let mut touched = std::collections::HashSet::new();
    let mut index = dedupe::Index::load(tx)?;
    let total = parsed.contacts.len();
    // About a hundred calls whatever the file's length: a bar moves smoothly and the import does not slow down.
    let step = (total / 100).max(1);
    progress(0, total);
    for (done, c) in parsed.contacts.into_iter().enumerate() {
        if done % step == 0 && done > 0 {
            progress(done, total);
        }
        let (line, uid) = (c.line, c.uid.clone());
        let person = match c.into_person() {
            Ok(p) => p,
            Err(reason) => {
                report.skipped.push(Skipped { line, reason });
                continue;
            }
        };
        match index.bring_in(tx, person, uid.as_deref(), today)? {
            dedupe::Outcome::Added { queued, id } => {
                report.added += 1;
                report.queued += queued;
                touched.insert(id.clone());
                added.push(id);
            }
            dedupe::Outcome::Merged { queued, into, before } => {
                report.merged += 1;
                report.queued += queued;
                // Only the first contact's "before" is how the book had them; one added by this import stays added.
                if let Some(before) = before {
                    if touched.insert(into) {
                        filled.push(*before);
                    }
                }
            }
        }
    }
    progress(total, total);
    report.skipped.sort_by_key(|s| s.line);
    Ok(Written { report, added, filled })
}

/// Records the import as a batch: the people it added, and those it filled in as they were before and after.
fn remember(tx: &rusqlite::Transaction, format: Format, source: &str, today: NaiveDate, w: &Written) -> Result<i64> {
    let batch = import_batches::start(tx, format.as_str(), source, today)?;
    for id in &w.added {
        import_batches::add(tx, batch, &Touched::Added(id.clone()))?;
    }
    for before in &w.filled {
        let after = crate::store::people::get(tx, &before.id)?;
        import_batches::add(tx, batch, &Touched::Filled { before: Box::new(before.clone()), after: Box::new(after) })?;
    }
    Ok(batch)
}

/// What undoing an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UndoneImport {
    /// People the import had added, now removed.
    pub removed: usize,
    /// People already in the book that it had filled in, now as they were before.
    pub restored: usize,
}

/// Undoes a whole import in the caller's transaction: removes the people it added and puts the people it filled in
/// back as they were. Refused — and nothing changes — when one of its new people has a record since (an
/// interaction, a life event, a favor, a follow-up, a goal), or a person it filled in was edited since: the message
/// names them. People removed or merged since are no longer part of it.
pub fn undo(tx: &rusqlite::Transaction, batch: i64, today: NaiveDate) -> Result<UndoneImport> {
    use crate::store::people;
    let mut undone = UndoneImport { removed: 0, restored: 0 };
    for touched in import_batches::people(tx, batch)? {
        match touched {
            Touched::Added(id) => {
                let removed = people::delete(tx, &id)?;
                let records = [
                    (removed.interactions.len(), "interaction", "interactions"),
                    (removed.events.len(), "life event", "life events"),
                    (removed.favors.len(), "favor", "favors"),
                    (removed.follow_ups.len(), "follow-up", "follow-ups"),
                    (removed.goals.len(), "goal", "goals"),
                ];
                let since: Vec<String> = records
                    .iter()
                    .filter(|(n, ..)| *n > 0)
                    .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
                    .collect();
                if !since.is_empty() {
                    return Err(Error::invalid(
                        "import",
                        format!(
                            "cannot be undone: {} has {} since it; undoing it would lose them",
                            removed.person.name,
                            since.join(", ")
                        ),
                    ));
                }
                undone.removed += 1;
            }
            Touched::Filled { before, after } => {
                let now = people::get(tx, &before.id)?;
                if now != *after {
                    return Err(Error::invalid(
                        "import",
                        format!("cannot be undone: {} was edited since it; undoing it would lose the edit", now.name),
                    ));
                }
                people::update(tx, &before, today)?;
                undone.restored += 1;
            }
        }
    }
    import_batches::delete(tx, batch)?;
    Ok(undone)
}

/// One contact as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PreviewRow {
    pub line: usize,
    pub name: String,
    pub company: Option<String>,
    /// The first email, else the first phone, else the first other channel.
    pub contact: Option<String>,
}

/// What an import of a file would do, before anything is written: the dry run's report, the number of contacts
/// read, and the first few of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Preview {
    pub report: ImportReport,
    /// Cards or rows read (including those that would be skipped).
    pub total: usize,
    pub first: Vec<PreviewRow>,
}

/// How many contacts the preview shows.
pub const PREVIEW_ROWS: usize = 5;

/// The dry run of an import with its first rows. Nothing is written.
pub fn preview(store: &Store, bytes: &[u8], format: Option<Format>, today: NaiveDate) -> Result<Preview> {
    preview_with(store, bytes, format, today, &mut |_, _| {})
}

/// [`preview`], calling `progress(done, total)` as the dry run goes, as [`import_with`] does (a file of tens of
/// thousands of contacts takes seconds to preview too).
pub fn preview_with(
    store: &Store,
    bytes: &[u8],
    format: Option<Format>,
    today: NaiveDate,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Preview> {
    let (found, parsed) = read(bytes, format)?;
    let total = parsed.contacts.len() + parsed.skipped.len();
    let first = parsed
        .contacts
        .iter()
        .filter_map(|c| {
            let p = c.clone().into_person().ok()?;
            let contact = [ChannelKind::Email, ChannelKind::Phone]
                .iter()
                .find_map(|k| p.channels.iter().find(|ch| ch.kind == *k))
                .or(p.channels.first())
                .map(|ch| ch.value.clone());
            Some(PreviewRow { line: c.line, name: p.name, company: p.company, contact })
        })
        .take(PREVIEW_ROWS)
        .collect();
    if found == Format::Archive {
        let report = import(store, bytes, ImportOptions { format: Some(found), dry_run: true }, today)?;
        return Ok(Preview { total: report.added, report, first });
    }
    // The file is read once: the dry run writes what was parsed above, and is rolled back.
    let report = store.dry_run(|tx| Ok(write_tracked(tx, found, parsed, today, progress)?.report))?;
    Ok(Preview { report, total, first })
}

#[cfg(test)]
mod tests;
