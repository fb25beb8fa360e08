//! The engine over the book: today's digest, explain, and acting on a suggestion. Each loads the snapshot through the
//! store in one transaction and runs the pure engine on it; feedback is written with the store's functions, its natural
//! effect in the same transaction.

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::engine::{
    self, Act, ActEffect, Digest, EngineConfig, Explanation, FeedbackEffect, FeedbackInput, FeedbackOutcome,
    InteractionProposal, SuggestionKind,
};
use crate::error::{Error, Result};
use crate::model::FeedbackAction;
use crate::store::snapshot::{key_people, load_snapshot_joined, load_snapshot_of, load_snapshot_with, read_side};
use crate::store::{favors, feedback, follow_ups, people, settings};
use crate::validate::at;
use crate::Store;

fn config(tx: &Transaction) -> Result<EngineConfig> {
    Ok(EngineConfig::from_settings(&settings::get(tx)?))
}

/// The day's digest of the book in `store`: its settings give K and the effort budget.
pub fn digest_for(store: &Store, today: NaiveDate) -> Result<Digest> {
    with_snapshot(store, today, |snapshot, config| {
        Ok(Digest { date: today, suggestions: engine::suggest(snapshot, today, config) })
    })
}

/// [`engine::explain`] for the book in `store`.
pub fn explain_for(store: &Store, today: NaiveDate, person: &str) -> Result<Explanation> {
    with_snapshot(store, today, |snapshot, config| engine::explain(snapshot, today, config, person))
}

/// Runs `f` on the whole book's snapshot for `today` and its settings' config, loaded on two connections at once.
fn with_snapshot<T>(
    store: &Store,
    today: NaiveDate,
    f: impl FnOnce(&engine::Snapshot, &EngineConfig) -> Result<T>,
) -> Result<T> {
    store.read_split(
        |tx| read_side(tx, today, &config(tx)?),
        |tx, side| {
            let config = config(tx)?;
            let snapshot = load_snapshot_joined(tx, today, &config, side)?;
            f(&snapshot, &config)
        },
    )
}

/// The ids of the acts merged into the suggestion `id` today (its `also`).
pub fn also_of(tx: &Transaction, id: &str, today: NaiveDate) -> Result<Vec<String>> {
    let config = config(tx)?;
    let snapshot = load_snapshot_with(tx, today, &config)?;
    Ok(engine::also_of(&snapshot, today, &config, id))
}

/// Records feedback on the suggestion `id` for `today`. The id must be a key the engine generates today (before the
/// gates, so a snoozed or gated suggestion can still be acted on); otherwise `Error::NotFound`. A snooze must end
/// after today. `done` — and a dismissal as already done — applies the act's natural effect.
pub fn record_feedback(tx: &Transaction, id: &str, input: &FeedbackInput, today: NaiveDate) -> Result<FeedbackOutcome> {
    if let FeedbackInput::Snooze { until } = input {
        if *until <= today {
            return Err(Error::invalid("until", format!("{until} is not after today ({today}): a snooze ends later")));
        }
    }
    let act = resolve(tx, id, today)?;
    write(tx, id, act, input, today)
}

/// What acting on `id` means today, as the engine generates it from the people the key names.
fn resolve(tx: &Transaction, id: &str, today: NaiveDate) -> Result<Act> {
    let not_found = || Error::NotFound { kind: "suggestion", id: id.to_owned() };
    let kind = SuggestionKind::of_key(id).ok_or_else(not_found)?;
    // Only the people the key names (directly or through its record) can have generated it.
    let mut named = key_people(tx, kind, id)?;
    if named.is_empty() {
        return Err(not_found());
    }
    // And a day of loss kept on the record of the one who died, which is the closest family's card too: the engine
    // needs the date's owner beside the card's person.
    if let Some(date) = id.split(':').nth(2).filter(|d| kind == SuggestionKind::Occasion && *d != "birthday") {
        named.extend(people::date_owner(tx, date)?.filter(|owner| !named.contains(owner)));
    }
    let config = config(tx)?;
    // A rite's own day after condolences already sent (`support:{event}:{day}`) is there for whom the loss took, who
    // may be anyone in the book the loss's words name: the whole book is read for it, as the morning's list was.
    if !(kind == SuggestionKind::Support && id.split(':').nth(2).is_some()) {
        let snapshot = load_snapshot_of(tx, today, &config, &named)?;
        if let Some(act) = engine::act(&snapshot, today, &config, id) {
            return Ok(act);
        }
    }
    // Or whatever else in the book made the card: a loss of someone close to the user, named only in the news's
    // words ("Jimmy died suddenly at home…" on his widow's record, Jimmy the user's own driver), makes her condolences
    // a card the people the key names cannot make alone (round 99's belfast: "done" on a card Today showed failed with
    // "suggestion does not exist"). The whole book is read, as the morning's list was.
    let snapshot = load_snapshot_with(tx, today, &config)?;
    engine::act(&snapshot, today, &config, id).ok_or_else(not_found)
}

/// Records the feedback and applies its natural effect.
fn write(tx: &Transaction, id: &str, act: Act, input: &FeedbackInput, today: NaiveDate) -> Result<FeedbackOutcome> {
    let feedback = engine::feedback_record(id, input, today);
    feedback::append(tx, &at("feedback"), &feedback)?;
    let effect = match (&act.effect, feedback.is_done()) {
        (Some(ActEffect::ThankFavor(favor)), true) => {
            favors::mark_thanked(tx, favor, Some(today))?;
            Some(FeedbackEffect::FavorThanked { favor: favor.clone(), on: today })
        }
        (Some(ActEffect::CloseFollowUp(follow_up)), true) => {
            follow_ups::set_done(tx, follow_up, Some(today))?;
            Some(FeedbackEffect::FollowUpDone { follow_up: follow_up.clone(), on: today })
        }
        _ => None,
    };
    // Offered after `done` only: a dismissal as already done happened some other day.
    let interaction = (feedback.action == FeedbackAction::Done).then(|| InteractionProposal {
        people: act.people.clone(),
        kind: act.interaction_kind,
        date: today,
        summary: act.title.clone(),
    });
    Ok(FeedbackOutcome {
        id: id.to_owned(),
        kind: act.kind,
        people: act.people,
        title: act.title,
        feedback,
        effect,
        interaction,
        also_done: vec![],
    })
}

/// `done` on a suggestion and on those of its `also` acts that were done too (ENGINE.md §10.11), in one transaction:
/// each is recorded with its natural effect. `also` must name acts merged into `id` today; anything else is refused
/// (`Error::Invalid` on `also`) before anything is written. Every act is resolved before any is recorded: closing one
/// can change what the engine makes of the others (a done ask silences the person's other asks).
pub fn record_done_with_also(tx: &Transaction, id: &str, also: &[String], today: NaiveDate) -> Result<FeedbackOutcome> {
    if !also.is_empty() {
        let merged = also_of(tx, id, today)?;
        if let Some(stray) = also.iter().find(|a| !merged.contains(a)) {
            return Err(Error::invalid("also", format!("{stray} is not an act merged into {id} today")));
        }
    }
    let card = resolve(tx, id, today)?;
    let acts = also.iter().map(|a| resolve(tx, a, today)).collect::<Result<Vec<Act>>>()?;
    let mut outcome = write(tx, id, card, &FeedbackInput::Done, today)?;
    for (a, act) in also.iter().zip(acts) {
        let mut done = write(tx, a, act, &FeedbackInput::Done, today)?;
        done.interaction = None; // one act, one interaction to log: the card's
        outcome.also_done.push(done);
    }
    Ok(outcome)
}
