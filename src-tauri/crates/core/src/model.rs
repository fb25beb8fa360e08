//! The relationship book's records, exactly as ARCHIVE.md names them.
//!
//! These types are shared by the store, the engine, the archive and the IPC bridge, so their serde form *is* the
//! archive form: field order here is the export order, and every type that crosses IPC derives `ts_rs::TS`.
//! Semantic checks (ranges, ids, references) live in [`crate::validate`]; serde only checks shapes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A calendar day. Serialized as `YYYY-MM-DD`; an impossible day such as `2025-02-30` is refused with its value.
pub type Day = NaiveDate;

/// The user's own side of a favor. Never a person id.
pub const ME: &str = "me";

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(text).ok_or_else(|| rusqlite::types::FromSqlError::Other(
                    format!("unknown {} `{}`", stringify!($name), text).into()))
            }
        }
    };
}

string_enum!(
    /// The kinds of suggestion the engine makes (ENGINE.md §3), in the specification's order; a suggestion's id (its
    /// key) starts with one. Declared once: the engine, validation, the CLI and the UI (through ts-rs) read it here.
    SuggestionKind {
        Occasion = "occasion",
        Congratulate = "congratulate",
        Support = "support",
        KeepPromise = "keep_promise",
        FollowUp = "follow_up",
        Thank = "thank",
        GiveBack = "give_back",
        Introduce = "introduce",
        Share = "share",
        CheckIn = "check_in",
        Reconnect = "reconnect",
        Deepen = "deepen",
        Ask = "ask",
    }
);
string_enum!(
    /// Depth on the ladder from the seed.
    Stage { Acquaintance = "acquaintance", Friend = "friend", Ally = "ally", Advocate = "advocate" }
);
string_enum!(
    /// Only `active` people get suggestions.
    Status { Active = "active", Archived = "archived", Deceased = "deceased", DoNotContact = "do_not_contact" }
);
string_enum!(
    ChannelKind { Email = "email", Phone = "phone", Url = "url", Linkedin = "linkedin", Address = "address", Other = "other" }
);
string_enum!(
    InteractionKind {
        Meal = "meal", Coffee = "coffee", Activity = "activity", Event = "event", Meeting = "meeting", Call = "call",
        Video = "video", Message = "message", Email = "email", Letter = "letter", Gift = "gift", Intro = "intro",
        Note = "note",
    }
);
string_enum!(
    Initiator { Me = "me", Them = "them", Mutual = "mutual" }
);
string_enum!(
    EventKind {
        NewJob = "new_job", Promotion = "promotion", Launch = "launch", Award = "award", Wedding = "wedding",
        Baby = "baby", Graduation = "graduation", Move = "move", Illness = "illness", Bereavement = "bereavement",
        JobLoss = "job_loss", Other = "other",
    }
);
string_enum!(
    FavorKind {
        Referral = "referral", Intro = "intro", Advice = "advice", Endorsement = "endorsement",
        Recommendation = "recommendation", Gift = "gift", Favor = "favor", Share = "share",
    }
);
string_enum!(
    FeedbackAction { Done = "done", Dismissed = "dismissed", Snoozed = "snoozed" }
);
string_enum!(
    DismissReason {
        NotRelevant = "not_relevant", NotThisPerson = "not_this_person", WrongTiming = "wrong_timing",
        AlreadyDone = "already_done",
    }
);

impl InteractionKind {
    /// A private note is not contact: every other kind is a *meaningful* interaction (ENGINE.md §1).
    pub fn is_meaningful(self) -> bool {
        self != InteractionKind::Note
    }
}

impl EventKind {
    pub fn is_good_news(self) -> bool {
        use EventKind::*;
        matches!(self, NewJob | Promotion | Launch | Award | Wedding | Baby | Graduation | Move)
    }
    pub fn is_hard_news(self) -> bool {
        matches!(self, EventKind::Illness | EventKind::Bereavement | EventKind::JobLoss)
    }
}

/// A date that recurs every year: `--MM-DD` (no year) or `YYYY-MM-DD` (recurs from that year on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, TS)]
#[ts(type = "string")]
pub struct AnnualDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl AnnualDate {
    pub fn parse(text: &str) -> Option<AnnualDate> {
        if let Some(rest) = text.strip_prefix("--") {
            let (m, d) = rest.split_once('-')?;
            if m.len() != 2 || d.len() != 2 {
                return None;
            }
            let (month, day): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
            // Validate against a leap year so that --02-29 is allowed.
            NaiveDate::from_ymd_opt(2000, month, day)?;
            Some(AnnualDate { year: None, month, day })
        } else {
            let date = parse_day(text)?;
            use chrono::Datelike;
            Some(AnnualDate { year: Some(date.year()), month: date.month(), day: date.day() })
        }
    }

    /// The occurrence in `year`, or `None` before the date's own year. Feb 29 falls on Feb 28 in non-leap years.
    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        if self.year.is_some_and(|first| year < first) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, self.month, self.day)
            .or_else(|| (self.month == 2 && self.day == 29).then(|| NaiveDate::from_ymd_opt(year, 2, 28)).flatten())
    }
}

impl std::fmt::Display for AnnualDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Serialize for AnnualDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AnnualDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        AnnualDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("\"{text}\" is not a valid date (YYYY-MM-DD or --MM-DD)")))
    }
}

/// Strictly `YYYY-MM-DD`, with a real day.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// serde helpers so that a bad day is reported with its value (`"2025-02-30" is not a valid date`).
pub mod day {
    use super::*;
    pub fn serialize<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.format("%Y-%m-%d"))
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        parse_day(&text).ok_or_else(|| serde::de::Error::custom(format!("\"{text}\" is not a valid date (YYYY-MM-DD)")))
    }
    pub mod option {
        use super::*;
        pub fn serialize<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => s.collect_str(&d.format("%Y-%m-%d")),
                None => s.serialize_none(),
            }
        }
        pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => parse_day(&text)
                    .map(Some)
                    .ok_or_else(|| serde::de::Error::custom(format!("\"{text}\" is not a valid date (YYYY-MM-DD)"))),
            }
        }
    }
}

/// A time of day, `HH:MM` from 00:00 to 23:59, kept as minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string")]
pub struct TimeOfDay(pub u16);

impl TimeOfDay {
    pub fn new(hour: u16, minute: u16) -> TimeOfDay {
        TimeOfDay(hour * 60 + minute)
    }
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let (h, m) = text.split_once(':')?;
        if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60).then_some(TimeOfDay(h * 60 + m))
    }
    pub fn hour(self) -> u32 {
        u32::from(self.0 / 60)
    }
    pub fn minute(self) -> u32 {
        u32::from(self.0 % 60)
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        TimeOfDay::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("\"{text}\" is not a time of day (HH:MM, 00:00–23:59)")))
    }
}

fn default_circle() -> u8 {
    5
}
fn default_strength() -> f64 {
    1.0
}
fn default_priority() -> u8 {
    2
}
fn default_true() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub how_met: Option<String>,
    #[serde(default, with = "day::option")]
    #[ts(type = "string | null")]
    pub met_on: Option<NaiveDate>,
    #[serde(default = "default_circle")]
    pub circle: u8,
    /// The closest circle the person ever held; `None` on input means "the same as circle".
    #[serde(default)]
    pub peak_circle: Option<u8>,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub power: bool,
    #[serde(default)]
    pub kin: bool,
    #[serde(default)]
    pub no_intros: bool,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub cadence_days: Option<u32>,
    #[serde(default, with = "day::option")]
    #[ts(type = "string | null")]
    pub snoozed_until: Option<NaiveDate>,
    #[serde(default)]
    pub birthday: Option<AnnualDate>,
    #[serde(default)]
    pub dates: Vec<RecurringDate>,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub interests: Vec<Interest>,
    #[serde(default)]
    pub expertise: Vec<String>,
    #[serde(default)]
    pub needs: Vec<Need>,
    #[serde(default)]
    pub offers: Vec<Offer>,
    #[serde(default)]
    pub notes: Option<String>,
}

// The enum is declared by `string_enum!`, which derives no Default: this names the archive's default.
#[allow(clippy::derivable_impls)]
impl Default for Stage {
    fn default() -> Self {
        Stage::Acquaintance
    }
}
// The enum is declared by `string_enum!`, which derives no Default: this names the archive's default.
#[allow(clippy::derivable_impls)]
impl Default for Status {
    fn default() -> Self {
        Status::Active
    }
}

impl Person {
    /// A new, active acquaintance in the wider circle: the archive's defaults.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Person {
        Person {
            id: id.into(),
            name: name.into(),
            company: None,
            title: None,
            location: None,
            how_met: None,
            met_on: None,
            circle: 5,
            peak_circle: None,
            stage: Stage::Acquaintance,
            power: false,
            kin: false,
            no_intros: false,
            status: Status::Active,
            cadence_days: None,
            snoozed_until: None,
            birthday: None,
            dates: Vec::new(),
            channels: Vec::new(),
            tags: Vec::new(),
            interests: Vec::new(),
            expertise: Vec::new(),
            needs: Vec::new(),
            offers: Vec::new(),
            notes: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RecurringDate {
    pub id: String,
    #[serde(default)]
    pub label: Option<String>,
    pub date: AnnualDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    pub value: String,
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Interest {
    pub topic: String,
    #[serde(default = "default_strength")]
    pub strength: f64,
}

/// Something a person is looking for (a need) or can give (an offer): same shape, matched by topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub id: String,
    pub topic: String,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub since: NaiveDate,
    #[serde(default, with = "day::option")]
    #[ts(type = "string | null")]
    pub until: Option<NaiveDate>,
}

pub type Offer = Need;

impl Need {
    /// Open on `today`: `since ≤ today` and (`until` absent or `until ≥ today`).
    pub fn is_open(&self, today: NaiveDate) -> bool {
        self.since <= today && self.until.is_none_or(|u| u >= today)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Interaction {
    pub id: String,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub kind: InteractionKind,
    pub with: Vec<String>,
    #[serde(default)]
    pub initiator: Initiator,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub summary: Option<String>,
}

// The enum is declared by `string_enum!`, which derives no Default: this names the archive's default.
#[allow(clippy::derivable_impls)]
impl Default for Initiator {
    fn default() -> Self {
        Initiator::Me
    }
}

/// A life event of a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub person: String,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub kind: EventKind,
    #[serde(default)]
    pub detail: Option<String>,
}

/// A favor, referral, intro, piece of advice… given or received. Exactly one side is [`ME`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Favor {
    pub id: String,
    pub from: String,
    pub to: String,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub kind: FavorKind,
    #[serde(default)]
    pub detail: Option<String>,
    #[serde(default, with = "day::option")]
    #[ts(type = "string | null")]
    pub thanked_on: Option<NaiveDate>,
    #[serde(default)]
    pub outcome: Option<String>,
}

impl Favor {
    /// The person on the other side from me.
    pub fn person(&self) -> &str {
        if self.from == ME {
            &self.to
        } else {
            &self.from
        }
    }
    /// True when they did it for me.
    pub fn is_received(&self) -> bool {
        self.to == ME
    }
}

/// A promise I made (`mine`), or something they mentioned that I should ask about later.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub id: String,
    pub person: String,
    pub mine: bool,
    pub text: String,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub due: NaiveDate,
    #[serde(default, with = "day::option")]
    #[ts(type = "string | null")]
    pub until: Option<NaiveDate>,
    #[serde(default, with = "day::option")]
    #[ts(type = "string | null")]
    pub done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default = "default_priority")]
    pub priority: u8,
    #[serde(default = "default_true")]
    pub active: bool,
    #[serde(default)]
    pub people: Vec<String>,
}

/// Something saved to share with the people it would interest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    pub topics: Vec<String>,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub published_on: NaiveDate,
}

/// What the user did with a suggestion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    pub suggestion: String,
    pub action: FeedbackAction,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub on: NaiveDate,
    #[serde(default)]
    pub reason: Option<DismissReason>,
    #[serde(default, with = "day::option")]
    #[ts(type = "string | null")]
    pub until: Option<NaiveDate>,
}

impl Feedback {
    /// `done`, or a dismissal with reason `already_done`: the same everywhere (ENGINE.md §1).
    pub fn is_done(&self) -> bool {
        self.action == FeedbackAction::Done || self.reason == Some(DismissReason::AlreadyDone)
    }
}

/// The book's settings that travel with the archive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub daily_suggestions: u8,
    pub effort_budget_minutes: u32,
    pub digest_time: TimeOfDay,
    pub notifications: bool,
    pub quiet_hours: (TimeOfDay, TimeOfDay),
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            daily_suggestions: 3,
            effort_budget_minutes: 45,
            digest_time: TimeOfDay::new(8, 30),
            notifications: true,
            quiet_hours: (TimeOfDay::new(21, 0), TimeOfDay::new(8, 0)),
        }
    }
}

/// Settings as given on import or by the Settings page: each key given replaces the book's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SettingsPatch {
    #[serde(default)]
    pub daily_suggestions: Option<u8>,
    #[serde(default)]
    pub effort_budget_minutes: Option<u32>,
    #[serde(default)]
    pub digest_time: Option<TimeOfDay>,
    #[serde(default)]
    pub notifications: Option<bool>,
    #[serde(default)]
    pub quiet_hours: Option<(TimeOfDay, TimeOfDay)>,
}

impl Settings {
    pub fn apply(&mut self, patch: &SettingsPatch) {
        if let Some(v) = patch.daily_suggestions {
            self.daily_suggestions = v;
        }
        if let Some(v) = patch.effort_budget_minutes {
            self.effort_budget_minutes = v;
        }
        if let Some(v) = patch.digest_time {
            self.digest_time = v;
        }
        if let Some(v) = patch.notifications {
            self.notifications = v;
        }
        if let Some(v) = patch.quiet_hours {
            self.quiet_hours = v;
        }
    }
}

/// A change of a person's stage or circle, recorded with its date so trends can be drawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PersonChange {
    pub person: String,
    #[serde(with = "day")]
    #[ts(type = "string")]
    pub on: NaiveDate,
    pub field: ChangedField,
    pub from: Option<String>,
    pub to: String,
}

string_enum!(
    ChangedField { Stage = "stage", Circle = "circle" }
);

string_enum!(
    /// The day of the week the weekly review comes.
    ReviewDay {
        Monday = "monday",
        Tuesday = "tuesday",
        Wednesday = "wednesday",
        Thursday = "thursday",
        Friday = "friday",
        Saturday = "saturday",
        Sunday = "sunday",
    }
);

impl ReviewDay {
    pub fn weekday(self) -> chrono::Weekday {
        match self {
            ReviewDay::Monday => chrono::Weekday::Mon,
            ReviewDay::Tuesday => chrono::Weekday::Tue,
            ReviewDay::Wednesday => chrono::Weekday::Wed,
            ReviewDay::Thursday => chrono::Weekday::Thu,
            ReviewDay::Friday => chrono::Weekday::Fri,
            ReviewDay::Saturday => chrono::Weekday::Sat,
            ReviewDay::Sunday => chrono::Weekday::Sun,
        }
    }
}

/// When the weekly review comes: a preference of this book kept with the settings (not in the archive, whose
/// settings ARCHIVE.md fixes). Default: Sunday 18:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReviewSettings {
    pub day: ReviewDay,
    pub time: TimeOfDay,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings { day: ReviewDay::Sunday, time: TimeOfDay::new(18, 0) }
    }
}

/// A whole book as one document: the `advocates-archive` format of ARCHIVE.md. Parsing, validation, import and
/// export live in [`crate::archive`]; the type lives here because generators and tests build it too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archive {
    pub format: String,
    pub version: i64,
    #[serde(default)]
    pub exported_at: Option<String>,
    #[serde(default)]
    pub settings: SettingsPatch,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub favors: Vec<Favor>,
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub items: Vec<Item>,
    #[serde(default)]
    pub feedback: Vec<Feedback>,
    /// Version 2: each person's stage and circle history.
    #[serde(default)]
    pub changes: Vec<ArchiveChange>,
}

/// A stage or circle change as the archive writes it (ARCHIVE.md, version 2): circles as numbers, stages as names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveChange {
    pub person: String,
    #[serde(with = "day")]
    pub on: NaiveDate,
    pub field: ChangedField,
    #[serde(default)]
    pub from: Option<ChangeValue>,
    pub to: ChangeValue,
}

/// A circle (1–5) or a stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChangeValue {
    Circle(i64),
    Stage(String),
}

impl ChangeValue {
    /// As the book stores it: the circle's digits or the stage's name.
    pub fn as_stored(&self) -> String {
        match self {
            ChangeValue::Circle(n) => n.to_string(),
            ChangeValue::Stage(s) => s.clone(),
        }
    }

    /// From the book: a circle's digits become a number when the field is a circle.
    pub fn from_stored(field: ChangedField, text: &str) -> ChangeValue {
        match (field, text.parse::<i64>()) {
            (ChangedField::Circle, Ok(n)) => ChangeValue::Circle(n),
            _ => ChangeValue::Stage(text.to_owned()),
        }
    }
}

impl std::fmt::Display for ChangeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChangeValue::Circle(n) => write!(f, "{n}"),
            ChangeValue::Stage(s) => write!(f, "\"{s}\""),
        }
    }
}

impl Archive {
    pub const FORMAT: &'static str = "advocates-archive";
    pub const VERSION: i64 = 2;

    pub fn empty() -> Archive {
        Archive {
            format: Archive::FORMAT.into(),
            version: Archive::VERSION,
            exported_at: None,
            settings: SettingsPatch::default(),
            people: Vec::new(),
            interactions: Vec::new(),
            events: Vec::new(),
            favors: Vec::new(),
            follow_ups: Vec::new(),
            goals: Vec::new(),
            items: Vec::new(),
            feedback: Vec::new(),
            changes: Vec::new(),
        }
    }
}
