//! Interactions: the `interactions` table and its `interaction_people` (who took part, in order) — the row mapper,
//! the checked insert every write path shares (the archive import, the CLI, the app), read, list, create (with a
//! generated id), edit and remove. An interaction can be with several people; it belongs to all of them, and
//! removing one person leaves it to the others (see [`super::people::delete`]).

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::ids::{self, ensure_person};
use crate::store::snapshot::columns;
use crate::validate::{self, at, At};

const COLUMNS: &str = "id, date, kind, initiator, minutes, summary";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Interaction> {
    Ok(Interaction {
        id: r.get("id")?,
        date: r.get("date")?,
        kind: r.get("kind")?,
        initiator: r.get("initiator")?,
        minutes: r.get("minutes")?,
        summary: r.get("summary")?,
        with: Vec::new(),
    })
}

fn load_with(tx: &Transaction, i: &mut Interaction) -> Result<()> {
    let mut stmt =
        tx.prepare_cached("SELECT person_id FROM interaction_people WHERE interaction_id = ?1 ORDER BY position")?;
    i.with = stmt.query_map([&i.id], |r| r.get("person_id"))?.collect::<rusqlite::Result<_>>()?;
    Ok(())
}

pub fn get(tx: &Transaction, id: &str) -> Result<Interaction> {
    let sql = format!("SELECT {COLUMNS} FROM interactions WHERE id = ?1");
    let mut i = tx
        .query_row(&sql, [id], from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "interaction", id: id.to_owned() })?;
    load_with(tx, &mut i)?;
    Ok(i)
}

/// Every interaction with its people (in their stored order), sorted by id in byte order.
pub fn all(tx: &Transaction) -> Result<Vec<Interaction>> {
    let mut with: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    let mut stmt = tx
        .prepare_cached("SELECT interaction_id, person_id FROM interaction_people ORDER BY interaction_id, position")?;
    // Every row of the book: the columns' positions are looked up by name once, not per row.
    let [interaction, person] = columns(&stmt, ["interaction_id", "person_id"])?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        with.entry(r.get(interaction)?).or_default().push(r.get(person)?);
    }
    let mut stmt =
        tx.prepare_cached("SELECT id, date, kind, initiator, minutes, summary FROM interactions ORDER BY id")?;
    let [id, date, kind, initiator, minutes, summary] =
        columns(&stmt, ["id", "date", "kind", "initiator", "minutes", "summary"])?;
    let rows = stmt
        .query_map([], |r| {
            let id: String = r.get(id)?;
            Ok(Interaction {
                with: with.remove(&id).unwrap_or_default(),
                id,
                date: r.get(date)?,
                kind: r.get(kind)?,
                initiator: r.get(initiator)?,
                minutes: r.get(minutes)?,
                summary: r.get(summary)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every interaction with `person`, newest first.
pub fn for_person(tx: &Transaction, person: &str) -> Result<Vec<Interaction>> {
    let sql = format!(
        "SELECT {} FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
         WHERE ip.person_id = ?1 ORDER BY i.date DESC, i.rowid DESC",
        COLUMNS.split(", ").map(|c| format!("i.{c}")).collect::<Vec<_>>().join(", ")
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let mut rows: Vec<Interaction> = stmt.query_map([person], from_row)?.collect::<rusqlite::Result<_>>()?;
    for i in &mut rows {
        load_with(tx, i)?;
    }
    Ok(rows)
}

/// Inserts an interaction as given, checked (via [`crate::validate`]) and with every person it names in the book.
pub fn insert(tx: &Transaction, at: &At, i: &Interaction) -> Result<()> {
    validate::interaction(at, i)?;
    for (k, p) in i.with.iter().enumerate() {
        // The path is only built for an error: this runs for every person of every interaction of an import.
        if !super::people::exists(tx, p)? {
            return Err(ids::not_a_person(&at.field("with").index(k), p));
        }
    }
    let result = tx
        .prepare_cached(
            "INSERT INTO interactions (id, date, kind, initiator, minutes, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![i.id, i.date, i.kind, i.initiator, i.minutes, i.summary]);
    ids::inserted(result, "interaction", &i.id)?;
    for (k, p) in (0i64..).zip(&i.with) {
        tx.prepare_cached("INSERT INTO interaction_people (interaction_id, person_id, position) VALUES (?1, ?2, ?3)")?
            .execute(params![i.id, p, k])?;
    }
    Ok(())
}

/// Logs an interaction. An empty id asks for a fresh one (`2025-03-09-coffee`, `2025-03-09-coffee-2`, …).
pub fn create(tx: &Transaction, mut i: Interaction) -> Result<Interaction> {
    if i.id.is_empty() {
        i.id = ids::fresh_id(tx, "interactions", &format!("{}-{}", i.date.format("%Y-%m-%d"), i.kind))?;
    }
    insert(tx, &at(""), &i)?;
    get(tx, &i.id)
}

/// Replaces an interaction (its people too) by id.
pub fn update(tx: &Transaction, i: &Interaction) -> Result<Interaction> {
    let at = at("");
    validate::interaction(&at, i)?;
    for (k, p) in i.with.iter().enumerate() {
        ensure_person(tx, &at.field("with").index(k), p)?;
    }
    let changed = tx.execute(
        "UPDATE interactions SET date = ?2, kind = ?3, initiator = ?4, minutes = ?5, summary = ?6 WHERE id = ?1",
        params![i.id, i.date, i.kind, i.initiator, i.minutes, i.summary],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { kind: "interaction", id: i.id.clone() });
    }
    tx.execute("DELETE FROM interaction_people WHERE interaction_id = ?1", [&i.id])?;
    for (k, p) in (0i64..).zip(&i.with) {
        tx.execute(
            "INSERT INTO interaction_people (interaction_id, person_id, position) VALUES (?1, ?2, ?3)",
            params![i.id, p, k],
        )?;
    }
    get(tx, &i.id)
}

/// Removes an interaction and returns it, so that it can be put back.
pub fn delete(tx: &Transaction, id: &str) -> Result<Interaction> {
    let i = get(tx, id)?;
    tx.execute("DELETE FROM interactions WHERE id = ?1", [id])?;
    Ok(i)
}

/// Puts `to` in `from`'s place in every interaction (a merge of two people). Where both took part, `from` simply
/// leaves. Rows are inserted and deleted rather than updated, so the last-contact triggers keep up.
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO interaction_people (interaction_id, person_id, position)
         SELECT interaction_id, ?2, position FROM interaction_people WHERE person_id = ?1",
    )?
    .execute(params![from, to])?;
    tx.prepare_cached("DELETE FROM interaction_people WHERE person_id = ?1")?.execute([from])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::people;
    use crate::Store;
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    fn book() -> Store {
        let store = Store::in_memory().unwrap();
        store
            .write(|tx| {
                people::insert(tx, &Person::new("ana", "Ana Lima"))?;
                people::insert(tx, &Person::new("ben", "Ben Okafor"))
            })
            .unwrap();
        store
    }

    fn coffee(with: &[&str]) -> Interaction {
        Interaction {
            id: String::new(),
            date: day("2025-03-09"),
            kind: InteractionKind::Coffee,
            with: with.iter().map(|s| s.to_string()).collect(),
            initiator: Initiator::Me,
            minutes: Some(45),
            summary: Some("Talked sailing".into()),
        }
    }

    #[test]
    fn create_read_edit_remove() {
        let store = book();
        let a = store.write(|tx| create(tx, coffee(&["ana", "ben"]))).unwrap();
        let b = store.write(|tx| create(tx, coffee(&["ana"]))).unwrap();
        assert_eq!((a.id.as_str(), b.id.as_str()), ("2025-03-09-coffee", "2025-03-09-coffee-2"));
        assert_eq!(a.with, vec!["ana", "ben"]);
        assert_eq!(store.read(|tx| for_person(tx, "ana")).unwrap().len(), 2);
        assert_eq!(store.read(|tx| for_person(tx, "ben")).unwrap(), vec![a.clone()]);

        let mut edited = a.clone();
        edited.with = vec!["ben".into()];
        edited.kind = InteractionKind::Meal;
        edited.minutes = None;
        assert_eq!(store.write(|tx| update(tx, &edited)).unwrap(), edited);
        assert_eq!(store.read(|tx| for_person(tx, "ana")).unwrap().len(), 1);

        assert_eq!(store.write(|tx| delete(tx, &a.id)).unwrap(), edited);
        assert_eq!(store.read(|tx| get(tx, &a.id)).unwrap_err().code(), "not_found");
    }

    fn count(store: &Store, table: &str) -> i64 {
        store.read(|tx| Ok(tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)).unwrap()
    }

    fn coffee_with_id(id: &str, with: &[&str]) -> Interaction {
        Interaction { id: id.into(), summary: None, minutes: None, ..coffee(with) }
    }

    #[test]
    fn ids_and_the_reserved_me() {
        let store = Store::in_memory().unwrap();
        store.write(|tx| people::insert(tx, &Person::new("ana", "Ana"))).unwrap();
        for (i, path) in [
            (coffee_with_id("a b", &["ana"]), "interactions[0].id"),
            (coffee_with_id(&"x".repeat(65), &["ana"]), "interactions[0].id"),
            (coffee_with_id("i1", &["me"]), "interactions[0].with[0]"),
        ] {
            let err = store.write(|tx| insert(tx, &at("interactions").index(0), &i)).unwrap_err();
            assert_eq!(err.path(), Some(path), "{err}");
        }
        store.write(|tx| insert(tx, &at(""), &coffee_with_id("i1", &["ana"]))).unwrap();
        let err = store.write(|tx| insert(tx, &at(""), &coffee_with_id("i1", &["ana"]))).unwrap_err();
        assert_eq!(err.code(), "duplicate");
        assert_eq!(count(&store, "interactions"), 1);
        let err = store.write(|tx| people::insert(tx, &Person::new("me", "Me"))).unwrap_err();
        assert_eq!(err.path(), Some("id"));
        let mut far = Person::new("bo", "Bo");
        far.circle = 2;
        far.peak_circle = Some(3);
        assert_eq!(store.write(|tx| people::insert(tx, &far)).unwrap_err().path(), Some("peak_circle"));
        assert_eq!(count(&store, "people"), 1);
    }

    #[test]
    fn bad_interactions_are_refused_and_write_nothing() {
        let store = book();
        let cases: Vec<(Interaction, &str)> = vec![
            (coffee(&[]), "with"),
            (coffee(&["ana", "ana"]), "with[1]"),
            (coffee(&["nobody"]), "with[0]"),
            (Interaction { minutes: Some(2000), ..coffee(&["ana"]) }, "minutes"),
            (Interaction { summary: Some("x".repeat(5 << 20)), ..coffee(&["ana"]) }, "summary"),
        ];
        for (i, path) in cases {
            let err = store.write(|tx| create(tx, i.clone())).unwrap_err();
            assert_eq!((err.code(), err.path()), ("invalid", Some(path)), "{err}");
        }
        assert!(store.read(|tx| for_person(tx, "ana")).unwrap().is_empty());
        let mut ghost = coffee(&["ana"]);
        ghost.id = "ghost".into();
        assert_eq!(store.write(|tx| update(tx, &ghost)).unwrap_err().code(), "not_found");
    }
}
