//! The gates of ENGINE.md §4, and everything else the engine learns from feedback: novelty N and the per-kind
//! feedback factor F (§5), and the "done recently" checks of `share` and `ask` (§3). Feedback is indexed once.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{day, DismissReason, FeedbackAction, Status};

use super::generate::Candidate;
use super::snapshot::{PersonFacts, Snapshot};
use super::{EngineConfig, SuggestionKind};

/// Why a candidate was dropped before scoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Gate {
    /// A person in it is archived, deceased or not to be contacted.
    PersonNotActive { person: String, status: Status },
    /// A person in it is snoozed until a later day.
    PersonSnoozed {
        person: String,
        #[serde(with = "day")]
        #[ts(type = "string")]
        until: NaiveDate,
    },
    /// Done (or dismissed as already done) on that day: the key never returns.
    Done {
        #[serde(with = "day")]
        #[ts(type = "string")]
        on: NaiveDate,
    },
    /// Dismissed as not relevant or not for this person: the key never returns.
    Dismissed {
        #[serde(with = "day")]
        #[ts(type = "string")]
        on: NaiveDate,
        reason: DismissReason,
    },
    /// Snoozed (or dismissed as wrong timing) until a later day.
    Snoozed {
        #[serde(with = "day")]
        #[ts(type = "string")]
        until: NaiveDate,
    },
    /// Put off (snoozed, or dismissed as wrong timing) this many times already: a card the user keeps deferring
    /// does not come back to nag (hard acts excepted).
    PutOff { times: u32 },
    /// A `not_this_person` dismissal of this kind for a person in it mutes the kind for them until a later day.
    KindMuted {
        person: String,
        #[serde(with = "day")]
        #[ts(type = "string")]
        until: NaiveDate,
    },
}

/// What the feedback on one key says, as of today.
#[derive(Debug, Clone, Default)]
struct KeyState {
    /// The first done or (not_relevant / not_this_person) dismissal: permanent.
    closed: Option<Gate>,
    /// The latest snooze end still in the future.
    snoozed_until: Option<NaiveDate>,
    /// How many times it was put off (snoozed or dismissed as wrong timing), and the first day it was.
    put_off: u32,
    first_put_off: Option<NaiveDate>,
    /// The day of a snooze that ends today: the card comes back on the day the user asked for.
    back_today: Option<NaiveDate>,
}

pub(crate) struct FeedbackIndex<'s> {
    keys: HashMap<&'s str, KeyState>,
    put_off_limit: u32,
    put_off_limit_introduce: u32,
    /// (kind, person) → the day the mute ends, for `not_this_person` dismissals younger than 90 days.
    muted: HashMap<(SuggestionKind, &'s str), NaiveDate>,
    /// person → the keys naming them with feedback in the last `novelty_days`, and the day of the latest.
    recent: HashMap<&'s str, HashMap<&'s str, NaiveDate>>,
    share_done: HashSet<&'s str>,
    /// Items shared (done) with anyone, ever: an item is sent once.
    shared_items: HashSet<&'s str>,
    ask_done: HashSet<&'s str>,
    /// People congratulated (done) in the last `ask_after_congratulate_days`: no ask of them yet.
    cheered: HashSet<&'s str>,
    /// People introduced (done) in the last `ask_after_favor_days`: they just gave their time to the user's circle.
    drawn_on: HashSet<&'s str>,
    /// People whose own record says they have died ("Killed at about eight at night when a lorry crossed into his
    /// lane…", an `other` event on his record, dated today or before): the book may not have marked them deceased
    /// yet, but nothing more is asked of them (round 72, iten: "Keep your promise to Patrick… Send it now, or tell
    /// Patrick when it will come" four days after he was killed on the road).
    died: HashSet<&'s str>,
    /// F per kind, before the floor of hard candidates.
    factor: [f64; 13],
    /// Kinds with any feedback on any key, and kinds muted for anyone: the others need no lookups.
    has_keys: [bool; 13],
    has_mutes: [bool; 13],
}

impl<'s> FeedbackIndex<'s> {
    pub fn new(snapshot: &'s Snapshot, today: NaiveDate, config: &EngineConfig) -> FeedbackIndex<'s> {
        let mut index = FeedbackIndex {
            keys: HashMap::new(),
            muted: HashMap::new(),
            recent: HashMap::new(),
            share_done: HashSet::new(),
            shared_items: HashSet::new(),
            ask_done: HashSet::new(),
            cheered: HashSet::new(),
            drawn_on: HashSet::new(),
            died: snapshot
                .events
                .iter()
                .filter(|e| e.date <= today && e.kind != crate::model::EventKind::Bereavement)
                .filter(|e| e.detail.as_deref().is_some_and(tells_of_their_death))
                .map(|e| e.person.as_str())
                .chain(told_dead_by_their_family(snapshot, today))
                .collect(),
            factor: [1.0; 13],
            has_keys: [false; 13],
            has_mutes: [false; 13],
            put_off_limit: config.put_off_limit,
            put_off_limit_introduce: config.put_off_limit_introduce,
        };
        let mut successes = [0.0f64; 13];
        let mut failures = [0.0f64; 13];
        for f in &snapshot.feedback {
            let age = (today - f.on).num_days();
            if age < 0 {
                continue; // not yet given, as of today
            }
            index.has_keys[f.kind.index()] = true;
            let state = index.keys.entry(f.key.as_str()).or_default();
            let weight = 0.5f64.powf(age as f64 / config.feedback_half_life_days);
            let k = f.kind.index();
            let wrong_timing = f.action == FeedbackAction::Dismissed && f.reason == Some(DismissReason::WrongTiming);
            if f.is_done() {
                successes[k] += weight;
                state.closed.get_or_insert(Gate::Done { on: f.on });
            } else if let (
                FeedbackAction::Dismissed,
                Some(reason @ (DismissReason::NotRelevant | DismissReason::NotThisPerson)),
            ) = (f.action, f.reason)
            {
                if reason == DismissReason::NotRelevant {
                    failures[k] += weight;
                }
                state.closed.get_or_insert(Gate::Dismissed { on: f.on, reason });
                if reason == DismissReason::NotThisPerson && age < config.mute_days {
                    index.has_mutes[f.kind.index()] = true;
                    let until = f.on + Duration::days(config.mute_days);
                    for p in &f.people {
                        let slot = index.muted.entry((f.kind, p.as_str())).or_insert(until);
                        *slot = (*slot).max(until);
                    }
                }
            }
            // A snooze, or a wrong_timing dismissal (a snooze until its date + 3 days).
            let snooze_end = if f.action == FeedbackAction::Snoozed {
                f.until
            } else if wrong_timing {
                Some(f.on + Duration::days(config.wrong_timing_days))
            } else {
                None
            };
            if f.action == FeedbackAction::Snoozed || wrong_timing {
                failures[k] += config.snooze_weight * weight;
                state.put_off += 1;
                state.first_put_off = Some(state.first_put_off.map_or(f.on, |d| d.min(f.on)));
            }
            if f.action == FeedbackAction::Snoozed && f.until == Some(today) {
                state.back_today = Some(state.back_today.map_or(f.on, |d| d.max(f.on)));
            }
            if let Some(end) = snooze_end.filter(|end| *end > today) {
                state.snoozed_until = Some(state.snoozed_until.map_or(end, |u| u.max(end)));
            }
            if age <= config.novelty_days {
                for p in &f.people {
                    let on = index.recent.entry(p.as_str()).or_default().entry(f.key.as_str()).or_insert(f.on);
                    *on = (*on).max(f.on);
                }
            }
            if f.is_done() {
                if f.kind == SuggestionKind::Share {
                    // share:{person}:{item}
                    if let Some(item) = f.key.splitn(3, ':').nth(2) {
                        index.shared_items.insert(item);
                    }
                }
                let person = f.people.first().map(String::as_str);
                match (f.kind, person) {
                    (SuggestionKind::Share, Some(p)) if age <= config.share_done_days => {
                        index.share_done.insert(p);
                    }
                    (SuggestionKind::Ask, Some(p)) if age <= config.ask_done_days => {
                        index.ask_done.insert(p);
                    }
                    (SuggestionKind::Congratulate, Some(p)) if age <= config.ask_after_congratulate_days => {
                        index.cheered.insert(p);
                    }
                    (SuggestionKind::Introduce, Some(_)) if age <= config.ask_after_favor_days => {
                        index.drawn_on.extend(f.people.iter().map(String::as_str));
                    }
                    _ => {}
                }
            }
        }
        for k in 0..13 {
            let (s, f) = (successes[k], failures[k]);
            let p = (2.0 + s) / (4.0 + s + f);
            index.factor[k] = (p / 0.5).sqrt().clamp(config.feedback_min, config.feedback_max);
        }
        index
    }

    /// The first gate that drops the candidate, in the order of §4.
    pub fn gate(&self, c: &Candidate<'_>, snapshot: &Snapshot, today: NaiveDate) -> Option<Gate> {
        for &i in &c.people {
            let p = &snapshot.people[i];
            if p.status != Status::Active {
                return Some(Gate::PersonNotActive { person: p.id.clone(), status: p.status });
            }
            if self.died.contains(p.id.as_str()) {
                return Some(Gate::PersonNotActive { person: p.id.clone(), status: Status::Deceased });
            }
            if let Some(until) = p.snoozed_until.filter(|u| *u > today) {
                return Some(Gate::PersonSnoozed { person: p.id.clone(), until });
            }
        }
        if let Some(state) = self.has_keys[c.kind.index()].then(|| self.keys.get(c.key.as_str())).flatten() {
            if let Some(closed) = &state.closed {
                return Some(closed.clone());
            }
            if let Some(until) = state.snoozed_until {
                return Some(Gate::Snoozed { until });
            }
            let limit =
                if c.kind == SuggestionKind::Introduce { self.put_off_limit_introduce } else { self.put_off_limit };
            if !c.hard && state.put_off >= limit {
                return Some(Gate::PutOff { times: state.put_off });
            }
        }
        for &i in c.people.iter().filter(|_| self.has_mutes[c.kind.index()]) {
            let id = snapshot.people[i].id.as_str();
            if let Some(until) = self.muted.get(&(c.kind, id)) {
                return Some(Gate::KindMuted { person: id.to_owned(), until: *until });
            }
        }
        None
    }

    /// N: halved when another key naming one of its people got feedback in the last `novelty_days` (§5's 3 for an
    /// introduction, `novelty_introduce_days`: it names two people, and a week's word with either of them about
    /// something else held a planted introduction under the threshold for a whole fortnight, round 94, melbourne).
    pub fn novelty(&self, c: &Candidate<'_>, snapshot: &Snapshot, config: &EngineConfig, today: NaiveDate) -> f64 {
        let days =
            if c.kind == SuggestionKind::Introduce { config.novelty_introduce_days } else { config.novelty_days };
        let touched = !self.recent.is_empty()
            && c.people.iter().any(|&i| {
                self.recent.get(snapshot.people[i].id.as_str()).is_some_and(|keys| {
                    keys.iter().any(|(k, on)| *k != c.key.as_str() && (today - *on).num_days() <= days)
                })
            });
        if touched {
            config.novelty_factor
        } else {
            1.0
        }
    }

    /// F of the kind (§5), before the floor for hard candidates.
    pub fn factor(&self, kind: SuggestionKind) -> f64 {
        self.factor[kind.index()]
    }

    pub fn share_done_recently(&self, person: &str) -> bool {
        !self.share_done.is_empty() && self.share_done.contains(person)
    }

    pub fn item_shared(&self, item: &str) -> bool {
        !self.shared_items.is_empty() && self.shared_items.contains(item)
    }

    pub fn ask_done_recently(&self, person: &str) -> bool {
        !self.ask_done.is_empty() && self.ask_done.contains(person)
    }

    /// The first day this key was put off, when it was (a returning introduction says it is still open since).
    pub fn put_off_since(&self, key: &str) -> Option<NaiveDate> {
        self.keys.get(key).and_then(|state| state.first_put_off)
    }

    /// The day the user snoozed this key until today, when they did: it comes back as they asked.
    pub fn back_today(&self, key: &str) -> Option<NaiveDate> {
        self.keys.get(key).and_then(|state| state.back_today)
    }

    pub fn congratulated_recently(&self, person: &str) -> bool {
        !self.cheered.is_empty() && self.cheered.contains(person)
    }

    /// The user introduced them (done) in the last `ask_after_favor_days`: their time was just drawn on.
    pub fn introduced_recently(&self, person: &str) -> bool {
        !self.drawn_on.is_empty() && self.drawn_on.contains(person)
    }
}

/// Those a bereavement on another's record, dated today or before, names as the one who died, by the name that opens
/// it ("Ronnie died in the early morning at the Inverness hospital, Flora and the girls with him", on his wife's
/// record), when the two are of one family: the same surname, or either's notes name the other. The book may still
/// hold them active: nothing more is asked of them (round 106, halifax P19: "Check in on Ronnie Chisholm… a short,
/// warm note" four days after he died and two after his funeral, tact 1–2 from both reviewers).
fn told_dead_by_their_family(snapshot: &Snapshot, today: NaiveDate) -> Vec<&str> {
    let told: Vec<(usize, String)> = snapshot
        .events
        .iter()
        .filter(|e| e.date <= today && e.kind == crate::model::EventKind::Bereavement)
        .filter_map(|e| {
            let detail = e.detail.as_deref()?;
            let opening = detail.split_whitespace().next()?;
            let ws = super::derive::words(detail);
            let dies = matches!(
                (ws.get(1).map(String::as_str), ws.get(2).map(String::as_str)),
                (Some("died" | "drowned"), _) | (Some("passed"), Some("away")) | (Some("was"), Some("killed"))
            );
            (dies && opening.chars().next().is_some_and(char::is_uppercase))
                .then(|| Some((snapshot.person_index(&e.person)?, ws[0].clone())))
                .flatten()
        })
        .collect();
    if told.is_empty() {
        return Vec::new();
    }
    let surname = |p: &PersonFacts| p.name.split_whitespace().last().unwrap_or("").to_lowercase();
    let names = |notes: Option<&str>, p: &PersonFacts| {
        let first = super::text::first_name(&p.name);
        notes.is_some_and(|n| n.split(|c: char| !c.is_alphanumeric()).any(|w| w == first))
    };
    snapshot
        .people
        .iter()
        .enumerate()
        .filter(|(k, q)| {
            told.iter().any(|(b, name)| {
                let bereaved = &snapshot.people[*b];
                *b != *k
                    && (super::text::first_name(&q.name).to_lowercase() == *name
                        || super::text::called(q).to_lowercase() == *name)
                    && (surname(q) == surname(bereaved)
                        || names(q.notes.as_deref(), bereaved)
                        || names(bereaved.notes.as_deref(), q))
            })
        })
        .map(|(_, q)| q.id.as_str())
        .collect()
}

/// True when an event's words on someone's own record open with their death, with no one else named before it:
/// "Killed in a road crash…", "Died at home on Sunday", "Passed away peacefully". Not "Her father died…" (someone
/// else's), which is theirs to grieve.
pub(crate) fn tells_of_their_death(detail: &str) -> bool {
    let words = super::derive::words(detail);
    matches!(
        (words.first().map(String::as_str), words.get(1).map(String::as_str)),
        (Some("killed" | "died" | "drowned"), _) | (Some("passed"), Some("away"))
    )
}
