//! The ladder's reads and writes: its [`LadderSnapshot`] loaded in one read transaction, refused proposals
//! (`ladder_refusals`), and accepting a proposal through the person update path (so the stage history records it).

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::ladder::{
    ActDone, ContactFact, FavorFact, InteractionFact, LadderConfig, LadderPerson, LadderSnapshot, PromiseFact, Refusal,
};
use crate::model::{Person, Stage, Status};

use super::people;

/// Loads what the ladder reads, as of `today`: interactions only from the config's window, everything else whole.
pub fn load(tx: &Transaction, today: NaiveDate, config: &LadderConfig) -> Result<LadderSnapshot> {
    let window_start = today - Duration::days(config.window_days.max(config.friend_window_days));
    let mut stmt =
        tx.prepare_cached("SELECT id, name, stage, circle, power, kin, status, cadence_days FROM people ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        let stage: Stage = r.get(2)?;
        let circle: u8 = r.get(3)?;
        let power: bool = r.get(4)?;
        let status: Status = r.get(6)?;
        Ok(LadderPerson {
            id: r.get(0)?,
            name: r.get(1)?,
            stage,
            circle,
            power,
            active: status == Status::Active,
            rhythm_days: super::search::cadence(circle, r.get(5)?, power, stage, r.get(7)?),
            last_contact: None,
            contacts: Vec::new(),
        })
    })?;
    let mut people_list: Vec<LadderPerson> = rows.collect::<rusqlite::Result<_>>()?;
    // Each person's contacts from the summaries the engine reads (one row per person, not every interaction).
    {
        let index: HashMap<&[u8], usize> = people_list.iter().enumerate().map(|(i, p)| (p.id.as_bytes(), i)).collect();
        let mut found: Vec<(usize, NaiveDate, Option<u32>)> = Vec::new();
        let fresh = super::contacts::visit_summaries(tx, |person, date, minutes| {
            if date <= today {
                if let Some(&at) = index.get(person) {
                    found.push((at, date, minutes));
                }
            }
        })?;
        if !fresh {
            found = contacts_from_interactions(tx, today, &index)?;
        }
        drop(index);
        for (at, date, minutes) in found {
            let p = &mut people_list[at];
            p.last_contact = Some(p.last_contact.map_or(date, |last| last.max(date)));
            if date > window_start {
                p.contacts.push(ContactFact { date, minutes });
            }
        }
    }
    let review_start = today - Duration::days(7 * i64::from(config.review_weeks));
    let interactions = load_interactions(tx, review_start, today)?;
    let mut stmt =
        tx.prepare_cached("SELECT id, person_id, received, date, kind, thanked_on FROM favors ORDER BY date, id")?;
    let favors = stmt
        .query_map([], |r| {
            Ok(FavorFact {
                id: r.get(0)?,
                person: r.get(1)?,
                received: r.get(2)?,
                date: r.get(3)?,
                kind: r.get(4)?,
                thanked_on: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        tx.prepare_cached("SELECT id, person_id, mine, text, due, until, done_on FROM follow_ups ORDER BY due, id")?;
    let promises = stmt
        .query_map([], |r| {
            Ok(PromiseFact {
                id: r.get(0)?,
                person: r.get(1)?,
                mine: r.get(2)?,
                text: r.get(3)?,
                due: r.get(4)?,
                until: r.get(5)?,
                done_on: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let acts_since = today - Duration::days(7 * i64::from(config.review_weeks));
    let mut stmt = tx.prepare_cached(
        "SELECT suggestion, on_date FROM feedback WHERE action = 'done' AND on_date > ?1 AND on_date <= ?2
         ORDER BY on_date, seq",
    )?;
    let acts_done = stmt
        .query_map(params![acts_since, today], |r| Ok(ActDone { suggestion: r.get(0)?, on: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(LadderSnapshot {
        people: people_list,
        interactions,
        favors,
        promises,
        changes: people::all_changes(tx)?,
        refusals: refusals(tx)?,
        acts_done,
    })
}

/// Every person's meaningful contacts on or before today, read from the interactions themselves (when a summary is
/// stale, which a committed book never has: `Store::write` rebuilds them).
fn contacts_from_interactions(
    tx: &Transaction,
    today: NaiveDate,
    index: &HashMap<&[u8], usize>,
) -> Result<Vec<(usize, NaiveDate, Option<u32>)>> {
    let mut stmt = tx.prepare_cached(
        "SELECT ip.person_id, i.date, i.minutes FROM interactions i
           JOIN interaction_people ip ON ip.interaction_id = i.id
         WHERE i.kind <> 'note' AND i.date <= ?1",
    )?;
    let mut rows = stmt.query([today])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        if let Some(&at) = index.get(super::snapshot::bytes_at(r, 0)?) {
            out.push((at, r.get(1)?, r.get(2)?));
        }
    }
    Ok(out)
}

/// Meaningful interactions dated in `(after, today]`, each with its people in order.
fn load_interactions(tx: &Transaction, after: NaiveDate, today: NaiveDate) -> Result<Vec<InteractionFact>> {
    let mut stmt = tx.prepare_cached(
        "SELECT i.id, i.date, i.minutes, ip.person_id FROM interactions i
           JOIN interaction_people ip ON ip.interaction_id = i.id
         WHERE i.kind <> 'note' AND i.date > ?1 AND i.date <= ?2
         ORDER BY i.id, ip.position",
    )?;
    let mut rows = stmt.query(params![after, today])?;
    let mut out: Vec<InteractionFact> = Vec::new();
    let mut last_id = String::new();
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let person: String = r.get(3)?;
        if id == last_id {
            if let Some(last) = out.last_mut() {
                last.people.push(person);
            }
            continue;
        }
        out.push(InteractionFact { date: r.get(1)?, minutes: r.get(2)?, people: vec![person] });
        last_id = id;
    }
    Ok(out)
}

/// Every refused proposal, by person then stage.
pub fn refusals(tx: &Transaction) -> Result<Vec<Refusal>> {
    let mut stmt =
        tx.prepare_cached("SELECT person_id, to_stage, on_date FROM ladder_refusals ORDER BY person_id, to_stage")?;
    let rows = stmt.query_map([], |r| Ok(Refusal { person: r.get(0)?, to: r.get(1)?, on: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What accepting a proposal did, so that it can be undone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Accepted {
    pub person: Person,
    pub from: Stage,
    pub to: Stage,
    #[ts(type = "string")]
    pub on: NaiveDate,
    /// The refusal of this move that accepting cleared, if any (undo puts it back).
    pub cleared_refusal: Option<Refusal>,
}

/// Moves `person` to `to` through the person update path (the stage history records it with `today`).
pub fn accept(tx: &Transaction, person: &str, to: Stage, today: NaiveDate) -> Result<Accepted> {
    let mut p = people::get(tx, person)?;
    if p.stage == to {
        return Err(Error::invalid("to", format!("{} is already {to}", p.name)));
    }
    let from = p.stage;
    p.stage = to;
    let person = people::update(tx, &p, today)?;
    let cleared_refusal = take_refusal(tx, &person.id, to)?;
    Ok(Accepted { person, from, to, on: today, cleared_refusal })
}

/// Undoes [`accept`]: the stage back, its history entry gone, a cleared refusal back.
pub fn undo_accept(tx: &Transaction, accepted: &Accepted) -> Result<Person> {
    let person = people::undo_stage_change(tx, &accepted.person.id, accepted.on, accepted.from, accepted.to)?;
    if let Some(r) = &accepted.cleared_refusal {
        put_refusal(tx, r)?;
    }
    Ok(person)
}

/// What refusing a proposal did, so that it can be undone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Refused {
    pub refusal: Refusal,
    /// The earlier refusal of the same move that this one replaced.
    pub previous: Option<Refusal>,
}

/// Remembers that the user refused moving `person` to `to`: the proposal is not made again for a while.
pub fn refuse(tx: &Transaction, person: &str, to: Stage, today: NaiveDate) -> Result<Refused> {
    if !people::exists(tx, person)? {
        return Err(Error::NotFound { kind: "person", id: person.to_owned() });
    }
    let previous = take_refusal(tx, person, to)?;
    let refusal = Refusal { person: person.to_owned(), to, on: today };
    put_refusal(tx, &refusal)?;
    Ok(Refused { refusal, previous })
}

/// Undoes [`refuse`].
pub fn undo_refuse(tx: &Transaction, refused: &Refused) -> Result<()> {
    take_refusal(tx, &refused.refusal.person, refused.refusal.to)?;
    if let Some(previous) = &refused.previous {
        put_refusal(tx, previous)?;
    }
    Ok(())
}

fn take_refusal(tx: &Transaction, person: &str, to: Stage) -> Result<Option<Refusal>> {
    let found = tx
        .prepare_cached("SELECT on_date FROM ladder_refusals WHERE person_id = ?1 AND to_stage = ?2")?
        .query_row(params![person, to], |r| r.get::<_, NaiveDate>(0))
        .optional()?;
    tx.prepare_cached("DELETE FROM ladder_refusals WHERE person_id = ?1 AND to_stage = ?2")?
        .execute(params![person, to])?;
    Ok(found.map(|on| Refusal { person: person.to_owned(), to, on }))
}

fn put_refusal(tx: &Transaction, r: &Refusal) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO ladder_refusals (person_id, to_stage, on_date) VALUES (?1, ?2, ?3)
         ON CONFLICT (person_id, to_stage) DO UPDATE SET on_date = excluded.on_date",
    )?
    .execute(params![r.person, r.to, r.on])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{add_history, generate_book, insert_book};
    use crate::Store;

    /// The contacts read from the packed summaries are exactly those read from the interactions (the path taken when a
    /// summary is stale).
    #[test]
    fn contacts_from_summaries_equal_contacts_from_interactions() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        let mut book = generate_book(200, 12, today);
        add_history(&mut book, today);
        let store = Store::in_memory().unwrap();
        store.write(|tx| insert_book(tx, &book)).unwrap();
        let config = LadderConfig::default();
        let sorted = |mut snap: LadderSnapshot| {
            for p in &mut snap.people {
                p.contacts.sort_by_key(|c| (c.date, c.minutes));
            }
            snap
        };
        let from_summaries = sorted(store.read(|tx| load(tx, today, &config)).unwrap());
        assert!(from_summaries.people.iter().any(|p| !p.contacts.is_empty()));
        let from_interactions = store
            .write(|tx| {
                tx.execute("INSERT INTO contact_stale (person_id) SELECT id FROM people LIMIT 1", [])?;
                load(tx, today, &config)
            })
            .map(sorted)
            .unwrap();
        assert_eq!(from_summaries, from_interactions);
        assert_eq!(from_summaries.changes.len(), book.changes.len());
    }
}
