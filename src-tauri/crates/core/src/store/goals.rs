//! Goals, with their topics and the people who could help: the `goals` table and its `goal_topics` and
//! `goal_people` lists — the row mapper, the checked insert every write path shares, read, list, create, edit,
//! remove, and the helpers of a goal.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::ids::{self, ensure_new, ensure_person, lists_by_owner};
use crate::store::people::PersonRef;
use crate::validate::{self, at, At};

fn load_lists(tx: &Transaction, g: &mut Goal) -> Result<()> {
    let mut stmt = tx.prepare_cached("SELECT topic FROM goal_topics WHERE goal_id = ?1 ORDER BY position")?;
    g.topics = stmt.query_map([&g.id], |r| r.get("topic"))?.collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached("SELECT person_id FROM goal_people WHERE goal_id = ?1 ORDER BY position")?;
    g.people = stmt.query_map([&g.id], |r| r.get("person_id"))?.collect::<rusqlite::Result<_>>()?;
    Ok(())
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: r.get("id")?,
        title: r.get("title")?,
        priority: r.get("priority")?,
        active: r.get("active")?,
        topics: Vec::new(),
        people: Vec::new(),
    })
}

pub fn get(tx: &Transaction, id: &str) -> Result<Goal> {
    let mut g = tx
        .query_row("SELECT id, title, priority, active FROM goals WHERE id = ?1", [id], from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "goal", id: id.to_owned() })?;
    load_lists(tx, &mut g)?;
    Ok(g)
}

/// Every goal with its topics and people (in their stored order), sorted by id in byte order.
pub fn all(tx: &Transaction) -> Result<Vec<Goal>> {
    let mut topics =
        lists_by_owner(tx, "SELECT goal_id AS owner, topic AS value FROM goal_topics ORDER BY goal_id, position")?;
    let mut people =
        lists_by_owner(tx, "SELECT goal_id AS owner, person_id AS value FROM goal_people ORDER BY goal_id, position")?;
    let mut stmt = tx.prepare_cached("SELECT id, title, priority, active FROM goals ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            let id: String = r.get("id")?;
            Ok(Goal {
                topics: topics.remove(&id).unwrap_or_default(),
                people: people.remove(&id).unwrap_or_default(),
                id,
                title: r.get("title")?,
                priority: r.get("priority")?,
                active: r.get("active")?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every goal: active first, then by priority and title.
pub fn list(tx: &Transaction) -> Result<Vec<Goal>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, title, priority, active FROM goals ORDER BY active DESC, priority, title COLLATE NOCASE, id",
    )?;
    let mut goals: Vec<Goal> = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    for g in &mut goals {
        load_lists(tx, g)?;
    }
    Ok(goals)
}

/// Inserts a goal as given (its title cleaned), checked (via [`crate::validate`]) and with every person it names in
/// the book.
pub fn insert(tx: &Transaction, at: &At, g: &Goal) -> Result<()> {
    let g = &Goal { title: validate::clean_line(&g.title).into_owned(), ..g.clone() };
    validate::goal(at, g)?;
    for (k, p) in g.people.iter().enumerate() {
        ensure_person(tx, &at.field("people").index(k), p)?;
    }
    ensure_new(tx, "goals", "goal", &g.id)?;
    tx.prepare_cached("INSERT INTO goals (id, title, priority, active) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![g.id, g.title, g.priority, g.active])?;
    write_lists(tx, g)
}

/// Writes a goal's topics and people, in order (after its old ones were removed, for an edit).
fn write_lists(tx: &Transaction, g: &Goal) -> Result<()> {
    for (k, t) in (0i64..).zip(&g.topics) {
        tx.prepare_cached("INSERT INTO goal_topics (goal_id, position, topic) VALUES (?1, ?2, ?3)")?
            .execute(params![g.id, k, t])?;
    }
    for (k, p) in (0i64..).zip(&g.people) {
        tx.prepare_cached("INSERT INTO goal_people (goal_id, person_id, position) VALUES (?1, ?2, ?3)")?
            .execute(params![g.id, p, k])?;
    }
    Ok(())
}

/// Adds a goal; an empty id asks for a fresh one made from the title.
pub fn create(tx: &Transaction, mut g: Goal) -> Result<Goal> {
    if g.id.is_empty() {
        validate::required_text(&at("title"), &g.title, validate::MAX_SHORT_TEXT)?;
        g.id = ids::fresh_id(tx, "goals", &super::people::slug(&g.title))?;
    }
    insert(tx, &at(""), &g)?;
    get(tx, &g.id)
}

pub fn update(tx: &Transaction, g: &Goal) -> Result<Goal> {
    let g = &Goal { title: validate::clean_line(&g.title).into_owned(), ..g.clone() };
    let at = at("");
    validate::goal(&at, g)?;
    for (k, p) in g.people.iter().enumerate() {
        ensure_person(tx, &at.field("people").index(k), p)?;
    }
    let changed = tx.execute(
        "UPDATE goals SET title = ?2, priority = ?3, active = ?4 WHERE id = ?1",
        params![g.id, g.title, g.priority, g.active],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { kind: "goal", id: g.id.clone() });
    }
    tx.execute("DELETE FROM goal_topics WHERE goal_id = ?1", [&g.id])?;
    tx.execute("DELETE FROM goal_people WHERE goal_id = ?1", [&g.id])?;
    write_lists(tx, g)?;
    get(tx, &g.id)
}

pub fn delete(tx: &Transaction, id: &str) -> Result<Goal> {
    let g = get(tx, id)?;
    tx.execute("DELETE FROM goals WHERE id = ?1", [id])?;
    Ok(g)
}

/// The people who could help with a goal: those it names, then active people whose expertise meets its topics
/// (case-insensitively, trimmed), by name.
pub fn helpers(tx: &Transaction, id: &str) -> Result<Vec<PersonRef>> {
    let goal = get(tx, id)?;
    let mut out: Vec<PersonRef> = Vec::new();
    for p in &goal.people {
        let name: String = tx.query_row("SELECT name FROM people WHERE id = ?1", [p], |r| r.get("name"))?;
        out.push(PersonRef { id: p.clone(), name });
    }
    let topics: Vec<String> = goal.topics.iter().map(|t| t.trim().to_lowercase()).collect();
    let mut stmt = tx.prepare_cached(
        "SELECT DISTINCT p.id, p.name FROM people p JOIN expertise e ON e.person_id = p.id
         WHERE p.status = 'active' AND lower(trim(e.topic)) IN (SELECT value FROM json_each(?1))
         ORDER BY p.name COLLATE NOCASE, p.id",
    )?;
    let experts = stmt.query_map([serde_json::to_string(&topics).expect("strings serialize")], |r| {
        Ok(PersonRef { id: r.get("id")?, name: r.get("name")? })
    })?;
    for e in experts {
        let e = e?;
        if !out.iter().any(|o| o.id == e.id) {
            out.push(e);
        }
    }
    Ok(out)
}

/// Puts `to` in `from`'s place among the people of every goal (a merge of two people).
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO goal_people (goal_id, person_id, position)
         SELECT goal_id, ?2, position FROM goal_people WHERE person_id = ?1",
    )?
    .execute(params![from, to])?;
    tx.prepare_cached("DELETE FROM goal_people WHERE person_id = ?1")?.execute([from])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::people;
    use crate::Store;

    fn goal() -> Goal {
        Goal {
            id: String::new(),
            title: "Launch a healthcare-analytics practice".into(),
            topics: vec!["Healthcare ".into(), "analytics".into()],
            priority: 1,
            active: true,
            people: vec!["gus".into()],
        }
    }

    fn book() -> Store {
        let store = Store::in_memory().unwrap();
        store
            .write(|tx| {
                people::insert(tx, &Person::new("gus", "Gus"))?;
                let mut hana = Person::new("hana", "Hana");
                hana.expertise = vec!["healthcare".into()];
                people::insert(tx, &hana)
            })
            .unwrap();
        store
    }

    #[test]
    fn goals_round_trip_with_topics_and_people() {
        let store = book();
        let g = store.write(|tx| create(tx, goal())).unwrap();
        assert_eq!(g.id, "launch-a-healthcare-analytics-practice");
        assert_eq!(g.people, vec!["gus"]);
        let helpers = store.read(|tx| helpers(tx, &g.id)).unwrap();
        assert_eq!(helpers.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), vec!["gus", "hana"]);
        let edited = Goal { active: false, people: vec!["hana".into(), "gus".into()], ..g.clone() };
        assert_eq!(store.write(|tx| update(tx, &edited)).unwrap(), edited);
        assert_eq!(store.read(list).unwrap(), vec![edited]);
        store.write(|tx| delete(tx, &g.id)).unwrap();
        assert!(store.read(list).unwrap().is_empty());
    }

    #[test]
    fn bad_goals_write_nothing() {
        let store = book();
        for (g, path) in [
            (Goal { title: " ".into(), ..goal() }, "title"),
            (Goal { priority: 4, ..goal() }, "priority"),
            (Goal { topics: vec![" ".into()], ..goal() }, "topics[0]"),
            (Goal { people: vec!["zed".into()], ..goal() }, "people[0]"),
            (Goal { people: vec!["gus".into(), "gus".into()], ..goal() }, "people[1]"),
        ] {
            assert_eq!(store.write(|tx| create(tx, g.clone())).unwrap_err().path(), Some(path));
        }
        assert!(store.read(list).unwrap().is_empty());
    }
}
