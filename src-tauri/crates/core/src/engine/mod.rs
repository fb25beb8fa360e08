//! The thoughtfulness engine (ENGINE.md): every morning, a few specific, thoughtful acts — for whom, and why.
//!
//! `load → derive → generate → gate → score → merge per person → threshold → budgeted selection → explain`.
//! The store loads the [`Snapshot`] (`store::snapshot`); [`suggest`] is a pure, deterministic function of
//! (snapshot, today, config): no clock, no randomness, no I/O, and every order is a sort by score and key. This module
//! imports neither the store nor SQLite (a test checks it); the `suggestions` module runs it over the book.

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};

mod config;
pub(crate) mod derive;
mod explain;
mod feedback;
pub(crate) mod gate;
pub(crate) mod generate;
mod places;
pub(crate) mod score;
pub(crate) mod select;
mod snapshot;
pub(crate) mod text;
mod types;

pub use config::{DefaultMinutes, Efforts, EngineConfig, FavorWeights, KindWeights};
pub use derive::{cadence, reciprocity};
pub use explain::{ExplainedCandidate, ExplainedPerson, Explanation};
pub use feedback::{
    act, also_of, feedback_record, Act, ActEffect, FeedbackEffect, FeedbackInput, FeedbackOutcome, InteractionProposal,
};
pub use gate::Gate;
pub use generate::about_an_election;
pub use places::{a_country, named_region};
pub use select::Fate;
pub(crate) use snapshot::says_hired;
pub use snapshot::{Contact, FavorBalance, FeedbackFacts, Introduced, PersonFacts, Profile, Snapshot};
pub(crate) use text::{first_name, human_date};
pub use text::{
    normalize_topic, BURMESE_TITLES, CANTONESE_FAMILY_NAMES, CHINESE_FAMILY_NAMES, FAMILY_WORDS, HONORIFICS,
    JAPANESE_FAMILY_NAMES, KIN_TITLES, KOREAN_FAMILY_NAMES, SOUTHERN_CHINESE_FAMILY_NAMES, TITLES_OF_RESPECT,
    VIETNAMESE_FAMILY_NAMES,
};
pub use types::{round2, AlsoSuggestion, Digest, Factors, Suggestion, SuggestionKind, Why};

use derive::Derived;
use gate::FeedbackIndex;
use generate::Candidate;
use score::Scored;
use select::Group;

/// How far back a favor never thanked is still worth a thanks at last when a check-in is due (the thank window
/// itself is `thank_days`): a season, not a lifetime.
pub const THANK_AT_LAST_DAYS: i64 = 180;

/// One full run of the pipeline, kept whole so that `suggest` and `explain` tell the same story.
pub(crate) struct Run<'s> {
    pub snapshot: &'s Snapshot,
    pub today: NaiveDate,
    pub config: EngineConfig,
    pub derived: Vec<Derived<'s>>,
    /// Every candidate, sorted by key.
    pub candidates: Vec<Candidate<'s>>,
    /// The score of each candidate that passed the gates.
    pub scores: Vec<Option<Scored>>,
    pub fates: Vec<Option<Fate>>,
    pub groups: Vec<Group>,
    /// For each candidate, the first day the user put it off, if they did.
    pub put_off_since: Vec<Option<NaiveDate>>,
    /// For each candidate, the day the user snoozed it until today, if they did.
    pub back_today: Vec<Option<NaiveDate>>,
    /// Indexes into `groups`, in output order.
    pub chosen: Vec<usize>,
}

impl<'s> Run<'s> {
    pub fn new(snapshot: &'s Snapshot, today: NaiveDate, config: &EngineConfig) -> Run<'s> {
        let derived = derive::derive_all(snapshot, today, config);
        let feedback = FeedbackIndex::new(snapshot, today, config);
        let candidates = generate::generate(snapshot, today, config, &derived, &feedback);
        let mut fates: Vec<Option<Fate>> = vec![None; candidates.len()];
        let scores: Vec<Option<Scored>> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| match feedback.gate(c, snapshot, today) {
                Some(gate) => {
                    fates[i] = Some(Fate::Gated { gate });
                    None
                }
                None => Some(score::score(c, snapshot, &derived, &feedback, config, today)),
            })
            .collect();
        let put_off_since: Vec<Option<NaiveDate>> = candidates.iter().map(|c| feedback.put_off_since(&c.key)).collect();
        let back_today: Vec<Option<NaiveDate>> = candidates
            .iter()
            .zip(&put_off_since)
            .map(|(c, since)| since.and_then(|_| feedback.back_today(&c.key)))
            .collect();
        let groups = select::merge(&candidates, &scores, &snapshot.people, &put_off_since, config);
        let quiet_day = generate::own_hard_day(snapshot, today)
            .or_else(|| generate::with_them_in_their_hard_time(snapshot, today, &derived));
        let together = generate::own_day_together(snapshot, today);
        // While someone close (family, or the user's 15) is in a hard time, the user's attention is with them: no
        // reconnecting with old ties (rounds 17–34: every reconnect in such a fortnight was rated 1–2, "busywork the
        // fortnight doesn't need", chef P30, engineer P33, recruiter P31, realtor P28), and no rhythm check-in with
        // someone outside the inner 5 (rounds 35–36, interpreter P31 and P29, usefulness 1–2 from all five
        // reviewers: "the generic rhythm-based check-in busywork the fortnight doesn't need").
        let hard_time = snapshot
            .people
            .iter()
            .zip(&derived)
            .find(|(p, d)| (p.kin || p.circle <= 2) && d.sensitive.is_some())
            .map(|(p, _)| format!("while {} is having a hard time", p.name));
        let big = generate::own_big_day(snapshot, today);
        let kept = generate::a_day_kept_free(snapshot, today);
        let own_big_day = big.is_some();
        let full =
            if quiet_day.is_none() && together.is_none() { generate::own_full_day(snapshot, today, big) } else { None };
        let chosen = select::select(
            &candidates,
            &groups,
            &snapshot.people,
            config,
            select::Quiet {
                day: quiet_day.as_ref().map(|d| d.of.as_str()),
                whose: quiet_day.as_ref().or(together.as_ref()).and_then(|d| d.whose),
                together: together.as_ref().map(|d| d.of.as_str()),
                time: hard_time.as_deref(),
                full: full.as_ref().map(|d| d.of.as_str()),
                own_big_day: full.is_some() && own_big_day,
                weekend: matches!(today.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun),
                kept: kept.as_deref(),
                ordeal: quiet_day.as_ref().and_then(|d| d.whose).is_some_and(|i| derived[i].sensitive.is_some()),
            },
            &back_today,
            &mut fates,
        );
        Run {
            snapshot,
            today,
            config: config.clone(),
            derived,
            candidates,
            scores,
            fates,
            groups,
            put_off_since,
            back_today,
            chosen,
        }
    }

    fn suggestion(&self, g: usize) -> Suggestion {
        let group = &self.groups[g];
        let c = &self.candidates[group.primary];
        let scored = self.scores[group.primary].expect("a chosen candidate passed the gates");
        let mut why = text::why(c, self.snapshot, &self.derived);
        // §10.3: a specific act that leads over a generic one may carry its reason as a second sentence.
        if c.kind.is_specific() && text::takes_generic_reason(&c.detail, &self.snapshot.people[c.people[0]]) {
            // Not when it has said so already ("…by 9 March; you were last in touch on 20 February. You have not been
            // in touch since 20 February.": round 73, akureyri P23).
            let said = why.now.contains(" in touch ");
            if let Some(reason) = group
                .also
                .iter()
                .find_map(|&a| text::generic_reason(&self.candidates[a], self.snapshot))
                .filter(|_| !said)
            {
                why.now = format!("{} {reason}", why.now);
            }
        }
        // A card the user put off returns without reproach ('you put this off' read as nagging), but not word for
        // word either, which read as a repeat (rounds 7–8): it says plainly that it is still open, and since when.
        // Every kind, not only introductions (round 8: a promise shown again 'without admitting it's a repeat').
        // Snoozed until today, it is back on the day the user chose, and says so (rounds 83–86: "Still open since
        // 5 March" on the day it was snoozed to read as "a repeat of yesterday's card" and "nagging", cairo P13,
        // valparaiso P26, tashkent P10, hobart P11).
        if let Some(on) = self.back_today[group.primary] {
            why.now = format!("Back today, as you asked on {}. {}", text::human_date(on, self.today), why.now);
        } else if let Some(since) = self.put_off_since[group.primary] {
            why.now = format!("Still open since {}: {}", text::human_date(since, self.today), why.now);
        }
        // A detail the user ended with a full stop, quoted before the sentence's own, is one stop, not two ("…in
        // Leipzig-Plagwitz on Saturday 28 February.. Your notes…": round 76, berlin P1).
        for line in [&mut why.now, &mut why.them, &mut why.this] {
            *line = text::one_stop(line);
        }
        Suggestion {
            id: c.key.clone(),
            kind: c.kind,
            people: c.people.iter().map(|&i| self.snapshot.people[i].id.clone()).collect(),
            hard: c.hard,
            title: text::title(c, self.snapshot),
            notice: text::notice(c, self.snapshot),
            action: text::one_stop(&{
                let action = text::action(c, self.snapshot, &self.config);
                let p = &self.snapshot.people[c.people[0]];
                // Someone far away is called, not visited.
                if c.people.len() == 1 && p.abroad {
                    places::from_afar(&action, text::called(p))
                } else {
                    action
                }
            }),
            effort_minutes: c.effort,
            score: round2(group.score),
            due: c.due,
            why,
            sources: text::sources(c.kind).iter().map(|s| (*s).to_owned()).collect(),
            factors: scored.factors.rounded(),
            also: group
                .also
                .iter()
                .map(|&a| {
                    let other = &self.candidates[a];
                    AlsoSuggestion { id: other.key.clone(), kind: other.kind, title: text::title(other, self.snapshot) }
                })
                .collect(),
        }
    }

    pub fn suggestions(&self) -> Vec<Suggestion> {
        self.chosen.iter().map(|&g| self.suggestion(g)).collect()
    }
}

/// Today's suggestions, in order: hard first, then by score. Pure and deterministic.
pub fn suggest(snapshot: &Snapshot, today: NaiveDate, config: &EngineConfig) -> Vec<Suggestion> {
    Run::new(snapshot, today, config).suggestions()
}

/// Every candidate for one person and what became of it. `Error::NotFound` for an unknown person.
pub fn explain(snapshot: &Snapshot, today: NaiveDate, config: &EngineConfig, person: &str) -> Result<Explanation> {
    let Some(index) = snapshot.person_index(person) else {
        return Err(Error::NotFound { kind: "person", id: person.to_owned() });
    };
    let run = Run::new(snapshot, today, config);
    Ok(explain::explanation(&run, index, config))
}
