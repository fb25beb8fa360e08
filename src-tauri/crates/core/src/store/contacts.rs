//! Aggregates of each person's meaningful interactions up to today — the last date, how many, hours together, and
//! the median gap between the distinct dates of the rhythm window — and the pairs of people met in one `intro`.
//!
//! Two ways to the same aggregates. The usual one reads `contact_summary`, one row per person holding their meaningful
//! interactions packed (7 bytes each), which the store keeps current: triggers mark the people whose interactions
//! changed, and [`refresh_stale`] rebuilds their rows before each write transaction commits. The other recomputes
//! from the interactions themselves; it serves when summaries are stale (never, after a write through the store) and
//! as the reference the summaries are tested against.
//!
//! The recomputation is the one join of the load that SQLite can only run as a nested loop: two B-tree searches per
//! (interaction, person) row, by text id, about seven times the cost of two sequential scans on a big book. So it is
//! a hash join over two sequential scans: interactions (id, day, weighted minutes) into a table whose slots hold all
//! a lookup needs, then `interaction_people` in person order, aggregated person by person. Lookups go in small
//! batches whose slots are read first, so that their cache misses overlap instead of queueing. Nothing per row
//! outlives the load.

use chrono::{Datelike, NaiveDate};
use rusqlite::Transaction;

use crate::error::Result;
use crate::model::InteractionKind;

use crate::engine::{Contact, EngineConfig, Introduced, PersonFacts};

use super::snapshot::{bytes_at, columns, Finder, IdAt, Ids};

/// One packed interaction of a summary: day (i32), kind (u8), logged minutes (u16, [`NO_MINUTES`] when not logged).
const ENTRY: usize = 7;
const NO_MINUTES: u16 = u16::MAX;

/// Rebuilds the summaries of the people marked stale, and clears the marks. Runs inside every write transaction,
/// after its work: a person's rebuild reads their interactions through the `interaction_people_person` index.
pub(crate) fn refresh_stale(tx: &Transaction) -> Result<()> {
    let stale: Vec<String> = tx
        .prepare_cached("SELECT person_id FROM contact_stale ORDER BY person_id")?
        .query_map([], |r| r.get("person_id"))?
        .collect::<rusqlite::Result<_>>()?;
    if stale.is_empty() {
        return Ok(());
    }
    // One pass over the stale people's interactions, person by person (an import marks thousands at once).
    let mut read = tx.prepare_cached(
        "SELECT ip.person_id, i.date, i.kind, i.minutes
           FROM contact_stale s JOIN interaction_people ip ON ip.person_id = s.person_id
           JOIN interactions i ON i.id = ip.interaction_id
          WHERE i.kind <> 'note' ORDER BY ip.person_id, i.date",
    )?;
    let mut save = tx.prepare_cached(
        "INSERT OR REPLACE INTO contact_summary (person_id, entries)
         SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM people WHERE id = ?1)",
    )?;
    let mut forget = tx.prepare_cached("DELETE FROM contact_summary WHERE person_id = ?1")?;
    let mut saved: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut current: Option<String> = None;
    let mut entries: Vec<u8> = Vec::new();
    let [person_id, date, kind, minutes] = columns(&read, ["person_id", "date", "kind", "minutes"])?;
    let mut rows = read.query([])?;
    loop {
        let row = rows.next()?;
        let person = row.map(|r| bytes_at(r, person_id)).transpose()?;
        if current.as_deref().map(str::as_bytes) != person {
            if let Some(done) = current.take() {
                save.execute(rusqlite::params![done, entries])?;
                saved.insert(done);
            }
            entries.clear();
            current = person.map(|p| String::from_utf8_lossy(p).into_owned());
        }
        let Some(r) = row else { break };
        let (Some(day), Some(kind)) = (day_number(bytes_at(r, date)?), kind_of(bytes_at(r, kind)?)) else { continue };
        let minutes: Option<u32> = r.get(minutes)?;
        entries.extend_from_slice(&day.to_le_bytes());
        entries.push(kind_code(kind));
        let minutes = minutes.map_or(NO_MINUTES, |m| u16::try_from(m).unwrap_or(NO_MINUTES - 1));
        entries.extend_from_slice(&minutes.to_le_bytes());
    }
    drop(rows);
    for person in stale.iter().filter(|p| !saved.contains(*p)) {
        forget.execute([person])?; // no meaningful interaction left
    }
    tx.execute("DELETE FROM contact_stale", [])?;
    Ok(())
}

fn kind_code(kind: InteractionKind) -> u8 {
    InteractionKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u8
}

/// The aggregates from the summaries, for everyone or for the people of a JSON array of ids, by person id (only those
/// with a meaningful interaction up to today); `None` when any summary is stale (the caller recomputes).
pub(super) fn read_summaries(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    only: Option<&str>,
    ids: &mut Ids,
) -> Result<Option<Vec<(IdAt, Contact)>>> {
    let stale: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM contact_stale)", [], |r| r.get(0))?;
    if stale {
        return Ok(None);
    }
    let (today_day, window_start) =
        (today.num_days_from_ce(), today.num_days_from_ce() - config.rhythm_window_days as i32);
    let mut acc = ContactAcc::default();
    // Each stored kind's default minutes and weight, looked up once rather than matched for every entry.
    let per_kind: Vec<(f64, f64)> = InteractionKind::ALL
        .iter()
        .map(|&kind| {
            let weight = if kind == InteractionKind::Meeting { config.meeting_factor } else { 1.0 };
            (config.default_minutes.get(kind), weight)
        })
        .collect();
    let unknown = (config.default_minutes.get(InteractionKind::Note), 1.0);
    let scope = if only.is_some() { " WHERE person_id IN (SELECT value FROM json_each(?1))" } else { "" };
    let mut stmt = tx.prepare_cached(&format!("SELECT person_id, entries FROM contact_summary{scope}"))?;
    let [person_id, entries] = columns(&stmt, ["person_id", "entries"])?;
    let mut rows = match only {
        Some(ids) => stmt.query([ids])?,
        None => stmt.query([])?,
    };
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let entries = r.get_ref(entries)?.as_blob().map_err(rusqlite::Error::from)?;
        for e in entries.chunks_exact(ENTRY) {
            let day = i32::from_le_bytes([e[0], e[1], e[2], e[3]]);
            if day > today_day {
                break; // sorted by day: the rest is after today
            }
            let (default, weight) = per_kind.get(usize::from(e[4])).copied().unwrap_or(unknown);
            let logged = u16::from_le_bytes([e[5], e[6]]);
            let minutes = if logged == NO_MINUTES { default } else { f64::from(logged) };
            acc.add(day, minutes * weight, window_start);
        }
        if acc.count > 0 {
            let mut contact = Contact::default();
            acc.flush(&mut contact, config);
            out.push((ids.push(bytes_at(r, person_id)?), contact));
        }
    }
    Ok(Some(out))
}

/// Who was introduced to whom: the few intro interactions up to today, through their partial index, for everyone or
/// for the people of a JSON array of ids.
pub(super) fn load_intros(
    tx: &Transaction,
    today: NaiveDate,
    people: &[PersonFacts],
    finder: &mut Finder,
    only: Option<&str>,
) -> Result<Introduced> {
    let scope = if only.is_some() { " AND ip.person_id IN (SELECT value FROM json_each(?2))" } else { "" };
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT ip.interaction_id, ip.person_id FROM interactions i INDEXED BY interactions_intro
           JOIN interaction_people ip ON ip.interaction_id = i.id
          WHERE i.kind = 'intro' AND i.date <= ?1{scope}"
    ))?;
    let [interaction_id, person_id] = columns(&stmt, ["interaction_id", "person_id"])?;
    let mut rows = match only {
        Some(ids) => stmt.query(rusqlite::params![today, ids])?,
        None => stmt.query([today])?,
    };
    let mut intros: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut intro_rows: Vec<(u32, usize)> = Vec::new();
    while let Some(r) = rows.next()? {
        let Some(person) = finder.find(people, bytes_at(r, person_id)?) else { continue };
        let next = intros.len() as u32;
        let n = *intros.entry(r.get::<_, String>(interaction_id)?).or_insert(next);
        intro_rows.push((n, person));
    }
    Ok(pairs(intro_rows, people))
}

/// Calls `visit(person_id, day, logged minutes)` for every meaningful interaction of every person's summary, in day
/// order per person; false (and no call) when a summary is stale and the caller must read the interactions instead.
pub(super) fn visit_summaries(tx: &Transaction, mut visit: impl FnMut(&[u8], NaiveDate, Option<u32>)) -> Result<bool> {
    let stale: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM contact_stale)", [], |r| r.get(0))?;
    if stale {
        return Ok(false);
    }
    let mut stmt = tx.prepare_cached("SELECT person_id, entries FROM contact_summary")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let person = bytes_at(r, 0)?;
        let entries = r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?;
        for e in entries.chunks_exact(ENTRY) {
            let day = i32::from_le_bytes([e[0], e[1], e[2], e[3]]);
            let Some(date) = NaiveDate::from_num_days_from_ce_opt(day) else { continue };
            let logged = u16::from_le_bytes([e[5], e[6]]);
            visit(person, date, (logged != NO_MINUTES).then_some(u32::from(logged)));
        }
    }
    Ok(true)
}

/// Rows looked up together: enough for their misses to overlap, few enough to stay in registers and L1.
const BATCH: usize = 16;

pub(super) fn load_contacts(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    people: &mut [PersonFacts],
    finder: &mut Finder,
) -> Result<Introduced> {
    let table = load_interactions(tx, today, config)?;
    let window_start = today.num_days_from_ce() - config.rhythm_window_days as i32;

    let mut current: Option<usize> = None;
    let mut acc = ContactAcc::default();
    let mut intro_rows: Vec<(u32, usize)> = Vec::new();
    let mut pending: Vec<Pending> = Vec::with_capacity(BATCH);
    let mut long_ids: Vec<u8> = Vec::new();
    let mut apply = |pending: &mut Vec<Pending>, long_ids: &mut Vec<u8>, people: &mut [PersonFacts]| {
        table.touch(pending.iter().map(|p| p.hash));
        for p in pending.drain(..) {
            let long = &long_ids[p.long.0..p.long.1];
            let Some(slot) = table.get(&p.key, p.hash, long) else { continue };
            if current != Some(p.person) {
                if let Some(done) = current {
                    acc.flush(&mut people[done].contact, config);
                }
                current = Some(p.person);
            }
            if slot.intro() {
                intro_rows.push((slot.position(), p.person));
            }
            acc.add(slot.day, slot.minutes, window_start);
        }
        long_ids.clear();
    };
    let mut stmt = tx.prepare_cached("SELECT person_id, interaction_id FROM interaction_people ORDER BY person_id")?;
    let [person_id, interaction_id] = columns(&stmt, ["person_id", "interaction_id"])?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(person) = finder.find(people, bytes_at(r, person_id)?) else { continue };
        let id = bytes_at(r, interaction_id)?;
        let long = if id.len() > INLINE {
            long_ids.extend_from_slice(id);
            (long_ids.len() - id.len(), long_ids.len())
        } else {
            (0, 0)
        };
        pending.push(Pending { person, key: inline_key(id), hash: hash_id(id), long });
        if pending.len() == BATCH {
            apply(&mut pending, &mut long_ids, people);
        }
    }
    apply(&mut pending, &mut long_ids, people);
    if let Some(done) = current {
        acc.flush(&mut people[done].contact, config);
    }

    Ok(pairs(intro_rows, people))
}

/// The same aggregates for a few people (a JSON array of ids), by SQLite's own join: a few index searches each.
pub(super) fn load_contacts_of(
    tx: &Transaction,
    today: NaiveDate,
    config: &EngineConfig,
    people: &mut [PersonFacts],
    finder: &mut Finder,
    ids: &str,
) -> Result<Introduced> {
    let window_start = today.num_days_from_ce() - config.rhythm_window_days as i32;
    let mut current: Option<usize> = None;
    let mut acc = ContactAcc::default();
    let mut intros: Vec<(String, usize)> = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT ip.person_id, i.id, i.date, i.kind, i.minutes
         FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
         WHERE ip.person_id IN (SELECT value FROM json_each(?1)) AND i.date <= ?2 AND i.kind <> 'note'
         ORDER BY ip.person_id",
    )?;
    let [person_id, id, date, kind, minutes] = columns(&stmt, ["person_id", "id", "date", "kind", "minutes"])?;
    let mut rows = stmt.query(rusqlite::params![ids, today])?;
    while let Some(r) = rows.next()? {
        let Some(person) = finder.find(people, bytes_at(r, person_id)?) else { continue };
        let (Some(day), Some(kind)) = (day_number(bytes_at(r, date)?), kind_of(bytes_at(r, kind)?)) else { continue };
        let logged: Option<u32> = r.get(minutes)?;
        let weight = if kind == InteractionKind::Meeting { config.meeting_factor } else { 1.0 };
        if current != Some(person) {
            if let Some(done) = current {
                acc.flush(&mut people[done].contact, config);
            }
            current = Some(person);
        }
        if kind == InteractionKind::Intro {
            intros.push((r.get(id)?, person));
        }
        acc.add(day, logged.map_or_else(|| config.default_minutes.get(kind), f64::from) * weight, window_start);
    }
    if let Some(done) = current {
        acc.flush(&mut people[done].contact, config);
    }
    intros.sort_unstable();
    let mut positions: Vec<(u32, usize)> = Vec::with_capacity(intros.len());
    let mut n = 0u32;
    for (k, (id, person)) in intros.iter().enumerate() {
        if k > 0 && intros[k - 1].0 != *id {
            n += 1;
        }
        positions.push((n, *person));
    }
    Ok(pairs(positions, people))
}

/// The pairs of people who were in one intro together, from (intro, person) rows.
fn pairs(mut rows: Vec<(u32, usize)>, people: &[PersonFacts]) -> Introduced {
    rows.sort_unstable();
    let mut introduced = Introduced::new();
    for group in rows.chunk_by(|a, b| a.0 == b.0) {
        for (n, &(_, a)) in group.iter().enumerate() {
            for &(_, b) in &group[n + 1..] {
                let (x, y) = (&people[a].id, &people[b].id);
                introduced.insert(if x < y { (x.clone(), y.clone()) } else { (y.clone(), x.clone()) });
            }
        }
    }
    introduced
}

/// An `interaction_people` row waiting for its lookup.
struct Pending {
    person: usize,
    key: [u8; 16],
    hash: u64,
    /// The id's bytes in the batch's buffer, when it is too long to be inline.
    long: (usize, usize),
}

/// Every meaningful interaction up to today, in one table keyed by id.
fn load_interactions(tx: &Transaction, today: NaiveDate, config: &EngineConfig) -> Result<InteractionTable> {
    let mut entries: Vec<Slot> = Vec::new();
    let mut hashes: Vec<u64> = Vec::new();
    let mut long_ids: Vec<u8> = Vec::new();
    let mut spans: Vec<(u32, u32)> = Vec::new();
    // NOT INDEXED: nearly every row qualifies, and the date index would turn a sequential scan into random reads.
    let mut stmt = tx.prepare_cached(
        "SELECT id, date, kind, minutes FROM interactions NOT INDEXED WHERE date <= ?1 AND kind <> 'note'",
    )?;
    let [id, date, kind, minutes] = columns(&stmt, ["id", "date", "kind", "minutes"])?;
    let mut rows = stmt.query([today])?;
    while let Some(r) = rows.next()? {
        let (Some(day), Some(kind)) = (day_number(bytes_at(r, date)?), kind_of(bytes_at(r, kind)?)) else {
            continue;
        };
        let logged: Option<u32> = r.get(minutes)?;
        let weight = if kind == InteractionKind::Meeting { config.meeting_factor } else { 1.0 };
        let id = bytes_at(r, id)?;
        let position = entries.len() as u32;
        if id.len() > INLINE {
            spans.resize(position as usize, (0, 0));
            long_ids.extend_from_slice(id);
            spans.push(((long_ids.len() - id.len()) as u32, long_ids.len() as u32));
        }
        entries.push(Slot {
            key: inline_key(id),
            minutes: logged.map_or_else(|| config.default_minutes.get(kind), f64::from) * weight,
            day,
            tag: position | if kind == InteractionKind::Intro { INTRO } else { 0 },
        });
        hashes.push(hash_id(id));
    }
    Ok(InteractionTable::new(entries, &hashes, long_ids, spans))
}

/// Ids up to this length live in the slot itself.
const INLINE: usize = 15;
/// The `tag` bit of an `intro` interaction.
const INTRO: u32 = 1 << 31;
/// The `day` of an empty slot.
const EMPTY: i32 = i32::MIN;

/// One interaction, as a lookup needs it: 32 bytes, half a cache line.
#[derive(Clone, Copy)]
struct Slot {
    /// The id inline (see [`inline_key`]).
    key: [u8; 16],
    minutes: f64,
    /// Days from the common era; [`EMPTY`] in an empty slot.
    day: i32,
    /// The interaction's position in load order, with [`INTRO`] set for an intro.
    tag: u32,
}

impl Slot {
    fn position(&self) -> u32 {
        self.tag & !INTRO
    }
    fn intro(&self) -> bool {
        self.tag & INTRO != 0
    }
}

/// Open addressing, linear probing, at most half full.
struct InteractionTable {
    slots: Vec<Slot>,
    mask: usize,
    /// Ids longer than [`INLINE`], by position, to confirm a match on their first 15 bytes.
    long_ids: Vec<u8>,
    spans: Vec<(u32, u32)>,
}

impl InteractionTable {
    fn new(entries: Vec<Slot>, hashes: &[u64], long_ids: Vec<u8>, spans: Vec<(u32, u32)>) -> InteractionTable {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let empty = Slot { key: [0; 16], minutes: 0.0, day: EMPTY, tag: 0 };
        let mut table = InteractionTable { slots: vec![empty; size], mask: size - 1, long_ids, spans };
        for (chunk, chunk_hashes) in entries.chunks(BATCH).zip(hashes.chunks(BATCH)) {
            table.touch(chunk_hashes.iter().copied());
            for (entry, &hash) in chunk.iter().zip(chunk_hashes) {
                let mut slot = (hash as usize) & table.mask;
                while table.slots[slot].day != EMPTY {
                    slot = (slot + 1) & table.mask;
                }
                table.slots[slot] = *entry;
            }
        }
        table
    }

    /// Reads the first slot of each hash, so that the misses of a batch overlap before it is probed in order.
    fn touch(&self, hashes: impl Iterator<Item = u64>) {
        let mut sum = 0i64;
        for hash in hashes {
            sum = sum.wrapping_add(i64::from(self.slots[(hash as usize) & self.mask].day));
        }
        std::hint::black_box(sum);
    }

    /// The interaction with this id; `long` is the whole id when it is longer than [`INLINE`].
    fn get(&self, key: &[u8; 16], hash: u64, long: &[u8]) -> Option<&Slot> {
        let mut slot = (hash as usize) & self.mask;
        loop {
            let entry = &self.slots[slot];
            if entry.day == EMPTY {
                return None;
            }
            if entry.key == *key && (key[15] != LONG || self.long_id(entry.position()) == long) {
                return Some(entry);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    fn long_id(&self, position: u32) -> &[u8] {
        let (start, end) = self.spans[position as usize];
        &self.long_ids[start as usize..end as usize]
    }
}

/// The length byte of a long id's inline key.
const LONG: u8 = 0xFF;

/// An id inline: its bytes and its length in the last byte, or its first 15 bytes and [`LONG`].
fn inline_key(id: &[u8]) -> [u8; 16] {
    let mut key = [0u8; 16];
    if id.len() <= INLINE {
        key[..id.len()].copy_from_slice(id);
        key[15] = id.len() as u8;
    } else {
        key[..INLINE].copy_from_slice(&id[..INLINE]);
        key[15] = LONG;
    }
    key
}

/// A fast, well-mixed 64-bit hash of a short id: 8 bytes at a time, then MurmurHash3's finaliser. The data is the
/// user's own, so there is no flooding to fear.
fn hash_id(id: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h: u64 = id.len() as u64;
    let mut chunks = id.chunks_exact(8);
    for chunk in &mut chunks {
        h = (h.rotate_left(5) ^ u64::from_le_bytes(chunk.try_into().expect("8 bytes"))).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
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
    fn add(&mut self, day: i32, minutes: f64, window_start: i32) {
        self.last = self.last.max(day);
        self.count += 1;
        self.minutes += minutes;
        if day >= window_start {
            self.dates.push(day);
        }
    }

    fn flush(&mut self, contact: &mut Contact, config: &EngineConfig) {
        contact.last = NaiveDate::from_num_days_from_ce_opt(self.last);
        contact.count = self.count;
        contact.hours = self.minutes / 60.0;
        self.dates.sort_unstable();
        self.dates.dedup();
        contact.rhythm_dates = self.dates.len() as u32;
        contact.median_gap = (self.dates.len() >= config.rhythm_min_dates.max(2)).then(|| median_gap(&self.dates));
        self.last = 0;
        self.count = 0;
        self.minutes = 0.0;
        self.dates.clear();
    }
}

/// The median of the gaps between sorted, distinct days; the mean of the two middle gaps when their count is even.
fn median_gap(days: &[i32]) -> f64 {
    let mut gaps: Vec<i32> = days.windows(2).map(|w| w[1] - w[0]).collect();
    gaps.sort_unstable();
    let m = gaps.len();
    if m % 2 == 1 {
        f64::from(gaps[m / 2])
    } else {
        f64::from(gaps[m / 2 - 1] + gaps[m / 2]) / 2.0
    }
}

/// An interaction kind from its stored text.
fn kind_of(text: &[u8]) -> Option<InteractionKind> {
    use InteractionKind::*;
    Some(match text {
        b"meal" => Meal,
        b"coffee" => Coffee,
        b"activity" => Activity,
        b"event" => Event,
        b"meeting" => Meeting,
        b"call" => Call,
        b"video" => Video,
        b"message" => Message,
        b"email" => Email,
        b"letter" => Letter,
        b"gift" => Gift,
        b"intro" => Intro,
        b"note" => Note,
        _ => return None,
    })
}

/// `YYYY-MM-DD` as a day number (days from the common era, as chrono counts them), by arithmetic: this runs once per
/// interaction. The store only holds valid dates; anything else is skipped.
fn day_number(b: &[u8]) -> Option<i32> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &[u8]| s.iter().try_fold(0i32, |n, &c| c.is_ascii_digit().then(|| n * 10 + i32::from(c - b'0')));
    let (y, m, d) = (num(&b[0..4])?, num(&b[5..7])?, num(&b[8..10])?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil (days since 1970-01-01), shifted to chrono's days from the common era.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468 + 719_163)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_agree_with_chrono() {
        let mut day = NaiveDate::from_ymd_opt(1899, 12, 25).unwrap();
        while day < NaiveDate::from_ymd_opt(2101, 1, 10).unwrap() {
            assert_eq!(day_number(day.to_string().as_bytes()), Some(day.num_days_from_ce()), "{day}");
            day = day.succ_opt().unwrap();
        }
        assert_eq!(day_number(b"2025-13-01"), None);
        assert_eq!(day_number(b"2025-1-01"), None);
    }

    #[test]
    fn kinds_parse_from_their_text() {
        for kind in InteractionKind::ALL {
            assert_eq!(kind_of(kind.as_str().as_bytes()), Some(*kind));
        }
        assert_eq!(kind_of(b"lunch"), None);
    }

    #[test]
    fn the_table_finds_short_and_long_ids_and_only_them() {
        let ids: Vec<String> = (0..1000)
            .map(|n| if n % 3 == 0 { format!("0e8f2c4a-9a1b-4c7d-8e5f-{n:012}") } else { format!("i{n}") })
            .collect();
        let mut entries = Vec::new();
        let mut hashes = Vec::new();
        let mut long_ids = Vec::new();
        let mut spans = Vec::new();
        for (n, id) in ids.iter().enumerate() {
            let id = id.as_bytes();
            if id.len() > INLINE {
                spans.resize(n, (0, 0));
                long_ids.extend_from_slice(id);
                spans.push(((long_ids.len() - id.len()) as u32, long_ids.len() as u32));
            }
            entries.push(Slot { key: inline_key(id), minutes: n as f64, day: n as i32, tag: n as u32 });
            hashes.push(hash_id(id));
        }
        let table = InteractionTable::new(entries, &hashes, long_ids, spans);
        for (n, id) in ids.iter().enumerate() {
            let id = id.as_bytes();
            let slot = table.get(&inline_key(id), hash_id(id), id).expect("found");
            assert_eq!((slot.day, slot.position()), (n as i32, n as u32));
        }
        for missing in ["i1000", "0e8f2c4a-9a1b-4c7d-8e5f-000000000001", "0e8f2c4a-9a1b-4", ""] {
            let id = missing.as_bytes();
            assert!(table.get(&inline_key(id), hash_id(id), id).is_none(), "{missing}");
        }
    }
}

/// The maintained summaries always equal a full recomputation, whatever sequence of writes, edits, deletes and
/// re-pointings (as a merge does) came before.
#[cfg(test)]
mod summary_tests {
    use chrono::{Duration, NaiveDate};
    use proptest::prelude::*;

    use crate::engine::EngineConfig;
    use crate::model::{Initiator, Interaction, InteractionKind, Person};
    use crate::store::snapshot::{load_snapshot_recomputed, load_snapshot_with};
    use crate::store::{interactions, people};
    use crate::Store;

    const PEOPLE: [&str; 6] = ["ana", "ben", "cy", "dee", "eve", "fin"];

    #[derive(Debug, Clone)]
    enum Op {
        Log {
            day: i64,
            kind: usize,
            minutes: Option<u32>,
            with: Vec<usize>,
        },
        Edit {
            which: usize,
            day: i64,
            kind: usize,
            minutes: Option<u32>,
            with: Vec<usize>,
        },
        Delete {
            which: usize,
        },
        RemovePerson {
            who: usize,
        },
        /// Moves one person's links to another, as merging two people does.
        Repoint {
            from: usize,
            to: usize,
        },
    }

    fn with() -> impl Strategy<Value = Vec<usize>> {
        proptest::collection::btree_set(0..PEOPLE.len(), 1..=3).prop_map(|s| s.into_iter().collect())
    }

    fn op() -> impl Strategy<Value = Op> {
        let kind = 0..InteractionKind::ALL.len();
        let minutes = proptest::option::of(0u32..600);
        prop_oneof![
            4 => (0i64..900, kind.clone(), minutes.clone(), with()).prop_map(|(day, kind, minutes, with)| Op::Log { day, kind, minutes, with }),
            2 => (any::<usize>(), 0i64..900, kind, minutes, with()).prop_map(|(which, day, kind, minutes, with)| Op::Edit { which, day, kind, minutes, with }),
            1 => any::<usize>().prop_map(|which| Op::Delete { which }),
            1 => (0..PEOPLE.len()).prop_map(|who| Op::RemovePerson { who }),
            1 => (0..PEOPLE.len(), 0..PEOPLE.len()).prop_map(|(from, to)| Op::Repoint { from, to }),
        ]
    }

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()
    }

    fn apply(store: &Store, op: &Op) {
        let day = |d: i64| start() + Duration::days(d);
        let ids = |w: &[usize]| w.iter().map(|&k| PEOPLE[k].to_owned()).collect::<Vec<_>>();
        let existing = |tx: &rusqlite::Transaction| -> crate::error::Result<Vec<String>> {
            Ok(tx
                .prepare("SELECT id FROM interactions ORDER BY id")?
                .query_map([], |r| r.get("id"))?
                .collect::<rusqlite::Result<_>>()?)
        };
        // A step that the store refuses (an unknown person, say) is simply not applied: all or nothing.
        let _ = store.write(|tx| {
            for p in PEOPLE {
                if !people::exists(tx, p)? {
                    people::insert(tx, &Person::new(p, p))?;
                }
            }
            match op {
                Op::Log { day: d, kind, minutes, with } => {
                    let i = Interaction {
                        id: String::new(),
                        date: day(*d),
                        kind: InteractionKind::ALL[*kind],
                        with: ids(with),
                        initiator: Initiator::Me,
                        minutes: *minutes,
                        summary: None,
                    };
                    interactions::create(tx, i)?;
                }
                Op::Edit { which, day: d, kind, minutes, with } => {
                    let all = existing(tx)?;
                    if let Some(id) = all.get(which % all.len().max(1)) {
                        let mut i = interactions::get(tx, id)?;
                        (i.date, i.kind, i.minutes, i.with) =
                            (day(*d), InteractionKind::ALL[*kind], *minutes, ids(with));
                        interactions::update(tx, &i)?;
                    }
                }
                Op::Delete { which } => {
                    let all = existing(tx)?;
                    if let Some(id) = all.get(which % all.len().max(1)) {
                        interactions::delete(tx, id)?;
                    }
                }
                Op::RemovePerson { who } => {
                    people::delete(tx, PEOPLE[*who])?;
                }
                Op::Repoint { from, to } if from != to => {
                    // The import's merge: every record of `from` moves to `to`, then `from` is gone.
                    crate::import::dedupe::merge(tx, PEOPLE[*to], PEOPLE[*from], start())?;
                }
                Op::Repoint { .. } => {}
            }
            Ok(())
        });
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        #[test]
        fn summaries_equal_a_full_recomputation(ops in proptest::collection::vec(op(), 1..40), probe in 0i64..1000) {
            let store = Store::in_memory().unwrap();
            for op in &ops {
                apply(&store, op);
            }
            let config = EngineConfig::default();
            let today = start() + Duration::days(probe);
            let (kept, recomputed) = store
                .read(|tx| Ok((load_snapshot_with(tx, today, &config)?, load_snapshot_recomputed(tx, today, &config)?)))
                .unwrap();
            // The summaries are what was read: none is stale, and there is one per person with meaningful contact.
            let (stale, rows, with_contact): (i64, i64, i64) = store
                .read(|tx| Ok(tx.query_row(
                    "SELECT (SELECT count(*) FROM contact_stale) AS stale,
                            (SELECT count(*) FROM contact_summary) AS rows,
                            (SELECT count(DISTINCT ip.person_id) FROM interaction_people ip
                               JOIN interactions i ON i.id = ip.interaction_id WHERE i.kind <> 'note') AS with_contact",
                    [], |r| Ok((r.get("stale")?, r.get("rows")?, r.get("with_contact")?)))?))
                .unwrap();
            prop_assert_eq!((stale, rows), (0, with_contact));
            for (a, b) in kept.people.iter().zip(&recomputed.people) {
                prop_assert_eq!(&a.id, &b.id);
                prop_assert_eq!(&a.contact, &b.contact, "{}", a.id);
            }
            prop_assert_eq!(&kept.introduced, &recomputed.introduced);
        }
    }
}
