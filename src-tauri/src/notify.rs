//! The words of the native notifications, and sending them. The texts are pure functions of the day's
//! suggestions so they are unit-tested; delivery goes through `tauri-plugin-notification` (D-Bus on Linux).

use advocates_core::engine::Suggestion;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub title: String,
    pub body: String,
}

/// How much a notification may say on a lock screen. Private (the default) says how many, never who or what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Privacy {
    Private,
    Named,
}

/// The body of a private notification: no names, no details.
pub const PRIVATE_BODY: &str = "Open Advocates to see them.";

/// The daily digest: "3 thoughtful acts today" / "First: Thank Ben Okafor for the referral" (or, private, "Open
/// Advocates to see them."). None on an empty day: an app that never nags says nothing when there is nothing to do.
pub fn digest_message(suggestions: &[Suggestion], privacy: Privacy) -> Option<Message> {
    let first = suggestions.first()?;
    let n = suggestions.len();
    let title = if n == 1 { "1 thoughtful act today".to_owned() } else { format!("{n} thoughtful acts today") };
    let body = match privacy {
        Privacy::Private => PRIVATE_BODY.to_owned(),
        Privacy::Named => format!("First: {}", first.notice),
    };
    Some(Message { title, body })
}

/// The separate notice for hard items (a close friend's birthday today, a promise due, someone going through a
/// hard time): they should not hide inside the digest.
pub fn hard_message(suggestions: &[Suggestion], privacy: Privacy) -> Option<Message> {
    let hard: Vec<&Suggestion> = suggestions.iter().filter(|s| s.hard).collect();
    let first = hard.first()?;
    let title = if hard.len() == 1 {
        "Don't let this slip today".to_owned()
    } else {
        format!("{} things not to let slip today", hard.len())
    };
    let body = match privacy {
        Privacy::Private => PRIVATE_BODY.to_owned(),
        Privacy::Named => hard.iter().map(|s| s.notice.as_str()).collect::<Vec<_>>().join(" · "),
    };
    debug_assert!(!first.title.is_empty());
    Some(Message { title, body })
}

/// The weekly review: counts only, never a name next to anything sensitive. "Your weekly review" / "3 thoughtful acts
/// this week · 2 proposals waiting · 1 favor to thank · 1 promise due".
/// A week with nothing in it (no act, no interaction, nobody moved, nothing waiting) is not worth a notification: an
/// app that never nags says nothing when there is nothing to say — a newcomer's first week included.
pub fn review_worth_sending(review: &advocates_core::ladder::Review) -> bool {
    review.acts_done > 0
        || review.interactions > 0
        || !review.moved_up.is_empty()
        || !review.proposals.is_empty()
        || review.unthanked_count > 0
        || !review.promises.is_empty()
}

pub fn review_message(review: &advocates_core::ladder::Review) -> Message {
    let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    // Never "0 thoughtful acts": a week of logged contact without a suggested act leads with the contact.
    let mut parts = Vec::new();
    if review.acts_done > 0 {
        parts.push(format!("{} this week", plural(review.acts_done as usize, "thoughtful act", "thoughtful acts")));
    } else if review.interactions > 0 {
        parts.push(format!(
            "{} this week",
            plural(review.interactions as usize, "interaction logged", "interactions logged")
        ));
    }
    if !review.moved_up.is_empty() {
        parts.push(format!("{} moved up", plural(review.moved_up.len(), "person", "people")));
    }
    if !review.proposals.is_empty() {
        parts.push(format!("{} waiting", plural(review.proposals.len(), "proposal", "proposals")));
    }
    if review.unthanked_count > 0 {
        parts.push(format!("{} to thank", plural(review.unthanked_count as usize, "favor", "favors")));
    }
    if !review.promises.is_empty() {
        parts.push(format!("{} due", plural(review.promises.len(), "promise", "promises")));
    }
    if parts.is_empty() {
        parts.push("A quiet week".to_owned());
    }
    Message { title: "Your weekly review".to_owned(), body: parts.join(" · ") }
}

/// The weekly check found a newer version: say so, and where to install it (never installed unasked).
pub fn update_message(version: &str) -> Message {
    Message { title: format!("Advocates {version} is available"), body: "Open Settings to install it.".into() }
}

/// The weekly review's notification id: a click on it opens the review page (the others open Today).
pub const REVIEW_ID: i32 = 7;

#[cfg(desktop)]
pub fn send<R: tauri::Runtime>(app: &tauri::AppHandle<R>, message: &Message) {
    send_with_id(app, message, 0);
}

#[cfg(desktop)]
pub fn send_with_id<R: tauri::Runtime>(app: &tauri::AppHandle<R>, message: &Message, id: i32) {
    use tauri_plugin_notification::NotificationExt;
    // The plugin ignores delivery errors on Linux; the e2e test asserts the Notify call on the bus instead.
    if let Err(err) = app.notification().builder().id(id).title(&message.title).body(&message.body).show() {
        eprintln!("advocates: notification not shown: {err}");
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use advocates_core::engine::{Factors, SuggestionKind, Why};

    pub(crate) fn suggestion(id: &str, title: &str, hard: bool) -> Suggestion {
        Suggestion {
            id: id.into(),
            kind: SuggestionKind::of_key(id).expect("a kind"),
            people: vec!["ben".into()],
            hard,
            title: title.into(),
            notice: title.into(),
            action: "Do it.".into(),
            effort_minutes: 5,
            score: 1.0,
            due: None,
            why: Why { now: "n".into(), them: "t".into(), this: "w".into() },
            sources: vec![],
            factors: Factors { b: 1.0, u: 1.0, v: 1.0, r: 1.0, e: 1.0, n: 1.0, f: 1.0 },
            also: vec![],
        }
    }

    #[test]
    fn the_digest_counts_the_acts_and_names_the_first() {
        let acts = [
            suggestion("thank:f1", "Thank Ben for the referral", false),
            suggestion("check_in:ana:2025-01-01", "Check in with Ana", false),
            suggestion("share:kai:c1", "Send Kai the report", false),
        ];
        let m = digest_message(&acts, Privacy::Named).unwrap();
        assert_eq!(m.title, "3 thoughtful acts today");
        assert_eq!(m.body, "First: Thank Ben for the referral");
        assert_eq!(digest_message(&acts[..1], Privacy::Named).unwrap().title, "1 thoughtful act today");
        assert_eq!(digest_message(&[], Privacy::Named), None, "an empty day sends nothing");
        let private = digest_message(&acts, Privacy::Private).unwrap();
        assert_eq!((private.title.as_str(), private.body.as_str()), ("3 thoughtful acts today", PRIVATE_BODY));
    }

    #[test]
    fn hard_items_get_their_own_notice() {
        let acts = [
            suggestion("thank:f1", "Thank Ben for the referral", false),
            suggestion("occasion:ana:birthday:2025", "Wish Ana a happy birthday", true),
            suggestion("keep_promise:u1", "Keep your promise to Tom", true),
        ];
        let m = hard_message(&acts, Privacy::Named).unwrap();
        assert_eq!(m.title, "2 things not to let slip today");
        assert_eq!(m.body, "Wish Ana a happy birthday · Keep your promise to Tom");
        assert_eq!(hard_message(&acts[..1], Privacy::Named), None);
        assert_eq!(hard_message(&acts, Privacy::Private).unwrap().body, PRIVATE_BODY);
    }

    #[test]
    fn a_hard_time_is_never_detailed_even_with_names_shown() {
        let mut support = suggestion("support:sam:e1", "Check in on Sam", true);
        support.notice = "A quiet word for Sam today".into();
        let m = hard_message(&[support.clone()], Privacy::Named).unwrap();
        assert_eq!(m.body, "A quiet word for Sam today");
        assert_eq!(digest_message(&[support], Privacy::Named).unwrap().body, "First: A quiet word for Sam today");
    }

    #[test]
    fn the_weekly_review_message_counts_and_names_no_one() {
        use advocates_core::ladder::{Review, Unthanked};
        use advocates_core::model::FavorKind;
        let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 9).unwrap();
        let mut review = Review {
            week_start: day,
            week_end: day,
            acts_done: 3,
            acts_minutes: 20,
            interactions: 2,
            interaction_minutes: 90,
            moved_up: vec![],
            proposals: vec![],
            unthanked_count: 1,
            unthanked: vec![Unthanked {
                favor: "f1".into(),
                person: "ben".into(),
                name: "Ben Okafor".into(),
                kind: FavorKind::Referral,
                date: day,
            }],
            promises: vec![],
            weeks: vec![],
            comparison: String::new(),
        };
        let m = review_message(&review);
        assert_eq!(m.title, "Your weekly review");
        assert_eq!(m.body, "3 thoughtful acts this week · 1 favor to thank");
        assert!(!m.body.contains("Ben"));
        review.acts_done = 1;
        review.unthanked_count = 0;
        assert_eq!(review_message(&review).body, "1 thoughtful act this week");
        // A newcomer's first week: people added and coffees logged, no suggested act done yet.
        review.acts_done = 0;
        review.interactions = 3;
        assert_eq!(review_message(&review).body, "3 interactions logged this week");
        assert!(!review_message(&review).body.contains('0'));
    }
}
