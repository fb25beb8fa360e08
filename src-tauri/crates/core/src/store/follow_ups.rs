//! Follow-ups: promises I made (`mine`) and things they mentioned that I should ask about later. The `follow_ups`
//! table — the row mapper, the checked insert every write path shares, read, list, create, edit, mark done, remove.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::ids::{self, ensure_new, ensure_person};
use crate::validate::{self, at, At};

pub(crate) const SELECT: &str = "SELECT id, person_id, mine, text, due, until, done_on FROM follow_ups";

pub(crate) fn from_row(r: &rusqlite::Row) -> rusqlite::Result<FollowUp> {
    Ok(FollowUp {
        id: r.get("id")?,
        person: r.get("person_id")?,
        mine: r.get("mine")?,
        text: r.get("text")?,
        due: r.get("due")?,
        until: r.get("until")?,
        done_on: r.get("done_on")?,
    })
}

pub fn get(tx: &Transaction, id: &str) -> Result<FollowUp> {
    tx.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "follow-up", id: id.to_owned() })
}

/// Every follow-up, sorted by id in byte order.
pub fn all(tx: &Transaction) -> Result<Vec<FollowUp>> {
    let mut stmt = tx.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A person's follow-ups, latest due first.
pub fn for_person(tx: &Transaction, person: &str) -> Result<Vec<FollowUp>> {
    let mut stmt = tx.prepare_cached(&format!("{SELECT} WHERE person_id = ?1 ORDER BY due DESC, rowid DESC"))?;
    let rows = stmt.query_map([person], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every follow-up not yet done, soonest due first.
pub fn open(tx: &Transaction) -> Result<Vec<FollowUp>> {
    let mut stmt = tx.prepare_cached(&format!("{SELECT} WHERE done_on IS NULL ORDER BY due, id"))?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Inserts a follow-up as given, checked (via [`crate::validate`]) and with its person in the book.
pub fn insert(tx: &Transaction, at: &At, u: &FollowUp) -> Result<()> {
    validate::follow_up(at, u)?;
    ensure_person(tx, &at.field("person"), &u.person)?;
    ensure_new(tx, "follow_ups", "follow-up", &u.id)?;
    tx.prepare_cached(
        "INSERT INTO follow_ups (id, person_id, mine, text, due, until, done_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![u.id, u.person, u.mine, u.text, u.due, u.until, u.done_on])?;
    Ok(())
}

/// Adds a promise or a mention; an empty id asks for a fresh one (`pia-promise-2025-03-07`).
pub fn create(tx: &Transaction, mut u: FollowUp) -> Result<FollowUp> {
    if u.id.is_empty() {
        let what = if u.mine { "promise" } else { "mention" };
        u.id = ids::fresh_id(tx, "follow_ups", &format!("{}-{what}-{}", u.person, u.due.format("%Y-%m-%d")))?;
    }
    insert(tx, &at(""), &u)?;
    get(tx, &u.id)
}

pub fn update(tx: &Transaction, u: &FollowUp) -> Result<FollowUp> {
    validate::follow_up(&at(""), u)?;
    ensure_person(tx, &at("person"), &u.person)?;
    let changed = tx.execute(
        "UPDATE follow_ups SET person_id = ?2, mine = ?3, text = ?4, due = ?5, until = ?6, done_on = ?7 WHERE id = ?1",
        params![u.id, u.person, u.mine, u.text, u.due, u.until, u.done_on],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { kind: "follow-up", id: u.id.clone() });
    }
    get(tx, &u.id)
}

/// Marks a follow-up done on `on` (or not done, with `None`).
pub fn set_done(tx: &Transaction, id: &str, on: Option<NaiveDate>) -> Result<FollowUp> {
    let mut u = get(tx, id)?;
    u.done_on = on;
    update(tx, &u)
}

/// Follow-ups of active people, not done as of `from`, due in `[from, to]`, each with the person's name.
pub fn open_due_between(tx: &Transaction, from: NaiveDate, to: NaiveDate) -> Result<Vec<(FollowUp, String)>> {
    let mut stmt = tx.prepare_cached(
        "SELECT f.id, f.person_id, f.mine, f.text, f.due, f.until, f.done_on, p.name
           FROM follow_ups f JOIN people p ON p.id = f.person_id
          WHERE p.status = 'active' AND (f.done_on IS NULL OR f.done_on > ?1) AND f.due BETWEEN ?1 AND ?2",
    )?;
    // The follow-up's columns, as `from_row` reads them, and the person's name.
    let rows = stmt.query_map(params![from, to], |r| Ok((from_row(r)?, r.get("name")?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn delete(tx: &Transaction, id: &str) -> Result<FollowUp> {
    let u = get(tx, id)?;
    tx.execute("DELETE FROM follow_ups WHERE id = ?1", [id])?;
    Ok(u)
}

/// Gives `from`'s promises and mentions to `to` (a merge of two people).
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached("UPDATE follow_ups SET person_id = ?2 WHERE person_id = ?1")?.execute(params![from, to])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::people;
    use crate::Store;

    fn promise() -> FollowUp {
        FollowUp {
            id: String::new(),
            person: "pia".into(),
            mine: true,
            text: "Send the pricing deck".into(),
            due: parse_day("2025-03-07").unwrap(),
            until: None,
            done_on: None,
        }
    }

    fn book() -> Store {
        let store = Store::in_memory().unwrap();
        store.write(|tx| people::insert(tx, &Person::new("pia", "Pia"))).unwrap();
        store
    }

    #[test]
    fn promises_and_mentions_round_trip() {
        let store = book();
        let p = store.write(|tx| create(tx, promise())).unwrap();
        let m =
            store.write(|tx| create(tx, FollowUp { mine: false, text: "Her marathon".into(), ..promise() })).unwrap();
        assert_eq!((p.id.as_str(), m.id.as_str()), ("pia-promise-2025-03-07", "pia-mention-2025-03-07"));
        assert_eq!(store.read(open).unwrap().len(), 2);
        let done = store.write(|tx| set_done(tx, &p.id, parse_day("2025-03-08"))).unwrap();
        assert_eq!(done.done_on, parse_day("2025-03-08"));
        assert_eq!(store.read(open).unwrap(), vec![m.clone()]);
        store.write(|tx| delete(tx, &m.id)).unwrap();
        assert_eq!(store.read(|tx| for_person(tx, "pia")).unwrap(), vec![done]);
    }

    #[test]
    fn a_follow_up_for_an_unknown_person_blank_or_ending_before_due_writes_nothing() {
        let store = book();
        let err = store.write(|tx| create(tx, FollowUp { person: "zed".into(), ..promise() })).unwrap_err();
        assert_eq!((err.code(), err.path()), ("invalid", Some("person")));
        assert_eq!(err.to_string(), "person: \"zed\" is not a person in the book");
        let err = store.write(|tx| create(tx, FollowUp { text: "  ".into(), ..promise() })).unwrap_err();
        assert_eq!(err.path(), Some("text"));
        let err = store.write(|tx| create(tx, FollowUp { until: parse_day("2025-03-01"), ..promise() })).unwrap_err();
        assert_eq!(err.path(), Some("until"));
        assert!(store.read(open).unwrap().is_empty());
    }
}
