//! The ladder's words, in the engine's voice (engine/text.rs): fixed templates filled with names, counts and dates;
//! people are named, never "he" or "she".

use chrono::NaiveDate;

use crate::engine::first_name;
use crate::model::{FavorKind, Stage};

/// "once", "twice", "3 times".
pub fn times(n: u32) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// "1 favor", "3 favors".
pub fn count(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// What someone did for me, as a verb phrase: "referred you".
pub fn did_for_you(kind: FavorKind) -> &'static str {
    match kind {
        FavorKind::Referral => "referred you",
        FavorKind::Intro => "introduced you to someone",
        FavorKind::Advice => "gave you advice",
        FavorKind::Endorsement => "endorsed you",
        FavorKind::Recommendation => "recommended you",
        FavorKind::Gift => "gave you a gift",
        FavorKind::Favor => "did you a favor",
        FavorKind::Share => "shared something useful with you",
    }
}

/// "referred you twice and endorsed you once".
pub fn deeds(by_kind: &[(FavorKind, u32)]) -> String {
    let parts: Vec<String> = by_kind.iter().map(|(k, n)| format!("{} {}", did_for_you(*k), times(*n))).collect();
    join_and(&parts)
}

/// "a, b and c".
pub fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "12 days ago", "about 3 months ago", "14 months ago".
pub fn ago(days: i64) -> String {
    match days {
        i64::MIN..=0 => "today".into(),
        1 => "yesterday".into(),
        n if n < 60 => format!("{n} days ago"),
        n => format!("{} months ago", months(n)),
    }
}

/// Whole months in a number of days (30.44 days each), at least 1.
pub fn months(days: i64) -> i64 {
    ((days as f64) / 30.44).floor().max(1.0) as i64
}

pub fn stage_noun(stage: Stage) -> &'static str {
    match stage {
        Stage::Acquaintance => "an acquaintance",
        Stage::Friend => "a friend",
        Stage::Ally => "an ally",
        Stage::Advocate => "an advocate",
    }
}

/// "you thanked Ben both times", "you thanked Ben 1 of 3 times", "not thanked yet".
pub fn thanked(name: &str, thanked: u32, of: u32) -> String {
    let first = first_name(name);
    match (thanked, of) {
        (_, 0) => String::new(),
        (0, 1) => "not thanked yet".into(),
        (0, _) => "none thanked yet".into(),
        (1, 1) => format!("you thanked {first}"),
        (2, 2) => format!("you thanked {first} both times"),
        (t, n) if t == n => format!("you thanked {first} every time"),
        (t, n) => format!("you thanked {first} {t} of {n} times"),
    }
}

/// A date as people write it (engine/text.rs).
pub fn date(on: NaiveDate, today: NaiveDate) -> String {
    crate::engine::human_date(on, today)
}

/// "3 advocates · 5 allies · 12 friends".
pub fn headline(advocates: u32, allies: u32, friends: u32) -> String {
    [count(advocates, "advocate", "advocates"), count(allies, "ally", "allies"), count(friends, "friend", "friends")]
        .join(" · ")
}

/// The first letter upper-cased.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
