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
    let (format, parsed) = read(bytes, options.format)?;
    let run = |tx: &rusqlite::Transaction| -> Result<ImportReport> {
        if format == Format::Archive {
            let text = std::str::from_utf8(strip_bom(bytes))
                .map_err(|err| Error::invalid("$", format!("is not valid UTF-8: {err}")))?;
            let summary = archive::write(tx, &archive::parse(text)?)?;
            return Ok(ImportReport { format, added: summary.people, merged: 0, queued: 0, skipped: Vec::new() });
        }
        write(tx, format, parsed, today)
    };
    if options.dry_run {
        store.dry_run(run)
    } else {
        let report = store.write(run)?;
        store.checkpoint()?; // a file of thousands of contacts leaves no large write-ahead log behind
        Ok(report)
    }
}

/// Brings the contacts into the book, each merged into the person it already is or added, in the caller's
/// transaction. A contact that cannot become a person is reported with its line.
pub fn write(tx: &rusqlite::Transaction, format: Format, parsed: Parsed, today: NaiveDate) -> Result<ImportReport> {
    let mut report = ImportReport { format, added: 0, merged: 0, queued: 0, skipped: parsed.skipped };
    let mut index = dedupe::Index::load(tx)?;
    for c in parsed.contacts {
        let (line, uid) = (c.line, c.uid.clone());
        let person = match c.into_person() {
            Ok(p) => p,
            Err(reason) => {
                report.skipped.push(Skipped { line, reason });
                continue;
            }
        };
        match index.bring_in(tx, person, uid.as_deref(), today)? {
            dedupe::Outcome::Added { queued } => {
                report.added += 1;
                report.queued += queued;
            }
            dedupe::Outcome::Merged { queued } => {
                report.merged += 1;
                report.queued += queued;
            }
        }
    }
    report.skipped.sort_by_key(|s| s.line);
    Ok(report)
}

#[cfg(test)]
mod tests;
