//! The `advocates-archive` v2 document (ARCHIVE.md; v1 still imports): the lossless backup, the import of hand-made or generated data,
//! and the tests' fixture format.
//!
//! [`parse`] reads a document strictly, naming the JSON path and the value of anything wrong; [`import`] writes it into
//! a book in one transaction through the store's own inserts (so the app, the CLI and the archive share one write
//! path); [`export`] writes the whole book as a byte-stable document.

use std::collections::HashMap;

use rusqlite::Transaction;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::{events, favors, feedback, follow_ups, goals, interactions, items, people, settings, Store};
use crate::validate::{self, at, At};

mod shape;

/// The newest archive version this build reads and the one it writes.
pub const SUPPORTED_VERSION: i64 = Archive::VERSION;

/// What an import added, by section. `settings` counts the keys it replaced.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportSummary {
    pub settings: usize,
    pub people: usize,
    pub interactions: usize,
    pub events: usize,
    pub favors: usize,
    pub follow_ups: usize,
    pub goals: usize,
    pub items: usize,
    pub feedback: usize,
    /// Stage and circle changes (version 2).
    pub changes: usize,
}

/// Reads an archive: its header first (so a newer version is refused with a clear message, whatever else it holds),
/// then its shape, then every rule of ARCHIVE.md that the document alone can settle. References to people are checked
/// by [`import`], since they may name people already in the book.
pub fn parse(json: &str) -> Result<Archive> {
    check_header(json)?;
    let mut de = serde_json::Deserializer::from_str(json);
    let archive: Archive = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        // The root's path prints as "."; name it "$" like the header errors do.
        let path = if path == "." { "$".to_owned() } else { path };
        Error::invalid(path, err.into_inner().to_string())
    })?;
    check(&archive)?;
    Ok(archive)
}

/// Imports an archive into the book, all or nothing: on any error nothing is written. Records are added (an id the
/// book already holds is an error naming its path), the settings keys given replace the book's, feedback is appended.
pub fn import(store: &Store, archive: &Archive) -> Result<ImportSummary> {
    check(archive)?;
    let summary = store.write_large(|tx| write(tx, archive))?;
    store.checkpoint()?;
    Ok(summary)
}

/// [`parse`] then [`import`].
pub fn import_json(store: &Store, json: &str) -> Result<ImportSummary> {
    let archive = parse(json)?;
    let summary = store.write_large(|tx| write(tx, &archive))?;
    store.checkpoint()?;
    Ok(summary)
}

/// The whole book as an archive document: every section and field (nulls and defaults included), records sorted by
/// id in byte order, feedback by `on`, then `suggestion`, then insertion; 2-space indentation and a final newline.
/// The time is passed in (the core reads no clock); `None` writes `"exported_at": null`.
pub fn export(store: &Store, exported_at: Option<&str>) -> Result<String> {
    let archive = store.read(|tx| read(tx, exported_at))?;
    let mut text = serde_json::to_string_pretty(&archive).expect("an archive always serializes");
    text.push('\n');
    Ok(text)
}

/// The whole book as an [`Archive`], in export order.
pub fn read(tx: &Transaction, exported_at: Option<&str>) -> Result<Archive> {
    let s = settings::get(tx)?;
    let people = people::ids(tx)?.iter().map(|id| people::get(tx, id)).collect::<Result<_>>()?;
    let mut feedback = feedback::all(tx)?;
    // Stable: rows with the same `on` and `suggestion` keep their insertion order.
    feedback.sort_by(|a, b| (a.on, &a.suggestion).cmp(&(b.on, &b.suggestion)));
    Ok(Archive {
        format: Archive::FORMAT.to_owned(),
        version: Archive::VERSION,
        exported_at: exported_at.map(str::to_owned),
        settings: SettingsPatch {
            daily_suggestions: Some(s.daily_suggestions),
            effort_budget_minutes: Some(s.effort_budget_minutes),
            digest_time: Some(s.digest_time),
            notifications: Some(s.notifications),
            quiet_hours: Some(s.quiet_hours),
        },
        people,
        interactions: interactions::all(tx)?,
        events: events::all(tx)?,
        favors: favors::all(tx)?,
        follow_ups: follow_ups::all(tx)?,
        goals: goals::all(tx)?,
        items: items::all(tx)?,
        feedback,
        changes: people::all_changes(tx)?
            .into_iter()
            .map(|c| ArchiveChange {
                from: c.from.as_deref().map(|v| ChangeValue::from_stored(c.field, v)),
                to: ChangeValue::from_stored(c.field, &c.to),
                person: c.person,
                on: c.on,
                field: c.field,
            })
            .collect(),
    })
}

/// `format` and `version`, read before anything else, and the records' shape: serde would also take a record written
/// as an array of its fields (`["ana", "Ana"]`), which an archive never holds. One streaming pass over the text
/// (`archive/shape.rs`) that keeps only what these checks need: building the whole document as a `Value` first took
/// a tenth of a 10k-person import.
fn check_header(json: &str) -> Result<()> {
    let shape = shape::read(json).map_err(|err| Error::invalid("$", format!("is not valid JSON: {err}")))?;
    if let Some(kind) = shape.root {
        return Err(Error::invalid("$", format!("is not an archive: {kind} is not a JSON object")));
    }
    check_format_and_version(shape.format.as_ref(), shape.version.as_ref())?;
    for section in shape::SECTIONS {
        if let Some((i, kind)) = shape.sections.get(section).and_then(|s| s.first_bad.as_ref()) {
            return Err(at(section).index(*i).err(format!("{kind} is not a JSON object")));
        }
    }
    if let Some((i, list, j, kind)) = shape.sections.get("people").and_then(|s| s.first_bad_list.as_ref()) {
        return Err(at("people").index(*i).field(list).index(*j).err(format!("{kind} is not a JSON object")));
    }
    if let Some(kind) = shape.settings {
        return Err(at("settings").err(format!("{kind} is not a JSON object")));
    }
    Ok(())
}

/// `format` must be this format's name and `version` a version this build reads (a newer one is refused by name).
fn check_format_and_version(format: Option<&serde_json::Value>, version: Option<&serde_json::Value>) -> Result<()> {
    use serde_json::Value;
    match format {
        None | Some(Value::Null) => {
            return Err(Error::invalid("format", format!("is required: \"{}\"", Archive::FORMAT)));
        }
        Some(Value::String(f)) if f == Archive::FORMAT => {}
        Some(other) => return Err(Error::invalid("format", format!("{other} is not \"{}\"", Archive::FORMAT))),
    }
    let version = match version {
        None | Some(Value::Null) => {
            return Err(Error::invalid("version", format!("is required: {SUPPORTED_VERSION}")));
        }
        Some(v) => v,
    };
    match version.as_i64() {
        Some(1..=SUPPORTED_VERSION) => {}
        Some(found) if found > SUPPORTED_VERSION => {
            return Err(Error::UnsupportedVersion { found, supported: SUPPORTED_VERSION });
        }
        _ => {
            return Err(Error::invalid(
                "version",
                format!("{version} is not a version this build reads (the integer 1 or {SUPPORTED_VERSION})"),
            ));
        }
    }
    Ok(())
}

/// How an error names a JSON value of the wrong kind: short values in full, others by kind.
fn kind_of(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
        Value::String(s) if s.chars().count() > 40 => "a string".to_owned(),
        other => other.to_string(),
    }
}

/// Every rule the document alone can settle, each error naming its JSON path and value: each record's own checks
/// (shared with the store's writes), and ids unique within the document per kind of record.
fn check(a: &Archive) -> Result<()> {
    if a.format != Archive::FORMAT {
        return Err(at("format").err(format!("\"{}\" is not \"{}\"", a.format, Archive::FORMAT)));
    }
    if a.version > SUPPORTED_VERSION {
        return Err(Error::UnsupportedVersion { found: a.version, supported: SUPPORTED_VERSION });
    }
    if a.version < 1 {
        return Err(at("version")
            .err(format!("{} is not a version this build reads (the integer 1 or {SUPPORTED_VERSION})", a.version)));
    }
    if a.version == 1 && !a.changes.is_empty() {
        return Err(at("changes").err("is a section of version 2; this archive says version 1"));
    }
    if let Some(t) = &a.exported_at {
        if chrono::DateTime::parse_from_rfc3339(t).is_err() {
            return Err(at("exported_at").err(format!("\"{t}\" is not an RFC 3339 timestamp")));
        }
    }
    validate::settings(&at("settings"), &a.settings)?;

    let (mut person_ids, mut date_ids, mut need_ids, mut offer_ids) =
        (Ids::default(), Ids::default(), Ids::default(), Ids::default());
    for (i, p) in a.people.iter().enumerate() {
        let at = at("people").index(i);
        validate::person(&at, p)?;
        person_ids.add(&p.id, at.field("id"))?;
        for (j, d) in p.dates.iter().enumerate() {
            date_ids.add(&d.id, at.field("dates").index(j).field("id"))?;
        }
        for (j, n) in p.needs.iter().enumerate() {
            need_ids.add(&n.id, at.field("needs").index(j).field("id"))?;
        }
        for (j, o) in p.offers.iter().enumerate() {
            offer_ids.add(&o.id, at.field("offers").index(j).field("id"))?;
        }
    }
    check_records(&a.interactions, "interactions", |r| &r.id, validate::interaction)?;
    check_records(&a.events, "events", |r| &r.id, validate::event)?;
    check_records(&a.favors, "favors", |r| &r.id, validate::favor)?;
    check_records(&a.follow_ups, "follow_ups", |r| &r.id, validate::follow_up)?;
    check_records(&a.goals, "goals", |r| &r.id, validate::goal)?;
    check_records(&a.items, "items", |r| &r.id, validate::item)?;
    for (i, f) in a.feedback.iter().enumerate() {
        validate::feedback(&at("feedback").index(i), f)?;
    }
    for (i, c) in a.changes.iter().enumerate() {
        check_change(&at("changes").index(i), c)?;
    }
    Ok(())
}

/// A change's values are checked like the person's own fields: a stage name, or a circle 1–5.
fn check_change(at: &At, c: &ArchiveChange) -> Result<()> {
    validate::person_id(&at.field("person"), &c.person)?;
    let value = |value: &ChangeValue, at: At| -> Result<()> {
        match (c.field, value) {
            (ChangedField::Circle, ChangeValue::Circle(1..=5)) => Ok(()),
            (ChangedField::Circle, ChangeValue::Circle(n)) => Err(at.err(format!("{n} is not in 1..5"))),
            (ChangedField::Stage, ChangeValue::Stage(s)) if Stage::parse(s).is_some() => Ok(()),
            (ChangedField::Circle, other) => Err(at.err(format!("{other} is not a circle (1..5)"))),
            (ChangedField::Stage, other) => {
                Err(at.err(format!("{other} is not a stage (acquaintance, friend, ally or advocate)")))
            }
        }
    };
    if let Some(from) = &c.from {
        value(from, at.field("from"))?;
    }
    value(&c.to, at.field("to"))
}

fn check_records<T>(
    list: &[T],
    section: &str,
    id: impl Fn(&T) -> &str,
    check: impl Fn(&At, &T) -> Result<()>,
) -> Result<()> {
    let mut ids = Ids::default();
    for (i, record) in list.iter().enumerate() {
        let at = at(section).index(i);
        check(&at, record)?;
        ids.add(id(record), at.field("id"))?;
    }
    Ok(())
}

/// The ids of one kind of record seen so far, with where each was first seen.
#[derive(Default)]
struct Ids<'a>(HashMap<&'a str, At>);

impl<'a> Ids<'a> {
    fn add(&mut self, id: &'a str, at: At) -> Result<()> {
        if let Some(first) = self.0.get(id) {
            return Err(at.err(format!("\"{id}\" is a duplicate id: {} has it too", first.as_str())));
        }
        self.0.insert(id, at);
        Ok(())
    }
}

/// Writes a checked archive inside `tx`: people first, so that every other record may name them.
pub(crate) fn write(tx: &Transaction, a: &Archive) -> Result<ImportSummary> {
    let s = &a.settings;
    let keys = [
        s.daily_suggestions.is_some(),
        s.effort_budget_minutes.is_some(),
        s.digest_time.is_some(),
        s.notifications.is_some(),
        s.quiet_hours.is_some(),
    ];
    settings::update(tx, s)?;
    // An archive only adds rows: the search index and the contact aggregates are brought up to date once, at the end.
    crate::store::bulk::with_bulk_indexing(tx, |tx| {
        for (i, p) in a.people.iter().enumerate() {
            people::insert(tx, p).map_err(|err| person_error(err, &at("people").index(i), p))?;
        }
        insert_all(tx, &a.interactions, "interactions", interactions::insert)?;
        insert_all(tx, &a.events, "events", events::insert)?;
        insert_all(tx, &a.favors, "favors", favors::insert)?;
        insert_all(tx, &a.follow_ups, "follow_ups", follow_ups::insert)?;
        insert_all(tx, &a.goals, "goals", goals::insert)?;
        insert_all(tx, &a.items, "items", items::insert)?;
        insert_all(tx, &a.feedback, "feedback", feedback::append)?;
        for (i, c) in a.changes.iter().enumerate() {
            let at = at("changes").index(i);
            crate::store::ids::ensure_person(tx, &at.field("person"), &c.person)?;
            let from = c.from.as_ref().map(ChangeValue::as_stored);
            people::record_change(tx, &c.person, c.on, c.field, from.as_deref(), &c.to.as_stored())?;
        }
        Ok(())
    })?;
    Ok(ImportSummary {
        settings: keys.iter().filter(|k| **k).count(),
        people: a.people.len(),
        interactions: a.interactions.len(),
        events: a.events.len(),
        favors: a.favors.len(),
        follow_ups: a.follow_ups.len(),
        goals: a.goals.len(),
        items: a.items.len(),
        feedback: a.feedback.len(),
        changes: a.changes.len(),
    })
}

fn insert_all<T>(
    tx: &Transaction,
    list: &[T],
    section: &str,
    insert: impl Fn(&Transaction, &At, &T) -> Result<()>,
) -> Result<()> {
    for (i, record) in list.iter().enumerate() {
        let at = at(section).index(i);
        insert(tx, &at, record).map_err(|err| already_in_book(err, &at.field("id")))?;
    }
    Ok(())
}

/// The store names a clash with the book by kind and id; the archive names it by path.
fn already_in_book(err: Error, at: &At) -> Error {
    match err {
        Error::Duplicate { kind, id } => {
            at.err(format!("\"{id}\" is already in the book (a {kind}'s id): an import only adds records"))
        }
        other => other,
    }
}

/// [`people::insert`] checks a person on its own, with paths relative to the person: put them under `people[i]`.
fn person_error(err: Error, at: &At, p: &Person) -> Error {
    match err {
        Error::Invalid { path, message } if path.is_empty() => Error::Invalid { path: at.as_str().to_owned(), message },
        Error::Invalid { path, message } => Error::Invalid { path: format!("{}.{path}", at.as_str()), message },
        Error::Duplicate { kind, ref id } => {
            let field = match kind {
                "date" => p.dates.iter().position(|d| &d.id == id).map(|j| at.field("dates").index(j)),
                "need" => p.needs.iter().position(|n| &n.id == id).map(|j| at.field("needs").index(j)),
                "offer" => p.offers.iter().position(|n| &n.id == id).map(|j| at.field("offers").index(j)),
                _ => None,
            };
            already_in_book(err, &field.unwrap_or_else(|| at.clone()).field("id"))
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The header check as it was, on a document parsed whole: the reference the streaming one is tested against.
    fn check_header_reference(json: &str) -> Result<()> {
        use serde_json::Value;
        let doc: Value =
            serde_json::from_str(json).map_err(|err| Error::invalid("$", format!("is not valid JSON: {err}")))?;
        let Value::Object(root) = &doc else {
            return Err(Error::invalid("$", format!("is not an archive: {} is not a JSON object", kind_of(&doc))));
        };
        check_format_and_version(root.get("format"), root.get("version"))?;
        let objects = |value: Option<&Value>, at: &At| -> Result<()> {
            for (i, record) in value.and_then(Value::as_array).into_iter().flatten().enumerate() {
                if !record.is_object() {
                    return Err(at.index(i).err(format!("{} is not a JSON object", kind_of(record))));
                }
            }
            Ok(())
        };
        for section in
            ["people", "interactions", "events", "favors", "follow_ups", "goals", "items", "feedback", "changes"]
        {
            objects(root.get(section), &at(section))?;
        }
        if let Some(people) = root.get("people").and_then(Value::as_array) {
            for (i, person) in people.iter().enumerate() {
                for list in ["dates", "channels", "interests", "needs", "offers"] {
                    objects(person.get(list), &at("people").index(i).field(list))?;
                }
            }
        }
        if let Some(s) = root.get("settings").filter(|s| !s.is_object()) {
            return Err(at("settings").err(format!("{} is not a JSON object", kind_of(s))));
        }
        Ok(())
    }

    /// ARCHIVE.md's example, with every section and most fields.
    /// The streaming header check says exactly what the check on a parsed document said, for every kind of fault and
    /// in the same order of precedence (the first fault by section, then by person and list, then settings), for keys
    /// given twice (the last counts), and for documents that pass.
    #[test]
    fn the_streaming_header_check_says_what_the_parsed_one_said() {
        let long = "x".repeat(41);
        let mut docs: Vec<String> = [
            "",
            "{",
            "{} x",
            "[]",
            "[1, 2]",
            "5",
            "-1.5",
            "true",
            "null",
            "\"ana\"",
            "{\"format\": \"advocates-archive\",}",
            "{}",
            r#"{"format": null}"#,
            r#"{"format": 5}"#,
            r#"{"format": "other"}"#,
            r#"{"format": ["a"]}"#,
            r#"{"format": "advocates-archive"}"#,
            r#"{"format": "advocates-archive", "version": null}"#,
            r#"{"format": "advocates-archive", "version": "2"}"#,
            r#"{"format": "advocates-archive", "version": 1.5}"#,
            r#"{"format": "advocates-archive", "version": 0}"#,
            r#"{"format": "advocates-archive", "version": -1}"#,
            r#"{"format": "advocates-archive", "version": 99}"#,
            r#"{"format": "advocates-archive", "version": 1e400}"#,
            r#"{"format": "other", "format": "advocates-archive", "version": 2}"#,
            r#"{"version": 2, "format": "advocates-archive", "version": 7}"#,
        ]
        .map(str::to_owned)
        .to_vec();
        docs.push(format!("\"{long}\""));
        let header = r#""format": "advocates-archive", "version": 2"#;
        for body in [
            r#""people": [{}, {}, 3]"#,
            r#""people": 5, "interactions": [{}, [1]]"#,
            r#""interactions": [{}, null], "people": [{}, "x"]"#,
            r#""changes": [true], "feedback": [{}, {}, 1.25]"#,
            r#""goals": [{}], "items": [{"a": [1, {"b": null}]}, []]"#,
            r#""events": {"a": 1}, "favors": "no", "follow_ups": [{}, {}, {}, -3]"#,
            r#""people": [{"dates": [{}, 1], "needs": [2]}, {"channels": ["x"]}]"#,
            r#""people": [{"offers": [{}, {}, false], "interests": [null]}, {"dates": [7]}]"#,
            r#""people": [{"name": "Ana", "dates": 5, "tags": [1]}, {"offers": [[]]}], "settings": []"#,
            r#""people": [{"dates": [1]}], "people": [{}]"#,
            r#""people": [{"dates": [1], "dates": [{}]}]"#,
            r#""people": [{}, {"interests": ["LONG"]}]"#,
            r#""settings": null"#,
            r#""settings": [1, 2]"#,
            r#""settings": "LONG""#,
            r#""settings": {"daily_suggestions": 3}, "people": [], "extra": [[[{"deep": [1, 2, {"x": "y"}]}]]]"#,
        ] {
            let body = body.replace("LONG", &long);
            docs.push(format!("{{{header}, {body}}}"));
            docs.push(format!("{{{body}, {header}}}"));
        }
        docs.push(EXAMPLE.to_owned());
        docs.push(
            serde_json::to_string(&crate::testkit::generate_book(
                30,
                3,
                chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap(),
            ))
            .unwrap(),
        );
        for doc in &docs {
            let streaming = check_header(doc).map_err(|e| format!("{e:?}"));
            let parsed = check_header_reference(doc).map_err(|e| format!("{e:?}"));
            assert_eq!(streaming, parsed, "{doc}");
        }
        let faults = docs.iter().filter(|d| check_header(d).is_err()).count();
        assert!(faults > 40, "the corpus is mostly faults: {faults} of {}", docs.len());
    }

    const EXAMPLE: &str = r#"{
      "format": "advocates-archive", "version": 1,
      "exported_at": "2025-03-10T08:00:00Z",
      "settings": { "daily_suggestions": 4, "digest_time": "07:45", "quiet_hours": ["22:00", "07:00"] },
      "people": [ {
        "id": "ana", "name": "Ana Lima", "company": "Acme", "title": "CTO", "location": "Lisbon",
        "how_met": "Spoke together at RustConf", "met_on": "2023-09-14", "circle": 1, "peak_circle": 1,
        "stage": "advocate", "power": true, "kin": false, "no_intros": false, "status": "active",
        "cadence_days": null, "snoozed_until": null, "birthday": "--03-12",
        "dates": [ { "id": "ana-wedding", "label": "Wedding anniversary", "date": "2019-06-01" },
                   { "id": "ana-arrival", "date": "--02-29" } ],
        "channels": [ { "kind": "phone", "value": "+351 555 0100" },
                      { "kind": "email", "value": "ana@acme.example", "label": "work" } ],
        "tags": ["rust", "conference"],
        "interests": [ { "topic": "climate-tech", "strength": 0.9 }, { "topic": "sailing" },
                       { "topic": "opera", "strength": 0 } ],
        "expertise": ["healthcare"],
        "needs":  [ { "id": "n1", "topic": "rust-engineer", "text": "Hiring a Rust engineer", "since": "2025-03-01" } ],
        "offers": [ { "id": "o2", "topic": "mentoring", "since": "2025-02-25", "until": "2025-12-31" },
                    { "id": "o1", "topic": "rust-engineer", "text": "Mentors Rust teams", "since": "2025-02-25" } ],
        "notes": "Two kids; training for a marathon. Çа va — 日本語 ✓"
      }, {
        "id": "ben", "name": "Ben Okafor", "circle": 2, "stage": "advocate", "power": true
      }, {
        "id": "Zoe", "name": "Zoë", "circle": 4, "peak_circle": 2, "kin": true, "status": "archived",
        "cadence_days": 60, "snoozed_until": "2025-04-01", "birthday": "1990-01-31"
      } ],
      "interactions": [
        { "id": "i2", "date": "2025-03-05", "kind": "meal", "with": ["ben", "ana"], "initiator": "mutual",
          "minutes": 90, "summary": "Dinner after the meetup" },
        { "id": "i1", "date": "2025-01-05", "kind": "note", "with": ["Zoe"] }
      ],
      "events": [ { "id": "e1", "person": "ben", "date": "2025-03-07", "kind": "new_job", "detail": "Joined Stripe" } ],
      "favors": [
        { "id": "f1", "from": "ben", "to": "me", "date": "2025-03-06", "kind": "referral", "detail": "Referred me to Acme" },
        { "id": "f0", "from": "me", "to": "ana", "date": "2025-02-06", "kind": "share", "thanked_on": "2025-02-07",
          "outcome": "She read it" }
      ],
      "follow_ups": [ { "id": "u1", "person": "ana", "mine": true, "text": "Send the pricing deck", "due": "2025-03-07",
                        "until": "2025-03-09", "done_on": null } ],
      "goals": [ { "id": "g1", "title": "Launch a healthcare-analytics practice", "topics": ["healthcare", "analytics"],
                   "priority": 1, "people": ["ben", "ana"] },
                 { "id": "g0", "title": "Learn to sail", "active": false } ],
      "items": [ { "id": "c1", "title": "EU climate-tech funding report", "url": "https://example.org/report",
                   "topics": ["climate-tech"], "published_on": "2025-03-11" } ],
      "feedback": [
        { "suggestion": "thank:f1", "action": "snoozed", "on": "2025-03-10", "until": "2025-03-12" },
        { "suggestion": "check_in:ana:2024-12-01", "action": "dismissed", "on": "2025-03-10", "reason": "not_relevant" },
        { "suggestion": "check_in:ana:2024-12-01", "action": "done", "on": "2025-03-10" },
        { "suggestion": "share:ana:c1", "action": "done", "on": "2025-03-01" }
      ]
    }"#;

    const AT: &str = "2025-03-10T08:00:00Z";

    fn book(json: &str) -> Store {
        let store = Store::in_memory().unwrap();
        import_json(&store, json).unwrap();
        store
    }

    #[test]
    fn export_then_import_then_export_gives_the_same_document() {
        let first = export(&book(EXAMPLE), Some(AT)).unwrap();
        let second = export(&book(&first), Some(AT)).unwrap();
        assert_eq!(first, second);
        assert_eq!(parse(&first).unwrap(), parse(&second).unwrap());
    }

    #[test]
    fn two_exports_of_one_book_are_byte_identical() {
        let store = book(EXAMPLE);
        assert_eq!(export(&store, None).unwrap(), export(&store, None).unwrap());
    }

    #[test]
    fn the_export_writes_every_field_sorted_with_defaults() {
        let text = export(&book(EXAMPLE), None).unwrap();
        assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
        assert!(
            text.starts_with("{\n  \"format\": \"advocates-archive\",\n  \"version\": 2,\n  \"exported_at\": null,\n")
        );
        assert!(text.contains("日本語 ✓"), "UTF-8 is written unescaped");
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>().join(",");
        assert_eq!(
            keys(&doc),
            "format,version,exported_at,settings,people,interactions,events,favors,follow_ups,goals,items,feedback,changes"
        );
        assert_eq!(
            doc["settings"].to_string(),
            r#"{"daily_suggestions":4,"effort_budget_minutes":45,"digest_time":"07:45","notifications":true,"quiet_hours":["22:00","07:00"]}"#
        );
        let people = doc["people"].as_array().unwrap();
        let ids: Vec<_> = people.iter().map(|p| p["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["Zoe", "ana", "ben"], "byte order: uppercase first");
        assert_eq!(
            keys(&people[2]),
            "id,name,company,title,location,how_met,met_on,circle,peak_circle,stage,power,kin,no_intros,status,\
             cadence_days,snoozed_until,birthday,dates,channels,tags,interests,expertise,needs,offers,notes"
        );
        assert_eq!(people[2]["peak_circle"], 2, "peak_circle defaults to circle");
        assert_eq!((&people[0]["peak_circle"], &people[0]["circle"]), (&2.into(), &4.into()));
        assert_eq!(people[0]["stage"], "acquaintance");
        assert_eq!(people[0]["power"], false);
        assert_eq!(people[0]["company"], serde_json::Value::Null);
        assert_eq!(people[0]["birthday"], "1990-01-31");
        let ana = &people[1];
        assert_eq!(ana["dates"][0]["id"], "ana-arrival");
        assert_eq!(ana["offers"][0]["id"], "o1");
        assert_eq!(ana["channels"][0]["kind"], "phone", "channels keep their stored order");
        assert_eq!(ana["interests"][1].to_string(), r#"{"topic":"sailing","strength":1.0}"#);
        assert!(text.contains("\"strength\": 0.0") && text.contains("\"strength\": 0.9"));
        assert_eq!(doc["interactions"][0]["id"], "i1");
        assert_eq!(doc["interactions"][1]["with"].to_string(), r#"["ben","ana"]"#, "`with` keeps its order");
        assert_eq!(doc["interactions"][0]["initiator"], "me");
        assert_eq!(doc["favors"][0]["from"], "me");
        assert_eq!(doc["favors"][1]["to"], "me");
        assert_eq!(doc["goals"][0]["active"], false);
        assert_eq!(doc["goals"][0]["priority"], 2);
        assert_eq!(doc["goals"][1]["people"].to_string(), r#"["ben","ana"]"#);
        let feedback: Vec<String> = doc["feedback"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {} {}", f["on"].as_str().unwrap(), f["suggestion"].as_str().unwrap(), f["action"]))
            .collect();
        assert_eq!(
            feedback,
            [
                "2025-03-01 share:ana:c1 \"done\"",
                "2025-03-10 check_in:ana:2024-12-01 \"dismissed\"",
                "2025-03-10 check_in:ana:2024-12-01 \"done\"",
                "2025-03-10 thank:f1 \"snoozed\"",
            ]
        );
    }

    #[test]
    fn an_empty_book_exports_every_section() {
        let text = export(&Store::in_memory().unwrap(), Some(AT)).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["exported_at"], AT);
        assert_eq!(doc["people"], serde_json::json!([]));
        assert_eq!(doc["feedback"], serde_json::json!([]));
        assert_eq!(doc["settings"]["digest_time"], "08:30");
        assert_eq!(doc["settings"]["quiet_hours"], serde_json::json!(["21:00", "08:00"]));
    }

    #[test]
    fn import_reports_what_it_added_and_settings_keys_replace_the_books() {
        let store = Store::in_memory().unwrap();
        let summary = import_json(&store, EXAMPLE).unwrap();
        assert_eq!(
            summary,
            ImportSummary {
                settings: 3,
                people: 3,
                interactions: 2,
                events: 1,
                favors: 2,
                follow_ups: 1,
                goals: 2,
                items: 1,
                feedback: 4,
                changes: 0
            }
        );
        let more = r#"{"format": "advocates-archive", "version": 1, "settings": {"effort_budget_minutes": 60},
                       "feedback": [{"suggestion": "thank:f1", "action": "done", "on": "2025-03-11"}]}"#;
        import_json(&store, more).unwrap();
        let s = store.read(settings::get).unwrap();
        assert_eq!((s.daily_suggestions, s.effort_budget_minutes, s.digest_time.to_string()), (4, 60, "07:45".into()));
        assert_eq!(store.read(feedback::all).unwrap().len(), 5, "feedback is appended");
    }

    #[test]
    fn references_may_name_people_already_in_the_book() {
        let store = book(EXAMPLE);
        let more = r#"{"format": "advocates-archive", "version": 1,
            "people": [{"id": "cy", "name": "Cy"}],
            "interactions": [{"id": "i3", "date": "2025-03-08", "kind": "intro", "with": ["ana", "cy"]}],
            "favors": [{"id": "f2", "from": "me", "to": "ben", "date": "2025-03-08", "kind": "intro"}],
            "goals": [{"id": "g2", "title": "Write a book", "people": ["Zoe"]}]}"#;
        let summary = import_json(&store, more).unwrap();
        assert_eq!((summary.people, summary.interactions, summary.favors, summary.goals), (1, 1, 1, 1));
    }

    /// Replaces the first `from` in EXAMPLE by `to`, so each bad document differs from a good one in one place.
    fn example_with(from: &str, to: &str) -> String {
        assert!(EXAMPLE.contains(from), "the example holds {from}");
        EXAMPLE.replacen(from, to, 1)
    }

    fn minimal(body: &str) -> String {
        format!(r#"{{"format": "advocates-archive", "version": 1, {body}}}"#)
    }

    /// Each bad document fails with its path and a message naming the value, and leaves the book byte for byte as it
    /// was — the book here already holds a few people, so a partial import would show.
    #[test]
    fn bad_documents_name_path_and_value_and_change_nothing() {
        let person = |extra: &str| minimal(&format!(r#""people": [{{"id": "cy", "name": "Cy"{extra}}}]"#));
        let cases: Vec<(String, &str, &str)> = vec![
            ("{\"format\": \"advocates-archive\", ".into(), "$", "is not valid JSON"),
            ("[1, 2]".into(), "$", "an array is not a JSON object"),
            (minimal(r#""people": [["cy", "Cy"]]"#), "people[0]", "an array is not a JSON object"),
            (minimal(r#""people": [{"id": "cy", "name": "Cy", "needs": [7]}]"#), "people[0].needs[0]", "7 is not"),
            (minimal(r#""settings": [3]"#), "settings", "an array is not a JSON object"),
            (minimal(r#""people": []"#).replace("\"advocates-archive\"", "\"vcard\""), "format", "\"vcard\""),
            (r#"{"version": 1}"#.into(), "format", "is required"),
            (r#"{"format": "advocates-archive"}"#.into(), "version", "is required"),
            (example_with(r#""version": 1"#, r#""version": "1""#), "version", "\"1\" is not a version"),
            (example_with(r#""version": 1"#, r#""version": 1.5"#), "version", "1.5 is not a version"),
            (example_with(r#""version": 1"#, r#""version": 0"#), "version", "0 is not a version"),
            (example_with(r#""company": "Acme""#, r#""compnay": "Acme""#), "people[0].compnay", "unknown field `compnay`"),
            (example_with(r#""stage": "advocate""#, r#""stage": "bestie""#), "people[0].stage", "`bestie`"),
            (example_with(r#""circle": 1"#, r#""circle": 7"#), "people[0].circle", "7 is not in 1..5"),
            (example_with(r#""circle": 1"#, r#""circle": 1.0"#), "people[0].circle", "1.0"),
            (example_with(r#""circle": 1"#, r#""circle": "1""#), "people[0].circle", "\"1\""),
            (
                example_with(r#""circle": 1"#, r#""circle": 3"#).replacen(r#""circle": 4"#, r#""circle": 1"#, 1),
                "people[2].peak_circle",
                "2 is farther than circle 1",
            ),
            (
                example_with(r#""strength": 0.9"#, r#""strength": 1.5"#),
                "people[0].interests[0].strength",
                "1.5 is not in 0..1",
            ),
            (
                example_with(r#""strength": 0.9"#, r#""strength": -0.1"#),
                "people[0].interests[0].strength",
                "-0.1 is not in 0..1",
            ),
            (example_with("2025-03-05", "2025-02-30"), "interactions[0].date", "\"2025-02-30\" is not a valid date"),
            (example_with("2023-09-14", "2023-9-14"), "people[0].met_on", "\"2023-9-14\""),
            (example_with("--03-12", "--02-30"), "people[0].birthday", "\"--02-30\""),
            (example_with(r#""due": "2025-03-07""#, r#""due": "--03-07""#), "follow_ups[0].due", "\"--03-07\""),
            (example_with("\"ana-wedding\"", "\"birthday\""), "people[0].dates[0].id", "\"birthday\""),
            (example_with(r#""id": "ben""#, r#""id": "ana""#), "people[1].id", "\"ana\" is a duplicate id"),
            (example_with(r#""id": "ben""#, r#""id": "me""#), "people[1].id", "\"me\""),
            (example_with(r#""id": "ben""#, r#""id": "b en""#), "people[1].id", "\"b en\""),
            (example_with(r#""name": "Ben Okafor""#, r#""name": "  ""#), "people[1].name", "blank"),
            (example_with(r#""id": "i1""#, r#""id": "i2""#), "interactions[1].id", "\"i2\" is a duplicate id"),
            (example_with(r#""id": "o1""#, r#""id": "o2""#), "people[0].offers[1].id", "\"o2\" is a duplicate id"),
            // Dangling references: people named must be in the document or the book (here `ben` is in the book and
            // `cy` in the document, so a half-done import would leave `cy` behind).
            (
                person("").replace(
                    "]}",
                    r#"], "interactions": [{"id": "i9", "date": "2025-01-01", "kind": "call", "with": ["cy", "ben", "zed"]}]}"#,
                ),
                "interactions[0].with[2]",
                "\"zed\" is not a person",
            ),
            (
                person("").replace("]}", r#"], "events": [{"id": "e9", "person": "nobody", "date": "2025-01-01", "kind": "award"}]}"#),
                "events[0].person",
                "\"nobody\"",
            ),
            (
                person("").replace("]}", r#"], "goals": [{"id": "g9", "title": "T", "people": ["cy", "ghost"]}]}"#),
                "goals[0].people[1]",
                "\"ghost\"",
            ),
            (
                person("").replace("]}", r#"], "favors": [{"id": "f9", "from": "me", "to": "nemo", "date": "2025-01-01", "kind": "gift"}]}"#),
                "favors[0].to",
                "\"nemo\"",
            ),
            (
                person("").replace("]}", r#"], "follow_ups": [{"id": "u9", "person": "x", "mine": false, "text": "T", "due": "2025-01-01"}]}"#),
                "follow_ups[0].person",
                "\"x\" is not a person",
            ),
            (
                example_with(r#""with": ["ben", "ana"]"#, r#""with": ["ana", "ana"]"#),
                "interactions[0].with[1]",
                "\"ana\" is listed twice",
            ),
            (example_with(r#""with": ["ben", "ana"]"#, r#""with": []"#), "interactions[0].with", "names no one"),
            (example_with(r#""to": "me""#, r#""to": "ana""#), "favors[0].from", "neither side is \"me\""),
            (
                example_with(r#""from": "me""#, r#""from": "ana""#)
                    .replacen(r#""to": "ana""#, r#""to": "me""#, 1)
                    .replacen(r#""from": "ben""#, r#""from": "me""#, 1),
                "favors[0].to",
                "\"me\" is on both sides",
            ),
            (example_with(r#""kind": "referral""#, r#""kind": "bribe""#), "favors[0].kind", "`bribe`"),
            (
                example_with(r#""until": "2025-12-31""#, r#""until": "2025-01-01""#),
                "people[0].offers[0].until",
                "2025-01-01 is before since 2025-02-25",
            ),
            (
                example_with(r#""until": "2025-03-09""#, r#""until": "2025-03-01""#),
                "follow_ups[0].until",
                "2025-03-01 is before due 2025-03-07",
            ),
            (
                example_with(r#""topics": ["healthcare", "analytics"]"#, r#""topics": ["healthcare", " "]"#),
                "goals[0].topics[1]",
                "topics are non-blank",
            ),
            (example_with(r#""priority": 1"#, r#""priority": 4"#), "goals[0].priority", "4 is not in 1..3"),
            (
                example_with(r#""minutes": 90"#, r#""minutes": 1441"#),
                "interactions[0].minutes",
                "1441 is not in 0..1440",
            ),
            (example_with(r#""minutes": 90"#, r#""minutes": -5"#), "interactions[0].minutes", "-5"),
            (
                example_with(r#""cadence_days": 60"#, r#""cadence_days": 0"#),
                "people[2].cadence_days",
                "0 is not in 1..3650",
            ),
            (
                example_with(r#""daily_suggestions": 4"#, r#""daily_suggestions": 9"#),
                "settings.daily_suggestions",
                "9 is not in 1..7",
            ),
            (
                example_with(r#""digest_time": "07:45""#, r#""digest_time": "24:00""#),
                "settings.digest_time",
                "\"24:00\"",
            ),
            (example_with(AT, "yesterday"), "exported_at", "\"yesterday\""),
            (
                example_with(r#""suggestion": "thank:f1""#, r#""suggestion": "nag:f1""#),
                "feedback[0].suggestion",
                "\"nag:f1\"",
            ),
            (example_with(r#", "until": "2025-03-12""#, ""), "feedback[0].until", "required"),
            (example_with(r#", "reason": "not_relevant""#, ""), "feedback[1].reason", "required"),
            (example_with(r#""reason": "not_relevant""#, r#""reason": "meh""#), "feedback[1].reason", "`meh`"),
            (person(r#", "foo": 1"#), "people[0].foo", "unknown field `foo`"),
            (minimal(r#""extra": []"#), "extra", "unknown field `extra`"),
            (minimal(r#""people": {}"#), "people", "invalid type: map"),
            (
                minimal(r#""interactions": [{"id": "i9", "date": "2025-01-01", "with": ["ana"]}]"#),
                "interactions[0]",
                "missing field `kind`",
            ),
            // Ids the book already holds: an import only adds. The new person `cy` comes first, so a half-done
            // import would leave them behind.
            (person("").replace("\"cy\"", "\"ana\""), "people[0].id", "\"ana\" is already in the book"),
            (
                minimal(
                    r#""people": [{"id": "cy", "name": "Cy"}],
                "interactions": [{"id": "i1", "date": "2025-01-01", "kind": "call", "with": ["cy"]}]"#,
                ),
                "interactions[0].id",
                "\"i1\" is already in the book",
            ),
            (
                person(r#", "needs": [{"id": "n1", "topic": "x", "since": "2025-01-01"}]"#),
                "people[0].needs[0].id",
                "\"n1\" is already in the book (a need's id)",
            ),
            (
                person(r#", "dates": [{"id": "ana-wedding", "date": "--01-01"}]"#),
                "people[0].dates[0].id",
                "\"ana-wedding\" is already in the book (a date's id)",
            ),
            (
                minimal(
                    r#""people": [{"id": "cy", "name": "Cy"}],
                "feedback": [{"suggestion": "thank:f9", "action": "done", "on": "2025-01-01"}],
                "goals": [{"id": "g1", "title": "Again"}]"#,
                ),
                "goals[0].id",
                "\"g1\" is already in the book",
            ),
        ];
        let store = book(EXAMPLE);
        let before = export(&store, None).unwrap();
        for (json, path, needle) in cases {
            let err = import_json(&store, &json).unwrap_err();
            assert_eq!(err.code(), "invalid", "{json}\n→ {err}");
            assert_eq!(err.path(), Some(path), "{json}\n→ {err}");
            assert!(err.to_string().contains(needle), "{json}\n→ {err}\n(expected to contain {needle})");
            assert!(err.is_user_error());
            assert_eq!(export(&store, None).unwrap(), before, "{json} changed the book");
        }
    }

    #[test]
    fn a_newer_version_is_refused_with_a_clear_message() {
        let store = book(EXAMPLE);
        let before = export(&store, None).unwrap();
        for (json, found) in [
            (example_with(r#""version": 1"#, r#""version": 3"#), 3),
            // The header is read first: what a newer version may hold is no reason for another message.
            (r#"{"format": "advocates-archive", "version": 3, "people": [{"hue": 3}]}"#.to_owned(), 3),
            (r#"{"format": "advocates-archive", "version": 17, "changes": 4}"#.to_owned(), 17),
        ] {
            let err = import_json(&store, &json).unwrap_err();
            assert_eq!(err.code(), "unsupported_version");
            assert_eq!(err.to_string(), format!("this archive is version {found}; this build reads up to 2"));
        }
        assert_eq!(export(&store, None).unwrap(), before);
    }

    /// A version-1 archive (no history) imports into a version-2 build; its export is version 2 with an empty
    /// `changes`, and that export round-trips byte for byte.
    #[test]
    fn a_version_1_archive_imports_and_exports_as_version_2() {
        let store = book(EXAMPLE);
        let text = export(&store, Some(AT)).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["version"], 2);
        assert_eq!(doc["changes"], serde_json::json!([]), "an archive import records no history of its own");
        assert_eq!(export(&book(&text), Some(AT)).unwrap(), text);
    }

    const HISTORY: &str = r#""changes": [
        { "person": "ben", "on": "2025-01-02", "field": "stage", "from": "ally", "to": "advocate" },
        { "person": "ana", "on": "2025-01-02", "field": "stage", "from": null, "to": "friend" },
        { "person": "ana", "on": "2024-06-01", "field": "circle", "from": 3, "to": 2 },
        { "person": "ana", "on": "2025-01-02", "field": "circle", "from": 2, "to": 1 },
        { "person": "ana", "on": "2024-06-01", "field": "stage", "from": "friend", "to": "ally" },
        { "person": "ana", "on": "2024-06-01", "field": "stage", "from": "ally", "to": "advocate" }
    ]"#;

    fn example_v2() -> String {
        example_with(r#""version": 1"#, r#""version": 2"#).replacen(
            "\"feedback\": [",
            &format!("{HISTORY}, \"feedback\": ["),
            1,
        )
    }

    /// Version 2's `changes`: imported as history, exported sorted by on, person, field, then insertion, circles as
    /// numbers and stages as names; export → import → export is byte-stable.
    #[test]
    fn version_2_changes_round_trip_sorted_and_byte_stable() {
        let store = book(&example_v2());
        let first = export(&store, Some(AT)).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&first).unwrap();
        let changes: Vec<String> = doc["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}→{}",
                    c["on"].as_str().unwrap(),
                    c["person"].as_str().unwrap(),
                    c["field"].as_str().unwrap(),
                    c["from"],
                    c["to"]
                )
            })
            .collect();
        assert_eq!(
            changes,
            [
                "2024-06-01 ana circle 3→2",
                "2024-06-01 ana stage \"friend\"→\"ally\"",
                "2024-06-01 ana stage \"ally\"→\"advocate\"",
                "2025-01-02 ana circle 2→1",
                "2025-01-02 ana stage null→\"friend\"",
                "2025-01-02 ben stage \"ally\"→\"advocate\"",
            ]
        );
        assert_eq!(
            serde_json::to_string(&doc["changes"][0]).unwrap(),
            r#"{"person":"ana","on":"2024-06-01","field":"circle","from":3,"to":2}"#,
            "the keys in ARCHIVE.md's order"
        );
        let second = export(&book(&first), Some(AT)).unwrap();
        assert_eq!(first, second);
        assert_eq!(store.read(|tx| people::changes(tx, "ana")).unwrap().len(), 5, "imported as the book's history");
    }

    /// Bad changes name their path and value and leave the book byte for byte as it was.
    #[test]
    fn bad_changes_are_refused_with_their_path() {
        let store = book(EXAMPLE);
        let before = export(&store, None).unwrap();
        let change = |body: &str, version: i64| {
            format!(
                r#"{{"format": "advocates-archive", "version": {version}, "people": [{{"id": "cy", "name": "Cy"}}], "changes": [{body}]}}"#
            )
        };
        let cases = [
            (
                change(r#"{"person": "cy", "on": "2025-01-01", "field": "stage", "to": "bestie"}"#, 2),
                "changes[0].to",
                "\"bestie\" is not a stage",
            ),
            (
                change(r#"{"person": "cy", "on": "2025-01-01", "field": "circle", "from": 2, "to": 7}"#, 2),
                "changes[0].to",
                "7 is not in 1..5",
            ),
            (
                change(r#"{"person": "cy", "on": "2025-01-01", "field": "circle", "from": "ally", "to": 2}"#, 2),
                "changes[0].from",
                "\"ally\" is not a circle",
            ),
            (
                change(r#"{"person": "cy", "on": "2025-01-01", "field": "stage", "to": 3}"#, 2),
                "changes[0].to",
                "3 is not a stage",
            ),
            (
                change(r#"{"person": "cy", "on": "2025-02-30", "field": "stage", "to": "ally"}"#, 2),
                "changes[0].on",
                "\"2025-02-30\"",
            ),
            (
                change(r#"{"person": "cy", "on": "2025-01-01", "field": "mood", "to": "ally"}"#, 2),
                "changes[0].field",
                "`mood`",
            ),
            (
                change(r#"{"person": "zed", "on": "2025-01-01", "field": "stage", "to": "ally"}"#, 2),
                "changes[0].person",
                "\"zed\" is not a person",
            ),
            (
                change(r#"{"person": "cy", "on": "2025-01-01", "field": "stage", "to": "ally", "why": 1}"#, 2),
                "changes[0]",
                "why",
            ),
            (
                change(r#"{"person": "cy", "on": "2025-01-01", "field": "stage", "to": "ally"}"#, 1),
                "changes",
                "version 2",
            ),
        ];
        for (json, path, needle) in cases {
            let err = import_json(&store, &json).unwrap_err();
            assert_eq!(err.code(), "invalid", "{json}\n→ {err}");
            assert!(err.path().is_some_and(|p| p.starts_with(path)), "{json}\n→ {err} (expected at {path})");
            assert!(err.to_string().contains(needle), "{json}\n→ {err}\n(expected to contain {needle})");
            assert_eq!(export(&store, None).unwrap(), before, "{json} changed the book");
        }
    }

    #[test]
    fn import_checks_an_archive_built_in_code_too() {
        let store = Store::in_memory().unwrap();
        let mut archive = Archive::empty();
        let mut p = Person::new("ana", "Ana");
        p.circle = 7;
        archive.people.push(p);
        assert_eq!(import(&store, &archive).unwrap_err().to_string(), "people[0].circle: 7 is not in 1..5");
        archive.people[0].circle = 2;
        archive.version = 3;
        assert_eq!(import(&store, &archive).unwrap_err().code(), "unsupported_version");
        archive.version = 1;
        assert_eq!(import(&store, &archive).unwrap().people, 1);
    }
}
