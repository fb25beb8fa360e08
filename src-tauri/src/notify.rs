//! The words of the native notifications, and sending them. The texts are pure functions of the day's
//! suggestions so they are unit-tested; delivery goes through `tauri-plugin-notification` (D-Bus on Linux).

use advocates_core::engine::Suggestion;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub title: String,
    pub body: String,
}

/// The daily digest: "3 thoughtful acts today" / "First: Thank Ben Okafor for the referral". None on an empty day:
/// an app that never nags says nothing when there is nothing to do.
pub fn digest_message(suggestions: &[Suggestion]) -> Option<Message> {
    let first = suggestions.first()?;
    let n = suggestions.len();
    let title = if n == 1 { "1 thoughtful act today".to_owned() } else { format!("{n} thoughtful acts today") };
    Some(Message { title, body: format!("First: {}", first.title) })
}

/// The separate notice for hard items (a close friend's birthday today, a promise due, someone going through a
/// hard time): they should not hide inside the digest.
pub fn hard_message(suggestions: &[Suggestion]) -> Option<Message> {
    let hard: Vec<&Suggestion> = suggestions.iter().filter(|s| s.hard).collect();
    let first = hard.first()?;
    let title = if hard.len() == 1 {
        "Don't let this slip today".to_owned()
    } else {
        format!("{} things not to let slip today", hard.len())
    };
    let body = hard.iter().map(|s| s.title.as_str()).collect::<Vec<_>>().join(" · ");
    debug_assert!(!first.title.is_empty());
    Some(Message { title, body })
}

/// The weekly check found a newer version: say so, and where to install it (never installed unasked).
pub fn update_message(version: &str) -> Message {
    Message { title: format!("Advocates {version} is available"), body: "Open Settings to install it.".into() }
}

#[cfg(desktop)]
pub fn send<R: tauri::Runtime>(app: &tauri::AppHandle<R>, message: &Message) {
    use tauri_plugin_notification::NotificationExt;
    // The plugin ignores delivery errors on Linux; the e2e test asserts the Notify call on the bus instead.
    if let Err(err) = app.notification().builder().title(&message.title).body(&message.body).show() {
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
        let m = digest_message(&acts).unwrap();
        assert_eq!(m.title, "3 thoughtful acts today");
        assert_eq!(m.body, "First: Thank Ben for the referral");
        assert_eq!(digest_message(&acts[..1]).unwrap().title, "1 thoughtful act today");
        assert_eq!(digest_message(&[]), None, "an empty day sends nothing");
    }

    #[test]
    fn hard_items_get_their_own_notice() {
        let acts = [
            suggestion("thank:f1", "Thank Ben for the referral", false),
            suggestion("occasion:ana:birthday:2025", "Wish Ana a happy birthday", true),
            suggestion("keep_promise:u1", "Keep your promise to Tom", true),
        ];
        let m = hard_message(&acts).unwrap();
        assert_eq!(m.title, "2 things not to let slip today");
        assert_eq!(m.body, "Wish Ana a happy birthday · Keep your promise to Tom");
        assert_eq!(hard_message(&acts[..1]), None);
    }
}
