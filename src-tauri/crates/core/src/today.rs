//! Today, as the app shows it: the engine's digest, held to the day's budget, plus what is coming this week.
//!
//! The engine ([`crate::engine::suggest`]) answers "what are the best few acts now?"; acting on one removes it, and
//! asking again would bring the next best — a list that never empties. The app keeps its promise of *a few a day*:
//! each act the user did, dismissed or snoozed today uses up one of the day's `daily_suggestions`, and "Snooze all
//! until tomorrow" ends the day. (The CLI's `suggest` stays the engine's pure answer.)

use chrono::{Datelike, NaiveDate};
use rusqlite::Transaction;
use serde::Serialize;
use ts_rs::TS;

use crate::engine::{self, EngineConfig, FeedbackInput, Suggestion};
use crate::error::Result;
use crate::store::{feedback, follow_ups, people, settings};
use crate::Store;

/// The settings key holding the day on which the user chose "Snooze all until tomorrow".
pub const SNOOZED_DAY: &str = "snoozed_all_on";

/// What the Today page shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TodayView {
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub suggestions: Vec<Suggestion>,
    /// How many acts were done, dismissed or snoozed today: each uses one of the day's places.
    pub acted: usize,
    /// How many of those were done: only a done act counts as a thoughtful act ("1 of 3 done today").
    pub done: usize,
    /// True after "Snooze all until tomorrow".
    pub snoozed_all: bool,
    /// Birthdays, dates, promises and mentions in the next seven days.
    pub upcoming: Vec<Upcoming>,
    /// True while the book holds the sample network.
    pub sample: bool,
    /// True when the book has no people at all (first run).
    pub empty_book: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Upcoming {
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub person: String,
    pub name: String,
    /// `birthday`, `date` (a recurring date), `promise` (mine) or `mention` (theirs, to ask about).
    pub kind: String,
    pub label: String,
}

/// The day's open acts: the engine's digest with the day's budget less what was already acted on.
pub fn open_acts(store: &Store, today: NaiveDate) -> Result<Vec<Suggestion>> {
    Ok(view(store, today)?.suggestions)
}

pub fn view(store: &Store, today: NaiveDate) -> Result<TodayView> {
    store.read(|tx| {
        let book = settings::get(tx)?;
        let snoozed_all = settings::get_value::<NaiveDate>(tx, SNOOZED_DAY)? == Some(today);
        let acted = feedback::acted_on(tx, today)?;
        let done = feedback::done_on(tx, today)?;
        let budget = usize::from(book.daily_suggestions).saturating_sub(acted);
        let suggestions = if snoozed_all || budget == 0 {
            Vec::new()
        } else {
            let mut config = EngineConfig::from_settings(&book);
            config.daily_suggestions = budget;
            let snapshot = crate::store::snapshot::load_snapshot(tx, today)?;
            engine::suggest(&snapshot, today, &config)
        };
        let empty_book = people::is_empty(tx)?;
        Ok(TodayView {
            date: today,
            suggestions,
            acted,
            done,
            snoozed_all,
            upcoming: upcoming(tx, today, 7)?,
            sample: crate::sample::is_loaded(tx)?,
            empty_book,
        })
    })
}

/// Records that these suggestions were shown today (once per key per day).
pub fn record_shown(store: &Store, keys: &[String], today: NaiveDate) -> Result<()> {
    store.write(|tx| feedback::mark_shown(tx, keys, today))
}

/// "Snooze all until tomorrow": each open act is snoozed until tomorrow, and the day is closed.
pub fn snooze_all(store: &Store, today: NaiveDate) -> Result<usize> {
    let open = open_acts(store, today)?;
    let tomorrow = today.succ_opt().expect("a day after today");
    store.write(|tx| {
        for s in &open {
            crate::suggestions::record_feedback(tx, &s.id, &FeedbackInput::Snooze { until: tomorrow }, today)?;
        }
        settings::set_value(tx, SNOOZED_DAY, &today)?;
        Ok(open.len())
    })
}

/// Birthdays and recurring dates of active people, and open promises and mentions, due in `[today, today+days]`.
pub fn upcoming(tx: &Transaction, today: NaiveDate, days: i64) -> Result<Vec<Upcoming>> {
    let end = today + chrono::Duration::days(days);
    let mut out = Vec::new();
    for d in people::annual_dates(tx)? {
        let (kind, label) = match d.label {
            None => ("birthday", "Birthday".to_owned()),
            Some(label) => ("date", label),
        };
        for year in [today.year(), today.year() + 1] {
            if let Some(at) = d.date.in_year(year).filter(|at| today <= *at && *at <= end) {
                let (person, name) = (d.person.clone(), d.name.clone());
                out.push(Upcoming { date: at, person, name, kind: kind.into(), label: label.clone() });
            }
        }
    }
    for (u, name) in follow_ups::open_due_between(tx, today, end)? {
        let kind = if u.mine { "promise" } else { "mention" };
        out.push(Upcoming { date: u.due, person: u.person, name, kind: kind.into(), label: u.text });
    }
    out.sort_by(|a, b| (a.date, &a.name, &a.kind, &a.label).cmp(&(b.date, &b.name, &b.kind, &b.label)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnnualDate, FollowUp, Person, Status};
    use crate::validate::at;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn upcoming_lists_the_week_in_date_order_and_skips_the_inactive() {
        let store = Store::in_memory().unwrap();
        let today = d(2025, 12, 29);
        store
            .write(|tx| {
                let mut ana = Person::new("ana", "Ana");
                ana.birthday = AnnualDate::parse("--01-02"); // next year, within the week
                crate::store::people::insert(tx, &ana)?;
                let mut bo = Person::new("bo", "Bo");
                bo.birthday = AnnualDate::parse("--12-30");
                bo.status = Status::Deceased;
                crate::store::people::insert(tx, &bo)?;
                let u = FollowUp {
                    id: "u1".into(),
                    person: "ana".into(),
                    mine: true,
                    text: "Send the deck".into(),
                    due: d(2025, 12, 31),
                    until: None,
                    done_on: None,
                };
                crate::store::follow_ups::insert(tx, &at("follow_ups").index(0), &u)
            })
            .unwrap();
        let list = store.read(|tx| upcoming(tx, today, 7)).unwrap();
        let kinds: Vec<(&str, NaiveDate)> = list.iter().map(|u| (u.kind.as_str(), u.date)).collect();
        assert_eq!(kinds, vec![("promise", d(2025, 12, 31)), ("birthday", d(2026, 1, 2))]);
    }

    #[test]
    fn only_done_acts_count_as_done_but_every_act_uses_a_place() {
        let store = Store::in_memory().unwrap();
        let today = d(2026, 11, 25);
        crate::sample::load(&store, today).unwrap();
        let first = view(&store, today).unwrap();
        assert_eq!((first.acted, first.done, first.suggestions.len()), (0, 0, 3));
        let (a, b) = (first.suggestions[0].id.clone(), first.suggestions[1].id.clone());
        store.write(|tx| crate::suggestions::record_feedback(tx, &a, &FeedbackInput::Done, today)).unwrap();
        let tomorrow = today.succ_opt().unwrap();
        store
            .write(|tx| crate::suggestions::record_feedback(tx, &b, &FeedbackInput::Snooze { until: tomorrow }, today))
            .unwrap();
        let after = view(&store, today).unwrap();
        assert_eq!((after.acted, after.done, after.suggestions.len()), (2, 1, 1), "the day's budget holds");
    }
}
