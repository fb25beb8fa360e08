//! The trash: what the user deleted, kept whole in the book so that Undo and the Trash view can put it back — also
//! after a quit, a crash or a restart. Deleting moves a record here in the same transaction that removes it; entries
//! older than [`KEEP_DAYS`] are purged by [`purge`]. A deleted record is gone from every table at once, so it stops
//! appearing in search, Today, stats and exports; only a full backup of the file still holds it.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::people::RemovedPerson;
use crate::store::{events, favors, follow_ups, goals, interactions, items, people};

/// How long a deleted record stays restorable.
pub const KEEP_DAYS: i64 = 30;

/// A deleted record, whole, as the trash keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "record", rename_all = "snake_case")]
pub enum Trashed {
    Person(Box<RemovedPerson>),
    Interaction(Interaction),
    Event(Event),
    Favor(Favor),
    FollowUp(FollowUp),
    Goal(Goal),
    Item(Item),
}

/// What kind of record a trash entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TrashKind {
    Person,
    Interaction,
    Event,
    Favor,
    FollowUp,
    Goal,
    Item,
}

impl TrashKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TrashKind::Person => "person",
            TrashKind::Interaction => "interaction",
            TrashKind::Event => "event",
            TrashKind::Favor => "favor",
            TrashKind::FollowUp => "follow_up",
            TrashKind::Goal => "goal",
            TrashKind::Item => "item",
        }
    }

    pub fn parse(text: &str) -> Option<TrashKind> {
        [
            TrashKind::Person,
            TrashKind::Interaction,
            TrashKind::Event,
            TrashKind::Favor,
            TrashKind::FollowUp,
            TrashKind::Goal,
            TrashKind::Item,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

impl Trashed {
    fn kind(&self) -> TrashKind {
        match self {
            Trashed::Person(_) => TrashKind::Person,
            Trashed::Interaction(_) => TrashKind::Interaction,
            Trashed::Event(_) => TrashKind::Event,
            Trashed::Favor(_) => TrashKind::Favor,
            Trashed::FollowUp(_) => TrashKind::FollowUp,
            Trashed::Goal(_) => TrashKind::Goal,
            Trashed::Item(_) => TrashKind::Item,
        }
    }

    fn record_id(&self) -> &str {
        match self {
            Trashed::Person(p) => &p.person.id,
            Trashed::Interaction(i) => &i.id,
            Trashed::Event(e) => &e.id,
            Trashed::Favor(f) => &f.id,
            Trashed::FollowUp(u) => &u.id,
            Trashed::Goal(g) => &g.id,
            Trashed::Item(it) => &it.id,
        }
    }
}

/// One entry of the Trash view: what it was, when it was deleted, and until when it can come back.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TrashEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: TrashKind,
    /// The deleted record's own id (a person's id, an interaction's id…).
    pub record_id: String,
    /// What the user would call it: "Ana Lima", "Coffee with Ana Lima on 2025-03-05".
    pub label: String,
    #[ts(type = "string")]
    pub deleted_on: NaiveDate,
    /// The last day it can be restored; it is purged the day after.
    #[ts(type = "string")]
    pub keep_until: NaiveDate,
}

fn entry_from_row(r: &rusqlite::Row) -> rusqlite::Result<TrashEntry> {
    let kind: String = r.get("kind")?;
    let deleted_on: NaiveDate = r.get("deleted_on")?;
    Ok(TrashEntry {
        id: r.get("id")?,
        kind: TrashKind::parse(&kind).unwrap_or(TrashKind::Person),
        record_id: r.get("record_id")?,
        label: r.get("label")?,
        deleted_on,
        keep_until: deleted_on + chrono::Duration::days(KEEP_DAYS),
    })
}

/// Every entry, the most recently deleted first.
pub fn list(tx: &Transaction) -> Result<Vec<TrashEntry>> {
    let mut stmt = tx
        .prepare_cached("SELECT id, kind, record_id, label, deleted_on FROM trash ORDER BY deleted_on DESC, id DESC")?;
    let entries = stmt.query_map([], entry_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(entries)
}

pub fn get(tx: &Transaction, id: i64) -> Result<TrashEntry> {
    tx.prepare_cached("SELECT id, kind, record_id, label, deleted_on FROM trash WHERE id = ?1")?
        .query_row([id], entry_from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "trash entry", id: id.to_string() })
}

fn put(tx: &Transaction, trashed: &Trashed, label: &str, today: NaiveDate) -> Result<TrashEntry> {
    let payload = serde_json::to_string(trashed).map_err(|e| Error::invalid("trash", e.to_string()))?;
    tx.prepare_cached("INSERT INTO trash (kind, record_id, label, deleted_on, payload) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![trashed.kind().as_str(), trashed.record_id(), label, today, payload])?;
    get(tx, tx.last_insert_rowid())
}

/// A person's name — from the book, or from the trash when they were deleted themselves.
fn name_of(tx: &Transaction, id: &str) -> String {
    tx.query_row(
        "SELECT name FROM people WHERE id = ?1
         UNION ALL SELECT label FROM (SELECT label FROM trash WHERE kind = 'person' AND record_id = ?1 ORDER BY id DESC)
         LIMIT 1",
        [id],
        |r| r.get(0),
    )
    .unwrap_or_else(|_| id.to_owned())
}

fn names_of(tx: &Transaction, ids: &[String]) -> String {
    let names: Vec<String> = ids.iter().map(|id| name_of(tx, id)).collect();
    match names.len() {
        0 => "nobody".to_owned(),
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn words(kind: &str) -> String {
    kind.replace('_', " ")
}

/// Deletes a person and everything that is only theirs, into the trash.
pub fn delete_person(tx: &Transaction, id: &str, today: NaiveDate) -> Result<TrashEntry> {
    let removed = people::delete(tx, id)?;
    let label = removed.person.name.clone();
    put(tx, &Trashed::Person(Box::new(removed)), &label, today)
}

/// Deletes one record of `kind` into the trash. People go through [`delete_person`].
pub fn delete_record(tx: &Transaction, kind: TrashKind, id: &str, today: NaiveDate) -> Result<TrashEntry> {
    // Labels are made before the record goes, while its people's names can still be read.
    let (trashed, label) = match kind {
        TrashKind::Person => return delete_person(tx, id, today),
        TrashKind::Interaction => {
            let i = interactions::get(tx, id)?;
            let label =
                format!("{} with {} on {}", capitalised(&words(i.kind.as_str())), names_of(tx, &i.with), i.date);
            (Trashed::Interaction(interactions::delete(tx, id)?), label)
        }
        TrashKind::Event => {
            let e = events::get(tx, id)?;
            let label = format!("{} — {} ({})", capitalised(&words(e.kind.as_str())), name_of(tx, &e.person), e.date);
            (Trashed::Event(events::delete(tx, id)?), label)
        }
        TrashKind::Favor => {
            let f = favors::get(tx, id)?;
            let way = if f.is_received() { "from" } else { "for" };
            let label =
                format!("{} {way} {} ({})", capitalised(&words(f.kind.as_str())), name_of(tx, f.person()), f.date);
            (Trashed::Favor(favors::delete(tx, id)?), label)
        }
        TrashKind::FollowUp => {
            let u = follow_ups::get(tx, id)?;
            let label = format!("“{}” — {}", u.text, name_of(tx, &u.person));
            (Trashed::FollowUp(follow_ups::delete(tx, id)?), label)
        }
        TrashKind::Goal => {
            let g = goals::delete(tx, id)?;
            let label = format!("Goal: {}", g.title);
            (Trashed::Goal(g), label)
        }
        TrashKind::Item => {
            let it = items::delete(tx, id)?;
            let label = format!("Saved item: {}", it.title);
            (Trashed::Item(it), label)
        }
    };
    put(tx, &trashed, &label, today)
}

fn payload(tx: &Transaction, id: i64) -> Result<Trashed> {
    let text: String = tx
        .prepare_cached("SELECT payload FROM trash WHERE id = ?1")?
        .query_row([id], |r| r.get("payload"))
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "trash entry", id: id.to_string() })?;
    serde_json::from_str(&text)
        .map_err(|e| Error::invalid("trash", format!("entry {id} cannot be read back ({e}); it stays in the trash")))
}

fn cannot(label: &str, why: impl std::fmt::Display) -> Error {
    Error::invalid("trash", format!("{label} cannot come back: {why}"))
}

fn require_person(tx: &Transaction, label: &str, id: &str) -> Result<()> {
    if id == ME || people::exists(tx, id)? {
        Ok(())
    } else {
        Err(cannot(
            label,
            format!("{} is not in the book any more — restore them from the Trash first", name_of(tx, id)),
        ))
    }
}

/// Puts an entry back where it was and removes it from the trash; says why when it cannot (the person a record
/// belongs to is gone, or its id has been taken since). A person whose id was taken comes back under a fresh one.
pub fn restore(tx: &Transaction, id: i64) -> Result<TrashEntry> {
    let entry = get(tx, id)?;
    let label = entry.label.as_str();
    match payload(tx, id)? {
        Trashed::Person(removed) => {
            let removed = if people::exists(tx, &removed.person.id)? {
                let fresh = people::unused_id(tx, &removed.person.id)?;
                removed.renamed(&fresh)
            } else {
                *removed
            };
            people::restore(tx, &removed)?;
        }
        Trashed::Interaction(mut i) => {
            if interactions::get(tx, &i.id).is_ok() {
                return Err(cannot(label, "an interaction with the same id is in the book"));
            }
            let gone: Vec<String> =
                i.with.iter().filter(|p| !people::exists(tx, p).unwrap_or(false)).cloned().collect();
            i.with.retain(|p| !gone.contains(p));
            if i.with.is_empty() {
                return Err(cannot(
                    label,
                    "none of its people are in the book any more — restore them from the Trash first",
                ));
            }
            interactions::create(tx, i)?;
        }
        Trashed::Event(e) => {
            require_person(tx, label, &e.person)?;
            events::create(tx, e)?;
        }
        Trashed::Favor(f) => {
            require_person(tx, label, &f.from)?;
            require_person(tx, label, &f.to)?;
            favors::create(tx, f)?;
        }
        Trashed::FollowUp(u) => {
            require_person(tx, label, &u.person)?;
            follow_ups::create(tx, u)?;
        }
        Trashed::Goal(mut g) => {
            g.people.retain(|p| people::exists(tx, p).unwrap_or(false));
            goals::create(tx, g)?;
        }
        Trashed::Item(it) => {
            items::create(tx, it)?;
        }
    }
    tx.prepare_cached("DELETE FROM trash WHERE id = ?1")?.execute([id])?;
    Ok(entry)
}

/// Empties entries deleted more than [`KEEP_DAYS`] days before `today`; returns how many went.
pub fn purge(tx: &Transaction, today: NaiveDate) -> Result<usize> {
    let oldest_kept = today - chrono::Duration::days(KEEP_DAYS);
    Ok(tx.prepare_cached("DELETE FROM trash WHERE deleted_on < ?1")?.execute([oldest_kept])?)
}

/// Empties the trash now ("Empty trash"); returns how many entries went.
pub fn empty(tx: &Transaction) -> Result<usize> {
    Ok(tx.prepare_cached("DELETE FROM trash")?.execute([])?)
}

/// Forgets one entry for good ("Delete forever").
pub fn forget(tx: &Transaction, id: i64) -> Result<()> {
    get(tx, id)?;
    tx.prepare_cached("DELETE FROM trash WHERE id = ?1")?.execute([id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate;
    use crate::Store;

    /// Ana Lima and Ben Ode with one of every kind of record: an interaction each alone and one together, a life
    /// event, a favor each way, a promise, a goal naming both.
    fn seed_ana_and_ben(store: &Store) {
        let day = d("2026-10-01");
        store
            .write(|tx| {
                people::insert(tx, &Person::new("ana", "Ana Lima"))?;
                people::insert(tx, &Person::new("ben", "Ben Ode"))?;
                let at = validate::at("");
                let interaction = |id: &str, with: &[&str]| Interaction {
                    id: id.into(),
                    date: day,
                    kind: InteractionKind::Coffee,
                    with: with.iter().map(|w| w.to_string()).collect(),
                    initiator: Initiator::Me,
                    minutes: Some(30),
                    summary: Some("Talked about sailing".into()),
                };
                interactions::insert(tx, &at, &interaction("solo", &["ana"]))?;
                interactions::insert(tx, &at, &interaction("shared", &["ben", "ana"]))?;
                events::insert(
                    tx,
                    &at,
                    &Event { id: "e1".into(), person: "ana".into(), date: day, kind: EventKind::Move, detail: None },
                )?;
                for (id, from, to) in [("f1", "ben", ME), ("f2", ME, "ana")] {
                    favors::insert(
                        tx,
                        &at,
                        &Favor {
                            id: id.into(),
                            from: from.into(),
                            to: to.into(),
                            date: day,
                            kind: FavorKind::Referral,
                            detail: None,
                            thanked_on: None,
                            outcome: None,
                        },
                    )?;
                }
                follow_ups::insert(
                    tx,
                    &at,
                    &FollowUp {
                        id: "u1".into(),
                        person: "ana".into(),
                        mine: true,
                        text: "Send the deck".into(),
                        due: day,
                        until: None,
                        done_on: None,
                    },
                )?;
                goals::insert(
                    tx,
                    &at,
                    &Goal {
                        id: "g1".into(),
                        title: "Find a design lead".into(),
                        topics: vec![],
                        priority: 2,
                        active: true,
                        people: vec!["ben".into(), "ana".into()],
                    },
                )
            })
            .unwrap();
    }

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_deleted_person_leaves_every_table_and_comes_back_whole() {
        let store = Store::in_memory().unwrap();
        seed_ana_and_ben(&store);
        let before = store.read(|tx| people::get(tx, "ana")).unwrap();
        let entry = store.write(|tx| delete_person(tx, "ana", d("2026-11-30"))).unwrap();
        assert_eq!(entry.label, "Ana Lima");
        assert_eq!(entry.keep_until, d("2026-12-30"));
        assert!(!store.read(|tx| people::exists(tx, "ana")).unwrap());
        assert_eq!(store.read(list).unwrap().len(), 1);
        store.write(|tx| restore(tx, entry.id)).unwrap();
        assert_eq!(store.read(|tx| people::get(tx, "ana")).unwrap(), before);
        assert!(store.read(list).unwrap().is_empty());
    }

    #[test]
    fn a_person_whose_id_was_taken_comes_back_under_a_fresh_one() {
        let store = Store::in_memory().unwrap();
        seed_ana_and_ben(&store);
        let entry = store.write(|tx| delete_person(tx, "ana", d("2026-11-30"))).unwrap();
        store.write(|tx| people::insert(tx, &Person::new("ana", "Ana Other"))).unwrap();
        store.write(|tx| restore(tx, entry.id)).unwrap();
        let ana2 = store.read(|tx| people::get(tx, "ana-2")).unwrap();
        assert_eq!(ana2.name, "Ana Lima");
        let favors = store.read(|tx| favors::for_person(tx, "ana-2")).unwrap();
        assert!(!favors.is_empty(), "her records follow her to the fresh id");
    }

    #[test]
    fn a_record_whose_person_is_gone_says_why_and_stays_in_the_trash() {
        let store = Store::in_memory().unwrap();
        seed_ana_and_ben(&store);
        let favor = store.read(|tx| favors::for_person(tx, "ben")).unwrap().remove(0);
        let favor_entry = store.write(|tx| delete_record(tx, TrashKind::Favor, &favor.id, d("2026-11-01"))).unwrap();
        let ben_entry = store.write(|tx| delete_person(tx, "ben", d("2026-11-02"))).unwrap();
        let err = store.write(|tx| restore(tx, favor_entry.id)).unwrap_err();
        assert!(err.to_string().contains("Ben Ode is not in the book any more"), "{err}");
        assert_eq!(store.read(list).unwrap().len(), 2);
        store.write(|tx| restore(tx, ben_entry.id)).unwrap();
        store.write(|tx| restore(tx, favor_entry.id)).unwrap();
        assert!(store.read(|tx| favors::get(tx, &favor.id)).is_ok());
    }

    #[test]
    fn entries_are_purged_after_thirty_days() {
        let store = Store::in_memory().unwrap();
        seed_ana_and_ben(&store);
        store.write(|tx| delete_person(tx, "ana", d("2026-10-01"))).unwrap();
        store.write(|tx| delete_person(tx, "ben", d("2026-10-20"))).unwrap();
        assert_eq!(store.write(|tx| purge(tx, d("2026-10-31"))).unwrap(), 0, "30 days are kept");
        assert_eq!(store.write(|tx| purge(tx, d("2026-11-01"))).unwrap(), 1);
        let left = store.read(list).unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].label, "Ben Ode");
    }

    #[test]
    fn every_kind_of_record_goes_to_the_trash_and_back() {
        let store = Store::in_memory().unwrap();
        seed_ana_and_ben(&store);
        let today = d("2026-11-30");
        let (interaction, event, favor, follow_up, goal) = store
            .read(|tx| {
                Ok((
                    interactions::for_person(tx, "ana")?.remove(0),
                    events::for_person(tx, "ana")?.remove(0),
                    favors::for_person(tx, "ben")?.remove(0),
                    follow_ups::for_person(tx, "ana")?.remove(0),
                    goals::list(tx)?.remove(0),
                ))
            })
            .unwrap();
        let deleted = [
            (TrashKind::Interaction, interaction.id.clone()),
            (TrashKind::Event, event.id.clone()),
            (TrashKind::Favor, favor.id.clone()),
            (TrashKind::FollowUp, follow_up.id.clone()),
            (TrashKind::Goal, goal.id.clone()),
        ];
        let entries: Vec<TrashEntry> =
            deleted.iter().map(|(k, id)| store.write(|tx| delete_record(tx, *k, id, today)).unwrap()).collect();
        assert!(entries[0].label.contains("Ana Lima on 2026-10-01"), "{}", entries[0].label);
        for e in &entries {
            store.write(|tx| restore(tx, e.id)).unwrap();
        }
        store
            .read(|tx| {
                assert_eq!(interactions::get(tx, &interaction.id)?, interaction);
                assert_eq!(events::get(tx, &event.id)?, event);
                assert_eq!(favors::get(tx, &favor.id)?, favor);
                assert_eq!(follow_ups::get(tx, &follow_up.id)?, follow_up);
                assert_eq!(goals::get(tx, &goal.id)?, goal);
                Ok(())
            })
            .unwrap();
    }
}

/// Deleted text does not linger in the book's files: after a person with a marked note is deleted and the trash
/// emptied, no byte of the book or its log holds the marker (secure_delete, FTS5 secure-delete, a truncated log).
#[cfg(test)]
mod forgetting {
    use super::*;
    use crate::Store;

    #[test]
    fn an_emptied_note_cannot_be_read_back_from_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let marker = "zqxjkvmarker";
        let store = Store::open_in_dir(dir.path()).unwrap();
        store
            .write(|tx| {
                for n in 0..50 {
                    let mut p = Person::new(format!("p{n}"), format!("Person {n}"));
                    p.notes = Some(format!("Plain notes about person {n}."));
                    people::insert(tx, &p)?;
                }
                let mut sam = Person::new("sam", "Sam Idris");
                sam.notes = Some(format!("Father diagnosed — {marker} — keep this private"));
                people::insert(tx, &sam)
            })
            .unwrap();
        store.checkpoint().unwrap();
        let files = || -> Vec<u8> {
            let mut all = Vec::new();
            for entry in std::fs::read_dir(dir.path()).unwrap() {
                let path = entry.unwrap().path();
                if path.is_file() {
                    all.extend(std::fs::read(path).unwrap());
                }
            }
            all
        };
        let has_marker = |bytes: &[u8]| bytes.windows(marker.len()).any(|w| w == marker.as_bytes());
        assert!(has_marker(&files()), "the test's marker is really in the file at first");
        let entry = store.write(|tx| delete_person(tx, "sam", "2026-11-30".parse().unwrap())).unwrap();
        store.write(|tx| forget(tx, entry.id)).unwrap();
        store.checkpoint().unwrap();
        assert!(!has_marker(&files()), "the deleted note lingers in the book's files");
    }
}
