//! Reading a CSV export as a table (with the `csv` crate): the header row, found where the exporter puts it, and each
//! row with the line it starts on. Rows that cannot be read (not UTF-8, a field count unlike the header's) are set
//! aside with their reason; blank rows are ignored.

use std::collections::HashMap;

use super::Skipped;

pub struct Table {
    /// Header names, trimmed and lower-cased, by column.
    pub headers: Vec<String>,
    /// Column of each header name (the first, when a name repeats).
    columns: HashMap<String, usize>,
    pub rows: Vec<Row>,
    pub skipped: Vec<Skipped>,
}

pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// The delimiter a header line uses: the most frequent of comma, semicolon and tab outside quotes.
pub fn sniff_delimiter(text: &[u8]) -> u8 {
    let first_line = text.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in first_line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in &mut counts {
                if b == *d {
                    *n += 1;
                }
            }
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(d, _)| *d)
}

fn reader(bytes: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(bytes)
}

/// The first record's fields, lower-cased and trimmed: what detection looks at.
pub fn first_record(bytes: &[u8]) -> Option<Vec<String>> {
    let delimiter = sniff_delimiter(bytes);
    let record = reader(bytes, delimiter).byte_records().next()?.ok()?;
    Some(record.iter().map(|f| String::from_utf8_lossy(f).trim().to_lowercase()).collect())
}

/// Reads the table whose header is the first record for which `is_header` holds (records before it are the
/// exporter's preamble); `None` when there is no such record.
pub fn read(bytes: &[u8], is_header: impl Fn(&[String]) -> bool) -> Option<Table> {
    let delimiter = sniff_delimiter(bytes);
    let mut records = reader(bytes, delimiter).into_byte_records();
    let mut headers = None;
    for record in records.by_ref() {
        let Ok(record) = record else { continue };
        let names: Vec<String> = record.iter().map(|f| String::from_utf8_lossy(f).trim().to_lowercase()).collect();
        if is_header(&names) {
            headers = Some(names);
            break;
        }
    }
    let headers = headers?;
    let mut columns = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        columns.entry(h.clone()).or_insert(i);
    }
    let mut table = Table { headers, columns, rows: Vec::new(), skipped: Vec::new() };
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line() as usize);
                table.skipped.push(Skipped { line, reason: format!("unreadable row: {err}") });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        if record.len() != table.headers.len() {
            table.skipped.push(Skipped {
                line,
                reason: format!("has {} fields; the header has {}", record.len(), table.headers.len()),
            });
            continue;
        }
        let mut fields = Vec::with_capacity(record.len());
        let mut bad = None;
        for (i, f) in record.iter().enumerate() {
            match std::str::from_utf8(f) {
                Ok(text) => fields.push(text.trim().to_owned()),
                Err(_) => {
                    bad = Some(i);
                    break;
                }
            }
        }
        match bad {
            Some(i) => table
                .skipped
                .push(Skipped { line, reason: format!("column \"{}\" is not valid UTF-8", table.headers[i]) }),
            None => table.rows.push(Row { line, fields }),
        }
    }
    Some(table)
}

impl Table {
    /// The first of `headers` that the table has.
    pub fn column(&self, headers: &[&str]) -> Option<usize> {
        headers.iter().find_map(|h| self.columns.get(*h).copied())
    }

    /// The row's non-blank value under the first of `headers` that the table has.
    pub fn get<'r>(&self, row: &'r Row, headers: &[&str]) -> Option<&'r str> {
        let i = self.column(headers)?;
        row.fields.get(i).map(String::as_str).filter(|v| !v.is_empty())
    }
}
