//! The engine's view of the book as of one day, loaded in one read transaction.
//!
//! The snapshot holds what the engine needs and no more: per person the facts and the *aggregates* of their history
//! (last meaningful interaction, how many, hours together, the rhythm of the last year, reciprocity weights), plus
//! the few dated records whose windows are open today. Aggregates are computed while rows stream by — by SQLite
//! (`GROUP BY` for favors) or, for interactions, by a hash join over two sequential scans (see `load_contacts`) —
//! so no history outlives the load. Everything dated after `today` is ignored, a `thanked_on` or `done_on` after
//! `today` counts as unset, needs and offers must be open today; follow-ups are kept whatever their `due` (those far
//! outside every window are simply not needed).
//!
//! Windows and the two weighted sums (hours together, reciprocity) use the config's constants, so a snapshot is loaded
//! for a config: [`load_snapshot`] uses the defaults, [`load_snapshot_with`] a given one.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::functions::FunctionFlags;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::Result;
use crate::model::*;

use super::text::normalize_topic;
use super::{EngineConfig, SuggestionKind};

/// The book as the engine sees it on `today`. Build it with [`load_snapshot`]; its fields are public so that tests
/// and tools can inspect it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    /// The day it was loaded for.
    pub today: Option<NaiveDate>,
    /// Every person, sorted by id.
    pub people: Vec<PersonFacts>,
    /// Life events dated within the longest event window before today (through today), sorted by id.
    pub events: Vec<Event>,
    /// Favors received within the thank window and not thanked as of today, sorted by id.
    pub unthanked: Vec<Favor>,
    /// Follow-ups not done as of today whose windows can be open today, sorted by id.
    pub follow_ups: Vec<FollowUp>,
    /// Active goals, sorted by id.
    pub goals: Vec<Goal>,
    /// Items published within the share window, sorted by id.
    pub items: Vec<Item>,
    /// Feedback dated up to today, in the order it was given, with the people each key names.
    pub feedback: Vec<FeedbackFacts>,
    /// Pairs `(x, y)`, `x < y`, of people who were together in an `intro` interaction dated up to today.
    pub introduced: Introduced,
}

/// Pairs of people introduced to each other, `(x, y)` with `x < y`.
pub type Introduced = BTreeSet<(String, String)>;

/// One person: their record's fields that matter, and aggregates of their history.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonFacts {
    pub id: String,
    pub name: String,
    pub circle: u8,
    pub peak_circle: u8,
    pub stage: Stage,
    pub power: bool,
    pub kin: bool,
    pub no_intros: bool,
    pub status: Status,
    pub cadence_days: Option<u32>,
    pub snoozed_until: Option<NaiveDate>,
    pub birthday: Option<AnnualDate>,
    pub dates: Vec<RecurringDate>,
    /// Only interests on the topics of items in the share window (nothing else uses them).
    pub interests: Vec<Interest>,
    /// Only expertise on the topics of active goals (nothing else uses it).
    pub expertise: Vec<String>,
    /// Needs open today, by id.
    pub needs: Vec<Need>,
    /// Offers open today, by id.
    pub offers: Vec<Need>,
    pub contact: Contact,
    pub favors: FavorBalance,
}

impl PersonFacts {
    /// A person as the store holds them, with no history.
    pub fn from_person(p: &Person) -> PersonFacts {
        PersonFacts {
            id: p.id.clone(),
            name: p.name.clone(),
            circle: p.circle,
            peak_circle: p.peak_circle.unwrap_or(p.circle),
            stage: p.stage,
            power: p.power,
            kin: p.kin,
            no_intros: p.no_intros,
            status: p.status,
            cadence_days: p.cadence_days,
            snoozed_until: p.snoozed_until,
            birthday: p.birthday,
            dates: p.dates.clone(),
            interests: p.interests.clone(),
            expertise: p.expertise.clone(),
            needs: p.needs.clone(),
            offers: p.offers.clone(),
            contact: Contact::default(),
            favors: FavorBalance::default(),
        }
    }
}

/// Aggregates of a person's meaningful interactions (any kind but `note`) up to today.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    pub last: Option<NaiveDate>,
    pub count: u32,
    /// Hours together, H (meetings count half; unlogged minutes take the kind's default).
    pub hours: f64,
    /// How many distinct dates they met on in the rhythm window (the last 365 days).
    pub rhythm_dates: u32,
    /// The median gap between those dates, when there are enough of them (4).
    pub median_gap: Option<f64>,
}

/// The inputs of ρ: favors each way, weighted by kind and halved every year of age.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FavorBalance {
    pub received: f64,
    pub given: f64,
    /// The last favor I did them.
    pub last_given: Option<NaiveDate>,
    /// The last favor they did me.
    pub last_received: Option<(NaiveDate, FavorKind)>,
}

/// Feedback on a key, with the people the key names (directly, or through its event, favor or follow-up).
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackFacts {
    pub key: String,
    pub kind: SuggestionKind,
    pub action: FeedbackAction,
    pub on: NaiveDate,
    pub reason: Option<DismissReason>,
    pub until: Option<NaiveDate>,
    pub people: Vec<String>,
}

impl FeedbackFacts {
    /// `done`, or a dismissal as `already_done`.
    pub fn is_done(&self) -> bool {
        self.action == FeedbackAction::Done || self.reason == Some(DismissReason::AlreadyDone)
    }
}

impl Snapshot {
    /// The person with this id (people are sorted by id).
    pub fn person(&self, id: &str) -> Option<&PersonFacts> {
        self.people.binary_search_by(|p| p.id.as_str().cmp(id)).ok().map(|i| &self.people[i])
    }

    pub(crate) fn person_index(&self, id: &str) -> Option<usize> {
        self.people.binary_search_by(|p| p.id.as_str().cmp(id)).ok()
    }
}

/// Loads the snapshot for `today` with the specification's default constants.
pub fn load_snapshot(tx: &Transaction, today: NaiveDate) -> Result<Snapshot> {
    load_snapshot_with(tx, today, &EngineConfig::default())
}

/// Loads the snapshot for `today`, using the config's windows and weights for the aggregates.
pub fn load_snapshot_with(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Snapshot> {
    register_decay(tx)?;
    let mut snap = Snapshot { today: Some(today), ..Snapshot::default() };
    snap.goals = load_goals(tx)?;
    snap.items = load_items(tx, today, config)?;
    snap.events = load_events(tx, today, config)?;
    snap.unthanked = load_unthanked(tx, today, config)?;
    snap.follow_ups = load_follow_ups(tx, today, config)?;
    (snap.people, snap.introduced) = load_people(tx, today, config, &snap.goals, &snap.items)?;
    snap.feedback = load_feedback(tx, today)?;
    Ok(snap)
}

/// `advocates_decay(age_days, half_life)` = 0.5^(age/half_life): SQLite here is built without its math functions.
fn register_decay(tx: &Transaction) -> Result<()> {
    tx.create_scalar_function(
        "advocates_decay",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let age: f64 = ctx.get(0)?;
            let half_life: f64 = ctx.get(1)?;
            Ok(0.5f64.powf(age / half_life))
        },
    )?;
    Ok(())
}

/// A text column's bytes, borrowed from the row: no allocation, no UTF-8 check (for ids and dates compared as bytes).
fn bytes_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r [u8]> {
    r.get_ref(i)?
        .as_bytes()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

/// An interaction kind from its stored text.
fn kind_of(text: &[u8]) -> Option<InteractionKind> {
    InteractionKind::ALL.iter().copied().find(|k| k.as_str().as_bytes() == text)
}

/// Finds people by id for rows that come grouped by person: a hash lookup only when the id changes.
struct Finder {
    index: HashMap<String, usize>,
    last: Vec<u8>,
    last_index: Option<usize>,
}

impl Finder {
    fn new(people: &[PersonFacts]) -> Finder {
        let index = people.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        Finder { index, last: Vec::new(), last_index: None }
    }

    fn find(&mut self, id: &[u8]) -> Option<usize> {
        if self.last_index.is_some() && self.last == id {
            return self.last_index;
        }
        let found = std::str::from_utf8(id).ok().and_then(|id| self.index.get(id).copied());
        self.last.clear();
        self.last.extend_from_slice(id);
        self.last_index = found;
        found
    }
}

/// A text column, borrowed from the row (no allocation for rows that are skipped).
fn str_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

fn days(n: i64) -> Duration {
    Duration::days(n)
}

fn load_goals(tx: &Transaction) -> Result<Vec<Goal>> {
    let mut goals: BTreeMap<String, Goal> = BTreeMap::new();
    let mut stmt = tx.prepare_cached("SELECT id, title, priority FROM goals WHERE active = 1")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let goal = Goal {
            id: id.clone(),
            title: r.get(1)?,
            topics: Vec::new(),
            priority: r.get(2)?,
            active: true,
            people: vec![],
        };
        goals.insert(id, goal);
    }
    let mut stmt = tx.prepare_cached(
        "SELECT t.goal_id, t.topic FROM goal_topics t JOIN goals g ON g.id = t.goal_id WHERE g.active = 1
         ORDER BY t.goal_id, t.position",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        if let Some(g) = goals.get_mut(&id) {
            g.topics.push(r.get(1)?);
        }
    }
    let mut stmt = tx.prepare_cached(
        "SELECT p.goal_id, p.person_id FROM goal_people p JOIN goals g ON g.id = p.goal_id WHERE g.active = 1
         ORDER BY p.goal_id, p.position",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        if let Some(g) = goals.get_mut(&id) {
            g.people.push(r.get(1)?);
        }
    }
    Ok(goals.into_values().collect())
}

fn load_items(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Vec<Item>> {
    let from = today - days(config.share_days);
    let mut items: BTreeMap<String, Item> = BTreeMap::new();
    let mut stmt = tx.prepare_cached(
        "SELECT id, title, url, published_on FROM items WHERE published_on BETWEEN ?1 AND ?2 ORDER BY id",
    )?;
    let mut rows = stmt.query(params![from, today])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let item =
            Item { id: id.clone(), title: r.get(1)?, url: r.get(2)?, topics: Vec::new(), published_on: r.get(3)? };
        items.insert(id, item);
    }
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = tx.prepare_cached(
        "SELECT t.item_id, t.topic FROM item_topics t JOIN items i ON i.id = t.item_id
         WHERE i.published_on BETWEEN ?1 AND ?2 ORDER BY t.item_id, t.position",
    )?;
    let mut rows = stmt.query(params![from, today])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        if let Some(item) = items.get_mut(&id) {
            item.topics.push(r.get(1)?);
        }
    }
    Ok(items.into_values().collect())
}

fn load_events(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Vec<Event>> {
    let window = config.support_days.max(config.congratulate_days).max(config.sensitive_days);
    let mut stmt = tx.prepare_cached(
        "SELECT id, person_id, date, kind, detail FROM events WHERE date BETWEEN ?1 AND ?2 ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![today - days(window), today], |r| {
            Ok(Event { id: r.get(0)?, person: r.get(1)?, date: r.get(2)?, kind: r.get(3)?, detail: r.get(4)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn load_unthanked(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Vec<Favor>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, person_id, date, kind, detail, outcome FROM favors
         WHERE received = 1 AND date BETWEEN ?1 AND ?2 AND (thanked_on IS NULL OR thanked_on > ?2) ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![today - days(config.thank_days), today], |r| {
            Ok(Favor {
                id: r.get(0)?,
                from: r.get(1)?,
                to: ME.to_owned(),
                date: r.get(2)?,
                kind: r.get(3)?,
                detail: r.get(4)?,
                thanked_on: None,
                outcome: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn load_follow_ups(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Vec<FollowUp>> {
    // keep_promise needs `due − lead ≤ today ≤ due + 30`; follow_up needs `due ≤ today ≤ (until or due) + 21`. As
    // `until ≥ due`, `(until or due) ≥ today − max(30, 21)` keeps every follow-up either could fire for.
    let reach = config.keep_promise_days.max(config.follow_up_grace_days);
    let mut stmt = tx.prepare_cached(
        "SELECT id, person_id, mine, text, due, until, done_on FROM follow_ups
         WHERE (done_on IS NULL OR done_on > ?1) AND due <= ?2 AND coalesce(until, due) >= ?3 ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![today, today + days(config.keep_promise_lead_days), today - days(reach)], |r| {
            Ok(FollowUp {
                id: r.get(0)?,
                person: r.get(1)?,
                mine: r.get(2)?,
                text: r.get(3)?,
                due: r.get(4)?,
                until: r.get(5)?,
                done_on: None,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn load_people(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    goals: &[Goal],
    items: &[Item],
) -> Result<(Vec<PersonFacts>, Introduced)> {
    let mut people: Vec<PersonFacts> = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT id, name, circle, peak_circle, stage, power, kin, no_intros, status, cadence_days, snoozed_until,
                birthday
         FROM people ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let birthday: Option<String> = r.get(11)?;
        people.push(PersonFacts {
            id: r.get(0)?,
            name: r.get(1)?,
            circle: r.get(2)?,
            peak_circle: r.get(3)?,
            stage: r.get(4)?,
            power: r.get(5)?,
            kin: r.get(6)?,
            no_intros: r.get(7)?,
            status: r.get(8)?,
            cadence_days: r.get(9)?,
            snoozed_until: r.get(10)?,
            birthday: birthday.as_deref().and_then(AnnualDate::parse),
            dates: Vec::new(),
            interests: Vec::new(),
            expertise: Vec::new(),
            needs: Vec::new(),
            offers: Vec::new(),
            contact: Contact::default(),
            favors: FavorBalance::default(),
        });
    }
    drop(rows);
    let mut finder = Finder::new(&people);

    let mut stmt = tx.prepare_cached("SELECT person_id, id, label, date FROM person_dates ORDER BY person_id, id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(i) = finder.find(bytes_at(r, 0)?) else { continue };
        let date: String = r.get(3)?;
        if let Some(date) = AnnualDate::parse(&date) {
            people[i].dates.push(RecurringDate { id: r.get(1)?, label: r.get(2)?, date });
        }
    }
    drop(rows);

    let item_topics: HashSet<String> =
        items.iter().flat_map(|it| it.topics.iter().map(|t| normalize_topic(t).into_owned())).collect();
    if !item_topics.is_empty() {
        let mut stmt =
            tx.prepare_cached("SELECT person_id, topic, strength FROM interests ORDER BY person_id, position")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let topic = str_at(r, 1)?;
            if !item_topics.contains(normalize_topic(topic).as_ref()) {
                continue;
            }
            let Some(i) = finder.find(bytes_at(r, 0)?) else { continue };
            people[i].interests.push(Interest { topic: topic.to_owned(), strength: r.get(2)? });
        }
    }

    let goal_topics: HashSet<String> =
        goals.iter().flat_map(|g| g.topics.iter().map(|t| normalize_topic(t).into_owned())).collect();
    if !goal_topics.is_empty() {
        let mut stmt = tx.prepare_cached("SELECT person_id, topic FROM expertise ORDER BY person_id, position")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let topic = str_at(r, 1)?;
            if !goal_topics.contains(normalize_topic(topic).as_ref()) {
                continue;
            }
            let Some(i) = finder.find(bytes_at(r, 0)?) else { continue };
            people[i].expertise.push(topic.to_owned());
        }
    }

    for table in ["needs", "offers"] {
        let sql = format!(
            "SELECT person_id, id, topic, text, since, until FROM {table}
             WHERE since <= ?1 AND (until IS NULL OR until >= ?1) ORDER BY person_id, id"
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let mut rows = stmt.query([today])?;
        while let Some(r) = rows.next()? {
            let Some(i) = finder.find(bytes_at(r, 0)?) else { continue };
            let need = Need { id: r.get(1)?, topic: r.get(2)?, text: r.get(3)?, since: r.get(4)?, until: r.get(5)? };
            if table == "needs" {
                people[i].needs.push(need);
            } else {
                people[i].offers.push(need);
            }
        }
    }

    let introduced = load_contacts(tx, today, config, &mut people, &mut finder)?;

    // Reciprocity inputs: favors each way, weighted by kind and age; the last favor each way.
    let w = &config.favor_weights;
    let mut stmt = tx.prepare_cached(
        "SELECT person_id,
                total(CASE WHEN received = 1 THEN w END), total(CASE WHEN received = 0 THEN w END),
                max(CASE WHEN received = 0 THEN date END), max(CASE WHEN received = 1 THEN date || ' ' || kind END)
         FROM (SELECT person_id, received, date, kind,
                      CASE kind WHEN 'referral' THEN ?2 WHEN 'intro' THEN ?3 WHEN 'advice' THEN ?4
                                WHEN 'endorsement' THEN ?5 WHEN 'recommendation' THEN ?6 WHEN 'gift' THEN ?7
                                WHEN 'favor' THEN ?8 WHEN 'share' THEN ?9 ELSE 0 END
                      * advocates_decay(julianday(?1) - julianday(date), ?10) AS w
               FROM favors WHERE date <= ?1)
         GROUP BY person_id",
    )?;
    let mut rows = stmt.query(params![
        today,
        w.referral,
        w.intro,
        w.advice,
        w.endorsement,
        w.recommendation,
        w.gift,
        w.favor,
        w.share,
        config.favor_half_life_days
    ])?;
    while let Some(r) = rows.next()? {
        let Some(i) = finder.find(bytes_at(r, 0)?) else { continue };
        let last_received: Option<String> = r.get(4)?;
        let balance = &mut people[i].favors;
        balance.received = r.get(1)?;
        balance.given = r.get(2)?;
        balance.last_given = r.get(3)?;
        balance.last_received = last_received.as_deref().and_then(|t| {
            let (date, kind) = t.split_once(' ')?;
            Some((parse_day(date)?, FavorKind::parse(kind)?))
        });
    }
    Ok((people, introduced))
}

/// Aggregates of each person's meaningful interactions up to today: the last date, how many, hours together, and
/// the median gap between the distinct dates of the rhythm window. Returns the pairs of people who were in one
/// `intro` interaction together (as `(x, y)`, `x < y`).
///
/// This is the one join of the load that SQLite can only run as a nested loop — two B-tree searches per
/// (interaction, person) row, by text id — which costs about seven times two sequential scans on a large book. So it
/// is a hash join over two sequential scans instead: interactions (id, day, weighted minutes) into a compact index,
/// then `interaction_people` in person order, aggregated person by person. Nothing per row outlives the load.
fn load_contacts(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    people: &mut [PersonFacts],
    finder: &mut Finder,
) -> Result<Introduced> {
    let mut arena: Vec<u8> = Vec::new();
    let mut spans: Vec<(u32, u32)> = Vec::new();
    let mut day: Vec<i32> = Vec::new();
    let mut minutes: Vec<f64> = Vec::new();
    let mut is_intro: Vec<bool> = Vec::new();
    // NOT INDEXED: nearly every row qualifies, and the date index would turn a sequential scan into random reads.
    let mut stmt = tx.prepare_cached(
        "SELECT id, date, kind, minutes FROM interactions NOT INDEXED WHERE date <= ?1 AND kind <> 'note'",
    )?;
    let mut rows = stmt.query([today])?;
    while let Some(r) = rows.next()? {
        let (Some(d), Some(kind)) = (day_number(bytes_at(r, 1)?), kind_of(bytes_at(r, 2)?)) else {
            continue;
        };
        let logged: Option<u32> = r.get(3)?;
        let weight = if kind == InteractionKind::Meeting { config.meeting_factor } else { 1.0 };
        let id = bytes_at(r, 0)?;
        let start = arena.len();
        arena.extend_from_slice(id);
        spans.push((start as u32, arena.len() as u32));
        day.push(d);
        minutes.push(logged.map_or_else(|| config.default_minutes.get(kind), f64::from) * weight);
        is_intro.push(kind == InteractionKind::Intro);
    }
    drop(rows);
    let index = IdIndex::new(&arena, &spans);

    let today_n = today.num_days_from_ce();
    let window_start = today_n - config.rhythm_window_days as i32;
    let mut current: Option<usize> = None;
    let mut acc = ContactAcc::default();
    let mut intro_rows: Vec<(u32, usize)> = Vec::new();
    let mut stmt = tx.prepare_cached("SELECT person_id, interaction_id FROM interaction_people ORDER BY person_id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(k) = index.get(bytes_at(r, 1)?) else { continue };
        let Some(person) = finder.find(bytes_at(r, 0)?) else { continue };
        if current != Some(person) {
            if let Some(done) = current {
                acc.flush(&mut people[done].contact, config);
            }
            current = Some(person);
        }
        if is_intro[k as usize] {
            intro_rows.push((k, person));
        }
        let (d, m) = (day[k as usize], minutes[k as usize]);
        acc.last = acc.last.max(d);
        acc.count += 1;
        acc.minutes += m;
        if d >= window_start {
            acc.dates.push(d);
        }
    }
    if let Some(done) = current {
        acc.flush(&mut people[done].contact, config);
    }
    intro_rows.sort_unstable();
    let mut introduced = BTreeSet::new();
    for group in intro_rows.chunk_by(|a, b| a.0 == b.0) {
        for (n, &(_, a)) in group.iter().enumerate() {
            for &(_, b) in &group[n + 1..] {
                let (x, y) = (&people[a].id, &people[b].id);
                introduced.insert(if x < y { (x.clone(), y.clone()) } else { (y.clone(), x.clone()) });
            }
        }
    }
    Ok(introduced)
}

/// One person's interactions so far, while their rows stream by.
#[derive(Default)]
struct ContactAcc {
    last: i32,
    count: u32,
    minutes: f64,
    dates: Vec<i32>,
}

impl ContactAcc {
    fn flush(&mut self, contact: &mut Contact, config: &EngineConfig) {
        contact.last = NaiveDate::from_num_days_from_ce_opt(self.last);
        contact.count = self.count;
        contact.hours = self.minutes / 60.0;
        self.dates.sort_unstable();
        self.dates.dedup();
        contact.rhythm_dates = self.dates.len() as u32;
        contact.median_gap = (self.dates.len() >= config.rhythm_min_dates.max(2)).then(|| {
            let mut gaps: Vec<i32> = self.dates.windows(2).map(|w| w[1] - w[0]).collect();
            gaps.sort_unstable();
            let m = gaps.len();
            if m % 2 == 1 {
                f64::from(gaps[m / 2])
            } else {
                f64::from(gaps[m / 2 - 1] + gaps[m / 2]) / 2.0
            }
        });
        *self = ContactAcc { dates: std::mem::take(&mut self.dates), ..ContactAcc::default() };
        self.dates.clear();
    }
}

/// `YYYY-MM-DD` as a day number (days from the common era), without allocating.
fn day_number(b: &[u8]) -> Option<i32> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &[u8]| s.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')));
    let date = NaiveDate::from_ymd_opt(num(&b[0..4])? as i32, num(&b[5..7])?, num(&b[8..10])?)?;
    Some(date.num_days_from_ce())
}

/// Record ids to their positions: open addressing over one arena of ids, 8 bytes a slot (the hash's high half and
/// the position + 1), so that a lookup reads one slot and, on a hash match, one arena slice. A big book has a
/// million interactions; a general-purpose map costs two more cache misses a lookup.
struct IdIndex<'a> {
    arena: &'a [u8],
    spans: &'a [(u32, u32)],
    slots: Vec<u64>,
    mask: usize,
}

impl<'a> IdIndex<'a> {
    fn new(arena: &'a [u8], spans: &'a [(u32, u32)]) -> IdIndex<'a> {
        let size = (spans.len() * 2).next_power_of_two().max(16);
        let mut index = IdIndex { arena, spans, slots: vec![0; size], mask: size - 1 };
        for k in 0..spans.len() {
            let h = hash_id(index.id(k));
            let mut slot = (h as usize) & index.mask;
            while index.slots[slot] != 0 {
                slot = (slot + 1) & index.mask;
            }
            index.slots[slot] = (h >> 32) << 32 | (k as u64 + 1);
        }
        index
    }

    fn id(&self, k: usize) -> &'a [u8] {
        let (start, end) = self.spans[k];
        &self.arena[start as usize..end as usize]
    }

    fn get(&self, id: &[u8]) -> Option<u32> {
        let h = hash_id(id);
        let mut slot = (h as usize) & self.mask;
        loop {
            let entry = self.slots[slot];
            if entry == 0 {
                return None;
            }
            let k = (entry & 0xFFFF_FFFF) as usize - 1;
            if entry >> 32 == h >> 32 && self.id(k) == id {
                return Some(k as u32);
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

/// A fast, well-mixed 64-bit hash of a short id: 8 bytes at a time, then MurmurHash3's finaliser. The data is the
/// user's own, so there is no flooding to fear.
fn hash_id(id: &[u8]) -> u64 {
    let mut h: u64 = id.len() as u64;
    let mut chunks = id.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

fn load_feedback(tx: &Transaction, today: NaiveDate) -> Result<Vec<FeedbackFacts>> {
    let mut stmt = tx.prepare_cached(
        "SELECT suggestion, action, on_date, reason, until FROM feedback WHERE on_date <= ?1 ORDER BY seq",
    )?;
    let rows: Vec<Feedback> = stmt
        .query_map([today], |r| {
            Ok(Feedback {
                suggestion: r.get(0)?,
                action: r.get(1)?,
                on: r.get(2)?,
                reason: r.get(3)?,
                until: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for f in rows {
        let Some(kind) = SuggestionKind::of_key(&f.suggestion) else { continue };
        let people = key_people(tx, kind, &f.suggestion)?;
        out.push(FeedbackFacts {
            key: f.suggestion,
            kind,
            action: f.action,
            on: f.on,
            reason: f.reason,
            until: f.until,
            people,
        });
    }
    Ok(out)
}

/// The people a key names: directly (`check_in:{person}:…`, `introduce:{x}:{y}:…`) or through its record.
pub(crate) fn key_people(tx: &Transaction, kind: SuggestionKind, key: &str) -> Result<Vec<String>> {
    let mut parts = key.split(':').skip(1);
    let first = parts.next().unwrap_or("");
    let table = match kind {
        SuggestionKind::Congratulate | SuggestionKind::Support => "events",
        SuggestionKind::KeepPromise | SuggestionKind::FollowUp => "follow_ups",
        SuggestionKind::Thank => "favors",
        SuggestionKind::Introduce => {
            return Ok([Some(first), parts.next()].into_iter().flatten().map(str::to_owned).collect());
        }
        _ => return Ok(vec![first.to_owned()]),
    };
    let sql = format!("SELECT person_id FROM {table} WHERE id = ?1");
    let person: Option<String> = tx.query_row(&sql, [first], |r| r.get(0)).optional()?;
    Ok(person.into_iter().collect())
}
