//! What the ladder reads of the book, loaded by `store::ladder` in one read transaction.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{FavorKind, PersonChange, Stage};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct LadderSnapshot {
    /// Everyone in the book; only the active count on the ladder.
    pub people: Vec<LadderPerson>,
    /// Meaningful interactions (any kind but a note) of the weekly review's weeks, each once with all its people.
    pub interactions: Vec<InteractionFact>,
    /// Every favor, both ways.
    pub favors: Vec<FavorFact>,
    /// Every promise (follow-up), mine and theirs.
    pub promises: Vec<PromiseFact>,
    /// The stage and circle history, in date order (then insertion order).
    pub changes: Vec<PersonChange>,
    pub refusals: Vec<Refusal>,
    /// Suggestions marked done, with the day: the thoughtful acts the weekly review counts.
    pub acts_done: Vec<ActDone>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LadderPerson {
    pub id: String,
    pub name: String,
    pub stage: Stage,
    pub circle: u8,
    /// In your ten.
    pub power: bool,
    pub active: bool,
    /// How often to be in touch, in days (the same cadence People shows), if any.
    pub rhythm_days: Option<u32>,
    /// The last meaningful contact on or before today, whenever it was.
    pub last_contact: Option<NaiveDate>,
    /// Meaningful contacts in the window before today (any order).
    pub contacts: Vec<ContactFact>,
}

/// One meaningful interaction, as one of its people saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactFact {
    pub date: NaiveDate,
    pub minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InteractionFact {
    pub date: NaiveDate,
    pub minutes: Option<u32>,
    pub people: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FavorFact {
    pub id: String,
    pub person: String,
    /// They did it for me.
    pub received: bool,
    pub date: NaiveDate,
    pub kind: FavorKind,
    pub thanked_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PromiseFact {
    pub id: String,
    pub person: String,
    /// My promise to them (else theirs to me).
    pub mine: bool,
    pub text: String,
    pub due: NaiveDate,
    pub until: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// A proposal the user refused: moving `person` to `to`, on `on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Refusal {
    pub person: String,
    pub to: Stage,
    #[ts(type = "string")]
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActDone {
    pub on: NaiveDate,
    pub suggestion: String,
}
