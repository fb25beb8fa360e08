//! A person's timeline: interactions, life events, favors, follow-ups and stage/circle changes, merged, newest
//! first. Records of one day are shown in a fixed order (favors, follow-ups, events, interactions, then changes, which
//! are usually what the day started with), and records of one kind and day newest-recorded first.

use chrono::NaiveDate;
use rusqlite::Transaction;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::model::*;
use crate::store::{events, favors, follow_ups, interactions, people};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", content = "record", rename_all = "snake_case")]
pub enum TimelineItem {
    Favor(Favor),
    FollowUp(FollowUp),
    Event(Event),
    Interaction(Interaction),
    Change(PersonChange),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineEntry {
    /// The record's date: an interaction's, event's or favor's date, a follow-up's due date, a change's day.
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub item: TimelineItem,
}

impl TimelineItem {
    fn rank(&self) -> u8 {
        match self {
            TimelineItem::Favor(_) => 0,
            TimelineItem::FollowUp(_) => 1,
            TimelineItem::Event(_) => 2,
            TimelineItem::Interaction(_) => 3,
            TimelineItem::Change(_) => 4,
        }
    }
}

/// The whole timeline of `person` (who must exist), newest first.
pub fn for_person(tx: &Transaction, person: &str) -> Result<Vec<TimelineEntry>> {
    people::get(tx, person)?;
    let mut entries = Vec::new();
    for f in favors::for_person(tx, person)? {
        entries.push(TimelineEntry { date: f.date, item: TimelineItem::Favor(f) });
    }
    for u in follow_ups::for_person(tx, person)? {
        entries.push(TimelineEntry { date: u.due, item: TimelineItem::FollowUp(u) });
    }
    for e in events::for_person(tx, person)? {
        entries.push(TimelineEntry { date: e.date, item: TimelineItem::Event(e) });
    }
    for i in interactions::for_person(tx, person)? {
        entries.push(TimelineEntry { date: i.date, item: TimelineItem::Interaction(i) });
    }
    for c in people::changes(tx, person)?.into_iter().rev() {
        entries.push(TimelineEntry { date: c.on, item: TimelineItem::Change(c) });
    }
    // Stable: within a kind and a day, the newest-recorded order of each list is kept.
    entries.sort_by(|a, b| b.date.cmp(&a.date).then(a.item.rank().cmp(&b.item.rank())));
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::people::NewPerson;
    use crate::Store;

    fn day(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    #[test]
    fn every_kind_of_record_merged_newest_first() {
        let store = Store::in_memory().unwrap();
        let today = day("2025-03-10");
        store
            .write(|tx| {
                people::create(
                    tx,
                    &NewPerson { name: "Ana".into(), circle: Some(3), ..Default::default() },
                    day("2025-01-01"),
                )?;
                interactions::create(
                    tx,
                    Interaction {
                        id: String::new(),
                        date: day("2025-03-09"),
                        kind: InteractionKind::Coffee,
                        with: vec!["ana".into()],
                        initiator: Initiator::Me,
                        minutes: Some(45),
                        summary: None,
                    },
                )?;
                favors::create(
                    tx,
                    Favor {
                        id: String::new(),
                        from: "ana".into(),
                        to: ME.into(),
                        date: today,
                        kind: FavorKind::Referral,
                        detail: None,
                        thanked_on: None,
                        outcome: None,
                    },
                )?;
                events::create(
                    tx,
                    Event {
                        id: String::new(),
                        person: "ana".into(),
                        date: day("2025-02-01"),
                        kind: EventKind::NewJob,
                        detail: None,
                    },
                )?;
                follow_ups::create(
                    tx,
                    FollowUp {
                        id: String::new(),
                        person: "ana".into(),
                        mine: false,
                        text: "Her marathon".into(),
                        due: day("2025-04-01"),
                        until: None,
                        done_on: None,
                    },
                )?;
                let ana = people::get(tx, "ana")?;
                people::update(tx, &Person { stage: Stage::Friend, ..ana }, day("2025-03-09"))
            })
            .unwrap();
        let timeline = store.read(|tx| for_person(tx, "ana")).unwrap();
        let kinds: Vec<(String, &str)> = timeline
            .iter()
            .map(|e| {
                let kind = match &e.item {
                    TimelineItem::Favor(_) => "favor",
                    TimelineItem::FollowUp(_) => "follow_up",
                    TimelineItem::Event(_) => "event",
                    TimelineItem::Interaction(_) => "interaction",
                    TimelineItem::Change(c) if c.field == ChangedField::Stage => "stage",
                    TimelineItem::Change(_) => "circle",
                };
                (e.date.to_string(), kind)
            })
            .collect();
        let expected: Vec<(String, &str)> = [
            ("2025-04-01", "follow_up"),
            ("2025-03-10", "favor"),
            ("2025-03-09", "interaction"),
            ("2025-03-09", "stage"),
            ("2025-02-01", "event"),
            ("2025-01-01", "circle"),
            ("2025-01-01", "stage"),
        ]
        .iter()
        .map(|(d, k)| (d.to_string(), *k))
        .collect();
        assert_eq!(kinds, expected);
        assert_eq!(store.read(|tx| for_person(tx, "zed")).unwrap_err().code(), "not_found");
        let json = serde_json::to_value(&timeline[1]).unwrap();
        assert_eq!(json["item"]["type"], "favor");
        assert_eq!(json["item"]["record"]["from"], "ana");
    }
}
