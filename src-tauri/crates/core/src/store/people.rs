//! Queries for people and their sub-lists (dates, channels, tags, interests, expertise, needs, offers).

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::validate;

/// What the "Add person" form gives: a name, and optionally a circle and a stage.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct NewPerson {
    pub name: String,
    #[serde(default)]
    pub circle: Option<u8>,
    #[serde(default)]
    pub stage: Option<Stage>,
}

/// Creates a person from the form, with an id derived from the name (`ana-lima`, `ana-lima-2`, …), and records
/// their starting stage and circle as of `today`.
pub fn create(tx: &Transaction, input: &NewPerson, today: NaiveDate) -> Result<Person> {
    let mut person = Person::new(String::new(), input.name.trim());
    if let Some(circle) = input.circle {
        person.circle = circle;
    }
    if let Some(stage) = input.stage {
        person.stage = stage;
    }
    validate::required_text(&validate::at("name"), &input.name, validate::MAX_SHORT_TEXT)?;
    person.id = unused_id(tx, &slug(&person.name))?;
    insert(tx, &person)?;
    record_change(tx, &person.id, today, ChangedField::Stage, None, person.stage.as_str())?;
    record_change(tx, &person.id, today, ChangedField::Circle, None, &person.circle.to_string())?;
    get(tx, &person.id)
}

/// A readable id from a name: lowercase ASCII letters and digits joined by `-`, at most 48 characters.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "person".to_owned()
    } else {
        trimmed.to_owned()
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

fn unused_id(tx: &Transaction, base: &str) -> Result<String> {
    let mut candidate = base.to_owned();
    let mut n = 2;
    while exists(tx, &candidate)? || candidate == ME {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    Ok(candidate)
}

pub fn exists(tx: &Transaction, id: &str) -> Result<bool> {
    Ok(tx.query_row("SELECT 1 FROM people WHERE id = ?1", [id], |_| Ok(())).optional()?.is_some())
}

/// Inserts a whole person with every sub-list. The caller validates references; this validates the record itself.
pub fn insert(tx: &Transaction, p: &Person) -> Result<()> {
    validate::person(&validate::at(""), p)?;
    if exists(tx, &p.id)? {
        return Err(Error::Duplicate { kind: "person", id: p.id.clone() });
    }
    tx.execute(
        "INSERT INTO people (id, name, company, title, location, how_met, met_on, circle, peak_circle, stage, power,
                             kin, no_intros, status, cadence_days, snoozed_until, birthday, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            p.id,
            p.name.trim(),
            p.company,
            p.title,
            p.location,
            p.how_met,
            p.met_on,
            p.circle,
            p.peak_circle.unwrap_or(p.circle),
            p.stage,
            p.power,
            p.kin,
            p.no_intros,
            p.status,
            p.cadence_days,
            p.snoozed_until,
            p.birthday.map(|b| b.to_string()),
            p.notes,
        ],
    )?;
    insert_sub_lists(tx, p)
}

/// Writes the sub-lists of a person whose row exists and whose sub-lists are empty.
pub(crate) fn insert_sub_lists(tx: &Transaction, p: &Person) -> Result<()> {
    for d in &p.dates {
        if tx.query_row("SELECT 1 FROM person_dates WHERE id = ?1", [&d.id], |_| Ok(())).optional()?.is_some() {
            return Err(Error::Duplicate { kind: "date", id: d.id.clone() });
        }
        tx.execute(
            "INSERT INTO person_dates (id, person_id, label, date) VALUES (?1, ?2, ?3, ?4)",
            params![d.id, p.id, d.label, d.date.to_string()],
        )?;
    }
    for (i, c) in (0i64..).zip(&p.channels) {
        tx.execute(
            "INSERT INTO channels (person_id, position, kind, value, label) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![p.id, i, c.kind, c.value, c.label],
        )?;
    }
    for (i, t) in (0i64..).zip(&p.tags) {
        tx.execute("INSERT INTO tags (person_id, position, tag) VALUES (?1, ?2, ?3)", params![p.id, i, t])?;
    }
    for (i, t) in (0i64..).zip(&p.interests) {
        tx.execute(
            "INSERT INTO interests (person_id, position, topic, strength) VALUES (?1, ?2, ?3, ?4)",
            params![p.id, i, t.topic, t.strength],
        )?;
    }
    for (i, t) in (0i64..).zip(&p.expertise) {
        tx.execute("INSERT INTO expertise (person_id, position, topic) VALUES (?1, ?2, ?3)", params![p.id, i, t])?;
    }
    for (table, list, kind) in [("needs", &p.needs, "need"), ("offers", &p.offers, "offer")] {
        for n in list {
            let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
            if tx.query_row(&sql, [&n.id], |_| Ok(())).optional()?.is_some() {
                return Err(Error::Duplicate { kind, id: n.id.clone() });
            }
            let sql = format!(
                "INSERT INTO {table} (id, person_id, topic, text, since, until) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
            );
            tx.execute(&sql, params![n.id, p.id, n.topic, n.text, n.since, n.until])?;
        }
    }
    Ok(())
}

pub fn record_change(
    tx: &Transaction,
    person: &str,
    on: NaiveDate,
    field: ChangedField,
    from: Option<&str>,
    to: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO person_changes (person_id, on_date, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![person, on, field, from, to],
    )?;
    Ok(())
}

/// One person with every sub-list, or `NotFound`.
pub fn get(tx: &Transaction, id: &str) -> Result<Person> {
    let mut person = tx
        .query_row(
            "SELECT id, name, company, title, location, how_met, met_on, circle, peak_circle, stage, power, kin,
                    no_intros, status, cadence_days, snoozed_until, birthday, notes
             FROM people WHERE id = ?1",
            [id],
            |r| {
                let birthday: Option<String> = r.get(16)?;
                Ok(Person {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    company: r.get(2)?,
                    title: r.get(3)?,
                    location: r.get(4)?,
                    how_met: r.get(5)?,
                    met_on: r.get(6)?,
                    circle: r.get(7)?,
                    peak_circle: Some(r.get(8)?),
                    stage: r.get(9)?,
                    power: r.get(10)?,
                    kin: r.get(11)?,
                    no_intros: r.get(12)?,
                    status: r.get(13)?,
                    cadence_days: r.get(14)?,
                    snoozed_until: r.get(15)?,
                    birthday: birthday.as_deref().and_then(AnnualDate::parse),
                    notes: r.get(17)?,
                    ..Person::new("", "")
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "person", id: id.to_owned() })?;
    let mut stmt = tx.prepare_cached("SELECT id, label, date FROM person_dates WHERE person_id = ?1 ORDER BY id")?;
    person.dates = stmt
        .query_map([id], |r| {
            let date: String = r.get(2)?;
            Ok(RecurringDate {
                id: r.get(0)?,
                label: r.get(1)?,
                date: AnnualDate::parse(&date).unwrap_or(AnnualDate { year: None, month: 1, day: 1 }),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        tx.prepare_cached("SELECT kind, value, label FROM channels WHERE person_id = ?1 ORDER BY position")?;
    person.channels = stmt
        .query_map([id], |r| Ok(Channel { kind: r.get(0)?, value: r.get(1)?, label: r.get(2)? }))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached("SELECT tag FROM tags WHERE person_id = ?1 ORDER BY position")?;
    person.tags = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached("SELECT topic, strength FROM interests WHERE person_id = ?1 ORDER BY position")?;
    person.interests = stmt
        .query_map([id], |r| Ok(Interest { topic: r.get(0)?, strength: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached("SELECT topic FROM expertise WHERE person_id = ?1 ORDER BY position")?;
    person.expertise = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    person.needs = needs(tx, "needs", id)?;
    person.offers = needs(tx, "offers", id)?;
    Ok(person)
}

fn needs(tx: &Transaction, table: &str, person: &str) -> Result<Vec<Need>> {
    let sql = format!("SELECT id, topic, text, since, until FROM {table} WHERE person_id = ?1 ORDER BY id");
    let mut stmt = tx.prepare_cached(&sql)?;
    let rows = stmt
        .query_map([person], |r| {
            Ok(Need { id: r.get(0)?, topic: r.get(1)?, text: r.get(2)?, since: r.get(3)?, until: r.get(4)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every person, as list rows sorted by name, with the date of their last meaningful interaction.
pub fn list(tx: &Transaction) -> Result<Vec<PersonSummary>> {
    let mut stmt = tx.prepare_cached(
        "SELECT p.id, p.name, p.company, p.title, p.circle, p.stage, p.power, p.status,
                (SELECT max(i.date) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
                  WHERE ip.person_id = p.id AND i.kind <> 'note')
         FROM people p ORDER BY p.name COLLATE NOCASE, p.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(PersonSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                company: r.get(2)?,
                title: r.get(3)?,
                circle: r.get(4)?,
                stage: r.get(5)?,
                power: r.get(6)?,
                status: r.get(7)?,
                last_contact: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
    }

    #[test]
    fn create_derives_a_unique_readable_id_and_records_the_start() {
        let store = Store::in_memory().unwrap();
        let input = NewPerson { name: "  Ana Lima ".into(), circle: Some(2), stage: Some(Stage::Friend) };
        let a = store.write(|tx| create(tx, &input, today())).unwrap();
        let b = store.write(|tx| create(tx, &input, today())).unwrap();
        assert_eq!((a.id.as_str(), b.id.as_str()), ("ana-lima", "ana-lima-2"));
        assert_eq!((a.name.as_str(), a.circle, a.peak_circle, a.stage), ("Ana Lima", 2, Some(2), Stage::Friend));
        let changes: i64 = store
            .read(|tx| {
                Ok(tx.query_row("SELECT count(*) FROM person_changes WHERE person_id='ana-lima'", [], |r| r.get(0))?)
            })
            .unwrap();
        assert_eq!(changes, 2);
    }

    #[test]
    fn a_blank_name_or_bad_circle_writes_nothing() {
        let store = Store::in_memory().unwrap();
        let err = store.write(|tx| create(tx, &NewPerson { name: " ".into(), circle: None, stage: None }, today()));
        assert_eq!(err.unwrap_err().path(), Some("name"));
        let err = store.write(|tx| create(tx, &NewPerson { name: "Bo".into(), circle: Some(9), stage: None }, today()));
        assert_eq!(err.unwrap_err().to_string(), "circle: 9 is not in 1..5");
        assert!(store.read(list).unwrap().is_empty());
    }

    #[test]
    fn a_person_round_trips_with_every_sub_list() {
        let store = Store::in_memory().unwrap();
        let mut p = Person::new("ana", "Ana Lima");
        p.circle = 2;
        p.peak_circle = Some(1);
        p.birthday = AnnualDate::parse("--02-29");
        p.dates = vec![RecurringDate {
            id: "w".into(),
            label: Some("Wedding".into()),
            date: AnnualDate::parse("2019-06-01").unwrap(),
        }];
        p.channels = vec![Channel { kind: ChannelKind::Email, value: "ana@example.org".into(), label: None }];
        p.tags = vec!["rust".into(), "conf".into()];
        p.interests = vec![Interest { topic: "climate".into(), strength: 0.9 }];
        p.expertise = vec!["healthcare".into()];
        p.needs = vec![Need { id: "n1".into(), topic: "hire".into(), text: None, since: today(), until: None }];
        p.offers = vec![Need {
            id: "o1".into(),
            topic: "mentoring".into(),
            text: Some("Rust".into()),
            since: today(),
            until: None,
        }];
        store.write(|tx| insert(tx, &p)).unwrap();
        assert_eq!(store.read(|tx| get(tx, "ana")).unwrap(), p);
        let dup = store.write(|tx| insert(tx, &p)).unwrap_err();
        assert_eq!(dup.code(), "duplicate");
    }

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slug("Zoë O'Brien-Smith"), "zoe-o-brien-smith");
        assert_eq!(slug("李小龍"), "person");
        assert!(validate::id(&validate::at(""), &slug(&"a".repeat(200))).is_ok());
    }
}
