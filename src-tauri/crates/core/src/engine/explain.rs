//! `explain(person)`: every candidate the engine made for one person today, its score when it passed the gates, and
//! its fate — the gate that removed it, the suggestion it merged into, the threshold, a selection rule, or chosen.
//! Serializable for `explain --json`, and readable as text through `Display`.

use std::fmt;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{day, Stage, Status};

use super::select::Fate;
use super::text;
use super::types::{round2, Factors, SuggestionKind};
use super::{EngineConfig, Run};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Explanation {
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub person: ExplainedPerson,
    /// Candidates that passed the gates, by score (highest first), then the gated ones; ties by id.
    pub candidates: Vec<ExplainedCandidate>,
}

/// The derived facts the engine used for the person (never their reciprocity balance: it is not a debt to show).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExplainedPerson {
    pub id: String,
    pub name: String,
    pub status: Status,
    pub circle: u8,
    pub peak_circle: u8,
    pub stage: Stage,
    pub power: bool,
    pub kin: bool,
    /// Days, rounded to two decimals; null when the person has no cadence.
    pub cadence_days: Option<f64>,
    #[serde(with = "day::option")]
    #[ts(type = "string | null")]
    pub last_interaction: Option<NaiveDate>,
    pub days_since_last_interaction: Option<i64>,
    /// r = days since / cadence, rounded.
    pub overdue_ratio: Option<f64>,
    pub dormant: bool,
    /// H, rounded.
    pub hours_together: f64,
    /// Ids of the active goals linked to the person.
    pub goals: Vec<String>,
    /// The last day of an open sensitive window (after hard news), if any.
    #[serde(with = "day::option")]
    #[ts(type = "string | null")]
    pub sensitive_until: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExplainedCandidate {
    pub id: String,
    pub kind: SuggestionKind,
    pub people: Vec<String>,
    pub hard: bool,
    pub title: String,
    pub effort_minutes: u32,
    #[serde(with = "day::option")]
    #[ts(type = "string | null")]
    pub due: Option<NaiveDate>,
    /// Its own score (rounded), when it passed the gates.
    pub score: Option<f64>,
    pub factors: Option<Factors>,
    pub fate: Fate,
}

pub(crate) fn explanation(run: &Run<'_>, person: usize, config: &EngineConfig) -> Explanation {
    let snap = run.snapshot;
    let p = &snap.people[person];
    let d = &run.derived[person];
    let mut candidates: Vec<(Option<f64>, ExplainedCandidate)> = run
        .candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.people.contains(&person))
        .map(|(i, c)| {
            let scored = run.scores[i];
            let fate = run.fates[i].clone().unwrap_or(Fate::DayFull);
            let explained = ExplainedCandidate {
                id: c.key.clone(),
                kind: c.kind,
                people: c.people.iter().map(|&k| snap.people[k].id.clone()).collect(),
                hard: c.hard,
                title: text::title(c, snap),
                effort_minutes: c.effort,
                due: c.due,
                score: scored.map(|s| round2(s.score)),
                factors: scored.map(|s| s.factors.rounded()),
                fate,
            };
            (scored.map(|s| s.score), explained)
        })
        .collect();
    candidates.sort_by(|(sa, a), (sb, b)| match (sa, sb) {
        (Some(x), Some(y)) => y.total_cmp(x).then_with(|| a.id.cmp(&b.id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    });
    Explanation {
        date: run.today,
        person: ExplainedPerson {
            id: p.id.clone(),
            name: p.name.clone(),
            status: p.status,
            circle: p.circle,
            peak_circle: p.peak_circle,
            stage: p.stage,
            power: p.power,
            kin: p.kin,
            cadence_days: d.cadence.map(round2),
            last_interaction: p.contact.last,
            days_since_last_interaction: d.days_since,
            overdue_ratio: d.ratio.map(round2),
            dormant: d.dormant,
            hours_together: round2(p.contact.hours),
            goals: d.goals.iter().map(|&g| snap.goals[g].id.clone()).collect(),
            sensitive_until: d.sensitive.map(|e| e.date + Duration::days(config.sensitive_days)),
        },
        candidates: candidates.into_iter().map(|(_, c)| c).collect(),
    }
}

impl fmt::Display for Fate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fate::Gated { gate } => write!(f, "gated: {gate}"),
            Fate::MergedInto { id } => write!(f, "merged into {id}"),
            Fate::BelowThreshold { score, threshold } => {
                write!(f, "below the threshold ({score} < {threshold})")
            }
            Fate::PersonTaken { by } => write!(f, "not chosen: the person is already in {by}"),
            Fate::KindFull => {
                write!(f, "not chosen: two of its kind already chosen (one, for a reconnect; one share a card)")
            }
            Fate::OverBudget { effort_minutes, used_minutes, budget_minutes } => write!(
                f,
                "not chosen: {effort_minutes} min would take the day past its budget ({used_minutes} of \
                 {budget_minutes} min used)"
            ),
            Fate::DayFull => write!(f, "not chosen: the day was full"),
            Fate::GivesWay { to } => write!(f, "not chosen: gives way to {to}"),
            Fate::QuietDay { of } => write!(f, "not chosen: a quiet day for you ({of})"),
            Fate::Chosen { rank, score } => write!(f, "chosen, #{rank} today (score {score})"),
        }
    }
}

impl fmt::Display for super::Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::Gate::*;
        match self {
            PersonNotActive { person, status } => write!(f, "{person} is {status}"),
            PersonSnoozed { person, until } => write!(f, "{person} is snoozed until {until}"),
            Done { on } => write!(f, "done on {on}"),
            Dismissed { on, reason } => write!(f, "dismissed on {on} ({reason})"),
            Snoozed { until } => write!(f, "snoozed until {until}"),
            PutOff { times } => write!(f, "put off {times} times: it does not come back to nag"),
            KindMuted { person, until } => write!(f, "this kind is muted for {person} until {until}"),
        }
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.person;
        writeln!(f, "{} ({}) on {}", p.name, p.id, self.date)?;
        let mut facts = vec![
            format!("{}", p.status),
            format!("circle {} (closest ever {})", p.circle, p.peak_circle),
            p.stage.to_string(),
        ];
        if p.power {
            facts.push("one of your ten".into());
        }
        if p.kin {
            facts.push("family".into());
        }
        writeln!(f, "  {}", facts.join(", "))?;
        let cadence = p.cadence_days.map_or("no cadence".to_owned(), |c| format!("cadence {c} days"));
        let last = match (p.last_interaction, p.days_since_last_interaction) {
            (Some(d), Some(a)) => format!("last interaction {d} ({a} days ago)"),
            _ => "never met".to_owned(),
        };
        let ratio = p.overdue_ratio.map_or(String::new(), |r| format!(", overdue ratio {r}"));
        let dormant = if p.dormant { ", dormant" } else { "" };
        writeln!(f, "  {cadence}; {last}{ratio}{dormant}; {} hours together", p.hours_together)?;
        if !p.goals.is_empty() {
            writeln!(f, "  linked goals: {}", p.goals.join(", "))?;
        }
        if let Some(until) = p.sensitive_until {
            writeln!(f, "  sensitive window until {until}: no congratulate, share, check_in, reconnect or ask")?;
        }
        if self.candidates.is_empty() {
            writeln!(f, "  no candidates today")?;
        }
        for c in &self.candidates {
            let score = c.score.map_or("gated".to_owned(), |s| format!("score {s:.2}"));
            let hard = if c.hard { " [hard]" } else { "" };
            writeln!(f, "  - {}{hard}: {} — {score}", c.id, c.title)?;
            if let Some(x) = &c.factors {
                writeln!(
                    f,
                    "      B {} × U {} × V {} × R {} × E {} × N {} × F {} ({} min)",
                    x.b, x.u, x.v, x.r, x.e, x.n, x.f, c.effort_minutes
                )?;
            }
            writeln!(f, "      {}", c.fate)?;
        }
        Ok(())
    }
}
