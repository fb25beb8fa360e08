//! Outlook's CSV export: fixed English column names (`First Name`, `E-mail Address`, `Business Phone`, `Job Title`,
//! `Business Street`…), US dates (`3/12/1988`) where `0/0/00` means no date, and categories separated by `;`.

use super::contact::{parse_date, Contact};
use super::table::{self, Table};
use super::Parsed;
use crate::error::{Error, Result};
use crate::model::ChannelKind;

/// Outlook's header: an `E-mail Address` column beside its phone or job columns.
pub fn is_header(headers: &[String]) -> bool {
    let has = |h: &str| headers.iter().any(|x| x == h);
    has("e-mail address") && (has("business phone") || has("mobile phone") || has("job title") || has("home phone"))
}

pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    let t = table::read(bytes, |_| true).ok_or_else(|| Error::invalid("file", "is empty: no header row"))?;
    if !is_header(&t.headers) {
        return Err(Error::invalid("header", "is not Outlook's header (no \"E-mail Address\" beside phone columns)"));
    }
    let contacts = t.rows.iter().map(|row| contact(&t, row)).collect();
    Ok(Parsed { contacts, skipped: t.skipped })
}

const ADDRESS_PARTS: &[&str] = &["street", "street 2", "street 3", "city", "state", "postal code", "country/region"];

fn contact(t: &Table, row: &table::Row) -> Contact {
    let mut c = Contact::new(row.line);
    c.given_name = t.get(row, &["first name"]).map(str::to_owned);
    c.middle_name = t.get(row, &["middle name"]).map(str::to_owned);
    c.family_name = t.get(row, &["last name"]).map(str::to_owned);
    c.company = t.get(row, &["company"]).map(str::to_owned);
    c.title = t.get(row, &["job title"]).map(str::to_owned);
    c.birthday = t.get(row, &["birthday"]).and_then(parse_date);
    if let Some(date) = t.get(row, &["anniversary"]).and_then(parse_date) {
        c.dates.push((Some("Anniversary".to_owned()), date));
    }
    if let Some(notes) = t.get(row, &["notes"]) {
        c.add_note(notes);
    }
    for tag in t.get(row, &["categories"]).into_iter().flat_map(|v| v.split(';')) {
        c.add_tag(tag);
    }
    for header in ["e-mail address", "e-mail 2 address", "e-mail 3 address"] {
        if let Some(v) = t.get(row, &[header]) {
            c.add_channel(ChannelKind::Email, v, None);
        }
    }
    for (i, header) in t.headers.iter().enumerate() {
        if let Some(kind) = header.strip_suffix(" phone").or_else(|| header.strip_suffix(" phone 2")) {
            if let Some(v) = row.fields.get(i).filter(|v| !v.is_empty()) {
                c.add_channel(ChannelKind::Phone, v, Some(kind));
            }
        }
    }
    c.location = t.get(row, &["business city", "home city", "other city"]).map(str::to_owned);
    for place in ["business", "home", "other"] {
        let parts: Vec<&str> =
            ADDRESS_PARTS.iter().filter_map(|p| t.get(row, &[format!("{place} {p}").as_str()])).collect();
        if !parts.is_empty() {
            c.add_channel(ChannelKind::Address, &parts.join(", "), Some(place));
        }
    }
    if let Some(url) = t.get(row, &["web page", "personal web page"]) {
        c.add_channel(ChannelKind::Url, url, None);
    }
    c
}
