//! The ladder (issue 9): how many advocates you have, the evidence for each person's stage, proposals to move
//! someone up or down, the trend over the last months and the weekly review.
//!
//! Pure functions of a [`LadderSnapshot`] (loaded by `store::ladder`), `today` and a [`LadderConfig`]: no clock, no
//! SQLite, no store (a test checks it). The app never changes a stage by itself: proposals are accepted, refused
//! (remembered) or ignored by the user. Every rule and threshold is documented in the README ("The ladder").

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::engine::{first_name, Efforts};
use crate::model::{ChangedField, FavorKind, Stage, SuggestionKind};

mod config;
mod snapshot;
#[cfg(test)]
mod tests;
pub mod text;

pub use config::LadderConfig;
pub use snapshot::{
    ActDone, ContactFact, FavorFact, InteractionFact, LadderPerson, LadderSnapshot, PromiseFact, Refusal,
};

/// The favors that speak for you when you are not in the room: what makes an advocate.
pub const ADVOCACY: [FavorKind; 4] =
    [FavorKind::Referral, FavorKind::Intro, FavorKind::Endorsement, FavorKind::Recommendation];

/// Active people per stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StageCounts {
    pub acquaintance: u32,
    pub friend: u32,
    pub ally: u32,
    pub advocate: u32,
}

impl StageCounts {
    fn add(&mut self, stage: Stage) {
        match stage {
            Stage::Acquaintance => self.acquaintance += 1,
            Stage::Friend => self.friend += 1,
            Stage::Ally => self.ally += 1,
            Stage::Advocate => self.advocate += 1,
        }
    }
}

/// One month of the trend: active people per stage at the month's end (today, for this month).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonthCounts {
    /// `YYYY-MM`.
    pub month: String,
    pub acquaintance: u32,
    pub friend: u32,
    pub ally: u32,
    pub advocate: u32,
}

/// Favors of one kind someone did for me in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KindTally {
    pub kind: FavorKind,
    pub count: u32,
    pub last: NaiveDate,
}

/// What the book says about one person's place on the ladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Evidence {
    pub person: String,
    pub name: String,
    pub stage: Stage,
    pub circle: u8,
    pub power: bool,
    /// Favors they did for me in the window, by kind (the kinds' order).
    pub received: Vec<KindTally>,
    pub received_recent: u32,
    /// Referrals, intros, endorsements and recommendations in the window.
    pub advocacy_recent: u32,
    /// Of the favors received in the window, how many I thanked.
    pub thanked_recent: u32,
    pub received_total: u32,
    pub given_recent: u32,
    pub given_total: u32,
    /// Meaningful contacts in the window, and the minutes logged for them.
    pub contacts_recent: u32,
    pub minutes_recent: u32,
    pub last_contact: Option<NaiveDate>,
    pub days_since_contact: Option<i64>,
    /// My promises to them that came due, and how many of those I kept (done by their last day).
    pub promises_due: u32,
    pub promises_kept: u32,
    /// One line of evidence, for lists.
    pub line: String,
}

/// A proposal to move someone on the ladder. The user accepts, refuses (remembered) or edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Proposal {
    /// `ladder:{person}:{to}`.
    pub id: String,
    pub person: String,
    pub name: String,
    pub from: Stage,
    pub to: Stage,
    pub up: bool,
    /// The question, with its main reason: "Ben referred you twice in the last 12 months … — an advocate?"
    pub text: String,
    /// Each piece of evidence behind it.
    pub reasons: Vec<String>,
}

/// Someone close drifting past (or about to pass) their rhythm.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Slipping {
    pub person: String,
    pub name: String,
    pub stage: Stage,
    pub power: bool,
    pub rhythm_days: u32,
    pub days_since_contact: Option<i64>,
    /// Past the rhythm already (else close to it).
    pub past: bool,
    pub text: String,
}

/// Someone who has given much and received little.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Balance {
    pub person: String,
    pub name: String,
    pub received: u32,
    pub given: u32,
    pub text: String,
}

/// One dot of the circle picture: an active person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Dot {
    pub person: String,
    pub name: String,
    pub circle: u8,
    pub stage: Stage,
    pub power: bool,
    /// Past their rhythm.
    pub drifting: bool,
}

/// What `advocates stats --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Stats {
    pub stages: StageCounts,
    /// Advocates then allies, by name, each with their evidence.
    pub advocates: Vec<Evidence>,
    pub proposals: Vec<Proposal>,
    /// The last `trend_months` months, oldest first; the last is this month, as of today.
    pub trend: Vec<MonthCounts>,
}

/// The Advocates page: the stats and everything else it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LadderView {
    /// "3 advocates · 5 allies · 12 friends".
    pub headline: String,
    pub stats: Stats,
    pub slipping: Vec<Slipping>,
    pub balance: Vec<Balance>,
    pub dots: Vec<Dot>,
}

/// Someone whose stage rose during the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Move {
    pub person: String,
    pub name: String,
    pub from: Stage,
    pub to: Stage,
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Unthanked {
    pub favor: String,
    pub person: String,
    pub name: String,
    pub kind: FavorKind,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PromiseDue {
    pub follow_up: String,
    pub person: String,
    pub name: String,
    pub text: String,
    pub due: NaiveDate,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WeekActs {
    pub week_ending: NaiveDate,
    pub acts: u32,
}

/// The weekly review, for the seven days ending `week_end`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Review {
    pub week_start: NaiveDate,
    pub week_end: NaiveDate,
    /// Suggestions marked done this week, and the minutes they are reckoned to take.
    pub acts_done: u32,
    pub acts_minutes: u32,
    /// Interactions logged this week, and their logged minutes.
    pub interactions: u32,
    pub interaction_minutes: u32,
    pub moved_up: Vec<Move>,
    pub proposals: Vec<Proposal>,
    /// All favors received in the window and not thanked; `unthanked` lists the latest of them.
    pub unthanked_count: u32,
    pub unthanked: Vec<Unthanked>,
    /// My promises not done, due by the end of next week (overdue ones included).
    pub promises: Vec<PromiseDue>,
    /// Thoughtful acts per week, oldest first; the last is this week.
    pub weeks: Vec<WeekActs>,
    /// "5 thoughtful acts this week — more than your average of 3 over the 7 weeks before."
    pub comparison: String,
}

/// Per-person aggregates, indexed like `snapshot.people`.
struct Facts<'s> {
    snap: &'s LadderSnapshot,
    today: NaiveDate,
    config: &'s LadderConfig,
    index: HashMap<&'s str, usize>,
    evidence: Vec<Evidence>,
    /// Contacts and minutes in the friend window.
    friend_contacts: Vec<(u32, u32)>,
    refusals: HashMap<(&'s str, Stage), NaiveDate>,
}

impl<'s> Facts<'s> {
    fn new(snap: &'s LadderSnapshot, today: NaiveDate, config: &'s LadderConfig) -> Facts<'s> {
        let index: HashMap<&str, usize> = snap.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
        let mut evidence: Vec<Evidence> = snap
            .people
            .iter()
            .map(|p| Evidence {
                person: p.id.clone(),
                name: p.name.clone(),
                stage: p.stage,
                circle: p.circle,
                power: p.power,
                received: Vec::new(),
                received_recent: 0,
                advocacy_recent: 0,
                thanked_recent: 0,
                received_total: 0,
                given_recent: 0,
                given_total: 0,
                contacts_recent: 0,
                minutes_recent: 0,
                last_contact: p.last_contact.filter(|d| *d <= today),
                days_since_contact: p.last_contact.filter(|d| *d <= today).map(|d| (today - d).num_days()),
                promises_due: 0,
                promises_kept: 0,
                line: String::new(),
            })
            .collect();
        let window_start = today - Duration::days(config.window_days);
        let friend_start = today - Duration::days(config.friend_window_days);
        let mut friend_contacts = vec![(0u32, 0u32); snap.people.len()];
        for (at, p) in snap.people.iter().enumerate() {
            for c in p.contacts.iter().filter(|c| c.date <= today && c.date > window_start) {
                let e = &mut evidence[at];
                e.contacts_recent += 1;
                e.minutes_recent += c.minutes.unwrap_or(0);
                if c.date > friend_start {
                    friend_contacts[at].0 += 1;
                    friend_contacts[at].1 += c.minutes.unwrap_or(0);
                }
            }
        }
        for f in &snap.favors {
            let Some(&at) = index.get(f.person.as_str()) else { continue };
            if f.date > today {
                continue;
            }
            let recent = f.date > window_start;
            let e = &mut evidence[at];
            if f.received {
                e.received_total += 1;
                if recent {
                    e.received_recent += 1;
                    if ADVOCACY.contains(&f.kind) {
                        e.advocacy_recent += 1;
                    }
                    if f.thanked_on.is_some() {
                        e.thanked_recent += 1;
                    }
                    match e.received.iter_mut().find(|t| t.kind == f.kind) {
                        Some(t) => {
                            t.count += 1;
                            t.last = t.last.max(f.date);
                        }
                        None => e.received.push(KindTally { kind: f.kind, count: 1, last: f.date }),
                    }
                }
            } else {
                e.given_total += 1;
                if recent {
                    e.given_recent += 1;
                }
            }
        }
        for p in &snap.promises {
            let Some(&at) = index.get(p.person.as_str()) else { continue };
            if !p.mine || p.due > today {
                continue;
            }
            let e = &mut evidence[at];
            e.promises_due += 1;
            if p.done_on.is_some_and(|done| done <= p.until.unwrap_or(p.due).max(p.due)) {
                e.promises_kept += 1;
            }
        }
        for e in &mut evidence {
            e.received.sort_by_key(|t| t.kind);
            e.line = evidence_line(e, today);
        }
        let refusals = snap.refusals.iter().map(|r| ((r.person.as_str(), r.to), r.on)).collect();
        Facts { snap, today, config, index, evidence, friend_contacts, refusals }
    }

    fn refused(&self, person: &str, to: Stage) -> bool {
        self.refusals
            .get(&(person, to))
            .is_some_and(|on| (self.today - *on).num_days() < self.config.refused_quiet_days)
    }

    /// The proposal the evidence makes for person `i`, if any and not refused lately.
    fn proposal(&self, i: usize) -> Option<Proposal> {
        let p = &self.snap.people[i];
        if !p.active {
            return None;
        }
        let e = &self.evidence[i];
        let c = self.config;
        let first = first_name(&p.name);
        let within = |days: i64| e.days_since_contact.is_some_and(|d| d <= days);
        let mut candidates: Vec<(Stage, String, Vec<String>)> = Vec::new();
        // Up, highest first: the first rule that holds above the current stage is the proposal.
        if e.advocacy_recent >= c.advocate_min_advocacy {
            let advocacy: Vec<(FavorKind, u32)> =
                e.received.iter().filter(|t| ADVOCACY.contains(&t.kind)).map(|t| (t.kind, t.count)).collect();
            let advocacy_thanked = self
                .snap
                .favors
                .iter()
                .filter(|f| {
                    f.person == p.id
                        && f.received
                        && ADVOCACY.contains(&f.kind)
                        && f.date <= self.today
                        && f.date > self.today - Duration::days(c.window_days)
                        && f.thanked_on.is_some()
                })
                .count() as u32;
            let thanks = text::thanked(&p.name, advocacy_thanked, e.advocacy_recent);
            let mut sentence = format!("{first} {} in the last 12 months", text::deeds(&advocacy));
            if !thanks.is_empty() {
                sentence += &format!(", and {thanks}");
            }
            let mut reasons = vec![text::capitalize(&format!("{} in the last 12 months.", text::deeds(&advocacy)))];
            if !thanks.is_empty() {
                reasons.push(text::capitalize(&format!("{thanks}.")));
            }
            if e.given_recent > 0 {
                reasons.push(format!(
                    "You did {} for {first} in that time.",
                    text::count(e.given_recent, "favor", "favors")
                ));
            }
            candidates.push((Stage::Advocate, sentence, reasons));
        }
        if e.received_recent >= c.ally_min_received && e.given_recent >= c.ally_min_given && within(c.ally_contact_days)
        {
            let sentence = format!(
                "{first} did {} for you and you did {} for {first} in the last 12 months",
                text::count(e.received_recent, "favor", "favors"),
                e.given_recent
            );
            let mut reasons = vec![
                text::capitalize(&format!("{first} {} in the last 12 months.", text::deeds(&tallies(e)))),
                format!("You did {} for {first}.", text::count(e.given_recent, "favor", "favors")),
            ];
            if let Some(days) = e.days_since_contact {
                reasons.push(format!("Last in touch {}.", text::ago(days)));
            }
            candidates.push((Stage::Ally, sentence, reasons));
        }
        let (contacts, minutes) = self.friend_contacts[i];
        if contacts >= c.friend_min_contacts || minutes >= c.friend_min_minutes {
            let months = ((c.friend_window_days as f64) / 30.44).round() as i64;
            let mut sentence =
                format!("You were in touch with {first} {} in the last {months} months", text::times(contacts));
            if minutes >= 60 {
                sentence += &format!(" ({} together)", hours(minutes));
            }
            let reasons = vec![format!("{}.", sentence)];
            candidates.push((Stage::Friend, sentence, reasons));
        }
        if let Some((to, sentence, reasons)) =
            candidates.into_iter().find(|(to, _, _)| *to > p.stage && !self.refused(&p.id, *to))
        {
            return Some(proposal(p, to, format!("{sentence} — {}?", text::stage_noun(to)), reasons));
        }
        // Down one step: long without contact.
        let days = e.days_since_contact?;
        let (limit, to) = match p.stage {
            Stage::Advocate => (c.drift_days_ally, Stage::Ally),
            Stage::Ally => (c.drift_days_ally, Stage::Friend),
            Stage::Friend => (c.drift_days_friend, Stage::Acquaintance),
            Stage::Acquaintance => return None,
        };
        if days < limit || self.refused(&p.id, to) {
            return None;
        }
        let gap = format!("{} months", text::months(days));
        let sentence = format!("No contact with {first} in {gap} — still {}?", text::stage_noun(p.stage));
        let last = e.last_contact.map(|d| text::date(d, self.today)).unwrap_or_default();
        let reasons = vec![
            format!("Last in touch on {last}."),
            format!("The ladder says {} after {} days without contact.", text::stage_noun(to), limit),
        ];
        Some(proposal(p, to, sentence, reasons))
    }
}

fn tallies(e: &Evidence) -> Vec<(FavorKind, u32)> {
    e.received.iter().map(|t| (t.kind, t.count)).collect()
}

fn hours(minutes: u32) -> String {
    let h = f64::from(minutes) / 60.0;
    if (h - h.round()).abs() < 0.05 {
        text::count(h.round() as u32, "hour", "hours")
    } else {
        format!("{h:.1} hours")
    }
}

fn proposal(p: &LadderPerson, to: Stage, text: String, reasons: Vec<String>) -> Proposal {
    Proposal {
        id: format!("ladder:{}:{}", p.id, to),
        person: p.id.clone(),
        name: p.name.clone(),
        from: p.stage,
        to,
        up: to > p.stage,
        text,
        reasons,
    }
}

/// "Referred you twice and endorsed you once in the last 12 months · you did 1 favor for Ben · last in touch 12 days
/// ago · 2 of 2 promises kept".
fn evidence_line(e: &Evidence, today: NaiveDate) -> String {
    let first = first_name(&e.name);
    let mut parts = Vec::new();
    if e.received_recent > 0 {
        parts.push(format!("{} in the last 12 months", text::deeds(&tallies(e))));
    } else if e.received_total > 0 {
        parts.push(format!("{} for you, none in the last 12 months", text::count(e.received_total, "favor", "favors")));
    } else {
        parts.push("no favors for you on record".to_owned());
    }
    if e.given_total > 0 {
        parts.push(format!("you did {} for {first}", text::count(e.given_total, "favor", "favors")));
    }
    match e.days_since_contact {
        Some(days) => parts.push(format!("last in touch {}", text::ago(days))),
        None => parts.push("no contact on record".to_owned()),
    }
    if e.promises_due > 0 {
        parts.push(format!("{} of {} promises kept", e.promises_kept, e.promises_due));
    }
    let _ = today;
    text::capitalize(&parts.join(" · "))
}

/// Each person's evidence, in the snapshot's order.
pub fn evidence(snap: &LadderSnapshot, today: NaiveDate, config: &LadderConfig) -> Vec<Evidence> {
    Facts::new(snap, today, config).evidence
}

/// Proposals for everyone active, ups first, then by name and id.
pub fn proposals(snap: &LadderSnapshot, today: NaiveDate, config: &LadderConfig) -> Vec<Proposal> {
    let facts = Facts::new(snap, today, config);
    proposals_of(&facts)
}

fn proposals_of(facts: &Facts) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = (0..facts.snap.people.len()).filter_map(|i| facts.proposal(i)).collect();
    out.sort_by(|a, b| (!a.up, &a.name, &a.person).cmp(&(!b.up, &b.name, &b.person)));
    out
}

/// Active people per stage.
pub fn counts(snap: &LadderSnapshot) -> StageCounts {
    let mut c = StageCounts::default();
    for p in snap.people.iter().filter(|p| p.active) {
        c.add(p.stage);
    }
    c
}

/// One person's stage changes: (date, from, to), in order.
type History = Vec<(NaiveDate, Option<Stage>, Stage)>;

/// Each person's stage history, for stage changes only.
fn stage_histories(snap: &LadderSnapshot) -> HashMap<&str, History> {
    let mut out: HashMap<&str, History> = HashMap::new();
    for c in snap.changes.iter().filter(|c| c.field == ChangedField::Stage) {
        let Some(to) = Stage::parse(&c.to) else { continue };
        out.entry(c.person.as_str()).or_default().push((c.on, c.from.as_deref().and_then(Stage::parse), to));
    }
    for list in out.values_mut() {
        // Stable: changes on one day keep their recorded order.
        list.sort_by_key(|(on, _, _)| *on);
    }
    out
}

/// A person's stage at the end of `day`: the last change on or before it; before the first change, the stage it
/// changed from (none if the person was added then); with no history at all, today's stage.
fn stage_at(history: Option<&History>, now: Stage, day: NaiveDate) -> Option<Stage> {
    let Some(list) = history.filter(|l| !l.is_empty()) else { return Some(now) };
    let n = list.partition_point(|(on, _, _)| *on <= day);
    if n == 0 {
        list[0].1
    } else {
        Some(list[n - 1].2)
    }
}

/// The first day of the month `back` months before the month of `day`.
fn month_start(day: NaiveDate, back: u32) -> NaiveDate {
    let months = day.year() * 12 + day.month0() as i32 - back as i32;
    NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1).expect("a month")
}

/// Active people per stage at the end of each of the last `trend_months` months (this month: today), oldest first.
/// The last month always equals [`counts`].
pub fn trend(snap: &LadderSnapshot, today: NaiveDate, config: &LadderConfig) -> Vec<MonthCounts> {
    let histories = stage_histories(snap);
    let months: Vec<(NaiveDate, NaiveDate)> = (0..config.trend_months)
        .rev()
        .map(|back| {
            let start = month_start(today, back);
            let end = if back == 0 { today } else { month_start(today, back - 1).pred_opt().expect("a day") };
            (start, end)
        })
        .collect();
    let mut counts = vec![StageCounts::default(); months.len()];
    for p in snap.people.iter().filter(|p| p.active) {
        let history = histories.get(p.id.as_str());
        for (k, (_, end)) in months.iter().enumerate() {
            let stage = if *end >= today { Some(p.stage) } else { stage_at(history, p.stage, *end) };
            if let Some(stage) = stage {
                counts[k].add(stage);
            }
        }
    }
    months
        .iter()
        .zip(counts)
        .map(|((start, _), c)| MonthCounts {
            month: start.format("%Y-%m").to_string(),
            acquaintance: c.acquaintance,
            friend: c.friend,
            ally: c.ally,
            advocate: c.advocate,
        })
        .collect()
}

/// What `advocates stats` prints.
pub fn stats(snap: &LadderSnapshot, today: NaiveDate, config: &LadderConfig) -> Stats {
    let facts = Facts::new(snap, today, config);
    stats_of(&facts)
}

fn stats_of(facts: &Facts) -> Stats {
    let snap = facts.snap;
    let mut advocates: Vec<Evidence> = snap
        .people
        .iter()
        .zip(&facts.evidence)
        .filter(|(p, _)| p.active && p.stage >= Stage::Ally)
        .map(|(_, e)| e.clone())
        .collect();
    advocates.sort_by(|a, b| {
        (std::cmp::Reverse(a.stage), &a.name, &a.person).cmp(&(std::cmp::Reverse(b.stage), &b.name, &b.person))
    });
    Stats {
        stages: counts(snap),
        advocates,
        proposals: proposals_of(facts),
        trend: trend(snap, facts.today, facts.config),
    }
}

/// The Advocates page.
pub fn view(snap: &LadderSnapshot, today: NaiveDate, config: &LadderConfig) -> LadderView {
    let facts = Facts::new(snap, today, config);
    let stats = stats_of(&facts);
    let mut slipping = Vec::new();
    let mut balance = Vec::new();
    let mut dots = Vec::new();
    for (p, e) in snap.people.iter().zip(&facts.evidence) {
        if !p.active {
            continue;
        }
        let first = first_name(&p.name);
        let past = |ratio: f64| match (p.rhythm_days, e.days_since_contact) {
            (Some(r), Some(d)) => d as f64 >= ratio * f64::from(r),
            (Some(_), None) => true,
            (None, _) => false,
        };
        dots.push(Dot {
            person: p.id.clone(),
            name: p.name.clone(),
            circle: p.circle,
            stage: p.stage,
            power: p.power,
            drifting: past(1.0) && p.rhythm_days.is_some() && e.days_since_contact.is_some_and(|d| d > 0),
        });
        if (p.power || p.stage >= Stage::Ally) && past(config.slip_ratio) {
            let rhythm = p.rhythm_days.unwrap_or(0);
            let text = match e.days_since_contact {
                Some(d) => format!("Last in touch with {first} {} — your rhythm is every {rhythm} days", text::ago(d)),
                None => format!("No contact with {first} on record — your rhythm is every {rhythm} days"),
            };
            slipping.push(Slipping {
                person: p.id.clone(),
                name: p.name.clone(),
                stage: p.stage,
                power: p.power,
                rhythm_days: rhythm,
                days_since_contact: e.days_since_contact,
                past: past(1.0),
                text,
            });
        }
        if e.received_total >= config.balance_min_received && e.received_total >= e.given_total + config.balance_min_gap
        {
            balance.push(Balance {
                person: p.id.clone(),
                name: p.name.clone(),
                received: e.received_total,
                given: e.given_total,
                text: format!(
                    "{first} did {} for you; you did {} for {first}",
                    text::count(e.received_total, "favor", "favors"),
                    e.given_total
                ),
            });
        }
    }
    let ratio = |s: &Slipping| match s.days_since_contact {
        Some(d) => d as f64 / f64::from(s.rhythm_days.max(1)),
        None => f64::INFINITY,
    };
    slipping.sort_by(|a, b| ratio(b).total_cmp(&ratio(a)).then_with(|| a.name.cmp(&b.name)));
    slipping.truncate(config.slipping_limit);
    balance.sort_by(|a, b| {
        (b.received - b.given)
            .cmp(&(a.received - a.given))
            .then_with(|| (&a.name, &a.person).cmp(&(&b.name, &b.person)))
    });
    balance.truncate(config.balance_limit);
    let s = stats.stages;
    LadderView { headline: text::headline(s.advocate, s.ally, s.friend), stats, slipping, balance, dots }
}

/// The minutes a done act of this kind is reckoned to take (the engine's efforts).
fn act_minutes(suggestion: &str, efforts: &Efforts) -> u32 {
    match SuggestionKind::of_key(suggestion) {
        Some(SuggestionKind::Occasion) => efforts.occasion_wishes,
        Some(SuggestionKind::Congratulate) => efforts.congratulate,
        Some(SuggestionKind::Support) => efforts.support,
        Some(SuggestionKind::KeepPromise) => efforts.keep_promise,
        Some(SuggestionKind::FollowUp) => efforts.follow_up,
        Some(SuggestionKind::Thank) => efforts.thank,
        Some(SuggestionKind::GiveBack) => efforts.give_back,
        Some(SuggestionKind::Introduce) => efforts.introduce,
        Some(SuggestionKind::Share) => efforts.share,
        Some(SuggestionKind::CheckIn) => efforts.check_in,
        Some(SuggestionKind::Reconnect) => efforts.reconnect,
        Some(SuggestionKind::Deepen) => efforts.deepen,
        Some(SuggestionKind::Ask) => efforts.ask,
        None => 0,
    }
}

/// The weekly review for the seven days ending `today`.
pub fn review(snap: &LadderSnapshot, today: NaiveDate, config: &LadderConfig, efforts: &Efforts) -> Review {
    let facts = Facts::new(snap, today, config);
    let week_start = today - Duration::days(6);
    let in_week = |d: NaiveDate| d >= week_start && d <= today;
    let mut acts_done = 0;
    let mut acts_minutes = 0;
    let mut weeks: Vec<WeekActs> = (0..config.review_weeks)
        .rev()
        .map(|k| WeekActs { week_ending: today - Duration::days(7 * i64::from(k)), acts: 0 })
        .collect();
    for a in &snap.acts_done {
        if a.on > today {
            continue;
        }
        let back = (today - a.on).num_days() / 7;
        if back < i64::from(config.review_weeks) {
            let at = weeks.len() - 1 - back as usize;
            weeks[at].acts += 1;
        }
        if in_week(a.on) {
            acts_done += 1;
            acts_minutes += act_minutes(&a.suggestion, efforts);
        }
    }
    let (mut interactions, mut interaction_minutes) = (0, 0);
    for i in snap.interactions.iter().filter(|i| in_week(i.date)) {
        interactions += 1;
        interaction_minutes += i.minutes.unwrap_or(0);
    }
    let histories = stage_histories(snap);
    let before = week_start.pred_opt().expect("a day");
    let mut moved_up: Vec<Move> = Vec::new();
    for p in snap.people.iter().filter(|p| p.active) {
        let Some(history) = histories.get(p.id.as_str()) else { continue };
        // Added during the week (no stage before it) is no move; nor is staying or going down.
        let Some(was) = stage_at(Some(history), p.stage, before) else { continue };
        if was >= p.stage {
            continue;
        }
        let on = history.iter().rev().find(|(on, _, _)| in_week(*on)).map_or(today, |(on, _, _)| *on);
        moved_up.push(Move { person: p.id.clone(), name: p.name.clone(), from: was, to: p.stage, on });
    }
    moved_up.sort_by(|a, b| (a.on, &a.name).cmp(&(b.on, &b.name)));
    let window_start = today - Duration::days(config.window_days);
    let mut unthanked: Vec<Unthanked> = snap
        .favors
        .iter()
        .filter(|f| f.received && f.thanked_on.is_none() && f.date <= today && f.date > window_start)
        .filter_map(|f| {
            let p = &snap.people[*facts.index.get(f.person.as_str())?];
            p.active.then(|| Unthanked {
                favor: f.id.clone(),
                person: p.id.clone(),
                name: p.name.clone(),
                kind: f.kind,
                date: f.date,
            })
        })
        .collect();
    unthanked.sort_by(|a, b| (b.date, &a.favor).cmp(&(a.date, &b.favor)));
    let unthanked_count = unthanked.len() as u32;
    unthanked.truncate(config.unthanked_limit);
    let horizon = today + Duration::days(7);
    let mut promises: Vec<PromiseDue> = snap
        .promises
        .iter()
        .filter(|p| p.mine && p.done_on.is_none() && p.due <= horizon)
        .filter_map(|u| {
            let p = &snap.people[*facts.index.get(u.person.as_str())?];
            p.active.then(|| PromiseDue {
                follow_up: u.id.clone(),
                person: p.id.clone(),
                name: p.name.clone(),
                text: u.text.clone(),
                due: u.due,
                overdue: u.due < today,
            })
        })
        .collect();
    promises.sort_by(|a, b| (a.due, &a.follow_up).cmp(&(b.due, &b.follow_up)));
    let comparison = compare_weeks(&weeks);
    Review {
        week_start,
        week_end: today,
        acts_done,
        acts_minutes,
        interactions,
        interaction_minutes,
        moved_up,
        proposals: proposals_of(&facts),
        unthanked_count,
        unthanked,
        promises,
        weeks,
        comparison,
    }
}

/// "5 thoughtful acts this week — more than your average of 3 over the 7 weeks before."
fn compare_weeks(weeks: &[WeekActs]) -> String {
    let Some((this, before)) = weeks.split_last() else { return String::new() };
    let acts = text::count(this.acts, "thoughtful act", "thoughtful acts");
    if before.is_empty() {
        return format!("{acts} this week.");
    }
    let total: u32 = before.iter().map(|w| w.acts).sum();
    if this.acts == 0 && total == 0 {
        return format!("No thoughtful acts marked done this week, nor in the {} weeks before.", before.len());
    }
    let average = f64::from(total) / before.len() as f64;
    let shown =
        if (average - average.round()).abs() < 0.05 { format!("{average:.0}") } else { format!("{average:.1}") };
    let n = before.len();
    let how = if f64::from(this.acts) > average + 0.05 {
        "more than"
    } else if f64::from(this.acts) < average - 0.05 {
        "fewer than"
    } else {
        "the same as"
    };
    format!("{acts} this week — {how} your average of {shown} over the {n} weeks before.")
}
