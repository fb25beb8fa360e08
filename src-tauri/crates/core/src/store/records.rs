//! Inserts for the book's records other than people: interactions, life events, favors, follow-ups, goals, saved
//! items and feedback. Each checks the record itself (via [`crate::validate`]) and that the people it names exist,
//! so the archive import, the CLI and the app share one write path.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::validate::{self, At};

fn taken(tx: &Transaction, table: &str, id: &str) -> Result<bool> {
    let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
    Ok(tx.prepare_cached(&sql)?.query_row([id], |_| Ok(())).optional()?.is_some())
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
    tx.prepare_cached(
        "INSERT INTO interactions (id, date, kind, initiator, minutes, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![i.id, i.date, i.kind, i.initiator, i.minutes, i.summary])?;
    for (k, p) in (0i64..).zip(&i.with) {
        tx.prepare_cached("INSERT INTO interaction_people (interaction_id, person_id, position) VALUES (?1, ?2, ?3)")?
            .execute(params![i.id, p, k])?;
    }
    Ok(())
}

pub fn insert_event(tx: &Transaction, at: &At, e: &Event) -> Result<()> {
    validate::event(at, e)?;
    ensure_person(tx, &at.field("person"), &e.person)?;
    ensure_new(tx, "events", "event", &e.id)?;
    tx.prepare_cached("INSERT INTO events (id, person_id, date, kind, detail) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![e.id, e.person, e.date, e.kind, e.detail])?;
    Ok(())
}

pub fn insert_favor(tx: &Transaction, at: &At, f: &Favor) -> Result<()> {
    validate::favor(at, f)?;
    let side = if f.is_received() { "from" } else { "to" };
    ensure_person(tx, &at.field(side), f.person())?;
    ensure_new(tx, "favors", "favor", &f.id)?;
    tx.prepare_cached(
        "INSERT INTO favors (id, person_id, received, date, kind, detail, thanked_on, outcome)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![f.id, f.person(), f.is_received(), f.date, f.kind, f.detail, f.thanked_on, f.outcome])?;
    Ok(())
}

pub fn insert_follow_up(tx: &Transaction, at: &At, u: &FollowUp) -> Result<()> {
    validate::follow_up(at, u)?;
    ensure_person(tx, &at.field("person"), &u.person)?;
    ensure_new(tx, "follow_ups", "follow-up", &u.id)?;
    tx.prepare_cached(
        "INSERT INTO follow_ups (id, person_id, mine, text, due, until, done_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![u.id, u.person, u.mine, u.text, u.due, u.until, u.done_on])?;
    Ok(())
}

pub fn insert_goal(tx: &Transaction, at: &At, g: &Goal) -> Result<()> {
    let g = &Goal { title: validate::clean_line(&g.title).into_owned(), ..g.clone() };
    validate::goal(at, g)?;
    for (k, p) in g.people.iter().enumerate() {
        ensure_person(tx, &at.field("people").index(k), p)?;
    }
    ensure_new(tx, "goals", "goal", &g.id)?;
    tx.prepare_cached("INSERT INTO goals (id, title, priority, active) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![g.id, g.title, g.priority, g.active])?;
    write_goal_lists(tx, g)
}

pub(crate) fn write_goal_lists(tx: &Transaction, g: &Goal) -> Result<()> {
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

pub fn insert_item(tx: &Transaction, at: &At, it: &Item) -> Result<()> {
    let it = &Item { title: validate::clean_line(&it.title).into_owned(), ..it.clone() };
    validate::item(at, it)?;
    ensure_new(tx, "items", "item", &it.id)?;
    tx.prepare_cached("INSERT INTO items (id, title, url, published_on) VALUES (?1, ?2, ?3, ?4)")?.execute(params![
        it.id,
        it.title,
        it.url,
        it.published_on
    ])?;
    for (k, t) in (0i64..).zip(&it.topics) {
        tx.prepare_cached("INSERT INTO item_topics (item_id, position, topic) VALUES (?1, ?2, ?3)")?
            .execute(params![it.id, k, t])?;
    }
    Ok(())
}

/// Appends feedback (it is never edited: the history is what the engine learns from).
pub fn append_feedback(tx: &Transaction, at: &At, f: &Feedback) -> Result<()> {
    validate::feedback(at, f)?;
    tx.prepare_cached("INSERT INTO feedback (suggestion, action, on_date, reason, until) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![f.suggestion, f.action, f.on, f.reason, f.until])?;
    Ok(())
}

/// Every feedback row, in insertion order.
pub fn all_feedback(tx: &Transaction) -> Result<Vec<Feedback>> {
    let mut stmt = tx.prepare_cached(&format!("{FEEDBACK_SELECT} ORDER BY seq"))?;
    let rows = stmt.query_map([], feedback_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The feedback columns, in the order [`feedback_from_row`] reads them.
pub(crate) const FEEDBACK_SELECT: &str = "SELECT suggestion, action, on_date, reason, until FROM feedback";

pub(crate) fn feedback_from_row(r: &rusqlite::Row) -> rusqlite::Result<Feedback> {
    Ok(Feedback { suggestion: r.get(0)?, action: r.get(1)?, on: r.get(2)?, reason: r.get(3)?, until: r.get(4)? })
}

/// A fresh, readable id for a new record of `table`: `base` cut to fit, then `base-2`, `base-3`… until unused.
pub fn fresh_id(tx: &Transaction, table: &str, base: &str) -> Result<String> {
    let mut base: String = base
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') { c } else { '-' })
        .take(56)
        .collect();
    if base.is_empty() {
        base.push('r');
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken(tx, table, &candidate)? {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    Ok(candidate)
}

/// Every interaction with its people (in their stored order), sorted by id in byte order.
pub fn all_interactions(tx: &Transaction) -> Result<Vec<Interaction>> {
    let mut with: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    let mut stmt = tx
        .prepare_cached("SELECT interaction_id, person_id FROM interaction_people ORDER BY interaction_id, position")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        with.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    let mut stmt =
        tx.prepare_cached("SELECT id, date, kind, initiator, minutes, summary FROM interactions ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            let id: String = r.get(0)?;
            Ok(Interaction {
                with: with.remove(&id).unwrap_or_default(),
                id,
                date: r.get(1)?,
                kind: r.get(2)?,
                initiator: r.get(3)?,
                minutes: r.get(4)?,
                summary: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every life event, sorted by id in byte order.
pub fn all_events(tx: &Transaction) -> Result<Vec<Event>> {
    let mut stmt = tx.prepare_cached("SELECT id, person_id, date, kind, detail FROM events ORDER BY id")?;
    let rows = stmt.query_map([], super::events::from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every favor, sorted by id in byte order; `from`/`to` rebuilt from the other side and the direction.
pub fn all_favors(tx: &Transaction) -> Result<Vec<Favor>> {
    let mut stmt = tx.prepare_cached(&format!("{} ORDER BY id", super::favors::SELECT))?;
    let rows = stmt.query_map([], super::favors::from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every follow-up, sorted by id in byte order.
pub fn all_follow_ups(tx: &Transaction) -> Result<Vec<FollowUp>> {
    let mut stmt = tx.prepare_cached(&format!("{} ORDER BY id", super::follow_ups::SELECT))?;
    let rows = stmt.query_map([], super::follow_ups::from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every goal with its topics and people (in their stored order), sorted by id in byte order.
pub fn all_goals(tx: &Transaction) -> Result<Vec<Goal>> {
    let mut topics = lists_by_owner(tx, "SELECT goal_id, topic FROM goal_topics ORDER BY goal_id, position")?;
    let mut people = lists_by_owner(tx, "SELECT goal_id, person_id FROM goal_people ORDER BY goal_id, position")?;
    let mut stmt = tx.prepare_cached("SELECT id, title, priority, active FROM goals ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            let id: String = r.get(0)?;
            Ok(Goal {
                topics: topics.remove(&id).unwrap_or_default(),
                people: people.remove(&id).unwrap_or_default(),
                id,
                title: r.get(1)?,
                priority: r.get(2)?,
                active: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every saved item with its topics (in their stored order), sorted by id in byte order.
pub fn all_items(tx: &Transaction) -> Result<Vec<Item>> {
    let mut topics = lists_by_owner(tx, "SELECT item_id, topic FROM item_topics ORDER BY item_id, position")?;
    let mut stmt = tx.prepare_cached("SELECT id, title, url, published_on FROM items ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            let id: String = r.get(0)?;
            Ok(Item {
                topics: topics.remove(&id).unwrap_or_default(),
                id,
                title: r.get(1)?,
                url: r.get(2)?,
                published_on: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// `(owner, value)` rows grouped by owner, keeping the query's order within each owner.
fn lists_by_owner(tx: &Transaction, sql: &str) -> Result<std::collections::HashMap<String, Vec<String>>> {
    let mut lists: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    let mut stmt = tx.prepare_cached(sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        lists.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    Ok(lists)
}

/// Renames a person inside suggestion keys (`check_in:ben:2025-01-20` → `check_in:ana:2025-01-20`) in the feedback
/// history and the shown-suggestions log, so that what the user said about a merged person still holds.
pub fn rename_person_in_suggestion_keys(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    let rename = |key: &str| -> Option<String> {
        let segments: Vec<&str> = key.split(':').collect();
        segments
            .contains(&from)
            .then(|| segments.iter().map(|s| if *s == from { to } else { s }).collect::<Vec<_>>().join(":"))
    };
    let mut stmt = tx.prepare_cached("SELECT seq, suggestion FROM feedback WHERE suggestion LIKE ?1")?;
    let pattern = format!("%{from}%");
    let rows: Vec<(i64, String)> =
        stmt.query_map([&pattern], |r| Ok((r.get("seq")?, r.get("suggestion")?)))?.collect::<rusqlite::Result<_>>()?;
    for (seq, key) in rows {
        if let Some(renamed) = rename(&key) {
            tx.prepare_cached("UPDATE feedback SET suggestion = ?2 WHERE seq = ?1")?.execute(params![seq, renamed])?;
        }
    }
    let mut stmt = tx.prepare_cached("SELECT suggestion, on_date FROM suggestion_shown WHERE suggestion LIKE ?1")?;
    let rows: Vec<(String, String)> = stmt
        .query_map([&pattern], |r| Ok((r.get("suggestion")?, r.get("on_date")?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (key, on) in rows {
        if let Some(renamed) = rename(&key) {
            tx.prepare_cached("DELETE FROM suggestion_shown WHERE suggestion = ?1 AND on_date = ?2")?
                .execute(params![key, on])?;
            tx.prepare_cached("INSERT OR IGNORE INTO suggestion_shown (suggestion, on_date) VALUES (?1, ?2)")?
                .execute(params![renamed, on])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! The validation rules not covered beside their own domain: each refused with its field, nothing written.
    use super::*;
    use crate::model::parse_day;
    use crate::store::{people, settings};
    use crate::validate::at;
    use crate::Store;

    fn count(store: &Store, table: &str) -> i64 {
        store.read(|tx| Ok(tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)).unwrap()
    }

    fn book() -> Store {
        let store = Store::in_memory().unwrap();
        store.write(|tx| people::insert(tx, &Person::new("ana", "Ana"))).unwrap();
        store
    }

    fn coffee(id: &str, with: &[&str]) -> Interaction {
        Interaction {
            id: id.into(),
            date: parse_day("2025-03-09").unwrap(),
            kind: InteractionKind::Coffee,
            with: with.iter().map(|s| s.to_string()).collect(),
            initiator: Initiator::Me,
            minutes: None,
            summary: None,
        }
    }

    #[test]
    fn ids_and_the_reserved_me() {
        let store = book();
        for (i, path) in [
            (coffee("a b", &["ana"]), "interactions[0].id"),
            (coffee(&"x".repeat(65), &["ana"]), "interactions[0].id"),
            (coffee("i1", &["me"]), "interactions[0].with[0]"),
        ] {
            let err = store.write(|tx| insert_interaction(tx, &at("interactions").index(0), &i)).unwrap_err();
            assert_eq!(err.path(), Some(path), "{err}");
        }
        store.write(|tx| insert_interaction(tx, &at(""), &coffee("i1", &["ana"]))).unwrap();
        let err = store.write(|tx| insert_interaction(tx, &at(""), &coffee("i1", &["ana"]))).unwrap_err();
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
    fn favors_with_me_on_both_sides_and_feedback_rules() {
        let store = book();
        let both = Favor {
            id: "f1".into(),
            from: ME.into(),
            to: ME.into(),
            date: parse_day("2025-03-09").unwrap(),
            kind: FavorKind::Advice,
            detail: None,
            thanked_on: None,
            outcome: None,
        };
        assert_eq!(store.write(|tx| insert_favor(tx, &at(""), &both)).unwrap_err().path(), Some("to"));
        let feedback = |suggestion: &str, action, reason, until| Feedback {
            suggestion: suggestion.into(),
            action,
            on: parse_day("2025-03-10").unwrap(),
            reason,
            until,
        };
        for (f, path) in [
            (feedback("hug:ana", FeedbackAction::Done, None, None), "suggestion"),
            (feedback("thank:f1", FeedbackAction::Snoozed, None, None), "until"),
            (feedback("thank:f1", FeedbackAction::Dismissed, None, None), "reason"),
        ] {
            assert_eq!(store.write(|tx| append_feedback(tx, &at(""), &f)).unwrap_err().path(), Some(path));
        }
        assert_eq!((count(&store, "favors"), count(&store, "feedback")), (0, 0));
    }

    #[test]
    fn settings_ranges() {
        let store = book();
        for (patch, path) in [
            (SettingsPatch { daily_suggestions: Some(0), ..Default::default() }, "settings.daily_suggestions"),
            (SettingsPatch { effort_budget_minutes: Some(4), ..Default::default() }, "settings.effort_budget_minutes"),
            (
                SettingsPatch { effort_budget_minutes: Some(601), ..Default::default() },
                "settings.effort_budget_minutes",
            ),
        ] {
            assert_eq!(store.write(|tx| settings::update(tx, &patch)).unwrap_err().path(), Some(path));
        }
        assert_eq!(store.read(settings::get).unwrap(), Settings::default());
    }
}
