//! Quick log: one line such as "coffee with Ana yesterday 45m" read into an interaction to preview before it is
//! logged. Dates in words are read by `interim` (a maintained fork of chrono-english) relative to the `today` passed
//! in; names are matched against the book with `strsim` (prefixes, then small typos), and a name that fits several
//! people comes back with its candidates so the UI can ask which one.

use chrono::{Datelike, Days, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::engine::first_name;
use crate::model::*;
use crate::store::people::PersonRef;
use crate::store::search::fold;

/// What a line would log, before it is logged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct QuickLogPreview {
    pub kind: InteractionKind,
    /// True when no word named the kind and `kind` is the default.
    pub kind_guessed: bool,
    /// Each name the line mentions, in order, and whom it matched.
    pub people: Vec<NameMatch>,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// The words read as the date, when the line gave one (otherwise the date is today).
    pub date_text: Option<String>,
    pub minutes: Option<u32>,
    /// The line without its date and duration, to keep as the interaction's summary.
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum NameMatch {
    Found {
        text: String,
        person: PersonRef,
    },
    /// Several people fit equally well: ask which one.
    Ambiguous {
        text: String,
        candidates: Vec<PersonRef>,
    },
    Unknown {
        text: String,
    },
}

impl QuickLogPreview {
    /// The interaction to log, once every name is settled (`None` while a name is unknown or ambiguous).
    pub fn interaction(&self) -> Option<Interaction> {
        let mut with = Vec::new();
        for m in &self.people {
            match m {
                NameMatch::Found { person, .. } if !with.contains(&person.id) => with.push(person.id.clone()),
                NameMatch::Found { .. } => {}
                _ => return None,
            }
        }
        (!with.is_empty()).then(|| Interaction {
            id: String::new(),
            date: self.date,
            kind: self.kind,
            with,
            initiator: Initiator::Me,
            minutes: self.minutes,
            summary: (!self.summary.is_empty()).then(|| self.summary.clone()),
        })
    }
}

/// The kind a word names, if any.
fn kind_word(word: &str) -> Option<InteractionKind> {
    use InteractionKind::*;
    Some(match word {
        "coffee" | "coffees" | "tea" | "espresso" => Coffee,
        "lunch" | "dinner" | "breakfast" | "brunch" | "meal" | "drinks" | "drink" | "beer" | "beers" => Meal,
        "call" | "called" | "phone" | "phoned" | "rang" => Call,
        "video" | "zoom" | "facetime" | "videocall" => Video,
        "message" | "messaged" | "text" | "texted" | "whatsapp" | "sms" | "dm" | "dmed" | "chat" | "chatted" => Message,
        "email" | "emailed" | "mail" | "mailed" => Email,
        "letter" | "card" | "postcard" => Letter,
        "gift" | "present" => Gift,
        "intro" | "introduced" | "introduction" => Intro,
        "meeting" | "met" | "meet" => Meeting,
        "event" | "conference" | "meetup" | "party" | "wedding" => Event,
        "walk" | "run" | "hike" | "game" | "climbing" | "activity" | "tennis" | "gym" | "sailing" => Activity,
        "note" => Note,
        _ => return None,
    })
}

const DATE_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "ago",
    "last",
    "next",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];
/// Words that end a list of names.
const NAME_STOPS: &[&str] = &["about", "re", "at", "for", "to", "on", "in", "over", "regarding", "from"];

fn minutes_of(word: &str) -> Option<u32> {
    let digits_end = word.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(word.len());
    if digits_end == 0 {
        return None;
    }
    let number: f64 = word[..digits_end].parse().ok()?;
    let rest = &word[digits_end..];
    let minutes = match rest {
        "m" | "min" | "mins" | "minute" | "minutes" => number,
        "h" | "hr" | "hrs" | "hour" | "hours" => number * 60.0,
        _ => {
            // 1h30, 1h30m, 1h30min
            let after = rest.strip_prefix('h')?;
            let m = after.strip_suffix("min").or_else(|| after.strip_suffix('m')).unwrap_or(after);
            let m: u32 = m.parse().ok().filter(|m| *m < 60)?;
            number * 60.0 + f64::from(m)
        }
    };
    (minutes.fract() == 0.0 || number.fract() != 0.0).then_some(minutes.round() as u32).filter(|m| *m <= 1440)
}

struct Token {
    text: String,
    word: String,
    used: bool,
}

/// Reads `text` into a preview. `people` are those names may refer to (see [`crate::store::people::refs`]).
pub fn parse(text: &str, today: NaiveDate, people: &[PersonRef]) -> QuickLogPreview {
    let mut tokens: Vec<Token> = text
        .split_whitespace()
        .map(|t| Token {
            text: t.to_owned(),
            word: fold(t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '/' && c != '&')),
            used: false,
        })
        .collect();
    let about = tokens.iter().position(|t| t.word == "about" || t.word == "re").unwrap_or(tokens.len());

    // Duration: "45m", "1h30", "1.5h", or "45 min".
    let mut minutes = None;
    for i in 0..tokens.len() {
        if minutes.is_some() {
            break;
        }
        if let Some(m) = minutes_of(&tokens[i].word) {
            minutes = Some(m);
            tokens[i].used = true;
        } else if i + 1 < tokens.len() && tokens[i].word.chars().all(|c| c.is_ascii_digit()) {
            let joined = format!("{}{}", tokens[i].word, tokens[i + 1].word);
            if let Some(m) = minutes_of(&joined).filter(|_| tokens[i + 1].word.len() > 1) {
                minutes = Some(m);
                tokens[i].used = true;
                tokens[i + 1].used = true;
            }
        }
        if tokens[i].used && i > 0 && tokens[i - 1].word == "for" {
            tokens[i - 1].used = true;
        }
    }

    // Kind: the first kind word before "about".
    let mut kind = None;
    for t in tokens.iter_mut().take(about) {
        if let Some(k) = kind_word(&t.word).filter(|_| !t.used) {
            kind = Some(k);
            break;
        }
    }

    // Date: the longest run of up to four unused words that names a date and that interim reads.
    let first_names: Vec<String> =
        people.iter().filter_map(|p| crate::store::search::words(first_name(&p.name)).into_iter().next()).collect();
    let mut date = None;
    let mut date_text = None;
    'search: for len in (1..=4).rev() {
        for start in 0..tokens.len().saturating_sub(len - 1) {
            let window = &tokens[start..start + len];
            if window.iter().any(|t| t.used) {
                continue;
            }
            let has_date_word = window.iter().any(|t| {
                DATE_WORDS.contains(&t.word.as_str())
                    || (t.word.chars().any(|c| c.is_ascii_digit()) && t.word.contains(['-', '/']))
            });
            if !has_date_word || (len == 1 && first_names.contains(&window[0].word)) {
                continue;
            }
            let phrase = window.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" ");
            if let Some(d) = read_date(&phrase, today) {
                date = Some(d);
                date_text = Some(window.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "));
                for t in &mut tokens[start..start + len] {
                    t.used = true;
                }
                if start > 0 && tokens[start - 1].word == "on" {
                    tokens[start - 1].used = true;
                }
                break 'search;
            }
        }
    }

    // The summary keeps what remains of the line (the kind word and the names included).
    let summary = capitalize(&tokens.iter().filter(|t| !t.used).map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "));
    if let Some(k) = kind {
        if let Some(t) = tokens.iter_mut().take(about).find(|t| !t.used && kind_word(&t.word) == Some(k)) {
            t.used = true;
        }
    }

    QuickLogPreview {
        kind: kind.unwrap_or(InteractionKind::Meeting),
        kind_guessed: kind.is_none(),
        people: names(&mut tokens, about, people),
        date: date.unwrap_or(today),
        date_text,
        minutes,
        summary,
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.trim().chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A date phrase read relative to `today`. A bare weekday or a day of a month means the last one (a log is about
/// the past), unless the phrase says "next", "tomorrow" or "in".
fn read_date(phrase: &str, today: NaiveDate) -> Option<NaiveDate> {
    let noon = Utc.from_utc_datetime(&today.and_hms_opt(12, 0, 0)?);
    let parsed = interim::parse_date_string(phrase, noon, interim::Dialect::Uk).ok()?.date_naive();
    let forward = phrase.split(' ').any(|w| matches!(w, "next" | "tomorrow" | "in"));
    if parsed <= today || forward {
        return Some(parsed);
    }
    if phrase.split(' ').all(|w| WEEKDAYS.contains(&w) || w == "on" || w == "this") {
        return parsed.checked_sub_days(Days::new(7));
    }
    if !phrase.split(' ').any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())) {
        return NaiveDate::from_ymd_opt(parsed.year() - 1, parsed.month(), parsed.day()).or(Some(parsed));
    }
    Some(parsed)
}

/// The names of the line: the words after "with" (split on "and", "&" and commas), or, without "with", any unused
/// word before "about" that matches someone.
fn names(tokens: &mut [Token], about: usize, people: &[PersonRef]) -> Vec<NameMatch> {
    let mut segments: Vec<Vec<usize>> = Vec::new();
    if let Some(with) = tokens.iter().take(about).position(|t| t.word == "with" && !t.used) {
        let mut current = Vec::new();
        for (i, t) in tokens.iter().enumerate().take(about).skip(with + 1) {
            if t.used || NAME_STOPS.contains(&t.word.as_str()) {
                if t.used && current.is_empty() {
                    continue;
                }
                break;
            }
            if matches!(t.word.as_str(), "and" | "&" | "") {
                segments.push(std::mem::take(&mut current));
                continue;
            }
            current.push(i);
            if t.text.ends_with(',') {
                segments.push(std::mem::take(&mut current));
            }
        }
        segments.push(current);
        segments.retain(|s| !s.is_empty());
        let mut out = Vec::new();
        for seg in segments {
            // The longest head of the segment that names someone; the rest stays in the summary only.
            let mut found = None;
            for len in (1..=seg.len().min(3)).rev() {
                let words: Vec<&str> = seg[..len].iter().map(|&i| tokens[i].word.as_str()).collect();
                let m = match_name(&words, people);
                if !matches!(m, NameMatch::Unknown { .. }) {
                    found = Some((len, m));
                    break;
                }
            }
            let (len, m) = found.unwrap_or_else(|| {
                (1, NameMatch::Unknown { text: tokens[seg[0]].text.trim_end_matches(',').to_owned() })
            });
            let text = seg[..len].iter().map(|&i| tokens[i].text.trim_end_matches(',')).collect::<Vec<_>>().join(" ");
            out.push(match m {
                NameMatch::Found { person, .. } => NameMatch::Found { text, person },
                NameMatch::Ambiguous { candidates, .. } => NameMatch::Ambiguous { text, candidates },
                NameMatch::Unknown { text } => NameMatch::Unknown { text },
            });
        }
        out
    } else {
        let mut out = Vec::new();
        for t in tokens.iter().take(about) {
            if t.used || t.word.len() < 2 || t.word.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let m = match_name(&[t.word.as_str()], people);
            if !matches!(m, NameMatch::Unknown { .. }) && t.text.chars().next().is_some_and(char::is_uppercase) {
                out.push(match m {
                    NameMatch::Found { person, .. } => NameMatch::Found { text: t.text.clone(), person },
                    NameMatch::Ambiguous { candidates, .. } => {
                        NameMatch::Ambiguous { text: t.text.clone(), candidates }
                    }
                    other => other,
                });
            }
        }
        out
    }
}

/// How well typed (folded) words fit a name: each word must fit one of the name's words — exactly (1), as a prefix
/// (0.9), one edit away (0.8) or by Jaro–Winkler ≥ 0.88 (scaled to ≤ 0.85). The fit is the worst word's.
pub fn name_score(words: &[&str], name: &str) -> f64 {
    let name_words = crate::store::search::words(name);
    let mut worst: f64 = 1.0;
    for q in words {
        let best = name_words
            .iter()
            .map(|w| {
                if w == q {
                    1.0
                } else if q.chars().count() >= 2 && w.starts_with(q) {
                    0.9
                } else if q.chars().count() >= 3 && strsim::damerau_levenshtein(q, w) == 1 {
                    0.8
                } else {
                    let jw = strsim::jaro_winkler(q, w);
                    if jw >= 0.88 {
                        jw * 0.85
                    } else {
                        0.0
                    }
                }
            })
            .fold(0.0, f64::max);
        worst = worst.min(best);
    }
    worst
}

/// Whom typed words name: one person, several equally well, or no one.
pub fn match_name(words: &[&str], people: &[PersonRef]) -> NameMatch {
    let text = words.join(" ");
    let mut scored: Vec<(f64, &PersonRef)> =
        people.iter().map(|p| (name_score(words, &p.name), p)).filter(|(s, _)| *s > 0.0).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let Some(&(top, _)) = scored.first() else {
        return NameMatch::Unknown { text };
    };
    let close: Vec<PersonRef> =
        scored.iter().take_while(|(s, _)| top - s < 0.05).take(8).map(|(_, p)| (*p).clone()).collect();
    if close.len() == 1 {
        NameMatch::Found { text, person: close.into_iter().next().expect("one") }
    } else {
        NameMatch::Ambiguous { text, candidates: close }
    }
}

/// What Quick log wrote when the line named someone new: the interaction, and the people it added for it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LoggedWithNewPeople {
    pub interaction: Interaction,
    pub people: Vec<Person>,
}

/// Logs `interaction` with the people it names plus `new_people`, each created first (as the "Add person" form
/// would) — all in the caller's one transaction, so a line that names "Zed" either adds Zed and the coffee, or
/// neither.
pub fn log_with_new_people(
    tx: &rusqlite::Transaction,
    interaction: &Interaction,
    new_people: &[crate::store::people::NewPerson],
    today: NaiveDate,
) -> crate::error::Result<LoggedWithNewPeople> {
    let mut interaction = interaction.clone();
    let mut people = Vec::with_capacity(new_people.len());
    for (i, new) in new_people.iter().enumerate() {
        let person = crate::store::people::create(tx, new, today).map_err(|e| match e {
            crate::error::Error::Invalid { path, message } => {
                crate::error::Error::Invalid { path: format!("new_people[{i}].{path}"), message }
            }
            other => other,
        })?;
        interaction.with.push(person.id.clone());
        people.push(person);
    }
    let interaction = crate::store::interactions::create(tx, interaction)?;
    Ok(LoggedWithNewPeople { interaction, people })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 10).unwrap() // a Monday
    }
    fn day(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }
    fn book() -> Vec<PersonRef> {
        [
            ("ana", "Ana Lima"),
            ("ben", "Ben Okafor"),
            ("bea", "Bea Souza"),
            ("ben-2", "Ben Adams"),
            ("chloe", "Chloé Martin"),
        ]
        .iter()
        .map(|(id, name)| PersonRef { id: id.to_string(), name: name.to_string() })
        .collect()
    }
    fn found(p: &QuickLogPreview) -> Vec<&str> {
        p.people
            .iter()
            .map(|m| match m {
                NameMatch::Found { person, .. } => person.id.as_str(),
                NameMatch::Ambiguous { .. } => "?",
                NameMatch::Unknown { .. } => "!",
            })
            .collect()
    }

    #[test]
    fn the_example_line() {
        let p = parse("coffee with Ana yesterday 45m", today(), &book());
        assert_eq!((p.kind, p.kind_guessed), (InteractionKind::Coffee, false));
        assert_eq!(found(&p), vec!["ana"]);
        assert_eq!((p.date, p.date_text.as_deref(), p.minutes), (day("2025-03-09"), Some("yesterday"), Some(45)));
        assert_eq!(p.summary, "Coffee with Ana");
        let i = p.interaction().unwrap();
        assert_eq!(
            (i.with, i.kind, i.minutes, i.summary),
            (vec!["ana".to_string()], InteractionKind::Coffee, Some(45), Some("Coffee with Ana".into()))
        );
    }

    #[test]
    fn durations() {
        for (line, minutes) in [
            ("call with Ana 1h", Some(60)),
            ("call with Ana 1h30", Some(90)),
            ("call with Ana 1h30m", Some(90)),
            ("call with Ana 1.5h", Some(90)),
            ("call with Ana for 20 min", Some(20)),
            ("call with Ana 2 hours", Some(120)),
            ("call with Ana", None),
            ("call with Ana 30h", None),
        ] {
            assert_eq!(parse(line, today(), &book()).minutes, minutes, "{line}");
        }
        assert_eq!(parse("call with Ana for 20 min", today(), &book()).summary, "Call with Ana");
    }

    #[test]
    fn dates_in_words_are_read_back_from_today() {
        for (line, date) in [
            ("lunch with Ana", "2025-03-10"),
            ("lunch with Ana today", "2025-03-10"),
            ("lunch with Ana on friday", "2025-03-07"),
            ("lunch with Ana last friday", "2025-03-07"),
            ("lunch with Ana 3 days ago", "2025-03-07"),
            ("lunch with Ana 2025-02-14", "2025-02-14"),
            ("lunch with Ana march 20", "2024-03-20"),
            ("lunch with Ana 5 march", "2025-03-05"),
            ("lunch with Ana tomorrow", "2025-03-11"),
        ] {
            assert_eq!(parse(line, today(), &book()).date, day(date), "{line}");
        }
        assert_eq!(parse("lunch with Ana on friday", today(), &book()).summary, "Lunch with Ana");
    }

    /// A one-word date that is someone's first name is their name, titles or not: "call with May" is not May.
    #[test]
    fn a_first_name_after_a_title_is_not_read_as_a_date() {
        let mut people = book();
        people.push(PersonRef { id: "may".into(), name: "Dr May Chen".into() });
        let p = parse("call with May", today(), &people);
        assert_eq!(found(&p), vec!["may"]);
        assert_eq!(p.date, today());
    }

    #[test]
    fn names_match_fuzzily_and_ambiguity_asks() {
        let p = parse("dinner with Ana Lima and Chloe about her move", today(), &book());
        assert_eq!(found(&p), vec!["ana", "chloe"]);
        assert_eq!(p.summary, "Dinner with Ana Lima and Chloe about her move");
        assert_eq!(found(&parse("call with Anna", today(), &book())), vec!["ana"], "a typo");
        assert_eq!(found(&parse("call with okafor", today(), &book())), vec!["ben"], "a last name");
        let p = parse("call with Ben", today(), &book());
        match &p.people[0] {
            NameMatch::Ambiguous { text, candidates } => {
                assert_eq!(text, "Ben");
                let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
                assert_eq!(ids, vec!["ben", "ben-2"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(p.interaction().is_none());
        assert_eq!(found(&parse("call with Ben Ok", today(), &book())), vec!["ben"]);
        assert_eq!(found(&parse("coffee with Zed", today(), &book())), vec!["!"]);
        assert_eq!(found(&parse("emailed Bea yesterday", today(), &book())), vec!["bea"], "no 'with'");
        assert_eq!(parse("emailed Bea yesterday", today(), &book()).kind, InteractionKind::Email);
    }

    #[test]
    fn a_line_without_a_kind_word_is_a_meeting_to_confirm() {
        let p = parse("with Ana, Bea 45m", today(), &book());
        assert_eq!((p.kind, p.kind_guessed), (InteractionKind::Meeting, true));
        assert_eq!(found(&p), vec!["ana", "bea"]);
        assert!(parse("", today(), &book()).interaction().is_none());
    }

    #[test]
    fn an_unknown_name_becomes_a_person_with_the_interaction_or_nothing_is_written() {
        use crate::store::people::NewPerson;
        let store = crate::Store::in_memory().unwrap();
        store.write(|tx| crate::store::people::insert(tx, &Person::new("ana", "Ana Lima"))).unwrap();
        let coffee = Interaction {
            id: String::new(),
            date: day("2025-03-09"),
            kind: InteractionKind::Coffee,
            with: vec!["ana".into()],
            initiator: Initiator::Me,
            minutes: Some(45),
            summary: Some("coffee with Ana and Zed".into()),
        };
        let zed = NewPerson { name: "Zed".into(), ..Default::default() };
        let logged = store.write(|tx| log_with_new_people(tx, &coffee, &[zed], today())).unwrap();
        assert_eq!(logged.people.len(), 1);
        assert_eq!(logged.people[0].id, "zed");
        assert_eq!(logged.interaction.with, vec!["ana".to_owned(), "zed".to_owned()]);

        // A blank name refuses the whole line: no person, no interaction.
        let blank = NewPerson { name: " ".into(), ..Default::default() };
        let err = store.write(|tx| log_with_new_people(tx, &coffee, &[blank], today())).unwrap_err();
        assert_eq!(err.path(), Some("new_people[0].name"));
        let (people, interactions) = store
            .read(|tx| Ok((crate::store::people::ids(tx)?.len(), crate::store::interactions::all(tx)?.len())))
            .unwrap();
        assert_eq!((people, interactions), (2, 1), "the refused line wrote nothing");
    }
}
