//! Inserts for the book's records other than people: interactions, life events, favors, follow-ups, goals, saved
//! items and feedback. Each checks the record itself (via [`crate::validate`]) and that the people it names exist,
//! so the archive import, the CLI and the app share one write path.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::validate::{self, At};

fn taken(tx: &Transaction, table: &str, id: &str) -> Result<bool> {
    let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
    Ok(tx.query_row(&sql, [id], |_| Ok(())).optional()?.is_some())
}

fn ensure_new(tx: &Transaction, table: &str, kind: &'static str, id: &str) -> Result<()> {
    if taken(tx, table, id)? {
        return Err(Error::Duplicate { kind, id: id.to_owned() });
    }
    Ok(())
}

/// The person must exist: a reference to anyone else is an error naming the field and the id.
pub fn ensure_person(tx: &Transaction, at: &At, id: &str) -> Result<()> {
    if !super::people::exists(tx, id)? {
        return Err(at.err(format!("\"{id}\" is not a person in the book")));
    }
    Ok(())
}

pub fn insert_interaction(tx: &Transaction, at: &At, i: &Interaction) -> Result<()> {
    validate::interaction(at, i)?;
    for (k, p) in i.with.iter().enumerate() {
        ensure_person(tx, &at.field("with").index(k), p)?;
    }
    ensure_new(tx, "interactions", "interaction", &i.id)?;
    tx.execute(
        "INSERT INTO interactions (id, date, kind, initiator, minutes, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![i.id, i.date, i.kind, i.initiator, i.minutes, i.summary],
    )?;
    for (k, p) in (0i64..).zip(&i.with) {
        tx.execute(
            "INSERT INTO interaction_people (interaction_id, person_id, position) VALUES (?1, ?2, ?3)",
            params![i.id, p, k],
        )?;
    }
    Ok(())
}

pub fn insert_event(tx: &Transaction, at: &At, e: &Event) -> Result<()> {
    validate::event(at, e)?;
    ensure_person(tx, &at.field("person"), &e.person)?;
    ensure_new(tx, "events", "event", &e.id)?;
    tx.execute(
        "INSERT INTO events (id, person_id, date, kind, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![e.id, e.person, e.date, e.kind, e.detail],
    )?;
    Ok(())
}

pub fn insert_favor(tx: &Transaction, at: &At, f: &Favor) -> Result<()> {
    validate::favor(at, f)?;
    let side = if f.is_received() { "from" } else { "to" };
    ensure_person(tx, &at.field(side), f.person())?;
    ensure_new(tx, "favors", "favor", &f.id)?;
    tx.execute(
        "INSERT INTO favors (id, person_id, received, date, kind, detail, thanked_on, outcome)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![f.id, f.person(), f.is_received(), f.date, f.kind, f.detail, f.thanked_on, f.outcome],
    )?;
    Ok(())
}

pub fn insert_follow_up(tx: &Transaction, at: &At, u: &FollowUp) -> Result<()> {
    validate::follow_up(at, u)?;
    ensure_person(tx, &at.field("person"), &u.person)?;
    ensure_new(tx, "follow_ups", "follow-up", &u.id)?;
    tx.execute(
        "INSERT INTO follow_ups (id, person_id, mine, text, due, until, done_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![u.id, u.person, u.mine, u.text, u.due, u.until, u.done_on],
    )?;
    Ok(())
}

pub fn insert_goal(tx: &Transaction, at: &At, g: &Goal) -> Result<()> {
    validate::goal(at, g)?;
    for (k, p) in g.people.iter().enumerate() {
        ensure_person(tx, &at.field("people").index(k), p)?;
    }
    ensure_new(tx, "goals", "goal", &g.id)?;
    tx.execute(
        "INSERT INTO goals (id, title, priority, active) VALUES (?1, ?2, ?3, ?4)",
        params![g.id, g.title, g.priority, g.active],
    )?;
    write_goal_lists(tx, g)
}

pub(crate) fn write_goal_lists(tx: &Transaction, g: &Goal) -> Result<()> {
    for (k, t) in (0i64..).zip(&g.topics) {
        tx.execute("INSERT INTO goal_topics (goal_id, position, topic) VALUES (?1, ?2, ?3)", params![g.id, k, t])?;
    }
    for (k, p) in (0i64..).zip(&g.people) {
        tx.execute("INSERT INTO goal_people (goal_id, person_id, position) VALUES (?1, ?2, ?3)", params![g.id, p, k])?;
    }
    Ok(())
}

pub fn insert_item(tx: &Transaction, at: &At, it: &Item) -> Result<()> {
    validate::item(at, it)?;
    ensure_new(tx, "items", "item", &it.id)?;
    tx.execute(
        "INSERT INTO items (id, title, url, published_on) VALUES (?1, ?2, ?3, ?4)",
        params![it.id, it.title, it.url, it.published_on],
    )?;
    for (k, t) in (0i64..).zip(&it.topics) {
        tx.execute("INSERT INTO item_topics (item_id, position, topic) VALUES (?1, ?2, ?3)", params![it.id, k, t])?;
    }
    Ok(())
}

/// Appends feedback (it is never edited: the history is what the engine learns from).
pub fn append_feedback(tx: &Transaction, at: &At, f: &Feedback) -> Result<()> {
    validate::feedback(at, f)?;
    tx.execute(
        "INSERT INTO feedback (suggestion, action, on_date, reason, until) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![f.suggestion, f.action, f.on, f.reason, f.until],
    )?;
    Ok(())
}

/// Every feedback row, in insertion order.
pub fn all_feedback(tx: &Transaction) -> Result<Vec<Feedback>> {
    let mut stmt = tx.prepare_cached("SELECT suggestion, action, on_date, reason, until FROM feedback ORDER BY seq")?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Feedback {
                suggestion: r.get(0)?,
                action: r.get(1)?,
                on: r.get(2)?,
                reason: r.get(3)?,
                until: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
