//! Budgeted selection (§6.3), order (§6.4) and determinism.

use super::*;
use crate::testkit::generate_book;

fn config(k: usize, budget: u32) -> EngineConfig {
    EngineConfig { daily_suggestions: k, effort_budget_minutes: budget, ..EngineConfig::default() }
}

/// People in circle 2 whose birthday is today: each a hard occasion.
fn birthdays(book: &mut Book, ids: &[&str]) {
    for id in ids {
        book.person(id, 2, Stage::Friend).birthday = AnnualDate::parse("--03-10");
    }
}

/// A person in circle 3 last seen `n` days ago: an overdue check_in when n ≥ 81.
fn overdue(book: &mut Book, id: &str, n: i64) {
    book.person(id, 3, Stage::Ally);
    book.met(id, days_ago(n), InteractionKind::Coffee);
}

#[test]
fn hard_suggestions_come_first_up_to_k_plus_two() {
    let mut b = Book::new();
    birthdays(&mut b, &["a1", "a2", "a3", "a4", "a5", "a6"]);
    b.person("ben", 1, Stage::Advocate);
    b.favor("f1", "ben", true, today(), FavorKind::Referral); // a high, non-hard thank
    let out = b.suggest_with(today(), &config(3, 45));
    assert_eq!(
        ids(&out),
        vec![
            "occasion:a1:birthday:2025",
            "occasion:a2:birthday:2025",
            "occasion:a3:birthday:2025",
            "occasion:a4:birthday:2025",
            "occasion:a5:birthday:2025",
        ]
    );
    let probes = b.probes_with(today(), &config(3, 45));
    let fate = |key: &str| probes.iter().find(|p| p.key == key).unwrap().fate.clone();
    assert_eq!(fate("occasion:a6:birthday:2025"), Fate::DayFull);
    assert_eq!(fate("thank:f1"), Fate::DayFull, "K is already reached");
    // With fewer hard ones, the rest fill up to K.
    let mut b = Book::new();
    birthdays(&mut b, &["a1"]);
    overdue(&mut b, "c1", 200);
    overdue(&mut b, "c2", 190);
    overdue(&mut b, "c3", 180);
    let (c1, c2) = (format!("check_in:c1:{}", days_ago(200)), format!("check_in:c2:{}", days_ago(190)));
    assert_eq!(ids(&b.suggest(today())), vec!["occasion:a1:birthday:2025", c1.as_str(), c2.as_str()]);
}

#[test]
fn each_kind_already_chosen_discounts_the_next_by_0_85() {
    let mut b = Book::new();
    overdue(&mut b, "amy", 200);
    overdue(&mut b, "bob", 150);
    b.person("cat", 3, Stage::Ally);
    b.event("e1", "cat", days_ago(1), EventKind::Move);
    let probes = b.probes(today());
    let score = |key: &str| probes.iter().find(|p| p.key == key).unwrap().score.unwrap();
    let (amy, bob) =
        (score(&format!("check_in:amy:{}", days_ago(200))), score(&format!("check_in:bob:{}", days_ago(150))));
    // Pin the congratulation between bob × 0.85 and bob: it is taken before bob's check_in though it scores lower.
    let mut cfg = config(2, 45);
    cfg.base.congratulate *= (bob * 0.85 + bob) / 2.0 / score("congratulate:e1");
    let out = b.suggest_with(today(), &cfg);
    assert!(out[1].score < bob && amy > bob);
    assert_eq!(ids(&out), vec![format!("check_in:amy:{}", days_ago(200)).as_str(), "congratulate:e1"]);
    // Without the discount, bob would have come second.
    cfg.kind_decay = 1.0;
    assert_eq!(b.suggest_with(today(), &cfg)[1].id, format!("check_in:bob:{}", days_ago(150)));
}

#[test]
fn at_most_two_of_a_kind() {
    let mut b = Book::new();
    overdue(&mut b, "amy", 200);
    overdue(&mut b, "bob", 190);
    overdue(&mut b, "cat", 180);
    let out = b.suggest_with(today(), &config(3, 45));
    assert_eq!(out.len(), 2);
    assert_eq!(b.probe(today(), &format!("check_in:cat:{}", days_ago(180))).fate, Fate::KindFull);
}

#[test]
fn a_person_already_chosen_is_skipped() {
    let mut b = Book::new();
    b.person("eli", 2, Stage::Advocate).needs =
        vec![Need { id: "n1".into(), topic: "law".into(), text: None, since: days_ago(1), until: None }];
    b.person("fay", 3, Stage::Ally).offers =
        vec![Need { id: "o1".into(), topic: "law".into(), text: None, since: days_ago(1), until: None }];
    b.favor("f1", "eli", true, days_ago(1), FavorKind::Referral);
    let probes = b.probes(today());
    let score = |key: &str| probes.iter().find(|p| p.key == key).unwrap().score.unwrap();
    assert!(score("thank:f1") > score("introduce:eli:fay:n1"));
    // §10.5: the day's act of giving is chosen first; Eli is then taken, and the thank waits for tomorrow.
    let out = b.suggest(today());
    assert_eq!(ids(&out), vec!["introduce:eli:fay:n1"]);
    assert_eq!(b.probe(today(), "thank:f1").fate, Fate::PersonTaken { by: "introduce:eli:fay:n1".into() });
}

#[test]
fn a_day_holds_one_act_of_giving_chosen_before_the_greedy_step() {
    // Three overdue check-ins outscore an intro; the intro still takes a place, the best giving act only.
    let mut b = Book::new();
    overdue(&mut b, "amy", 200);
    overdue(&mut b, "bob", 190);
    b.person("eli", 3, Stage::Acquaintance).needs =
        vec![Need { id: "n1".into(), topic: "law".into(), text: None, since: days_ago(40), until: None }];
    b.person("fay", 3, Stage::Acquaintance).offers =
        vec![Need { id: "o1".into(), topic: "law".into(), text: None, since: days_ago(40), until: None }];
    b.person("gus", 3, Stage::Acquaintance).needs =
        vec![Need { id: "n2".into(), topic: "tax".into(), text: None, since: days_ago(50), until: None }];
    b.person("hal", 3, Stage::Acquaintance).offers =
        vec![Need { id: "o2".into(), topic: "tax".into(), text: None, since: days_ago(50), until: None }];
    let probes = b.probes(today());
    let score = |key: &str| probes.iter().find(|p| p.key == key).unwrap().score.unwrap();
    let amy = format!("check_in:amy:{}", days_ago(200));
    assert!(
        score(&amy) > score("introduce:eli:fay:n1") && score("introduce:eli:fay:n1") > score("introduce:gus:hal:n2")
    );
    let out = b.suggest_with(today(), &config(2, 45));
    assert_eq!(ids(&out), vec![amy.as_str(), "introduce:eli:fay:n1"]);
    assert_eq!(
        b.probes_with(today(), &config(2, 45)).iter().find(|p| p.key == "introduce:gus:hal:n2").unwrap().fate,
        Fate::DayFull
    );
}

#[test]
fn the_effort_budget_counts_non_hard_acts_and_may_be_met_exactly() {
    // A thank (5 min), a congratulation (3 min) and a call (20 min), in that order of score.
    let mut b = Book::new();
    b.person("amy", 2, Stage::Ally);
    b.met("amy", days_ago(90), InteractionKind::Coffee); // r = 3: a call
    b.person("bob", 3, Stage::Ally);
    b.favor("f1", "bob", true, days_ago(1), FavorKind::Advice);
    b.person("cat", 3, Stage::Ally);
    b.event("e1", "cat", days_ago(2), EventKind::Move);
    let call = format!("check_in:amy:{}", days_ago(90));
    let probes = b.probes_with(today(), &config(3, 27));
    let score = |key: &str| probes.iter().find(|p| p.key == key).unwrap().score.unwrap();
    assert!(score("thank:f1") > score("congratulate:e1") && score("congratulate:e1") > score(&call));
    assert_eq!(
        probes.iter().find(|p| p.key == call).unwrap().fate,
        Fate::OverBudget { effort_minutes: 20, used_minutes: 8, budget_minutes: 27 }
    );
    assert_eq!(ids(&b.suggest_with(today(), &config(3, 27))), vec!["thank:f1", "congratulate:e1"]);
    let out = b.suggest_with(today(), &config(3, 28));
    assert_eq!(ids(&out), vec!["thank:f1", "congratulate:e1", call.as_str()], "5 + 3 + 20 = 28 is within the budget");
    // Hard acts do not use the budget.
    birthdays(&mut b, &["dan"]);
    let out = b.suggest_with(today(), &config(4, 28));
    assert_eq!(ids(&out), vec!["occasion:dan:birthday:2025", "thank:f1", "congratulate:e1", call.as_str()]);
}

#[test]
fn hard_first_then_by_score_ties_by_key() {
    let mut b = Book::new();
    overdue(&mut b, "bob", 150);
    overdue(&mut b, "amy", 150); // the same score as bob's
    b.person("hal", 5, Stage::Acquaintance);
    b.event("e1", "hal", days_ago(40), EventKind::Illness); // not hard, low: merged into the promise
    b.follow_up("u1", "hal", true, days_ago(1)); // hard from its due date
    let out = b.suggest_with(today(), &config(3, 60));
    assert_eq!(out[0].id, "keep_promise:u1");
    assert!(out[0].hard && out[0].score < out[1].score);
    assert_eq!(out[1].score, out[2].score);
    assert_eq!(ids(&out)[1..], [format!("check_in:amy:{}", days_ago(150)), format!("check_in:bob:{}", days_ago(150))]);
}

#[test]
fn no_one_appears_twice_and_every_suggestion_has_its_reasons() {
    let archive = generate_book(400, 12, today());
    let store = Store::in_memory().unwrap();
    store.write(|tx| insert_book(tx, &archive)).unwrap();
    let snapshot = store.read(|tx| load_snapshot(tx, today())).unwrap();
    for k in 1..=7 {
        let out = suggest(&snapshot, today(), &config(k, 600));
        assert!(!out.is_empty() && out.len() <= k + 2);
        let mut people: Vec<&String> = out.iter().flat_map(|s| &s.people).collect();
        let n = people.len();
        people.sort();
        people.dedup();
        assert_eq!(people.len(), n, "someone twice with K = {k}");
        for s in &out {
            assert!(!s.why.now.is_empty() && !s.why.them.is_empty() && !s.why.this.is_empty());
            assert!(s.id.starts_with(s.kind.as_str()));
            assert!(s.also.iter().all(|a| a.id.starts_with(a.kind.as_str())));
        }
        let non_hard: u32 = out.iter().filter(|s| !s.hard).map(|s| s.effort_minutes).sum();
        assert!(non_hard <= 600);
    }
}

#[test]
fn the_same_book_and_day_give_byte_identical_output_whatever_the_insertion_order() {
    let archive = generate_book(500, 10, today());
    let json = |archive: &Archive, day: NaiveDate| {
        let store = Store::in_memory().unwrap();
        store.write(|tx| insert_book(tx, archive)).unwrap();
        let digest = digest_for(&store, day).unwrap();
        serde_json::to_string(&digest).unwrap()
    };
    for day in [today(), d("2025-03-11"), d("2025-12-31")] {
        let first = json(&archive, day);
        assert_eq!(first, json(&archive, day), "two runs on {day}");
        let mut reordered = archive.clone();
        reordered.people.reverse();
        reordered.interactions.reverse();
        assert_eq!(first, json(&reordered, day), "another insertion order on {day}");
    }
    // And the pure function itself, twice on one snapshot.
    let store = Store::in_memory().unwrap();
    store.write(|tx| insert_book(tx, &archive)).unwrap();
    let snapshot = store.read(|tx| load_snapshot(tx, today())).unwrap();
    let a = serde_json::to_string(&suggest(&snapshot, today(), &EngineConfig::default())).unwrap();
    let b = serde_json::to_string(&suggest(&snapshot, today(), &EngineConfig::default())).unwrap();
    assert_eq!(a, b);
}

#[test]
fn the_rules_hold_on_every_day_of_a_season_and_explain_agrees() {
    let archive = generate_book(300, 8, d("2028-03-01"));
    let store = Store::in_memory().unwrap();
    store.write(|tx| insert_book(tx, &archive)).unwrap();
    let mut day = d("2028-02-01");
    while day <= d("2028-03-31") {
        let snapshot = store.read(|tx| load_snapshot(tx, day)).unwrap();
        let config = EngineConfig::default();
        let out = suggest(&snapshot, day, &config);
        let hard = out.iter().filter(|s| s.hard).count();
        assert!(out.len() <= config.daily_suggestions.max(hard.min(config.daily_suggestions + 2)), "{day}");
        for w in out.windows(2) {
            assert!(w[0].hard >= w[1].hard, "{day}: hard first");
            assert!(w[0].hard != w[1].hard || w[0].score >= w[1].score, "{day}: then by score");
        }
        for &kind in SuggestionKind::ALL {
            let n = out.iter().filter(|s| s.kind == kind && !s.hard).count();
            let hard_of_kind = out.iter().filter(|s| s.kind == kind && s.hard).count();
            assert!(n == 0 || n + hard_of_kind <= 2, "{day}: {kind} over its cap");
        }
        let budget: u32 = out.iter().filter(|s| !s.hard).map(|s| s.effort_minutes).sum();
        assert!(budget <= config.effort_budget_minutes, "{day}");
        for (rank, s) in out.iter().enumerate() {
            assert!(s.hard || s.score >= 0.12, "{day}: {} below the threshold", s.id);
            let e = explain(&snapshot, day, &config, &s.people[0]).unwrap();
            let c = e.candidates.iter().find(|c| c.id == s.id).expect("explained");
            assert!(matches!(c.fate, Fate::Chosen { rank: r, .. } if r == rank + 1), "{day}: {:?}", c.fate);
            for a in &s.also {
                let also = e.candidates.iter().find(|c| c.id == a.id).expect("also explained");
                assert_eq!(also.fate, Fate::MergedInto { id: s.id.clone() });
            }
        }
        day = day.succ_opt().unwrap();
    }
}

/// Round 10 (nurse P12): good news more than a week old waits for a light day — chosen after the rest of the day, and
/// only when the day holds fewer than 2 other acts (at the default three a day; with more, not as the day's last).
#[test]
fn a_late_congratulation_waits_for_a_light_day() {
    let mut b = Book::new();
    b.person("kai", 3, Stage::Ally);
    b.met("kai", days_ago(60), InteractionKind::Coffee);
    b.event("e1", "kai", days_ago(15), EventKind::Promotion);
    for who in ["amy", "bob"] {
        b.person(who, 3, Stage::Ally);
        b.met(who, days_ago(5), InteractionKind::Coffee);
        b.follow_up(&format!("u-{who}"), who, true, today()); // a promise due today: hard
    }
    let late = "congratulate:e1";
    assert!(matches!(b.probe(today(), late).fate, Fate::DayFull), "two promises due: the day is full");
    let out = b.suggest(today());
    assert_eq!(ids(&out), vec!["keep_promise:u-amy", "keep_promise:u-bob"]);
    // A user who asked for five a day has room for it beside two.
    assert!(matches!(
        b.probes_with(today(), &config(5, 45)).iter().find(|p| p.key == late).unwrap().fate,
        Fate::Chosen { rank: 3, .. }
    ));
    // With one other act it is the day's second card, and still says it comes late.
    b.archive.follow_ups.retain(|u| u.id != "u-bob");
    let out = b.suggest(today());
    assert_eq!(ids(&out), vec!["keep_promise:u-amy", late]);
    assert!(out[1].action.contains("comes late"), "{}", out[1].action);
    // Fresh news is not held back (t39's place before the act of giving stands).
    b.archive.follow_ups.push(b.archive.follow_ups[0].clone());
    b.archive.follow_ups[1].id = "u-bob".into();
    b.archive.follow_ups[1].person = "bob".into();
    b.archive.events[0].date = days_ago(3);
    assert_eq!(ids(&b.suggest(today())).len(), 3);
}

/// Round 13 (designer P24, teacher P30, carpenter P24, postdoc P19): what someone outside your 50 mentioned — asking
/// about it, or a good-luck note the day before — is a light day's card: chosen after the rest of the day, and only
/// when the day holds fewer than 2 other acts (at the default three a day; with more, not as the day's last).
#[test]
fn a_wider_circles_mention_gives_way_on_a_heavy_day() {
    let mut b = Book::new();
    for who in ["kai", "lea"] {
        b.person(who, 4, Stage::Friend);
        b.met(who, days_ago(40), InteractionKind::Message);
    }
    b.follow_up("u-kai", "kai", false, days_ago(1)); // asked about today
    b.follow_up("u-lea", "lea", false, today().succ_opt().unwrap()); // a good-luck note today
    for who in ["amy", "bob"] {
        b.person(who, 3, Stage::Ally);
        b.met(who, days_ago(5), InteractionKind::Coffee);
        // A promise due in two days: not hard.
        b.follow_up(&format!("p-{who}"), who, true, today() + Duration::days(2));
    }
    let (ask, luck) = ("follow_up:u-kai", "follow_up:u-lea:luck");
    for key in [ask, luck] {
        assert!(matches!(b.probe(today(), key).fate, Fate::DayFull), "{key}: two other acts, the day is full");
    }
    assert_eq!(ids(&b.suggest(today())), vec!["keep_promise:p-amy", "keep_promise:p-bob"]);
    // A user who asked for five a day has room for them beside two.
    let probes = b.probes_with(today(), &config(5, 45));
    for key in [ask, luck] {
        assert!(matches!(probes.iter().find(|p| p.key == key).unwrap().fate, Fate::Chosen { .. }), "{key}");
    }
    // With one other act, the better of the two is the day's second card, and the other still gives way.
    b.archive.follow_ups.retain(|u| u.id != "p-bob");
    let out = b.suggest(today());
    let out = ids(&out);
    assert_eq!(out.len(), 2, "{out:?}");
    assert!(out.contains(&"keep_promise:p-amy"), "{out:?}");
    // Closer people's mentions keep their place.
    for who in ["kai", "lea"] {
        b.archive.people.iter_mut().find(|p| p.id == who).unwrap().circle = 3;
    }
    b.follow_up("p-bob", "bob", true, today() + Duration::days(2));
    assert_eq!(b.suggest(today()).len(), 3);
}

/// Round 16 (gp P29) and 17 (gp P27): on the birthday or a kept date of someone close who has died — the user's own
/// hard day — the day holds what cannot wait, nothing else; the day after is a day like any.
#[test]
fn the_users_own_hard_day_holds_only_what_cannot_wait() {
    let book = |status: Status| {
        let mut b = Book::new();
        let per = b.person("per", 1, Stage::Advocate);
        (per.kin, per.status, per.birthday) = (true, status, AnnualDate::parse("--03-10"));
        overdue(&mut b, "ana", 140); // a check-in
        b.person("ben", 2, Stage::Friend);
        b.follow_up("u1", "ben", true, today()).text = "Send Ben the council's response".into(); // hard today
        b.person("cat", 3, Stage::Friend);
        b.event("e1", "cat", days_ago(1), EventKind::Illness); // support
        b.person("dag", 3, Stage::Friend);
        b.met("dag", days_ago(20), InteractionKind::Coffee);
        b.follow_up("u2", "dag", false, days_ago(3)).text = "Knee replacement at Haukeland".into(); // asked after
        b
    };
    let b = book(Status::Deceased);
    let out = b.suggest_with(today(), &config(5, 90));
    let out = ids(&out);
    assert!(out.contains(&"keep_promise:u1") && out.contains(&"support:e1"), "{out:?}");
    let check_in = format!("check_in:ana:{}", days_ago(140));
    let fate = b.probes_with(today(), &config(5, 90)).into_iter().find(|p| p.key == check_in).unwrap().fate;
    assert_eq!(fate, Fate::QuietDay { of: "Per Test's birthday".into() });
    // Not even asking after someone, which can wait a day (round 17, gp P27).
    let fate = b.probes_with(today(), &config(5, 90)).into_iter().find(|p| p.key == "follow_up:u2").unwrap().fate;
    assert_eq!(fate, Fate::QuietDay { of: "Per Test's birthday".into() });
    // A living person's birthday is no such day, and neither is the day after.
    let living = book(Status::Active).suggest_with(today(), &config(5, 90));
    assert!(ids(&living).contains(&check_in.as_str()));
    let tomorrow = today().succ_opt().unwrap();
    let after = book(Status::Deceased).suggest_with(tomorrow, &config(5, 90));
    assert!(ids(&after).iter().any(|id| id.starts_with("check_in:ana")));
}
