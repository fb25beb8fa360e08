//! The engine's view of the book as of one day: per person the facts and the *aggregates* of their history (last
//! meaningful interaction, how many, hours together, the rhythm of the last year, reciprocity weights), plus the few
//! dated records whose windows are open today. The store builds it (`store::snapshot`, in one read transaction); the
//! engine only reads it. Everything dated after `today` is left out, a `thanked_on` or `done_on` after `today` counts
//! as unset, needs and offers are open today; follow-ups are kept whatever their `due`.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::model::*;

use super::SuggestionKind;

/// The book as the engine sees it on `today`. The store builds it (`store::snapshot::load`); its fields are public so
/// that tests and tools can inspect it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    /// The day it was loaded for.
    pub today: Option<NaiveDate>,
    /// Every person, sorted by id.
    pub people: Vec<PersonFacts>,
    /// Life events dated within the longest event window before today (through today), sorted by id.
    pub events: Vec<Event>,
    /// Favors received within the thank window and not thanked as of today, sorted by id.
    pub unthanked: Vec<Favor>,
    /// Favors received within the thank window and thanked by today, sorted by id: what a birthday's wishes can say
    /// it meant.
    pub thanked_lately: Vec<Favor>,
    /// Favors received before the thank window, within `THANK_AT_LAST_DAYS`, never thanked, sorted by id: what a
    /// check-in can thank them for at last.
    pub unthanked_long: Vec<Favor>,
    /// Follow-ups not done as of today whose windows can be open today, and the user's promises around them even
    /// once done (their `done_on` set), sorted by id.
    pub follow_ups: Vec<FollowUp>,
    /// Active goals, sorted by id.
    pub goals: Vec<Goal>,
    /// Items published within the share window, sorted by id.
    pub items: Vec<Item>,
    /// Feedback dated up to today, in the order it was given, with the people each key names.
    pub feedback: Vec<FeedbackFacts>,
    /// Pairs `(x, y)`, `x < y`, of people who were together in an `intro` interaction dated up to today.
    pub introduced: Introduced,
}

/// Pairs of people introduced to each other, `(x, y)` with `x < y`.
pub type Introduced = BTreeSet<(String, String)>;

/// One person: their record's fields that matter, and aggregates of their history.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonFacts {
    pub id: String,
    pub name: String,
    pub circle: u8,
    pub peak_circle: u8,
    pub stage: Stage,
    pub power: bool,
    pub kin: bool,
    pub no_intros: bool,
    pub status: Status,
    pub cadence_days: Option<u32>,
    pub snoozed_until: Option<NaiveDate>,
    pub birthday: Option<AnnualDate>,
    pub dates: Vec<RecurringDate>,
    /// The person's notes, only when they keep dates (a loss written there makes those dates quiet), are family
    /// (whether they live with the user), have news within the window of a congratulation (the user's part in it), a
    /// birthday within the longest lead of an occasion (the name the notes call them by) or a favor to thank (a loss
    /// in their family), or are one of the user's ten (whether the user keeps away from them for now).
    pub notes: Option<String>,
    /// How you met, their title and company: only for a dormant tie that was once in your 50 (a reconnect says who
    /// they are), someone outside the close 15 with a date near (the wish says it), and someone in your 50 (or one of
    /// your ten) with an interest of 0.5 or more on the topic of an item in the share window (no article on their own
    /// work).
    pub profile: Option<Profile>,
    /// Only interests on the topics of items in the share window (nothing else uses them).
    pub interests: Vec<Interest>,
    /// Only expertise on the topics of active goals (asks, reconnects) and of the items in the share window (no share
    /// of a person's own field).
    pub expertise: Vec<String>,
    /// Needs open today, by id.
    pub needs: Vec<Need>,
    /// Offers open today, by id.
    pub offers: Vec<Need>,
    pub contact: Contact,
    pub favors: FavorBalance,
    /// The date of the latest `intro` interaction they were in, up to today (a need it met is no favor to do).
    pub last_intro: Option<NaiveDate>,
    /// How you met, in your words — only for family, where it says who they are to you ("My husband", "Mum").
    pub how_met: Option<String>,
    /// How you met says you hired them ("Hired him when the cold store started"): they work for you.
    pub hired: bool,
    /// Their location names a country, state or province that few in the book share ("Montreal, Canada" in a book
    /// of Kigali, "Hwaseong, South Korea" in one of Tashkent): the user cannot drop by, and a card says call, not visit.
    pub abroad: bool,
    /// Family in the user's close 15 whose location, down to the part of town ("Jaipur, Bani Park"), is the one of
    /// the partner or a child the user lives with: under the user's roof (in-laws in a joint family, a grown son at
    /// home), their days are time together, not a call or a visit.
    pub at_home: bool,
}

impl PersonFacts {
    /// A person as the store holds them, with no history.
    pub fn from_person(p: &Person) -> PersonFacts {
        PersonFacts {
            id: p.id.clone(),
            name: p.name.clone(),
            circle: p.circle,
            peak_circle: p.peak_circle.unwrap_or(p.circle),
            stage: p.stage,
            power: p.power,
            kin: p.kin,
            no_intros: p.no_intros,
            status: p.status,
            cadence_days: p.cadence_days,
            snoozed_until: p.snoozed_until,
            birthday: p.birthday,
            dates: p.dates.clone(),
            notes: if p.dates.is_empty() && !p.kin { None } else { p.notes.clone() },
            profile: None, // no history: not dormant
            interests: p.interests.clone(),
            expertise: p.expertise.clone(),
            needs: p.needs.clone(),
            offers: p.offers.clone(),
            contact: Contact::default(),
            favors: FavorBalance::default(),
            last_intro: None,
            how_met: if p.kin { p.how_met.clone() } else { None },
            hired: p.how_met.as_deref().is_some_and(says_hired),
            abroad: false, // no book to tell where home is
            at_home: false,
        }
    }
}

/// Who someone is, in the user's words: how you met, their title and company.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    pub how_met: Option<String>,
    pub title: Option<String>,
    pub company: Option<String>,
}

/// Aggregates of a person's meaningful interactions (any kind but `note`) up to today.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    pub last: Option<NaiveDate>,
    pub count: u32,
    /// Hours together, H (meetings count half; unlogged minutes take the kind's default).
    pub hours: f64,
    /// How many distinct dates they met on in the rhythm window (the last 365 days).
    pub rhythm_dates: u32,
    /// The median gap between those dates, when there are enough of them (4).
    pub median_gap: Option<f64>,
}

/// The inputs of ρ: favors each way, weighted by kind and halved every year of age.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FavorBalance {
    pub received: f64,
    pub given: f64,
    /// The last favor I did them.
    pub last_given: Option<NaiveDate>,
    /// The last favor they did me.
    pub last_received: Option<(NaiveDate, FavorKind)>,
}

/// Feedback on a key, with the people the key names (directly, or through its event, favor or follow-up).
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackFacts {
    pub key: String,
    pub kind: SuggestionKind,
    pub action: FeedbackAction,
    pub on: NaiveDate,
    pub reason: Option<DismissReason>,
    pub until: Option<NaiveDate>,
    pub people: Vec<String>,
}

impl FeedbackFacts {
    /// `done`, or a dismissal as `already_done`.
    pub fn is_done(&self) -> bool {
        self.action == FeedbackAction::Done || self.reason == Some(DismissReason::AlreadyDone)
    }
}

impl Snapshot {
    /// The person with this id (people are sorted by id).
    pub fn person(&self, id: &str) -> Option<&PersonFacts> {
        self.people.binary_search_by(|p| p.id.as_str().cmp(id)).ok().map(|i| &self.people[i])
    }

    pub(crate) fn person_index(&self, id: &str) -> Option<usize> {
        self.people.binary_search_by(|p| p.id.as_str().cmp(id)).ok()
    }

    /// What `person` mentioned for the day `on` (follow-ups of theirs, not the user's promises), done or not.
    pub(crate) fn mentions_on<'a, 'p>(
        &'a self,
        person: &'p str,
        on: NaiveDate,
    ) -> impl Iterator<Item = &'a FollowUp> + use<'a, 'p> {
        self.follow_ups.iter().filter(move |u| !u.mine && u.person == person && u.due == on)
    }
}

/// True when how you met says you hired them or they work for you: it opens on "Hired" ("Hired him when the cold store
/// started"), not on "Hired me" (they hired the user); or on joining the user's own team, crew or kitchen ("Started on
/// my crew", "Joined my clinical pharmacy unit from a community pharmacy", "Came to work for me when I opened the
/// workshop"), not for years now past ("Clinical pharmacist on my team 2009-2016"). The store's query reads the same
/// openings. (Round 127, hamilton P23: "Check in with Anthony", who started on the user's crew and whom he sees at the
/// mill, "a content-free check-in driven by the calendar", 2 from both reviewers; round 125a, mandalay P27, the user's
/// own cutter.)
pub(crate) fn says_hired(how_met: &str) -> bool {
    let said = how_met.trim_start().to_lowercase();
    if said.starts_with("hired ") && !said.starts_with("hired me ") && said != "hired me" {
        return true;
    }
    const OPENINGS: [&str; 8] = [
        "joined my ",
        "joined our ",
        "started on my ",
        "started on our ",
        "came onto my ",
        "came onto our ",
        "came into my ",
        "came into our ",
    ];
    const WORK: [&str; 13] = [
        "team",
        "crew",
        "department",
        "unit",
        "section",
        "kitchen",
        "staff",
        "desk",
        "squad",
        "bench",
        "workshop",
        "ward",
        "practice",
    ];
    let past = said.split(|c: char| !c.is_ascii_digit()).filter(|n| n.len() == 4).count() >= 2;
    let joined = OPENINGS.iter().find_map(|o| said.strip_prefix(o)).is_some_and(|rest| {
        rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(3).any(|w| WORK.contains(&w))
    });
    let works_for = ["came to work for me", "came to work for us"].iter().any(|o| said.starts_with(o));
    (joined || works_for) && !past
}
