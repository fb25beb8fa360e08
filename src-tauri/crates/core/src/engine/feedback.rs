//! Feedback on a suggestion (ENGINE.md §8): what the user can say of an act (done, snooze until a date, dismiss with a
//! reason), and — purely, from a snapshot — what acting on a key means today: its people, its title, its natural
//! effect (a thank marks the favor thanked, a kept promise or a followed-up mention marks the follow-up done) and the
//! interaction the app can offer to log. the `suggestions` module records it in the book.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{day, DismissReason, Feedback, InteractionKind};

use super::derive::derive_all;
use super::gate::FeedbackIndex;
use super::generate::{generate, Detail};
use super::snapshot::{PersonFacts, Snapshot};
use super::{text, EngineConfig, Run, SuggestionKind};

/// What the user did with a suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum FeedbackInput {
    Done,
    Snooze {
        #[serde(with = "day")]
        #[ts(type = "string")]
        until: NaiveDate,
    },
    Dismiss {
        reason: DismissReason,
    },
}

/// The record a `done` changed besides the feedback itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum FeedbackEffect {
    /// The favor is now thanked on this day.
    FavorThanked {
        favor: String,
        #[serde(with = "day")]
        #[ts(type = "string")]
        on: NaiveDate,
    },
    /// The follow-up (a promise or a mention) is now done on this day.
    FollowUpDone {
        follow_up: String,
        #[serde(with = "day")]
        #[ts(type = "string")]
        on: NaiveDate,
    },
}

/// An interaction the app can offer to log after an act is done: prefilled, not written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InteractionProposal {
    pub people: Vec<String>,
    pub kind: InteractionKind,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FeedbackOutcome {
    /// The suggestion's id.
    pub id: String,
    pub kind: SuggestionKind,
    pub people: Vec<String>,
    pub title: String,
    /// The feedback as recorded.
    pub feedback: Feedback,
    pub effect: Option<FeedbackEffect>,
    /// Offered after `done` only: a dismissal as already done happened some other day.
    pub interaction: Option<InteractionProposal>,
    /// The acts merged into the suggestion (its `also`) that were marked done with it, each with its natural effect.
    pub also_done: Vec<FeedbackOutcome>,
}

/// What acting on a candidate means today.
#[derive(Debug, Clone, PartialEq)]
pub struct Act {
    pub kind: SuggestionKind,
    /// Person ids.
    pub people: Vec<String>,
    pub title: String,
    /// The record a `done` changes, and how.
    pub effect: Option<ActEffect>,
    /// The most likely way the act was done, for the interaction the app offers to log.
    pub interaction_kind: InteractionKind,
}

/// The natural effect of a `done` (§8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActEffect {
    /// Mark this favor thanked.
    ThankFavor(String),
    /// Mark this follow-up (a promise or a mention) done.
    CloseFollowUp(String),
}

/// The candidate with this key, as the engine generates it today (before the gates, so a snoozed or gated suggestion
/// can still be acted on); `None` when it makes no such candidate. The snapshot need only hold the key's people.
pub fn act(snapshot: &Snapshot, today: NaiveDate, config: &EngineConfig, key: &str) -> Option<Act> {
    let derived = derive_all(snapshot, today, config);
    let index = FeedbackIndex::new(snapshot, today, config);
    let candidates = generate(snapshot, today, config, &derived, &index);
    let c = &candidates[candidates.binary_search_by(|c| c.key.as_str().cmp(key)).ok()?];
    let effect = match &c.detail {
        Detail::Thank { favor, .. } => Some(ActEffect::ThankFavor(favor.id.clone())),
        // (A mention read from an event has no row to close: the feedback alone keeps it done.)
        Detail::KeepPromise { follow_up, .. } | Detail::FollowUp { follow_up, luck: false, .. }
            if super::generate::event_read_as(&follow_up.id).is_none() =>
        {
            Some(ActEffect::CloseFollowUp(follow_up.id.clone()))
        }
        _ => None,
    };
    Some(Act {
        kind: c.kind,
        people: c.people.iter().map(|&i| snapshot.people[i].id.clone()).collect(),
        title: text::title(c, snapshot),
        effect,
        interaction_kind: proposed_kind(&c.detail, &snapshot.people[c.people[0]]),
    })
}

/// The keys of the acts merged into the suggestion `key` today (its `also`), whether or not it was chosen; empty when
/// nothing is merged into it or it is not today's. The snapshot must be the whole book: merging depends on scores.
pub fn also_of(snapshot: &Snapshot, today: NaiveDate, config: &EngineConfig, key: &str) -> Vec<String> {
    let run = Run::new(snapshot, today, config);
    let group = run.groups.iter().find(|g| run.candidates[g.primary].key == key);
    group.map(|g| g.also.iter().map(|&a| run.candidates[a].key.clone()).collect()).unwrap_or_default()
}

/// The feedback as recorded for `input` on `key` today.
pub fn feedback_record(key: &str, input: &FeedbackInput, today: NaiveDate) -> Feedback {
    use crate::model::FeedbackAction;
    let (action, reason, until) = match input {
        FeedbackInput::Done => (FeedbackAction::Done, None, None),
        FeedbackInput::Snooze { until } => (FeedbackAction::Snoozed, None, Some(*until)),
        FeedbackInput::Dismiss { reason } => (FeedbackAction::Dismissed, Some(*reason), None),
    };
    Feedback { suggestion: key.to_owned(), action, on: today, reason, until }
}

/// The most likely way the act was done.
fn proposed_kind(detail: &Detail<'_>, person: &PersonFacts) -> InteractionKind {
    match detail {
        Detail::Introduce { .. } => InteractionKind::Intro,
        Detail::Support { .. } | Detail::Reconnect { .. } | Detail::CheckIn { call: true, .. } => InteractionKind::Call,
        Detail::Occasion { days, .. } if *days > 0 => InteractionKind::Gift,
        // The closest's wish on the day and their good news say to call (text::call_not_note).
        Detail::Occasion { quiet: false, label, on, .. } if text::wish_by_call(person, *label, *on) => {
            InteractionKind::Call
        }
        Detail::Congratulate { .. } if text::call_not_note(person) => InteractionKind::Call,
        _ => InteractionKind::Message,
    }
}
