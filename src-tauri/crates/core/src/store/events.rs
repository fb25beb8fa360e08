//! Life events of a person: the `events` table — the row mapper, the checked insert every write path shares, read,
//! list, create (with a generated id), edit and remove.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::ids::{self, ensure_new, ensure_person};
use crate::validate::{self, at, At};

pub(super) fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Event> {
    Ok(Event {
        id: r.get("id")?,
        person: r.get("person_id")?,
        date: r.get("date")?,
        kind: r.get("kind")?,
        detail: r.get("detail")?,
    })
}

pub fn get(tx: &Transaction, id: &str) -> Result<Event> {
    tx.query_row("SELECT id, person_id, date, kind, detail FROM events WHERE id = ?1", [id], from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "event", id: id.to_owned() })
}

/// Every life event, sorted by id in byte order.
pub fn all(tx: &Transaction) -> Result<Vec<Event>> {
    let mut stmt = tx.prepare_cached("SELECT id, person_id, date, kind, detail FROM events ORDER BY id")?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A person's life events, newest first.
pub fn for_person(tx: &Transaction, person: &str) -> Result<Vec<Event>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, person_id, date, kind, detail FROM events WHERE person_id = ?1 ORDER BY date DESC, rowid DESC",
    )?;
    let rows = stmt.query_map([person], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Inserts a life event as given, checked (via [`crate::validate`]) and with its person in the book.
pub fn insert(tx: &Transaction, at: &At, e: &Event) -> Result<()> {
    validate::event(at, e)?;
    ensure_person(tx, &at.field("person"), &e.person)?;
    ensure_new(tx, "events", "event", &e.id)?;
    tx.prepare_cached("INSERT INTO events (id, person_id, date, kind, detail) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![e.id, e.person, e.date, e.kind, e.detail])?;
    Ok(())
}

/// Records a life event; an empty id asks for a fresh one (`ana-new_job-2025-03-07`).
pub fn create(tx: &Transaction, mut e: Event) -> Result<Event> {
    if e.id.is_empty() {
        let base = format!("{}-{}-{}", e.person, e.kind, e.date.format("%Y-%m-%d"));
        e.id = ids::fresh_id(tx, "events", &base)?;
    }
    insert(tx, &at(""), &e)?;
    get(tx, &e.id)
}

pub fn update(tx: &Transaction, e: &Event) -> Result<Event> {
    validate::event(&at(""), e)?;
    ensure_person(tx, &at("person"), &e.person)?;
    let changed = tx.execute(
        "UPDATE events SET person_id = ?2, date = ?3, kind = ?4, detail = ?5 WHERE id = ?1",
        params![e.id, e.person, e.date, e.kind, e.detail],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { kind: "event", id: e.id.clone() });
    }
    get(tx, &e.id)
}

pub fn delete(tx: &Transaction, id: &str) -> Result<Event> {
    let e = get(tx, id)?;
    tx.execute("DELETE FROM events WHERE id = ?1", [id])?;
    Ok(e)
}

/// Gives `from`'s life events to `to` (a merge of two people).
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached("UPDATE events SET person_id = ?2 WHERE person_id = ?1")?.execute(params![from, to])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::people;
    use crate::Store;

    fn wedding() -> Event {
        Event {
            id: String::new(),
            person: "ana".into(),
            date: parse_day("2025-03-07").unwrap(),
            kind: EventKind::Wedding,
            detail: Some("Married Leo".into()),
        }
    }

    #[test]
    fn create_read_edit_remove() {
        let store = Store::in_memory().unwrap();
        store.write(|tx| people::insert(tx, &Person::new("ana", "Ana"))).unwrap();
        let e = store.write(|tx| create(tx, wedding())).unwrap();
        assert_eq!(e.id, "ana-wedding-2025-03-07");
        let edited = Event { kind: EventKind::Move, detail: None, ..e.clone() };
        assert_eq!(store.write(|tx| update(tx, &edited)).unwrap(), edited);
        assert_eq!(store.read(|tx| for_person(tx, "ana")).unwrap(), vec![edited.clone()]);
        store.write(|tx| delete(tx, &e.id)).unwrap();
        assert!(store.read(|tx| for_person(tx, "ana")).unwrap().is_empty());
    }

    #[test]
    fn an_event_for_an_unknown_person_or_with_a_huge_detail_writes_nothing() {
        let store = Store::in_memory().unwrap();
        store.write(|tx| people::insert(tx, &Person::new("ana", "Ana"))).unwrap();
        let err = store.write(|tx| create(tx, Event { person: "zed".into(), ..wedding() })).unwrap_err();
        assert_eq!((err.path(), err.to_string().contains("\"zed\" is not a person")), (Some("person"), true));
        let err = store.write(|tx| create(tx, Event { detail: Some("x".repeat(5 << 20)), ..wedding() })).unwrap_err();
        assert_eq!(err.path(), Some("detail"));
        assert!(store.read(|tx| for_person(tx, "ana")).unwrap().is_empty());
    }
}
