//! vCard 2.1, 3.0 and 4.0 as Apple Contacts, Google Contacts, Outlook and Thunderbird write them, read with the
//! `calcard` crate (folded lines, QUOTED-PRINTABLE with a CHARSET, escapes, grouped properties). The file is first
//! cut into cards by their BEGIN/END lines, so each card is read on its own: a card that is not UTF-8, has no END or
//! holds no name is skipped with its line, and the others still come in.
//!
//! Also the export: one vCard 4.0 per person, written by `calcard`, that this reader takes back as the same person.

use calcard::common::PartialDateTime;
use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardProperty, VCardValue, VCardVersion};
use calcard::{Entry, Parser};

use super::contact::{clean_label, parse_date, parse_day_loose, Contact};
use super::{Parsed, Skipped};
use crate::error::{Error, Result};
use crate::model::*;

/// The UID prefix of an Advocates export: the id after it is kept on import when it is free.
pub(crate) const OWN_UID: &str = "urn:advocates:person:";

/// One card's bytes and the line its BEGIN is on.
struct RawCard<'a> {
    line: usize,
    bytes: &'a [u8],
}

fn is_marker(line: &[u8], marker: &str) -> bool {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    line.trim_ascii().eq_ignore_ascii_case(marker.as_bytes())
}

/// Cuts the file into cards by their BEGIN:VCARD and END:VCARD lines; a card cut short (no END before the next
/// BEGIN or the end of the file) is reported and skipped.
fn split_cards(bytes: &[u8]) -> (Vec<RawCard<'_>>, Vec<Skipped>) {
    let (mut cards, mut skipped) = (Vec::new(), Vec::new());
    let mut open: Option<(usize, usize)> = None; // (line, byte offset) of the current BEGIN
    let mut offset = 0;
    for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let number = i + 1;
        if is_marker(line, "BEGIN:VCARD") {
            if let Some((begin, _)) = open {
                skipped.push(Skipped { line: begin, reason: "card has no END:VCARD before the next card".into() });
            }
            open = Some((number, offset));
        } else if is_marker(line, "END:VCARD") {
            if let Some((begin, start)) = open.take() {
                cards.push(RawCard { line: begin, bytes: &bytes[start..offset + line.len()] });
            }
        }
        offset += line.len();
    }
    if let Some((begin, _)) = open {
        skipped.push(Skipped { line: begin, reason: "card has no END:VCARD".into() });
    }
    (cards, skipped)
}

pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    let (cards, mut skipped) = split_cards(bytes);
    if cards.is_empty() && skipped.is_empty() {
        return Err(Error::invalid("file", "holds no vCard (no BEGIN:VCARD line)"));
    }
    let mut contacts = Vec::with_capacity(cards.len());
    for card in cards {
        let text = match card_text(card.bytes) {
            Ok(text) => text,
            Err(err) => {
                let bad_line = card.line + card.bytes[..err.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
                skipped.push(Skipped { line: card.line, reason: format!("card is not valid UTF-8 (line {bad_line})") });
                continue;
            }
        };
        let text = text.as_str();
        match Parser::new(text).entry() {
            Entry::VCard(vcard) => contacts.push(contact(card.line, &vcard, text)),
            other => skipped.push(Skipped { line: card.line, reason: format!("unreadable card: {other:?}") }),
        }
    }
    Ok(Parsed { contacts, skipped })
}

/// A card's text: UTF-8; or, for a vCard 2.1 card that declares a Latin-1 or Windows-1252 CHARSET and is not valid
/// UTF-8, its bytes read as Latin-1 (what old Outlook and phones wrote for "Müller"). Bare `QUOTED-PRINTABLE`
/// parameters (2.1's `NOTE;QUOTED-PRINTABLE:`) are spelled out as `ENCODING=QUOTED-PRINTABLE`, which `calcard` reads.
fn card_text(bytes: &[u8]) -> Result<String, std::str::Utf8Error> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(err) => {
            let upper = String::from_utf8_lossy(bytes).to_ascii_uppercase();
            if !(upper.contains("CHARSET=ISO-8859-1") || upper.contains("CHARSET=WINDOWS-1252")) {
                return Err(err);
            }
            bytes.iter().map(|&b| char::from(b)).collect()
        }
    };
    Ok(text.lines().map(spell_out_quoted_printable).collect::<Vec<_>>().join("\n"))
}

fn spell_out_quoted_printable(line: &str) -> std::borrow::Cow<'_, str> {
    let Some((head, value)) = line.split_once(':') else { return line.into() };
    if !head.contains(';') || head.starts_with([' ', '\t']) {
        return line.into();
    }
    let params: Vec<String> = head
        .split(';')
        .map(|p| {
            if p.eq_ignore_ascii_case("QUOTED-PRINTABLE") {
                "ENCODING=QUOTED-PRINTABLE".to_owned()
            } else {
                p.to_owned()
            }
        })
        .collect();
    format!("{}:{value}", params.join(";")).into()
}

fn text_of(value: &VCardValue) -> Option<String> {
    match value {
        VCardValue::Text(t) => Some(t.clone()),
        VCardValue::Component(parts) => Some(parts.join(", ")),
        VCardValue::Integer(i) => Some(i.to_string()),
        VCardValue::Float(f) => Some(f.to_string()),
        VCardValue::PartialDateTime(_)
        | VCardValue::Binary(_)
        | VCardValue::Boolean(_)
        | VCardValue::Sex(_)
        | VCardValue::GramGender(_)
        | VCardValue::Kind(_) => None,
    }
}

/// The first value as text.
fn first_text(e: &VCardEntry) -> Option<String> {
    e.values.first().and_then(text_of).map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The `index`th component of a structured value (N, ORG, ADR).
fn component(e: &VCardEntry, index: usize) -> Option<String> {
    e.values.get(index).and_then(text_of).map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

fn is_named(e: &VCardEntry, name: &str) -> bool {
    matches!(&e.name, VCardProperty::Other(n) if n.eq_ignore_ascii_case(name))
}

fn has_param(e: &VCardEntry, name: &str) -> bool {
    e.params.iter().any(|p| matches!(&p.name, VCardParameterName::Other(n) if n.eq_ignore_ascii_case(name)))
}

/// The label of a property: Apple's `itemN.X-ABLabel` for its group, else its TYPE values (without the technical
/// ones such as `pref`, `internet` and `voice`).
fn label_of(card: &VCard, e: &VCardEntry) -> Option<String> {
    if let Some(group) = &e.group {
        let grouped = card
            .entries
            .iter()
            .find(|x| x.group.as_deref().is_some_and(|g| g.eq_ignore_ascii_case(group)) && is_named(x, "X-ABLABEL"));
        if let Some(label) = grouped.and_then(first_text) {
            return Some(clean_label(&label));
        }
    }
    let types: Vec<String> = e
        .params
        .iter()
        .filter(|p| p.name == VCardParameterName::Type)
        .filter_map(|p| p.value.as_text().map(str::to_lowercase))
        .filter(|t| !matches!(t.as_str(), "pref" | "internet" | "voice" | "x400" | "msg" | "x-internet"))
        .collect();
    (!types.is_empty()).then(|| types.join(", "))
}

/// A yearly date: a parsed date-time, or text read loosely. Apple marks a birthday without a year with
/// `X-APPLE-OMIT-YEAR` and the year 1604.
fn annual(e: &VCardEntry) -> Option<AnnualDate> {
    let date = match e.values.first()? {
        VCardValue::PartialDateTime(PartialDateTime { year, month: Some(month), day: Some(day), .. }) => {
            let year = year.map(i32::from).filter(|&y| y != 1604);
            let text = match year {
                Some(y) => format!("{y:04}-{month:02}-{day:02}"),
                None => format!("--{month:02}-{day:02}"),
            };
            AnnualDate::parse(&text)
        }
        other => text_of(other).as_deref().and_then(parse_date),
    }?;
    Some(if has_param(e, "X-APPLE-OMIT-YEAR") { AnnualDate { year: None, ..date } } else { date })
}

/// The raw value of a card's first `name` property (unfolded lines are enough for dates): the fallback for dates that
/// `calcard` reads only in part, such as vCard 3.0's `BDAY:--03-12` (month without day).
fn raw_value(text: &str, name: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (head, value) = line.split_once(':')?;
        let prop = head.split(';').next()?.rsplit('.').next()?;
        prop.eq_ignore_ascii_case(name).then(|| value.trim().to_owned())
    })
}

fn contact(line: usize, card: &VCard, text: &str) -> Contact {
    let mut c = Contact::new(line);
    for e in &card.entries {
        match &e.name {
            VCardProperty::Fn => c.full_name = c.full_name.take().or_else(|| first_text(e)),
            VCardProperty::N => {
                c.family_name = component(e, 0);
                c.given_name = component(e, 1);
                c.middle_name = component(e, 2);
            }
            VCardProperty::Org => c.company = c.company.take().or_else(|| component(e, 0)),
            VCardProperty::Title => c.title = first_text(e).or(c.title.take()),
            VCardProperty::Role => c.title = c.title.take().or_else(|| first_text(e)),
            VCardProperty::Bday => {
                let raw = || raw_value(text, "BDAY").as_deref().and_then(parse_date);
                let omit_year = has_param(e, "X-APPLE-OMIT-YEAR");
                let date = annual(e).or_else(raw).map(|d| if omit_year { AnnualDate { year: None, ..d } } else { d });
                c.birthday = c.birthday.or(date);
            }
            VCardProperty::Anniversary => {
                if let Some(date) = annual(e) {
                    c.dates.push((Some("Anniversary".into()), date));
                }
            }
            VCardProperty::Email => {
                if let Some(v) = first_text(e) {
                    c.add_channel(ChannelKind::Email, &v, label_of(card, e).as_deref());
                }
            }
            VCardProperty::Tel => {
                if let Some(v) = first_text(e) {
                    let v = v.strip_prefix("tel:").unwrap_or(&v).to_owned();
                    c.add_channel(ChannelKind::Phone, &v, label_of(card, e).as_deref());
                }
            }
            VCardProperty::Adr => {
                // PO box, extended, street, locality, region, postal code, country. The first city is where they are.
                c.location = c.location.take().or_else(|| component(e, 3));
                let parts: Vec<String> = (0..7).filter_map(|i| component(e, i)).collect();
                if !parts.is_empty() {
                    c.add_channel(ChannelKind::Address, &parts.join(", "), label_of(card, e).as_deref());
                }
            }
            VCardProperty::Url | VCardProperty::Socialprofile => {
                if let Some(v) = url_of(e) {
                    c.add_channel(ChannelKind::Url, &v, label_of(card, e).as_deref());
                }
            }
            VCardProperty::Note => {
                if let Some(v) = first_text(e) {
                    c.add_note(&v);
                }
            }
            VCardProperty::Categories => {
                for tag in e
                    .values
                    .iter()
                    .filter_map(text_of)
                    .flat_map(|t| t.split(',').map(str::trim).map(str::to_owned).collect::<Vec<_>>())
                {
                    c.add_tag(&tag);
                }
            }
            VCardProperty::Uid => c.uid = first_text(e),
            VCardProperty::Other(name) => other_property(&mut c, card, e, &name.to_ascii_uppercase()),
            _ => {}
        }
    }
    if let Some(id) = c.uid.as_deref().and_then(|u| u.strip_prefix(OWN_UID)) {
        c.id = Some(id.to_owned());
    }
    c
}

fn url_of(e: &VCardEntry) -> Option<String> {
    match e.values.first()? {
        VCardValue::Binary(data) => String::from_utf8(data.data.clone()).ok(),
        other => text_of(other),
    }
    .map(|t| t.trim().to_owned())
    .filter(|t| !t.is_empty())
}

fn other_property(c: &mut Contact, card: &VCard, e: &VCardEntry, name: &str) {
    match name {
        "X-ABDATE" | "X-ANNIVERSARY" => {
            if let Some(date) = annual(e) {
                let label = label_of(card, e).or_else(|| (name == "X-ANNIVERSARY").then(|| "Anniversary".into()));
                c.dates.push((label, date));
            }
        }
        "X-SOCIALPROFILE" => {
            if let Some(v) = url_of(e) {
                c.add_channel(ChannelKind::Url, &v, label_of(card, e).as_deref());
            }
        }
        // What the user wrote as the location wins over the city of an address.
        "X-ADVOCATES-LOCATION" => c.location = first_text(e).or(c.location.take()),
        "X-ADVOCATES-HOW-MET" => c.how_met = first_text(e),
        "X-ADVOCATES-MET-ON" => c.met_on = first_text(e).as_deref().and_then(parse_day_loose),
        "X-ADVOCATES-CHANNEL" => {
            if let Some(v) = first_text(e) {
                c.add_channel(ChannelKind::Other, &v, label_of(card, e).as_deref());
            }
        }
        _ => {}
    }
}

// --- export ---------------------------------------------------------------------------------------------------------

fn entry(name: VCardProperty, value: &str) -> VCardEntry {
    VCardEntry::new(name).with_value(value.to_owned())
}

fn other(name: &str, value: &str) -> VCardEntry {
    entry(VCardProperty::Other(name.to_owned()), value)
}

/// A yearly date as vCard 4.0 writes it: `19880312`, or `--0312` without a year.
fn date_entry(name: VCardProperty, date: &AnnualDate) -> VCardEntry {
    let value = PartialDateTime {
        year: date.year.and_then(|y| u16::try_from(y).ok()),
        month: u8::try_from(date.month).ok(),
        day: u8::try_from(date.day).ok(),
        ..PartialDateTime::default()
    };
    VCardEntry::new(name).with_value(VCardValue::PartialDateTime(value))
}

/// One person as a vCard 4.0 card. Labels travel as Apple's grouped `X-ABLabel`, so any label comes back as written.
pub fn card(p: &Person) -> String {
    let mut entries = vec![entry(VCardProperty::Fn, &p.name), entry(VCardProperty::Uid, &format!("{OWN_UID}{}", p.id))];
    let mut group = 0;
    let mut labelled = |entries: &mut Vec<VCardEntry>, e: VCardEntry, label: &Option<String>| match label {
        Some(label) => {
            group += 1;
            let name = format!("item{group}");
            entries.push(e.with_group(Some(name.clone())));
            entries.push(other("X-ABLabel", label).with_group(Some(name)));
        }
        None => entries.push(e),
    };
    if let Some(company) = &p.company {
        entries.push(entry(VCardProperty::Org, company));
    }
    if let Some(title) = &p.title {
        entries.push(entry(VCardProperty::Title, title));
    }
    if let Some(birthday) = &p.birthday {
        entries.push(date_entry(VCardProperty::Bday, birthday));
    }
    for d in &p.dates {
        // As Apple writes it (`2019-06-01`, `--06-01`): a typed date under an X- name would be written empty.
        labelled(&mut entries, other("X-ABDATE", &d.date.to_string()), &d.label);
    }
    for ch in &p.channels {
        let e = match ch.kind {
            ChannelKind::Email => entry(VCardProperty::Email, &ch.value),
            ChannelKind::Phone => entry(VCardProperty::Tel, &ch.value),
            ChannelKind::Url | ChannelKind::Linkedin => entry(VCardProperty::Url, &ch.value),
            ChannelKind::Address => VCardEntry::new(VCardProperty::Adr).with_values(vec![
                VCardValue::Text(String::new()),
                VCardValue::Text(String::new()),
                VCardValue::Text(ch.value.clone()),
            ]),
            ChannelKind::Other => other("X-ADVOCATES-CHANNEL", &ch.value),
        };
        labelled(&mut entries, e, &ch.label);
    }
    if !p.tags.is_empty() {
        entries.push(
            VCardEntry::new(VCardProperty::Categories)
                .with_values(p.tags.iter().map(|t| VCardValue::Text(t.clone())).collect()),
        );
    }
    if let Some(notes) = &p.notes {
        entries.push(entry(VCardProperty::Note, notes));
    }
    if let Some(location) = &p.location {
        entries.push(other("X-ADVOCATES-LOCATION", location));
    }
    if let Some(how_met) = &p.how_met {
        entries.push(other("X-ADVOCATES-HOW-MET", how_met));
    }
    if let Some(met_on) = &p.met_on {
        entries.push(other("X-ADVOCATES-MET-ON", &met_on.format("%Y-%m-%d").to_string()));
    }
    let mut out = String::new();
    VCard { entries }.write_to(&mut out, VCardVersion::V4_0).expect("writing to a String does not fail");
    out
}

/// Every person in the book, one vCard 4.0 each, in id order.
pub fn export(store: &crate::Store) -> Result<String> {
    store.read(|tx| {
        let mut out = String::new();
        for id in crate::store::people::ids(tx)? {
            out.push_str(&card(&crate::store::people::get(tx, &id)?));
        }
        Ok(out)
    })
}
