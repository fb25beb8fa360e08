//! Feedback (§8): recorded with today's date, its natural effects, what it changes in tomorrow's suggestions — and
//! explain, which tells each candidate's fate.

use super::*;

fn record(store: &Store, id: &str, input: FeedbackInput, day: NaiveDate) -> Result<FeedbackOutcome> {
    store.write(|tx| record_feedback(tx, id, &input, day))
}

fn thank_book() -> Book {
    let mut b = Book::new();
    let ben = b.person("ben", 2, Stage::Advocate);
    ben.power = true;
    // §10.4: a give-back needs something concrete to give.
    ben.needs = vec![Need {
        id: "n-ben".into(),
        topic: "design".into(),
        text: Some("Looking for a designer".into()),
        since: days_ago(20),
        until: None,
    }];
    b.met("ben", days_ago(4), InteractionKind::Email);
    b.favor("f1", "ben", true, days_ago(4), FavorKind::Referral).detail = Some("Referred me to Acme".into());
    b
}

#[test]
fn done_on_a_thank_marks_the_favor_thanked_and_offers_an_interaction() {
    let store = thank_book().store();
    let outcome = record(&store, "thank:f1", FeedbackInput::Done, today()).unwrap();
    assert_eq!(outcome.effect, Some(FeedbackEffect::FavorThanked { favor: "f1".into(), on: today() }));
    assert_eq!(outcome.feedback.action, FeedbackAction::Done);
    assert_eq!(outcome.feedback.on, today());
    assert_eq!(
        outcome.interaction,
        Some(InteractionProposal {
            people: vec!["ben".into()],
            kind: InteractionKind::Message,
            date: today(),
            summary: "Thank Ben Test for the referral".into(),
        })
    );
    let thanked: Option<NaiveDate> = store.read(|tx| crate::store::favors::get(tx, "f1")).unwrap().thanked_on;
    assert_eq!(thanked, Some(today()));
    let feedback = store.read(crate::store::feedback::all).unwrap();
    assert_eq!(feedback.len(), 1);
    // The thank is gone; the give-back it carried stands on its own.
    let digest = digest_for(&store, today()).unwrap();
    assert_eq!(ids(&digest.suggestions), vec!["give_back:ben:2025-03"]);
    assert_eq!(digest.suggestions[0].factors.n, 0.5, "another key for Ben got feedback today");
    // Acting twice on a thank that no longer exists is refused.
    let err = record(&store, "thank:f1", FeedbackInput::Done, today()).unwrap_err();
    assert_eq!(err.code(), "not_found");
}

#[test]
fn done_with_also_closes_the_acts_the_card_carried_with_their_effects() {
    // §10.11: a thank-you card carrying a second thank and a give-back; done closes what the user ticks.
    let mut b = thank_book();
    b.favor("f2", "ben", true, days_ago(6), FavorKind::Advice);
    let store = b.store();
    let digest = digest_for(&store, today()).unwrap();
    let card = &digest.suggestions[0];
    assert_eq!(card.id, "thank:f1");
    let also: Vec<String> = card.also.iter().map(|a| a.id.clone()).collect();
    assert_eq!(also, vec!["thank:f2".to_owned(), "give_back:ben:2025-03".to_owned()]);
    assert_eq!(store.read(|tx| also_of(tx, "thank:f1", today())).unwrap(), also);

    // Something not on the card is refused, and nothing is written.
    let stray = store.write(|tx| record_done_with_also(tx, "thank:f1", &["thank:f9".into()], today())).unwrap_err();
    assert_eq!((stray.code(), stray.path()), ("invalid", Some("also")));
    assert!(store.read(crate::store::feedback::all).unwrap().is_empty());

    let outcome = store.write(|tx| record_done_with_also(tx, "thank:f1", &["thank:f2".into()], today())).unwrap();
    assert_eq!(outcome.also_done.len(), 1);
    assert_eq!(outcome.also_done[0].effect, Some(FeedbackEffect::FavorThanked { favor: "f2".into(), on: today() }));
    assert!(outcome.interaction.is_some() && outcome.also_done[0].interaction.is_none());
    // Neither thank comes back; the give-back the user did not tick still can.
    let later = digest_for(&store, today() + Duration::days(2)).unwrap();
    assert!(!later
        .suggestions
        .iter()
        .any(|s| s.kind == SuggestionKind::Thank || s.also.iter().any(|a| a.kind == SuggestionKind::Thank)));
    assert!(later.suggestions.iter().any(|s| s.id == "give_back:ben:2025-03"));
}

/// Closing one act may change what the engine generates (a done share logs a contact, which moves the person's
/// check-in to another key): every act of the card is resolved against the book as it was before any of them is
/// recorded. Since round 13 no link rides on good news (nor on any card about their life), so the card here is a
/// share carrying the check-in.
#[test]
fn done_with_also_closes_acts_that_the_first_closing_would_silence() {
    let mut b = Book::new();
    b.person("kai", 2, Stage::Ally).interests = vec![Interest { topic: "cycling".into(), strength: 1.0 }];
    b.met("kai", days_ago(60), InteractionKind::Coffee);
    b.item("c1", &["cycling"], today());
    let store = b.store();
    let digest = digest_for(&store, today()).unwrap();
    let card = digest.suggestions.iter().find(|s| s.people == ["kai"]).unwrap();
    assert_eq!(card.kind, SuggestionKind::Share);
    let also: Vec<String> = card.also.iter().map(|a| a.id.clone()).collect();
    assert_eq!(also, vec![format!("check_in:kai:{}", days_ago(60))]);
    let outcome = store.write(|tx| record_done_with_also(tx, &card.id, &also, today())).unwrap();
    assert_eq!(outcome.also_done.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), vec![also[0].as_str()]);
    assert_eq!(store.read(crate::store::feedback::all).unwrap().len(), 2);
}

#[test]
fn done_on_a_promise_or_a_mention_marks_the_follow_up_done() {
    let mut b = thank_book();
    b.follow_up("u1", "ben", true, days_ago(1));
    b.follow_up("u2", "ben", false, days_ago(2)).until = Some(today());
    b.archive.interactions.clear();
    let store = b.store();
    for (key, id) in [("keep_promise:u1", "u1"), ("follow_up:u2", "u2")] {
        let outcome = record(&store, key, FeedbackInput::Done, today()).unwrap();
        assert_eq!(outcome.effect, Some(FeedbackEffect::FollowUpDone { follow_up: id.into(), on: today() }));
        let done: Option<NaiveDate> = store.read(|tx| crate::store::follow_ups::get(tx, id)).unwrap().done_on;
        assert_eq!(done, Some(today()));
    }
    let digest = digest_for(&store, today()).unwrap();
    assert!(!digest
        .suggestions
        .iter()
        .any(|s| s.kind == SuggestionKind::KeepPromise || s.kind == SuggestionKind::FollowUp));
}

#[test]
fn already_done_applies_the_effect_but_offers_no_interaction() {
    let store = thank_book().store();
    let outcome =
        record(&store, "thank:f1", FeedbackInput::Dismiss { reason: DismissReason::AlreadyDone }, today()).unwrap();
    assert!(matches!(outcome.effect, Some(FeedbackEffect::FavorThanked { .. })));
    assert_eq!(outcome.interaction, None);
    assert_eq!(outcome.feedback.reason, Some(DismissReason::AlreadyDone));
}

#[test]
fn a_snooze_hides_the_suggestion_until_its_date() {
    let store = thank_book().store();
    let until = today() + Duration::days(2);
    let outcome = record(&store, "thank:f1", FeedbackInput::Snooze { until }, today()).unwrap();
    assert_eq!(
        (outcome.feedback.action, outcome.feedback.until, outcome.effect),
        (FeedbackAction::Snoozed, Some(until), None)
    );
    assert_eq!(outcome.interaction, None);
    assert!(!digest_for(&store, today()).unwrap().suggestions.iter().any(|s| s.id == "thank:f1"));
    assert!(!digest_for(&store, today() + Duration::days(1)).unwrap().suggestions.iter().any(|s| s.id == "thank:f1"));
    assert!(digest_for(&store, until).unwrap().suggestions.iter().any(|s| s.id == "thank:f1"));
    // A snooze must end after today.
    let err = record(&store, "thank:f1", FeedbackInput::Snooze { until: today() }, today()).unwrap_err();
    assert_eq!((err.code(), err.path()), ("invalid", Some("until")));
}

#[test]
fn a_gated_suggestion_can_still_be_acted_on_but_an_unknown_id_cannot() {
    let store = thank_book().store();
    record(&store, "thank:f1", FeedbackInput::Snooze { until: today() + Duration::days(9) }, today()).unwrap();
    let outcome = record(&store, "thank:f1", FeedbackInput::Done, today()).unwrap();
    assert!(outcome.effect.is_some(), "a snoozed suggestion can be done");
    for id in ["thank:f2", "check_in:ben:2025-03-06", "nonsense", "occasion:ben:birthday:2025"] {
        let err = record(&store, id, FeedbackInput::Done, today()).unwrap_err();
        assert!(matches!(&err, Error::NotFound { kind: "suggestion", id: got } if got == id), "{id}: {err}");
    }
    let feedback = store.read(crate::store::feedback::all).unwrap();
    assert_eq!(feedback.len(), 2, "nothing recorded for unknown ids");
}

#[test]
fn a_dismissed_check_in_returns_with_the_next_cycle() {
    let mut b = Book::new();
    b.person("chloe", 3, Stage::Ally);
    b.met("chloe", d("2024-12-01"), InteractionKind::Coffee);
    let store = b.store();
    let reason = DismissReason::NotRelevant;
    record(&store, "check_in:chloe:2024-12-01", FeedbackInput::Dismiss { reason }, today()).unwrap();
    assert!(digest_for(&store, today()).unwrap().suggestions.is_empty());
    // A new interaction, then a long silence: a new key.
    let later = d("2025-07-01");
    store
        .write(|tx| {
            let i = Interaction {
                id: "i-new".into(),
                date: d("2025-03-20"),
                kind: InteractionKind::Call,
                with: vec!["chloe".into()],
                initiator: Initiator::Me,
                minutes: None,
                summary: None,
            };
            crate::store::interactions::insert(tx, &crate::validate::at("interaction"), &i)
        })
        .unwrap();
    let digest = digest_for(&store, later).unwrap();
    assert_eq!(ids(&digest.suggestions), vec!["check_in:chloe:2025-03-20"]);
}

#[test]
fn an_intro_done_offers_to_log_an_intro_with_both() {
    let mut b = Book::new();
    b.person("eli", 4, Stage::Acquaintance).needs =
        vec![Need { id: "n1".into(), topic: "law".into(), text: None, since: days_ago(1), until: None }];
    b.person("fay", 3, Stage::Ally).offers =
        vec![Need { id: "o1".into(), topic: "law".into(), text: None, since: days_ago(1), until: None }];
    let store = b.store();
    let outcome = record(&store, "introduce:eli:fay:n1", FeedbackInput::Done, today()).unwrap();
    let proposal = outcome.interaction.unwrap();
    assert_eq!((proposal.kind, proposal.people), (InteractionKind::Intro, vec!["eli".to_owned(), "fay".to_owned()]));
    assert_eq!(
        serde_json::to_value(FeedbackInput::Snooze { until: today() }).unwrap(),
        serde_json::json!({"action": "snooze", "until": "2025-03-10"})
    );
}

// ---------------------------------------------------------------- explain

#[test]
fn explain_tells_every_candidate_s_fate() {
    let mut b = thank_book();
    b.archive.people[0].birthday = AnnualDate::parse("--03-12"); // circle 2: lead 3
    b.feedback("congratulate:e1", FeedbackAction::Done, days_ago(1));
    b.event("e1", "ben", days_ago(2), EventKind::Launch);
    let store = b.store();
    let e = explain_for(&store, today(), "ben").unwrap();
    let fate =
        |id: &str| e.candidates.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("{id} in {e}")).fate.clone();
    assert_eq!(fate("congratulate:e1"), Fate::Gated { gate: Gate::Done { on: days_ago(1) } });
    assert!(matches!(fate("thank:f1"), Fate::Chosen { rank: 1, .. }));
    assert_eq!(fate("give_back:ben:2025-03"), Fate::MergedInto { id: "thank:f1".into() });
    assert_eq!(fate("occasion:ben:birthday:2025:plan"), Fate::MergedInto { id: "thank:f1".into() });
    assert_eq!(e.candidates.last().unwrap().id, "congratulate:e1", "gated ones last");
    assert!(e.candidates[0].score.is_some() && e.candidates.last().unwrap().score.is_none());
    assert_eq!((e.person.cadence_days, e.person.days_since_last_interaction), (Some(30.0), Some(4)));
    let text = e.to_string();
    assert!(
        text.contains("thank:f1") && text.contains("chosen, #1 today") && text.contains("gated: done on 2025-03-09")
    );
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["candidates"][0]["fate"]["fate"], "chosen");
    assert!(json["person"].get("rho").is_none(), "reciprocity is never shown");
    // Unknown people are an error.
    assert_eq!(explain_for(&store, today(), "nobody").unwrap_err().code(), "not_found");
}

#[test]
fn explain_names_the_selection_rule_that_left_a_candidate_out() {
    let mut b = Book::new();
    for (id, n) in [("amy", 200), ("bob", 190), ("cat", 180)] {
        b.person(id, 3, Stage::Ally);
        b.met(id, days_ago(n), InteractionKind::Coffee);
    }
    b.person("wide", 5, Stage::Acquaintance);
    b.met("wide", d("2020-01-01"), InteractionKind::Coffee);
    let store = b.store();
    let cat = explain_for(&store, today(), "cat").unwrap();
    assert_eq!(cat.candidates[0].fate, Fate::KindFull);
    assert!(cat.to_string().contains("two of its kind"));
    let wide = explain_for(&store, today(), "wide").unwrap();
    // Someone who was never closer than the wider circle gets no reconnect at all (reconnect_max_peak_circle).
    assert!(wide.candidates.is_empty(), "{wide}");
    assert!(wide.person.dormant);
}

/// Feedback checks a key against the candidates of the people it names only: those must be exactly the candidates a
/// whole-book run makes for them.
#[test]
fn the_people_a_key_names_generate_it_exactly_as_the_whole_book_does() {
    let archive = crate::testkit::generate_book(400, 8, today());
    let store = Store::in_memory().unwrap();
    store.write(|tx| insert_book(tx, &archive)).unwrap();
    let config = EngineConfig::default();
    store
        .read(|tx| {
            let full = load_snapshot(tx, today())?;
            let run = Run::new(&full, today(), &config);
            assert!(run.candidates.len() > 100, "a rich enough book");
            let kinds: std::collections::BTreeSet<SuggestionKind> = run.candidates.iter().map(|c| c.kind).collect();
            assert!(kinds.len() >= 9, "most kinds are present: {kinds:?}");
            for c in &run.candidates {
                let named = crate::store::snapshot::key_people(tx, c.kind, &c.key)?;
                let scoped = crate::store::snapshot::load_snapshot_of(tx, today(), &config, &named)?;
                let derived = derive::derive_all(&scoped, today(), &config);
                let index = gate::FeedbackIndex::new(&scoped, today(), &config);
                let generated = generate::generate(&scoped, today(), &config, &derived, &index);
                let same =
                    generated.iter().find(|g| g.key == c.key).unwrap_or_else(|| panic!("{} not regenerated", c.key));
                assert_eq!(
                    (same.hard, same.urgency, same.effort, same.due),
                    (c.hard, c.urgency, c.effort, c.due),
                    "{}",
                    c.key
                );
                let p = &full.people[c.people[0]];
                let q = scoped.person(&p.id).unwrap();
                assert_eq!(
                    (&p.contact, &p.favors, &p.interests, &p.expertise),
                    (&q.contact, &q.favors, &q.interests, &q.expertise)
                );
            }
            Ok(())
        })
        .unwrap();
}
