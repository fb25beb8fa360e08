//! One test (at least) per generator of §3: when it fires and when not, its urgency U, effort, hard flag, due date
//! and key. Today is Monday 2025-03-10 unless a test says otherwise.

use super::*;
use SuggestionKind as K;

fn one(circle: u8) -> Book {
    let mut b = Book::new();
    b.person("ana", circle, Stage::Friend);
    b
}

// ---------------------------------------------------------------- occasion

#[test]
fn a_birthday_within_the_lead_fires_with_its_year_in_the_key() {
    let mut b = one(1);
    b.archive.people[0].birthday = AnnualDate::parse("--03-12");
    // §10.1: before the day the act is the plan, with a key of its own.
    let c = b.probe(today(), "occasion:ana:birthday:2025:plan");
    assert_close(c.urgency, (-2.0f64 / 3.5).exp()); // lead 7 for circle 1: e^(−d / (7/2))
    assert_eq!((c.effort, c.hard, c.due), (15, false, Some(d("2025-03-12"))));
}

#[test]
fn on_the_day_wishes_are_hard_for_the_two_closest_circles() {
    for (circle, hard) in [(1, true), (2, true), (3, false), (4, false)] {
        let mut b = one(circle);
        b.archive.people[0].birthday = AnnualDate::parse("--03-10");
        let c = b.probe(today(), "occasion:ana:birthday:2025");
        assert_eq!((c.hard, c.effort, c.urgency), (hard, 2, 1.0), "circle {circle}");
    }
}

#[test]
fn the_lead_depends_on_the_circle_and_the_wider_circle_gets_its_day() {
    // (circle, days ahead, fires): leads 7, 3, 1, 0, and 0 for the wider circle (§10.9: never dropped). A plan
    // comes two days ahead at the latest (occasion_plan_min_days): never the day before, so circle 3 gets its day.
    let cases = [(1, 7, true), (1, 8, false), (1, 1, false), (2, 3, true), (2, 2, true), (2, 4, false)];
    let cases = cases.into_iter().chain([(3, 0, true), (3, 1, false), (3, 2, false)]);
    for (circle, ahead, fires) in cases.chain([(4, 0, true), (4, 1, false), (5, 0, true), (5, 1, false)]) {
        let mut b = one(circle);
        let on = today() + Duration::days(ahead);
        b.archive.people[0].birthday =
            Some(AnnualDate { year: None, month: chrono::Datelike::month(&on), day: chrono::Datelike::day(&on) });
        assert_eq!(b.keys_of(today(), K::Occasion).len(), usize::from(fires), "circle {circle}, {ahead} days ahead");
    }
}

#[test]
fn lead_over_two_is_the_urgency_scale_but_never_below_one_day() {
    let mut b = one(2); // lead 3 → scale 1.5
    b.archive.people[0].birthday = AnnualDate::parse("--03-12");
    assert_close(b.probe(today(), "occasion:ana:birthday:2025:plan").urgency, (-2.0f64 / 1.5).exp());
    let mut b = one(1); // lead 7 → scale 3.5
    b.archive.people[0].birthday = AnnualDate::parse("--03-17");
    assert_close(b.probe(today(), "occasion:ana:birthday:2025:plan").urgency, (-7.0f64 / 3.5).exp());
}

#[test]
fn no_belated_birthdays_and_none_on_the_day_after_talking_that_day() {
    let mut b = one(1);
    b.archive.people[0].birthday = AnnualDate::parse("--03-09");
    assert!(b.keys_of(today(), K::Occasion).is_empty(), "yesterday's birthday is gone");
    let mut b = one(1);
    b.archive.people[0].birthday = AnnualDate::parse("--03-10");
    b.met("ana", today(), InteractionKind::Call);
    assert!(b.keys_of(today(), K::Occasion).is_empty(), "already in touch today");
    b.archive.people[0].birthday = AnnualDate::parse("--03-11");
    assert!(b.keys_of(today(), K::Occasion).is_empty(), "no plan the day before: the wish on the day covers it");
    b.archive.people[0].birthday = AnnualDate::parse("--03-12");
    assert_eq!(b.keys_of(today(), K::Occasion), vec!["occasion:ana:birthday:2025:plan"], "two days before: a plan");
}

#[test]
fn feb_29_falls_on_feb_28_in_non_leap_years() {
    let mut b = one(1);
    b.archive.people[0].birthday = AnnualDate::parse("--02-29");
    let c = b.probe(d("2025-02-26"), "occasion:ana:birthday:2025:plan");
    assert_eq!(c.due, Some(d("2025-02-28")));
    assert_eq!(b.probe(d("2025-02-28"), "occasion:ana:birthday:2025").urgency, 1.0);
    assert!(b.keys_of(d("2025-03-01"), K::Occasion).is_empty());
    let c = b.probe(d("2028-02-27"), "occasion:ana:birthday:2028:plan");
    assert_eq!(c.due, Some(d("2028-02-29")), "a leap year keeps the 29th");
}

#[test]
fn the_occasion_year_is_the_occurrence_s_even_across_new_year() {
    let mut b = one(1);
    b.archive.people[0].birthday = AnnualDate::parse("--01-02");
    let c = b.probe(d("2025-12-30"), "occasion:ana:birthday:2026:plan");
    assert_eq!(c.due, Some(d("2026-01-02")));
}

#[test]
fn a_dated_recurring_date_recurs_from_its_own_year_on() {
    let mut b = one(1);
    b.archive.people[0].dates = vec![RecurringDate {
        id: "ana-wedding".into(),
        label: Some("Wedding anniversary".into()),
        date: AnnualDate::parse("2015-03-12").unwrap(),
    }];
    let c = b.probe(today(), "occasion:ana:ana-wedding:2025:plan");
    assert_eq!(c.due, Some(d("2025-03-12")));
    let out = b.suggest(today());
    // §10.11: the label as the user wrote it, never prefixed with the person's name. A bare label is the person's own
    // day, so the title still names them (a label that says whose day it is does not: t44).
    assert_eq!(out[0].why.now, "Wedding anniversary: in 2 days, 12 March (10 years).");
    assert_eq!(out[0].title, "Plan something for Ana Test: Wedding anniversary on 12 March");
    // A date whose year has not come yet does not recur before it; its own day counts.
    b.archive.people[0].dates[0].date = AnnualDate::parse("2026-03-12").unwrap();
    assert!(b.keys_of(d("2025-03-12"), K::Occasion).is_empty());
    b.archive.people[0].dates[0].date = AnnualDate::parse("2025-03-12").unwrap();
    assert_eq!(b.keys_of(d("2025-03-12"), K::Occasion), vec!["occasion:ana:ana-wedding:2025"]);
}

/// Round 8: a date other than a birthday is planned only at a milestone (10, 20, 25, 30… years); every date still
/// gets its wish on the day (§10.1, §10.9). A birthday is planned whatever its year.
#[test]
fn only_a_milestone_date_is_planned_and_every_date_is_wished_on_its_day() {
    let mut b = one(1);
    let date = |on: &str| RecurringDate {
        id: "ana-wedding".into(),
        label: Some("Wedding anniversary".into()),
        date: AnnualDate::parse(on).unwrap(),
    };
    for (on, planned) in [("2019-03-12", false), ("2015-03-12", true), ("2000-03-12", true), ("2001-03-12", false)] {
        b.archive.people[0].dates = vec![date(on)];
        let plans = b.keys_of(today(), K::Occasion);
        assert_eq!(plans == vec!["occasion:ana:ana-wedding:2025:plan"], planned, "{on}: {plans:?}");
        assert_eq!(b.keys_of(d("2025-03-12"), K::Occasion), vec!["occasion:ana:ana-wedding:2025"], "{on}");
    }
    // A date without a year has no milestone: the wish on the day only.
    b.archive.people[0].dates = vec![date("--03-12")];
    assert!(b.keys_of(today(), K::Occasion).is_empty());
    // A birthday is planned, its year known or not.
    b.archive.people[0].dates = vec![];
    b.archive.people[0].birthday = AnnualDate::parse("1990-03-12");
    assert_eq!(b.keys_of(today(), K::Occasion), vec!["occasion:ana:birthday:2025:plan"]);
}

// ---------------------------------------------------------------- congratulate and support

#[test]
fn good_news_is_congratulated_within_30_days_when_not_in_touch_since() {
    let mut b = one(2);
    b.met("ana", days_ago(20), InteractionKind::Call);
    b.event("e1", "ana", days_ago(3), EventKind::NewJob).detail = Some("Joined Stripe".into());
    let c = b.probe(today(), "congratulate:e1");
    assert_close(c.urgency, 0.5f64.powf(3.0 / 14.0)); // half-life 14 days (tuned on the blind review)
    assert_eq!((c.effort, c.hard, c.due), (3, false, None));
    assert_eq!(b.suggest(today())[0].why.now, "Ana got a new job 3 days ago (7 March): Joined Stripe.");

    let mut late = one(2);
    late.event("e1", "ana", days_ago(31), EventKind::Promotion);
    assert!(late.keys_of(today(), K::Congratulate).is_empty(), "31 days is too late");
    let mut b30 = one(2);
    b30.event("e1", "ana", days_ago(30), EventKind::Promotion);
    assert_eq!(b30.keys_of(today(), K::Congratulate).len(), 1);
}

#[test]
fn an_interaction_on_or_after_the_event_date_means_already_in_touch() {
    let mut b = one(2);
    b.event("e1", "ana", days_ago(3), EventKind::Wedding);
    b.met("ana", days_ago(3), InteractionKind::Message);
    assert!(b.keys_of(today(), K::Congratulate).is_empty(), "since D includes D");
    let mut b = one(2);
    b.event("e1", "ana", days_ago(3), EventKind::Wedding);
    b.met("ana", days_ago(3), InteractionKind::Note);
    assert_eq!(b.keys_of(today(), K::Congratulate).len(), 1, "a private note is not contact");
}

#[test]
fn hard_news_gets_support_hard_in_its_first_two_weeks_for_circles_up_to_3_and_kin() {
    // §10.12: hard while a ≤ 14 (it was 7).
    let cases = [(3, 7, true), (4, 7, false), (3, 8, true), (3, 14, true), (3, 15, false), (1, 0, true)];
    for (circle, age, hard) in cases {
        let mut b = one(circle);
        b.event("e1", "ana", days_ago(age), EventKind::Illness);
        let c = b.probe(today(), "support:e1");
        assert_eq!((c.hard, c.effort), (hard, 15), "circle {circle}, {age} days");
        assert_close(c.urgency, 0.5f64.powf(age as f64 / 14.0));
    }
    let mut b = one(4);
    b.archive.people[0].kin = true;
    b.event("e1", "ana", days_ago(10), EventKind::Bereavement);
    assert!(b.probe(today(), "support:e1").hard, "family is hard whatever the circle");
    let mut b = one(2);
    b.event("e1", "ana", days_ago(45), EventKind::JobLoss);
    assert_eq!(b.keys_of(today(), K::Support).len(), 1);
    let mut b = one(2);
    b.event("e1", "ana", days_ago(46), EventKind::JobLoss);
    assert!(b.keys_of(today(), K::Support).is_empty());
    let mut b = one(2);
    b.event("e1", "ana", days_ago(2), EventKind::Other);
    assert!(b.probes(today()).is_empty(), "`other` news is neither good nor hard");
}

// ---------------------------------------------------------------- keep_promise and follow_up

#[test]
fn a_promise_fires_two_days_before_it_is_due_and_is_hard_from_the_due_date() {
    let cases = [(2, Some((-1.0f64).exp()), false), (1, Some((-0.5f64).exp()), false), (0, Some(1.0), true)];
    for (ahead, urgency, hard) in cases {
        let mut b = one(3);
        b.follow_up("u1", "ana", true, today() + Duration::days(ahead));
        let c = b.probe(today(), "keep_promise:u1");
        assert_close(c.urgency, urgency.unwrap());
        assert_eq!((c.hard, c.effort, c.due), (hard, 10, Some(today() + Duration::days(ahead))));
    }
    for (offset, fires) in [(3, false), (-30, true), (-31, false)] {
        let mut b = one(3);
        b.follow_up("u1", "ana", true, today() + Duration::days(offset));
        assert_eq!(b.keys_of(today(), K::KeepPromise).len(), usize::from(fires), "due in {offset} days");
    }
}

#[test]
fn a_promise_is_hard_for_three_days_then_fades_and_asks_to_send_it_or_say_when() {
    // §10.12: hard from `due` through `due + 2`, then an ordinary candidate halving weekly.
    for (late, hard, urgency) in [(1, true, 1.0), (2, true, 1.0), (3, false, 0.5f64.powf(1.0 / 7.0)), (16, false, 0.25)]
    {
        let mut b = one(3);
        b.follow_up("u1", "ana", true, days_ago(late));
        let c = b.probe(today(), "keep_promise:u1");
        assert_eq!(c.hard, hard, "{late} days late");
        assert_close(c.urgency, urgency);
    }
    // §10.8: more than 7 days late, the action changes.
    let mut b = one(3);
    b.follow_up("u1", "ana", true, days_ago(7));
    assert_eq!(b.suggest(today())[0].action, "Do it today, as promised.");
    let mut b = one(3);
    b.follow_up("u1", "ana", true, days_ago(8));
    assert_eq!(b.suggest(today())[0].action, "Send it now, or tell Ana Test when it will come.");
}

#[test]
fn a_kept_promise_is_gone_but_one_kept_only_in_the_future_is_not() {
    let mut b = one(3);
    b.follow_up("u1", "ana", true, days_ago(1)).done_on = Some(today());
    assert!(b.keys_of(today(), K::KeepPromise).is_empty());
    let mut b = one(3);
    b.follow_up("u1", "ana", true, days_ago(1)).done_on = Some(today() + Duration::days(1));
    assert_eq!(b.keys_of(today(), K::KeepPromise), vec!["keep_promise:u1"], "done_on after today counts as unset");
}

#[test]
fn a_mention_is_followed_up_from_the_day_after_until_three_weeks_past_its_end() {
    let mut b = one(3);
    b.follow_up("u1", "ana", false, today() + Duration::days(1));
    // The day before, only a word of luck (it asks nothing): never how it went.
    assert_eq!(b.keys_of(today(), K::FollowUp), vec!["follow_up:u1:luck"], "not before the date");
    b.archive.follow_ups[0].until = Some(today() + Duration::days(9));
    assert!(b.keys_of(today(), K::FollowUp).is_empty(), "no luck for a window (a call for proposals opening)");
    // §10.2: never ask how it went before it happened — not on the day itself.
    let mut b = one(3);
    b.follow_up("u1", "ana", false, today());
    assert!(b.keys_of(today(), K::FollowUp).is_empty(), "not on the day");
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(1));
    let c = b.probe(today(), "follow_up:u1");
    assert_eq!((c.urgency, c.effort, c.hard, c.due), (1.0, 3, false, Some(days_ago(1))));
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(2));
    assert_close(b.probe(today(), "follow_up:u1").urgency, 0.5f64.powf(2.0 / 7.0));
    // With an `until`, urgency stays 1 through it, then halves weekly; 21 days past it is the last day.
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(20)).until = Some(days_ago(14));
    assert_close(b.probe(today(), "follow_up:u1").urgency, 0.5f64.powf(2.0));
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(20)).until = Some(today());
    assert_eq!(b.probe(today(), "follow_up:u1").urgency, 1.0);
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(21));
    assert_eq!(b.keys_of(today(), K::FollowUp).len(), 1);
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(22));
    assert!(b.keys_of(today(), K::FollowUp).is_empty());
}

#[test]
fn a_mention_is_not_followed_up_after_talking_since_its_date() {
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(5));
    b.met("ana", days_ago(5), InteractionKind::Coffee);
    assert!(b.keys_of(today(), K::FollowUp).is_empty());
    let mut b = one(3);
    b.follow_up("u1", "ana", false, days_ago(5));
    b.met("ana", days_ago(6), InteractionKind::Coffee);
    assert_eq!(b.keys_of(today(), K::FollowUp).len(), 1, "talking before the date does not count");
}

#[test]
fn in_a_hard_time_a_follow_up_asks_after_them_not_how_it_went() {
    let mut b = one(3);
    b.event("e1", "ana", days_ago(14), EventKind::Illness);
    b.met("ana", days_ago(9), InteractionKind::Call); // the support, a week and more ago (t36)
    b.follow_up("u1", "ana", false, days_ago(1)).text = "Starts radiotherapy".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(s.title, "Ask after Ana: “Starts radiotherapy” (9 March)");
    assert_eq!(s.action, "Ask how Ana is doing; there is no need to ask for details.");
    assert_eq!(s.why.this, "While someone is having a hard time, asking after them matters more than the details.");
    assert_eq!(s.notice, "A quiet word for Ana today", "the lock screen shows no detail of an illness");
    // Once the window has closed, it is the usual question (radiotherapy itself is still asked after, t57).
    let mut b = one(3);
    b.event("e1", "ana", days_ago(31), EventKind::Illness);
    b.met("ana", days_ago(9), InteractionKind::Call);
    b.follow_up("u1", "ana", false, days_ago(1)).text = "Her choir's spring concert".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(
        (s.title.as_str(), s.action.as_str()),
        ("Ask Ana about “Her choir's spring concert” (9 March)", "Ask Ana how it went.")
    );
}

/// Round 13 (postdoc P25, carpenter P15): a medical procedure or appointment is asked after, never "how it went",
/// and wished well the day before, not luck; the lock screen shows no detail of it.
#[test]
fn after_a_medical_procedure_ask_after_them() {
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    b.follow_up("u1", "ana", false, days_ago(1)).text = "Knee replacement at the Infirmary".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(s.title, "Ask after Ana: “Knee replacement at the Infirmary” (9 March)");
    assert_eq!(s.action, "Ask how Ana is doing; there is no need to ask for details.");
    assert_eq!(s.why.this, "After a procedure or an appointment, asking how someone is matters more than the details.");
    assert_eq!(s.notice, "A quiet word for Ana today");
    // The day before, a warm word, not luck.
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    b.follow_up("u1", "ana", false, today().succ_opt().unwrap()).text = "Cataract operation".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1:luck").expect("the note the day before");
    assert_eq!(s.title, "Wish Ana well: “Cataract operation” (11 March)");
    assert_eq!(s.action, "Send Ana a short, warm note today; it needs no reply.");
    assert!(!format!("{} {} {}", s.title, s.action, s.why.this).contains("luck"), "{s:?}");
    // Anything else keeps its question and its luck.
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    b.follow_up("u1", "ana", false, days_ago(1)).text = "Final-round interview at Feedzai".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(s.action, "Ask Ana how it went.");
}

/// Round 14 (teacher P26, shopkeeper P31, carpenter P35): after a hearing, a tribunal or a creditors' meeting, ask
/// after them, never "how it went"; the day before, luck, and the lock screen shows no detail of it.
#[test]
fn after_an_ordeal_ask_after_them() {
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    b.follow_up("u1", "ana", false, days_ago(1)).text = "Josh's SEND tribunal hearing".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(s.title, "Ask after Ana: “Josh's SEND tribunal hearing” (9 March)");
    assert_eq!(s.action, "Ask how Ana is doing; there is no need to ask for details.");
    assert_eq!(s.why.this, "After a hearing or a hard meeting, asking how someone is matters more than how it went.");
    assert_eq!(s.notice, "A quiet word for Ana today");
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    b.follow_up("u1", "ana", false, today().succ_opt().unwrap()).text =
        "Small-claims hearing over the boiler bill".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1:luck").expect("the note the day before");
    assert_eq!(s.title, "Wish Ana luck: “Small-claims hearing over the boiler bill” (11 March)");
    assert_eq!(s.notice, "A quiet word for Ana today");
}

/// Round 14 (postdoc P22, P27; shopkeeper P34): an answer they wait for ("hears whether", results, a decision) gets
/// no luck the day before — it is decided already — and after it "any word?", ready for either answer.
#[test]
fn an_answer_waited_for_gets_any_word_not_luck() {
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    b.follow_up("u1", "ana", false, today().succ_opt().unwrap()).text =
        "Hears whether she got the senior planner post".into();
    let s = b.suggest(today());
    assert!(!s.iter().any(|s| s.id.starts_with("follow_up:u1")), "no luck for a result: {s:?}");
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    b.follow_up("u1", "ana", false, days_ago(1)).text = "Hears whether she got the senior planner post".into();
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(s.title, "Any word from Ana? “Hears whether she got the senior planner post” (9 March)");
    assert_eq!(s.action, "Ask Ana gently whether there is news yet, ready to cheer or to commiserate.");
    assert_eq!(s.why.this, "Remembering the day someone was waiting for shows you listened, whichever way it went.");
    assert_eq!(s.notice, s.title, "nothing to hide on the lock screen");
    // While the answer is still under way (expected by a later day), it is asked about as anything is, with no
    // pressure for news (t07); "any word?" once it is due.
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    let fu = b.follow_up("u1", "ana", false, days_ago(2));
    fu.text = "Hears whether the bank will lend".into();
    fu.until = Some(today());
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(s.title, "Ask Ana about “Hears whether the bank will lend” (8 March)");
    assert_eq!(s.action, "Send Ana a short line that shows you remembered; no pressure for news.");
    let mut b = one(3);
    b.met("ana", days_ago(20), InteractionKind::Coffee);
    let fu = b.follow_up("u1", "ana", false, days_ago(3));
    fu.text = "Hears whether the bank will lend".into();
    fu.until = Some(days_ago(1));
    let s = b.suggest(today());
    let s = s.iter().find(|s| s.id == "follow_up:u1").expect("the follow-up");
    assert_eq!(s.title, "Any word from Ana? “Hears whether the bank will lend” (9 March)");
}

// ---------------------------------------------------------------- thank and give_back

#[test]
fn a_favor_received_is_thanked_within_60_days_with_a_floor_of_0_4() {
    let mut b = one(2);
    b.favor("f1", "ana", true, days_ago(4), FavorKind::Advice);
    let c = b.probe(today(), "thank:f1");
    assert_close(c.urgency, 0.5f64.powf(4.0 / 14.0));
    assert_eq!((c.effort, c.hard), (5, false));
    let mut b = one(2);
    b.favor("f1", "ana", true, days_ago(60), FavorKind::Advice);
    assert_eq!(b.probe(today(), "thank:f1").urgency, 0.4);
    let mut b = one(2);
    b.favor("f1", "ana", true, days_ago(61), FavorKind::Advice);
    assert!(b.keys_of(today(), K::Thank).is_empty());
}

#[test]
fn thanked_and_given_favors_are_not_thanked() {
    let mut b = one(2);
    b.favor("f1", "ana", true, days_ago(4), FavorKind::Advice).thanked_on = Some(days_ago(1));
    b.favor("f2", "ana", false, days_ago(4), FavorKind::Advice);
    assert!(b.keys_of(today(), K::Thank).is_empty());
    let mut b = one(2);
    b.favor("f1", "ana", true, days_ago(4), FavorKind::Advice).thanked_on = Some(today() + Duration::days(2));
    assert_eq!(b.keys_of(today(), K::Thank), vec!["thank:f1"], "thanked_on after today counts as unset");
}

#[test]
fn give_back_when_they_gave_more_aimed_at_their_oldest_open_need() {
    let mut b = one(2);
    b.favor("f1", "ana", true, days_ago(100), FavorKind::Intro); // 3 × 0.5^(100/365)
    let rcv = 3.0 * 0.5f64.powf(100.0 / 365.0);
    let rho = rcv / (rcv + 1.0);
    // §10.4: no nameless favors — without an open need there is nothing to give.
    assert!(b.keys_of(today(), K::GiveBack).is_empty());
    // An open need adds 0.2 (capped at 1); the earliest `since` is the one aimed at, ties by id.
    let p = &mut b.archive.people[0];
    p.needs = vec![
        Need { id: "n2".into(), topic: "b".into(), text: None, since: days_ago(9), until: None },
        Need {
            id: "n1".into(),
            topic: "a".into(),
            text: Some("Hiring a designer".into()),
            since: days_ago(9),
            until: None,
        },
        Need { id: "n0".into(), topic: "c".into(), text: None, since: days_ago(3), until: Some(days_ago(1)) },
    ];
    let c = b.probe(today(), "give_back:ana:2025-03");
    assert_close(c.urgency, (0.8 * rho + 0.2).min(1.0));
    let s = b.suggest(today()).into_iter().find(|s| s.id == "give_back:ana:2025-03").expect("chosen");
    assert_eq!(s.action, "Spend five minutes on “Hiring a designer”: a link, an intro or a good word.");
    assert_eq!(s.title, "Help Ana with “Hiring a designer”");
    assert_eq!((s.effort_minutes, s.hard), (5, false));
}

#[test]
fn no_give_back_below_a_quarter_or_after_a_recent_favor_of_mine() {
    let mut b = one(2);
    b.archive.people[0].needs =
        vec![Need { id: "n1".into(), topic: "design".into(), text: None, since: days_ago(5), until: None }];
    b.favor("f1", "ana", true, days_ago(10), FavorKind::Share); // 0.5·… → ρ ≈ 0.33 ≥ 0.25
    assert_eq!(b.keys_of(today(), K::GiveBack).len(), 1);
    b.favor("f2", "ana", false, days_ago(30), FavorKind::Favor);
    assert!(b.keys_of(today(), K::GiveBack).is_empty(), "I did them a favor 30 days ago");
    let needs = b.archive.people[0].needs.clone();
    let mut b = one(2);
    b.archive.people[0].needs = needs.clone();
    b.favor("f1", "ana", true, days_ago(10), FavorKind::Referral);
    b.favor("f2", "ana", false, days_ago(31), FavorKind::Favor);
    assert_eq!(b.keys_of(today(), K::GiveBack), vec!["give_back:ana:2025-03"]);
    let mut b = one(2);
    b.archive.people[0].needs = needs;
    b.favor("f1", "ana", true, days_ago(10), FavorKind::Favor);
    b.favor("f2", "ana", false, days_ago(40), FavorKind::Favor);
    assert!(b.keys_of(today(), K::GiveBack).is_empty(), "balanced: ρ < 0.25");
}

// ---------------------------------------------------------------- introduce

fn intro_book() -> Book {
    let mut b = Book::new();
    b.person("eli", 4, Stage::Acquaintance).needs =
        vec![Need { id: "n1".into(), topic: "rust-engineer".into(), text: None, since: days_ago(9), until: None }];
    b.person("fay", 3, Stage::Ally).offers =
        vec![Need { id: "o1".into(), topic: " Rust-ENGINEER ".into(), text: None, since: days_ago(200), until: None }];
    b
}

#[test]
fn a_need_meets_an_offer_and_the_key_orders_the_two_people() {
    let b = intro_book();
    let c = b.probe(today(), "introduce:eli:fay:n1");
    assert_close(c.urgency, 0.5f64.powf(9.0 / 30.0)); // §10.5: U = 0.5^(a/30)
    assert_eq!((c.effort, c.hard, c.people.clone()), (10, false, vec!["eli".to_owned(), "fay".to_owned()]));
    // The same when the offer is Eli's and the need Fay's: x < y in byte order, the need's id last.
    let mut b = Book::new();
    b.person("fay", 3, Stage::Ally).needs =
        vec![Need { id: "n7".into(), topic: "x".into(), text: None, since: days_ago(1), until: None }];
    b.person("eli", 4, Stage::Acquaintance).offers =
        vec![Need { id: "o7".into(), topic: "X".into(), text: None, since: days_ago(1), until: None }];
    assert_eq!(b.keys_of(today(), K::Introduce), vec!["introduce:eli:fay:n7"]);
}

#[test]
fn no_intro_for_old_needs_closed_offers_no_intros_or_people_already_introduced() {
    let mut b = intro_book();
    b.archive.people[0].needs[0].since = days_ago(61);
    assert!(b.keys_of(today(), K::Introduce).is_empty(), "need older than 60 days");
    let mut b = intro_book();
    b.archive.people[1].offers[0].until = Some(days_ago(1));
    assert!(b.keys_of(today(), K::Introduce).is_empty(), "offer closed");
    let mut b = intro_book();
    b.archive.people[0].needs[0].since = today() + Duration::days(1);
    assert!(b.keys_of(today(), K::Introduce).is_empty(), "need not open yet");
    let mut b = intro_book();
    b.archive.people[1].no_intros = true;
    assert!(b.keys_of(today(), K::Introduce).is_empty(), "no_intros");
    let mut b = intro_book();
    b.met_with(&["fay", "eli"], d("2023-01-01"), InteractionKind::Intro);
    assert!(b.keys_of(today(), K::Introduce).is_empty(), "introduced before, ever");
    let mut b = intro_book();
    b.met_with(&["fay", "eli"], d("2025-01-01"), InteractionKind::Meeting);
    b.met_with(&["fay"], d("2025-01-02"), InteractionKind::Intro);
    b.met_with(&["fay", "eli"], today() + Duration::days(1), InteractionKind::Intro);
    assert_eq!(b.keys_of(today(), K::Introduce).len(), 1, "a meeting, an intro of one of them, a future intro");
}

// ---------------------------------------------------------------- share

fn share_book(strength: f64) -> Book {
    let mut b = one(3);
    b.archive.people[0].interests =
        vec![Interest { topic: "Cycling".into(), strength: 0.6 }, Interest { topic: " climate-tech".into(), strength }];
    b.item("c1", &["climate-tech", "policy"], days_ago(1));
    b
}

#[test]
fn a_fresh_item_is_shared_with_the_best_matching_interest() {
    let b = share_book(0.9);
    let c = b.probe(today(), "share:ana:c1");
    assert_close(c.urgency, 0.5f64.powf(1.0 / 3.0) * 0.9);
    assert_eq!((c.effort, c.hard), (3, false));
    let mut b = share_book(0.4);
    assert!(b.keys_of(today(), K::Share).is_empty(), "J < 0.5");
    b.archive.items[0].topics.push("cycling".into());
    assert_close(b.probe(today(), "share:ana:c1").urgency, 0.5f64.powf(1.0 / 3.0) * 0.6);
}

#[test]
fn items_older_than_a_week_are_not_shared_nor_future_ones() {
    let mut b = share_book(0.9);
    b.archive.items[0].published_on = days_ago(7);
    assert_eq!(b.keys_of(today(), K::Share).len(), 1);
    b.archive.items[0].published_on = days_ago(8);
    assert!(b.keys_of(today(), K::Share).is_empty());
    b.archive.items[0].published_on = today() + Duration::days(1);
    assert!(b.keys_of(today(), K::Share).is_empty());
}

#[test]
fn no_share_for_someone_with_a_share_done_in_the_last_30_days() {
    let mut b = share_book(0.9);
    b.feedback("share:ana:c0", FeedbackAction::Done, days_ago(30));
    assert!(b.keys_of(today(), K::Share).is_empty());
    let mut b = share_book(0.9);
    b.feedback("share:ana:c0", FeedbackAction::Done, days_ago(31));
    assert_eq!(b.keys_of(today(), K::Share).len(), 1);
}

/// Round 132 (tartu P9, "a milk-price article to the co-founder on paternity leave with a two-week-old", 2 from both
/// reviewers): no article in the first six weeks of a baby of theirs.
#[test]
fn no_share_for_a_parent_with_a_newborn() {
    let mut b = share_book(0.9);
    b.event("e1", "ana", days_ago(11), EventKind::Baby);
    assert!(b.keys_of(today(), K::Share).is_empty());
    b.archive.events[0].date = days_ago(43);
    assert_eq!(b.keys_of(today(), K::Share).len(), 1);
}

// ---------------------------------------------------------------- the user's partner

/// Round 16 (vet P28, carpenter P15, postdoc P10): the user's partner (family whose how-you-met says "My husband",
/// "My partner"…) gets their dates, news and hard times and the user's promises, not a check-in, an article, an ask
/// or a follow-up of what they mentioned: the user lives those days with them.
#[test]
fn the_partner_gets_their_days_not_generic_acts() {
    let book = |how_met: &str, promised: bool| {
        let mut b = Book::new();
        let p = b.person("aled", 1, Stage::Advocate);
        p.kin = true;
        p.how_met = Some(how_met.into());
        p.birthday = AnnualDate::parse(&today().format("--%m-%d").to_string());
        b.met("aled", days_ago(40), InteractionKind::Call);
        b.follow_up("u1", "aled", false, days_ago(1)).text = "Interview for the station manager post".into();
        if promised {
            b.follow_up("u2", "aled", true, today()).text = "Book the anniversary dinner".into();
        }
        b
    };
    let kinds = |b: &Book| b.probes(today()).into_iter().map(|p| p.kind).collect::<Vec<_>>();
    let partner = kinds(&book("My husband; we met at a friend's party in Cardiff in 2008", true));
    assert!(partner.contains(&K::Occasion) && partner.contains(&K::KeepPromise), "{partner:?}");
    let partner = kinds(&book("My husband; we met at a friend's party in Cardiff in 2008", false));
    assert!(!partner.contains(&K::CheckIn) && !partner.contains(&K::FollowUp), "{partner:?}");
    // The same record as a brother keeps the check-in and the follow-up (with no promise due to him this week, which
    // would be the reason to be in touch instead).
    let brother = kinds(&book("My little brother", false));
    assert!(brother.contains(&K::CheckIn) && brother.contains(&K::FollowUp), "{brother:?}");
}

// ---------------------------------------------------------------- check_in

/// Round 16: someone seen every week is not checked in on before two weeks without contact, whatever the ratio.
#[test]
fn no_check_in_within_two_weeks_of_the_last_contact() {
    let weekly = |last: i64| {
        let mut b = one(1);
        for k in 0..8 {
            b.met("ana", days_ago(last + 7 * k), InteractionKind::Call);
        }
        b
    };
    assert!(weekly(13).keys_of(today(), K::CheckIn).is_empty(), "13 days: a ratio of 1.9, but no lapse yet");
    assert_eq!(weekly(14).keys_of(today(), K::CheckIn), [format!("check_in:ana:{}", days_ago(14))]);
}

#[test]
fn check_in_when_the_overdue_ratio_reaches_0_9() {
    let mut b = one(3); // cadence 90: r = 81/90 = 0.9
    b.met("ana", days_ago(81), InteractionKind::Coffee);
    let c = b.probe(today(), &format!("check_in:ana:{}", days_ago(81)));
    assert_close(c.urgency, 1.0 / (1.0 + (-5.0f64 * (0.9 - 1.2)).exp()));
    assert_eq!((c.effort, c.hard, c.due), (5, false, None));
    let mut b = one(3);
    b.met("ana", days_ago(80), InteractionKind::Coffee);
    assert!(b.keys_of(today(), K::CheckIn).is_empty());
}

#[test]
fn long_overdue_close_ties_get_a_call() {
    let mut b = one(2); // cadence 30: r = 60/30 = 2
    b.met("ana", days_ago(60), InteractionKind::Coffee);
    assert_eq!(b.probe(today(), &format!("check_in:ana:{}", days_ago(60))).effort, 20);
    let mut b = one(3);
    b.met("ana", days_ago(180), InteractionKind::Coffee);
    assert_eq!(b.probe(today(), &format!("check_in:ana:{}", days_ago(180))).effort, 5, "circle 3 stays a note");
}

#[test]
fn no_check_in_without_a_cadence_a_first_meeting_or_for_a_dormant_tie() {
    let mut b = one(5);
    b.met("ana", days_ago(400), InteractionKind::Coffee);
    assert!(b.keys_of(today(), K::CheckIn).is_empty(), "the wider circle has no cadence");
    let b = one(1);
    assert!(b.keys_of(today(), K::CheckIn).is_empty(), "never met");
    let mut b = one(4);
    b.archive.people[0].peak_circle = Some(3);
    b.met("ana", days_ago(1095), InteractionKind::Coffee);
    assert!(b.keys_of(today(), K::CheckIn).is_empty(), "dormant");
    assert_eq!(b.keys_of(today(), K::Reconnect).len(), 1);
}

#[test]
fn the_check_in_key_embeds_the_last_interaction_so_logging_one_retires_it() {
    let mut b = one(3);
    b.met("ana", d("2024-11-01"), InteractionKind::Coffee);
    b.met("ana", d("2024-12-01"), InteractionKind::Call);
    b.met("ana", d("2025-01-05"), InteractionKind::Note);
    assert_eq!(b.keys_of(today(), K::CheckIn), vec!["check_in:ana:2024-12-01"]);
}

// ---------------------------------------------------------------- reconnect

#[test]
fn a_dormant_tie_is_reconnected_weaker_ties_and_goal_links_rank_higher() {
    let mut b = one(5);
    b.met("ana", days_ago(1095), InteractionKind::Message);
    let key = format!("reconnect:ana:{}", days_ago(1095));
    assert!(b.keys_of(today(), K::Reconnect).is_empty(), "never closer than the wider circle: no reconnect");
    b.archive.people[0].peak_circle = Some(4);
    assert!(b.keys_of(today(), K::Reconnect).is_empty(), "once in the 150 only: no reconnect either");
    b.archive.people[0].peak_circle = Some(3);
    let h = 3.0 / 60.0;
    assert_close(b.probe(today(), &key).urgency, 0.3 * (1.0 + 0.3 * (1.0 - h / 100.0)));
    b.archive.people[0].expertise = vec!["healthcare".into()];
    b.goal("g1", &["Healthcare"], 1);
    assert_close(b.probe(today(), &key).urgency, (0.3 * 1.5 * (1.0 + 0.3 * (1.0 - h / 100.0))).min(0.6));
    // 100 hours or more together: no weak-tie bonus.
    for k in 0..5 {
        b.met("ana", days_ago(2000 + k), InteractionKind::Activity).minutes = Some(1200);
    }
    assert_close(b.probe(today(), &key).urgency, 0.45);
    let mut b = one(5);
    b.archive.people[0].peak_circle = Some(3);
    b.met("ana", days_ago(1094), InteractionKind::Message);
    assert!(b.keys_of(today(), K::Reconnect).is_empty(), "1094 days is not dormant");
}

// ---------------------------------------------------------------- deepen

#[test]
fn a_fresh_acquaintance_met_once_gets_a_follow_up_within_three_days() {
    let mut b = Book::new();
    b.person("ana", 4, Stage::Acquaintance).power = true;
    b.met("ana", days_ago(3), InteractionKind::Coffee);
    let c = b.probe(today(), "deepen:ana:acquaintance:follow_up");
    assert_eq!((c.urgency, c.effort, c.hard), (0.9, 5, false));
    let mut later = b.clone();
    later.archive.interactions[0].date = days_ago(4);
    assert!(later.keys_of(today(), K::Deepen).is_empty(), "4 days");
    let mut twice = b.clone();
    twice.met("ana", days_ago(20), InteractionKind::Email);
    assert!(twice.keys_of(today(), K::Deepen).is_empty(), "met twice");
    let mut friend = b.clone();
    friend.archive.people[0].stage = Stage::Friend;
    assert!(friend.keys_of(today(), K::Deepen).is_empty());
    // §10.10: anyone, not only one of your ten — and the fresh tie is valued as circle 4 at least.
    let mut not_power = b.clone();
    not_power.archive.people[0].power = false;
    not_power.archive.people[0].circle = 5;
    assert_eq!(not_power.keys_of(today(), K::Deepen), vec!["deepen:ana:acquaintance:follow_up"]);
    let s = not_power.suggest(today());
    assert_eq!(s.len(), 1, "a hand-added person met once brings an act to Today");
    assert_eq!(s[0].factors.v, 0.4);
}

// ---------------------------------------------------------------- ask

fn ask_book() -> Book {
    let mut b = one(3);
    b.archive.people[0].expertise = vec!["Healthcare ".into()];
    b.met("ana", days_ago(10), InteractionKind::Coffee);
    b.goal("g1", &["healthcare", "analytics"], 1);
    b
}

#[test]
fn expertise_meeting_a_goal_gives_an_ask_weighted_by_priority_and_circle() {
    let b = ask_book();
    let c = b.probe(today(), "ask:ana:g1");
    assert_close(c.urgency, 0.4 * 1.0 * 1.0);
    assert_eq!((c.effort, c.hard), (10, false));
    for (circle, priority, expected) in [(1, 2, 0.4 * 0.7 * 0.6), (2, 3, 0.4 * 0.5 * 0.8), (5, 1, 0.4 * 0.9)] {
        let mut b = ask_book();
        b.archive.people[0].circle = circle;
        b.archive.goals[0].priority = priority;
        assert_close(b.probe(today(), "ask:ana:g1").urgency, expected);
    }
    // §10.6: no cold asks — a person never met is not asked, nor one last met over 180 days ago, nor one past
    // two cadences.
    let mut never_met = one(4);
    never_met.archive.people[0].expertise = vec!["analytics".into()];
    never_met.goal("g1", &["analytics"], 2);
    assert!(never_met.keys_of(today(), K::Ask).is_empty(), "never met: not asked");
    let mut cold = ask_book();
    cold.archive.people[0].circle = 5;
    cold.archive.interactions[0].date = days_ago(181);
    assert!(cold.keys_of(today(), K::Ask).is_empty(), "181 days");
    cold.archive.interactions[0].date = days_ago(180);
    assert_eq!(cold.keys_of(today(), K::Ask).len(), 1, "180 days, no cadence");
    let mut lapsed = ask_book(); // circle 3: cadence 90, so at most 180 days
    lapsed.archive.people[0].circle = 2; // cadence 30: at most 60 days
    lapsed.archive.interactions[0].date = days_ago(61);
    assert!(lapsed.keys_of(today(), K::Ask).is_empty(), "past two cadences");
    lapsed.archive.interactions[0].date = days_ago(60);
    assert_eq!(lapsed.keys_of(today(), K::Ask).len(), 1);
}

#[test]
fn no_ask_of_someone_who_gave_much_of_a_dormant_tie_or_twice_in_90_days() {
    let mut b = ask_book();
    b.favor("f1", "ana", true, days_ago(200), FavorKind::Referral); // ρ ≈ 0.73 > 0.5
    assert!(b.keys_of(today(), K::Ask).is_empty(), "give before you ask");
    let mut b = ask_book();
    b.archive.interactions[0].date = days_ago(1200);
    assert!(b.keys_of(today(), K::Ask).is_empty(), "dormant");
    let mut b = ask_book();
    b.goal("g2", &["analytics"], 2);
    b.feedback("ask:ana:g0", FeedbackAction::Done, days_ago(90));
    assert!(b.keys_of(today(), K::Ask).is_empty(), "an ask done 90 days ago");
    let mut b = ask_book();
    b.feedback("ask:ana:g0", FeedbackAction::Done, days_ago(91));
    assert_eq!(b.keys_of(today(), K::Ask).len(), 1);
    let mut b = ask_book();
    b.archive.goals[0].active = false;
    assert!(b.keys_of(today(), K::Ask).is_empty(), "inactive goal");
}

// ---------------------------------------------------------------- sensitive window

#[test]
fn after_hard_news_nothing_cheerful_or_asking_for_30_days() {
    let mut b = Book::new();
    let p = b.person("omar", 2, Stage::Friend);
    p.expertise = vec!["healthcare".into()];
    p.interests = vec![Interest { topic: "cycling".into(), strength: 1.0 }];
    p.birthday = AnnualDate::parse("--03-11");
    b.met("omar", days_ago(50), InteractionKind::Call); // within two cadences: asking is not cold (§10.6)
    b.goal("g1", &["healthcare"], 1);
    b.item("c1", &["cycling"], days_ago(1));
    b.event("e1", "omar", days_ago(30), EventKind::Bereavement);
    b.event("e2", "omar", days_ago(2), EventKind::Promotion);
    b.favor("f1", "omar", true, days_ago(3), FavorKind::Share); // ρ ≈ 0.33: asking is allowed
    b.archive.people[0].needs =
        vec![Need { id: "n1".into(), topic: "movers".into(), text: None, since: days_ago(5), until: None }];
    let kinds: Vec<SuggestionKind> = b.probes(today()).into_iter().map(|p| p.kind).collect();
    // The thank-you and the favor wait while the support is open: the support card carries no business.
    // The birthday tomorrow is a quiet word, which needs no plan the day before: the wish comes on the day.
    // Round 10: the late support (no longer hard) waits for that quiet word, which will carry it.
    assert_eq!(kinds, vec![], "no congratulate, share, check_in, ask, plan, or a support the day before");
    // §10.1, §10.8: the birthday in the window is a quiet note, and no text speaks of trust, goals or gifts.
    b.archive.people[0].birthday = AnnualDate::parse("--03-10");
    let out = b.suggest_with(today(), &EngineConfig { daily_suggestions: 9, ..EngineConfig::default() });
    let quiet = out.iter().find(|s| s.kind == K::Occasion).expect("the birthday still fires");
    assert_eq!(quiet.title, "Send Omar Test a quiet birthday note");
    for s in &out {
        let text = format!("{} {} {} {} {}", s.title, s.action, s.why.now, s.why.them, s.why.this).to_lowercase();
        for word in ["gift", "party", "trust", "got your back", "goal", "reputation"] {
            assert!(!text.contains(word), "“{word}” in a sensitive window: {text}");
        }
    }
    b.archive.events[0].date = days_ago(31);
    b.archive.favors[0].thanked_on = Some(days_ago(1)); // give before you ask: no ask while a thank-you is due
    let kinds: Vec<SuggestionKind> = b.probes(today()).into_iter().map(|p| p.kind).collect();
    for kind in [K::Congratulate, K::Share, K::CheckIn, K::Support] {
        assert!(kinds.contains(&kind), "{kind} after the window");
    }
    // The ask waits until the support, the good news, the birthday and the item have passed: not in the same
    // breath.
    assert!(!kinds.contains(&K::Ask));
    b.archive.events[0].date = days_ago(46);
    b.archive.favors[0].date = days_ago(31); // their favor 3 days ago drew on them: the ask waits 30 days
    b.archive.events.retain(|e| e.id != "e2");
    b.archive.items.clear();
    b.archive.people[0].birthday = None;
    let kinds: Vec<SuggestionKind> = b.probes(today()).into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&K::Ask), "ask after the window");
}
