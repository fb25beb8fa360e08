//! Derived quantities of ENGINE.md §2, per person: cadence, overdue ratio, dormancy, reciprocity ρ, goal links, the
//! sensitive window and the value V. Pure functions of the snapshot, `today` and the config.

use chrono::NaiveDate;

use crate::model::{Event, Goal, Stage};

use super::snapshot::{PersonFacts, Snapshot};
use super::text::normalize_topic;
use super::EngineConfig;

/// What the engine knows about a person beyond their record, on `today`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Derived<'s> {
    /// Days; `None` when the person has no cadence (wider circle, not power, no override).
    pub cadence: Option<f64>,
    /// Where the cadence came from, for the texts (§10.7).
    pub cadence_source: Option<CadenceSource>,
    /// Met exactly once, in the last few days, still an acquaintance (§10.10).
    pub fresh: bool,
    /// The goal to name for this person (§10.7): the highest-priority goal listing them, else the best topic match.
    pub named_goal: Option<NamedGoal>,
    /// Days since the last meaningful interaction.
    pub days_since: Option<i64>,
    /// r = days since / cadence.
    pub ratio: Option<f64>,
    /// 1095 days or more since the last interaction. People never met are not dormant.
    pub dormant: bool,
    pub rho: f64,
    /// Indexes into `snapshot.goals` of the active goals linked to the person (listed, or topics ∩ expertise).
    pub goals: Vec<usize>,
    /// The hard-news event whose sensitive window is open, if any (the latest one).
    pub sensitive: Option<&'s Event>,
    /// A bereavement in the last `mourning_days`, if any (the latest one): occasions are worded as a quiet note.
    pub mourning: Option<&'s Event>,
    /// Their notes speak of a death (a widow, a funeral…): their dates are worded as a quiet note, whenever it was.
    pub loss_noted: bool,
    /// Their notes speak of a marriage or partnership that ended (separated, divorced…): their dates (a wedding
    /// anniversary) are a quiet word too, one that does not name the day.
    pub parting_noted: bool,
    /// I owe them today: a favor of theirs not yet thanked, or a promise of mine in its window. Give before you ask.
    pub owed: bool,
    /// V for every kind but reconnect (and introduce, which takes the geometric mean of two of these).
    pub value: f64,
    /// V for reconnect: circle weight at the peak circle, times 0.7.
    pub value_reconnect: f64,
}

/// Where a cadence comes from: the user's own setting, the personal rhythm of the last year, the monthly touch of
/// one of "your ten", or the circle (and family).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CadenceSource {
    Setting,
    Rhythm,
    Power,
    Circle { kin: bool },
}

/// The goal a text names for a person: one that lists them, or one whose topics meet their expertise.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NamedGoal {
    /// Index into `snapshot.goals`.
    pub goal: usize,
    /// `None` when the goal lists the person; else the expertise topic that matches (as the person wrote it).
    pub topic: Option<String>,
}

impl Derived<'_> {
    pub fn goal_links(&self) -> usize {
        self.goals.len()
    }
}

/// The cadence in days (§2): by circle, kin ×1.5, the personal rhythm, power's monthly touch, then the override.
pub fn cadence(p: &PersonFacts, config: &EngineConfig) -> Option<f64> {
    cadence_with_source(p, config).map(|(c, _)| c)
}

/// The cadence and the step that decided it last (the override, power's monthly touch when it lowered the cadence,
/// the personal rhythm, or the circle).
pub(crate) fn cadence_with_source(p: &PersonFacts, config: &EngineConfig) -> Option<(f64, CadenceSource)> {
    if let Some(days) = p.cadence_days {
        return Some((f64::from(days), CadenceSource::Setting));
    }
    let mut c = EngineConfig::by_circle(&config.cadence_by_circle, p.circle)
        .map(|c| if p.kin { c * config.kin_cadence_factor } else { c })
        .map(|c| (c, CadenceSource::Circle { kin: p.kin }));
    if let (Some((base, _)), Some(gap)) = (c, p.contact.median_gap) {
        if p.contact.rhythm_dates as usize >= config.rhythm_min_dates {
            c = Some(((base * gap).sqrt().clamp(0.5 * base, 2.0 * base), CadenceSource::Rhythm));
        }
    }
    if p.power && p.stage != Stage::Advocate && c.is_none_or(|(c, _)| c > config.power_max_cadence) {
        c = Some((config.power_max_cadence, CadenceSource::Power));
    }
    c
}

/// A tie met exactly once, in the last `deepen_days`, and still an acquaintance (§10.10).
pub(crate) fn is_fresh(p: &PersonFacts, today: NaiveDate, config: &EngineConfig) -> bool {
    p.stage == Stage::Acquaintance
        && p.contact.count == 1
        && p.contact.last.is_some_and(|last| (0..=config.deepen_days).contains(&(today - last).num_days()))
}

/// ρ = (Rcv − Giv) / (Rcv + Giv + 1), over the weighted favors. Positive when they have given more.
pub fn reciprocity(p: &PersonFacts) -> f64 {
    let (r, g) = (p.favors.received, p.favors.given);
    (r - g) / (r + g + 1.0)
}

/// V = circle_w × (1.5 if power) × (1 + 0.25·min(2, goal links)), at `circle`.
pub fn value_at(circle: u8, power: bool, goal_links: usize, config: &EngineConfig) -> f64 {
    value_with(EngineConfig::by_circle(&config.circle_weights, circle), power, goal_links, config)
}

fn value_with(circle_w: f64, power: bool, goal_links: usize, config: &EngineConfig) -> f64 {
    let power_w = if power { config.power_weight } else { 1.0 };
    let links = goal_links.min(config.goal_link_cap as usize) as f64;
    circle_w * power_w * (1.0 + config.goal_link_weight * links)
}

pub(crate) fn derive_all<'s>(snapshot: &'s Snapshot, today: NaiveDate, config: &EngineConfig) -> Vec<Derived<'s>> {
    // Goals listing each person, the hard news of each, and goal topics, once; by person index, as a big book has
    // many people and few goals or events.
    let mut listed: Vec<Vec<usize>> = vec![Vec::new(); snapshot.people.len()];
    for (g, goal) in snapshot.goals.iter().enumerate() {
        for i in goal.people.iter().filter_map(|p| snapshot.person_index(p)) {
            listed[i].push(g);
        }
    }
    let goal_topics: Vec<Vec<String>> = snapshot.goals.iter().map(goal_topic_set).collect();
    let mut hard_news: Vec<Option<&Event>> = vec![None; snapshot.people.len()];
    let mut losses: Vec<Option<&Event>> = vec![None; snapshot.people.len()];
    let latest = |slot: &mut Option<&'s Event>, e: &'s Event| {
        if slot.is_none_or(|s| (e.date, &e.id) > (s.date, &s.id)) {
            *slot = Some(e);
        }
    };
    let mut owed = vec![false; snapshot.people.len()];
    for favor in snapshot.unthanked.iter().filter(|f| f.is_received() && f.thanked_on.is_none_or(|t| t > today)) {
        let age = (today - favor.date).num_days();
        if let (true, Some(i)) = ((0..=config.thank_days).contains(&age), snapshot.person_index(favor.person())) {
            owed[i] = true;
        }
    }
    for u in snapshot.follow_ups.iter().filter(|u| u.mine && u.done_on.is_none_or(|d| d > today)) {
        let past_due = (today - u.due).num_days();
        if let (true, Some(i)) = (
            (-config.keep_promise_lead_days..=config.keep_promise_days).contains(&past_due),
            snapshot.person_index(&u.person),
        ) {
            owed[i] = true;
        }
    }
    // A new job since a job loss ends its hard time: the offer is congratulated, not held back as cheer in a sensitive
    // window (round 89, jaipur: a laid-off brother's offer on the 13th, "not eligible (in a sensitive window)").
    let mut hired: Vec<Option<NaiveDate>> = vec![None; snapshot.people.len()];
    for e in snapshot.events.iter().filter(|e| e.kind == crate::model::EventKind::NewJob && e.date <= today) {
        if let Some(i) = snapshot.person_index(&e.person) {
            hired[i] = hired[i].max(Some(e.date));
        }
    }
    for e in &snapshot.events {
        let age = (today - e.date).num_days();
        let Some(i) = snapshot.person_index(&e.person) else { continue };
        let ended = e.kind == crate::model::EventKind::JobLoss && hired[i].is_some_and(|d| d > e.date);
        if super::generate::hard_news(e) && !ended && (0..=config.sensitive_days).contains(&age) {
            latest(&mut hard_news[i], e);
        }
        if e.kind == crate::model::EventKind::Bereavement && (0..=config.mourning_days).contains(&age) {
            latest(&mut losses[i], e);
        }
    }
    // A death in the user's own family, told on one record ("Pop died at 3:40 am…", on the user's mother's), is a loss
    // for the rest of the closest family too: their birthday in its first days is not a plain "happy birthday" (round
    // 139, dayton P24, "a 'happy birthday' card two days after their father died… is tone-deaf", tact 2).
    // (Among the user's close family only, found once: a big book's every name is not read for each loss.)
    let close_family: Vec<usize> = snapshot
        .people
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kin && q.circle.min(q.peak_circle) <= 2)
        .map(|(k, _)| k)
        .collect();
    let family_loss = snapshot
        .events
        .iter()
        .filter(|e| {
            e.kind == crate::model::EventKind::Bereavement
                && (0..=config.mourning_days).contains(&(today - e.date).num_days())
        })
        .filter_map(|e| {
            let i = snapshot.person_index(&e.person)?;
            super::generate::someone_close_lost_among(e, snapshot, i, close_family.iter().copied()).map(|k| (e, k))
        })
        .max_by_key(|(e, _)| e.date);
    // (The user's side of the family or the partner's: a death on one side is no loss of the other's. Round 159,
    // iringa P17, "a quiet birthday" for the mother-in-law, "His mother, Esther Sanga, died…" of the user's aunt;
    // round 160, juneau P28, of the partner's father; ilorin P25, of the user's brother after her father-in-law's
    // death: tact 2 from both reviewers each.)
    if let Some((e, dead)) = family_loss {
        let partners: Vec<&str> = close_family
            .iter()
            .map(|&k| &snapshot.people[k])
            .filter(|q| q.circle == 1 && q.status != crate::model::Status::Deceased)
            .map(|q| super::text::name_word(&q.name))
            .collect();
        // (The children and the partner are of both.)
        let partners_side = in_law(&snapshot.people[dead], &partners);
        let other_side = |p: &PersonFacts| if partners_side { own_side(p) } else { in_law(p, &partners) };
        for (i, p) in snapshot.people.iter().enumerate() {
            if p.kin && p.circle <= 2 && p.status != crate::model::Status::Deceased && !other_side(p) {
                latest(&mut losses[i], e);
            }
        }
    }
    // Or a death in the partner's family, told on another of the family's records and named in the partner's notes
    // ("Mbah Sumi died at dawn in Lumajang…" on his mother's record, "His Mbah Sumi in Lumajang had a stroke" in his):
    // the partner's loss (round 142, jember P20, "a 'happy birthday' card two days after his grandmother's death, in
    // the middle of tahlilan", tact 3 from both reviewers).
    let partners: Vec<usize> =
        close_family.iter().copied().filter(|&k| super::generate::is_partner(&snapshot.people[k])).collect();
    if !partners.is_empty() {
        for e in snapshot.events.iter().filter(|e| {
            e.kind == crate::model::EventKind::Bereavement
                && (0..=config.mourning_days).contains(&(today - e.date).num_days())
        }) {
            let Some(i) = snapshot.person_index(&e.person) else { continue };
            if !close_family.contains(&i) {
                continue;
            }
            // (The one who died, by the capitalised words before "died": "Mbah Sumi".)
            let Some(dead) = e.detail.as_deref().and_then(|d| d.split(" died").next().filter(|h| h.len() < d.len()))
            else {
                continue;
            };
            let dead = dead.trim();
            if dead.is_empty() || !dead.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
                continue;
            }
            for &k in &partners {
                if k != i && snapshot.people[k].notes.as_deref().is_some_and(|n| n.contains(dead)) {
                    latest(&mut losses[k], e);
                }
            }
        }
    }
    snapshot
        .people
        .iter()
        .zip(listed)
        .zip(hard_news)
        .zip(losses)
        .zip(owed)
        .map(|((((p, mut goals), sensitive), mourning), owed)| {
            let (cadence, cadence_source) = cadence_with_source(p, config).unzip();
            let fresh = is_fresh(p, today, config);
            let days_since = p.contact.last.map(|d| (today - d).num_days());
            let ratio = match (days_since, cadence) {
                (Some(a), Some(c)) => Some(a as f64 / c),
                _ => None,
            };
            let dormant = days_since.is_some_and(|a| a >= config.dormant_days);
            let expertise: Vec<String> = p.expertise.iter().map(|t| normalize_topic(t).into_owned()).collect();
            // §10.7: name the highest-priority goal that lists them (ties by id: goals are sorted by id), else the
            // goal whose topics meet most of their expertise.
            let mut named_goal = goals
                .iter()
                .min_by_key(|&&g| (snapshot.goals[g].priority, g))
                .map(|&g| NamedGoal { goal: g, topic: None });
            let mut best_match = 0;
            for (g, topics) in goal_topics.iter().enumerate() {
                let matched: Vec<usize> = (0..expertise.len()).filter(|&k| topics.contains(&expertise[k])).collect();
                if matched.is_empty() {
                    continue;
                }
                if !goals.contains(&g) {
                    goals.push(g);
                }
                let better = named_goal.as_ref().is_none_or(|n| {
                    n.topic.is_some()
                        && (matched.len(), std::cmp::Reverse(snapshot.goals[g].priority))
                            > (best_match, std::cmp::Reverse(snapshot.goals[n.goal].priority))
                });
                if better {
                    best_match = matched.len();
                    named_goal = Some(NamedGoal { goal: g, topic: Some(p.expertise[matched[0]].trim().to_owned()) });
                }
            }
            goals.sort_unstable();
            let links = goals.len();
            let mut circle_w = EngineConfig::by_circle(&config.circle_weights, p.circle);
            if fresh {
                circle_w = circle_w.max(config.fresh_tie_min_circle_weight);
            }
            let value = value_with(circle_w, p.power, links, config);
            let value_reconnect =
                value_at(p.peak_circle.min(p.circle), p.power, links, config) * config.reconnect_peak_factor;
            Derived {
                cadence,
                cadence_source,
                fresh,
                named_goal,
                days_since,
                ratio,
                dormant,
                rho: reciprocity(p),
                goals,
                sensitive,
                mourning,
                loss_noted: p.notes.as_deref().is_some_and(notes_speak_of_loss),
                parting_noted: p.notes.as_deref().is_some_and(speaks_of_parting),
                owed,
                value,
                value_reconnect,
            }
        })
        .collect()
}

/// The lowercase whole words of a text (split at anything not a letter or a digit): what every reader of the user's
/// words matches against.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// True when a word is a name in the possessive, as written: capitalised and ending in "'s" ("Beto's", "Maya’s").
pub(crate) fn possessive_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && (word.ends_with("'s") || word.ends_with("’s"))
}

/// True when a note speaks of a death: "died", "killed", "passed away", "widowed", "funeral", "late husband"… matched
/// as whole words, case-insensitively ("studied" is not "died"). Conservative on purpose: its only effect is a quieter
/// word on the person's dates.
pub(crate) fn speaks_of_loss(notes: &str) -> bool {
    const WORDS: [&str; 16] = [
        "died",
        // (Round 64, ranger P34: "Amos Mashele killed in a contact near Shabeni (2019)", a fallen ranger's day, met
        // with "Send your wishes today: a message, or a quick call".)
        "killed",
        // (Round 68, hotelier: "He was seventeen when his father drowned", the son left out of his father's day.)
        "drowned",
        "death",
        "widow",
        "widowed",
        "widower",
        "funeral",
        // (The African American funeral: "Be at Mrs. Brooks's homegoing service, 11:00", round 129, baltimore P12,
        // "'keep your promise' is an odd frame for a funeral", from both reviewers.)
        "homegoing",
        "bereaved",
        "bereavement",
        "deceased",
        "stillborn",
        "stillbirth",
        "miscarriage",
        "miscarried",
    ];
    const AFTER_PASSED: [&str; 1] = ["away"];
    const AFTER_LATE: [&str; 6] = ["husband", "wife", "partner", "father", "mother", "son"];
    let words = words(notes);
    words.iter().enumerate().any(|(k, w)| {
        let next = words.get(k + 1).map_or("", String::as_str);
        match w.as_str() {
            // ("Daddy passed", a kept date's whole label: round 77, neworleans.)
            // Only as a short label's last word, or before its year: notes ending "…retook it and passed" are not.
            "passed" => {
                let year = next.len() == 4 && next.bytes().all(|b| b.is_ascii_digit());
                AFTER_PASSED.contains(&next) || (k > 0 && words.len() <= 5 && (next.is_empty() || year))
            }
            // Someone's passing ("Daddy's passing", "his passing"), not passing an exam or passing through: round 76,
            // lagos and auckland, nothing at all on the anniversary of the user's father's death, kept as "Dad's
            // passing", the widowed mother beside her.
            // (Not "her passing the bar exam", "his passing through".)
            "passing" => {
                k > 0
                    && ["s", "his", "her", "their"].contains(&words[k - 1].as_str())
                    && !["the", "a", "an", "her", "his", "their", "through", "by", "on"].contains(&next)
            }
            "late" => AFTER_LATE.contains(&next),
            w => WORDS.contains(&w),
        }
    })
}

/// True when a note speaks of a marriage or a partnership that ended: "separated", "separation", "divorce",
/// "divorced", "divorcing", "split up", "broke up", as whole words in any case. Conservative, like
/// [`speaks_of_loss`]: its only effect is a quieter word on the person's dates (round 24, violinist P16: "Tobias and
/// Sabine's wedding anniversary is today — send your wishes", two weeks after they separated, tact 1 from all three).
pub(crate) fn speaks_of_parting(notes: &str) -> bool {
    const WORDS: [&str; 5] = ["separated", "separation", "divorce", "divorced", "divorcing"];
    let words = words(notes);
    words.iter().enumerate().any(|(k, w)| {
        let next = words.get(k + 1).map_or("", String::as_str);
        WORDS.contains(&w.as_str()) || (["split", "broke"].contains(&w.as_str()) && next == "up")
    })
}

/// The part of a note that speaks of the loss (up to a full stop, semicolon or line break), to quote it back to the
/// user as they wrote it; `None` when none does or it is too long to quote.
pub(crate) fn loss_in_notes(notes: &str) -> Option<&str> {
    note_part(notes, speaks_of_a_loss_that_was)
}

/// True when notes speak of a loss ([`speaks_of_loss`]) in a part that does not say "if": a death that may come is
/// no loss yet ("his school's spring concert… it's the same day as Joe Lafferty's funeral if it comes to that", of
/// the user's partner: round 65, socialworker P19, the night they met, with dinner booked, made "a day that has become
/// hard", tact 2 from all three).
pub(crate) fn notes_speak_of_loss(notes: &str) -> bool {
    notes.split(['.', ';', '\n']).any(speaks_of_a_loss_that_was)
}

fn speaks_of_a_loss_that_was(part: &str) -> bool {
    speaks_of_loss(part) && !words(part).iter().any(|w| w == "if")
}

/// [`loss_in_notes`] for a parting ([`speaks_of_parting`]).
pub(crate) fn parting_in_notes(notes: &str) -> Option<&str> {
    note_part(notes, speaks_of_parting)
}

fn note_part(notes: &str, speaks: fn(&str) -> bool) -> Option<&str> {
    // (By sentence, not at every full stop: "…6 pm mass with Fr. Jess, then padasal" was quoted as "…mass with Fr",
    // round 134's davao, read aloud.)
    super::text::sentences(notes)
        .flat_map(|s| s.split([';', '\n']))
        .map(str::trim)
        .find(|part| speaks(part))
        .filter(|part| part.chars().count() <= 120)
}

/// A goal's topics, normalised (trimmed, lowercase).
pub(crate) fn goal_topic_set(goal: &Goal) -> Vec<String> {
    goal.topics.iter().map(|t| normalize_topic(t).into_owned()).collect()
}

/// True when the first sentence of their notes opens on the user's parent, brother or sister: "My baby brother, 37…",
/// "My father.", "My mum, 71".
fn own_side(p: &PersonFacts) -> bool {
    const FAMILY: [&str; 9] = ["mother", "father", "mum", "mom", "dad", "brother", "sister", "mama", "papa"];
    let Some(notes) = p.notes.as_deref() else { return false };
    let ws = words(super::text::sentences(notes).next().unwrap_or(""));
    ws.first().is_some_and(|w| w == "my") && ws.iter().skip(1).take(2).any(|w| FAMILY.contains(&w.as_str()))
}

/// True when their notes say they are of the partner's family: an in-law by the word ("my father-in-law", "Mama
/// mkwe", "suegra"), or the first sentence names them as the parent, the brother or the sister of one of the family in
/// the user's inner circle by first name ("Jess's dad.", "Mama mkwe, Neema's mother."; not "Mama's sister").
fn in_law(p: &PersonFacts, partners: &[&str]) -> bool {
    // (Not "in law": "Works in law in Dar".)
    const WORDS: [&str; 7] = ["in-law", "mkwe", "suegra", "suegro", "schwieger", "belle-mère", "beau-père"];
    const FAMILY: [&str; 10] =
        ["mother", "father", "mum", "mom", "dad", "mam", "parents", "sister", "brother", "stepmother"];
    let Some(notes) = p.notes.as_deref() else { return false };
    let lower = notes.to_lowercase();
    if WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    let first = super::text::sentences(notes).next().unwrap_or("");
    let said: Vec<&str> = first.split_whitespace().collect();
    said.windows(2).any(|w| {
        let Some(whose) = w[0].strip_suffix("'s").or_else(|| w[0].strip_suffix("’s")) else { return false };
        let what = w[1].trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        FAMILY.contains(&what.as_str()) && partners.contains(&whose)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    fn person(circle: u8) -> PersonFacts {
        let mut p = Person::new("ana", "Ana Lima");
        p.circle = circle;
        PersonFacts::from_person(&p)
    }

    #[test]
    fn an_in_law_by_the_word_or_by_whose_parent_the_notes_say() {
        let with = |notes: &str| {
            let mut p = person(2);
            p.notes = Some(notes.to_owned());
            p
        };
        let partners = ["Neema", "Jess"];
        assert!(in_law(&with("Mama mkwe, Neema's mother. Keeps hens."), &partners));
        assert!(in_law(&with("Jess's dad. Ran a crane for thirty years."), &partners));
        assert!(in_law(&with("My father-in-law, 81."), &partners));
        assert!(!in_law(&with("My sister. Works in law in Dar es Salaam."), &partners));
        assert!(!in_law(&with("Mama mdogo, Mama's younger sister."), &partners));
        assert!(!in_law(&with("Tall. When Neema's mother was ill she cooked for us."), &partners));
        assert!(own_side(&with("My baby brother, 37 on Thursday.")));
        assert!(!own_side(&with("My eldest, 19, in her first year of medicine.")));
    }

    #[test]
    fn cadence_by_circle() {
        let c = EngineConfig::default();
        let got: Vec<Option<f64>> = (1..=5).map(|k| cadence(&person(k), &c)).collect();
        assert_eq!(got, vec![Some(7.0), Some(30.0), Some(90.0), Some(180.0), None]);
    }

    #[test]
    fn kin_ties_decay_slower() {
        let mut p = person(2);
        p.kin = true;
        assert_eq!(cadence(&p, &EngineConfig::default()), Some(45.0));
        p.circle = 5;
        assert_eq!(cadence(&p, &EngineConfig::default()), None, "kin without a circle cadence has none");
    }

    #[test]
    fn personal_rhythm_moves_the_cadence_within_half_and_double() {
        let c = EngineConfig::default();
        let mut p = person(3); // 90
        p.contact.median_gap = Some(40.0);
        p.contact.rhythm_dates = 4;
        assert_eq!(cadence(&p, &c), Some((90.0f64 * 40.0).sqrt().max(45.0))); // sqrt(3600)=60
        assert_eq!(cadence(&p, &c), Some(60.0));
        p.contact.median_gap = Some(1.0);
        assert_eq!(cadence(&p, &c), Some(45.0), "clamped at half");
        p.contact.median_gap = Some(2000.0);
        assert_eq!(cadence(&p, &c), Some(180.0), "clamped at double");
        p.contact.rhythm_dates = 3;
        assert_eq!(cadence(&p, &c), Some(90.0), "fewer than four dates: no rhythm");
        let mut wider = person(5);
        wider.contact.median_gap = Some(10.0);
        wider.contact.rhythm_dates = 10;
        assert_eq!(cadence(&wider, &c), None, "rhythm only when a cadence exists");
    }

    #[test]
    fn power_gets_a_monthly_touch_until_advocate_and_the_override_wins() {
        let c = EngineConfig::default();
        let mut p = person(4);
        p.power = true;
        assert_eq!(cadence(&p, &c), Some(30.0));
        p.circle = 5;
        assert_eq!(cadence(&p, &c), Some(30.0), "30 where there was none");
        p.circle = 1;
        assert_eq!(cadence(&p, &c), Some(7.0));
        p.circle = 4;
        p.stage = Stage::Advocate;
        assert_eq!(cadence(&p, &c), Some(180.0));
        p.cadence_days = Some(12);
        assert_eq!(cadence(&p, &c), Some(12.0));
    }

    #[test]
    fn reciprocity_is_positive_when_they_gave_more() {
        let mut p = person(2);
        p.favors.received = 5.0;
        assert!((reciprocity(&p) - 5.0 / 6.0).abs() < 1e-12);
        p.favors.given = 5.0;
        assert_eq!(reciprocity(&p), 0.0);
        p.favors.received = 0.0;
        assert!(reciprocity(&p) < 0.0);
    }

    #[test]
    fn a_loss_in_the_notes_is_read_as_whole_words() {
        for yes in [
            "Widowed since Dad died in May 2023.",
            "Her husband passed away last spring",
            "Misses her late husband",
            "Went to the FUNERAL in Porto",
            "Since Dad's death",
        ] {
            assert!(speaks_of_loss(yes), "{yes}");
        }
        for no in ["Studied in Porto", "Passed the bar exam", "Late for everything", "Deathly afraid of flying", ""] {
            assert!(!speaks_of_loss(no), "{no}");
        }
    }

    #[test]
    fn the_loss_is_quoted_as_the_notes_say_it() {
        let notes = "Widowed since Dad died in May 2023; the wedding anniversary is a hard day for her.";
        assert_eq!(loss_in_notes(notes), Some("Widowed since Dad died in May 2023"));
        assert_eq!(
            loss_in_notes("Loves gardening. Her husband passed away in 2019"),
            Some("Her husband passed away in 2019")
        );
        assert_eq!(loss_in_notes("Loves gardening"), None);
        let notes =
            "His concert is Thursday 12 March; it's the same day as Joe Lafferty's funeral if it comes to that.";
        assert_eq!(loss_in_notes(notes), None, "a funeral that may come is no loss yet");
        assert!(!notes_speak_of_loss(notes));
        assert!(notes_speak_of_loss("Plays the fiddle. His wife died in 2019."));
        assert!(notes_speak_of_loss("A chef in Athens. He was seventeen when his father drowned."));
    }

    #[test]
    fn value_weighs_circle_power_and_goal_links() {
        let c = EngineConfig::default();
        assert!((value_at(2, true, 0, &c) - 1.2).abs() < 1e-12);
        assert!((value_at(3, false, 1, &c) - 0.75).abs() < 1e-12);
        assert!((value_at(5, false, 7, &c) - 0.375).abs() < 1e-12, "goal links count up to 2");
    }

    #[test]
    fn a_note_speaks_of_a_parting_in_so_many_words() {
        for yes in [
            "He and Sabine have separated after twelve years",
            "Divorced in 2021; two boys",
            "Going through a divorce",
            "They split up last spring",
            "Broke up with Tom in May",
            "SEPARATED. Living in Hernals",
        ] {
            assert!(speaks_of_parting(yes), "{yes}");
        }
        for no in [
            "Separates the recycling like a pro",
            "Splits her time between Graz and Vienna",
            "Broke the school record for the 800m",
            "The split shift at the hospital",
            "Loves gardening",
        ] {
            assert!(!speaks_of_parting(no), "{no}");
        }
        assert_eq!(
            parting_in_notes("42. He and Sabine have separated after twelve years; he moved out"),
            Some("He and Sabine have separated after twelve years")
        );
    }
}
