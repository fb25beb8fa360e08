//! Feedback on a suggestion (ENGINE.md §8): done, snooze until a date, or dismiss with a reason — recorded with
//! today's date, with the act's natural effect applied (a thank marks the favor thanked, a kept promise or a
//! followed-up mention marks the follow-up done), and a prefilled interaction the app can offer to log.

use chrono::NaiveDate;
use rusqlite::Transaction;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{day, DismissReason, Feedback, FeedbackAction, InteractionKind};
use crate::store::{favors, follow_ups, records};
use crate::validate::at;

use super::derive::derive_all;
use super::gate::FeedbackIndex;
use super::generate::{generate, Detail};
use super::snapshot::{key_people, load_snapshot_of};
use super::{text, EngineConfig, SuggestionKind};

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

/// Records feedback on the suggestion `id` for `today`. The id must be a key the engine generates today (before the
/// gates, so a snoozed or gated suggestion can still be acted on); otherwise `Error::NotFound`. A snooze must end
/// after today.
pub fn record_feedback(tx: &Transaction, id: &str, input: &FeedbackInput, today: NaiveDate) -> Result<FeedbackOutcome> {
    if let FeedbackInput::Snooze { until } = input {
        if *until <= today {
            return Err(Error::invalid("until", format!("{until} is not after today ({today}): a snooze ends later")));
        }
    }
    let not_found = || Error::NotFound { kind: "suggestion", id: id.to_owned() };
    let kind = SuggestionKind::of_key(id).ok_or_else(not_found)?;
    // Only the people the key names (directly or through its record) can have generated it.
    let named = key_people(tx, kind, id)?;
    if named.is_empty() {
        return Err(not_found());
    }
    let config = EngineConfig::from_settings(&crate::store::settings::get(tx)?);
    let snapshot = load_snapshot_of(tx, today, &config, &named)?;
    let derived = derive_all(&snapshot, today, &config);
    let index = FeedbackIndex::new(&snapshot, today, &config);
    let candidates = generate(&snapshot, today, &config, &derived, &index);
    let found = candidates.binary_search_by(|c| c.key.as_str().cmp(id)).map_err(|_| not_found())?;
    let c = &candidates[found];

    let feedback = match input {
        FeedbackInput::Done => {
            Feedback { suggestion: id.to_owned(), action: FeedbackAction::Done, on: today, reason: None, until: None }
        }
        FeedbackInput::Snooze { until } => Feedback {
            suggestion: id.to_owned(),
            action: FeedbackAction::Snoozed,
            on: today,
            reason: None,
            until: Some(*until),
        },
        FeedbackInput::Dismiss { reason } => Feedback {
            suggestion: id.to_owned(),
            action: FeedbackAction::Dismissed,
            on: today,
            reason: Some(*reason),
            until: None,
        },
    };
    records::append_feedback(tx, &at("feedback"), &feedback)?;

    // "done" — including a dismissal as already done — applies the act's natural effect.
    let effect = if feedback.is_done() {
        match &c.detail {
            Detail::Thank { favor, .. } => {
                favors::mark_thanked(tx, &favor.id, Some(today))?;
                Some(FeedbackEffect::FavorThanked { favor: favor.id.clone(), on: today })
            }
            Detail::KeepPromise { follow_up, .. } | Detail::FollowUp { follow_up } => {
                follow_ups::set_done(tx, &follow_up.id, Some(today))?;
                Some(FeedbackEffect::FollowUpDone { follow_up: follow_up.id.clone(), on: today })
            }
            _ => None,
        }
    } else {
        None
    };

    let people: Vec<String> = c.people.iter().map(|&i| snapshot.people[i].id.clone()).collect();
    let title = text::title(c, &snapshot);
    let interaction = (feedback.action == FeedbackAction::Done).then(|| InteractionProposal {
        people: people.clone(),
        kind: proposed_kind(&c.detail),
        date: today,
        summary: title.clone(),
    });
    Ok(FeedbackOutcome {
        id: id.to_owned(),
        kind: c.kind,
        people,
        title,
        feedback,
        effect,
        interaction,
        also_done: vec![],
    })
}

/// `done` on a suggestion and on those of its `also` acts that were done too (§10.11), in one transaction: each is
/// recorded with its natural effect. `also` must name acts merged into `id` today; anything else is refused
/// (`Error::Invalid` on `also`) before anything is written.
pub fn record_done_with_also(tx: &Transaction, id: &str, also: &[String], today: NaiveDate) -> Result<FeedbackOutcome> {
    if !also.is_empty() {
        let merged = super::also_of(tx, id, today)?;
        if let Some(stray) = also.iter().find(|a| !merged.contains(a)) {
            return Err(Error::invalid("also", format!("{stray} is not an act merged into {id} today")));
        }
    }
    let mut outcome = record_feedback(tx, id, &FeedbackInput::Done, today)?;
    for a in also {
        let mut done = record_feedback(tx, a, &FeedbackInput::Done, today)?;
        done.interaction = None; // one act, one interaction to log: the card's
        outcome.also_done.push(done);
    }
    Ok(outcome)
}

/// The most likely way the act was done.
fn proposed_kind(detail: &Detail<'_>) -> InteractionKind {
    match detail {
        Detail::Introduce { .. } => InteractionKind::Intro,
        Detail::Support { .. } | Detail::Reconnect { .. } | Detail::CheckIn { call: true, .. } => InteractionKind::Call,
        Detail::Occasion { days, .. } if *days > 0 => InteractionKind::Gift,
        _ => InteractionKind::Message,
    }
}
