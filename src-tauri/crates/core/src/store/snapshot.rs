//! Loads the engine's [`Snapshot`] from the book as of one day, in one read transaction.
//!
//! Aggregates are computed while rows stream by — by SQLite (`GROUP BY` for favors) or, for interactions, by a hash
//! join over two sequential scans (see `contacts`) — so no history outlives the load. Windows and the two weighted sums
//! (hours together, reciprocity) use the config's constants, so a snapshot is loaded for a config: [`load_snapshot`]
//! uses the defaults, [`load_snapshot_with`] a given one.

use std::collections::{BTreeMap, HashSet};

use chrono::{Duration, NaiveDate};
use rusqlite::{params, params_from_iter, OptionalExtension, Transaction};

use crate::engine::generate::{next_occurrence, this_years_day, ANSWER_AFTER_DAYS};
use crate::engine::text::OCCASION_WHO_MIN_CIRCLE;
use crate::engine::{
    normalize_topic, Contact, EngineConfig, FavorBalance, FeedbackFacts, Introduced, PersonFacts, Profile, Snapshot,
    SuggestionKind,
};
use crate::error::Result;
use crate::model::*;

use super::contacts;

/// Loads the snapshot for `today` with the specification's default constants.
pub fn load_snapshot(tx: &Transaction, today: NaiveDate) -> Result<Snapshot> {
    load_snapshot_with(tx, today, &EngineConfig::default())
}

/// Loads the snapshot for `today`, using the config's windows and weights for the aggregates.
pub fn load_snapshot_with(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Snapshot> {
    load(tx, today, config, &Scope::Everyone, Recompute::FromSummaries, &mut || None)
}

/// [`load_snapshot_with`], given the rows [`read_side`] read on another connection in the same state of the book (see
/// [`crate::Store::read_split`]); `side` gives `None` when it could not, and they are read here.
pub(crate) fn load_snapshot_joined(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    side: &mut dyn FnMut() -> Option<SideRows>,
) -> Result<Snapshot> {
    load(tx, today, config, &Scope::Everyone, Recompute::FromSummaries, side)
}

/// [`load_snapshot_with`], recomputing every contact aggregate from the interactions themselves instead of the
/// maintained summaries: the reference the summaries are tested against.
pub fn load_snapshot_recomputed(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Snapshot> {
    load(tx, today, config, &Scope::Everyone, Recompute::FromInteractions, &mut || None)
}

/// Where contact aggregates come from.
#[derive(Clone, Copy)]
enum Recompute {
    FromSummaries,
    FromInteractions,
}

/// The snapshot restricted to a few people (and everything not about people): enough to generate every candidate
/// naming them, as each is generated from its people's records alone — an intro from its two people's. Feedback on one
/// suggestion uses it to check the suggestion's key without loading a whole book.
pub(crate) fn load_snapshot_of(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    people: &[String],
) -> Result<Snapshot> {
    let ids = serde_json::to_string(people).expect("ids serialize");
    load(tx, today, config, &Scope::Only(ids), Recompute::FromSummaries, &mut || None)
}

/// Whom a load covers.
pub(super) enum Scope {
    Everyone,
    /// These people only: a JSON array of ids, bound as a parameter to `json_each`.
    Only(String),
}

impl Scope {
    /// `AND {column} IN (the ids, as parameter ?{n})`, or nothing for everyone.
    pub(super) fn filter(&self, column: &str, n: usize) -> String {
        match self {
            Scope::Everyone => String::new(),
            Scope::Only(_) => format!(" AND {column} IN (SELECT value FROM json_each(?{n}))"),
        }
    }

    /// `params` followed by the ids when scoped.
    pub(super) fn params<'a>(&'a self, params: &[&'a dyn rusqlite::ToSql]) -> Vec<&'a dyn rusqlite::ToSql> {
        let mut all = params.to_vec();
        if let Scope::Only(ids) = self {
            all.push(ids);
        }
        all
    }
}

fn load(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    scope: &Scope,
    recompute: Recompute,
    side: &mut dyn FnMut() -> Option<SideRows>,
) -> Result<Snapshot> {
    let mut snap = Snapshot { today: Some(today), ..Snapshot::default() };
    snap.goals = load_goals(tx)?;
    snap.items = load_items(tx, today, config)?;
    let tomorrow;
    (snap.events, tomorrow) = load_events(tx, today, config)?;
    (snap.thanked_lately, snap.unthanked, snap.unthanked_long) = load_favors_received(tx, today, config)?;
    snap.follow_ups = load_follow_ups(tx, today, config)?;
    // Someone's ordeal kept as an event of theirs is followed up as a mention of it (sorted by id, as the rows are),
    // from its eve: tomorrow's are read for that, and kept out of the snapshot's events, which end today.
    let mut read = crate::engine::generate::mentions_from_events(snap.events.iter().chain(&tomorrow), today, config);
    // Not when the user already keeps it as their mention of that day: one exam is one card, not a card that carries
    // itself again as "Also" (round 88, cork: "Sits his APA exam online, 10:00" beside "APA exam, Tuesday 10 March").
    read.retain(|m| !snap.follow_ups.iter().any(|u| !u.mine && u.person == m.person && u.due == m.due));
    if !read.is_empty() {
        snap.follow_ups.extend(read);
        snap.follow_ups.sort_by(|a, b| a.id.cmp(&b.id));
    }
    (snap.people, snap.introduced) = load_people(tx, today, config, &snap, scope, recompute, side)?;
    // Someone whose news says they moved into the user's home lives there from that day ("Moved from her house in
    // Arroyito into my house in Echesortu"): their days are time together, as family under the user's roof are.
    for e in snap.events.iter().filter(|e| crate::engine::generate::moves_in_with_the_user(e)) {
        if let Some(i) = snap.person_index(&e.person) {
            snap.people[i].at_home = true;
        }
    }
    snap.feedback = load_feedback(tx, today)?;
    Ok(snap)
}

/// A text column's bytes, borrowed from the row: no allocation, no UTF-8 check (for ids and dates compared as bytes).
/// The positions of a statement's columns, looked up by name once, before a loop over many rows: a by-name `get`
/// would search the columns again on every row. Rows are then read by name at positional speed.
pub(super) fn columns<const N: usize>(stmt: &rusqlite::Statement<'_>, names: [&str; N]) -> Result<[usize; N]> {
    let mut at = [0; N];
    for (slot, name) in at.iter_mut().zip(names) {
        *slot = stmt.column_index(name)?;
    }
    Ok(at)
}

pub(super) fn bytes_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r [u8]> {
    r.get_ref(i)?
        .as_bytes()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

/// Person ids read on the other connection ([`SideRows`]), kept in one buffer: one allocation, not one per row (the
/// other thread's allocations cost it more than its reading).
#[derive(Default)]
pub(super) struct Ids {
    bytes: Vec<u8>,
}

/// Where one id is in [`Ids`].
pub(super) type IdAt = (u32, u32);

impl Ids {
    pub(super) fn push(&mut self, id: &[u8]) -> IdAt {
        let start = self.bytes.len() as u32;
        self.bytes.extend_from_slice(id);
        (start, self.bytes.len() as u32)
    }

    fn get(&self, (start, end): IdAt) -> &[u8] {
        &self.bytes[start as usize..end as usize]
    }
}

/// Finds people by id in the snapshot's people, which are sorted by id, for rows that come grouped by person and
/// mostly in id order: the person of the last row, then the next one, else a binary search — no hashing, no copy of
/// the ids (a hash map of 10k ids took a tenth of a morning's load).
pub(super) struct Finder {
    cursor: usize,
}

impl Finder {
    fn new(people: &[PersonFacts]) -> Finder {
        debug_assert!(people.windows(2).all(|w| w[0].id < w[1].id), "people sorted by id");
        Finder { cursor: 0 }
    }

    pub(super) fn find(&mut self, people: &[PersonFacts], id: &[u8]) -> Option<usize> {
        let at = |i: usize| people.get(i).map(|p| p.id.as_bytes());
        if at(self.cursor) == Some(id) {
            return Some(self.cursor);
        }
        if at(self.cursor + 1) == Some(id) {
            self.cursor += 1;
            return Some(self.cursor);
        }
        // Past the cursor, gallop forward to bound the search (rows skipped by a filter leave gaps); else search all.
        let (mut lo, mut hi) = (0, people.len());
        if at(self.cursor).is_some_and(|c| c < id) {
            lo = self.cursor + 1;
            let mut step = 1;
            while lo + step < hi {
                if people[lo + step].id.as_bytes() < id {
                    lo += step + 1;
                    step *= 2;
                } else {
                    hi = lo + step + 1;
                    break;
                }
            }
        }
        let found = lo + people[lo..hi].binary_search_by(|p| p.id.as_bytes().cmp(id)).ok()?;
        self.cursor = found;
        Some(found)
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
        let id: String = r.get("id")?;
        let goal = Goal {
            id: id.clone(),
            title: r.get("title")?,
            topics: Vec::new(),
            priority: r.get("priority")?,
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
        let id: String = r.get("goal_id")?;
        if let Some(g) = goals.get_mut(&id) {
            g.topics.push(r.get("topic")?);
        }
    }
    let mut stmt = tx.prepare_cached(
        "SELECT p.goal_id, p.person_id FROM goal_people p JOIN goals g ON g.id = p.goal_id WHERE g.active = 1
         ORDER BY p.goal_id, p.position",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get("goal_id")?;
        if let Some(g) = goals.get_mut(&id) {
            g.people.push(r.get("person_id")?);
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
        let id: String = r.get("id")?;
        let item = Item {
            id: id.clone(),
            title: r.get("title")?,
            url: r.get("url")?,
            topics: Vec::new(),
            published_on: r.get("published_on")?,
        };
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
        let id: String = r.get("item_id")?;
        if let Some(item) = items.get_mut(&id) {
            item.topics.push(r.get("topic")?);
        }
    }
    Ok(items.into_values().collect())
}

/// The events up to today (sorted by id), and apart from them tomorrow's of kind `other` (read as mentions from their
/// eve), in one pass over the table.
fn load_events(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<(Vec<Event>, Vec<Event>)> {
    // Every kind within the longest event window; bereavements for the whole mourning year.
    let window = config.support_days.max(config.congratulate_days).max(config.sensitive_days);
    let mut stmt = tx.prepare_cached(
        "SELECT id, person_id, date, kind, detail FROM events
          WHERE (date <= ?2 AND (date >= ?1 OR (kind = 'bereavement' AND date >= ?3)))
             OR (date = ?4 AND kind = 'other') ORDER BY id",
    )?;
    let rows: Vec<Event> = stmt
        .query_map(
            params![today - days(window), today, today - days(config.mourning_days), today + days(1)],
            super::events::from_row,
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows.into_iter().partition(|e| e.date <= today))
}

/// Favors received within the thank window, split into those thanked by today and those not (sorted by id).
/// Favors received within the thank window, thanked and not; and those received before it, within the reach of a
/// check-in's thanks at last, never thanked.
fn load_favors_received(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
) -> Result<(Vec<Favor>, Vec<Favor>, Vec<Favor>)> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, person_id, date, kind, detail, outcome, thanked_on FROM favors
         WHERE received = 1 AND date BETWEEN ?1 AND ?2 ORDER BY id",
    )?;
    let rows: Vec<Favor> = stmt
        .query_map(params![today - days(config.thank_days.max(crate::engine::THANK_AT_LAST_DAYS)), today], |r| {
            let thanked_on: Option<NaiveDate> = r.get("thanked_on")?;
            Ok(Favor {
                id: r.get("id")?,
                from: r.get("person_id")?,
                to: ME.to_owned(),
                date: r.get("date")?,
                kind: r.get("kind")?,
                detail: r.get("detail")?,
                // Thanked later than today is not thanked yet.
                thanked_on: thanked_on.filter(|t| *t <= today),
                outcome: r.get("outcome")?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let (recent, long): (Vec<Favor>, Vec<Favor>) =
        rows.into_iter().partition(|f| (today - f.date).num_days() <= config.thank_days);
    let (thanked, unthanked) = recent.into_iter().partition(|f| f.thanked_on.is_some());
    Ok((thanked, unthanked, long.into_iter().filter(|f| f.thanked_on.is_none()).collect()))
}

fn load_follow_ups(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<Vec<FollowUp>> {
    // keep_promise needs `due − lead ≤ today ≤ due + 30`; follow_up needs `due ≤ today ≤ (until or due) + 21`. As
    // `until ≥ due`, `(until or due) ≥ today − max(30, 21)` keeps every follow-up either could fire for.
    let reach = config.keep_promise_days.max(config.follow_up_grace_days);
    // And the user's promises due up to a week after tomorrow's mentions, kept even once done: a promise around a
    // mention shows the user's part in it (`promised_around`).
    // And those a thank-you waits for (`thank_promised_days`).
    // And those a check-in gives way to (`check_in_before_promise_days`).
    let ahead = config
        .keep_promise_lead_days
        .max(1 + ANSWER_AFTER_DAYS)
        .max(config.thank_promised_days)
        .max(config.check_in_before_promise_days);
    let mut stmt = tx.prepare_cached(&format!(
        "{} WHERE (done_on IS NULL OR done_on > ?1 OR mine) AND due <= ?2 AND coalesce(until, due) >= ?3 ORDER BY id",
        super::follow_ups::SELECT
    ))?;
    let rows = stmt
        .query_map(params![today, today + days(ahead), today - days(reach)], |r| {
            let fu = super::follow_ups::from_row(r)?;
            // A `done_on` after today counts as unset, as of today.
            Ok(FollowUp { done_on: fu.done_on.filter(|d| *d <= today), ..fu })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Where the user lives, as the book says it: the locations, to the part of town ("Jaipur, Bani Park"), of the
/// family in the user's ten who are time together by their own record (the partner, a child at home, someone whose
/// notes say they live with the user), in lower case. Read from the whole book whatever the snapshot's scope: whether
/// someone lives with the user must not depend on who else was asked about.
fn homes(tx: &Transaction, today: NaiveDate) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, name, how_met, notes, birthday, location FROM people
          WHERE kin AND circle = 1 AND status = 'active' AND instr(location, ',') > 0 ORDER BY id",
    )?;
    let mut ten: Vec<(PersonFacts, String)> = Vec::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut p = crate::model::Person::new(r.get::<_, String>(0)?, r.get::<_, String>(1)?);
        p.kin = true;
        p.circle = 1;
        p.how_met = r.get(2)?;
        p.notes = r.get(3)?;
        p.birthday = r.get::<_, Option<String>>(4)?.as_deref().and_then(AnnualDate::parse);
        ten.push((PersonFacts::from_person(&p), r.get::<_, String>(5)?.trim().to_lowercase()));
    }
    drop(rows);
    if ten.is_empty() {
        return Ok(Vec::new());
    }
    // Their kept dates: "Our wedding anniversary" says a partner.
    let ids =
        serde_json::to_string(&ten.iter().map(|(p, _)| p.id.as_str()).collect::<Vec<_>>()).expect("ids serialize");
    let mut stmt = tx.prepare_cached(
        "SELECT person_id, id, label, date FROM person_dates WHERE person_id IN (SELECT value FROM json_each(?1))",
    )?;
    let mut rows = stmt.query([&ids])?;
    while let Some(r) = rows.next()? {
        let person: String = r.get(0)?;
        let Some(date) = AnnualDate::parse(&r.get::<_, String>(3)?) else { continue };
        if let Some((p, _)) = ten.iter_mut().find(|(p, _)| p.id == person) {
            p.dates.push(RecurringDate { id: r.get(1)?, label: r.get(2)?, date });
        }
    }
    drop(rows);
    Ok(ten.into_iter().filter(|(p, _)| crate::engine::text::time_together(p, today)).map(|(_, place)| place).collect())
}

fn load_people(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    // Its goals and items, loaded already.
    snap: &Snapshot,
    scope: &Scope,
    recompute: Recompute,
    side: &mut dyn FnMut() -> Option<SideRows>,
) -> Result<(Vec<PersonFacts>, Introduced)> {
    // Sized once: growing a vector of 10k people by doubling copied it over and over, and its fresh pages were the
    // largest share of a fresh process's page faults (issue 12).
    let count = match scope {
        Scope::Everyone => tx.prepare_cached("SELECT count(*) FROM people")?.query_row([], |r| r.get::<_, i64>(0))?,
        Scope::Only(_) => 0,
    };
    let mut people: Vec<PersonFacts> = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
    let sql = format!(
        "SELECT id, name, circle, peak_circle, stage, power, kin, no_intros, status, cadence_days, snoozed_until,
                birthday, CASE WHEN kin THEN how_met END AS kin_how_met, location,
                CASE WHEN ltrim(how_met, char(32, 9, 10, 13)) LIKE 'hired%'
                       OR ltrim(how_met, char(32, 9, 10, 13)) LIKE 'joined %'
                       OR ltrim(how_met, char(32, 9, 10, 13)) LIKE 'started on %'
                       OR ltrim(how_met, char(32, 9, 10, 13)) LIKE 'came %' THEN how_met END AS hired_how_met
         FROM people WHERE 1{}",
        scope.filter("id", 1)
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let [id, name, circle, peak_circle, stage, power, kin, no_intros, status, cadence_days, snoozed_until, birthday, how_met, location, hired] =
        columns(
            &stmt,
            [
                "id",
                "name",
                "circle",
                "peak_circle",
                "stage",
                "power",
                "kin",
                "no_intros",
                "status",
                "cadence_days",
                "snoozed_until",
                "birthday",
                "kin_how_met",
                "location",
                "hired_how_met",
            ],
        )?;
    // The region each location names (a country, a state, a province), and how many have a location at all: a
    // region few share is away from home (`abroad`), one a fifth or more share is home.
    let mut regions: Vec<(usize, &'static str)> = Vec::new();
    let mut located = 0usize;
    // And where the family in the close 15 live, to the part of town: those under the user's roof share it with the
    // partner or a child at home.
    let mut family_places: Vec<(usize, String)> = Vec::new();
    let mut rows = stmt.query(params_from_iter(scope.params(&[])))?;
    while let Some(r) = rows.next()? {
        let birthday = r.get_ref(birthday)?.as_str_or_null().map_err(rusqlite::Error::from)?;
        if let Some(place) = r.get_ref(location)?.as_str_or_null().map_err(rusqlite::Error::from)? {
            located += 1;
            if r.get::<_, bool>(kin)?
                && r.get::<_, u8>(circle)? <= 2
                && r.get::<_, Status>(status)? == Status::Active
                && place.contains(',')
            {
                family_places.push((people.len(), place.trim().to_lowercase()));
            }
            if let Some(region) = crate::engine::named_region(place) {
                regions.push((people.len(), region));
            }
        }
        people.push(PersonFacts {
            id: r.get(id)?,
            name: r.get(name)?,
            circle: r.get(circle)?,
            peak_circle: r.get(peak_circle)?,
            stage: r.get(stage)?,
            power: r.get(power)?,
            kin: r.get(kin)?,
            no_intros: r.get(no_intros)?,
            status: r.get(status)?,
            cadence_days: r.get(cadence_days)?,
            snoozed_until: r.get(snoozed_until)?,
            birthday: birthday.and_then(AnnualDate::parse),
            dates: Vec::new(),
            notes: None,
            profile: None,
            interests: Vec::new(),
            expertise: Vec::new(),
            needs: Vec::new(),
            offers: Vec::new(),
            contact: Contact::default(),
            favors: FavorBalance::default(),
            last_intro: None,
            how_met: r.get(how_met)?,
            // (Read as the engine reads a person: the query only keeps the how-we-met of those it may be true of.)
            hired: r
                .get_ref(hired)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)?
                .is_some_and(crate::engine::says_hired),
            abroad: false,
            at_home: false,
        });
    }
    drop(rows);
    let mut sharing: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (_, region) in &regions {
        *sharing.entry(region).or_default() += 1;
    }
    for &(k, region) in &regions {
        people[k].abroad = sharing[region] * 5 < located;
    }
    if !family_places.is_empty() {
        let homes = homes(tx, today)?;
        // (Or a place that says so: "Mardin, with us at Zeytun Konak", round 143, mardin P23, "Call Anne this evening"
        // of the mother who lives in the courtyard rooms.)
        for (k, place) in family_places {
            // (Or "(home)": "Rasht, Saghrisazan (home)" of the parents a daughter lives with, round 154, rasht P10,
            // P11, "Call Baba" of the father she lives with and sits beside in hospital, from both reviewers.)
            people[k].at_home = homes.contains(&place)
                || place.contains("with us")
                || place.contains("with me")
                || place.contains("(home)");
        }
        // Another country than home's, when home's is known (the partner's, or a child's at home), is away however
        // many of the book live there (round 140, odesa P14: "Be with Mama today if you can" of a mother in Odesa, a
        // fifth of the book in Ukraine and the user in Kraków, "a trip she can't make", from both reviewers).
        let home = regions.iter().find(|&&(k, _)| people[k].at_home).map(|&(_, region)| region);
        if let Some(home) = home.filter(|h| crate::engine::a_country(h)) {
            for &(k, region) in &regions {
                people[k].abroad |= region != home && crate::engine::a_country(region);
            }
        }
    }
    // Read in the table's own order and sorted here: `ORDER BY id` walks the id index and looks every row up in the
    // table, which took most of this query's time at 10k people. Ids are unique, so the order is the same.
    people.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    let mut finder = Finder::new(&people);

    let sql = format!(
        "SELECT person_id, id, label, date FROM person_dates WHERE 1{} ORDER BY person_id, id",
        scope.filter("person_id", 1)
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let [person, id, label, date] = columns(&stmt, ["person_id", "id", "label", "date"])?;
    let mut rows = stmt.query(params_from_iter(scope.params(&[])))?;
    while let Some(r) = rows.next()? {
        let Some(i) = finder.find(&people, bytes_at(r, person)?) else { continue };
        let date: String = r.get(date)?;
        if let Some(date) = AnnualDate::parse(&date) {
            let label: Option<String> = r.get(label)?;
            // A date kept by another calendar falls this year where its label says (`this_years_day`).
            let date = label.as_deref().and_then(|l| this_years_day(l, &date, today)).unwrap_or(date);
            people[i].dates.push(RecurringDate { id: r.get(id)?, label, date });
        }
    }
    drop(rows);

    // On the day of loss of a friend in the user's 15 who died, the notes and who they are of everyone in the user's 15
    // (whose title or "how we met" may say they are the friend's family: the day is kept with them).
    let lost_today = |q: &PersonFacts| {
        !q.kin
            && q.status == Status::Deceased
            && q.dates.iter().any(|d| {
                d.label.as_deref().is_some_and(crate::engine::derive::speaks_of_loss)
                    && next_occurrence(&d.date, today, 0).is_some()
            })
    };
    let friend_lost_today = people.iter().any(|q| q.circle <= 2 && lost_today(q));
    // (Or ever in the user's 15, kept in the outer circle now, as the dead often are: the notes and who they are of
    // those whose notes, "how we met" or title name them in the possessive, "Curro's widow, 82", one query a name;
    // round 127, cadiz.)
    let mut once_close_lost: Vec<String> = people
        .iter()
        .filter(|q| q.circle > 2 && q.peak_circle <= 2 && lost_today(q))
        .flat_map(|q| {
            // (By the family name too: "Pa Oduwole's wife" of Samuel Adigun Oduwole, round 127's regression, tailor.)
            let family = q.name.split_whitespace().last().unwrap_or_default();
            let names = [crate::engine::text::name_word(&q.name), crate::engine::text::called(q), family];
            names.into_iter().flat_map(|name| [format!("%{name}'s %"), format!("%{name}’s %")]).collect::<Vec<_>>()
        })
        .collect();
    // (A name the notes call them by is often their first name too: one query for it.)
    once_close_lost.sort_unstable();
    once_close_lost.dedup();

    // Notes, only of the people who keep dates (a loss written there makes those dates quiet), of family (whether
    // they live with the user), of those with news in the window of a congratulation (the user's part in it) and of
    // those whose birthday is near (the name the notes call them by: "Kuya Bong's birthday is today"), and of those
    // with a favor to thank (whose family a loss in the book may name: "Valentín's son"), and of those with a mention
    // of theirs around today (whether what they go through is theirs to raise: `theirs_to_raise`, `asks_no_questions`),
    // and of those with an open need (whether it is to be kept close: an introduction asks them alone first), and of
    // those never to be introduced and of the user's ten (whether the user keeps away from them for now, `keeps_away`:
    // "I do not write to him before the audition, that would look like lobbying", of the principal on the user's
    // audition panel, round 172, salzburg P3).
    let since = today - days(config.congratulate_days);
    let thank_since = today - days(config.thank_days);
    let lead = config.occasion_lead_by_circle.iter().flatten().copied().max().unwrap_or(0);
    let (mention_since, mention_until) = (today - days(config.follow_up_grace_days), today + days(1));
    let birthdays: Vec<String> = (0..=lead).map(|k| format!("'{}'", (today + days(k)).format("%m-%d"))).collect();
    let sql = format!(
        "SELECT id, notes FROM people
         WHERE notes IS NOT NULL
           AND (kin OR no_intros OR power OR id IN (SELECT person_id FROM person_dates)
                OR id IN (SELECT person_id FROM events WHERE date >= '{since}')
                OR id IN (SELECT person_id FROM favors
                          WHERE received = 1 AND thanked_on IS NULL AND date >= '{thank_since}')
                OR id IN (SELECT person_id FROM follow_ups
                          WHERE NOT mine AND due <= '{mention_until}' AND coalesce(until, due) >= '{mention_since}')
                OR id IN (SELECT person_id FROM needs WHERE since <= '{today}' AND (until IS NULL OR until >= '{today}'))
                OR substr(birthday, -5) IN ({}){}{}){}
         ORDER BY id",
        birthdays.join(", "),
        if friend_lost_today { " OR circle <= 3" } else { "" },
        // (And of everyone with an interest when an item in the window is about an election: whether they stand in it.)
        if snap.items.iter().any(|i| crate::engine::about_an_election(&i.title)) {
            " OR id IN (SELECT person_id FROM interests)"
        } else {
            ""
        },
        scope.filter("id", 1)
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let [id, notes] = columns(&stmt, ["id", "notes"])?;
    let mut rows = stmt.query(params_from_iter(scope.params(&[])))?;
    while let Some(r) = rows.next()? {
        let Some(i) = finder.find(&people, bytes_at(r, id)?) else { continue };
        people[i].notes = r.get(notes)?;
    }
    drop(rows);
    drop(stmt);

    // And of the family of someone in intensive care these two days, whose notes say whose they are ("Sunil's son,
    // 30."): the card for the one in intensive care goes through them (`family_at_hand`). Seldom any: one query each.
    let in_care: Vec<String> = snap
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Illness && (today - e.date).num_days() <= 2)
        .filter(|e| e.detail.as_deref().is_some_and(crate::engine::text::in_intensive_care))
        .filter_map(|e| finder.find(&people, e.person.as_bytes()))
        // (With either apostrophe: "Sunil’s son" as a phone types it.)
        .flat_map(|i| {
            let name = crate::engine::text::name_word(&people[i].name);
            [format!("%{name}'s %"), format!("%{name}’s %")]
        })
        .collect();
    for pattern in in_care {
        let mut stmt = tx.prepare_cached("SELECT id, notes FROM people WHERE notes LIKE ?1 ORDER BY id")?;
        let mut rows = stmt.query([pattern])?;
        while let Some(r) = rows.next()? {
            let Some(i) = finder.find(&people, bytes_at(r, 0)?) else { continue };
            if people[i].notes.is_none() {
                people[i].notes = r.get(1)?;
            }
        }
    }
    // (The once-close friend's family, by notes, "how we met" or title, in the user's 15: their notes now, who they are
    // with the profiles below.)
    let mut kept_with: Vec<usize> = Vec::new();
    for pattern in once_close_lost {
        let mut stmt = tx.prepare_cached(
            "SELECT id, notes FROM people
              WHERE circle <= 3 AND (notes LIKE ?1 OR how_met LIKE ?1 OR title LIKE ?1) ORDER BY id",
        )?;
        let mut rows = stmt.query([pattern])?;
        while let Some(r) = rows.next()? {
            let Some(i) = finder.find(&people, bytes_at(r, 0)?) else { continue };
            if people[i].notes.is_none() {
                people[i].notes = r.get(1)?;
            }
            kept_with.push(i);
        }
    }

    // Interests, expertise and the contact aggregates: read on the other connection meanwhile, or here.
    let mut side = match side() {
        Some(rows) => rows,
        None => read_side_with(tx, today, config, scope, recompute, &snap.goals, &snap.items)?,
    };
    let mut kept: Vec<(usize, i64, Interest)> = std::mem::take(&mut side.interests)
        .into_iter()
        .filter_map(|(id, position, interest)| Some((finder.find(&people, side.ids.get(id))?, position, interest)))
        .collect();
    kept.sort_unstable_by_key(|&(i, position, _)| (i, position));
    for (i, _, interest) in kept {
        people[i].interests.push(interest);
    }
    let mut kept: Vec<(usize, i64, String)> = std::mem::take(&mut side.expertise)
        .into_iter()
        .filter_map(|(id, position, topic)| Some((finder.find(&people, side.ids.get(id))?, position, topic)))
        .collect();
    kept.sort_unstable_by_key(|&(i, position, _)| (i, position));
    for (i, _, topic) in kept {
        people[i].expertise.push(topic);
    }

    for table in ["needs", "offers"] {
        let sql = format!(
            "SELECT person_id, id, topic, text, since, until FROM {table}
             WHERE since <= ?1 AND (until IS NULL OR until >= ?1){} ORDER BY person_id, id",
            scope.filter("person_id", 2)
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let [person, id, topic, text, since, until] =
            columns(&stmt, ["person_id", "id", "topic", "text", "since", "until"])?;
        let mut rows = stmt.query(params_from_iter(scope.params(&[&today])))?;
        while let Some(r) = rows.next()? {
            let Some(i) = finder.find(&people, bytes_at(r, person)?) else { continue };
            let need = Need {
                id: r.get(id)?,
                topic: r.get(topic)?,
                text: r.get(text)?,
                since: r.get(since)?,
                until: r.get(until)?,
            };
            if table == "needs" {
                people[i].needs.push(need);
            } else {
                people[i].offers.push(need);
            }
        }
    }

    let only = match scope {
        Scope::Everyone => None,
        Scope::Only(ids) => Some(ids.as_str()),
    };
    let introduced = match (side.contacts.take(), only) {
        (Some(contacts), _) => {
            for (id, contact) in contacts {
                if let Some(i) = finder.find(&people, side.ids.get(id)) {
                    people[i].contact = contact;
                }
            }
            contacts::load_intros(tx, today, &people, &mut finder, only)?
        }
        (None, None) => contacts::load_contacts(tx, today, config, &mut people, &mut finder)?,
        (None, Some(ids)) => contacts::load_contacts_of(tx, today, config, &mut people, &mut finder, ids)?,
    };

    // The last intro each person was in (through the intros' partial index): a favor aimed at a need is not proposed
    // once an introduction met it.
    let sql = format!(
        "SELECT ip.person_id, MAX(i.date) AS last FROM interactions i INDEXED BY interactions_intro
           JOIN interaction_people ip ON ip.interaction_id = i.id
          WHERE i.kind = 'intro' AND i.date <= ?1{} GROUP BY ip.person_id",
        scope.filter("ip.person_id", 2)
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let [person, last] = columns(&stmt, ["person_id", "last"])?;
    let mut rows = stmt.query(params_from_iter(scope.params(&[&today])))?;
    while let Some(r) = rows.next()? {
        let Some(i) = finder.find(&people, bytes_at(r, person)?) else { continue };
        people[i].last_intro = r.get(last)?;
    }
    drop(rows);

    // Who they are, for the dormant ties that were once in the user's 50 (a reconnect says it), for people outside
    // the close 15 with a birthday or a kept date in its lead (a wish for them says it, not just a name and a date),
    // and for those who follow the topic of an item in the share window (no article on what their title says they do).
    let dormant_before = today - days(config.dormant_days);
    // Only those an article is likely to go to: an interest strong enough to share on, and in the user's 50 or one of
    // the ten (a share for anyone else needs the peripheral threshold, which a share's base of 0.3 seldom reaches; for
    // them the check of their own field is not made). A quarter of a generated 10k book follows a topic of the week:
    // looking them all up cost 5 ms of a 170 ms debug `suggest`.
    let could_be_sent_an_article = |p: &PersonFacts| {
        (p.circle < config.peripheral_circle || p.power)
            && p.interests.iter().any(|i| i.strength >= config.share_min_strength)
    };
    let dated = |p: &PersonFacts| {
        p.circle >= OCCASION_WHO_MIN_CIRCLE
            && EngineConfig::by_circle(&config.occasion_lead_by_circle, p.circle).is_some_and(|lead| {
                p.birthday
                    .iter()
                    .chain(p.dates.iter().map(|d| &d.date))
                    .any(|d| next_occurrence(d, today, lead).is_some())
            })
    };
    let profiled: Vec<&str> = people
        .iter()
        .enumerate()
        .filter(|&(k, p)| {
            (p.peak_circle.min(p.circle) < config.peripheral_circle
                && p.contact.last.is_some_and(|l| l <= dormant_before))
                || dated(p)
                || could_be_sent_an_article(p)
                || (friend_lost_today && p.circle <= 3)
                || kept_with.contains(&k)
        })
        .map(|(_, p)| p.id.as_str())
        .collect();
    if !profiled.is_empty() {
        let ids = serde_json::to_string(&profiled).expect("ids serialize");
        let mut stmt = tx.prepare_cached(
            "SELECT id, how_met, title, company FROM people WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id",
        )?;
        let [id, how_met, title, company] = columns(&stmt, ["id", "how_met", "title", "company"])?;
        let mut rows = stmt.query([&ids])?;
        while let Some(r) = rows.next()? {
            let Some(i) = finder.find(&people, bytes_at(r, id)?) else { continue };
            people[i].profile =
                Some(Profile { how_met: r.get(how_met)?, title: r.get(title)?, company: r.get(company)? });
        }
    }

    // Reciprocity inputs: favors each way, weighted by kind and halved every `favor_half_life_days` of age; the last
    // favor each way. Weighted here rather than in SQL: a per-row SQL function and julianday() cost more than the rows.
    // Read in the table's order, then summed in the order the person-and-date index gives (person, date, rowid), so
    // the sums come out bit for bit as before: the index walk looked every row up in the table.
    let mut favors: Vec<(usize, NaiveDate, i64, bool, FavorKind)> = side
        .favors
        .into_iter()
        .filter_map(|(id, date, rowid, received, kind)| {
            Some((finder.find(&people, side.ids.get(id))?, date, rowid, received, kind))
        })
        .collect();
    favors.sort_unstable_by_key(|&(i, date, rowid, _, _)| (i, date, rowid));
    for (i, date, _, received, kind) in favors {
        let weight = config.favor_weights.get(kind)
            * 0.5f64.powf((today - date).num_days() as f64 / config.favor_half_life_days);
        let balance = &mut people[i].favors;
        if received {
            balance.received += weight;
            // The latest by date, then by kind's name (as the day's text sorts).
            if balance.last_received.is_none_or(|(d, k)| (date, kind.as_str()) > (d, k.as_str())) {
                balance.last_received = Some((date, kind));
            }
        } else {
            balance.given += weight;
            balance.last_given = Some(balance.last_given.map_or(date, |d| d.max(date)));
        }
    }
    Ok((people, introduced))
}

/// The rows of the four largest per-person tables a morning reads, by person id, for [`load_snapshot_joined`] to
/// place: what [`crate::Store::read_split`]'s second connection reads while the first reads the people.
pub(crate) struct SideRows {
    /// (person, position, interest): only on the topics of items in the share window (nothing else uses them).
    interests: Vec<(IdAt, i64, Interest)>,
    /// (person, position, topic): only on the topics of active goals and of those items.
    expertise: Vec<(IdAt, i64, String)>,
    /// The contact aggregates from the maintained summaries; `None` when one is stale or they are to be recomputed.
    contacts: Option<Vec<(IdAt, Contact)>>,
    /// (person, date, rowid, received, kind): every favor up to today.
    favors: Vec<(IdAt, NaiveDate, i64, bool, FavorKind)>,
    /// The person ids of all of these.
    ids: Ids,
}

/// [`SideRows`] for everyone, on its own transaction (its own goals, items and settings, read in the same state).
pub(crate) fn read_side(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<SideRows> {
    let goals = load_goals(tx)?;
    let items = load_items(tx, today, config)?;
    read_side_with(tx, today, config, &Scope::Everyone, Recompute::FromSummaries, &goals, &items)
}

fn read_side_with(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    scope: &Scope,
    recompute: Recompute,
    goals: &[Goal],
    items: &[Item],
) -> Result<SideRows> {
    let mut ids = Ids::default();
    // Interests and expertise are read in the table's own order and only the few on a wanted topic kept (the caller
    // puts them in each person's order, by position): `ORDER BY person_id, position` walked the key's index and looked
    // every row up in the table (5.6 of a morning's 31 ms at 10k people).
    let item_topics: HashSet<String> =
        items.iter().flat_map(|it| it.topics.iter().map(|t| normalize_topic(t).into_owned())).collect();
    let mut interests = Vec::new();
    if !item_topics.is_empty() {
        let sql = format!(
            "SELECT person_id, position, topic, strength FROM interests WHERE 1{}",
            scope.filter("person_id", 1)
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let [person, position, topic, strength] = columns(&stmt, ["person_id", "position", "topic", "strength"])?;
        let mut rows = stmt.query(params_from_iter(scope.params(&[])))?;
        while let Some(r) = rows.next()? {
            let topic = str_at(r, topic)?;
            if !item_topics.contains(normalize_topic(topic).as_ref()) {
                continue;
            }
            interests.push((
                ids.push(bytes_at(r, person)?),
                r.get(position)?,
                Interest { topic: topic.to_owned(), strength: r.get(strength)? },
            ));
        }
    }
    // Expertise on the topics of active goals (asks, reconnects) and of the items in the share window (nobody is sent
    // their own field's news).
    let goal_topics: HashSet<String> =
        goals.iter().flat_map(|g| g.topics.iter().map(|t| normalize_topic(t).into_owned())).collect();
    let mut expertise = Vec::new();
    if !goal_topics.is_empty() || !item_topics.is_empty() {
        let sql = format!("SELECT person_id, position, topic FROM expertise WHERE 1{}", scope.filter("person_id", 1));
        let mut stmt = tx.prepare_cached(&sql)?;
        let [person, position, topic] = columns(&stmt, ["person_id", "position", "topic"])?;
        let mut rows = stmt.query(params_from_iter(scope.params(&[])))?;
        while let Some(r) = rows.next()? {
            let topic = str_at(r, topic)?;
            let norm = normalize_topic(topic);
            if !goal_topics.contains(norm.as_ref()) && !item_topics.contains(norm.as_ref()) {
                continue;
            }
            expertise.push((ids.push(bytes_at(r, person)?), r.get(position)?, topic.to_owned()));
        }
    }
    let only = match scope {
        Scope::Everyone => None,
        Scope::Only(ids) => Some(ids.as_str()),
    };
    let contacts = match recompute {
        Recompute::FromSummaries => contacts::read_summaries(tx, today, config, only, &mut ids)?,
        Recompute::FromInteractions => None,
    };
    // Favors each way, in the table's order (the caller sums them per person).
    let sql = format!(
        "SELECT rowid, person_id, received, date, kind FROM favors WHERE date <= ?1{}",
        scope.filter("person_id", 2)
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let [rowid, person, received, date, kind] = columns(&stmt, ["rowid", "person_id", "received", "date", "kind"])?;
    let mut rows = stmt.query(params_from_iter(scope.params(&[&today])))?;
    let mut favors = Vec::new();
    while let Some(r) = rows.next()? {
        favors.push((ids.push(bytes_at(r, person)?), r.get(date)?, r.get(rowid)?, r.get(received)?, r.get(kind)?));
    }
    Ok(SideRows { interests, expertise, contacts, favors, ids })
}

fn load_feedback(tx: &Transaction, today: NaiveDate) -> Result<Vec<FeedbackFacts>> {
    let mut stmt =
        tx.prepare_cached(&format!("{} WHERE on_date <= ?1 ORDER BY seq", crate::store::feedback::SELECT))?;
    let rows: Vec<Feedback> =
        stmt.query_map([today], crate::store::feedback::from_row)?.collect::<rusqlite::Result<_>>()?;
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
        // A birthday is their twins' card too (`engine::generate::twins`): family born the same day, whom the engine
        // tells apart by their family name.
        SuggestionKind::Occasion if parts.next() == Some("birthday") => {
            let mut stmt = tx.prepare_cached(
                "SELECT q.id FROM people p JOIN people q ON q.birthday = p.birthday AND q.id <> p.id AND q.kin = 1
                  WHERE p.id = ?1 AND p.kin = 1 AND length(p.birthday) = 10 ORDER BY q.id",
            )?;
            let twins = stmt.query_map([first], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
            return Ok(std::iter::once(first.to_owned()).chain(twins).collect());
        }
        _ => return Ok(vec![first.to_owned()]),
    };
    // (A mention read from an event is named by the event.)
    let (table, first) = match crate::engine::generate::event_read_as(first) {
        Some(event) if table == "follow_ups" => ("events", event),
        _ => (table, first),
    };
    let sql = format!("SELECT person_id FROM {table} WHERE id = ?1");
    let person: Option<String> = tx.query_row(&sql, [first], |r| r.get("person_id")).optional()?;
    Ok(person.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The finder answers as a linear search would, whatever order the rows come in: ascending with gaps (a filtered
    /// query), repeated, descending, and ids that are not in the book (before, between and after them all).
    #[test]
    fn the_finder_finds_every_id_in_any_order_and_only_them() {
        let ids: Vec<String> = (0..300).map(|i| format!("p{:04}", i * 3)).collect();
        let people: Vec<PersonFacts> =
            ids.iter().map(|id| PersonFacts::from_person(&crate::model::Person::new(id, "Someone"))).collect();
        let linear = |id: &str| people.iter().position(|p| p.id == id);
        let mut queries: Vec<String> = Vec::new();
        queries.extend((0..900).step_by(7).map(|i| format!("p{i:04}"))); // ascending, most of them absent
        queries.extend(ids.iter().flat_map(|id| [id.clone(), id.clone()])); // each twice, in order
        queries.extend(ids.iter().rev().step_by(5).cloned()); // descending
        queries.extend(["a", "p0000", "p0001", "p0899", "p0897", "z", "", "p0450"].map(str::to_owned));
        for (i, id) in ids.iter().enumerate().step_by(37) {
            queries.push(id.clone());
            queries.push(ids[(i * 7) % ids.len()].clone()); // jumps both ways
        }
        let mut finder = Finder::new(&people);
        for id in &queries {
            assert_eq!(finder.find(&people, id.as_bytes()), linear(id), "{id}");
        }
        assert_eq!(Finder::new(&[]).find(&[], b"p0000"), None);
    }
}

/// The split load ([`crate::Store::read_split`]): the same snapshot as one connection's, nothing written, and the reader
/// alone while another process writes.
#[cfg(test)]
mod split_tests {
    use super::*;
    use crate::store::settings;
    use crate::suggestions::digest_for;
    use crate::testkit::{generate_book, insert_book};
    use crate::Store;

    fn config(tx: &Transaction) -> EngineConfig {
        EngineConfig::from_settings(&settings::get(tx).unwrap())
    }

    fn book(dir: &std::path::Path, today: NaiveDate) -> Store {
        let store = Store::open(&dir.join("book.db")).unwrap();
        store.write(|tx| insert_book(tx, &generate_book(400, 20, today))).unwrap();
        store.checkpoint().unwrap();
        store
    }

    /// Loaded on two connections at once, the snapshot is the one a single connection loads, for any day; and loading
    /// it writes nothing (the side connection's write transaction is rolled back): the book's files are byte for byte
    /// as before.
    #[test]
    fn the_snapshot_loaded_on_two_connections_is_the_one_loaded_on_one_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        let store = book(dir.path(), today);
        let files = || ["book.db", "book.db-wal"].map(|f| std::fs::read(dir.path().join(f)).unwrap_or_default());
        let before = files();
        for day in (0..60).step_by(7).map(|d| today + chrono::Duration::days(d)) {
            let one = store.read(|tx| load_snapshot_with(tx, day, &config(tx))).unwrap();
            let mut side_ran = false;
            let two = store
                .read_split(
                    |tx| read_side(tx, day, &config(tx)),
                    |tx, side| {
                        let mut join = || {
                            let rows = side();
                            side_ran = rows.is_some();
                            rows
                        };
                        load_snapshot_joined(tx, day, &config(tx), &mut join)
                    },
                )
                .unwrap();
            assert!(side_ran, "the other connection read its part on {day}");
            assert!(!one.people.is_empty() && one.people.iter().any(|p| p.contact.count > 0));
            assert_eq!(one, two, "{day}");
            assert_eq!(
                digest_for(&store, day).unwrap().suggestions,
                crate::engine::suggest(&one, day, &config_of(&store))
            );
        }
        assert!(before == files(), "a digest wrote to the book");
    }

    /// Whether family live under the user's roof is read from the whole book: the snapshot of the mother-in-law
    /// alone says it as the whole book's does (a scoped `explain` or `done` sees the card `suggest` showed), and
    /// someone at another address in town is not at home.
    #[test]
    fn family_at_the_partners_address_are_at_home_in_a_snapshot_of_them_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("book.db")).unwrap();
        let json = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(
            "../../../tests/fixtures/scenarios/t444-family-at-the-partners-address-are-under-the-users-roof.json",
        ))
        .unwrap();
        let scenario: serde_json::Value = serde_json::from_str(&json).unwrap();
        crate::archive::import_json(&store, &scenario["archive"].to_string()).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 13).unwrap();
        let at_home = |snap: &Snapshot, id: &str| snap.people.iter().find(|p| p.id == id).unwrap().at_home;
        let whole = store.read(|tx| load_snapshot_with(tx, today, &config(tx))).unwrap();
        assert!(at_home(&whole, "kusum") && at_home(&whole, "ritika"));
        assert!(!at_home(&whole, "mamaji") && !at_home(&whole, "sarla"));
        for id in ["kusum", "ritika", "mamaji", "sarla"] {
            let alone = store.read(|tx| load_snapshot_of(tx, today, &config(tx), &[id.to_owned()])).unwrap();
            assert_eq!(at_home(&alone, id), at_home(&whole, id), "{id}");
        }
    }

    fn config_of(store: &Store) -> EngineConfig {
        store.read(|tx| Ok(config(tx))).unwrap()
    }

    /// Whether the user hired them is read from the store as the engine reads it from a person: "Hired…" in any case
    /// and after any blank, but not "Hired me…", and nothing without a how-we-met (the query narrows the rows read).
    #[test]
    fn the_store_reads_hired_as_the_engine_does() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("book.db")).unwrap();
        let said = [
            Some("Hired him when the cold store started"),
            Some("  hired her in 2017"),
            Some("\tHIRED them from the SENA programme"),
            Some("Hired me into Lajur"),
            Some("hired me"),
            Some("Hiredman's daughter"),
            Some("She hired me"),
            Some("Started on my crew"),
            Some("Joined my clinical pharmacy unit from a community pharmacy"),
            Some("Came to work for me when I opened the workshop"),
            Some("Clinical pharmacist on my team 2009-2016"),
            Some("Joined my team at Finlo 2018–2022"),
            Some("Joined my youth choir at thirteen"),
            None,
        ];
        let people: Vec<serde_json::Value> = said
            .iter()
            .enumerate()
            .map(|(k, how)| serde_json::json!({"id": format!("p{k}"), "name": format!("Person {k}"), "how_met": how}))
            .collect();
        let archive = serde_json::json!({"format": "advocates-archive", "version": 1, "people": people});
        crate::archive::import_json(&store, &archive.to_string()).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let snap = store.read(|tx| load_snapshot_with(tx, today, &config(tx))).unwrap();
        for (k, how) in said.iter().enumerate() {
            let p = snap.people.iter().find(|p| p.id == format!("p{k}")).unwrap();
            let mut person = crate::model::Person::new("x", "X");
            person.how_met = how.map(str::to_owned);
            let expected = PersonFacts::from_person(&person).hired;
            assert_eq!(p.hired, expected, "{how:?}");
        }
        assert_eq!(snap.people.iter().filter(|p| p.hired).count(), 6);
    }

    /// While another process holds the write lock (an import), the side does not wait for it: the reader loads alone,
    /// at once, to the same digest; and the other process can still write afterwards.
    #[test]
    fn a_book_being_written_elsewhere_is_loaded_by_the_reader_alone() {
        let dir = tempfile::tempdir().unwrap();
        let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        let store = book(dir.path(), today);
        let expected = digest_for(&store, today).unwrap();
        let other = rusqlite::Connection::open(dir.path().join("book.db")).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let ran = store.read_split(|_| Ok(()), |_, side| Ok(side().is_some())).unwrap();
        assert!(!ran, "the side ran while another connection held the write lock");
        assert_eq!(digest_for(&store, today).unwrap(), expected);
        // The writer waits for the other's lock again (its busy timeout is back), rather than failing at once.
        let release = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(200));
            other.execute_batch("ROLLBACK").unwrap();
        });
        let noted = "UPDATE people SET notes = 'seen' WHERE id = (SELECT min(id) FROM people)";
        assert_eq!(store.write(|tx| Ok(tx.execute(noted, [])?)).unwrap(), 1);
        release.join().unwrap();
    }
}
