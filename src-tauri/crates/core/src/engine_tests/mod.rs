//! The engine's tests (outside `engine/`, which never touches the store), written like ENGINE.md's scenarios: each builds a small book in an in-memory store through
//! the ordinary insert functions, loads the snapshot as of a day, and checks what the engine makes of it.
//!
//! - `scenarios`: the shared scenario files (and the §7 example), checked key by key as their README says.
//! - `generators`: each generator's window, urgency, effort, hard flag and key.
//! - `gates`: each gate of §4, and the as-of-today rules of the snapshot.
//! - `scoring`: every factor of §5, cadence derivation and the loader's aggregates.
//! - `selection`: merge, threshold, budgeted selection, order and determinism.
//! - `feedback`: recording feedback, its effects, and explain.

use chrono::{Duration, NaiveDate};

use crate::model::*;
use crate::store::Store;
use crate::testkit::insert_book;

use crate::engine::*;
use crate::engine::{derive, gate, generate, Run};
use crate::error::{Error, Result};
use crate::store::snapshot::{load_snapshot, load_snapshot_with};
use crate::suggestions::{also_of, digest_for, explain_for, record_done_with_also, record_feedback};

mod feedback;
mod gates;
mod generators;
mod scenarios;
mod scoring;
mod selection;

/// The scenarios' "today": Monday 10 March 2025.
pub(super) fn today() -> NaiveDate {
    d("2025-03-10")
}

pub(super) fn d(text: &str) -> NaiveDate {
    parse_day(text).unwrap_or_else(|| panic!("bad test date {text}"))
}

pub(super) fn days_ago(n: i64) -> NaiveDate {
    today() - Duration::days(n)
}

pub(super) fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[track_caller]
pub(super) fn assert_close(actual: f64, expected: f64) {
    assert!(close(actual, expected), "expected {expected}, got {actual}");
}

/// A small book under construction.
#[derive(Clone)]
pub(super) struct Book {
    pub archive: Archive,
    counter: usize,
}

impl Book {
    pub fn new() -> Book {
        Book { archive: Archive::empty(), counter: 0 }
    }

    fn next_id(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("{prefix}{}", self.counter)
    }

    /// A person with a name derived from the id ("ana" → "Ana Test"), in a circle and at a stage.
    pub fn person(&mut self, id: &str, circle: u8, stage: Stage) -> &mut Person {
        let mut name: Vec<char> = id.chars().collect();
        name[0] = name[0].to_ascii_uppercase();
        let mut p = Person::new(id, format!("{} Test", name.into_iter().collect::<String>()));
        p.circle = circle;
        p.stage = stage;
        self.archive.people.push(p);
        self.archive.people.last_mut().unwrap()
    }

    pub fn met(&mut self, person: &str, date: NaiveDate, kind: InteractionKind) -> &mut Interaction {
        self.met_with(&[person], date, kind)
    }

    pub fn met_with(&mut self, people: &[&str], date: NaiveDate, kind: InteractionKind) -> &mut Interaction {
        let id = self.next_id("i");
        self.archive.interactions.push(Interaction {
            id,
            date,
            kind,
            with: people.iter().map(|p| p.to_string()).collect(),
            initiator: Initiator::Me,
            minutes: None,
            summary: None,
        });
        self.archive.interactions.last_mut().unwrap()
    }

    pub fn event(&mut self, id: &str, person: &str, date: NaiveDate, kind: EventKind) -> &mut Event {
        self.archive.events.push(Event { id: id.into(), person: person.into(), date, kind, detail: None });
        self.archive.events.last_mut().unwrap()
    }

    /// A favor `received` from the person, or given to them.
    pub fn favor(&mut self, id: &str, person: &str, received: bool, date: NaiveDate, kind: FavorKind) -> &mut Favor {
        let (from, to) = if received { (person.into(), ME.into()) } else { (ME.into(), person.into()) };
        self.archive.favors.push(Favor {
            id: id.into(),
            from,
            to,
            date,
            kind,
            detail: None,
            thanked_on: None,
            outcome: None,
        });
        self.archive.favors.last_mut().unwrap()
    }

    pub fn follow_up(&mut self, id: &str, person: &str, mine: bool, due: NaiveDate) -> &mut FollowUp {
        self.archive.follow_ups.push(FollowUp {
            id: id.into(),
            person: person.into(),
            mine,
            text: if mine { "Send the pricing deck".into() } else { "Job interview at Globex".into() },
            due,
            until: None,
            done_on: None,
        });
        self.archive.follow_ups.last_mut().unwrap()
    }

    pub fn goal(&mut self, id: &str, topics: &[&str], priority: u8) -> &mut Goal {
        self.archive.goals.push(Goal {
            id: id.into(),
            title: format!("Goal {id}"),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            priority,
            active: true,
            people: Vec::new(),
        });
        self.archive.goals.last_mut().unwrap()
    }

    pub fn item(&mut self, id: &str, topics: &[&str], published_on: NaiveDate) -> &mut Item {
        self.archive.items.push(Item {
            id: id.into(),
            title: format!("Item {id}"),
            url: None,
            topics: topics.iter().map(|t| t.to_string()).collect(),
            published_on,
        });
        self.archive.items.last_mut().unwrap()
    }

    pub fn feedback(&mut self, key: &str, action: FeedbackAction, on: NaiveDate) -> &mut Feedback {
        let until = (action == FeedbackAction::Snoozed).then(|| on + Duration::days(7));
        let reason = (action == FeedbackAction::Dismissed).then_some(DismissReason::NotRelevant);
        self.archive.feedback.push(Feedback { suggestion: key.into(), action, on, reason, until });
        self.archive.feedback.last_mut().unwrap()
    }

    pub fn dismiss(&mut self, key: &str, reason: DismissReason, on: NaiveDate) {
        self.archive.feedback.push(Feedback {
            suggestion: key.into(),
            action: FeedbackAction::Dismissed,
            on,
            reason: Some(reason),
            until: None,
        });
    }

    pub fn store(&self) -> Store {
        let store = Store::in_memory().unwrap();
        store.write(|tx| insert_book(tx, &self.archive)).unwrap();
        store
    }

    pub fn snapshot(&self, today: NaiveDate) -> Snapshot {
        self.store().read(|tx| load_snapshot(tx, today)).unwrap()
    }

    pub fn suggest(&self, today: NaiveDate) -> Vec<Suggestion> {
        self.suggest_with(today, &EngineConfig::default())
    }

    pub fn suggest_with(&self, today: NaiveDate, config: &EngineConfig) -> Vec<Suggestion> {
        suggest(&self.snapshot(today), today, config)
    }

    pub fn probes(&self, today: NaiveDate) -> Vec<Probe> {
        self.probes_with(today, &EngineConfig::default())
    }

    pub fn probes_with(&self, today: NaiveDate, config: &EngineConfig) -> Vec<Probe> {
        let snapshot = self.snapshot(today);
        let run = Run::new(&snapshot, today, config);
        run.candidates
            .iter()
            .enumerate()
            .map(|(i, c)| Probe {
                key: c.key.clone(),
                kind: c.kind,
                people: c.people.iter().map(|&p| snapshot.people[p].id.clone()).collect(),
                hard: c.hard,
                urgency: c.urgency,
                effort: c.effort,
                due: c.due,
                factors: run.scores[i].map(|s| s.factors),
                score: run.scores[i].map(|s| s.score),
                fate: run.fates[i].clone().expect("every candidate has a fate"),
            })
            .collect()
    }

    /// The candidate with this key, or a panic listing the keys there are.
    #[track_caller]
    pub fn probe(&self, today: NaiveDate, key: &str) -> Probe {
        let probes = self.probes(today);
        let keys: Vec<String> = probes.iter().map(|p| p.key.clone()).collect();
        probes.into_iter().find(|p| p.key == key).unwrap_or_else(|| panic!("no candidate {key}; there are {keys:?}"))
    }

    /// The keys of all candidates of a kind.
    pub fn keys_of(&self, today: NaiveDate, kind: SuggestionKind) -> Vec<String> {
        self.probes(today).into_iter().filter(|p| p.kind == kind).map(|p| p.key).collect()
    }
}

/// A candidate, seen from inside the pipeline (unrounded).
#[derive(Debug, Clone)]
pub(super) struct Probe {
    pub key: String,
    pub kind: SuggestionKind,
    pub people: Vec<String>,
    pub hard: bool,
    pub urgency: f64,
    pub effort: u32,
    pub due: Option<NaiveDate>,
    pub factors: Option<Factors>,
    pub score: Option<f64>,
    pub fate: Fate,
}

impl Probe {
    #[track_caller]
    pub fn factors(&self) -> Factors {
        self.factors.unwrap_or_else(|| panic!("{} was gated: {:?}", self.key, self.fate))
    }
    #[track_caller]
    pub fn gate(&self) -> Gate {
        match &self.fate {
            Fate::Gated { gate } => gate.clone(),
            other => panic!("{} was not gated: {other:?}", self.key),
        }
    }
}

/// The ids of suggestions.
pub(super) fn ids(suggestions: &[Suggestion]) -> Vec<&str> {
    suggestions.iter().map(|s| s.id.as_str()).collect()
}

/// Every type that crosses IPC exports to TypeScript (the shell's bindings test generates them for the UI).
#[test]
fn engine_types_export_to_typescript() {
    use ts_rs::TS;
    let dir = tempfile::tempdir().unwrap();
    let cfg = ts_rs::Config::new().with_out_dir(dir.path());
    Digest::export_all(&cfg).unwrap();
    Explanation::export_all(&cfg).unwrap();
    FeedbackInput::export_all(&cfg).unwrap();
    FeedbackOutcome::export_all(&cfg).unwrap();
    let factors = std::fs::read_to_string(dir.path().join("Factors.ts")).unwrap();
    assert!(factors.contains("B: number"), "{factors}");
    let fate = std::fs::read_to_string(dir.path().join("Fate.ts")).unwrap();
    assert!(fate.contains("\"kind_full\""), "{fate}");
}

/// The engine is pure: nothing under `engine/` names SQLite, the store or the module that runs the engine over the
/// book. Loading lives in `store::snapshot`, recording feedback in `suggestions`.
#[test]
fn the_engine_touches_no_sql_and_no_store() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for word in [
            concat!("rus", "qlite"),
            concat!("crate::", "store"),
            concat!("crate::", "suggestions"),
            concat!("Trans", "action"),
            concat!("SEL", "ECT "),
            concat!("INS", "ERT INTO"),
            concat!("UPD", "ATE "),
        ] {
            assert!(!text.contains(word), "{} names {word}", path.display());
        }
    }
    assert!(files >= 10, "the engine's files are in {}", dir.display());
}
