//! The ledger of favors, referrals, intros and advice, given and received: the `favors` table — the row mapper, the
//! checked insert every write path shares, read, list, create, edit, mark thanked, remove. Exactly one side of a
//! favor is "me"; the table keeps the other side and the direction.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::ids::{self, ensure_new, ensure_person};
use crate::validate::{self, at, At};

pub(crate) const SELECT: &str = "SELECT id, person_id, received, date, kind, detail, thanked_on, outcome FROM favors";

pub(crate) fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Favor> {
    let person: String = r.get("person_id")?;
    let received: bool = r.get("received")?;
    let (from, to) = if received { (person, ME.to_owned()) } else { (ME.to_owned(), person) };
    Ok(Favor {
        id: r.get("id")?,
        from,
        to,
        date: r.get("date")?,
        kind: r.get("kind")?,
        detail: r.get("detail")?,
        thanked_on: r.get("thanked_on")?,
        outcome: r.get("outcome")?,
    })
}

pub fn get(tx: &Transaction, id: &str) -> Result<Favor> {
    tx.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "favor", id: id.to_owned() })
}

/// Every favor, sorted by id in byte order; `from`/`to` rebuilt from the other side and the direction.
pub fn all(tx: &Transaction) -> Result<Vec<Favor>> {
    let mut stmt = tx.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Favors between me and `person`, both ways, newest first.
pub fn for_person(tx: &Transaction, person: &str) -> Result<Vec<Favor>> {
    let mut stmt = tx.prepare_cached(&format!("{SELECT} WHERE person_id = ?1 ORDER BY date DESC, rowid DESC"))?;
    let rows = stmt.query_map([person], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Inserts a favor as given, checked (via [`crate::validate`]: exactly one side is me) and with its other side in
/// the book.
pub fn insert(tx: &Transaction, at: &At, f: &Favor) -> Result<()> {
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

/// Records a favor; an empty id asks for a fresh one (`ben-referral-2025-03-06`).
pub fn create(tx: &Transaction, mut f: Favor) -> Result<Favor> {
    if f.id.is_empty() {
        validate::favor(&at(""), &Favor { id: "new".into(), ..f.clone() })?;
        let base = format!("{}-{}-{}", f.person(), f.kind, f.date.format("%Y-%m-%d"));
        f.id = ids::fresh_id(tx, "favors", &base)?;
    }
    insert(tx, &at(""), &f)?;
    get(tx, &f.id)
}

pub fn update(tx: &Transaction, f: &Favor) -> Result<Favor> {
    validate::favor(&at(""), f)?;
    ensure_person(tx, &at(if f.is_received() { "from" } else { "to" }), f.person())?;
    let changed = tx.execute(
        "UPDATE favors SET person_id = ?2, received = ?3, date = ?4, kind = ?5, detail = ?6, thanked_on = ?7,
                outcome = ?8 WHERE id = ?1",
        params![f.id, f.person(), f.is_received(), f.date, f.kind, f.detail, f.thanked_on, f.outcome],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { kind: "favor", id: f.id.clone() });
    }
    get(tx, &f.id)
}

/// Marks a favor thanked on `on` (or not thanked, with `None`): a core operation with the shell's date, never the
/// browser's.
pub fn mark_thanked(tx: &Transaction, id: &str, on: Option<NaiveDate>) -> Result<Favor> {
    let mut f = get(tx, id)?;
    f.thanked_on = on;
    update(tx, &f)
}

pub fn delete(tx: &Transaction, id: &str) -> Result<Favor> {
    let f = get(tx, id)?;
    tx.execute("DELETE FROM favors WHERE id = ?1", [id])?;
    Ok(f)
}

/// Gives `from`'s favors, both ways to `to` (a merge of two people).
pub fn move_person(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached("UPDATE favors SET person_id = ?2 WHERE person_id = ?1")?.execute(params![from, to])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{feedback, people};
    use crate::Store;

    fn referral() -> Favor {
        Favor {
            id: String::new(),
            from: "ben".into(),
            to: ME.into(),
            date: parse_day("2025-03-06").unwrap(),
            kind: FavorKind::Referral,
            detail: Some("Referred me to Acme".into()),
            thanked_on: None,
            outcome: None,
        }
    }

    fn book() -> Store {
        let store = Store::in_memory().unwrap();
        store.write(|tx| people::insert(tx, &Person::new("ben", "Ben"))).unwrap();
        store
    }

    #[test]
    fn received_and_given_favors_round_trip() {
        let store = book();
        let r = store.write(|tx| create(tx, referral())).unwrap();
        assert_eq!((r.id.as_str(), r.is_received()), ("ben-referral-2025-03-06", true));
        let given = Favor { from: ME.into(), to: "ben".into(), kind: FavorKind::Advice, ..referral() };
        let g = store.write(|tx| create(tx, given)).unwrap();
        assert_eq!((g.from.as_str(), g.to.as_str()), (ME, "ben"));
        let thanked = Favor { thanked_on: parse_day("2025-03-07"), outcome: Some("Got the job".into()), ..r.clone() };
        assert_eq!(store.write(|tx| update(tx, &thanked)).unwrap(), thanked);
        assert_eq!(store.read(|tx| for_person(tx, "ben")).unwrap().len(), 2);
        store.write(|tx| delete(tx, &g.id)).unwrap();
        assert_eq!(store.read(|tx| for_person(tx, "ben")).unwrap(), vec![thanked]);
    }

    fn count(store: &Store, table: &str) -> i64 {
        store.read(|tx| Ok(tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)).unwrap()
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
        assert_eq!(store.write(|tx| insert(tx, &at(""), &both)).unwrap_err().path(), Some("to"));
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
            assert_eq!(store.write(|tx| feedback::append(tx, &at(""), &f)).unwrap_err().path(), Some(path));
        }
        assert_eq!((count(&store, "favors"), count(&store, "feedback")), (0, 0));
    }

    #[test]
    fn a_favor_without_exactly_one_me_or_with_an_unknown_person_writes_nothing() {
        let store = book();
        let err = store.write(|tx| create(tx, Favor { to: "ben".into(), ..referral() })).unwrap_err();
        assert_eq!(err.path(), Some("from"));
        assert!(err.to_string().contains("one side of a favor must be you"), "{err}");
        let err = store.write(|tx| create(tx, Favor { from: ME.into(), ..referral() })).unwrap_err();
        assert_eq!(err.path(), Some("to"));
        let err = store.write(|tx| create(tx, Favor { from: "zed".into(), ..referral() })).unwrap_err();
        assert_eq!(err.path(), Some("from"));
        assert!(store.read(|tx| for_person(tx, "ben")).unwrap().is_empty());
    }
}
