//! Semantic validation of records, shared by the store's writes, the archive import and the IPC commands.
//! Every error names its field (or JSON path, via `at`) and the offending value.

use crate::error::{Error, Result};
use crate::model::*;

/// The longest free text we keep (notes, summaries): a generous page of writing, not a pasted file.
pub const MAX_LONG_TEXT: usize = 100_000;
/// The longest short text (names, titles, topics, labels).
pub const MAX_SHORT_TEXT: usize = 1_000;

/// A path builder: `at("people", 3).field("circle")` gives `people[3].circle`.
#[derive(Clone, Debug)]
pub struct At(String);

/// The longest list a record may hold (tags, channels, dates, interests, the people of an interaction or a goal…): far
/// beyond any real person, short enough that no list can swamp the book or the window.
pub const MAX_LIST: usize = 500;

/// Checks a list's length against [`MAX_LIST`].
pub fn list_len(at: &At, len: usize) -> Result<()> {
    if len > MAX_LIST {
        return Err(at.err(format!("holds {len} entries; at most {MAX_LIST}")));
    }
    Ok(())
}

/// True for characters that have no place in a one-line name or title: control characters (newlines, escapes) and
/// the bidirectional overrides and isolates that can make a name display as something else ("Trojan Source").
pub fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A name or title as it may be kept: hidden control characters removed, surrounding space trimmed only if some were.
pub fn clean_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_hidden_control) {
        std::borrow::Cow::Owned(text.chars().filter(|c| !is_hidden_control(*c)).collect::<String>().trim().to_owned())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `clean_line` for an optional field.
pub fn clean_optional_line(text: &Option<String>) -> Option<String> {
    text.as_deref().map(|t| clean_line(t).into_owned())
}

/// The person with hidden control characters removed from their name, company and title — `None` when there were
/// none (the common case costs no copy).
pub fn cleaned_person(p: &Person) -> Option<Person> {
    let dirty = |t: &str| t.chars().any(is_hidden_control);
    let any = dirty(&p.name) || p.company.as_deref().is_some_and(dirty) || p.title.as_deref().is_some_and(dirty);
    any.then(|| Person {
        name: clean_line(&p.name).into_owned(),
        company: clean_optional_line(&p.company),
        title: clean_optional_line(&p.title),
        ..p.clone()
    })
}

pub fn at(root: &str) -> At {
    At(root.to_owned())
}

impl At {
    pub fn index(&self, i: usize) -> At {
        At(format!("{}[{i}]", self.0))
    }
    pub fn field(&self, name: &str) -> At {
        if self.0.is_empty() {
            At(name.to_owned())
        } else {
            At(format!("{}.{name}", self.0))
        }
    }
    pub fn err(&self, message: impl Into<String>) -> Error {
        Error::invalid(self.0.clone(), message)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub fn id(at: &At, value: &str) -> Result<()> {
    let ok = (1..=64).contains(&value.len())
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    if !ok {
        return Err(at.err(format!("\"{value}\" is not a valid id (1–64 characters of A–Z a–z 0–9 _ . -)")));
    }
    Ok(())
}

pub fn person_id(at: &At, value: &str) -> Result<()> {
    id(at, value)?;
    if value == ME {
        return Err(at.err("\"me\" is reserved for you and cannot be a person's id"));
    }
    Ok(())
}

pub fn required_text(at: &At, value: &str, max: usize) -> Result<()> {
    if value.trim().is_empty() {
        return Err(at.err("is required and cannot be blank"));
    }
    optional_text(at, Some(value), max)
}

pub fn optional_text(at: &At, value: Option<&str>, max: usize) -> Result<()> {
    match value {
        Some(text) if text.len() > max => Err(at.err(format!("is too long ({} bytes; at most {max})", text.len()))),
        _ => Ok(()),
    }
}

pub fn topic(at: &At, value: &str) -> Result<()> {
    required_text(at, value, MAX_SHORT_TEXT)
        .map_err(|_| at.err(format!("\"{value}\" is not a topic: topics are non-blank")))
}

pub fn range<T: PartialOrd + std::fmt::Display + Copy>(at: &At, value: T, lo: T, hi: T) -> Result<()> {
    if value < lo || value > hi {
        return Err(at.err(format!("{value} is not in {lo}..{hi}")));
    }
    Ok(())
}

pub fn strength(at: &At, value: f64) -> Result<()> {
    if !(0.0..=1.0).contains(&value) {
        return Err(at.err(format!("{value} is not in 0..1")));
    }
    Ok(())
}

pub fn not_before(at: &At, until: Option<chrono::NaiveDate>, start: chrono::NaiveDate, start_name: &str) -> Result<()> {
    match until {
        Some(u) if u < start => Err(at.err(format!("{u} is before {start_name} {start}"))),
        _ => Ok(()),
    }
}

/// Everything about a person that can be checked without the rest of the book.
pub fn person(at: &At, p: &Person) -> Result<()> {
    person_id(&at.field("id"), &p.id)?;
    required_text(&at.field("name"), &p.name, MAX_SHORT_TEXT)?;
    for (name, value) in
        [("company", &p.company), ("title", &p.title), ("location", &p.location), ("how_met", &p.how_met)]
    {
        optional_text(&at.field(name), value.as_deref(), MAX_SHORT_TEXT)?;
    }
    optional_text(&at.field("notes"), p.notes.as_deref(), MAX_LONG_TEXT)?;
    range(&at.field("circle"), p.circle, 1, 5)?;
    if let Some(peak) = p.peak_circle {
        range(&at.field("peak_circle"), peak, 1, 5)?;
        if peak > p.circle {
            return Err(at.field("peak_circle").err(format!(
                "{peak} is farther than circle {}: the peak circle is the closest one ever held",
                p.circle
            )));
        }
    }
    if let Some(c) = p.cadence_days {
        range(&at.field("cadence_days"), c, 1, 3650)?;
    }
    for (name, len) in [
        ("dates", p.dates.len()),
        ("channels", p.channels.len()),
        ("tags", p.tags.len()),
        ("interests", p.interests.len()),
        ("expertise", p.expertise.len()),
        ("needs", p.needs.len()),
        ("offers", p.offers.len()),
    ] {
        list_len(&at.field(name), len)?;
    }
    for (i, d) in p.dates.iter().enumerate() {
        let at = at.field("dates").index(i);
        id(&at.field("id"), &d.id)?;
        if d.id == "birthday" {
            return Err(at.field("id").err("\"birthday\" is reserved: use the person's birthday field"));
        }
        optional_text(&at.field("label"), d.label.as_deref(), MAX_SHORT_TEXT)?;
    }
    for (i, c) in p.channels.iter().enumerate() {
        required_text(&at.field("channels").index(i).field("value"), &c.value, MAX_SHORT_TEXT)?;
    }
    for (i, t) in p.tags.iter().enumerate() {
        required_text(&at.field("tags").index(i), t, MAX_SHORT_TEXT)?;
    }
    for (i, interest) in p.interests.iter().enumerate() {
        let at = at.field("interests").index(i);
        topic(&at.field("topic"), &interest.topic)?;
        strength(&at.field("strength"), interest.strength)?;
    }
    for (i, t) in p.expertise.iter().enumerate() {
        topic(&at.field("expertise").index(i), t)?;
    }
    for (list, name) in [(&p.needs, "needs"), (&p.offers, "offers")] {
        for (i, n) in list.iter().enumerate() {
            need(&at.field(name).index(i), n)?;
        }
    }
    Ok(())
}

pub fn need(at: &At, n: &Need) -> Result<()> {
    id(&at.field("id"), &n.id)?;
    topic(&at.field("topic"), &n.topic)?;
    optional_text(&at.field("text"), n.text.as_deref(), MAX_LONG_TEXT)?;
    not_before(&at.field("until"), n.until, n.since, "since")
}

pub fn interaction(at: &At, i: &Interaction) -> Result<()> {
    id(&at.field("id"), &i.id)?;
    if i.with.is_empty() {
        return Err(at.field("with").err("names no one: an interaction is with at least one person"));
    }
    list_len(&at.field("with"), i.with.len())?;
    for (k, p) in i.with.iter().enumerate() {
        person_id(&at.field("with").index(k), p)?;
        if i.with[..k].contains(p) {
            return Err(at.field("with").index(k).err(format!("\"{p}\" is listed twice")));
        }
    }
    if let Some(m) = i.minutes {
        range(&at.field("minutes"), m, 0, 1440)?;
    }
    optional_text(&at.field("summary"), i.summary.as_deref(), MAX_LONG_TEXT)
}

pub fn event(at: &At, e: &Event) -> Result<()> {
    id(&at.field("id"), &e.id)?;
    person_id(&at.field("person"), &e.person)?;
    optional_text(&at.field("detail"), e.detail.as_deref(), MAX_LONG_TEXT)
}

pub fn favor(at: &At, f: &Favor) -> Result<()> {
    id(&at.field("id"), &f.id)?;
    match (f.from == ME, f.to == ME) {
        (true, true) => return Err(at.field("to").err("\"me\" is on both sides: a favor is between you and someone")),
        (false, false) => {
            return Err(at.field("from").err(format!(
                "neither side is \"me\" (from \"{}\", to \"{}\"): one side of a favor must be you",
                f.from, f.to
            )))
        }
        (true, false) => person_id(&at.field("to"), &f.to)?,
        (false, true) => person_id(&at.field("from"), &f.from)?,
    }
    optional_text(&at.field("detail"), f.detail.as_deref(), MAX_LONG_TEXT)?;
    optional_text(&at.field("outcome"), f.outcome.as_deref(), MAX_LONG_TEXT)
}

pub fn follow_up(at: &At, u: &FollowUp) -> Result<()> {
    id(&at.field("id"), &u.id)?;
    person_id(&at.field("person"), &u.person)?;
    required_text(&at.field("text"), &u.text, MAX_LONG_TEXT)?;
    not_before(&at.field("until"), u.until, u.due, "due")
}

pub fn goal(at: &At, g: &Goal) -> Result<()> {
    id(&at.field("id"), &g.id)?;
    required_text(&at.field("title"), &g.title, MAX_SHORT_TEXT)?;
    list_len(&at.field("topics"), g.topics.len())?;
    list_len(&at.field("people"), g.people.len())?;
    for (i, t) in g.topics.iter().enumerate() {
        topic(&at.field("topics").index(i), t)?;
    }
    range(&at.field("priority"), g.priority, 1, 3)?;
    for (i, p) in g.people.iter().enumerate() {
        person_id(&at.field("people").index(i), p)?;
        if g.people[..i].contains(p) {
            return Err(at.field("people").index(i).err(format!("\"{p}\" is listed twice")));
        }
    }
    Ok(())
}

pub fn item(at: &At, it: &Item) -> Result<()> {
    id(&at.field("id"), &it.id)?;
    required_text(&at.field("title"), &it.title, MAX_SHORT_TEXT)?;
    optional_text(&at.field("url"), it.url.as_deref(), MAX_SHORT_TEXT)?;
    for (i, t) in it.topics.iter().enumerate() {
        topic(&at.field("topics").index(i), t)?;
    }
    Ok(())
}

pub fn feedback(at: &At, f: &Feedback) -> Result<()> {
    let kind = f.suggestion.split(':').next().unwrap_or("");
    if crate::model::SuggestionKind::parse(kind).is_none() {
        let kinds: Vec<&str> = crate::model::SuggestionKind::ALL.iter().map(|k| k.as_str()).collect();
        return Err(at.field("suggestion").err(format!(
            "\"{}\" does not start with a suggestion kind ({})",
            f.suggestion,
            kinds.join(", ")
        )));
    }
    match f.action {
        FeedbackAction::Snoozed if f.until.is_none() => {
            Err(at.field("until").err("is required when the action is \"snoozed\""))
        }
        FeedbackAction::Dismissed if f.reason.is_none() => {
            Err(at.field("reason").err("is required when the action is \"dismissed\""))
        }
        _ => Ok(()),
    }
}

pub fn settings(at: &At, s: &SettingsPatch) -> Result<()> {
    if let Some(v) = s.daily_suggestions {
        range(&at.field("daily_suggestions"), v, 1, 7)?;
    }
    if let Some(v) = s.effort_budget_minutes {
        range(&at.field("effort_budget_minutes"), v, 5, 600)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_lose_control_and_bidi_characters() {
        let mut p = Person::new("ana", "Ana\u{202E}gnp.exe\u{202C} Lima\n");
        p.title = Some("CEO\u{2066}\u{0007}".into());
        let clean = cleaned_person(&p).expect("cleaned");
        assert_eq!(clean.name, "Anagnp.exe Lima");
        assert_eq!(clean.title.as_deref(), Some("CEO"));
        assert!(cleaned_person(&Person::new("jose", "José Ñúñez 👩‍💻")).is_none(), "plain names are untouched");
    }

    #[test]
    fn lists_are_capped() {
        let mut p = Person::new("ana", "Ana");
        p.tags = (0..=MAX_LIST).map(|i| format!("t{i}")).collect();
        let err = person(&at("people[0]"), &p).unwrap_err();
        assert_eq!(err.to_string(), format!("people[0].tags: holds {} entries; at most {MAX_LIST}", MAX_LIST + 1));
    }

    use super::*;

    #[test]
    fn paths_name_the_field() {
        let mut p = Person::new("ana", "Ana");
        p.circle = 7;
        let err = person(&at("people").index(3), &p).unwrap_err();
        assert_eq!(err.to_string(), "people[3].circle: 7 is not in 1..5");
    }

    #[test]
    fn blank_names_huge_notes_and_bad_ids_are_refused() {
        let p = Person::new("ana", "  ");
        assert_eq!(person(&at(""), &p).unwrap_err().path(), Some("name"));
        let mut p = Person::new("ana", "Ana");
        p.notes = Some("x".repeat(5 * 1024 * 1024));
        assert_eq!(person(&at(""), &p).unwrap_err().path(), Some("notes"));
        let p = Person::new("me", "Me");
        assert_eq!(person(&at(""), &p).unwrap_err().path(), Some("id"));
        let p = Person::new("a b", "Ana");
        assert!(person(&at(""), &p).unwrap_err().to_string().contains("\"a b\""));
    }

    #[test]
    fn a_favor_needs_exactly_one_me() {
        let mut f = Favor {
            id: "f1".into(),
            from: "ben".into(),
            to: "ana".into(),
            date: chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
            kind: FavorKind::Referral,
            detail: None,
            thanked_on: None,
            outcome: None,
        };
        assert!(favor(&at("favors").index(0), &f).is_err());
        f.to = ME.into();
        assert!(favor(&at("favors").index(0), &f).is_ok());
        f.from = ME.into();
        assert!(favor(&at("favors").index(0), &f).is_err());
    }
}
