//! Every evidence rule and proposal of the ladder, the trend from a history across months, and the weekly review,
//! on hand-built snapshots.

use chrono::NaiveDate;

use super::*;
use crate::engine::EngineConfig;
use crate::model::{ChangedField, FavorKind, PersonChange, Stage};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2025-03-10";

fn today() -> NaiveDate {
    d(TODAY)
}

fn person(id: &str, name: &str, stage: Stage) -> LadderPerson {
    LadderPerson {
        id: id.into(),
        name: name.into(),
        stage,
        circle: 3,
        power: false,
        active: true,
        rhythm_days: Some(90),
        last_contact: Some(d("2025-03-01")),
        contacts: Vec::new(),
    }
}

/// Meaningful interactions, as the store loads them: on each person, and whole for the review.
fn meet(s: &mut LadderSnapshot, list: &[InteractionFact]) {
    for p in &mut s.people {
        p.contacts.clear();
    }
    for i in list {
        for id in &i.people {
            let p = s.people.iter_mut().find(|p| &p.id == id).unwrap();
            p.contacts.push(ContactFact { date: i.date, minutes: i.minutes });
        }
    }
    s.interactions = list.to_vec();
}

fn favor(id: &str, person: &str, received: bool, date: &str, kind: FavorKind, thanked: Option<&str>) -> FavorFact {
    FavorFact { id: id.into(), person: person.into(), received, date: d(date), kind, thanked_on: thanked.map(d) }
}

fn met(person: &str, date: &str, minutes: Option<u32>) -> InteractionFact {
    InteractionFact { date: d(date), minutes, people: vec![person.into()] }
}

fn change(person: &str, on: &str, from: Option<&str>, to: &str) -> PersonChange {
    PersonChange {
        person: person.into(),
        on: d(on),
        field: ChangedField::Stage,
        from: from.map(str::to_owned),
        to: to.into(),
    }
}

fn snap(people: Vec<LadderPerson>) -> LadderSnapshot {
    LadderSnapshot { people, ..LadderSnapshot::default() }
}

fn config() -> LadderConfig {
    LadderConfig::default()
}

#[test]
fn evidence_counts_favors_by_kind_both_ways_contact_and_promises() {
    let mut s = snap(vec![person("ben", "Ben Okafor", Stage::Ally)]);
    s.favors = vec![
        favor("f1", "ben", true, "2025-01-05", FavorKind::Referral, Some("2025-01-06")),
        favor("f2", "ben", true, "2025-02-20", FavorKind::Referral, None),
        favor("f3", "ben", true, "2024-11-01", FavorKind::Advice, Some("2024-11-01")),
        favor("f4", "ben", true, "2023-01-01", FavorKind::Gift, None), // outside the window
        favor("f5", "ben", false, "2025-02-01", FavorKind::Intro, None),
        favor("f6", "ben", false, "2022-02-01", FavorKind::Share, None),
        favor("f7", "ben", true, "2025-04-01", FavorKind::Referral, None), // after today: not yet
    ];
    meet(
        &mut s,
        &[
            met("ben", "2025-03-01", Some(60)),
            met("ben", "2024-12-01", None),
            met("ben", "2023-12-01", Some(600)), // outside the window
        ],
    );
    s.promises = vec![
        PromiseFact {
            id: "u1".into(),
            person: "ben".into(),
            mine: true,
            text: "Send the deck".into(),
            due: d("2025-02-01"),
            until: Some(d("2025-02-03")),
            done_on: Some(d("2025-02-03")),
        },
        PromiseFact {
            id: "u2".into(),
            person: "ben".into(),
            mine: true,
            text: "Call".into(),
            due: d("2025-02-10"),
            until: None,
            done_on: Some(d("2025-02-20")),
        },
        PromiseFact {
            id: "u3".into(),
            person: "ben".into(),
            mine: true,
            text: "Later".into(),
            due: d("2025-04-10"),
            until: None,
            done_on: None,
        },
        PromiseFact {
            id: "u4".into(),
            person: "ben".into(),
            mine: false,
            text: "Theirs".into(),
            due: d("2025-01-10"),
            until: None,
            done_on: None,
        },
    ];
    let e = &evidence(&s, today(), &config())[0];
    assert_eq!(
        e.received.iter().map(|t| (t.kind, t.count, t.last)).collect::<Vec<_>>(),
        [(FavorKind::Referral, 2, d("2025-02-20")), (FavorKind::Advice, 1, d("2024-11-01"))]
    );
    assert_eq!((e.received_recent, e.advocacy_recent, e.thanked_recent, e.received_total), (3, 2, 2, 4));
    assert_eq!((e.given_recent, e.given_total), (1, 2));
    assert_eq!((e.contacts_recent, e.minutes_recent, e.days_since_contact), (2, 60, Some(9)));
    assert_eq!((e.promises_due, e.promises_kept), (2, 1), "a promise done after its last day is not kept");
    assert_eq!(
        e.line,
        "Referred you twice and gave you advice once in the last 12 months · you did 2 favors for Ben · last in touch \
         9 days ago · 1 of 2 promises kept"
    );
}

#[test]
fn two_advocacy_favors_in_a_year_propose_an_advocate_with_the_thanks() {
    let mut s = snap(vec![person("ben", "Ben Okafor", Stage::Ally)]);
    s.favors = vec![
        favor("f1", "ben", true, "2024-06-05", FavorKind::Referral, Some("2024-06-06")),
        favor("f2", "ben", true, "2025-02-20", FavorKind::Referral, Some("2025-02-21")),
    ];
    let p = proposals(&s, today(), &config());
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].from, p[0].to, p[0].up, p[0].id.as_str()),
        (Stage::Ally, Stage::Advocate, true, "ladder:ben:advocate")
    );
    assert_eq!(
        p[0].text,
        "Ben referred you twice in the last 12 months, and you thanked Ben both times — an advocate?"
    );
    assert_eq!(p[0].reasons, ["Referred you twice in the last 12 months.", "You thanked Ben both times."]);
    // One is not enough; two of different kinds are.
    s.favors.truncate(1);
    assert!(proposals(&s, today(), &config()).is_empty());
    s.favors.push(favor("f3", "ben", true, "2025-01-20", FavorKind::Endorsement, None));
    let p = proposals(&s, today(), &config());
    assert_eq!(
        p[0].text,
        "Ben referred you once and endorsed you once in the last 12 months, and you thanked Ben 1 of 2 times — an advocate?"
    );
    // A year and a day ago is outside the window.
    s.favors[0].date = d("2024-03-10");
    assert!(proposals(&s, today(), &config()).is_empty());
}

#[test]
fn favors_both_ways_and_recent_contact_propose_an_ally() {
    let mut s = snap(vec![person("ana", "Ana Lima", Stage::Friend)]);
    s.favors = vec![
        favor("f1", "ana", true, "2025-01-05", FavorKind::Advice, None),
        favor("f2", "ana", false, "2025-02-05", FavorKind::Intro, None),
    ];
    let p = proposals(&s, today(), &config());
    assert_eq!(
        (p[0].to, p[0].text.as_str()),
        (Stage::Ally, "Ana did 1 favor for you and you did 1 for Ana in the last 12 months — an ally?")
    );
    assert_eq!(
        p[0].reasons,
        ["Ana gave you advice once in the last 12 months.", "You did 1 favor for Ana.", "Last in touch 9 days ago."]
    );
    // One way only: no.
    s.favors.pop();
    assert!(proposals(&s, today(), &config()).is_empty());
    s.favors.push(favor("f2", "ana", false, "2025-02-05", FavorKind::Intro, None));
    // Not in touch for more than 180 days: no.
    s.people[0].last_contact = Some(d("2024-09-01"));
    assert!(proposals(&s, today(), &config()).iter().all(|p| p.to != Stage::Ally));
}

#[test]
fn three_contacts_or_three_hours_in_six_months_propose_a_friend() {
    let mut s = snap(vec![person("kai", "Kai Berg", Stage::Acquaintance)]);
    meet(&mut s, &[met("kai", "2025-03-01", None), met("kai", "2025-01-01", None)]);
    assert!(proposals(&s, today(), &config()).is_empty(), "two contacts are not enough");
    meet(&mut s, &[met("kai", "2025-03-01", None), met("kai", "2025-01-01", None), met("kai", "2024-10-01", Some(30))]);
    let p = proposals(&s, today(), &config());
    assert_eq!(
        (p[0].to, p[0].text.as_str()),
        (Stage::Friend, "You were in touch with Kai 3 times in the last 6 months — a friend?")
    );
    // Two long dinners are enough too.
    meet(&mut s, &[met("kai", "2025-03-01", Some(120)), met("kai", "2025-01-01", Some(90))]);
    let p = proposals(&s, today(), &config());
    assert_eq!(p[0].text, "You were in touch with Kai twice in the last 6 months (3.5 hours together) — a friend?");
    // Already a friend (or more): nothing to propose.
    s.people[0].stage = Stage::Friend;
    assert!(proposals(&s, today(), &config()).is_empty());
}

#[test]
fn long_silence_proposes_one_step_down() {
    let mut s = snap(vec![
        person("kai", "Kai Berg", Stage::Ally),
        person("zoe", "Zoë Park", Stage::Advocate),
        person("tom", "Tom Reyes", Stage::Friend),
        person("lea", "Lea Stein", Stage::Acquaintance),
    ]);
    for p in &mut s.people {
        p.last_contact = Some(d("2024-01-05"));
    }
    let p = proposals(&s, today(), &config());
    let got: Vec<(&str, Stage, Stage, bool)> = p.iter().map(|p| (p.person.as_str(), p.from, p.to, p.up)).collect();
    assert_eq!(got, [("kai", Stage::Ally, Stage::Friend, false), ("zoe", Stage::Advocate, Stage::Ally, false)]);
    assert_eq!(p[0].text, "No contact with Kai in 14 months — still an ally?");
    assert_eq!(p[0].reasons[0], "Last in touch on 5 January 2024.");
    // A friend goes after 540 days.
    s.people[2].last_contact = Some(d("2023-08-01"));
    let p = proposals(&s, today(), &config());
    assert!(p.iter().any(|p| p.person == "tom" && p.to == Stage::Acquaintance));
    // No contact on record at all is no evidence of drifting.
    s.people[0].last_contact = None;
    assert!(proposals(&s, today(), &config()).iter().all(|p| p.person != "kai"));
}

#[test]
fn a_refused_proposal_stays_away_for_180_days() {
    let mut s = snap(vec![person("kai", "Kai Berg", Stage::Ally)]);
    s.people[0].last_contact = Some(d("2024-01-05"));
    s.refusals = vec![Refusal { person: "kai".into(), to: Stage::Friend, on: d("2025-01-01") }];
    assert!(proposals(&s, today(), &config()).is_empty());
    assert_eq!(proposals(&s, d("2025-06-30"), &config()).len(), 1, "180 days after the refusal it may come back");
    // Refusing one move leaves the others: refusing "advocate" still lets "ally" be proposed to a friend.
    let mut s = snap(vec![person("ben", "Ben Okafor", Stage::Friend)]);
    s.favors = vec![
        favor("f1", "ben", true, "2025-01-05", FavorKind::Referral, None),
        favor("f2", "ben", true, "2025-02-05", FavorKind::Intro, None),
        favor("f3", "ben", false, "2025-02-06", FavorKind::Gift, None),
    ];
    assert_eq!(proposals(&s, today(), &config())[0].to, Stage::Advocate);
    s.refusals = vec![Refusal { person: "ben".into(), to: Stage::Advocate, on: d("2025-03-01") }];
    assert_eq!(proposals(&s, today(), &config())[0].to, Stage::Ally);
}

#[test]
fn people_not_active_get_no_proposals_and_do_not_count() {
    let mut s = snap(vec![person("kai", "Kai Berg", Stage::Ally), person("ana", "Ana Lima", Stage::Advocate)]);
    s.people[0].active = false;
    s.people[0].last_contact = Some(d("2020-01-01"));
    assert!(proposals(&s, today(), &config()).is_empty());
    assert_eq!(counts(&s), StageCounts { acquaintance: 0, friend: 0, ally: 0, advocate: 1 });
    let stats = stats(&s, today(), &config());
    assert_eq!(stats.advocates.iter().map(|e| e.person.as_str()).collect::<Vec<_>>(), ["ana"]);
}

#[test]
fn the_trend_follows_the_history_across_months() {
    let mut s = snap(vec![
        person("ana", "Ana Lima", Stage::Advocate),
        person("ben", "Ben Okafor", Stage::Ally),
        person("cy", "Cy Tan", Stage::Friend),
        person("dee", "Dee Moss", Stage::Friend),
    ]);
    s.changes = vec![
        // Ana: added a friend in 2023, an ally in June 2024, an advocate on 2 January 2025.
        change("ana", "2023-01-10", None, "friend"),
        change("ana", "2024-06-15", Some("friend"), "ally"),
        change("ana", "2025-01-02", Some("ally"), "advocate"),
        // Ben: was an advocate, down to ally in October 2024.
        change("ben", "2024-10-31", Some("advocate"), "ally"),
        // Cy: added in December 2024.
        change("cy", "2024-12-20", None, "friend"),
        // Dee has no history: a friend all along.
    ];
    let t = trend(&s, today(), &config());
    assert_eq!(t.len(), 12);
    assert_eq!(t.first().unwrap().month, "2024-04");
    assert_eq!(t.last().unwrap().month, "2025-03");
    let row = |m: &str| {
        let r = t.iter().find(|r| r.month == m).unwrap();
        (r.acquaintance, r.friend, r.ally, r.advocate)
    };
    assert_eq!(row("2024-04"), (0, 2, 0, 1), "Ana a friend, Ben an advocate, Dee a friend, Cy not yet");
    assert_eq!(row("2024-06"), (0, 1, 1, 1));
    assert_eq!(row("2024-10"), (0, 1, 2, 0), "a change on the month's last day counts for that month");
    assert_eq!(row("2024-12"), (0, 2, 2, 0));
    assert_eq!(row("2025-01"), (0, 2, 1, 1));
    let now = counts(&s);
    assert_eq!(row("2025-03"), (now.acquaintance, now.friend, now.ally, now.advocate), "this month is today's count");
    // Across a year boundary in January.
    let t = trend(&s, d("2025-01-15"), &config());
    assert_eq!((t[0].month.as_str(), t[11].month.as_str()), ("2024-02", "2025-01"));
}

#[test]
fn slipping_lists_close_people_past_or_near_their_rhythm() {
    let mut s = snap(vec![
        person("ana", "Ana Lima", Stage::Advocate),
        person("ben", "Ben Okafor", Stage::Ally),
        person("cy", "Cy Tan", Stage::Friend),
        person("dee", "Dee Moss", Stage::Acquaintance),
    ]);
    s.people[0].rhythm_days = Some(30);
    s.people[0].last_contact = Some(d("2025-01-10")); // 59 days: past
    s.people[1].rhythm_days = Some(30);
    s.people[1].last_contact = Some(d("2025-02-13")); // 25 days: near (≥ 24)
    s.people[2].rhythm_days = Some(30);
    s.people[2].last_contact = Some(d("2024-01-01")); // a friend: not listed
    s.people[3].power = true; // your ten, whatever the stage
    s.people[3].rhythm_days = Some(30);
    s.people[3].last_contact = None;
    let v = view(&s, today(), &config());
    let got: Vec<(&str, bool)> = v.slipping.iter().map(|s| (s.person.as_str(), s.past)).collect();
    assert_eq!(got, [("dee", true), ("ana", true), ("ben", false)]);
    assert_eq!(v.slipping[1].text, "Last in touch with Ana 59 days ago — your rhythm is every 30 days");
    assert_eq!(v.slipping[0].text, "No contact with Dee on record — your rhythm is every 30 days");
    let drifting: Vec<&str> = v.dots.iter().filter(|d| d.drifting).map(|d| d.person.as_str()).collect();
    assert_eq!(drifting, ["ana", "cy"]);
}

#[test]
fn the_balance_lists_who_gave_much_and_received_little() {
    let mut s = snap(vec![person("ana", "Ana Lima", Stage::Ally), person("ben", "Ben Okafor", Stage::Ally)]);
    s.favors = vec![
        favor("f1", "ana", true, "2023-01-05", FavorKind::Advice, None),
        favor("f2", "ana", true, "2024-01-05", FavorKind::Intro, None),
        favor("f3", "ana", true, "2025-01-05", FavorKind::Gift, None),
        favor("f4", "ana", false, "2025-01-06", FavorKind::Gift, None),
        favor("f5", "ben", true, "2025-01-05", FavorKind::Advice, None),
        favor("f6", "ben", true, "2025-01-06", FavorKind::Advice, None),
        favor("f7", "ben", false, "2025-01-07", FavorKind::Advice, None),
    ];
    let v = view(&s, today(), &config());
    assert_eq!(v.balance.len(), 1, "Ben gave 2 and got 1: a gap of 1 is fine");
    assert_eq!(v.balance[0].text, "Ana did 3 favors for you; you did 1 for Ana");
}

#[test]
fn stats_and_headline_answer_how_many_advocates() {
    let s = snap(vec![
        person("ana", "Ana Lima", Stage::Advocate),
        person("zed", "Zed Ali", Stage::Ally),
        person("ben", "Ben Okafor", Stage::Ally),
        person("cy", "Cy Tan", Stage::Friend),
        person("dee", "Dee Moss", Stage::Acquaintance),
    ]);
    let v = view(&s, today(), &config());
    assert_eq!(v.headline, "1 advocate · 2 allies · 1 friend");
    let order: Vec<&str> = v.stats.advocates.iter().map(|e| e.person.as_str()).collect();
    assert_eq!(order, ["ana", "ben", "zed"], "advocates first, then allies, by name");
    assert_eq!(v.dots.len(), 5);
    let json = serde_json::to_value(&v.stats).unwrap();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["stages", "advocates", "proposals", "trend"]);
    assert_eq!(
        json["trend"][11].as_object().unwrap().keys().cloned().collect::<Vec<_>>(),
        ["month", "acquaintance", "friend", "ally", "advocate"]
    );
}

#[test]
fn the_weekly_review_counts_the_week_and_compares_it() {
    let mut s = snap(vec![
        person("ana", "Ana Lima", Stage::Advocate),
        person("ben", "Ben Okafor", Stage::Ally),
        person("cy", "Cy Tan", Stage::Friend),
    ]);
    let act = |on: &str, id: &str| ActDone { on: d(on), suggestion: id.into() };
    s.acts_done = vec![
        act("2025-03-04", "thank:f1"), // this week (4–10 March)
        act("2025-03-10", "check_in:ana:2025-01-01"),
        act("2025-03-10", "support:e1"),
        act("2025-03-03", "share:ana:c1"), // the week before
        act("2025-02-01", "share:ana:c2"),
    ];
    meet(
        &mut s,
        &[met("ana", "2025-03-05", Some(90)), met("ben", "2025-03-09", None), met("ben", "2025-03-03", Some(30))],
    );
    s.changes = vec![
        change("ana", "2024-01-01", None, "ally"),
        change("ana", "2025-03-06", Some("ally"), "advocate"),
        change("ben", "2025-03-06", Some("ally"), "advocate"),
        change("ben", "2025-03-07", Some("advocate"), "ally"),
        change("cy", "2025-03-08", None, "friend"),
    ];
    s.favors = vec![
        favor("f1", "ben", true, "2025-03-01", FavorKind::Referral, None),
        favor("f2", "ana", true, "2025-02-01", FavorKind::Advice, Some("2025-02-02")),
        favor("f3", "cy", true, "2023-02-01", FavorKind::Advice, None),
    ];
    s.promises = vec![
        PromiseFact {
            id: "u1".into(),
            person: "ben".into(),
            mine: true,
            text: "Send the deck".into(),
            due: d("2025-03-14"),
            until: None,
            done_on: None,
        },
        PromiseFact {
            id: "u2".into(),
            person: "ana".into(),
            mine: true,
            text: "Call".into(),
            due: d("2025-03-01"),
            until: None,
            done_on: None,
        },
        PromiseFact {
            id: "u3".into(),
            person: "ana".into(),
            mine: true,
            text: "Much later".into(),
            due: d("2025-04-01"),
            until: None,
            done_on: None,
        },
        PromiseFact {
            id: "u4".into(),
            person: "cy".into(),
            mine: false,
            text: "Theirs".into(),
            due: d("2025-03-12"),
            until: None,
            done_on: None,
        },
    ];
    let efforts = EngineConfig::default().effort;
    let r = review(&s, today(), &config(), &efforts);
    assert_eq!((r.week_start, r.week_end), (d("2025-03-04"), today()));
    assert_eq!(r.acts_done, 3);
    assert_eq!(r.acts_minutes, efforts.thank + efforts.check_in + efforts.support);
    assert_eq!((r.interactions, r.interaction_minutes), (2, 90));
    assert_eq!(
        r.moved_up.iter().map(|m| (m.person.as_str(), m.from, m.to)).collect::<Vec<_>>(),
        [("ana", Stage::Ally, Stage::Advocate)],
        "Ben went up and back down; Cy was added, not moved"
    );
    assert_eq!(r.unthanked.iter().map(|u| u.favor.as_str()).collect::<Vec<_>>(), ["f1"]);
    assert_eq!(r.unthanked_count, 1);
    assert_eq!(
        r.promises.iter().map(|p| (p.follow_up.as_str(), p.overdue)).collect::<Vec<_>>(),
        [("u2", true), ("u1", false)]
    );
    assert_eq!(r.weeks.len(), 8);
    assert_eq!(r.weeks.last().unwrap().acts, 3);
    assert_eq!(r.weeks[6].acts, 1);
    assert_eq!(r.weeks[6].week_ending, d("2025-03-03"));
    assert_eq!(r.comparison, "3 thoughtful acts this week — more than your average of 0.3 over the 7 weeks before.");
    s.acts_done.clear();
    let quiet = review(&s, today(), &config(), &efforts);
    assert_eq!(quiet.comparison, "No thoughtful acts marked done this week, nor in the 7 weeks before.");
    s.acts_done = vec![act("2025-02-20", "thank:f1"), act("2025-02-21", "thank:f2")];
    let fewer = review(&s, today(), &config(), &efforts);
    assert_eq!(
        fewer.comparison,
        "0 thoughtful acts this week — fewer than your average of 0.3 over the 7 weeks before."
    );
}

/// The ladder is pure like the engine: nothing under `ladder/` names SQLite, the store or the clock.
#[test]
fn the_ladder_touches_no_sql_no_store_and_no_clock() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ladder");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        // The forbidden words are spelt in halves, so this test is not itself a file that names them.
        for word in [
            concat!("rus", "qlite"),
            concat!("crate::", "store"),
            concat!("Trans", "action"),
            concat!("SEL", "ECT "),
            concat!("INS", "ERT INTO"),
            concat!("Local::", "now"),
            concat!("Utc::", "now"),
            concat!("System", "Time"),
        ] {
            assert!(!text.contains(word), "{} names {word}", path.display());
        }
    }
    assert!(files >= 4, "the ladder's files are in {}", dir.display());
}
