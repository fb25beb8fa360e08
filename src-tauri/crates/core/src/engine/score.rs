//! The score of ENGINE.md §5: `B × U × V × R × E × N × F`, unrounded.

use super::derive::Derived;
use super::gate::FeedbackIndex;
use super::generate::{Candidate, Detail};
use super::snapshot::Snapshot;
use super::types::Factors;
use super::{EngineConfig, SuggestionKind};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scored {
    pub factors: Factors,
    pub score: f64,
}

/// E = (1 + minutes/15)^(−0.3): small acts are favoured, big ones are not ruled out.
pub fn effort_factor(minutes: u32, config: &EngineConfig) -> f64 {
    (1.0 + f64::from(minutes) / config.effort_scale_minutes).powf(config.effort_exponent)
}

pub(crate) fn score(
    c: &Candidate<'_>,
    snapshot: &Snapshot,
    derived: &[Derived<'_>],
    feedback: &FeedbackIndex<'_>,
    config: &EngineConfig,
    today: chrono::NaiveDate,
) -> Scored {
    let first = &derived[c.people[0]];
    let v = match c.kind {
        SuggestionKind::Introduce => c.people.iter().map(|&i| derived[i].value).product::<f64>().sqrt(),
        SuggestionKind::Reconnect => first.value_reconnect,
        // Good news from someone once close who has drifted is the best reason to get back in touch: the card is
        // worth what a reconnect with them is (round 32, realtor: a former teaching partner, once in the user's 15,
        // named principal — never chosen in the fortnight at circle 5's weight).
        // So is a promise to them: keeping it is the way back (round 73, mariachi: the condolence visit promised to
        // the user's late father's old partner, once in the 15, never above the threshold at circle 5's weight).
        SuggestionKind::Congratulate | SuggestionKind::KeepPromise
            if snapshot.people[c.people[0]].peak_circle <= config.reconnect_max_peak_circle =>
        {
            first.value.max(first.value_reconnect)
        }
        // And their birthday, on the day: the lightest reason there is to write again (round 93–94: santiago's
        // Joaquín, karachi's Shazia, melbourne's Bill, oslo's Egil, all once in the user's 50, their birthdays "the
        // day was full" at circle 4's weight, missed by both reviewers of each).
        SuggestionKind::Occasion
            if matches!(c.detail, Detail::Occasion { days: 0, label: None, .. })
                && snapshot.people[c.people[0]].peak_circle <= config.reconnect_max_peak_circle =>
        {
            first.value.max(first.value_reconnect)
        }
        _ => first.value,
    };
    let r = match c.kind {
        SuggestionKind::Thank | SuggestionKind::GiveBack => {
            1.0 + config.thank_give_back_rho_weight * first.rho.max(0.0)
        }
        SuggestionKind::Introduce => 1.0,
        _ => 1.0 + config.other_rho_weight * first.rho.max(0.0),
    };
    let mut f = feedback.factor(c.kind);
    if c.hard {
        f = f.max(config.hard_feedback_floor);
    }
    let factors = Factors {
        b: config.base.get(c.kind),
        u: c.urgency,
        v,
        r,
        e: effort_factor(c.effort, config),
        n: feedback.novelty(c, snapshot, config, today),
        f,
    };
    Scored { factors, score: factors.product() }
}
