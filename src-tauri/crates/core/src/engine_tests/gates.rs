//! The gates of §4, one by one, and the snapshot's "as of today" rules.

use super::*;

/// Chloe, circle 3, last seen 99 days ago: one check_in candidate, `check_in:chloe:2024-12-01`.
fn chloe() -> Book {
    let mut b = Book::new();
    b.person("chloe", 3, Stage::Ally);
    b.met("chloe", d("2024-12-01"), InteractionKind::Coffee);
    b
}

const KEY: &str = "check_in:chloe:2024-12-01";

#[test]
fn only_active_people_get_suggestions() {
    for status in [Status::Archived, Status::Deceased, Status::DoNotContact] {
        let mut b = chloe();
        b.archive.people[0].status = status;
        assert_eq!(b.probe(today(), KEY).gate(), Gate::PersonNotActive { person: "chloe".into(), status });
        assert!(b.suggest(today()).is_empty());
    }
}

#[test]
fn a_snoozed_person_gets_nothing_until_the_snooze_ends() {
    let mut b = chloe();
    b.archive.people[0].snoozed_until = Some(today() + Duration::days(1));
    assert_eq!(b.probe(today(), KEY).gate(), Gate::PersonSnoozed { person: "chloe".into(), until: d("2025-03-11") });
    b.archive.people[0].snoozed_until = Some(today());
    assert!(matches!(b.probe(today(), KEY).fate, Fate::Chosen { .. }), "snoozed until today is over");
}

#[test]
fn done_and_dismissed_keys_never_return() {
    let mut b = chloe();
    b.feedback(KEY, FeedbackAction::Done, days_ago(400));
    assert_eq!(b.probe(today(), KEY).gate(), Gate::Done { on: days_ago(400) });
    for reason in [DismissReason::NotRelevant, DismissReason::NotThisPerson] {
        let mut b = chloe();
        b.dismiss(KEY, reason, days_ago(200));
        assert_eq!(b.probe(today(), KEY).gate(), Gate::Dismissed { on: days_ago(200), reason });
    }
    let mut b = chloe();
    b.dismiss(KEY, DismissReason::AlreadyDone, days_ago(1));
    assert_eq!(b.probe(today(), KEY).gate(), Gate::Done { on: days_ago(1) }, "already_done is done");
}

#[test]
fn a_snooze_holds_while_its_end_is_after_today() {
    let mut b = chloe();
    b.feedback(KEY, FeedbackAction::Snoozed, days_ago(2)).until = Some(today() + Duration::days(1));
    assert_eq!(b.probe(today(), KEY).gate(), Gate::Snoozed { until: d("2025-03-11") });
    let mut b = chloe();
    b.feedback(KEY, FeedbackAction::Snoozed, days_ago(2)).until = Some(today());
    assert!(matches!(b.probe(today(), KEY).fate, Fate::Chosen { .. }));
}

#[test]
fn wrong_timing_is_a_snooze_until_its_date_plus_three() {
    let mut b = chloe();
    b.dismiss(KEY, DismissReason::WrongTiming, days_ago(2));
    assert_eq!(b.probe(today(), KEY).gate(), Gate::Snoozed { until: d("2025-03-11") });
    let mut b = chloe();
    b.dismiss(KEY, DismissReason::WrongTiming, days_ago(3));
    assert!(matches!(b.probe(today(), KEY).fate, Fate::Chosen { .. }), "back on the third day");
}

#[test]
fn not_this_person_mutes_the_kind_for_them_for_90_days() {
    // A check_in dismissed as not for Chloe, under an older key, mutes her new check_ins for 90 days.
    let mut b = chloe();
    b.dismiss("check_in:chloe:2024-06-01", DismissReason::NotThisPerson, days_ago(89));
    assert_eq!(b.probe(today(), KEY).gate(), Gate::KindMuted { person: "chloe".into(), until: d("2025-03-11") });
    let mut b = chloe();
    b.dismiss("check_in:chloe:2024-06-01", DismissReason::NotThisPerson, days_ago(90));
    assert!(matches!(b.probe(today(), KEY).fate, Fate::Chosen { .. }), "90 days later it is over");
    // Other kinds, and other reasons, do not mute.
    let mut b = chloe();
    b.dismiss("reconnect:chloe:2020-01-01", DismissReason::NotThisPerson, days_ago(5));
    b.dismiss("check_in:chloe:2024-06-01", DismissReason::NotRelevant, days_ago(5));
    assert!(!matches!(b.probe(today(), KEY).fate, Fate::Gated { .. }));
}

#[test]
fn a_mute_reaches_people_through_records_and_both_sides_of_an_intro() {
    // Chloe's congratulate muted through the event named by an earlier dismissed key.
    let mut b = chloe();
    b.event("e0", "chloe", d("2024-12-20"), EventKind::Award);
    b.event("e1", "chloe", days_ago(2), EventKind::Promotion);
    b.dismiss("congratulate:e0", DismissReason::NotThisPerson, days_ago(60));
    assert_eq!(
        b.probe(today(), "congratulate:e1").gate(),
        Gate::KindMuted { person: "chloe".into(), until: days_ago(60) + Duration::days(90) }
    );
    // An intro dismissed as not for these people mutes intros for both.
    let mut b = chloe();
    b.person("dan", 3, Stage::Ally).offers =
        vec![Need { id: "o1".into(), topic: "design".into(), text: None, since: days_ago(5), until: None }];
    b.archive.people[0].needs =
        vec![Need { id: "n1".into(), topic: "design".into(), text: None, since: days_ago(5), until: None }];
    b.dismiss("introduce:chloe:zed:n0", DismissReason::NotThisPerson, days_ago(10));
    assert_eq!(
        b.probe(today(), "introduce:chloe:dan:n1").gate(),
        Gate::KindMuted { person: "chloe".into(), until: days_ago(10) + Duration::days(90) }
    );
}

#[test]
fn the_order_of_gates_is_person_then_key_then_mute() {
    let mut b = chloe();
    b.archive.people[0].status = Status::Archived;
    b.feedback(KEY, FeedbackAction::Done, days_ago(1));
    assert!(matches!(b.probe(today(), KEY).gate(), Gate::PersonNotActive { .. }));
    let mut b = chloe();
    b.feedback(KEY, FeedbackAction::Snoozed, days_ago(5));
    b.feedback(KEY, FeedbackAction::Done, days_ago(1));
    assert!(matches!(b.probe(today(), KEY).gate(), Gate::Done { .. }), "done outranks a snooze");
}

#[test]
fn an_intro_with_someone_inactive_is_gated() {
    let mut b = Book::new();
    b.person("eli", 4, Stage::Acquaintance).needs =
        vec![Need { id: "n1".into(), topic: "law".into(), text: None, since: days_ago(1), until: None }];
    let fay = b.person("fay", 3, Stage::Ally);
    fay.status = Status::Deceased;
    fay.offers = vec![Need { id: "o1".into(), topic: "law".into(), text: None, since: days_ago(1), until: None }];
    assert_eq!(
        b.probe(today(), "introduce:eli:fay:n1").gate(),
        Gate::PersonNotActive { person: "fay".into(), status: Status::Deceased }
    );
}

// ---------------------------------------------------------------- as of today

#[test]
fn records_dated_after_today_are_ignored() {
    let mut b = chloe();
    b.met("chloe", today() + Duration::days(3), InteractionKind::Meal); // planned dinner: not yet contact
    b.event("e1", "chloe", today() + Duration::days(1), EventKind::NewJob);
    b.favor("f1", "chloe", true, today() + Duration::days(1), FavorKind::Referral);
    b.item("c1", &["x"], today() + Duration::days(1));
    b.feedback(KEY, FeedbackAction::Done, today() + Duration::days(1));
    b.archive.people[0].needs =
        vec![Need { id: "n1".into(), topic: "x".into(), text: None, since: today() + Duration::days(1), until: None }];
    let snap = b.snapshot(today());
    let p = snap.person("chloe").unwrap();
    assert_eq!((p.contact.last, p.contact.count), (Some(d("2024-12-01")), 1));
    assert_eq!(p.favors.received, 0.0);
    assert!(p.needs.is_empty() && snap.events.is_empty() && snap.unthanked.is_empty() && snap.items.is_empty());
    assert!(snap.feedback.is_empty());
    assert_eq!(ids(&b.suggest(today())), vec![KEY]);
}

#[test]
fn follow_ups_are_kept_whatever_their_due_but_done_later_counts_as_not_done() {
    let mut b = chloe();
    b.follow_up("u1", "chloe", true, today() + Duration::days(2)).done_on = Some(today() + Duration::days(1));
    b.follow_up("u2", "chloe", true, days_ago(3)).done_on = Some(days_ago(1));
    b.follow_up("u3", "chloe", false, days_ago(3)).done_on = Some(days_ago(1));
    let snap = b.snapshot(today());
    // A promise done already stays, done (it shows the user's part around a mention); a mention done goes.
    let kept: Vec<(&str, Option<NaiveDate>)> = snap.follow_ups.iter().map(|u| (u.id.as_str(), u.done_on)).collect();
    assert_eq!(kept, vec![("u1", None), ("u2", Some(days_ago(1)))]);
    assert!(!ids(&b.suggest(today())).contains(&"keep_promise:u2"), "a done promise is not kept again");
}

#[test]
fn a_card_put_off_three_times_does_not_come_back_and_a_returning_one_does_not_reproach() {
    let key = "check_in:chloe:2024-12-01";
    let mut b = Book::new();
    b.person("chloe", 2, Stage::Ally);
    b.met("chloe", d("2024-12-01"), InteractionKind::Coffee);
    b.feedback(key, FeedbackAction::Snoozed, days_ago(9)).until = Some(days_ago(7));
    b.feedback(key, FeedbackAction::Snoozed, days_ago(6)).until = Some(days_ago(4));
    let back = b.suggest(today());
    assert_eq!(back[0].id, key, "two snoozes: it returns");
    // It returns as it was, without reproach: "you put this off" was rated as nagging.
    assert!(!back[0].why.now.to_lowercase().contains("put this off"), "{}", back[0].why.now);
    b.feedback(key, FeedbackAction::Dismissed, days_ago(3)).reason = Some(DismissReason::WrongTiming);
    assert_eq!(b.probe(today(), key).gate(), Gate::PutOff { times: 3 });
    assert!(b.suggest(today()).is_empty());
    // A hard act is never dropped this way: a promise due today returns however often it was put off.
    let mut b = Book::new();
    b.person("chloe", 3, Stage::Ally);
    b.follow_up("u1", "chloe", true, today());
    for n in [6, 4, 2] {
        b.feedback("keep_promise:u1", FeedbackAction::Snoozed, days_ago(n)).until = Some(days_ago(n - 1));
    }
    assert!(b.suggest(today()).iter().any(|s| s.id == "keep_promise:u1"));
}
