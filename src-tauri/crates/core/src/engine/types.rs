//! What the engine gives back: the day's digest of suggestions, in the exact shape of ENGINE.md §7. These cross IPC,
//! so they derive `ts_rs::TS`. Scores and factors are rounded (two decimals, half to even) when these are built —
//! the engine compares unrounded values before that.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::day;

pub use crate::model::SuggestionKind;

impl SuggestionKind {
    /// The kind a suggestion id (a key) starts with.
    pub fn of_key(key: &str) -> Option<SuggestionKind> {
        SuggestionKind::parse(key.split(':').next().unwrap_or(""))
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// A specific act names its occasion, event, favor, promise or item; a generic one is a touch any day could
    /// hold. When a person has both, the specific one leads (§10.3).
    pub fn is_specific(self) -> bool {
        use SuggestionKind::*;
        matches!(self, Occasion | Congratulate | Support | KeepPromise | FollowUp | Thank | Share)
    }

    /// A nudge: a touch with no occasion of its own (check in, ask, reconnect). To someone outside your 50 it needs
    /// the peripheral threshold to stand alone.
    pub fn is_nudge(self) -> bool {
        matches!(self, SuggestionKind::CheckIn | SuggestionKind::Ask | SuggestionKind::Reconnect)
    }

    /// An act of giving: a day holds one of them first (§10.5).
    pub fn is_giving(self) -> bool {
        matches!(self, SuggestionKind::Introduce | SuggestionKind::Share | SuggestionKind::GiveBack)
    }
}

/// One day's suggestions: the top-level object of ENGINE.md §7.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Digest {
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub suggestions: Vec<Suggestion>,
}

/// One premeditated act of thoughtfulness, with its reasons as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Suggestion {
    /// The candidate's key: stable, starts with the kind; feedback names it.
    pub id: String,
    pub kind: SuggestionKind,
    /// Person ids.
    pub people: Vec<String>,
    pub hard: bool,
    pub title: String,
    pub action: String,
    pub effort_minutes: u32,
    /// Rounded to two decimals, half to even.
    pub score: f64,
    /// The occasion's or follow-up's date, else null.
    #[serde(with = "day::option")]
    #[ts(type = "string | null")]
    pub due: Option<NaiveDate>,
    pub why: Why,
    /// The research behind the act (ENGINE.md §9), shown on demand: short references, never part of `why`.
    pub sources: Vec<String>,
    pub factors: Factors,
    pub also: Vec<AlsoSuggestion>,
    /// What a lock screen may show of it: the title, or for someone's hard time only "A quiet word for Ana today" —
    /// never the detail of an illness or a loss. Not part of the JSON contract.
    #[serde(skip)]
    #[ts(skip)]
    pub notice: String,
}

/// Why now, why them, why this act: every suggestion has all three, filled from templates with data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Why {
    pub now: String,
    pub them: String,
    pub this: String,
}

/// The factors of `score = B × U × V × R × E × N × F`, each rounded to two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct Factors {
    #[serde(rename = "B")]
    pub b: f64,
    #[serde(rename = "U")]
    pub u: f64,
    #[serde(rename = "V")]
    pub v: f64,
    #[serde(rename = "R")]
    pub r: f64,
    #[serde(rename = "E")]
    pub e: f64,
    #[serde(rename = "N")]
    pub n: f64,
    #[serde(rename = "F")]
    pub f: f64,
}

impl Factors {
    pub fn product(&self) -> f64 {
        self.b * self.u * self.v * self.r * self.e * self.n * self.f
    }
    pub(crate) fn rounded(&self) -> Factors {
        Factors {
            b: round2(self.b),
            u: round2(self.u),
            v: round2(self.v),
            r: round2(self.r),
            e: round2(self.e),
            n: round2(self.n),
            f: round2(self.f),
        }
    }
}

/// Another act for the same person, merged into the suggestion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AlsoSuggestion {
    pub id: String,
    pub kind: SuggestionKind,
    pub title: String,
}

/// Rounds to two decimals, half to even, on the exact decimal value of `x` (so 0.125 → 0.12 and 0.375 → 0.38,
/// while 1.005, which is really 1.00499999999999989…, → 1.0).
pub fn round2(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    // `{:.2}` rounds the exact binary value, ties to even (Rust's formatting is exact); parsing gives the nearest f64.
    let text = format!("{x:.2}");
    let y: f64 = text.parse().unwrap_or(x);
    if y == 0.0 {
        0.0 // no "-0.0" in the output
    } else {
        y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_to_even_on_the_exact_value() {
        assert_eq!(round2(0.125), 0.12);
        assert_eq!(round2(0.375), 0.38);
        assert_eq!(round2(1.005), 1.0); // 1.00499999…
        assert_eq!(round2(1.889), 1.89);
        assert_eq!(round2(2.0), 2.0);
        assert_eq!(round2(-0.001), 0.0);
        assert_eq!(serde_json::to_string(&round2(1.0)).unwrap(), "1.0");
    }

    #[test]
    fn kinds_match_the_crate_list_and_parse_back() {
        assert_eq!(SuggestionKind::ALL.len(), 13);
        for &k in SuggestionKind::ALL {
            assert_eq!(SuggestionKind::parse(k.as_str()), Some(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.as_str()));
        }
        assert_eq!(SuggestionKind::of_key("check_in:ana:2025-01-01"), Some(SuggestionKind::CheckIn));
        assert_eq!(SuggestionKind::of_key("nope:x"), None);
    }
}
