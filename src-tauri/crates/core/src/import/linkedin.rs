//! LinkedIn's `Connections.csv`: a "Notes:" preamble (a quoted note that may span lines) above the header
//! `First Name,Last Name,URL,Email Address,Company,Position,Connected On`. The profile URL becomes a `linkedin`
//! channel, the position the title, and "Connected On" (`14 Sep 2023`) the day you met.

use super::contact::{parse_day_loose, Contact};
use super::table;
use super::Parsed;
use crate::error::{Error, Result};
use crate::model::ChannelKind;

/// LinkedIn's header: a first name and the connection date or the profile URL.
pub fn is_header(headers: &[String]) -> bool {
    let has = |h: &str| headers.iter().any(|x| x == h);
    has("first name") && (has("connected on") || has("url"))
}

pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    let t = table::read(bytes, is_header).ok_or_else(|| {
        Error::invalid(
            "header",
            "no LinkedIn header found (First Name,Last Name,URL,Email Address,Company,Position,Connected On)",
        )
    })?;
    let contacts = t
        .rows
        .iter()
        .map(|row| {
            let mut c = Contact::new(row.line);
            c.given_name = t.get(row, &["first name"]).map(str::to_owned);
            c.family_name = t.get(row, &["last name"]).map(str::to_owned);
            c.company = t.get(row, &["company"]).map(str::to_owned);
            c.title = t.get(row, &["position"]).map(str::to_owned);
            if let Some(url) = t.get(row, &["url", "profile url"]) {
                c.add_channel(ChannelKind::Linkedin, url, None);
            }
            if let Some(email) = t.get(row, &["email address", "email"]) {
                c.add_channel(ChannelKind::Email, email, None);
            }
            c.met_on = t.get(row, &["connected on"]).and_then(parse_day_loose);
            if c.met_on.is_some() {
                c.how_met = Some("Connected on LinkedIn".to_owned());
            }
            c
        })
        .collect();
    Ok(Parsed { contacts, skipped: t.skipped })
}
