//! A CSV of the user's own making: a header naming its columns (case-insensitively, with the usual synonyms) — a
//! name, or first and last names, then any of email, phone, company, title, birthday, notes, tags, LinkedIn,
//! website, address, location. Several emails or phones in one cell are split on `;` or ` ::: `.

use super::contact::{parse_date, Contact};
use super::table::{self, Table};
use super::Parsed;
use crate::error::{Error, Result};
use crate::model::ChannelKind;

const NAME: &[&str] = &["name", "full name", "display name", "contact name"];
const FIRST: &[&str] = &["first name", "firstname", "first", "given name"];
const LAST: &[&str] = &["last name", "lastname", "last", "surname", "family name"];
const EMAIL: &[&str] = &["email", "e-mail", "email address", "e-mail address", "emails"];
const PHONE: &[&str] = &["phone", "phone number", "mobile", "cell", "telephone", "tel", "phones"];
const COMPANY: &[&str] = &["company", "organization", "organisation", "org", "employer"];
const TITLE: &[&str] = &["title", "job title", "position", "role"];
const BIRTHDAY: &[&str] = &["birthday", "birth date", "birthdate", "date of birth", "dob"];
const NOTES: &[&str] = &["notes", "note", "comments", "comment"];
const TAGS: &[&str] = &["tags", "tag", "labels", "groups", "categories"];
const LINKEDIN: &[&str] = &["linkedin", "linkedin url", "linkedin profile"];
const WEBSITE: &[&str] = &["website", "url", "web page", "homepage"];
const ADDRESS: &[&str] = &["address", "postal address", "street address"];
const LOCATION: &[&str] = &["location", "city"];

/// A header that names who each row is.
pub fn has_name_column(headers: &[String]) -> bool {
    headers.iter().any(|h| NAME.contains(&h.as_str()) || FIRST.contains(&h.as_str()) || LAST.contains(&h.as_str()))
}

pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    let table = table::read(bytes, |_| true).ok_or_else(|| Error::invalid("file", "is empty: no header row"))?;
    if !has_name_column(&table.headers) {
        return Err(Error::invalid(
            "header",
            format!(
                "has no name column (\"name\", or \"first name\" and \"last name\"); it has: {}",
                table.headers.join(", ")
            ),
        ));
    }
    let contacts = table.rows.iter().map(|row| contact(&table, row)).collect();
    Ok(Parsed { contacts, skipped: table.skipped })
}

fn split_many(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(" ::: ").flat_map(|v| v.split(';')).map(str::trim).filter(|v| !v.is_empty())
}

fn contact(t: &Table, row: &table::Row) -> Contact {
    let mut c = Contact::new(row.line);
    c.full_name = t.get(row, NAME).map(str::to_owned);
    c.given_name = t.get(row, FIRST).map(str::to_owned);
    c.family_name = t.get(row, LAST).map(str::to_owned);
    c.company = t.get(row, COMPANY).map(str::to_owned);
    c.title = t.get(row, TITLE).map(str::to_owned);
    c.location = t.get(row, LOCATION).map(str::to_owned);
    c.birthday = t.get(row, BIRTHDAY).and_then(parse_date);
    for (headers, kind) in [
        (EMAIL, ChannelKind::Email),
        (PHONE, ChannelKind::Phone),
        (LINKEDIN, ChannelKind::Linkedin),
        (WEBSITE, ChannelKind::Url),
    ] {
        for value in t.get(row, headers).into_iter().flat_map(split_many) {
            c.add_channel(kind, value, None);
        }
    }
    if let Some(address) = t.get(row, ADDRESS) {
        c.add_channel(ChannelKind::Address, address, None);
    }
    if let Some(notes) = t.get(row, NOTES) {
        c.add_note(notes);
    }
    for tag in t.get(row, TAGS).into_iter().flat_map(|v| v.split([',', ';', '|'])) {
        c.add_tag(tag);
    }
    c
}
