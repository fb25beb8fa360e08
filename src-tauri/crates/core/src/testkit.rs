//! Generated books for benchmarks, demos and tests: [`generate_book`] makes a deterministic, believable relationship
//! book of any size, and [`insert_book`] writes an [`Archive`] through the store's ordinary insert functions.
//!
//! Not behind `cfg(test)`: benches and other crates use it. The generator is seeded and hand-rolled (xorshift64*), so
//! the same arguments always give the same book, on every platform.

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::Transaction;

use crate::error::Result;
use crate::model::*;
use crate::store::{events, favors, feedback, follow_ups, goals, interactions, items, people, settings};
use crate::validate::at;

/// xorshift64*: small, fast and good enough to make believable data. Not for anything secret.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // Zero is xorshift's one fixed point; mix the seed so that small seeds still differ a lot.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    /// An index drawn with the given relative weights.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

const FIRST_NAMES: &[&str] = &[
    "Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Omar", "Pia", "Quinn",
    "Rosa", "Sam", "Tara", "Uma", "Victor", "Wen", "Xavier", "Yara", "Zoë", "Amir", "Bea", "Carlos", "Dana", "Emeka",
    "Freya", "Gabriel", "Helga", "Ines", "Jonas", "Keiko", "Luis", "Maya", "Nils", "Olga", "Priya",
];
const LAST_NAMES: &[&str] = &[
    "Lima",
    "Okafor",
    "Martin",
    "Patel",
    "Cohen",
    "Nguyen",
    "Berg",
    "Sato",
    "Petrov",
    "Park",
    "Weber",
    "Aziz",
    "Garcia",
    "Smith",
    "Kowalski",
    "Rossi",
    "Dubois",
    "Jensen",
    "Silva",
    "Müller",
    "Tanaka",
    "Haddad",
    "O'Brien",
    "Novak",
    "Fischer",
    "Ibrahim",
    "Larsen",
    "Moreau",
    "Costa",
    "Andersson",
];
const COMPANIES: &[&str] = &[
    "Acme",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Stark Analytics",
    "Wayne Ventures",
    "Hooli",
    "Vandelay",
    "Northwind",
    "Contoso",
    "Tyrell Labs",
    "Cyberdyne",
];
const TITLES: &[&str] = &["CTO", "Engineer", "Designer", "Founder", "VP Sales", "Doctor", "Analyst", "Partner", "PM"];
const INTEREST_TOPICS: &[&str] = &[
    "climate-tech",
    "cycling",
    "rust",
    "healthcare",
    "analytics",
    "design",
    "fundraising",
    "running",
    "cooking",
    "photography",
    "music",
    "ai",
    "education",
    "travel",
    "finance",
];
const EXPERTISE_TOPICS: &[&str] = &[
    "healthcare",
    "analytics",
    "rust",
    "fundraising",
    "law",
    "design",
    "marketing",
    "sales",
    "ai",
    "finance",
    "hiring",
    "product",
];
/// Needs and offers share these, with casing and spacing varied to exercise normalised matching.
const EXCHANGE_TOPICS: &[&str] = &[
    "rust-engineer",
    "designer",
    "seed-funding",
    "mentoring",
    "lawyer",
    "accountant",
    "marketing-help",
    "data-scientist",
];
const NEED_TEXTS: &[&str] = &[
    "Hiring a Rust engineer",
    "Looking for a designer",
    "Raising a seed round",
    "Wants a mentor",
    "Needs a lawyer for a contract",
    "Needs an accountant",
    "Wants help with a launch",
    "Hiring a data scientist",
];

/// A deterministic, believable book of `people` people, each in about `interactions_per_person` interactions spread
/// over the past three years (a few dormant ties reach further back), as of `today`.
///
/// Circles lean toward 4–5 (Dunbar's layers), about a dozen people are power relationships, and the book has
/// birthdays (Feb 29 included), anniversaries, life events both happy and hard, favors both ways, promises and
/// mentions, needs and offers with overlapping topics, goals, saved items and a little feedback. It passes every
/// rule of ARCHIVE.md.
pub fn generate_book(people: usize, interactions_per_person: usize, today: NaiveDate) -> Archive {
    let mut rng = Rng::new(0xAD50_CA7E ^ people as u64 ^ ((interactions_per_person as u64) << 32));
    let mut book = Archive::empty();
    let width = people.max(1).to_string().len();
    let pid = |i: usize| format!("p{i:0width$}");
    let day = |days_ago: i64| today - Duration::days(days_ago);

    // About a dozen power relationships whatever the size of the book ("your ten", soft cap 10).
    let power_rate = (12.0 / people.max(1) as f64).min(0.3);
    // Needs and offers are typed in by hand: a few hundred at most, however large the book.
    let need_rate = (150.0 / people.max(1) as f64).min(0.05);
    let offer_rate = (300.0 / people.max(1) as f64).min(0.05);
    let mut last_contact_age: Vec<i64> = Vec::with_capacity(people);
    let (mut need_n, mut offer_n, mut date_n) = (0usize, 0usize, 0usize);
    for i in 0..people {
        let first = *rng.pick(FIRST_NAMES);
        let last = *rng.pick(LAST_NAMES);
        let mut p = Person::new(pid(i), format!("{first} {last}"));
        p.circle = [1, 2, 3, 4, 5][rng.weighted(&[0.5, 1.5, 5.0, 15.0, 78.0])];
        p.peak_circle =
            Some(if p.circle > 2 && rng.chance(0.15) { p.circle - 1 - rng.below(2) as u8 } else { p.circle });
        p.stage = match p.circle {
            1 => [Stage::Advocate, Stage::Ally][rng.weighted(&[3.0, 1.0])],
            2 => [Stage::Advocate, Stage::Ally, Stage::Friend][rng.weighted(&[1.0, 2.0, 2.0])],
            3 => [Stage::Ally, Stage::Friend, Stage::Acquaintance][rng.weighted(&[1.0, 3.0, 2.0])],
            _ => [Stage::Friend, Stage::Acquaintance][rng.weighted(&[1.0, 6.0])],
        };
        p.power = rng.chance(power_rate);
        p.kin = p.circle <= 3 && rng.chance(0.08);
        p.no_intros = rng.chance(0.03);
        p.status = [Status::Active, Status::Archived, Status::Deceased, Status::DoNotContact]
            [rng.weighted(&[97.0, 1.5, 0.5, 1.0])];
        if rng.chance(0.02) {
            p.cadence_days = Some([14, 30, 60, 365][rng.below(4) as usize]);
        }
        if rng.chance(0.01) {
            p.snoozed_until = Some(today + Duration::days(1 + rng.below(30) as i64));
        }
        if rng.chance(0.3) {
            p.company = Some(rng.pick(COMPANIES).to_string());
            p.title = Some(rng.pick(TITLES).to_string());
        }
        if rng.chance(0.6) {
            // A birthday in the next few weeks more often than chance, so that occasions show up; some on Feb 29.
            let date =
                if rng.chance(0.1) { today + Duration::days(rng.below(10) as i64) } else { day(rng.below(366) as i64) };
            let (month, dom) = if rng.chance(0.01) { (2, 29) } else { (date.month(), date.day()) };
            let year = rng.chance(0.3).then(|| real_year(1950 + rng.below(50) as i32, month, dom));
            p.birthday = Some(AnnualDate { year, month, day: dom });
        }
        if p.circle <= 3 && rng.chance(0.1) {
            date_n += 1;
            let date = day(rng.below(366) as i64);
            p.dates.push(RecurringDate {
                id: format!("d{date_n}"),
                label: Some(["Wedding anniversary", "Work anniversary", "Name day"][rng.below(3) as usize].into()),
                date: AnnualDate {
                    year: Some(real_year(2000 + rng.below(24) as i32, date.month(), date.day())),
                    month: date.month(),
                    day: date.day(),
                },
            });
        }
        for _ in 0..rng.below(4) {
            let topic = rng.pick(INTEREST_TOPICS).to_string();
            if !p.interests.iter().any(|t| t.topic == topic) {
                let strength = (rng.below(11) as f64) / 10.0;
                p.interests.push(Interest { topic, strength });
            }
        }
        for _ in 0..rng.below(3) {
            let topic = rng.pick(EXPERTISE_TOPICS).to_string();
            if !p.expertise.contains(&topic) {
                p.expertise.push(topic);
            }
        }
        if rng.chance(need_rate) {
            need_n += 1;
            let k = rng.below(EXCHANGE_TOPICS.len() as u64) as usize;
            let since = day(rng.below(90) as i64);
            p.needs.push(Need {
                id: format!("n{need_n}"),
                topic: varied(&mut rng, EXCHANGE_TOPICS[k]),
                text: Some(NEED_TEXTS[k].into()),
                since,
                until: rng.chance(0.2).then(|| since + Duration::days(30 + rng.below(60) as i64)),
            });
        }
        if rng.chance(offer_rate) {
            offer_n += 1;
            p.offers.push(Need {
                id: format!("o{offer_n}"),
                topic: {
                    let k = rng.below(EXCHANGE_TOPICS.len() as u64) as usize;
                    varied(&mut rng, EXCHANGE_TOPICS[k])
                },
                text: None,
                since: day(rng.below(400) as i64),
                until: None,
            });
        }
        if rng.chance(0.02) {
            p.notes = Some("Met through a friend; prefers mornings.".into());
        }
        // How long since the last contact: closer circles are seen more recently; a few ties are dormant.
        let age = if rng.chance(0.06) {
            1095 + rng.below(500) as i64
        } else {
            let span = [10, 45, 150, 300, 900][usize::from(p.circle - 1)];
            rng.below(span) as i64
        };
        last_contact_age.push(age);
        book.people.push(p);
    }

    // Interactions: each person is the first name in about `interactions_per_person`; a tenth include someone else.
    let kinds = [
        InteractionKind::Coffee,
        InteractionKind::Call,
        InteractionKind::Message,
        InteractionKind::Email,
        InteractionKind::Meal,
        InteractionKind::Meeting,
        InteractionKind::Video,
        InteractionKind::Activity,
        InteractionKind::Event,
        InteractionKind::Letter,
        InteractionKind::Gift,
        InteractionKind::Note,
    ];
    let kind_weights = [14.0, 16.0, 20.0, 14.0, 6.0, 10.0, 6.0, 3.0, 3.0, 1.0, 2.0, 5.0];
    let mut interaction_n = 0usize;
    for (i, &age) in last_contact_age.iter().enumerate() {
        if interactions_per_person == 0 || (age > 1000 && rng.chance(0.05)) {
            continue; // some people were never met
        }
        let count = ((interactions_per_person as f64) * (0.5 + rng.unit())).round().max(1.0) as usize;
        for j in 0..count {
            interaction_n += 1;
            // The rest spread back over three years from the last one (a year further for dormant ties).
            let spread = if age >= 1095 { 365 } else { 1096 - age as u64 };
            let days_ago = if j == 0 { age } else { age + rng.below(spread) as i64 };
            let kind = kinds[rng.weighted(&kind_weights)];
            let mut with = vec![pid(i)];
            if people > 1 && rng.chance(0.1) {
                let other = pid(rng.below(people as u64) as usize);
                if other != with[0] {
                    with.push(other);
                }
            }
            book.interactions.push(Interaction {
                id: format!("i{interaction_n}"),
                date: day(days_ago),
                kind,
                with,
                initiator: [Initiator::Me, Initiator::Them, Initiator::Mutual][rng.weighted(&[5.0, 3.0, 2.0])],
                minutes: rng.chance(0.3).then(|| 5 + rng.below(180) as u32),
                summary: rng.chance(0.05).then(|| "Caught up on work and family".to_string()),
            });
        }
    }
    // A few intros between people who were introduced.
    for _ in 0..people / 200 {
        let (a, b) = (rng.below(people as u64) as usize, rng.below(people as u64) as usize);
        if a != b {
            interaction_n += 1;
            book.interactions.push(Interaction {
                id: format!("i{interaction_n}"),
                date: day(rng.below(700) as i64),
                kind: InteractionKind::Intro,
                with: vec![pid(a), pid(b)],
                initiator: Initiator::Me,
                minutes: None,
                summary: Some("Double opt-in intro".into()),
            });
        }
    }

    // Life events, mostly recent enough to matter.
    let event_kinds = [
        EventKind::NewJob,
        EventKind::Promotion,
        EventKind::Launch,
        EventKind::Award,
        EventKind::Wedding,
        EventKind::Baby,
        EventKind::Graduation,
        EventKind::Move,
        EventKind::Illness,
        EventKind::Bereavement,
        EventKind::JobLoss,
        EventKind::Other,
    ];
    let mut event_n = 0usize;
    for i in 0..people {
        if rng.chance(0.03) {
            event_n += 1;
            let kind = event_kinds[rng.weighted(&[4.0, 3.0, 2.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0])];
            book.events.push(Event {
                id: format!("e{event_n}"),
                person: pid(i),
                date: day(rng.below(120) as i64),
                kind,
                detail: Some(format!("{} news", kind.as_str().replace('_', " "))),
            });
        }
    }

    // Favors both ways: most long ago, some recent and not yet thanked.
    let favor_kinds = [
        FavorKind::Referral,
        FavorKind::Intro,
        FavorKind::Advice,
        FavorKind::Endorsement,
        FavorKind::Recommendation,
        FavorKind::Gift,
        FavorKind::Favor,
        FavorKind::Share,
    ];
    let mut favor_n = 0usize;
    for i in 0..people {
        if !rng.chance(0.1) {
            continue;
        }
        for _ in 0..1 + rng.below(3) {
            favor_n += 1;
            let received = rng.chance(0.55);
            let span = if rng.chance(0.3) { 70 } else { 730 };
            let date = day(rng.below(span) as i64);
            let (from, to) = if received { (pid(i), ME.to_string()) } else { (ME.to_string(), pid(i)) };
            let thanked = received && rng.chance(0.6);
            book.favors.push(Favor {
                id: format!("f{favor_n}"),
                from,
                to,
                date,
                kind: favor_kinds[rng.weighted(&[2.0, 2.0, 4.0, 1.0, 2.0, 1.0, 3.0, 3.0])],
                detail: rng.chance(0.7).then(|| "Helped with the job search".to_string()),
                thanked_on: thanked.then_some(date + Duration::days(1)).filter(|d| *d <= today),
                outcome: None,
            });
        }
    }

    // Promises I made and things they mentioned, due around today.
    let mut follow_up_n = 0usize;
    for i in 0..people {
        if !rng.chance(0.03) {
            continue;
        }
        follow_up_n += 1;
        let mine = rng.chance(0.5);
        let due = today + Duration::days(rng.below(50) as i64 - 40);
        book.follow_ups.push(FollowUp {
            id: format!("u{follow_up_n}"),
            person: pid(i),
            mine,
            text: if mine { "Send the pricing deck".into() } else { "Job interview at Globex".into() },
            due,
            until: (!mine && rng.chance(0.4)).then(|| due + Duration::days(rng.below(10) as i64)),
            done_on: rng.chance(0.2).then_some(due).filter(|d| *d <= today),
        });
    }

    // Goals: topics that overlap people's expertise; one lists a few people by name.
    let goal_people: Vec<String> = (0..people.min(3)).map(|k| pid(k * 7 % people.max(1))).collect();
    let mut goal_people_unique = Vec::new();
    for p in goal_people {
        if !goal_people_unique.contains(&p) {
            goal_people_unique.push(p);
        }
    }
    book.goals = vec![
        Goal {
            id: "g1".into(),
            title: "Launch a healthcare-analytics practice".into(),
            topics: vec!["healthcare".into(), "Analytics".into()],
            priority: 1,
            active: true,
            people: goal_people_unique,
        },
        Goal {
            id: "g2".into(),
            title: "Raise a seed round".into(),
            topics: vec!["fundraising".into(), "finance".into()],
            priority: 2,
            active: true,
            people: Vec::new(),
        },
        Goal {
            id: "g3".into(),
            title: "Learn to design".into(),
            topics: vec!["design".into()],
            priority: 3,
            active: false,
            people: Vec::new(),
        },
    ];

    // Saved items, published over the last fortnight.
    for k in 0..6 {
        let topic = INTEREST_TOPICS[(k * 5) % INTEREST_TOPICS.len()];
        book.items.push(Item {
            id: format!("c{}", k + 1),
            title: format!("A good read on {topic}"),
            url: Some(format!("https://example.org/{topic}/{k}")),
            topics: vec![topic.into()],
            published_on: day(k as i64 * 3),
        });
    }

    // A little feedback history.
    for k in 0..(people / 100).min(50) {
        let p = pid(rng.below(people as u64) as usize);
        let on = day(1 + rng.below(120) as i64);
        let (action, reason, until) = match k % 4 {
            0 => (FeedbackAction::Done, None, None),
            1 => (FeedbackAction::Dismissed, Some(DismissReason::NotRelevant), None),
            2 => (FeedbackAction::Snoozed, None, Some(on + Duration::days(14))),
            _ => (FeedbackAction::Dismissed, Some(DismissReason::WrongTiming), None),
        };
        book.feedback.push(Feedback {
            suggestion: format!("check_in:{p}:{}", day(30 + rng.below(300) as i64)),
            action,
            on,
            reason,
            until,
        });
    }
    book
}

/// `year`, or the leap year before it when the day is Feb 29 and `year` has none: a dated day must exist.
fn real_year(year: i32, month: u32, day: u32) -> i32 {
    if NaiveDate::from_ymd_opt(year, month, day).is_some() {
        year
    } else {
        year - year.rem_euclid(4)
    }
}

/// The topic as people type it: sometimes capitalised, sometimes with a stray space.
fn varied(rng: &mut Rng, topic: &str) -> String {
    match rng.below(6) {
        0 => topic.to_uppercase(),
        1 => format!("{topic} "),
        2 => {
            let mut c = topic.chars();
            c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
        }
        _ => topic.to_owned(),
    }
}

/// Writes a whole archive through the store's insert functions, in one transaction (the caller's). It adds to the
/// book like an import does, but is no importer: the strict archive import with its JSON paths is
/// `crate::archive`'s job. Errors name the record (`interactions[3].with[0]: …`).
/// Gives every person of a generated book two years of history (archive version 2's `changes`): added two years
/// before `today` at a lower stage and a farther circle, then moved up a step at a time, on dates spread over the two
/// years, to where they stand now; about one in ten drifted a circle out and back.
pub fn add_history(book: &mut Archive, today: NaiveDate) {
    let mut rng = Rng::new(0x1ADD_E125 ^ book.people.len() as u64);
    let start = today - Duration::days(730);
    let mut changes = Vec::new();
    for p in &book.people {
        let steps = rng.below(p.stage as u64 + 1) as usize;
        let first = Stage::ALL[p.stage as usize - steps];
        let first_circle = (p.circle + rng.below(2) as u8).min(5);
        let added = start + Duration::days(rng.below(60) as i64);
        let change =
            |on, field, from: Option<ChangeValue>, to| ArchiveChange { person: p.id.clone(), on, field, from, to };
        changes.push(change(added, ChangedField::Stage, None, ChangeValue::Stage(first.as_str().into())));
        changes.push(change(added, ChangedField::Circle, None, ChangeValue::Circle(first_circle.into())));
        let mut dates: Vec<i64> = (0..steps).map(|_| 60 + rng.below(660) as i64).collect();
        dates.sort_unstable();
        for (k, days) in dates.iter().enumerate() {
            let (from, to) = (Stage::ALL[p.stage as usize - steps + k], Stage::ALL[p.stage as usize - steps + k + 1]);
            let on = start + Duration::days(*days);
            changes.push(change(
                on,
                ChangedField::Stage,
                Some(ChangeValue::Stage(from.as_str().into())),
                ChangeValue::Stage(to.as_str().into()),
            ));
        }
        if first_circle != p.circle {
            let on = start + Duration::days(60 + rng.below(660) as i64);
            changes.push(change(
                on,
                ChangedField::Circle,
                Some(ChangeValue::Circle(first_circle.into())),
                ChangeValue::Circle(p.circle.into()),
            ));
        }
    }
    book.version = 2;
    book.changes = changes;
}

pub fn insert_book(tx: &Transaction, book: &Archive) -> Result<()> {
    if book.settings != SettingsPatch::default() {
        settings::update(tx, &book.settings)?;
    }
    for (i, p) in book.people.iter().enumerate() {
        people::insert(tx, p).map_err(|e| prefix(e, &format!("people[{i}]")))?;
    }
    for (i, x) in book.interactions.iter().enumerate() {
        interactions::insert(tx, &at("interactions").index(i), x)?;
    }
    for (i, x) in book.events.iter().enumerate() {
        events::insert(tx, &at("events").index(i), x)?;
    }
    for (i, x) in book.favors.iter().enumerate() {
        favors::insert(tx, &at("favors").index(i), x)?;
    }
    for (i, x) in book.follow_ups.iter().enumerate() {
        follow_ups::insert(tx, &at("follow_ups").index(i), x)?;
    }
    for (i, x) in book.goals.iter().enumerate() {
        goals::insert(tx, &at("goals").index(i), x)?;
    }
    for (i, x) in book.items.iter().enumerate() {
        items::insert(tx, &at("items").index(i), x)?;
    }
    for (i, x) in book.feedback.iter().enumerate() {
        feedback::append(tx, &at("feedback").index(i), x)?;
    }
    for c in &book.changes {
        let from = c.from.as_ref().map(ChangeValue::as_stored);
        people::record_change(tx, &c.person, c.on, c.field, from.as_deref(), &c.to.as_stored())?;
    }
    Ok(())
}

/// `people::insert` validates with paths relative to the person; name the person in the book too.
fn prefix(e: crate::Error, root: &str) -> crate::Error {
    match e {
        crate::Error::Invalid { path, message } => {
            let path = if path.is_empty() { root.to_owned() } else { format!("{root}.{path}") };
            crate::Error::Invalid { path, message }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use std::collections::HashSet;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
    }

    #[test]
    fn the_same_arguments_give_the_same_book() {
        assert_eq!(generate_book(300, 8, today()), generate_book(300, 8, today()));
        assert_ne!(generate_book(300, 8, today()), generate_book(301, 8, today()));
    }

    #[test]
    fn a_generated_book_follows_the_archive_rules_and_inserts() {
        let book = generate_book(1000, 10, today());
        let ids: HashSet<&str> = book.people.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), 1000);
        for f in &book.favors {
            assert!((f.from == ME) ^ (f.to == ME), "exactly one side of {} is me", f.id);
        }
        for p in &book.people {
            assert!(p.peak_circle.unwrap() <= p.circle);
        }
        let circles = |c: u8| book.people.iter().filter(|p| p.circle == c).count();
        assert!(circles(4) + circles(5) > 800, "circles lean toward 4–5");
        assert!(book.people.iter().filter(|p| p.power).count() >= 3);
        assert!(book.interactions.len() > 7000);
        assert!(!book.events.is_empty() && !book.follow_ups.is_empty() && !book.favors.is_empty());
        assert!(book.favors.iter().any(|f| f.is_received()) && book.favors.iter().any(|f| !f.is_received()));
        let store = Store::in_memory().unwrap();
        store.write(|tx| insert_book(tx, &book)).unwrap();
        let n: i64 = store.read(|tx| crate::store::tally::rows(tx, "interactions", &[])).unwrap();
        assert_eq!(n as usize, book.interactions.len());
    }

    #[test]
    fn a_generated_book_passes_the_strict_archive_import() {
        let book = generate_book(3000, 2, today());
        let json = serde_json::to_string(&book).unwrap();
        let parsed = crate::archive::parse(&json).unwrap();
        let store = Store::in_memory().unwrap();
        crate::archive::import(&store, &parsed).unwrap();
        let n: i64 = store.read(|tx| crate::store::tally::rows(tx, "favors", &[])).unwrap();
        assert_eq!(n as usize, book.favors.len());
    }

    #[test]
    fn insert_book_names_the_bad_record_and_writes_nothing() {
        let mut book = generate_book(20, 2, today());
        book.interactions[1].with = vec!["nobody".into()];
        let store = Store::in_memory().unwrap();
        let err = store.write(|tx| insert_book(tx, &book)).unwrap_err();
        assert_eq!(err.path(), Some("interactions[1].with[0]"));
        let n: i64 = store.read(|tx| crate::store::tally::rows(tx, "people", &[])).unwrap();
        assert_eq!(n, 0);
    }
}
