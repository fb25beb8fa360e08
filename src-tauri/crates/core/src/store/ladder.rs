//! The ladder's reads and writes: its [`LadderSnapshot`] loaded in one read transaction, refused proposals
//! (`ladder_refusals`), and accepting a proposal through the person update path (so the stage history records it).

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::ladder::{
    ActDone, FavorFact, InteractionFact, LadderConfig, LadderPerson, LadderSnapshot, PromiseFact, Refusal,
};
use crate::model::{Person, Stage, Status};

use super::people;

/// Loads what the ladder reads, as of `today`: interactions only from the config's window, everything else whole.
pub fn load(tx: &Transaction, today: NaiveDate, config: &LadderConfig) -> Result<LadderSnapshot> {
    let window_start = today - Duration::days(config.window_days.max(config.friend_window_days).max(7));
    let interactions = load_interactions(tx, window_start, today)?;
    let mut last_in_window: HashMap<&str, NaiveDate> = HashMap::new();
    for i in &interactions {
        for p in &i.people {
            let last = last_in_window.entry(p.as_str()).or_insert(i.date);
            *last = (*last).max(i.date);
        }
    }
    let mut stmt = tx.prepare_cached(
        "SELECT p.id, p.name, p.stage, p.circle, p.power, p.kin, p.status, p.cadence_days, lc.date
         FROM people p LEFT JOIN last_contacts lc ON lc.person_id = p.id ORDER BY p.id",
    )?;
    let rows = stmt.query_map([], |r| {
        let stage: Stage = r.get(2)?;
        let circle: u8 = r.get(3)?;
        let power: bool = r.get(4)?;
        let status: Status = r.get(6)?;
        let last: Option<NaiveDate> = r.get(8)?;
        Ok((
            LadderPerson {
                id: r.get(0)?,
                name: r.get(1)?,
                stage,
                circle,
                power,
                active: status == Status::Active,
                rhythm_days: super::search::cadence(circle, r.get(5)?, power, stage, r.get(7)?),
                last_contact: None,
            },
            last,
        ))
    })?;
    let mut people_list = Vec::new();
    for row in rows {
        let (mut person, last) = row?;
        // The last contact on or before today: the book's, unless it lies after today (a `--today` in the past).
        person.last_contact = match last {
            Some(d) if d <= today => Some(d),
            _ => last_in_window.get(person.id.as_str()).copied(),
        };
        people_list.push(person);
    }
    drop(last_in_window);
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
