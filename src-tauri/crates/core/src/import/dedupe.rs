//! Duplicates: who an imported contact already is, who they may be, and merging two people into one.
//!
//! *Strong keys* say "this is the same person": an email (case-insensitive), a phone number in E.164 (read with the
//! `phonenumber` crate in the book's region), a LinkedIn profile URL in one form, a vCard UID. A contact with a
//! strong key in the book is merged into that person: empty fields filled, channels and tags added, nothing the user
//! wrote overwritten. *Near matches* — the same name after folding accents and case, a nickname (Bob ~ Robert), a
//! name a letter or two away; a shared company or birthday raises the score, a different birthday lowers it — are
//! never merged: both people are kept and the pair is queued for the user. Candidates are found through blocking
//! keys (the folded name, first name + surname, initial + surname, first name + the surname's initial), so the work
//! grows with the book, not with its square.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::error::{Error, Result};
use crate::model::*;
use crate::store::{
    distinct_people, duplicates, events, favors, feedback, follow_ups, goals, ids, import_batches, interactions,
    people, person_keys,
};

/// The score from which a near match is queued.
pub const QUEUE_FROM: f64 = 0.6;
/// A block larger than this (a very common name) is compared only with its most recent members.
const BLOCK_CAP: usize = 200;

// --- keys ------------------------------------------------------------------------------------------------------------

/// The strong key of a channel: `email:ana@acme.example`, `phone:+14155550100`, `linkedin:ana-lima`.
pub fn channel_key(kind: ChannelKind, value: &str, region: phonenumber::country::Id) -> Option<String> {
    let v = value.trim();
    match kind {
        ChannelKind::Email => {
            let v = v.strip_prefix("mailto:").unwrap_or(v).to_lowercase();
            v.contains('@').then(|| format!("email:{v}"))
        }
        ChannelKind::Phone => phone_key(v, region).map(|p| format!("phone:{p}")),
        ChannelKind::Linkedin | ChannelKind::Url => linkedin_key(v).map(|k| format!("linkedin:{k}")),
        ChannelKind::Address | ChannelKind::Other => None,
    }
}

/// A phone number in E.164, read in `region` when it has no country code; `None` when it is not a valid number.
pub fn phone_key(text: &str, region: phonenumber::country::Id) -> Option<String> {
    let number = phonenumber::parse(Some(region), text).ok()?;
    phonenumber::is_valid(&number).then(|| number.format().mode(phonenumber::Mode::E164).to_string())
}

/// The profile part of a LinkedIn URL, in one form: `https://uk.linkedin.com/in/Ana-Lima/?trk=x` → `in/ana-lima`.
pub fn linkedin_key(url: &str) -> Option<String> {
    let lower = url.trim().to_lowercase();
    let at = lower.find("linkedin.com/")?;
    let path = &lower[at + "linkedin.com/".len()..];
    let path = path.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    let (section, profile) = (parts.next()?, parts.next()?);
    // Only a person's profile names one person: a company or school page is shared by many.
    matches!(section, "in" | "pub").then(|| format!("{section}/{profile}"))
}

/// The UID an Advocates vCard export gives a person: re-importing the export finds them by it.
fn own_uid_key(id: &str) -> String {
    format!("uid:{}{id}", super::vcard::OWN_UID)
}

/// The region phone numbers without a country code are read in: the setting `phone_region` (an ISO 3166 code),
/// else the United States.
pub fn region(tx: &Transaction) -> Result<phonenumber::country::Id> {
    let code: Option<String> = crate::store::settings::get_value(tx, "phone_region")?;
    Ok(code.and_then(|c| c.to_uppercase().parse().ok()).unwrap_or(phonenumber::country::Id::US))
}

// --- names -----------------------------------------------------------------------------------------------------------

/// A name folded for comparison: accents and case gone (`deunicode`), honorifics and suffixes dropped, in tokens.
pub fn name_tokens(name: &str) -> Vec<String> {
    deunicode::deunicode(name)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .filter(|t| !matches!(*t, "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "jr" | "sr" | "ii" | "iii" | "phd"))
        .map(str::to_owned)
        .collect()
}

const NICKNAMES: &[(&str, &[&str])] = &[
    ("robert", &["bob", "bobby", "rob", "robbie", "bert"]),
    ("william", &["bill", "billy", "will", "willy", "liam"]),
    ("james", &["jim", "jimmy", "jamie"]),
    ("michael", &["mike", "mikey", "mick"]),
    ("katherine", &["kate", "katie", "kathy", "kat", "catherine", "kathryn", "cathy"]),
    ("elizabeth", &["liz", "lizzie", "beth", "betty", "eliza", "lisa"]),
    ("thomas", &["tom", "tommy"]),
    ("david", &["dave", "davey"]),
    ("daniel", &["dan", "danny"]),
    ("christopher", &["chris", "kit"]),
    ("alexander", &["alex", "sasha", "xander"]),
    ("alexandra", &["alex", "sasha", "lexi"]),
    ("samuel", &["sam", "sammy"]),
    ("samantha", &["sam", "sammy"]),
    ("joseph", &["joe", "joey"]),
    ("anthony", &["tony"]),
    ("nicholas", &["nick", "nicky"]),
    ("matthew", &["matt"]),
    ("benjamin", &["ben", "benny"]),
    ("andrew", &["andy", "drew"]),
    ("steven", &["steve", "stephen"]),
    ("jonathan", &["jon", "john", "johnny", "jonny"]),
    ("jennifer", &["jen", "jenny"]),
    ("susan", &["sue", "susie"]),
    ("patrick", &["pat", "paddy"]),
    ("patricia", &["pat", "patty", "trish"]),
    ("richard", &["rick", "ricky", "rich", "dick"]),
    ("edward", &["ed", "eddie", "ted", "ned"]),
    ("gregory", &["greg"]),
    ("jeffrey", &["jeff"]),
    ("kenneth", &["ken", "kenny"]),
    ("lawrence", &["larry"]),
    ("timothy", &["tim", "timmy"]),
    ("margaret", &["maggie", "meg", "peggy", "margo"]),
    ("deborah", &["deb", "debbie"]),
    ("victoria", &["vicky", "tori"]),
    ("nathaniel", &["nate", "nat", "nathan"]),
    ("zachary", &["zach", "zack"]),
    ("charles", &["charlie", "chuck"]),
    ("henry", &["hank", "harry"]),
    ("frederick", &["fred", "freddie"]),
    ("rebecca", &["becky", "becca"]),
    ("josephine", &["jo", "josie"]),
    ("francisco", &["paco", "pancho"]),
    ("jose", &["pepe"]),
    ("giuseppe", &["beppe", "peppe"]),
    ("aleksandr", &["sasha", "sanya"]),
];

/// The formal form of a first name (`bob` → `robert`), or the name itself.
pub fn canonical_first(first: &str) -> &str {
    for (formal, nicks) in NICKNAMES {
        if *formal == first || nicks.contains(&first) {
            return formal;
        }
    }
    first
}

/// What near-matching compares about a person.
#[derive(Debug, Clone)]
struct Profile {
    id: String,
    tokens: Vec<String>,
    company: Option<String>,
    birthday: Option<AnnualDate>,
}

impl Profile {
    fn new(id: &str, name: &str, company: Option<&str>, birthday: Option<AnnualDate>) -> Profile {
        Profile {
            id: id.to_owned(),
            tokens: name_tokens(name),
            company: company.map(|c| name_tokens(c).join(" ")).filter(|c| !c.is_empty()),
            birthday,
        }
    }

    /// The blocks a person falls in: only people sharing one are ever compared.
    fn blocks(&self) -> Vec<String> {
        let t = &self.tokens;
        let Some(first) = t.first() else { return Vec::new() };
        let mut sorted = t.clone();
        sorted.sort();
        let mut keys = vec![format!("n:{}", sorted.join(" "))];
        if let Some(last) = t.last().filter(|_| t.len() > 1) {
            let canon = canonical_first(first);
            keys.push(format!("fl:{canon}|{last}"));
            keys.push(format!("il:{}|{last}", &first[..1]));
            keys.push(format!("fi:{canon}|{}", &last[..1]));
        }
        keys
    }
}

/// How alike two people look, and why; `None` when their names do not match at all.
fn similarity(a: &Profile, b: &Profile) -> Option<(f64, Vec<String>)> {
    if a.tokens.is_empty() || b.tokens.is_empty() {
        return None;
    }
    let (fa, fb) = (a.tokens.join(" "), b.tokens.join(" "));
    let mut sorted_a = a.tokens.clone();
    let mut sorted_b = b.tokens.clone();
    sorted_a.sort();
    sorted_b.sort();
    let single = a.tokens.len() == 1 || b.tokens.len() == 1;
    let (mut score, mut reasons): (f64, Vec<String>) = if fa == fb || sorted_a == sorted_b {
        (if single { 0.5 } else { 0.8 }, vec!["same name".to_owned()])
    } else if !single
        && a.tokens.last() == b.tokens.last()
        && canonical_first(&a.tokens[0]) == canonical_first(&b.tokens[0])
    {
        (0.7, vec![format!("same name but for a nickname ({} ~ {})", a.tokens[0], b.tokens[0])])
    } else {
        let distance = strsim::damerau_levenshtein(&fa, &fb);
        let shortest = fa.len().min(fb.len());
        if single || distance > 2 || shortest < 6 || distance * 5 > shortest {
            return None;
        }
        (0.6, vec![format!("names {distance} letter{} apart", if distance == 1 { "" } else { "s" })])
    };
    if let (Some(ca), Some(cb)) = (&a.company, &b.company) {
        if ca == cb {
            score += 0.15;
            reasons.push("same company".to_owned());
        }
    }
    if let (Some(da), Some(db)) = (a.birthday, b.birthday) {
        let same_day = (da.month, da.day) == (db.month, db.day);
        let years_agree = da.year.is_none() || db.year.is_none() || da.year == db.year;
        if same_day && years_agree {
            score += 0.15;
            reasons.push("same birthday".to_owned());
        } else {
            score -= 0.3;
        }
    }
    Some(((score * 100.0).round() / 100.0, reasons))
}

// --- the index the import works against ------------------------------------------------------------------------------

/// The book as duplicate finding sees it: strong keys to people, and blocks of near-match candidates. Built once per
/// import with two queries, and kept up to date as contacts come in.
pub struct Index {
    region: phonenumber::country::Id,
    strong: HashMap<String, String>,
    profiles: Vec<Profile>,
    blocks: HashMap<String, Vec<usize>>,
}

/// What became of one contact.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A new person, `id`.
    Added { queued: usize, id: String },
    /// Merged into `into`; `before` is that person as they were, when the contact changed them.
    Merged { queued: usize, into: String, before: Option<Box<Person>> },
}

impl Index {
    pub fn load(tx: &Transaction) -> Result<Index> {
        let mut index =
            Index { region: region(tx)?, strong: HashMap::new(), profiles: Vec::new(), blocks: HashMap::new() };
        for m in people::match_fields(tx)? {
            for (kind, value) in &m.channels {
                if let Some(key) = channel_key(*kind, value, index.region) {
                    index.strong.entry(key).or_insert_with(|| m.id.clone());
                }
            }
            index.strong.insert(own_uid_key(&m.id), m.id.clone());
            index.add_profile(Profile::new(&m.id, &m.name, m.company.as_deref(), m.birthday));
        }
        for (key, person) in person_keys::all(tx)? {
            index.strong.entry(key).or_insert(person);
        }
        Ok(index)
    }

    fn add_profile(&mut self, profile: Profile) {
        let at = self.profiles.len();
        for key in profile.blocks() {
            self.blocks.entry(key).or_default().push(at);
        }
        self.profiles.push(profile);
    }

    /// The strong keys of a person-to-be, in order of strength: UID, emails, LinkedIn, phones.
    fn keys(&self, p: &Person, uid: Option<&str>) -> Vec<String> {
        let mut keys: Vec<String> = uid.map(|u| format!("uid:{u}")).into_iter().collect();
        for kind in [ChannelKind::Email, ChannelKind::Linkedin, ChannelKind::Phone] {
            keys.extend(
                p.channels.iter().filter(|c| c.kind == kind).filter_map(|c| channel_key(kind, &c.value, self.region)),
            );
        }
        keys
    }

    /// Near-match candidates for `profile` among the people indexed, best first.
    fn candidates(&self, profile: &Profile) -> Vec<(usize, f64, Vec<String>)> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for key in profile.blocks() {
            let Some(members) = self.blocks.get(&key) else { continue };
            for &i in members.iter().rev().take(BLOCK_CAP) {
                let other = &self.profiles[i];
                if other.id == profile.id || !seen.insert(i) {
                    continue;
                }
                if let Some((score, reasons)) = similarity(profile, other) {
                    out.push((i, score, reasons));
                }
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }

    /// Brings one contact into the book: merged into the person a strong key names, or added as new and its near
    /// matches queued.
    pub fn bring_in(
        &mut self,
        tx: &Transaction,
        person: Person,
        uid: Option<&str>,
        today: NaiveDate,
    ) -> Result<Outcome> {
        let keys = self.keys(&person, uid);
        let owners: Vec<String> = {
            let mut owners: Vec<String> = Vec::new();
            for k in &keys {
                if let Some(owner) = self.strong.get(k) {
                    if !owners.contains(owner) {
                        owners.push(owner.clone());
                    }
                }
            }
            owners
        };
        if let Some(owner) = owners.first().cloned() {
            let before = fill(tx, &owner, &person, today)?;
            self.remember_keys(&keys, uid, &owner, tx)?;
            // A contact whose keys name two people in the book: those two may be one.
            let mut queued = 0;
            for other in &owners[1..] {
                if duplicates::queue(tx, &owner, other, 0.95, &["share an email, phone or profile".to_owned()])? {
                    queued += 1;
                }
            }
            return Ok(Outcome::Merged { queued, into: owner, before: before.map(Box::new) });
        }
        let added = people::add(tx, with_date_ids(tx, person)?, today)?;
        self.remember_keys(&keys, uid, &added.id, tx)?;
        self.strong.insert(own_uid_key(&added.id), added.id.clone());
        let profile = Profile::new(&added.id, &added.name, added.company.as_deref(), added.birthday);
        let mut queued = 0;
        for (i, score, reasons) in self.candidates(&profile) {
            if score >= QUEUE_FROM && duplicates::queue(tx, &added.id, &self.profiles[i].id, score, &reasons)? {
                queued += 1;
            }
        }
        self.add_profile(profile);
        Ok(Outcome::Added { queued, id: added.id })
    }

    fn remember_keys(&mut self, keys: &[String], uid: Option<&str>, person: &str, tx: &Transaction) -> Result<()> {
        for k in keys {
            self.strong.entry(k.clone()).or_insert_with(|| person.to_owned());
        }
        if let Some(uid) = uid {
            person_keys::add(tx, person, &format!("uid:{uid}"))?;
        }
        Ok(())
    }
}

/// Gives each of a new person's dates an id free in the book (`ana-lima-anniversary`).
fn with_date_ids(tx: &Transaction, mut p: Person) -> Result<Person> {
    let base = people::slug(&p.name);
    let mut taken = HashSet::new();
    for d in &mut p.dates {
        if validate_date_id(&d.id) && !taken.contains(&d.id) {
            taken.insert(d.id.clone());
            continue;
        }
        let label = d.label.as_deref().map(people::slug).unwrap_or_else(|| "date".to_owned());
        let mut id = ids::fresh_id(tx, "person_dates", &format!("{base}-{label}"))?;
        let mut n = 2;
        while taken.contains(&id) {
            id = ids::fresh_id(tx, "person_dates", &format!("{base}-{label}-{n}"))?;
            n += 1;
        }
        taken.insert(id.clone());
        d.id = id;
    }
    Ok(p)
}

fn validate_date_id(id: &str) -> bool {
    crate::validate::id(&crate::validate::at(""), id).is_ok() && id != "birthday"
}

/// Fills what `owner` lacks from an imported contact: empty fields, channels and dates they do not have, tags.
/// Nothing the user wrote is overwritten. Returns the person as they were, when they changed.
fn fill(tx: &Transaction, owner: &str, incoming: &Person, today: NaiveDate) -> Result<Option<Person>> {
    let before = people::get(tx, owner)?;
    let mut p = before.clone();
    absorb(&mut p, incoming.clone(), false);
    if p == before {
        return Ok(None);
    }
    // The dates it brings come after the person's own and need ids free in the book.
    let brought = p.dates.split_off(before.dates.len());
    let brought = with_date_ids(tx, Person { dates: brought, ..Person::new("", p.name.clone()) })?.dates;
    p.dates.extend(brought);
    people::update(tx, &p, today)?;
    Ok(Some(before))
}

/// Adds `other`'s information to `p`: empty fields filled, lists joined without repeats. With `both_yours` (a merge
/// of two people of the book), notes are joined and the closer circle, further stage and any flag are kept.
fn absorb(p: &mut Person, other: Person, both_yours: bool) {
    fn fill_in<T>(mine: &mut Option<T>, theirs: Option<T>) {
        if mine.is_none() {
            *mine = theirs;
        }
    }
    fill_in(&mut p.company, other.company);
    fill_in(&mut p.title, other.title);
    fill_in(&mut p.location, other.location);
    fill_in(&mut p.how_met, other.how_met);
    fill_in(&mut p.met_on, other.met_on);
    fill_in(&mut p.cadence_days, other.cadence_days);
    fill_in(&mut p.snoozed_until, other.snoozed_until);
    match (&mut p.birthday, other.birthday) {
        (None, b) => p.birthday = b,
        // A year the card knows and the book did not: the same day, now with its year.
        (Some(mine), Some(theirs)) if mine.year.is_none() && (mine.month, mine.day) == (theirs.month, theirs.day) => {
            *mine = theirs
        }
        _ => {}
    }
    match (&mut p.notes, other.notes) {
        (None, n) => p.notes = n,
        (Some(mine), Some(theirs)) if both_yours && !mine.contains(theirs.trim()) => {
            mine.push_str("\n\n");
            mine.push_str(&theirs);
        }
        _ => {}
    }
    for d in other.dates {
        if !p.dates.iter().any(|x| x.date == d.date && x.label == d.label) {
            p.dates.push(d);
        }
    }
    for c in other.channels {
        if !p.channels.iter().any(|x| super::contact::same_channel(x, &c)) {
            p.channels.push(c);
        }
    }
    for t in other.tags {
        if !p.tags.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
            p.tags.push(t);
        }
    }
    for i in other.interests {
        if !p.interests.iter().any(|x| x.topic.eq_ignore_ascii_case(&i.topic)) {
            p.interests.push(i);
        }
    }
    for e in other.expertise {
        if !p.expertise.iter().any(|x| x.eq_ignore_ascii_case(&e)) {
            p.expertise.push(e);
        }
    }
    p.needs.extend(other.needs);
    p.offers.extend(other.offers);
    if both_yours {
        p.circle = p.circle.min(other.circle);
        p.peak_circle = Some(p.peak_circle.unwrap_or(p.circle).min(other.peak_circle.unwrap_or(other.circle)));
        p.stage = p.stage.max(other.stage);
        p.power |= other.power;
        p.kin |= other.kin;
        p.no_intros |= other.no_intros;
    }
}

// --- on demand -------------------------------------------------------------------------------------------------------

/// Looks for duplicates across the whole book — people sharing a strong key, and near matches — queues the new
/// pairs (not those the user said are different) and returns the queue, strongest first.
pub fn scan(tx: &Transaction) -> Result<Vec<duplicates::DuplicatePair>> {
    let region = region(tx)?;
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut index = Index { region, strong: HashMap::new(), profiles: Vec::new(), blocks: HashMap::new() };
    for m in people::match_fields(tx)? {
        let mut shared: Vec<(String, String)> = Vec::new();
        for (kind, value) in &m.channels {
            if let Some(key) = channel_key(*kind, value, region) {
                match owners.get(&key) {
                    Some(owner) if owner != &m.id => shared.push((owner.clone(), key)),
                    Some(_) => {}
                    None => {
                        owners.insert(key, m.id.clone());
                    }
                }
            }
        }
        for (owner, key) in shared {
            let what = key.split(':').next().unwrap_or("key");
            duplicates::queue(tx, &owner, &m.id, 1.0, &[format!("same {what}")])?;
        }
        let profile = Profile::new(&m.id, &m.name, m.company.as_deref(), m.birthday);
        for (i, score, reasons) in index.candidates(&profile) {
            if score >= QUEUE_FROM {
                duplicates::queue(tx, &m.id, &index.profiles[i].id, score, &reasons)?;
            }
        }
        index.add_profile(profile);
    }
    duplicates::list(tx)
}

/// Merges `other` into `keep`, in the caller's transaction: `keep` gains what it lacked (fields, channels, tags,
/// dates, notes), the closer circle and further stage; every interaction, life event, favor, follow-up, goal, stage
/// history, feedback and imported key of `other` moves to `keep`; then `other` is gone.
pub fn merge(tx: &Transaction, keep: &str, other: &str, today: NaiveDate) -> Result<Person> {
    merge_with(tx, keep, other, &[], today)
}

/// A field whose value the user may take from the other person when two are merged (the app's merge view).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeField {
    Name,
    Company,
    Title,
    Location,
    HowMet,
    Birthday,
    Notes,
}

/// [`merge`], with the fields whose value comes from `other` instead of `keep` (a value `other` lacks stays
/// `keep`'s). Lists (channels, tags, dates…) are always joined.
pub fn merge_with(
    tx: &Transaction,
    keep: &str,
    other: &str,
    from_other: &[MergeField],
    today: NaiveDate,
) -> Result<Person> {
    if keep == other {
        return Err(Error::invalid("other", format!("\"{other}\" is the person to keep: nothing to merge")));
    }
    let mut kept = people::get(tx, keep)?;
    let gone = people::get(tx, other)?;
    let theirs = gone.clone();
    absorb(&mut kept, gone, true);
    for field in from_other {
        match field {
            MergeField::Name => kept.name = theirs.name.clone(),
            MergeField::Company => kept.company = theirs.company.clone().or(kept.company.take()),
            MergeField::Title => kept.title = theirs.title.clone().or(kept.title.take()),
            MergeField::Location => kept.location = theirs.location.clone().or(kept.location.take()),
            MergeField::HowMet => kept.how_met = theirs.how_met.clone().or(kept.how_met.take()),
            MergeField::Birthday => kept.birthday = theirs.birthday.or(kept.birthday),
            MergeField::Notes => kept.notes = theirs.notes.clone().or(kept.notes.take()),
        }
    }
    interactions::move_person(tx, other, keep)?;
    events::move_person(tx, other, keep)?;
    favors::move_person(tx, other, keep)?;
    follow_ups::move_person(tx, other, keep)?;
    goals::move_person(tx, other, keep)?;
    people::move_changes(tx, other, keep)?;
    person_keys::move_person(tx, other, keep)?;
    feedback::rename_person_in_suggestion_keys(tx, other, keep)?;
    duplicates::forget(tx, keep, other)?;
    duplicates::move_person(tx, other, keep)?;
    distinct_people::move_person(tx, other, keep)?;
    // Two people made one are no longer what an import brought: undoing that import leaves them.
    import_batches::forget_person(tx, keep)?;
    // The other's row goes first: its dates, needs and offers keep their ids and are written again under `keep`.
    people::delete_row(tx, other)?;
    people::update(tx, &kept, today)
}

/// Remembers that two people are not the same: the pair leaves the queue and never comes back.
pub fn not_duplicates(tx: &Transaction, a: &str, b: &str) -> Result<()> {
    if a == b {
        return Err(Error::invalid("b", format!("\"{b}\" is the same id as the first")));
    }
    people::get(tx, a)?;
    people::get(tx, b)?;
    duplicates::forget(tx, a, b)?;
    distinct_people::remember(tx, a, b)
}

/// Takes back "not the same person": the pair may be queued again by the next [`scan`] or import.
pub fn undo_not_duplicates(tx: &Transaction, a: &str, b: &str) -> Result<()> {
    distinct_people::forget(tx, a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use phonenumber::country::Id;

    #[test]
    fn strong_keys_in_one_form() {
        assert_eq!(linkedin_key("https://uk.linkedin.com/in/Ana-Lima/?trk=x").as_deref(), Some("in/ana-lima"));
        assert_eq!(linkedin_key("linkedin.com/in/ana-lima").as_deref(), Some("in/ana-lima"));
        assert_eq!(linkedin_key("https://www.linkedin.com/company/acme"), None, "a company page is no one's");
        assert_eq!(linkedin_key("https://example.org/in/ana"), None);
        assert_eq!(phone_key("(415) 555-0100", Id::US).as_deref(), Some("+14155550100"));
        assert_eq!(phone_key("+1 415 555 0100", Id::GB).as_deref(), Some("+14155550100"));
        assert_eq!(phone_key("020 7946 0958", Id::GB).as_deref(), Some("+442079460958"));
        assert_eq!(phone_key("12", Id::US), None);
        assert_eq!(
            channel_key(ChannelKind::Email, " Ana@Acme.Example ", Id::US).as_deref(),
            Some("email:ana@acme.example")
        );
        assert_eq!(channel_key(ChannelKind::Email, "not an email", Id::US), None);
        assert_eq!(channel_key(ChannelKind::Address, "1 Main St", Id::US), None);
    }

    #[test]
    fn names_fold_accents_case_honorifics_and_nicknames() {
        assert_eq!(name_tokens("Dr. José  GARCÍA-López Jr."), vec!["jose", "garcia", "lopez"]);
        assert_eq!(canonical_first("bob"), "robert");
        assert_eq!(canonical_first("robert"), "robert");
        assert_eq!(canonical_first("zoe"), "zoe");
        let p = |name: &str, company: Option<&str>, birthday: Option<&str>| {
            Profile::new("x", name, company, birthday.and_then(AnnualDate::parse))
        };
        let score = |a: &Profile, b: &Profile| similarity(a, b).map(|(s, _)| s);
        assert_eq!(score(&p("Zoë Martin", None, None), &p("zoe martin", None, None)), Some(0.8));
        assert_eq!(score(&p("Martin Zoë", None, None), &p("Zoe Martin", None, None)), Some(0.8));
        assert_eq!(score(&p("Ana Lima", None, Some("--03-12")), &p("Ana Lima", None, Some("1988-03-12"))), Some(0.95));
        assert_eq!(score(&p("Ana Lima", None, Some("--03-12")), &p("Ana Lima", None, Some("--04-01"))), Some(0.5));
        assert_eq!(score(&p("Ana", Some("Acme"), None), &p("Ana", Some("ACME"), None)), Some(0.65));
        assert_eq!(score(&p("Ana Lima", None, None), &p("Bea Lima", None, None)), None);
        assert_eq!(score(&p("Al Li", None, None), &p("Al Lu", None, None)), None, "short names are too easily near");
    }
}
