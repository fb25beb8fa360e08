//! Queries for people and their sub-lists (dates, channels, tags, interests, expertise, needs, offers).

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::validate;

/// What the "Add person" form gives: a name, and optionally a circle, a stage and a birthday.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct NewPerson {
    pub name: String,
    #[serde(default)]
    pub circle: Option<u8>,
    #[serde(default)]
    pub stage: Option<Stage>,
    /// `--MM-DD` or `YYYY-MM-DD`; asked up front because birthdays are what the first weeks' acts are made of.
    #[serde(default)]
    pub birthday: Option<AnnualDate>,
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
    person.birthday = input.birthday;
    validate::required_text(&validate::at("name"), &input.name, validate::MAX_SHORT_TEXT)?;
    add(tx, person, today)
}

/// Adds a whole person as new: the id they bring if it is valid and free, else one derived from the name; their
/// starting stage and circle are recorded as of `today`. The path of the "Add person" form and of contact imports.
pub fn add(tx: &Transaction, mut person: Person, today: NaiveDate) -> Result<Person> {
    let brought = validate::person_id(&validate::at(""), &person.id).is_ok() && !exists(tx, &person.id)?;
    if !brought {
        person.id = unused_id(tx, &slug(&person.name))?;
    }
    insert(tx, &person)?;
    record_change(tx, &person.id, today, ChangedField::Stage, None, person.stage.as_str())?;
    record_change(tx, &person.id, today, ChangedField::Circle, None, &person.circle.to_string())?;
    get(tx, &person.id)
}

/// A readable id from a name: lowercase ASCII letters and digits joined by `-`, at most 48 characters.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in super::search::fold(name).chars() {
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

pub(crate) fn unused_id(tx: &Transaction, base: &str) -> Result<String> {
    let mut candidate = base.to_owned();
    let mut n = 2;
    while exists(tx, &candidate)? || candidate == ME {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    Ok(candidate)
}

pub fn exists(tx: &Transaction, id: &str) -> Result<bool> {
    Ok(tx.prepare_cached("SELECT 1 FROM people WHERE id = ?1")?.query_row([id], |_| Ok(())).optional()?.is_some())
}

/// Inserts a whole person with every sub-list. The caller validates references; this validates the record itself.
pub fn insert(tx: &Transaction, p: &Person) -> Result<()> {
    let cleaned = validate::cleaned_person(p);
    let p = cleaned.as_ref().unwrap_or(p);
    validate::person(&validate::at(""), p)?;
    if exists(tx, &p.id)? {
        return Err(Error::Duplicate { kind: "person", id: p.id.clone() });
    }
    tx.prepare_cached(
        "INSERT INTO people (id, name, company, title, location, how_met, met_on, circle, peak_circle, stage, power,
                             kin, no_intros, status, cadence_days, snoozed_until, birthday, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?
    .execute(params![
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
    ])?;
    insert_sub_lists(tx, p)
}

/// Writes the sub-lists of a person whose row exists and whose sub-lists are empty.
pub(crate) fn insert_sub_lists(tx: &Transaction, p: &Person) -> Result<()> {
    for d in &p.dates {
        super::ids::ensure_new(tx, "person_dates", "date", &d.id)?;
        tx.prepare_cached("INSERT INTO person_dates (id, person_id, label, date) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![d.id, p.id, d.label, d.date.to_string()])?;
    }
    for (i, c) in (0i64..).zip(&p.channels) {
        tx.prepare_cached(
            "INSERT INTO channels (person_id, position, kind, value, label) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![p.id, i, c.kind, c.value, c.label])?;
    }
    for (i, t) in (0i64..).zip(&p.tags) {
        tx.prepare_cached("INSERT INTO tags (person_id, position, tag) VALUES (?1, ?2, ?3)")?
            .execute(params![p.id, i, t])?;
    }
    for (i, t) in (0i64..).zip(&p.interests) {
        tx.prepare_cached("INSERT INTO interests (person_id, position, topic, strength) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![p.id, i, t.topic, t.strength])?;
    }
    for (i, t) in (0i64..).zip(&p.expertise) {
        tx.prepare_cached("INSERT INTO expertise (person_id, position, topic) VALUES (?1, ?2, ?3)")?
            .execute(params![p.id, i, t])?;
    }
    for (table, list, kind) in [("needs", &p.needs, "need"), ("offers", &p.offers, "offer")] {
        for n in list {
            super::ids::ensure_new(tx, table, kind, &n.id)?;
            let sql = format!(
                "INSERT INTO {table} (id, person_id, topic, text, since, until) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
            );
            tx.prepare_cached(&sql)?.execute(params![n.id, p.id, n.topic, n.text, n.since, n.until])?;
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
    tx.prepare_cached(
        "INSERT INTO person_changes (person_id, on_date, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![person, on, field, from, to])?;
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
                let birthday: Option<String> = r.get("birthday")?;
                Ok(Person {
                    id: r.get("id")?,
                    name: r.get("name")?,
                    company: r.get("company")?,
                    title: r.get("title")?,
                    location: r.get("location")?,
                    how_met: r.get("how_met")?,
                    met_on: r.get("met_on")?,
                    circle: r.get("circle")?,
                    peak_circle: Some(r.get("peak_circle")?),
                    stage: r.get("stage")?,
                    power: r.get("power")?,
                    kin: r.get("kin")?,
                    no_intros: r.get("no_intros")?,
                    status: r.get("status")?,
                    cadence_days: r.get("cadence_days")?,
                    snoozed_until: r.get("snoozed_until")?,
                    birthday: birthday.as_deref().and_then(AnnualDate::parse),
                    notes: r.get("notes")?,
                    ..Person::new("", "")
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "person", id: id.to_owned() })?;
    let mut stmt = tx.prepare_cached("SELECT id, label, date FROM person_dates WHERE person_id = ?1 ORDER BY id")?;
    person.dates = stmt
        .query_map([id], |r| {
            let date: String = r.get("date")?;
            Ok(RecurringDate {
                id: r.get("id")?,
                label: r.get("label")?,
                date: AnnualDate::parse(&date).unwrap_or(AnnualDate { year: None, month: 1, day: 1 }),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        tx.prepare_cached("SELECT kind, value, label FROM channels WHERE person_id = ?1 ORDER BY position")?;
    person.channels = stmt
        .query_map([id], |r| Ok(Channel { kind: r.get("kind")?, value: r.get("value")?, label: r.get("label")? }))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached("SELECT tag FROM tags WHERE person_id = ?1 ORDER BY position")?;
    person.tags = stmt.query_map([id], |r| r.get("tag"))?.collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached("SELECT topic, strength FROM interests WHERE person_id = ?1 ORDER BY position")?;
    person.interests = stmt
        .query_map([id], |r| Ok(Interest { topic: r.get("topic")?, strength: r.get("strength")? }))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached("SELECT topic FROM expertise WHERE person_id = ?1 ORDER BY position")?;
    person.expertise = stmt.query_map([id], |r| r.get("topic"))?.collect::<rusqlite::Result<_>>()?;
    person.needs = needs(tx, "needs", id)?;
    person.offers = needs(tx, "offers", id)?;
    Ok(person)
}

fn needs(tx: &Transaction, table: &str, person: &str) -> Result<Vec<Need>> {
    let sql = format!("SELECT id, topic, text, since, until FROM {table} WHERE person_id = ?1 ORDER BY id");
    let mut stmt = tx.prepare_cached(&sql)?;
    let rows = stmt
        .query_map([person], |r| {
            Ok(Need {
                id: r.get("id")?,
                topic: r.get("topic")?,
                text: r.get("text")?,
                since: r.get("since")?,
                until: r.get("until")?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A person named by id, with the name to show.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
}

/// Everyone who can still be written about (all but the deceased), by name: what Quick log matches names against.
pub fn refs(tx: &Transaction) -> Result<Vec<PersonRef>> {
    let mut stmt =
        tx.prepare_cached("SELECT id, name FROM people WHERE status <> 'deceased' ORDER BY name COLLATE NOCASE, id")?;
    let rows = stmt.query_map([], |r| Ok(PersonRef { id: r.get("id")?, name: r.get("name")? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces a person's profile and sub-lists. The peak circle is kept by the store: the closest circle ever held
/// (`min` of the old peak and the new circle). A change of stage or circle is recorded with `today`.
pub fn update(tx: &Transaction, p: &Person, today: NaiveDate) -> Result<Person> {
    let cleaned = validate::cleaned_person(p);
    let p = cleaned.as_ref().unwrap_or(p);
    let old = get(tx, &p.id)?;
    let old_peak = old.peak_circle.unwrap_or(old.circle);
    let peak = p.peak_circle.unwrap_or(old_peak).min(old_peak).min(p.circle);
    validate::person(&validate::at(""), &Person { peak_circle: Some(peak.clamp(1, 5)), ..p.clone() })?;
    tx.prepare_cached(
        "UPDATE people SET name = ?2, company = ?3, title = ?4, location = ?5, how_met = ?6, met_on = ?7, circle = ?8,
                peak_circle = ?9, stage = ?10, power = ?11, kin = ?12, no_intros = ?13, status = ?14,
                cadence_days = ?15, snoozed_until = ?16, birthday = ?17, notes = ?18
         WHERE id = ?1",
    )?
    .execute(params![
        p.id,
        p.name.trim(),
        p.company,
        p.title,
        p.location,
        p.how_met,
        p.met_on,
        p.circle,
        peak,
        p.stage,
        p.power,
        p.kin,
        p.no_intros,
        p.status,
        p.cadence_days,
        p.snoozed_until,
        p.birthday.map(|b| b.to_string()),
        p.notes,
    ])?;
    for table in ["person_dates", "channels", "tags", "interests", "expertise", "needs", "offers"] {
        tx.execute(&format!("DELETE FROM {table} WHERE person_id = ?1"), [&p.id])?;
    }
    insert_sub_lists(tx, p)?;
    if old.stage != p.stage {
        record_change(tx, &p.id, today, ChangedField::Stage, Some(old.stage.as_str()), p.stage.as_str())?;
    }
    if old.circle != p.circle {
        let (from, to) = (old.circle.to_string(), p.circle.to_string());
        record_change(tx, &p.id, today, ChangedField::Circle, Some(&from), &to)?;
    }
    get(tx, &p.id)
}

/// The soft cap of "your ten": past this many, depth needs focus.
pub const YOUR_TEN_WARNING_PAST: u32 = 15;

/// How many power relationships the user has, after a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct YourTen {
    /// Active people marked as power relationships.
    pub count: u32,
    /// True past [`YOUR_TEN_WARNING_PAST`]: a gentle "depth needs focus".
    pub warning: bool,
}

pub fn your_ten(tx: &Transaction) -> Result<YourTen> {
    let count: u32 =
        tx.query_row("SELECT count(*) FROM people WHERE power = 1 AND status = 'active'", [], |r| r.get(0))?;
    Ok(YourTen { count, warning: count > YOUR_TEN_WARNING_PAST })
}

/// How many active people have a rhythm (a cadence, so the engine brings them up) and how many have none yet, so an
/// empty Today can say what would help ("3 people have no rhythm yet — set how close they are").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct Rhythms {
    pub active: u32,
    /// Active people with no cadence: the wider circle, not in your ten, and no "keep in touch every … days".
    pub without_rhythm: u32,
    /// Active people with no birthday on record.
    pub without_birthday: u32,
}

pub fn rhythms(tx: &Transaction) -> Result<Rhythms> {
    let mut stmt = tx.prepare_cached(
        "SELECT circle, kin, power, stage, cadence_days, birthday IS NULL AS no_birthday
           FROM people WHERE status = 'active'",
    )?;
    let mut out = Rhythms { active: 0, without_rhythm: 0, without_birthday: 0 };
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, u8>("circle")?,
            r.get("kin")?,
            r.get("power")?,
            r.get::<_, Stage>("stage")?,
            r.get("cadence_days")?,
            r.get::<_, bool>("no_birthday")?,
        ))
    })?;
    for row in rows {
        let (circle, kin, power, stage, cadence_days, no_birthday) = row?;
        out.active += 1;
        if super::search::cadence(circle, kin, power, stage, cadence_days).is_none() {
            out.without_rhythm += 1;
        }
        if no_birthday {
            out.without_birthday += 1;
        }
    }
    Ok(out)
}

/// Marks or unmarks a power relationship.
pub fn set_power(tx: &Transaction, id: &str, power: bool) -> Result<YourTen> {
    if tx.prepare_cached("UPDATE people SET power = ?2 WHERE id = ?1")?.execute(params![id, power])? == 0 {
        return Err(Error::NotFound { kind: "person", id: id.to_owned() });
    }
    your_ten(tx)
}

/// Archives, reactivates, marks deceased or do-not-contact. Only `active` people get suggestions.
pub fn set_status(tx: &Transaction, id: &str, status: Status) -> Result<Person> {
    if tx.prepare_cached("UPDATE people SET status = ?2 WHERE id = ?1")?.execute(params![id, status])? == 0 {
        return Err(Error::NotFound { kind: "person", id: id.to_owned() });
    }
    get(tx, id)
}

/// A person's stage and circle history, oldest first.
pub fn changes(tx: &Transaction, id: &str) -> Result<Vec<PersonChange>> {
    let mut stmt = tx.prepare_cached(
        "SELECT person_id, on_date, field, old_value, new_value FROM person_changes WHERE person_id = ?1
         ORDER BY on_date, seq",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(PersonChange {
            person: r.get("person_id")?,
            on: r.get("on_date")?,
            field: r.get("field")?,
            from: r.get("old_value")?,
            to: r.get("new_value")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every stage and circle change of the book, in the archive's order: by date, then person, then field, then
/// insertion.
pub fn all_changes(tx: &Transaction) -> Result<Vec<PersonChange>> {
    let mut stmt = tx.prepare_cached(
        "SELECT person_id, on_date, field, old_value, new_value FROM person_changes ORDER BY on_date, person_id, field, seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(PersonChange { person: r.get(0)?, on: r.get(1)?, field: r.get(2)?, from: r.get(3)?, to: r.get(4)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Takes back the last stage change recorded for `person` on `on` from `from` to `to` (an undone proposal), and sets
/// the stage back to `from`. Nothing else of the person changes.
pub fn undo_stage_change(tx: &Transaction, person: &str, on: NaiveDate, from: Stage, to: Stage) -> Result<Person> {
    let current = get(tx, person)?;
    if current.stage != to {
        return Err(Error::invalid("stage", format!("{} is no longer {to}: nothing to undo", current.name)));
    }
    tx.prepare_cached(
        "DELETE FROM person_changes WHERE seq = (SELECT max(seq) FROM person_changes
           WHERE person_id = ?1 AND on_date = ?2 AND field = 'stage' AND old_value = ?3 AND new_value = ?4)",
    )?
    .execute(params![person, on, from, to])?;
    tx.prepare_cached("UPDATE people SET stage = ?2 WHERE id = ?1")?.execute(params![person, from])?;
    get(tx, person)
}

/// Where a removed person stood in a goal's list of people.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct GoalLink {
    pub goal: String,
    pub position: u32,
}

/// Everything that went with a removed person, as records, so that [`restore`] can put it all back through the
/// ordinary inserts (the 10-second undo). Interactions are kept whole, with every person they were with.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct RemovedPerson {
    pub person: Person,
    pub changes: Vec<PersonChange>,
    pub interactions: Vec<Interaction>,
    pub events: Vec<Event>,
    pub favors: Vec<Favor>,
    pub follow_ups: Vec<FollowUp>,
    pub goals: Vec<GoalLink>,
}

impl RemovedPerson {
    /// The same bundle for a person who comes back under another id (theirs was taken while they were away).
    pub fn renamed(mut self, id: &str) -> RemovedPerson {
        let old = std::mem::replace(&mut self.person.id, id.to_owned());
        let swap = |p: &mut String| {
            if *p == old {
                *p = id.to_owned();
            }
        };
        self.changes.iter_mut().for_each(|c| swap(&mut c.person));
        self.interactions.iter_mut().for_each(|i| i.with.iter_mut().for_each(swap));
        self.events.iter_mut().for_each(|e| swap(&mut e.person));
        for f in &mut self.favors {
            swap(&mut f.from);
            swap(&mut f.to);
        }
        self.follow_ups.iter_mut().for_each(|u| swap(&mut u.person));
        self
    }
}

/// Removes a person and everything that is only theirs. An interaction with several people survives for the
/// others; the returned bundle still holds it whole.
pub fn delete(tx: &Transaction, id: &str) -> Result<RemovedPerson> {
    let person = get(tx, id)?;
    let mut stmt =
        tx.prepare_cached("SELECT goal_id, position FROM goal_people WHERE person_id = ?1 ORDER BY goal_id")?;
    let goals = stmt
        .query_map([id], |r| Ok(GoalLink { goal: r.get("goal_id")?, position: r.get("position")? }))?
        .collect::<rusqlite::Result<_>>()?;
    let removed = RemovedPerson {
        changes: changes(tx, id)?,
        interactions: super::interactions::for_person(tx, id)?,
        events: super::events::for_person(tx, id)?,
        favors: super::favors::for_person(tx, id)?,
        follow_ups: super::follow_ups::for_person(tx, id)?,
        goals,
        person,
    };
    for i in &removed.interactions {
        if i.with.len() == 1 {
            tx.prepare_cached("DELETE FROM interactions WHERE id = ?1")?.execute([&i.id])?;
        }
    }
    tx.prepare_cached("DELETE FROM people WHERE id = ?1")?.execute([id])?;
    Ok(removed)
}

/// Puts a removed person back with everything that went with them. Shared interactions that still exist get the
/// person back in their original place; the others are inserted again, with those of their people who still exist.
pub fn restore(tx: &Transaction, removed: &RemovedPerson) -> Result<Person> {
    let id = removed.person.id.as_str();
    insert(tx, &removed.person)?;
    for c in &removed.changes {
        record_change(tx, id, c.on, c.field, c.from.as_deref(), &c.to)?;
    }
    for i in &removed.interactions {
        let position = i.with.iter().position(|p| p == id).unwrap_or(0) as i64;
        if tx.query_row("SELECT 1 FROM interactions WHERE id = ?1", [&i.id], |_| Ok(())).optional()?.is_some() {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO interaction_people (interaction_id, person_id, position) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![i.id, id, position])?;
        } else {
            let mut whole = i.clone();
            whole.with.retain(|p| exists(tx, p).unwrap_or(false));
            super::interactions::insert(tx, &validate::at("interactions"), &whole)?;
        }
    }
    for e in &removed.events {
        super::events::insert(tx, &validate::at("events"), e)?;
    }
    for f in &removed.favors {
        super::favors::insert(tx, &validate::at("favors"), f)?;
    }
    for u in &removed.follow_ups {
        super::follow_ups::insert(tx, &validate::at("follow_ups"), u)?;
    }
    for g in &removed.goals {
        tx.prepare_cached(
            "INSERT OR IGNORE INTO goal_people (goal_id, person_id, position)
             SELECT id, ?2, ?3 FROM goals WHERE id = ?1",
        )?
        .execute(params![g.goal, id, g.position])?;
    }
    get(tx, id)
}

/// What the duplicate finder compares: each person's name, company, birthday and channels.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchFields {
    pub id: String,
    pub name: String,
    pub company: Option<String>,
    pub birthday: Option<AnnualDate>,
    pub channels: Vec<(ChannelKind, String)>,
}

/// [`MatchFields`] of everyone, in id order: two queries, whatever the size of the book.
pub fn match_fields(tx: &Transaction) -> Result<Vec<MatchFields>> {
    let mut channels: std::collections::HashMap<String, Vec<(ChannelKind, String)>> = Default::default();
    let mut stmt = tx.prepare_cached("SELECT person_id, kind, value FROM channels ORDER BY person_id, position")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        channels.entry(r.get("person_id")?).or_default().push((r.get("kind")?, r.get("value")?));
    }
    let mut stmt = tx.prepare_cached("SELECT id, name, company, birthday FROM people ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        let id: String = r.get("id")?;
        let birthday: Option<String> = r.get("birthday")?;
        Ok(MatchFields {
            channels: channels.remove(&id).unwrap_or_default(),
            id,
            name: r.get("name")?,
            company: r.get("company")?,
            birthday: birthday.as_deref().and_then(AnnualDate::parse),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Gives `from`'s stage and circle history to `to` (a merge of two people).
pub fn move_changes(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached("UPDATE person_changes SET person_id = ?2 WHERE person_id = ?1")?.execute(params![from, to])?;
    Ok(())
}

/// Removes the person's row and, by cascade, their sub-lists: for a merge, once everything else was moved away.
pub(crate) fn delete_row(tx: &Transaction, id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM people WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// Every person's id, in byte order: the archive's export order.
/// True when the book has no people at all (a first run).
pub fn is_empty(tx: &Transaction) -> Result<bool> {
    Ok(tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM people)", [], |r| r.get(0))?)
}

/// A birthday (no label) or a recurring date of an active person.
pub struct KeptDate {
    pub person: String,
    pub name: String,
    /// `None` for a birthday.
    pub label: Option<String>,
    pub date: AnnualDate,
}

/// Whose record keeps the recurring date `id`, if there is one.
pub fn date_owner(tx: &Transaction, id: &str) -> Result<Option<String>> {
    let mut stmt = tx.prepare_cached("SELECT person_id FROM person_dates WHERE id = ?1")?;
    Ok(stmt.query_row([id], |r| r.get("person_id")).optional()?)
}

/// Every birthday and recurring date of the active people, whatever their circle (ENGINE.md §10.9).
pub fn annual_dates(tx: &Transaction) -> Result<Vec<KeptDate>> {
    let mut stmt = tx.prepare_cached(
        "SELECT p.id AS person, p.name AS name, NULL AS label, p.birthday AS date FROM people p
          WHERE p.status = 'active' AND p.birthday IS NOT NULL
         UNION ALL
         SELECT p.id, p.name, coalesce(nullif(trim(d.label), ''), 'A date you keep'), d.date FROM person_dates d
           JOIN people p ON p.id = d.person_id WHERE p.status = 'active'",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>("person")?,
            r.get::<_, String>("name")?,
            r.get::<_, Option<String>>("label")?,
            r.get::<_, String>("date")?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (person, name, label, date) = row?;
        if let Some(date) = AnnualDate::parse(&date) {
            out.push(KeptDate { person, name, label, date });
        }
    }
    Ok(out)
}

pub fn ids(tx: &Transaction) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached("SELECT id FROM people ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get("id"))?.collect::<rusqlite::Result<_>>()?;
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
    fn create_keeps_the_birthday_and_rhythms_count_who_has_none() {
        let store = Store::in_memory().unwrap();
        let with_birthday = NewPerson {
            name: "Ana".into(),
            circle: Some(2),
            birthday: AnnualDate::parse("--03-12"),
            ..Default::default()
        };
        let ana = store.write(|tx| create(tx, &with_birthday, today())).unwrap();
        assert_eq!(ana.birthday.map(|b| b.to_string()).as_deref(), Some("--03-12"));
        store.write(|tx| create(tx, &NewPerson { name: "Bo".into(), ..Default::default() }, today())).unwrap();
        let r = store.read(rhythms).unwrap();
        assert_eq!(r, Rhythms { active: 2, without_rhythm: 1, without_birthday: 1 });
    }

    #[test]
    fn create_derives_a_unique_readable_id_and_records_the_start() {
        let store = Store::in_memory().unwrap();
        let input =
            NewPerson { name: "  Ana Lima ".into(), circle: Some(2), stage: Some(Stage::Friend), ..Default::default() };
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
        let err = store.write(|tx| {
            create(tx, &NewPerson { name: " ".into(), circle: None, stage: None, ..Default::default() }, today())
        });
        assert_eq!(err.unwrap_err().path(), Some("name"));
        let err = store.write(|tx| {
            create(tx, &NewPerson { name: "Bo".into(), circle: Some(9), stage: None, ..Default::default() }, today())
        });
        assert_eq!(err.unwrap_err().to_string(), "circle: 9 is not in 1..5");
        let count: i64 = store.read(|tx| Ok(tx.query_row("SELECT count(*) FROM people", [], |r| r.get(0))?)).unwrap();
        assert_eq!(count, 0);
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

    fn interaction(id: &str, with: &[&str]) -> Interaction {
        Interaction {
            id: id.into(),
            date: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
            kind: InteractionKind::Coffee,
            with: with.iter().map(|s| s.to_string()).collect(),
            initiator: Initiator::Me,
            minutes: None,
            summary: Some(format!("{id} summary")),
        }
    }

    fn count(store: &Store, sql: &str) -> i64 {
        store.read(|tx| Ok(tx.query_row(sql, [], |r| r.get(0))?)).unwrap()
    }

    #[test]
    fn update_keeps_the_peak_circle_and_records_stage_and_circle_changes() {
        let store = Store::in_memory().unwrap();
        let ana = store
            .write(|tx| {
                create(
                    tx,
                    &NewPerson { name: "Ana".into(), circle: Some(3), stage: None, ..Default::default() },
                    today(),
                )
            })
            .unwrap();
        let later = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        let closer = Person { circle: 1, stage: Stage::Friend, tags: vec!["sailing".into()], ..ana.clone() };
        let p = store.write(|tx| update(tx, &closer, later)).unwrap();
        assert_eq!((p.circle, p.peak_circle, p.stage, p.tags.len()), (1, Some(1), Stage::Friend, 1));
        let farther = Person { circle: 4, peak_circle: Some(4), ..p.clone() };
        let p = store.write(|tx| update(tx, &farther, later)).unwrap();
        assert_eq!((p.circle, p.peak_circle), (4, Some(1)));
        let history = store.read(|tx| changes(tx, "ana")).unwrap();
        let seen: Vec<(ChangedField, Option<&str>, &str, NaiveDate)> =
            history.iter().map(|c| (c.field, c.from.as_deref(), c.to.as_str(), c.on)).collect();
        assert_eq!(
            seen,
            vec![
                (ChangedField::Stage, None, "acquaintance", today()),
                (ChangedField::Circle, None, "3", today()),
                (ChangedField::Stage, Some("acquaintance"), "friend", later),
                (ChangedField::Circle, Some("3"), "1", later),
                (ChangedField::Circle, Some("1"), "4", later),
            ]
        );
    }

    #[test]
    fn bad_updates_write_nothing() {
        let store = Store::in_memory().unwrap();
        let ana = store
            .write(|tx| {
                create(tx, &NewPerson { name: "Ana".into(), circle: None, stage: None, ..Default::default() }, today())
            })
            .unwrap();
        for (p, path) in [
            (Person { name: "".into(), ..ana.clone() }, "name"),
            (Person { circle: 9, ..ana.clone() }, "circle"),
            (Person { notes: Some("x".repeat(5 << 20)), ..ana.clone() }, "notes"),
            (Person { cadence_days: Some(0), ..ana.clone() }, "cadence_days"),
            (
                Person { interests: vec![Interest { topic: "x".into(), strength: 2.0 }], ..ana.clone() },
                "interests[0].strength",
            ),
            (Person { expertise: vec![" ".into()], ..ana.clone() }, "expertise[0]"),
            (Person { tags: vec!["".into()], ..ana.clone() }, "tags[0]"),
            (
                Person {
                    dates: vec![RecurringDate {
                        id: "birthday".into(),
                        label: None,
                        date: AnnualDate::parse("--01-01").unwrap(),
                    }],
                    ..ana.clone()
                },
                "dates[0].id",
            ),
            (
                Person {
                    needs: vec![Need {
                        id: "n".into(),
                        topic: "x".into(),
                        text: None,
                        since: today(),
                        until: NaiveDate::from_ymd_opt(2025, 1, 1),
                    }],
                    ..ana.clone()
                },
                "needs[0].until",
            ),
            (
                Person {
                    channels: vec![Channel { kind: ChannelKind::Email, value: " ".into(), label: None }],
                    ..ana.clone()
                },
                "channels[0].value",
            ),
        ] {
            let err = store.write(|tx| update(tx, &p, today())).unwrap_err();
            assert_eq!((err.code(), err.path()), ("invalid", Some(path)), "{err}");
        }
        assert_eq!(store.read(|tx| get(tx, "ana")).unwrap(), ana);
        assert_eq!(store.write(|tx| update(tx, &Person::new("zed", "Zed"), today())).unwrap_err().code(), "not_found");
    }

    #[test]
    fn your_ten_warns_past_fifteen_and_status_changes() {
        let store = Store::in_memory().unwrap();
        let mut last = YourTen { count: 0, warning: false };
        for n in 0..16 {
            last = store
                .write(|tx| {
                    insert(tx, &Person::new(format!("p{n}"), format!("P {n}")))?;
                    set_power(tx, &format!("p{n}"), true)
                })
                .unwrap();
            assert_eq!(last.warning, n >= 15);
        }
        assert_eq!(last, YourTen { count: 16, warning: true });
        assert_eq!(store.write(|tx| set_power(tx, "p0", false)).unwrap(), YourTen { count: 15, warning: false });
        let p = store.write(|tx| set_status(tx, "p1", Status::Deceased)).unwrap();
        assert_eq!(p.status, Status::Deceased);
        assert_eq!(store.read(your_ten).unwrap().count, 14);
        assert_eq!(store.write(|tx| set_power(tx, "zed", true)).unwrap_err().code(), "not_found");
    }

    #[test]
    fn delete_keeps_shared_interactions_and_restore_puts_everything_back() {
        let store = Store::in_memory().unwrap();
        store
            .write(|tx| {
                create(
                    tx,
                    &NewPerson { name: "Ana".into(), circle: Some(2), stage: None, ..Default::default() },
                    today(),
                )?;
                insert(tx, &Person::new("ben", "Ben"))?;
                let at = validate::at("");
                crate::store::interactions::insert(tx, &at, &interaction("solo", &["ana"]))?;
                crate::store::interactions::insert(tx, &at, &interaction("shared", &["ben", "ana"]))?;
                crate::store::events::insert(
                    tx,
                    &at,
                    &Event {
                        id: "e1".into(),
                        person: "ana".into(),
                        date: today(),
                        kind: EventKind::Move,
                        detail: None,
                    },
                )?;
                crate::store::favors::insert(
                    tx,
                    &at,
                    &Favor {
                        id: "f1".into(),
                        from: "ana".into(),
                        to: ME.into(),
                        date: today(),
                        kind: FavorKind::Referral,
                        detail: None,
                        thanked_on: None,
                        outcome: None,
                    },
                )?;
                crate::store::follow_ups::insert(
                    tx,
                    &at,
                    &FollowUp {
                        id: "u1".into(),
                        person: "ana".into(),
                        mine: true,
                        text: "Send deck".into(),
                        due: today(),
                        until: None,
                        done_on: None,
                    },
                )?;
                crate::store::goals::insert(
                    tx,
                    &at,
                    &Goal {
                        id: "g1".into(),
                        title: "Goal".into(),
                        topics: vec![],
                        priority: 2,
                        active: true,
                        people: vec!["ben".into(), "ana".into()],
                    },
                )
            })
            .unwrap();
        let before = store.read(|tx| get(tx, "ana-2").or_else(|_| get(tx, "ana"))).unwrap();
        let removed = store.write(|tx| delete(tx, "ana")).unwrap();
        assert_eq!(removed.person, before);
        assert_eq!(removed.interactions.len(), 2);
        assert_eq!((removed.events.len(), removed.favors.len(), removed.follow_ups.len()), (1, 1, 1));
        assert_eq!(removed.changes.len(), 2);
        assert_eq!(count(&store, "SELECT count(*) FROM people WHERE id = 'ana'"), 0);
        assert_eq!(count(&store, "SELECT count(*) FROM interactions"), 1, "the shared interaction survives");
        let shared = store.read(|tx| crate::store::interactions::get(tx, "shared")).unwrap();
        assert_eq!(shared.with, vec!["ben"]);
        assert_eq!(count(&store, "SELECT count(*) FROM people_fts WHERE people_fts MATCH 'ana'"), 0);

        // The undo: everything is back as it was.
        let restored = store.write(|tx| restore(tx, &removed)).unwrap();
        assert_eq!(restored, before);
        let shared = store.read(|tx| crate::store::interactions::get(tx, "shared")).unwrap();
        assert_eq!(shared.with, vec!["ben", "ana"]);
        let solo = removed.interactions.iter().find(|i| i.id == "solo").unwrap();
        assert_eq!(&store.read(|tx| crate::store::interactions::get(tx, "solo")).unwrap(), solo);
        assert_eq!(store.read(|tx| changes(tx, "ana")).unwrap(), removed.changes);
        let goal = store.read(|tx| crate::store::goals::get(tx, "g1")).unwrap();
        assert_eq!(goal.people, vec!["ben", "ana"]);
        let mut again = store.write(|tx| delete(tx, "ana")).unwrap();
        again.interactions.sort_by(|a, b| a.id.cmp(&b.id));
        let mut removed = removed;
        removed.interactions.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(again, removed);
    }

    #[test]
    fn marking_someone_deceased_stops_every_suggestion_for_them() {
        let store = Store::in_memory().unwrap();
        let book = crate::testkit::generate_book(60, 6, today());
        store.write(|tx| crate::testkit::insert_book(tx, &book)).unwrap();
        let named = |store: &Store| -> Vec<String> {
            let mut all = Vec::new();
            for day in 0..30 {
                let on = today() + chrono::Days::new(day);
                for s in crate::suggestions::digest_for(store, on).unwrap().suggestions {
                    all.extend(s.people);
                }
            }
            all
        };
        let before = named(&store);
        let someone = before.first().expect("the generated book gets suggestions").clone();
        store.write(|tx| set_status(tx, &someone, Status::Deceased)).unwrap();
        let after = named(&store);
        assert!(!after.contains(&someone), "{someone} still named after being marked deceased");
    }

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slug("Zoë O'Brien-Smith"), "zoe-o-brien-smith");
        assert_eq!(slug("李小龍"), "person");
        assert!(validate::id(&validate::at(""), &slug(&"a".repeat(200))).is_ok());
    }
}
