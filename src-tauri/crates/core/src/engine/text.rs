//! Titles, actions and "why" texts: fixed templates filled with data (names, dates, details, counts). No generated
//! prose and no pronouns the data does not hold — people are named, never "he" or "she". `why.this` cites the
//! research of ENGINE.md §9.

use std::borrow::Cow;

use crate::model::{EventKind, FavorKind, Stage};

use super::derive::Derived;
use super::generate::{Candidate, Detail};
use super::snapshot::{PersonFacts, Snapshot};
use super::types::Why;
use super::SuggestionKind;

/// Topics match case-insensitively after trimming (ENGINE.md §1). Borrows when nothing changes.
pub fn normalize_topic(topic: &str) -> Cow<'_, str> {
    let trimmed = topic.trim();
    if trimmed.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(trimmed)
    } else {
        Cow::Owned(trimmed.to_lowercase())
    }
}

/// The first word of a name: "Ben" for "Ben Okafor".
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

fn ago(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "yesterday".into(),
        n => format!("{n} days ago"),
    }
}

fn in_days(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        n => format!("in {n} days"),
    }
}

fn circle_label(circle: u8) -> &'static str {
    match circle {
        1 => "inner 5",
        2 => "close 15",
        3 => "circle of 50",
        4 => "circle of 150",
        _ => "wider circle",
    }
}

fn stage_phrase(stage: Stage) -> &'static str {
    match stage {
        Stage::Acquaintance => "an acquaintance",
        Stage::Friend => "a friend",
        Stage::Ally => "an ally",
        Stage::Advocate => "an advocate",
    }
}

fn favor_noun(kind: FavorKind) -> &'static str {
    match kind {
        FavorKind::Referral => "the referral",
        FavorKind::Intro => "the intro",
        FavorKind::Advice => "the advice",
        FavorKind::Endorsement => "the endorsement",
        FavorKind::Recommendation => "the recommendation",
        FavorKind::Gift => "the gift",
        FavorKind::Favor => "the favor",
        FavorKind::Share => "sharing",
    }
}

fn favor_verb(kind: FavorKind) -> &'static str {
    match kind {
        FavorKind::Referral => "referred you",
        FavorKind::Intro => "made an intro for you",
        FavorKind::Advice => "gave you advice",
        FavorKind::Endorsement => "endorsed you",
        FavorKind::Recommendation => "recommended you",
        FavorKind::Gift => "gave you a gift",
        FavorKind::Favor => "did you a favor",
        FavorKind::Share => "shared something with you",
    }
}

fn favor_short(kind: FavorKind) -> &'static str {
    match kind {
        FavorKind::Referral => "a referral",
        FavorKind::Intro => "an intro",
        FavorKind::Advice => "advice",
        FavorKind::Endorsement => "an endorsement",
        FavorKind::Recommendation => "a recommendation",
        FavorKind::Gift => "a gift",
        FavorKind::Favor => "a favor",
        FavorKind::Share => "something shared",
    }
}

fn event_phrase(kind: EventKind) -> &'static str {
    match kind {
        EventKind::NewJob => "started a new job",
        EventKind::Promotion => "was promoted",
        EventKind::Launch => "launched something",
        EventKind::Award => "won an award",
        EventKind::Wedding => "got married",
        EventKind::Baby => "had a baby",
        EventKind::Graduation => "graduated",
        EventKind::Move => "moved",
        EventKind::Illness => "fell ill",
        EventKind::Bereavement => "suffered a bereavement",
        EventKind::JobLoss => "lost a job",
        EventKind::Other => "had news",
    }
}

fn detail(text: Option<&str>) -> String {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => format!(" ({t})"),
        None => String::new(),
    }
}

/// "Ben is an advocate in your close 15 and one of your ten."
pub(crate) fn person_line(p: &PersonFacts) -> String {
    let family = if p.kin { "family and " } else { "" };
    let ten = if p.power { " and one of your ten" } else { "" };
    format!("{} is {family}{} in your {}{ten}.", first_name(&p.name), stage_phrase(p.stage), circle_label(p.circle))
}

pub(crate) fn title(c: &Candidate<'_>, snap: &Snapshot) -> String {
    let p = &snap.people[c.people[0]];
    let name = &p.name;
    match &c.detail {
        Detail::Occasion { label: None, days: 0, .. } => format!("Wish {name} a happy birthday"),
        Detail::Occasion { label: None, .. } => format!("Plan something for {name}'s birthday"),
        Detail::Occasion { label: Some(label), days: 0, .. } => format!("Mark {name}'s {label}"),
        Detail::Occasion { label: Some(label), .. } => format!("Plan something for {name}'s {label}"),
        Detail::Congratulate { .. } => format!("Congratulate {name}"),
        Detail::Support { .. } => format!("Check in on {name}"),
        Detail::KeepPromise { .. } => format!("Keep your promise to {name}"),
        Detail::FollowUp { .. } => format!("Ask {name} how it went"),
        Detail::Thank { favor, .. } => format!("Thank {name} for {}", favor_noun(favor.kind)),
        Detail::GiveBack { .. } => format!("Do {} a five-minute favor", first_name(name)),
        Detail::Introduce { needer, offerer, .. } => {
            format!("Introduce {} to {}", snap.people[*needer].name, snap.people[*offerer].name)
        }
        Detail::Share { item, .. } => format!("Share “{}” with {name}", item.title),
        Detail::CheckIn { call: true, .. } => format!("Call {name}"),
        Detail::CheckIn { .. } => format!("Check in with {name}"),
        Detail::Reconnect { .. } => format!("Reconnect with {name}"),
        Detail::Deepen { .. } => format!("Follow up with {name}"),
        Detail::Ask { goal, .. } => format!("Ask {name} for advice on “{}”", goal.title),
    }
}

pub(crate) fn action(c: &Candidate<'_>, snap: &Snapshot) -> String {
    match &c.detail {
        Detail::Occasion { days: 0, .. } => "Send your wishes today.".into(),
        Detail::Occasion { on, .. } => format!("Plan a card, a gift or a call for {on}."),
        Detail::Congratulate { .. } => "Send a short note of congratulations.".into(),
        Detail::Support { .. } => "Check in, and offer concrete help.".into(),
        Detail::KeepPromise { follow_up, .. } => format!("Do what you promised: “{}”.", follow_up.text.trim()),
        Detail::FollowUp { follow_up } => format!("Ask how it went: “{}”.", follow_up.text.trim()),
        Detail::Thank { .. } => "Write a short thank-you and say what came of it.".into(),
        Detail::GiveBack { need: Some(need), .. } => {
            format!("Do a five-minute favor toward “{}”.", need.text.as_deref().unwrap_or(need.topic.trim()))
        }
        Detail::GiveBack { need: None, .. } => {
            "Do a five-minute favor: share a link, make an intro or put in a good word.".into()
        }
        Detail::Introduce { needer, offerer, .. } => format!(
            "Ask {} and {} first (double opt-in), then make the intro.",
            first_name(&snap.people[*needer].name),
            first_name(&snap.people[*offerer].name)
        ),
        Detail::Share { .. } => "Send it with one line on why.".into(),
        Detail::CheckIn { call: true, .. } => "Call to catch up.".into(),
        Detail::CheckIn { .. } => "Send a short note to check in.".into(),
        Detail::Reconnect { goal: Some(goal), .. } => {
            format!("Catch up first; then ask advice on “{}”.", goal.title)
        }
        Detail::Reconnect { goal: None, .. } => "Catch up first and hear what is new.".into(),
        Detail::Deepen { .. } => "Follow up within 48 hours, referencing what you discussed.".into(),
        Detail::Ask { topic, .. } => format!("Make one specific, small ask about {}.", topic.trim()),
    }
}

pub(crate) fn why(c: &Candidate<'_>, snap: &Snapshot, derived: &[Derived<'_>]) -> Why {
    let p = &snap.people[c.people[0]];
    let first = first_name(&p.name);
    let them = match &c.detail {
        Detail::Introduce { needer, offerer, .. } => {
            format!("{} {}", person_line(&snap.people[*needer]), person_line(&snap.people[*offerer]))
        }
        Detail::Reconnect { .. } if p.peak_circle < p.circle => {
            format!("{} {first} was once in your {}.", person_line(p), circle_label(p.peak_circle))
        }
        Detail::Share { interest, .. } => format!("{} {first} follows {}.", person_line(p), interest.topic.trim()),
        _ => {
            let goals = &derived[c.people[0]].goals;
            match goals.first() {
                Some(&g) if c.kind != SuggestionKind::Ask => {
                    format!("{} {first} is linked to your goal “{}”.", person_line(p), snap.goals[g].title)
                }
                _ => person_line(p),
            }
        }
    };
    let now = match &c.detail {
        Detail::Occasion { label, on, days, years, .. } => {
            let when = if *days == 0 { format!("is today ({on})") } else { format!("is {} ({on})", in_days(*days)) };
            match (label, years) {
                (None, Some(n)) => format!("{first}'s birthday {when}: {first} turns {n}."),
                (None, None) => format!("{first}'s birthday {when}."),
                (Some(label), Some(n)) => format!("{first}'s {label} {when}: {n} years."),
                (Some(label), None) => format!("{first}'s {label} {when}."),
            }
        }
        Detail::Congratulate { event, days_ago } | Detail::Support { event, days_ago } => {
            let what = match event.detail.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                Some(t) => format!(": {t}"),
                None => String::new(),
            };
            format!("{first} {} {} ({}){what}; no contact since.", event_phrase(event.kind), ago(*days_ago), event.date)
        }
        Detail::KeepPromise { follow_up, past_due } => {
            let when = match *past_due {
                0 => "due today".to_owned(),
                d if d < 0 => format!("due {}", in_days(-d)),
                d => format!("due {}", ago(d)),
            };
            format!("You promised {first} “{}”, {when} ({}).", follow_up.text.trim(), follow_up.due)
        }
        Detail::FollowUp { follow_up } => format!(
            "{first} mentioned “{}” for {}; you have not been in touch since.",
            follow_up.text.trim(),
            follow_up.due
        ),
        Detail::Thank { favor, days_ago } => format!(
            "{first} {} {}{} and hasn't been thanked yet.",
            favor_verb(favor.kind),
            ago(*days_ago),
            detail(favor.detail.as_deref())
        ),
        Detail::GiveBack { need, last_received } => {
            let latest = match last_received {
                Some((date, kind)) => format!("{first}'s latest favor for you: {} on {date}.", favor_short(*kind)),
                None => format!("{first} has been generous with you."),
            };
            match need {
                Some(n) => format!(
                    "{latest} {first} is looking for {}{} since {}.",
                    n.topic.trim(),
                    detail(n.text.as_deref()),
                    n.since
                ),
                None => latest,
            }
        }
        Detail::Introduce { need, offer, needer, offerer, .. } => format!(
            "{} is looking for {}{} since {}, and {} offers {}.",
            first_name(&snap.people[*needer].name),
            need.topic.trim(),
            detail(need.text.as_deref()),
            need.since,
            first_name(&snap.people[*offerer].name),
            offer.topic.trim()
        ),
        Detail::Share { item, age, .. } => {
            format!("“{}” came out {} ({}).", item.title, ago(*age), item.published_on)
        }
        Detail::CheckIn { last, days, cadence, .. } => format!(
            "Your last contact with {first} was {} days ago ({last}); your rhythm with {first} is about every {} days.",
            days,
            cadence.round()
        ),
        Detail::Reconnect { last, days, goal, .. } => {
            let base = format!("Your last contact with {first} was {days} days ago ({last}): a dormant tie.");
            match goal {
                Some(g) => format!("{base} {first} could help with “{}”.", g.title),
                None => base,
            }
        }
        Detail::Deepen { last, days } => {
            format!("You met {first} for the first time {} ({last}).", ago(*days))
        }
        Detail::Ask { goal, topic } => {
            format!("Your goal “{}” needs {}, and {first} knows {}.", goal.title, topic.trim(), topic.trim())
        }
    };
    Why { now, them, this: research(c.kind).to_owned() }
}

/// The research behind each kind of act (ENGINE.md §9).
pub(crate) fn research(kind: SuggestionKind) -> &'static str {
    match kind {
        SuggestionKind::Occasion => {
            "Remembering someone's day is a small act of positivity, one of the habits that keep relationships \
             alive (Stafford & Canary 1991; Oswald et al. 2004)."
        }
        SuggestionKind::Congratulate => {
            "Sharing good news is positivity and support, which keep relationships alive (Stafford & Canary 1991); \
             reaching out is appreciated more than we expect (Liu et al. 2023)."
        }
        SuggestionKind::Support => {
            "Supportiveness is one of the behaviours that maintain a relationship (Stafford & Canary 1991; Oswald \
             et al. 2004), and reaching out is appreciated more than we expect (Liu et al. 2023)."
        }
        SuggestionKind::KeepPromise => {
            "Doing what you said builds trust: follow up or fail (Ferrazzi, Never Eat Alone), and accountability is \
             what makes someone have your back (Ferrazzi, Who's Got Your Back)."
        }
        SuggestionKind::FollowUp => {
            "Asking about what someone told you shows you listened: openness and interaction keep relationships \
             alive (Oswald et al. 2004)."
        }
        SuggestionKind::Thank => "Thanks makes helpers feel valued and more likely to help again (Grant & Gino 2010).",
        SuggestionKind::GiveBack => {
            "Givers build the strongest networks, and a five-minute favor is enough (Grant, Give and Take; Rifkin)."
        }
        SuggestionKind::Introduce => {
            "An intro is the classic five-minute favor (Grant, Give and Take; Rifkin), and moderately weak ties are \
             the ones that move jobs (Granovetter 1973; Rajkumar et al. 2022)."
        }
        SuggestionKind::Share => {
            "Sending something useful is a five-minute favor that keeps you in touch (Rifkin; Grant, Give and Take)."
        }
        SuggestionKind::CheckIn => {
            "Friendships lose about 15% of their closeness a year without contact (Roberts & Dunbar 2015), and \
             reaching out is appreciated more than we expect (Liu et al. 2023)."
        }
        SuggestionKind::Reconnect => {
            "Dormant ties give fresh, trusted advice, and weaker past ties the most novel (Levin, Walter & \
             Murnighan 2011; Walter et al. 2015)."
        }
        SuggestionKind::Deepen => {
            "Follow up or fail: a new relationship needs its next touch within days (Ferrazzi, Never Eat Alone)."
        }
        SuggestionKind::Ask => "People say yes to a small, specific ask more often than we expect (Flynn & Lake 2008).",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_trimmed_and_lowercased() {
        assert_eq!(normalize_topic(" Rust-Engineer "), "rust-engineer");
        assert_eq!(normalize_topic("ÄRZTE"), "ärzte");
        assert!(matches!(normalize_topic("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn first_names() {
        assert_eq!(first_name("Ben Okafor"), "Ben");
        assert_eq!(first_name("  Zoë  "), "Zoë");
        assert_eq!(first_name("Madonna"), "Madonna");
    }
}
