//! The sample network's marks in the book (`people.sample = 1`) and its removal: every record it brought, the
//! feedback and "shown" marks whose keys name one of them, and interactions left with no one.

use rusqlite::{params, Transaction};

use crate::error::Result;

/// Labels these people as the sample's.
pub fn mark(tx: &Transaction, people: &[&str]) -> Result<()> {
    let mut stmt = tx.prepare_cached("UPDATE people SET sample = 1 WHERE id = ?1")?;
    for id in people {
        stmt.execute([id])?;
    }
    Ok(())
}

/// True when the book holds sample people.
pub fn is_loaded(tx: &Transaction) -> Result<bool> {
    Ok(tx.query_row("SELECT EXISTS (SELECT 1 FROM people WHERE sample = 1)", [], |r| r.get(0))?)
}

/// The sample's own records, by id, as the bundled document names them.
pub struct SampleIds<'a> {
    pub interactions: Vec<&'a str>,
    pub goals: Vec<&'a str>,
    pub items: Vec<&'a str>,
    /// Every id of the document (records, needs, offers, dates): a feedback key naming one is the sample's.
    pub all: Vec<&'a str>,
}

/// Removes the sample; returns how many people were removed.
pub fn remove(tx: &Transaction, ids: &SampleIds<'_>) -> Result<usize> {
    forget_keys_naming(tx, "feedback", &ids.all)?;
    forget_keys_naming(tx, "suggestion_shown", &ids.all)?;
    for (table, list) in [("interactions", &ids.interactions), ("goals", &ids.goals), ("items", &ids.items)] {
        let mut stmt = tx.prepare(&format!("DELETE FROM {table} WHERE id = ?1"))?;
        for id in list {
            stmt.execute([id])?;
        }
    }
    // People go last: their sub-lists, events, favors, follow-ups and links cascade.
    let removed = tx.execute("DELETE FROM people WHERE sample = 1", [])?;
    // Interactions the user logged with sample people only are left with no one: remove them too.
    tx.execute(
        "DELETE FROM interactions WHERE NOT EXISTS
           (SELECT 1 FROM interaction_people ip WHERE ip.interaction_id = interactions.id)",
        [],
    )?;
    Ok(removed)
}

fn forget_keys_naming(tx: &Transaction, table: &str, ids: &[&str]) -> Result<()> {
    let keys: Vec<String> = tx
        .prepare(&format!("SELECT DISTINCT suggestion FROM {table}"))?
        .query_map([], |r| r.get("suggestion"))?
        .collect::<rusqlite::Result<_>>()?;
    let delete = format!("DELETE FROM {table} WHERE suggestion = ?1");
    for key in keys {
        // (A mention read from a sample event names it with a suffix: `follow_up:e1@event`.)
        let names = |segment: &str| ids.contains(&crate::engine::generate::event_read_as(segment).unwrap_or(segment));
        if key.split(':').any(names) {
            tx.execute(&delete, params![key])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_key_naming_a_sample_record_is_forgotten_even_as_a_mention_read_from_its_event() {
        let mut db = rusqlite::Connection::open_in_memory().unwrap();
        let tx = db.transaction().unwrap();
        tx.execute_batch(
            "CREATE TABLE feedback (suggestion TEXT);
             INSERT INTO feedback VALUES ('follow_up:e1@event'), ('follow_up:e10@event'), ('thank:f1'), ('thank:f2');",
        )
        .unwrap();
        super::forget_keys_naming(&tx, "feedback", &["e1", "f1"]).unwrap();
        let mut stmt = tx.prepare("SELECT suggestion FROM feedback ORDER BY suggestion").unwrap();
        let left: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap();
        assert_eq!(left, ["follow_up:e10@event", "thank:f2"]);
    }
}
