//! Finding people: typo-tolerant prefix search over names, company, title, notes, tags and interaction summaries
//! (SQLite FTS5, schema v2), filters (circle, stage, status, tag, your ten, drifting) and sorts (relevance, name,
//! last contact, next due); and where each person stands (last contact, cadence, next due).
//!
//! Typo tolerance, chosen over a trigram index: FTS5's trigram tokenizer finds substrings, not misspellings, and
//! needs three characters. Instead each typed word is searched as a prefix (`lim*` finds Lima) and, from four
//! characters on (or when the prefix finds nothing), also as the indexed terms within a small Damerau–Levenshtein
//! distance (`strsim`) of it or of their prefix of the same length — read from the index's own vocabulary
//! (`fts5vocab`), so "Lmia" and "Anna" find Lima and Ana. Fuzzy-only hits rank after exact ones.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{params_from_iter, types::Value, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::*;

use super::snapshot::columns;

/// What the People page asks for. Every field is optional; the default lists everyone by name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct PeopleQuery {
    pub text: String,
    pub circle: Option<u8>,
    pub stage: Option<Stage>,
    pub status: Option<Status>,
    pub tag: Option<String>,
    /// Only the power relationships.
    pub your_ten: bool,
    /// Only active people past their cadence.
    pub drifting: bool,
    pub sort: PeopleSort,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PeopleSort {
    /// Best matches first when there is text; by name otherwise.
    #[default]
    Relevance,
    Name,
    /// Most recent contact first; never contacted last.
    LastContact,
    /// Soonest (most overdue) first; people without a cadence or a contact last.
    NextDue,
}

/// One row of the People list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonRow {
    pub id: String,
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub circle: u8,
    pub stage: Stage,
    pub power: bool,
    pub status: Status,
    #[serde(with = "day::option")]
    #[ts(type = "string | null")]
    pub last_contact: Option<NaiveDate>,
    /// Days between contacts this relationship wants, if any (ENGINE.md §2).
    pub cadence_days: Option<u32>,
    #[serde(with = "day::option")]
    #[ts(type = "string | null")]
    pub next_due: Option<NaiveDate>,
    /// Active and past the next due day.
    pub drifting: bool,
}

/// The cadence in days of ENGINE.md §2, steps 0, 1, 3 and 4: by circle (1→7, 2→30, 3→90, 4→180, 5→none), kin × 1.5,
/// power and not yet an advocate → at most 30, and the person's own `cadence_days` over all.
// TODO: share the engine's cadence once it lands, to add step 2 (the personal rhythm of the last 365 days).
pub fn cadence(circle: u8, kin: bool, power: bool, stage: Stage, cadence_days: Option<u32>) -> Option<u32> {
    if cadence_days.is_some() {
        return cadence_days;
    }
    let mut c: Option<f64> = match circle {
        1 => Some(7.0),
        2 => Some(30.0),
        3 => Some(90.0),
        4 => Some(180.0),
        _ => None,
    };
    if kin {
        c = c.map(|c| c * 1.5);
    }
    if power && stage != Stage::Advocate {
        c = Some(c.map_or(30.0, |c| c.min(30.0)));
    }
    c.map(|c| c.round() as u32)
}

const ROW_SQL: &str = "SELECT p.id, p.name, p.company, p.title, p.circle, p.stage, p.power, p.status, p.kin,
        p.cadence_days,
        CASE WHEN lc.date <= ?1 THEN lc.date ELSE
          (SELECT max(i.date) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
            WHERE ip.person_id = p.id AND i.kind <> 'note' AND i.date <= ?1) END AS last_contact
     FROM people p LEFT JOIN last_contacts lc ON lc.person_id = p.id";

/// The columns of [`ROW_SQL`] that [`row`] reads, by name; their positions are looked up once per statement
/// ([`super::snapshot::columns`]), as the list of everyone reads thousands of rows.
const ROW_COLUMNS: [&str; 11] =
    ["id", "name", "company", "title", "circle", "stage", "power", "status", "kin", "cadence_days", "last_contact"];

fn row(r: &rusqlite::Row, at: &[usize; 11], today: NaiveDate) -> rusqlite::Result<PersonRow> {
    let [id, name, company, title, circle, stage, power, status, kin, cadence_days, last_contact] = *at;
    let (circle, stage, power, status, kin): (u8, Stage, bool, Status, bool) =
        (r.get(circle)?, r.get(stage)?, r.get(power)?, r.get(status)?, r.get(kin)?);
    let last_contact: Option<NaiveDate> = r.get(last_contact)?;
    let cadence_days = cadence(circle, kin, power, stage, r.get(cadence_days)?);
    let next_due = match (last_contact, cadence_days) {
        (Some(last), Some(c)) => last.checked_add_days(chrono::Days::new(c.into())),
        _ => None,
    };
    Ok(PersonRow {
        id: r.get(id)?,
        name: r.get(name)?,
        company: r.get(company)?,
        title: r.get(title)?,
        circle,
        stage,
        power,
        status,
        last_contact,
        cadence_days,
        next_due,
        drifting: status == Status::Active && next_due.is_some_and(|d| d < today),
    })
}

/// Where one person stands on `today`.
pub fn standing(tx: &Transaction, id: &str, today: NaiveDate) -> Result<PersonRow> {
    use rusqlite::OptionalExtension;
    let mut stmt = tx.prepare_cached(&format!("{ROW_SQL} WHERE p.id = ?2"))?;
    let at = columns(&stmt, ROW_COLUMNS)?;
    stmt.query_row(rusqlite::params![today, id], |r| row(r, &at, today))
        .optional()?
        .ok_or_else(|| Error::NotFound { kind: "person", id: id.to_owned() })
}

/// Every tag in use, case-insensitively distinct, sorted: the choices of the tag filter.
pub fn tags(tx: &Transaction) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached("SELECT min(tag) AS tag FROM tags GROUP BY lower(tag) ORDER BY lower(tag)")?;
    let rows = stmt.query_map([], |r| r.get("tag"))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The people matching `query` on `today`, sorted as asked.
pub fn people(tx: &Transaction, query: &PeopleQuery, today: NaiveDate) -> Result<Vec<PersonRow>> {
    let words = words(&query.text);
    // For each matched person: how many words matched only fuzzily.
    let matched: Option<HashMap<String, usize>> = if words.is_empty() { None } else { Some(text_matches(tx, &words)?) };

    let mut sql = format!("{ROW_SQL} WHERE 1");
    let mut args: Vec<Value> = vec![Value::Text(today.format("%Y-%m-%d").to_string())];
    let mut arg = |sql: &mut String, clause: &str, value: Value| {
        args.push(value);
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    };
    if let Some(m) = &matched {
        let ids: Vec<&String> = m.keys().collect();
        arg(
            &mut sql,
            " AND p.id IN (SELECT value FROM json_each(?))",
            Value::Text(serde_json::to_string(&ids).expect("strings serialize")),
        );
    }
    if let Some(c) = query.circle {
        arg(&mut sql, " AND p.circle = ?", Value::Integer(c.into()));
    }
    if let Some(s) = query.stage {
        arg(&mut sql, " AND p.stage = ?", Value::Text(s.as_str().into()));
    }
    if let Some(s) = query.status {
        arg(&mut sql, " AND p.status = ?", Value::Text(s.as_str().into()));
    }
    if let Some(t) = query.tag.as_deref().filter(|t| !t.trim().is_empty()) {
        arg(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM tags t WHERE t.person_id = p.id AND t.tag = ? COLLATE NOCASE)",
            Value::Text(t.trim().into()),
        );
    }
    if query.your_ten {
        sql.push_str(" AND p.power = 1");
    }
    let mut stmt = tx.prepare_cached(&sql)?;
    let at = columns(&stmt, ROW_COLUMNS)?;
    let mut rows: Vec<PersonRow> = stmt
        .query_map(params_from_iter(args), |r| row(r, &at, today))?
        .filter(|r| !query.drifting || r.as_ref().map_or(true, |r| r.drifting))
        .collect::<rusqlite::Result<_>>()?;

    // Keys are computed once per row; ties always fall back to the name, then the id.
    let name_key = |r: &PersonRow| (r.name.to_lowercase(), r.id.clone());
    match query.sort {
        PeopleSort::Relevance if matched.is_some() => {
            let m = matched.as_ref().expect("checked");
            rows.sort_by_cached_key(|r| {
                (m.get(&r.id).copied().unwrap_or(0), !name_has_all(&r.name, &words), name_key(r))
            });
        }
        PeopleSort::Relevance | PeopleSort::Name => rows.sort_by_cached_key(name_key),
        // Newest first, never contacted last.
        PeopleSort::LastContact => rows.sort_by_cached_key(|r| (std::cmp::Reverse(r.last_contact), name_key(r))),
        PeopleSort::NextDue => rows.sort_by_cached_key(|r| (r.next_due.is_none(), r.next_due, name_key(r))),
    }
    Ok(rows)
}

/// The longest word a search looks for (longer ones are cut): no real name or word is longer, and a pasted blob
/// must not become an expensive fuzzy match.
pub const MAX_WORD_CHARS: usize = 40;

/// Lowercase words without accents, as the FTS tokenizer sees them; at most eight, each at most
/// [`MAX_WORD_CHARS`] long.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| fold(&w.chars().take(MAX_WORD_CHARS).collect::<String>()))
        .take(8)
        .collect()
}

/// Lowercase and without the common Latin accents.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

fn name_has_all(name: &str, words: &[String]) -> bool {
    let name_words: Vec<String> = self::words(name);
    words.iter().all(|w| name_words.iter().any(|n| n.starts_with(w.as_str())))
}

/// The people every word matches (prefix or near miss), each with the number of words it matched only fuzzily.
fn text_matches(tx: &Transaction, words: &[String]) -> Result<HashMap<String, usize>> {
    let mut result: Option<HashMap<String, usize>> = None;
    for word in words {
        let exact = people_matching(tx, &format!("\"{word}\"*"))?;
        let fuzzy_terms = if word.chars().count() >= 4 || (word.chars().count() == 3 && exact.is_empty()) {
            near_terms(tx, word)?
        } else {
            Vec::new()
        };
        let fuzzy = if fuzzy_terms.is_empty() {
            HashSet::new()
        } else {
            let expr = fuzzy_terms.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" OR ");
            people_matching(tx, &expr)?
        };
        let mut this: HashMap<String, usize> = fuzzy.into_iter().map(|p| (p, 1)).collect();
        for p in exact {
            this.insert(p, 0);
        }
        result = Some(match result {
            None => this,
            Some(before) => before.into_iter().filter_map(|(p, n)| this.get(&p).map(|m| (p, n + m))).collect(),
        });
        if result.as_ref().is_some_and(|r| r.is_empty()) {
            break;
        }
    }
    Ok(result.unwrap_or_default())
}

fn people_matching(tx: &Transaction, expr: &str) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    let mut stmt = tx.prepare_cached(
        "SELECT k.person_id FROM people_fts f JOIN people_search_keys k ON k.doc = f.rowid WHERE people_fts MATCH ?1",
    )?;
    for id in stmt.query_map([expr], |r| r.get::<_, String>("person_id"))? {
        out.insert(id?);
    }
    let mut stmt = tx.prepare_cached(
        "SELECT DISTINCT ip.person_id FROM interactions_fts f
           JOIN interaction_search_keys k ON k.doc = f.rowid
           JOIN interaction_people ip ON ip.interaction_id = k.interaction_id
         WHERE interactions_fts MATCH ?1",
    )?;
    for id in stmt.query_map([expr], |r| r.get::<_, String>("person_id"))? {
        out.insert(id?);
    }
    Ok(out)
}

/// Indexed terms a small edit away from `word` (or whose prefix of the same length is): at most 1 edit up to five
/// characters, 2 beyond. Candidates share the first letter — typos there are rare, and it keeps the scan short.
fn near_terms(tx: &Transaction, word: &str) -> Result<Vec<String>> {
    let len = word.chars().count();
    let max = if len <= 5 { 1 } else { 2 };
    let first: String = word.chars().take(1).collect();
    let next = next_prefix(&first);
    let mut scored: Vec<(usize, String)> = Vec::new();
    for table in ["people_fts_terms", "interactions_fts_terms"] {
        let mut stmt = tx.prepare_cached(&format!("SELECT term FROM {table} WHERE term >= ?1 AND term < ?2"))?;
        for term in stmt.query_map([&first, &next], |r| r.get::<_, String>("term"))? {
            let term = term?;
            if term.starts_with(word) {
                continue; // an exact prefix hit, found already
            }
            let head: String = term.chars().take(len).collect();
            let d = strsim::damerau_levenshtein(word, &head).min(strsim::damerau_levenshtein(word, &term));
            if d <= max {
                scored.push((d, term));
            }
        }
    }
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    Ok(scored.into_iter().take(24).map(|(_, t)| t).collect())
}

fn next_prefix(prefix: &str) -> String {
    let mut chars: Vec<char> = prefix.chars().collect();
    if let Some(last) = chars.pop() {
        chars.push(char::from_u32(last as u32 + 1).unwrap_or(char::MAX));
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{interactions, people};
    use crate::Store;

    fn day(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }
    fn today() -> NaiveDate {
        day("2025-03-10")
    }

    fn book() -> Store {
        let store = Store::in_memory().unwrap();
        store
            .write(|tx| {
                let mut ana = Person::new("ana", "Ana Lima");
                ana.company = Some("Acme".into());
                ana.circle = 1;
                ana.stage = Stage::Advocate;
                ana.power = true;
                ana.tags = vec!["RustConf".into()];
                people::insert(tx, &ana)?;
                let mut ben = Person::new("ben", "Ben Okafor");
                ben.title = Some("CTO".into());
                ben.notes = Some("Training for a marathon in Lisbon".into());
                ben.circle = 2;
                people::insert(tx, &ben)?;
                let mut jose = Person::new("jose", "José Anaya");
                jose.circle = 4;
                jose.status = Status::Archived;
                people::insert(tx, &jose)?;
                let mut kim = Person::new("kim", "Kim Park");
                kim.kin = true;
                kim.circle = 3;
                people::insert(tx, &kim)?;
                for (date, with, summary) in [
                    ("2025-03-01", vec!["ana"], "Coffee about sailing"),
                    ("2025-01-20", vec!["ben", "kim"], "Board games night"),
                    ("2024-12-01", vec!["kim"], "Dinner"),
                ] {
                    interactions::create(
                        tx,
                        Interaction {
                            id: String::new(),
                            date: day(date),
                            kind: InteractionKind::Meal,
                            with: with.into_iter().map(String::from).collect(),
                            initiator: Initiator::Me,
                            minutes: None,
                            summary: Some(summary.into()),
                        },
                    )?;
                }
                Ok(())
            })
            .unwrap();
        store
    }

    fn ids(store: &Store, q: PeopleQuery) -> Vec<String> {
        store.read(|tx| people(tx, &q, today())).unwrap().into_iter().map(|r| r.id).collect()
    }

    fn text(t: &str) -> PeopleQuery {
        PeopleQuery { text: t.into(), ..Default::default() }
    }

    #[test]
    fn prefix_search_over_every_indexed_field() {
        let store = book();
        assert_eq!(ids(&store, text("li")), vec!["ana", "ben"], "Lima, and Lisbon in Ben's notes");
        assert_eq!(ids(&store, text("ana")), vec!["ana", "jose"], "Ana first, then Anaya");
        assert_eq!(ids(&store, text("acme")), vec!["ana"]);
        assert_eq!(ids(&store, text("cto")), vec!["ben"]);
        assert_eq!(ids(&store, text("marath")), vec!["ben"]);
        assert_eq!(ids(&store, text("rustconf")), vec!["ana"]);
        assert_eq!(ids(&store, text("sailing")), vec!["ana"], "an interaction summary");
        assert_eq!(ids(&store, text("board")), vec!["ben", "kim"], "a shared interaction finds both");
        assert_eq!(ids(&store, text("jose")), vec!["jose"], "accents fold");
        assert_eq!(ids(&store, text("ana acme")), vec!["ana"], "every word must match");
        assert_eq!(ids(&store, text("\"*)(")), vec!["ana", "ben", "jose", "kim"], "no words: everyone");
        assert!(ids(&store, text("zzzz")).is_empty());
    }

    #[test]
    fn typos_still_find_people_after_exact_hits() {
        let store = book();
        assert_eq!(ids(&store, text("Lmia")), vec!["ana"]);
        assert_eq!(ids(&store, text("Okafro")), vec!["ben"]);
        assert_eq!(ids(&store, text("marahton")), vec!["ben"]);
        assert_eq!(ids(&store, text("Anaa")), vec!["ana", "jose"], "Ana, one letter off, and Anaya by its prefix");
        assert_eq!(ids(&store, text("kin")), vec!["kim"], "three letters with no exact hit");
    }

    #[test]
    fn filters() {
        let store = book();
        let q = |f: fn(&mut PeopleQuery)| {
            let mut q = PeopleQuery::default();
            f(&mut q);
            ids(&store, q)
        };
        assert_eq!(q(|q| q.circle = Some(2)), vec!["ben"]);
        assert_eq!(q(|q| q.stage = Some(Stage::Advocate)), vec!["ana"]);
        assert_eq!(q(|q| q.status = Some(Status::Archived)), vec!["jose"]);
        assert_eq!(q(|q| q.tag = Some("rustconf".into())), vec!["ana"]);
        assert_eq!(q(|q| q.your_ten = true), vec!["ana"]);
        // Ana: circle 1 (7 days), last 03-01 → due 03-08, drifting. Ben: 30 days from 01-20 → 02-19, drifting.
        // Kim: kin in circle 3 → 135 days from 01-20 → 06-04. José: archived.
        assert_eq!(q(|q| q.drifting = true), vec!["ana", "ben"]);
        assert_eq!(
            q(|q| {
                q.drifting = true;
                q.text = "okaf".into()
            }),
            vec!["ben"]
        );
    }

    #[test]
    fn tags_are_the_filter_choices_distinct_case_insensitively_and_sorted() {
        let store = book();
        store
            .write(|tx| {
                let mut lu = Person::new("lu", "Lu");
                lu.tags = vec!["sailing".into(), "rustconf".into()];
                people::insert(tx, &lu)
            })
            .unwrap();
        assert_eq!(store.read(tags).unwrap(), vec!["RustConf", "sailing"]);
    }

    #[test]
    fn sorts_and_standing() {
        let store = book();
        let sorted = |sort| ids(&store, PeopleQuery { sort, ..Default::default() });
        assert_eq!(sorted(PeopleSort::Name), vec!["ana", "ben", "jose", "kim"]);
        assert_eq!(sorted(PeopleSort::LastContact), vec!["ana", "ben", "kim", "jose"]);
        assert_eq!(sorted(PeopleSort::NextDue), vec!["ben", "ana", "kim", "jose"]);
        let kim = store.read(|tx| standing(tx, "kim", today())).unwrap();
        assert_eq!(
            (kim.last_contact, kim.cadence_days, kim.next_due),
            (Some(day("2025-01-20")), Some(135), Some(day("2025-06-04")))
        );
        assert!(!kim.drifting);
        assert_eq!(store.read(|tx| standing(tx, "zed", today())).unwrap_err().code(), "not_found");
        assert_eq!(store.read(tags).unwrap(), vec!["RustConf"]);
    }

    #[test]
    fn last_contact_follows_every_write_and_ignores_the_future_and_notes() {
        let store = book();
        let last = |id: &str| store.read(|tx| standing(tx, id, today())).unwrap().last_contact;
        let log = |id: &str, date: &str, kind: InteractionKind, with: &[&str]| {
            store
                .write(|tx| {
                    interactions::create(
                        tx,
                        Interaction {
                            id: id.into(),
                            date: day(date),
                            kind,
                            with: with.iter().map(|s| s.to_string()).collect(),
                            initiator: Initiator::Me,
                            minutes: None,
                            summary: None,
                        },
                    )
                })
                .unwrap()
        };
        assert_eq!(last("kim"), Some(day("2025-01-20")));
        log("future", "2025-04-01", InteractionKind::Call, &["kim"]);
        log("note", "2025-03-05", InteractionKind::Note, &["kim"]);
        assert_eq!(last("kim"), Some(day("2025-01-20")), "a future call and a note do not count");
        let mut i = log("real", "2025-03-02", InteractionKind::Call, &["kim", "ben"]);
        assert_eq!((last("kim"), last("ben")), (Some(day("2025-03-02")), Some(day("2025-03-02"))));
        i.date = day("2025-02-02");
        store.write(|tx| interactions::update(tx, &i)).unwrap();
        assert_eq!(last("kim"), Some(day("2025-02-02")));
        i.kind = InteractionKind::Note;
        store.write(|tx| interactions::update(tx, &i)).unwrap();
        assert_eq!(last("kim"), Some(day("2025-01-20")));
        store.write(|tx| interactions::delete(tx, "2025-01-20-meal")).unwrap();
        assert_eq!((last("kim"), last("ben")), (Some(day("2024-12-01")), None));
        store.write(|tx| people::delete(tx, "kim").map(|_| ())).unwrap();
        let left: i64 = store
            .read(
                |tx| Ok(tx.query_row("SELECT count(*) FROM last_contacts WHERE person_id = 'kim'", [], |r| r.get(0))?),
            )
            .unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn cadence_follows_engine_rules() {
        assert_eq!(cadence(1, false, false, Stage::Friend, None), Some(7));
        assert_eq!(cadence(4, true, false, Stage::Friend, None), Some(270));
        assert_eq!(cadence(5, false, false, Stage::Friend, None), None);
        assert_eq!(cadence(5, false, true, Stage::Friend, None), Some(30));
        assert_eq!(cadence(3, false, true, Stage::Advocate, None), Some(90));
        assert_eq!(cadence(3, false, true, Stage::Ally, Some(400)), Some(400));
    }

    #[test]
    fn the_index_follows_edits_and_removals() {
        let store = book();
        store
            .write(|tx| {
                let ben = people::get(tx, "ben")?;
                people::update(
                    tx,
                    &Person { name: "Benedict Okafor".into(), tags: vec!["chess".into()], ..ben },
                    today(),
                )?;
                people::delete(tx, "ana")?;
                Ok(())
            })
            .unwrap();
        assert_eq!(ids(&store, text("benedict")), vec!["ben"]);
        assert_eq!(ids(&store, text("chess")), vec!["ben"]);
        assert!(ids(&store, text("acme")).is_empty());
        assert!(ids(&store, text("sailing")).is_empty(), "Ana's own interaction went with her");
    }
}
