//! People search on a generated book of 10k people with 10 interactions each: a typed prefix, a typo, a filter,
//! and the whole list sorted by next due. The budget is 20 ms for a search.

use advocates_core::model::*;
use advocates_core::store::search::{self, PeopleQuery, PeopleSort};
use advocates_core::store::{people, records};
use advocates_core::validate::at;
use advocates_core::Store;
use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};

const FIRST: &[&str] = &[
    "Ana", "Ben", "Chloé", "Dev", "Emma", "Farid", "Gus", "Hana", "Ivan", "Jonas", "Kim", "Lea", "Mateo", "Nora",
    "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vera", "Wen", "Xavi", "Yara", "Zoe", "Lucas", "Maya",
    "Noah", "Olga", "Paulo", "Rita", "Sven", "Tomás", "Ines", "Joana", "Karl", "Lina", "Milo", "Nadia",
];
const LAST: &[&str] = &[
    "Lima", "Okafor", "Martin", "Patel", "Schmidt", "Haddad", "Berg", "Sato", "Petrov", "Weber", "Park", "Rossi",
    "Garcia", "Nilsson", "Khan", "Moreau", "Silva", "Novak", "Costa", "Meyer", "Tanaka", "Dubois", "Fischer",
    "Almeida", "Kowalski", "Jensen", "Murphy", "Santos", "Ivanova", "Larsen", "Bianchi", "Horvat", "Ferreira",
];
const COMPANIES: &[&str] =
    &["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Pied Piper", "Vandelay"];
const TITLES: &[&str] = &["CTO", "Engineer", "Designer", "Founder", "Investor", "Recruiter", "Analyst", "Nurse"];
const WORDS: &[&str] = &[
    "sailing",
    "marathon",
    "climate",
    "healthcare",
    "analytics",
    "rust",
    "kids",
    "garden",
    "chess",
    "jazz",
    "pottery",
    "startup",
    "hiring",
    "fundraising",
    "conference",
    "podcast",
    "travel",
    "cooking",
    "cycling",
    "photography",
];

/// A small deterministic generator (the bench does not need the engine's richer one).
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn generate(store: &Store, people_count: usize, per_person: usize, today: NaiveDate) {
    let mut rng = Lcg(7);
    store
        .write(|tx| {
            for n in 0..people_count {
                let mut p = Person::new(
                    format!("p{n}"),
                    format!("{} {}", FIRST[rng.below(FIRST.len())], LAST[rng.below(LAST.len())]),
                );
                p.company = Some(COMPANIES[rng.below(COMPANIES.len())].into());
                p.title = Some(TITLES[rng.below(TITLES.len())].into());
                p.circle = 1 + rng.below(5) as u8;
                p.power = rng.below(500) == 0;
                p.tags = vec![WORDS[rng.below(WORDS.len())].into(), WORDS[rng.below(WORDS.len())].into()];
                p.notes = Some(format!(
                    "Likes {} and {}; met at a {} event.",
                    WORDS[rng.below(WORDS.len())],
                    WORDS[rng.below(WORDS.len())],
                    WORDS[rng.below(WORDS.len())]
                ));
                people::insert(tx, &p)?;
            }
            for n in 0..people_count {
                for k in 0..per_person {
                    let mut with = vec![format!("p{n}")];
                    if rng.below(10) == 0 {
                        let other = format!("p{}", rng.below(people_count));
                        if other != with[0] {
                            with.push(other);
                        }
                    }
                    let i = Interaction {
                        id: format!("i{n}-{k}"),
                        date: today - Days::new(rng.below(900) as u64),
                        kind: InteractionKind::ALL[rng.below(InteractionKind::ALL.len())],
                        with,
                        initiator: Initiator::Me,
                        minutes: None,
                        summary: Some(format!("Talked about {}", WORDS[rng.below(WORDS.len())])),
                    };
                    records::insert_interaction(tx, &at("interactions"), &i)?;
                }
            }
            Ok(())
        })
        .expect("the generated book inserts");
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).unwrap();
    generate(&store, 10_000, 10, today);
    let run = |q: &PeopleQuery| store.read(|tx| search::people(tx, q, today)).unwrap();
    let text = |t: &str| PeopleQuery { text: t.into(), ..Default::default() };
    eprintln!(
        "10k book: \"ana\" finds {}, \"lmia\" finds {}, \"ana lim\" finds {}, drifting {}",
        run(&text("ana")).len(),
        run(&text("lmia")).len(),
        run(&text("ana lim")).len(),
        run(&PeopleQuery { drifting: true, ..Default::default() }).len()
    );

    let mut group = c.benchmark_group("search_10k");
    group.sample_size(20);
    group.bench_function("prefix \"ana lim\"", |b| b.iter(|| run(&text("ana lim"))));
    group.bench_function("typo \"lmia\"", |b| b.iter(|| run(&text("lmia"))));
    group.bench_function("text and filter \"acme\" circle 2", |b| {
        b.iter(|| run(&PeopleQuery { text: "acme".into(), circle: Some(2), ..Default::default() }))
    });
    group.bench_function("everyone by next due", |b| {
        b.iter(|| run(&PeopleQuery { sort: PeopleSort::NextDue, ..Default::default() }))
    });
    group.bench_function("drifting", |b| b.iter(|| run(&PeopleQuery { drifting: true, ..Default::default() })));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
