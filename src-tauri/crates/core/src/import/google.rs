//! Google Contacts' CSV (both the current export and the older "Google CSV"): a BOM, numbered columns such as
//! `E-mail 1 - Label`/`E-mail 1 - Value`, several values in one cell joined by ` ::: `, and labels (`Labels`, or
//! `Group Membership` in the older form) that become tags — without Google's system labels such as `* myContacts`.

use super::contact::{parse_date, Contact};
use super::table::{self, Table};
use super::Parsed;
use crate::error::{Error, Result};
use crate::model::ChannelKind;

/// Google's header: numbered e-mail or phone columns.
pub fn is_header(headers: &[String]) -> bool {
    headers.iter().any(|h| h == "e-mail 1 - value" || h == "phone 1 - value")
        && headers.iter().any(|h| h == "first name" || h == "given name" || h == "name")
}

pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    let t = table::read(bytes, |_| true).ok_or_else(|| Error::invalid("file", "is empty: no header row"))?;
    if !is_header(&t.headers) {
        return Err(Error::invalid("header", "is not Google Contacts' header (no \"E-mail 1 - Value\" column)"));
    }
    let numbered = numbered_columns(&t);
    let contacts = t.rows.iter().map(|row| contact(&t, &numbered, row)).collect();
    Ok(Parsed { contacts, skipped: t.skipped })
}

/// A numbered value column (`Phone 2 - Value`) with its label column (`Phone 2 - Label`, or `- Type` in the older
/// form) and what it holds.
struct Numbered {
    kind: What,
    value: usize,
    label: Option<usize>,
}

#[derive(Clone, Copy)]
enum What {
    Channel(ChannelKind),
    Event,
}

fn numbered_columns(t: &Table) -> Vec<Numbered> {
    let mut out = Vec::new();
    for (i, h) in t.headers.iter().enumerate() {
        let Some((stem, part)) = h.rsplit_once(" - ") else { continue };
        if part != "value" && !(part == "formatted" && stem.starts_with("address")) {
            continue;
        }
        let Some((what, n)) = stem.rsplit_once(' ') else { continue };
        if n.parse::<u32>().is_err() {
            continue;
        }
        let kind = match what {
            "e-mail" => What::Channel(ChannelKind::Email),
            "phone" => What::Channel(ChannelKind::Phone),
            "address" => What::Channel(ChannelKind::Address),
            "website" => What::Channel(ChannelKind::Url),
            "event" => What::Event,
            _ => continue,
        };
        let label = t.column(&[&format!("{stem} - label"), &format!("{stem} - type")]);
        out.push(Numbered { kind, value: i, label });
    }
    out
}

fn contact(t: &Table, numbered: &[Numbered], row: &table::Row) -> Contact {
    let mut c = Contact::new(row.line);
    c.full_name = t.get(row, &["name"]).map(str::to_owned);
    c.given_name = t.get(row, &["first name", "given name"]).map(str::to_owned);
    c.middle_name = t.get(row, &["middle name", "additional name"]).map(str::to_owned);
    c.family_name = t.get(row, &["last name", "family name"]).map(str::to_owned);
    c.company = t.get(row, &["organization name", "organization 1 - name"]).map(str::to_owned);
    c.title = t.get(row, &["organization title", "organization 1 - title"]).map(str::to_owned);
    c.birthday = t.get(row, &["birthday"]).and_then(parse_date);
    c.location = t.get(row, &["address 1 - city"]).map(str::to_owned);
    if let Some(notes) = t.get(row, &["notes"]) {
        c.add_note(notes);
    }
    for label in t.get(row, &["labels", "group membership"]).into_iter().flat_map(|v| v.split(" ::: ")) {
        // `* myContacts`, `* starred`, `* friends`: Google's own groups, not the user's.
        if !label.trim_start().starts_with('*') {
            c.add_tag(label);
        }
    }
    for n in numbered {
        let Some(cell) = row.fields.get(n.value).filter(|v| !v.is_empty()) else { continue };
        let label = n.label.and_then(|i| row.fields.get(i)).map(String::as_str).filter(|l| !l.is_empty());
        match n.kind {
            What::Channel(kind) => {
                for value in cell.split(" ::: ") {
                    c.add_channel(kind, value, label);
                }
            }
            What::Event => {
                if let Some(date) = parse_date(cell) {
                    c.dates.push((label.map(str::to_owned), date));
                }
            }
        }
    }
    c
}
