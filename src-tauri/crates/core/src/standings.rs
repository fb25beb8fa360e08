//! The ladder over the book: loads its snapshot (`store::ladder`) and runs the pure [`crate::ladder`] on it, as
//! `suggestions` does for the engine. What the CLI's `stats` and `review` and the Advocates and Review pages show.

use chrono::NaiveDate;

use crate::engine::EngineConfig;
use crate::error::Result;
use crate::ladder::{self, LadderConfig, LadderView, Review, Stats};
use crate::store::ladder as store;
use crate::Store;

/// `advocates stats`: counts, advocates and allies with their evidence, open proposals, the 12-month trend.
pub fn stats_for(book: &Store, today: NaiveDate) -> Result<Stats> {
    let config = LadderConfig::default();
    let snap = book.read(|tx| store::load(tx, today, &config))?;
    Ok(ladder::stats(&snap, today, &config))
}

/// The Advocates page.
pub fn view_for(book: &Store, today: NaiveDate) -> Result<LadderView> {
    let config = LadderConfig::default();
    let snap = book.read(|tx| store::load(tx, today, &config))?;
    Ok(ladder::view(&snap, today, &config))
}

/// The weekly review for the seven days ending `today`.
pub fn review_for(book: &Store, today: NaiveDate) -> Result<Review> {
    let config = LadderConfig::default();
    let snap = book.read(|tx| store::load(tx, today, &config))?;
    Ok(ladder::review(&snap, today, &config, &EngineConfig::default().effort))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive;
    use crate::model::Stage;
    use crate::store::{ladder as book_ladder, people};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    const BOOK: &str = r#"{"format": "advocates-archive", "version": 2,
      "people": [
        {"id": "ben", "name": "Ben Okafor", "circle": 2, "stage": "ally"},
        {"id": "kai", "name": "Kai Berg", "circle": 3, "stage": "ally"},
        {"id": "ana", "name": "Ana Lima", "circle": 1, "stage": "advocate", "power": true},
        {"id": "old", "name": "Old Friend", "stage": "advocate", "status": "archived"}
      ],
      "interactions": [
        {"id": "i1", "date": "2025-03-01", "kind": "coffee", "with": ["ben"], "minutes": 45},
        {"id": "i2", "date": "2024-01-05", "kind": "call", "with": ["kai"]},
        {"id": "i3", "date": "2025-03-08", "kind": "meal", "with": ["ana", "ben"], "minutes": 90}
      ],
      "favors": [
        {"id": "f1", "from": "ben", "to": "me", "date": "2024-06-05", "kind": "referral", "thanked_on": "2024-06-06"},
        {"id": "f2", "from": "ben", "to": "me", "date": "2025-02-20", "kind": "referral", "thanked_on": "2025-02-21"}
      ],
      "feedback": [{"suggestion": "thank:f2", "action": "done", "on": "2025-03-09"}],
      "changes": [
        {"person": "ana", "on": "2024-05-01", "field": "stage", "from": null, "to": "ally"},
        {"person": "ana", "on": "2024-11-01", "field": "stage", "from": "ally", "to": "advocate"}
      ]}"#;

    fn book() -> Store {
        let store = Store::in_memory().unwrap();
        archive::import_json(&store, BOOK).unwrap();
        store
    }

    #[test]
    fn stats_over_the_book_count_evidence_propose_and_trend() {
        let store = book();
        let stats = stats_for(&store, d("2025-03-10")).unwrap();
        assert_eq!((stats.stages.advocate, stats.stages.ally), (1, 2), "the archived advocate does not count");
        let proposals: Vec<&str> = stats.proposals.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(proposals, ["ladder:ben:advocate", "ladder:kai:friend"]);
        assert_eq!(stats.advocates[0].person, "ana");
        assert_eq!(stats.advocates[1].contacts_recent, 2, "Ben's coffee and meal");
        let may = stats.trend.iter().find(|m| m.month == "2024-04").unwrap();
        assert_eq!((may.ally, may.advocate), (2, 0), "Ana was not in the book yet in April 2024");
        let dec = stats.trend.iter().find(|m| m.month == "2024-12").unwrap();
        assert_eq!((dec.ally, dec.advocate), (2, 1));
    }

    /// Accepting goes through the person update path, so the history records it and the trend and the archive's
    /// changes show it; undo leaves the book byte for byte as it was.
    #[test]
    fn accepting_records_the_change_and_undo_restores_the_book() {
        let store = book();
        let today = d("2025-03-10");
        let before = archive::export(&store, None).unwrap();
        let accepted = store.write(|tx| book_ladder::accept(tx, "ben", Stage::Advocate, today)).unwrap();
        assert_eq!((accepted.from, accepted.person.stage), (Stage::Ally, Stage::Advocate));
        let history = store.read(|tx| people::changes(tx, "ben")).unwrap();
        assert_eq!(
            history.last().map(|c| (c.on, c.from.as_deref(), c.to.as_str())),
            Some((today, Some("ally"), "advocate"))
        );
        let stats = stats_for(&store, today).unwrap();
        assert_eq!((stats.stages.advocate, stats.stages.ally), (2, 1));
        assert!(stats.proposals.iter().all(|p| p.person != "ben"));
        assert!(archive::export(&store, None).unwrap().contains(
            r#""person": "ben",
      "on": "2025-03-10",
      "field": "stage",
      "from": "ally",
      "to": "advocate""#
        ));
        store.write(|tx| book_ladder::undo_accept(tx, &accepted)).unwrap();
        assert_eq!(archive::export(&store, None).unwrap(), before);
    }

    #[test]
    fn refusing_is_remembered_and_undone() {
        let store = book();
        let today = d("2025-03-10");
        let refused = store.write(|tx| book_ladder::refuse(tx, "kai", Stage::Friend, today)).unwrap();
        assert!(stats_for(&store, today).unwrap().proposals.iter().all(|p| p.person != "kai"));
        assert_eq!(store.read(book_ladder::refusals).unwrap().len(), 1);
        // Accepting the refused move later clears the refusal; its undo puts it back.
        let accepted = store.write(|tx| book_ladder::accept(tx, "kai", Stage::Friend, today)).unwrap();
        assert_eq!(accepted.cleared_refusal.as_ref().map(|r| r.on), Some(today));
        assert!(store.read(book_ladder::refusals).unwrap().is_empty());
        store.write(|tx| book_ladder::undo_accept(tx, &accepted)).unwrap();
        assert_eq!(store.read(book_ladder::refusals).unwrap().len(), 1);
        store.write(|tx| book_ladder::undo_refuse(tx, &refused)).unwrap();
        assert!(store.read(book_ladder::refusals).unwrap().is_empty());
        assert!(stats_for(&store, today).unwrap().proposals.iter().any(|p| p.person == "kai"));
    }

    #[test]
    fn bad_accepts_and_refusals_write_nothing() {
        let store = book();
        let today = d("2025-03-10");
        let before = archive::export(&store, None).unwrap();
        let err = store.write(|tx| book_ladder::accept(tx, "nobody", Stage::Ally, today)).unwrap_err();
        assert_eq!(err.code(), "not_found");
        let err = store.write(|tx| book_ladder::accept(tx, "ben", Stage::Ally, today)).unwrap_err();
        assert_eq!((err.code(), err.path()), ("invalid", Some("to")));
        assert_eq!(err.to_string(), "to: Ben Okafor is already ally");
        let err = store.write(|tx| book_ladder::refuse(tx, "nobody", Stage::Ally, today)).unwrap_err();
        assert_eq!(err.code(), "not_found");
        assert_eq!(archive::export(&store, None).unwrap(), before);
        assert!(store.read(book_ladder::refusals).unwrap().is_empty());
    }

    #[test]
    fn the_review_reads_the_week_from_the_book() {
        let store = book();
        let r = review_for(&store, d("2025-03-10")).unwrap();
        assert_eq!(
            (r.acts_done, r.interactions, r.interaction_minutes),
            (1, 1, 90),
            "the coffee on 1 March is last week"
        );
        assert_eq!(r.proposals.len(), 2);
    }
}
