//! The one mapping: every format's reader fills a [`Contact`] with what it found, and [`Contact::into_person`] turns
//! it into a [`Person`] the same way for all of them (names, blanks, repeated channels and tags, labels). Loose date
//! reading for what exporters write (`--03-12`, `3/12/1988`, `14 Sep 2023`) lives here too.

use chrono::{Datelike, NaiveDate};

use crate::model::*;
use crate::validate;

/// One card or row, as read, before it becomes a person.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    /// Where the card or row starts in the file (1-based), for reports.
    pub line: usize,
    /// The full name as written (vCard FN, a "Name" column).
    pub full_name: Option<String>,
    pub given_name: Option<String>,
    pub middle_name: Option<String>,
    pub family_name: Option<String>,
    pub company: Option<String>,
    pub title: Option<String>,
    pub location: Option<String>,
    pub how_met: Option<String>,
    pub met_on: Option<NaiveDate>,
    pub birthday: Option<AnnualDate>,
    /// Other yearly dates, with their labels ("Anniversary").
    pub dates: Vec<(Option<String>, AnnualDate)>,
    pub channels: Vec<Channel>,
    pub notes: Option<String>,
    pub tags: Vec<String>,
    /// A vCard's UID: a strong key for re-imports.
    pub uid: Option<String>,
    /// The id an Advocates export gave this person, to keep it when it is free.
    pub id: Option<String>,
}

impl Contact {
    pub fn new(line: usize) -> Contact {
        Contact { line, ..Contact::default() }
    }

    /// Adds a channel of `kind` (a URL on LinkedIn becomes a `linkedin` channel), ignoring blank values.
    pub fn add_channel(&mut self, kind: ChannelKind, value: &str, label: Option<&str>) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let kind = if kind == ChannelKind::Url && is_linkedin(value) { ChannelKind::Linkedin } else { kind };
        let label = label.map(clean_label).filter(|l| !l.is_empty());
        self.channels.push(Channel { kind, value: value.to_owned(), label });
    }

    pub fn add_tag(&mut self, tag: &str) {
        let tag = tag.trim();
        if !tag.is_empty() {
            self.tags.push(tag.to_owned());
        }
    }

    /// Appends a paragraph to the notes.
    pub fn add_note(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        match &mut self.notes {
            Some(notes) => {
                notes.push_str("\n\n");
                notes.push_str(text);
            }
            None => self.notes = Some(text.to_owned()),
        }
    }

    /// The name to show: the full name, else the name parts, else the company, else the first email.
    pub fn display_name(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.given_name, &self.middle_name, &self.family_name]
            .into_iter()
            .filter_map(|p| p.as_deref().map(str::trim).filter(|p| !p.is_empty()))
            .collect();
        non_blank(self.full_name.as_deref())
            .or_else(|| (!parts.is_empty()).then(|| parts.join(" ")))
            .or_else(|| non_blank(self.company.as_deref()))
            .or_else(|| self.channels.iter().find(|c| c.kind == ChannelKind::Email).map(|c| c.value.trim().to_owned()))
            .map(|name| name.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The person this contact describes, or why it cannot be one. Date ids are left empty: the writer gives them
    /// ids that are free in the book.
    pub fn into_person(self) -> Result<Person, String> {
        let name = self.display_name().ok_or("no name, company or email")?;
        let mut p = Person::new(self.id.clone().unwrap_or_default(), name);
        p.company = non_blank(self.company.as_deref());
        p.title = non_blank(self.title.as_deref());
        p.location = non_blank(self.location.as_deref());
        p.how_met = non_blank(self.how_met.as_deref());
        p.met_on = self.met_on;
        p.birthday = self.birthday;
        p.notes = non_blank(self.notes.as_deref());
        for (label, date) in self.dates {
            let label = label.map(|l| clean_label(&l)).filter(|l| !l.is_empty());
            if !p.dates.iter().any(|d| d.date == date && d.label == label) {
                p.dates.push(RecurringDate { id: String::new(), label, date });
            }
        }
        for c in self.channels {
            if !p.channels.iter().any(|known| same_channel(known, &c)) {
                p.channels.push(c);
            }
        }
        for t in self.tags {
            if !p.tags.iter().any(|known| known.eq_ignore_ascii_case(&t)) {
                p.tags.push(t);
            }
        }
        // The record's own rules (lengths, blanks), checked now so a bad card is skipped with its reason.
        let check = Person {
            id: "check".into(),
            dates: p.dates.iter().map(|d| RecurringDate { id: "d".into(), ..d.clone() }).collect(),
            ..p.clone()
        };
        validate::person(&validate::at(""), &check).map_err(|e| e.to_string())?;
        Ok(p)
    }
}

/// Two channels are one when they are of one kind and their values match as keys do (case, spacing, URL form).
pub fn same_channel(a: &Channel, b: &Channel) -> bool {
    a.kind == b.kind && loose(&a.value) == loose(&b.value)
}

fn loose(value: &str) -> String {
    let v = value.trim().to_lowercase();
    let v = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://")).unwrap_or(&v);
    let v = v.strip_prefix("www.").unwrap_or(v);
    v.trim_end_matches('/').chars().filter(|c| !c.is_whitespace()).collect()
}

pub fn is_linkedin(url: &str) -> bool {
    url.to_ascii_lowercase().contains("linkedin.com/")
}

pub fn non_blank(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// Apple writes labels as `_$!<Mobile>!$_`; Google as `* Work`. Both become the plain word.
pub fn clean_label(label: &str) -> String {
    let l = label.trim();
    let l = l.strip_prefix("_$!<").and_then(|l| l.strip_suffix(">!$_")).unwrap_or(l);
    l.trim_start_matches("* ").trim().to_owned()
}

/// The year Apple Contacts writes for a birthday without one.
const APPLE_NO_YEAR: i32 = 1604;

/// Reads a date as exporters write it: ISO (`1988-03-12`, `19880312`, `--03-12`, `--0312`), US (`3/12/1988`,
/// `3/12/88`), day-first with a slash when the day cannot be a month (`25/12/1990`), written months (`14 Sep 2023`,
/// `Sep 14, 2023`, `March 12`). Outlook's `0/0/00` and Apple's year 1604 mean "no date" and "no year".
pub fn parse_date(text: &str) -> Option<AnnualDate> {
    let t = text.trim();
    if t.is_empty() || t.starts_with("0/0/") || t == "0000-00-00" {
        return None;
    }
    if let Some(rest) = t.strip_prefix("--") {
        let digits: String = rest.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() == 4 {
            return AnnualDate::parse(&format!("--{}-{}", &digits[..2], &digits[2..]));
        }
        return None;
    }
    // A time after the date (`1988-03-12T00:00:00Z`, `3/12/1988 0:00:00`) says nothing about the day.
    let date_part = t.split(['T', ' ']).next().unwrap_or(t);
    let full = [("%Y-%m-%d", date_part), ("%Y%m%d", date_part), ("%Y/%m/%d", date_part), ("%d.%m.%Y", date_part)]
        .into_iter()
        .find_map(|(f, s)| NaiveDate::parse_from_str(s, f).ok())
        .or_else(|| slashed(date_part))
        .or_else(|| {
            ["%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y"]
                .into_iter()
                .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
        });
    if let Some(d) = full {
        let year = (d.year() != APPLE_NO_YEAR).then_some(d.year());
        return Some(AnnualDate { year, month: d.month(), day: d.day() });
    }
    // No year: `03-12`, `March 12`, `12 March`.
    let with_leap_year = format!("{t} 2000");
    ["%m-%d %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"]
        .into_iter()
        .find_map(|f| NaiveDate::parse_from_str(&with_leap_year, f).ok())
        .map(|d| AnnualDate { year: None, month: d.month(), day: d.day() })
}

/// `M/D/YYYY` or `M/D/YY` (US, as Outlook and Google write), or `D/M/YYYY` when the first number cannot be a month.
fn slashed(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split('/').collect();
    let [a, b, y] = parts.as_slice() else { return None };
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let year: i32 = match y.len() {
        4 => y.parse().ok()?,
        // Two-digit years: the future is not a birth year, so `88` is 1988 and `05` is 2005.
        2 => {
            let yy: i32 = y.parse().ok()?;
            if yy <= 30 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        _ => return None,
    };
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A date of a connection or a meeting: a full date only.
pub fn parse_day_loose(text: &str) -> Option<NaiveDate> {
    let d = parse_date(text)?;
    NaiveDate::from_ymd_opt(d.year?, d.month, d.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Option<String> {
        parse_date(text).map(|d| d.to_string())
    }

    #[test]
    fn dates_as_exporters_write_them() {
        for (text, want) in [
            ("1988-03-12", Some("1988-03-12")),
            ("19880312", Some("1988-03-12")),
            ("--03-12", Some("--03-12")),
            ("--0312", Some("--03-12")),
            (" --02-29", Some("--02-29")),
            ("1604-03-12", Some("--03-12")),
            ("3/12/1988", Some("1988-03-12")),
            ("3/12/88", Some("1988-03-12")),
            ("25/12/1990", Some("1990-12-25")),
            ("3/12/1988 0:00:00", Some("1988-03-12")),
            ("1988-03-12T00:00:00Z", Some("1988-03-12")),
            ("14 Sep 2023", Some("2023-09-14")),
            ("Sep 14, 2023", Some("2023-09-14")),
            ("March 12", Some("--03-12")),
            ("03-12", Some("--03-12")),
            ("0/0/00", None),
            ("", None),
            ("soon", None),
            ("2025-02-30", None),
            ("--13-01", None),
        ] {
            assert_eq!(d(text).as_deref(), want, "{text}");
        }
        assert_eq!(parse_day_loose("14 Sep 2023"), NaiveDate::from_ymd_opt(2023, 9, 14));
        assert_eq!(parse_day_loose("--03-12"), None);
    }

    #[test]
    fn the_mapping_names_cleans_and_dedupes() {
        let mut c = Contact::new(3);
        c.given_name = Some(" Zoë ".into());
        c.family_name = Some("Martin".into());
        c.add_channel(ChannelKind::Email, "zoe@example.org", Some("_$!<Work>!$_"));
        c.add_channel(ChannelKind::Email, " ZOE@example.org", None);
        c.add_channel(ChannelKind::Url, "https://www.linkedin.com/in/zoe/", Some("* Profile"));
        c.add_channel(ChannelKind::Phone, "  ", None);
        c.add_tag("Friends");
        c.add_tag("friends");
        c.add_tag(" ");
        c.dates.push((Some("_$!<Anniversary>!$_".into()), AnnualDate::parse("2019-06-01").unwrap()));
        c.dates.push((Some("Anniversary".into()), AnnualDate::parse("2019-06-01").unwrap()));
        let p = c.into_person().unwrap();
        assert_eq!(p.name, "Zoë Martin");
        assert_eq!(p.channels.len(), 2);
        assert_eq!(p.channels[0].label.as_deref(), Some("Work"));
        assert_eq!((p.channels[1].kind, p.channels[1].label.as_deref()), (ChannelKind::Linkedin, Some("Profile")));
        assert_eq!(p.tags, vec!["Friends"]);
        assert_eq!(p.dates.len(), 1);
        assert_eq!(p.dates[0].label.as_deref(), Some("Anniversary"));
    }

    #[test]
    fn a_name_falls_back_to_company_then_email_and_is_required() {
        let mut c = Contact::new(1);
        c.add_channel(ChannelKind::Email, "x@y.org", None);
        assert_eq!(c.clone().into_person().unwrap().name, "x@y.org");
        c.company = Some("Acme".into());
        assert_eq!(c.into_person().unwrap().name, "Acme");
        assert_eq!(Contact::new(1).into_person().unwrap_err(), "no name, company or email");
        let long = Contact { full_name: Some("x".repeat(2000)), ..Contact::new(1) };
        assert!(long.into_person().unwrap_err().starts_with("name: is too long"));
    }
}
