//! The importers against fixtures that imitate each exporter (tests/fixtures/import/), the duplicate rules, merging,
//! dry runs, the vCard round trip, and bad input of every kind.

use chrono::NaiveDate;

use super::*;
use crate::model::*;
use crate::store::{duplicates, people};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn import_bytes(store: &Store, bytes: &[u8]) -> ImportReport {
    import(store, bytes, ImportOptions::default(), today()).unwrap()
}

fn import_fixture(store: &Store, name: &str) -> ImportReport {
    import_bytes(store, &fixture(name))
}

fn everyone(store: &Store) -> Vec<Person> {
    store.read(|tx| people::ids(tx)?.iter().map(|id| people::get(tx, id)).collect()).unwrap()
}

fn named(store: &Store, name: &str) -> Person {
    everyone(store)
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {:#?}", everyone(store)))
}

fn channels(p: &Person) -> Vec<(ChannelKind, &str, Option<&str>)> {
    p.channels.iter().map(|c| (c.kind, c.value.as_str(), c.label.as_deref())).collect()
}

/// Rows of `table` matching every `(column, value)` (the SQL lives in `store::tally`).
fn count(store: &Store, table: &str, filters: &[(&str, &str)]) -> i64 {
    store.read(|tx| crate::store::tally::rows(tx, table, filters)).unwrap()
}

fn skipped(report: &ImportReport) -> Vec<(usize, &str)> {
    report.skipped.iter().map(|s| (s.line, s.reason.as_str())).collect()
}

// --- detection ---------------------------------------------------------------------------------------------------

#[test]
fn the_format_comes_from_the_content() {
    for (name, format) in [
        ("apple.vcf", Format::Vcard),
        ("outlook-2.1.vcf", Format::Vcard),
        ("thunderbird-4.0.vcf", Format::Vcard),
        ("google.vcf", Format::Vcard),
        ("Connections.csv", Format::Linkedin),
        ("google.csv", Format::Google),
        ("outlook.csv", Format::Outlook),
        ("people.csv", Format::Csv),
    ] {
        assert_eq!(detect(&fixture(name)), Some(format), "{name}");
    }
    assert_eq!(detect(br#"{"format": "advocates-archive", "version": 1}"#), Some(Format::Archive));
    assert_eq!(
        detect(b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"),
        Some(Format::Linkedin)
    );
    assert_eq!(detect(b"name;email\nAna;ana@x.org\n"), Some(Format::Csv));
    assert_eq!(detect(b"email,phone\nana@x.org,1\n"), None);
    assert_eq!(detect(b"\x00\x01\xff\xfe junk \x89PNG"), None);
    assert_eq!(detect(b""), None);
}

// --- vCard -------------------------------------------------------------------------------------------------------

#[test]
fn apple_contacts_vcard_maps_everything_the_book_keeps() {
    let store = Store::in_memory().unwrap();
    let report = import_fixture(&store, "apple.vcf");
    assert_eq!((report.format, report.added, report.merged, report.queued), (Format::Vcard, 2, 0, 0));
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let ana = named(&store, "Ana Lima");
    assert_eq!((ana.company.as_deref(), ana.title.as_deref()), (Some("Acme"), Some("CTO")));
    assert_eq!(ana.birthday.unwrap().to_string(), "--03-12", "Apple's 1604 and X-APPLE-OMIT-YEAR mean no year");
    assert_eq!(ana.dates.len(), 1);
    assert_eq!(
        (ana.dates[0].label.as_deref(), ana.dates[0].date.to_string()),
        (Some("Anniversary"), "2019-06-01".into())
    );
    assert_eq!(
        channels(&ana),
        vec![
            (ChannelKind::Email, "ana@acme.example", Some("work")),
            (ChannelKind::Email, "ana.lima@home.example", Some("Other")),
            (ChannelKind::Phone, "(415) 555-0100", Some("cell")),
            (ChannelKind::Address, "12 Rua Augusta, Lisbon, 1100-053, Portugal", Some("home")),
            (ChannelKind::Linkedin, "https://www.linkedin.com/in/ana-lima/", Some("HomePage")),
        ]
    );
    assert_eq!(ana.notes.as_deref(), Some("Two kids; training for a marathon.\nLoves sailing, and jazz."));
    assert_eq!(ana.tags, vec!["rust", "conference"]);
    assert_eq!(ana.location.as_deref(), Some("Lisbon"), "the city of the first address");
    let ben = named(&store, "Ben Okafor");
    assert_eq!(ben.birthday.unwrap().to_string(), "1985-11-02");
    assert_eq!(ben.company.as_deref(), Some("Globex"));
    assert_eq!(
        channels(&ben),
        vec![
            (ChannelKind::Email, "BEN@globex.example", Some("home")),
            (ChannelKind::Linkedin, "http://linkedin.com/in/benokafor", Some("linkedin")),
        ]
    );
    // Each new person starts their history on the day of the import.
    assert_eq!(count(&store, "person_changes", &[("on_date", "2025-03-10")]), 4);
}

#[test]
fn vcard_2_1_quoted_printable_with_charset_and_soft_breaks() {
    let store = Store::in_memory().unwrap();
    let report = import_fixture(&store, "outlook-2.1.vcf");
    assert_eq!((report.added, report.skipped.len()), (1, 0), "{report:?}");
    let j = named(&store, "Jürgen Müller");
    assert_eq!(j.birthday.unwrap().to_string(), "1988-03-12");
    let notes = j.notes.clone().unwrap();
    assert!(notes.contains("Köln fair.") && notes.ends_with("Owes me a callback."), "{notes:?}");
    assert_eq!(
        channels(&j),
        vec![
            (ChannelKind::Phone, "+49 30 901820", Some("work")),
            (ChannelKind::Phone, "+49 151 23456789", Some("cell")),
            (ChannelKind::Email, "juergen@initech.example", None),
        ]
    );
}

#[test]
fn vcard_2_1_bare_quoted_printable_and_declared_latin_1() {
    let store = Store::in_memory().unwrap();
    let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;Anna\r\n".to_vec();
    bytes.extend_from_slice(b"NOTE;CHARSET=UTF-8;QUOTED-PRINTABLE:Caf=C3=A9 on Fridays\r\nEND:VCARD\r\n");
    let report = import_bytes(&store, &bytes);
    assert_eq!((report.added, report.skipped.len()), (1, 0), "{report:?}");
    let anna = named(&store, "Anna Müller");
    assert_eq!(anna.notes.as_deref(), Some("Café on Fridays"));
}

#[test]
fn a_vcard_2_1_photo_in_bare_base64_lines_is_skipped_and_the_rest_read() {
    let store = Store::in_memory().unwrap();
    let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nowak;Ewa\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n\
                /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8Q\r\n\
                EBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=\r\n\r\n\
                TEL;CELL:+48 601 000 111\r\nEND:VCARD\r\n";
    let report = import_bytes(&store, card.as_bytes());
    assert_eq!((report.added, report.skipped.len()), (1, 0), "{report:?}");
    let ewa = named(&store, "Ewa Nowak");
    assert_eq!(channels(&ewa), vec![(ChannelKind::Phone, "+48 601 000 111", Some("cell"))]);
}

#[test]
fn vcard_4_0_and_google_vcards() {
    let store = Store::in_memory().unwrap();
    assert_eq!(import_fixture(&store, "thunderbird-4.0.vcf").added, 2);
    let chloe = named(&store, "Chloé Durand");
    assert_eq!(chloe.birthday.unwrap().to_string(), "--02-29");
    assert_eq!(chloe.dates[0].date.to_string(), "2010-05-15");
    assert_eq!(chloe.dates[0].label.as_deref(), Some("Anniversary"));
    assert!(channels(&chloe).contains(&(ChannelKind::Url, "https://chloe.example.fr", None)), "{chloe:?}");
    assert_eq!(named(&store, "Dev Patel").birthday.unwrap().to_string(), "1990-07-04");
    assert_eq!(import_fixture(&store, "google.vcf").added, 1);
    let gus = named(&store, "Gus Grant");
    assert_eq!((gus.company.as_deref(), gus.birthday.unwrap().to_string()), (Some("Hooli"), "--03-04".into()));
    assert_eq!(gus.tags, vec!["myContacts", "Mentors"]);
}

#[test]
fn unreadable_cards_are_skipped_with_line_and_reason_and_the_rest_comes_in() {
    let store = Store::in_memory().unwrap();
    let report = import_fixture(&store, "bad.vcf");
    assert_eq!(report.added, 2);
    assert_eq!(
        skipped(&report),
        vec![
            (6, "no name, company or email"),
            (10, "card is not valid UTF-8 (line 12)"),
            (14, "card has no END:VCARD before the next card"),
            (21, "card has no END:VCARD"),
        ]
    );
    let names: Vec<String> = everyone(&store).into_iter().map(|p| p.name).collect();
    assert_eq!(names, vec!["After The Cut", "Good One"]);
}

// --- CSV ---------------------------------------------------------------------------------------------------------

#[test]
fn linkedin_connections_with_the_notes_preamble() {
    let store = Store::in_memory().unwrap();
    let report = import_fixture(&store, "Connections.csv");
    assert_eq!((report.format, report.added), (Format::Linkedin, 3));
    assert_eq!(skipped(&report), vec![(9, "no name, company or email"), (10, "has 3 fields; the header has 7")]);
    let ana = named(&store, "Ana Lima");
    assert_eq!((ana.company.as_deref(), ana.title.as_deref()), (Some("Acme"), Some("Chief Technology Officer")));
    assert_eq!(ana.met_on, NaiveDate::from_ymd_opt(2023, 9, 14));
    assert_eq!(ana.how_met.as_deref(), Some("Connected on LinkedIn"));
    assert_eq!(
        channels(&ana),
        vec![
            (ChannelKind::Linkedin, "https://www.linkedin.com/in/ana-lima", None),
            (ChannelKind::Email, "ana@acme.example", None),
        ]
    );
    assert_eq!(named(&store, "Zoë Martin").company.as_deref(), Some("Initech, Inc."));
}

#[test]
fn google_contacts_csv_with_bom_numbered_columns_and_labels() {
    let store = Store::in_memory().unwrap();
    let report = import_fixture(&store, "google.csv");
    assert_eq!((report.format, report.added, report.skipped.len()), (Format::Google, 2, 0), "{report:?}");
    let pia = named(&store, "Pia Kowalski");
    assert_eq!((pia.company.as_deref(), pia.title.as_deref()), (Some("Umbrella"), Some("Head of Sales")));
    assert_eq!(pia.birthday.unwrap().to_string(), "1991-07-20");
    assert_eq!(pia.tags, vec!["Clients"], "Google's system labels stay out");
    assert_eq!(pia.notes.as_deref(), Some("Met at the\nWarsaw meetup"));
    assert_eq!(
        channels(&pia),
        vec![
            (ChannelKind::Email, "pia@umbrella.example", Some("Work")),
            (ChannelKind::Email, "pia.k@gmail.example", Some("Work")),
            (ChannelKind::Phone, "+48 601 234 567", Some("Mobile")),
            (ChannelKind::Address, "ul. Marszałkowska 1\nWarszawa", Some("Home")),
            (ChannelKind::Linkedin, "https://pl.linkedin.com/in/piakowalski", Some("Profile")),
        ]
    );
    assert_eq!(pia.dates[0].date.to_string(), "2015-09-12");
    assert_eq!(named(&store, "José García").birthday.unwrap().to_string(), "--05-01");
}

#[test]
fn the_older_google_csv_with_group_membership() {
    let store = Store::in_memory().unwrap();
    let old = "Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title\n\
               Ines Costa,Ines,,Costa,1990-02-03,,* My Contacts ::: Porto,* Home,ines@example.pt,Sonae,Buyer\n";
    let report = import_bytes(&store, old.as_bytes());
    assert_eq!((report.format, report.added), (Format::Google, 1));
    let ines = named(&store, "Ines Costa");
    assert_eq!((ines.company.as_deref(), ines.title.as_deref()), (Some("Sonae"), Some("Buyer")));
    assert_eq!(
        (ines.tags.clone(), channels(&ines)),
        (vec!["Porto".to_owned()], vec![(ChannelKind::Email, "ines@example.pt", Some("Home"))])
    );
}

#[test]
fn outlook_csv_with_us_dates_and_its_no_date() {
    let store = Store::in_memory().unwrap();
    let report = import_fixture(&store, "outlook.csv");
    assert_eq!((report.format, report.added, report.skipped.len()), (Format::Outlook, 2, 0), "{report:?}");
    let sarah = named(&store, "Sarah Connor");
    assert_eq!((sarah.company.as_deref(), sarah.title.as_deref()), (Some("Cyberdyne"), Some("Engineer")));
    assert_eq!(sarah.birthday.unwrap().to_string(), "1984-03-14");
    assert_eq!(sarah.location.as_deref(), Some("Springfield"));
    assert!(sarah.dates.is_empty(), "0/0/00 is no date");
    assert_eq!(sarah.tags, vec!["Clients", "VIP"]);
    assert_eq!(sarah.notes.as_deref(), Some("Prefers mornings"));
    assert_eq!(
        channels(&sarah),
        vec![
            (ChannelKind::Email, "sarah@cyberdyne.example", None),
            (ChannelKind::Phone, "(217) 555-0142", Some("business")),
            (ChannelKind::Phone, "217-555-0199", Some("mobile")),
            (ChannelKind::Address, "1 Main St, Springfield, IL, 62701, United States", Some("business")),
            (ChannelKind::Url, "http://cyberdyne.example", None),
        ]
    );
    let tom = named(&store, "Tom Baker");
    assert_eq!(tom.birthday, None);
    assert_eq!(tom.dates[0].date.to_string(), "2010-06-20");
}

#[test]
fn a_generic_csv_names_its_columns() {
    let store = Store::in_memory().unwrap();
    let report = import_fixture(&store, "people.csv");
    assert_eq!((report.format, report.added), (Format::Csv, 2));
    assert_eq!(skipped(&report), vec![(5, "no name, company or email")]);
    let maya = named(&store, "Maya Chen");
    assert_eq!(maya.tags, vec!["founder", "climbing"]);
    assert_eq!(maya.birthday.unwrap().to_string(), "--08-08");
    assert_eq!((maya.company.as_deref(), maya.title.as_deref()), (Some("Pied Piper"), Some("CEO")));
    assert_eq!(named(&store, "Élodie Roux").birthday.unwrap().to_string(), "1992-12-01");
    let long = format!("name,email\n{},long@x.org\nFine,fine@x.org\n", "x".repeat(2000));
    let report = import_bytes(&store, long.as_bytes());
    assert_eq!(report.added, 1);
    assert_eq!(skipped(&report), vec![(2, "name: is too long (2000 bytes; at most 1000)")]);
    let semicolons = import_bytes(&store, "First name;Last name;Email\nLi;Wei;li@example.cn\n".as_bytes());
    assert_eq!(semicolons.added, 1);
    assert_eq!(named(&store, "Li Wei").channels[0].value, "li@example.cn");
}

// --- bad input ---------------------------------------------------------------------------------------------------

fn refused(store: &Store, bytes: &[u8], format: Option<Format>) -> Error {
    let before = count(store, "people", &[]);
    let err = import(store, bytes, ImportOptions { format, dry_run: false }, today()).unwrap_err();
    assert!(err.is_user_error(), "{err}");
    assert_eq!(count(store, "people", &[]), before, "{err} wrote something");
    err
}

#[test]
fn bad_files_are_refused_with_a_clear_message_and_nothing_written() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "apple.vcf");
    for (bytes, format, message) in [
        (b"".to_vec(), None, "file: is empty"),
        (b"\xEF\xBB\xBF \r\n".to_vec(), None, "file: is empty"),
        (b"\x00\x01\xff\xfe junk \x89PNG".to_vec(), None, "file: is not in a format Advocates reads"),
        (b"email,phone\nana@x.org,1\n".to_vec(), None, "file: is not in a format Advocates reads"),
        (b"email,phone\nana@x.org,1\n".to_vec(), Some(Format::Csv), "header: has no name column"),
        (
            b"Notes:\n\"Some note\"\n\nAna,Lima,https://www.linkedin.com/in/ana\n".to_vec(),
            None,
            "header: no LinkedIn header found",
        ),
        (b"FN:Ana\nEND:VCARD\n".to_vec(), Some(Format::Vcard), "file: holds no vCard"),
        (b"name\nAna\n".to_vec(), Some(Format::Google), "header: is not Google Contacts' header"),
        (b"{\"format\": \"advocates-archive\", \"version\": 9}".to_vec(), None, "this archive is version 9"),
    ] {
        let err = refused(&store, &bytes, format);
        assert!(err.to_string().starts_with(message), "{err} does not start with {message}");
    }
    let big = vec![b'a'; MAX_BYTES + 1];
    let err = refused(&store, &big, None);
    assert_eq!(err.to_string(), "file: is 64.0 MiB; an import reads at most 64 MiB");
}

#[test]
fn a_vcard_file_whose_only_card_has_no_end_adds_nobody_and_says_why() {
    let store = Store::in_memory().unwrap();
    let report = import_bytes(&store, b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\n");
    assert_eq!((report.added, skipped(&report)), (0, vec![(1, "card has no END:VCARD")]));
}

#[test]
fn a_csv_row_with_invalid_utf8_is_skipped_alone() {
    let store = Store::in_memory().unwrap();
    let report = import_bytes(&store, b"name,email\nAna,ana@x.org\nB\xffo,bo@x.org\nCy,cy@x.org\n");
    assert_eq!(report.added, 2);
    assert_eq!(skipped(&report), vec![(3, "column \"name\" is not valid UTF-8")]);
}

// --- duplicates ----------------------------------------------------------------------------------------------------

#[test]
fn re_importing_the_same_file_adds_nobody() {
    for name in ["apple.vcf", "Connections.csv", "google.csv", "outlook.csv", "people.csv", "thunderbird-4.0.vcf"] {
        let store = Store::in_memory().unwrap();
        let first = import_fixture(&store, name);
        let before = crate::archive::export(&store, None).unwrap();
        let again = import_fixture(&store, name);
        assert_eq!((again.added, again.merged, again.queued), (0, first.added, 0), "{name}");
        assert_eq!(crate::archive::export(&store, None).unwrap(), before, "{name}: the book changed");
    }
}

#[test]
fn a_vcard_then_linkedin_merge_by_email_filling_only_what_is_empty() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "apple.vcf");
    let report = import_fixture(&store, "Connections.csv");
    assert_eq!((report.added, report.merged), (2, 1), "{report:?}");
    let ana = named(&store, "Ana Lima");
    assert_eq!(ana.title.as_deref(), Some("CTO"), "what the book had is kept");
    assert_eq!(ana.met_on, NaiveDate::from_ymd_opt(2023, 9, 14), "what it lacked is filled");
    let linkedin = ana.channels.iter().filter(|c| c.kind == ChannelKind::Linkedin).count();
    assert_eq!(linkedin, 1, "the same profile URL written two ways is one channel");
    assert_eq!(count(&store, "people", &[("name", "Ana Lima")]), 1);
}

#[test]
fn phones_match_in_e164_and_a_vcard_uid_finds_a_renamed_person() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "apple.vcf");
    let report = import_bytes(&store, b"name,phone,company\nAna L.,+1 415-555-0100,Acme\n");
    assert_eq!((report.added, report.merged), (0, 1));
    let renamed = "BEGIN:VCARD\nVERSION:3.0\nFN:Benjamin Okafor-Smith\nUID:5A1F-BEN-0002\nTITLE:VP\nEND:VCARD\n";
    let report = import_bytes(&store, renamed.as_bytes());
    assert_eq!((report.added, report.merged), (0, 1));
    assert_eq!(named(&store, "Ben Okafor").title.as_deref(), Some("VP"));
    // In another region, the same digits are another number.
    store.write(|tx| crate::store::settings::set_value(tx, "phone_region", &"GB")).unwrap();
    assert_eq!(import_bytes(&store, b"name,phone\nZed,(415) 555-0100\n").added, 1);
}

#[test]
fn near_matches_are_kept_apart_and_queued_with_their_reasons() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "Connections.csv"); // Robert Smith, Globex
    import_fixture(&store, "google.csv"); // José García
    let report = import_bytes(
        &store,
        "name,company,email\nBob Smith,Globex,bob@home.example\nJose Garcia,,jg@example.org\nKatherine Jonhson,,k1@x.org\nKatherine Johnson,,k2@x.org\nRobert Smyth,Initech,rs@x.org\nAna,,a1@x.org\nAna,,a2@x.org\n"
            .as_bytes(),
    );
    assert_eq!(report.added, 7, "near matches are never merged");
    let pairs = store.read(duplicates::list).unwrap();
    let mut shown: Vec<(String, f64, Vec<String>)> =
        pairs.iter().map(|p| (format!("{} ~ {}", p.people[0], p.people[1]), p.score, p.reasons.clone())).collect();
    shown.sort_by(|a, b| a.0.cmp(&b.0));
    let reasons = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        shown,
        vec![
            (
                "bob-smith ~ robert-smith".to_owned(),
                0.85,
                reasons(&["same name but for a nickname (bob ~ robert)", "same company"])
            ),
            ("jose-garcia ~ jose-garcia-2".to_owned(), 0.8, reasons(&["same name"])),
            ("katherine-johnson ~ katherine-jonhson".to_owned(), 0.6, reasons(&["names 1 letter apart"])),
            ("robert-smith ~ robert-smyth".to_owned(), 0.6, reasons(&["names 1 letter apart"])),
        ],
    );
    assert_eq!(report.queued, 4, "{shown:#?}");
    assert!(pairs.windows(2).all(|w| w[0].score >= w[1].score), "strongest first");
    // One-word names alike, with nothing else in common, are not enough.
    assert!(!shown.iter().any(|(pair, _, _)| pair.starts_with("ana")));
}

#[test]
fn not_duplicates_is_remembered_by_imports_and_scans() {
    let store = Store::in_memory().unwrap();
    import_bytes(&store, b"name,company\nMaya Chen,Pied Piper\n");
    let report = import_bytes(&store, b"name,company\nMaya Chen,Pied Piper\n");
    assert_eq!((report.added, report.queued), (1, 1));
    store.write(|tx| dedupe::not_duplicates(tx, "maya-chen-2", "maya-chen")).unwrap();
    assert!(store.read(duplicates::list).unwrap().is_empty());
    assert!(store.write(dedupe::scan).unwrap().is_empty(), "a scan does not bring the pair back");
    let report = import_bytes(&store, b"name,company\nMaya Chen,Pied Piper\n");
    assert_eq!(report.queued, 2, "the third Maya is new to both");
    let pairs = store.read(duplicates::list).unwrap();
    assert!(pairs.iter().all(|p| p.people != ["maya-chen".to_owned(), "maya-chen-2".to_owned()]));
    let err = store.write(|tx| dedupe::not_duplicates(tx, "maya-chen", "nobody")).unwrap_err();
    assert_eq!(err.code(), "not_found");
}

#[test]
fn a_scan_finds_people_sharing_an_email_and_near_names_without_comparing_everyone() {
    let store = Store::in_memory().unwrap();
    store
        .write(|tx| {
            let mut a = Person::new("a", "Ana Lima");
            a.channels.push(Channel { kind: ChannelKind::Email, value: "ANA@x.org".into(), label: None });
            let mut b = Person::new("b", "A. Lima");
            b.channels.push(Channel { kind: ChannelKind::Email, value: "ana@x.org".into(), label: None });
            people::insert(tx, &a)?;
            people::insert(tx, &b)?;
            people::insert(tx, &Person::new("c", "Ana  Lima"))?;
            people::insert(tx, &Person::new("d", "Somebody Else"))
        })
        .unwrap();
    let pairs = store.write(dedupe::scan).unwrap();
    let shown: Vec<(&str, &str, f64)> =
        pairs.iter().map(|p| (p.people[0].as_str(), p.people[1].as_str(), p.score)).collect();
    assert_eq!(shown, vec![("a", "b", 1.0), ("a", "c", 0.8)]);
    assert_eq!(pairs[0].reasons, vec!["same email"]);
}

#[test]
fn merge_moves_every_record_to_the_kept_person() {
    use crate::store::{events, favors, feedback, follow_ups, goals, interactions};
    use crate::validate::at;
    let store = Store::in_memory().unwrap();
    let day = |d: &str| parse_day(d).unwrap();
    store
        .write(|tx| {
            let mut keep = Person::new("ana", "Ana Lima");
            keep.title = Some("CTO".into());
            keep.circle = 3;
            keep.channels.push(Channel { kind: ChannelKind::Email, value: "ana@acme.example".into(), label: None });
            keep.tags = vec!["rust".into()];
            keep.notes = Some("Marathon.".into());
            let mut other = Person::new("ana2", "Ana L.");
            other.title = Some("Chief".into());
            other.company = Some("Acme".into());
            other.circle = 2;
            other.stage = Stage::Ally;
            other.power = true;
            other.birthday = AnnualDate::parse("--03-12");
            other.channels.push(Channel { kind: ChannelKind::Email, value: "ANA@acme.example".into(), label: None });
            other.channels.push(Channel { kind: ChannelKind::Phone, value: "+351 912 345 678".into(), label: None });
            other.tags = vec!["Rust".into(), "sailing".into()];
            other.notes = Some("Two kids.".into());
            other.dates.push(RecurringDate {
                id: "ana2-w".into(),
                label: Some("Wedding".into()),
                date: AnnualDate::parse("2019-06-01").unwrap(),
            });
            other.needs.push(Need {
                id: "n1".into(),
                topic: "hire".into(),
                text: None,
                since: day("2025-01-01"),
                until: None,
            });
            people::add(tx, keep, day("2024-01-01"))?;
            people::add(tx, other, day("2024-02-01"))?;
            people::insert(tx, &Person::new("ben", "Ben"))?;
            people::insert(tx, &Person::new("cy", "Cy"))?;
            let i = |id: &str, date: &str, with: &[&str]| Interaction {
                id: id.into(),
                date: day(date),
                kind: InteractionKind::Coffee,
                with: with.iter().map(|s| s.to_string()).collect(),
                initiator: Initiator::Me,
                minutes: None,
                summary: None,
            };
            interactions::insert(tx, &at(""), &i("solo", "2025-03-01", &["ana2"]))?;
            interactions::insert(tx, &at(""), &i("both", "2025-02-01", &["ana", "ana2"]))?;
            interactions::insert(tx, &at(""), &i("trio", "2025-01-01", &["ben", "ana2"]))?;
            events::insert(
                tx,
                &at(""),
                &Event {
                    id: "e1".into(),
                    person: "ana2".into(),
                    date: day("2025-01-05"),
                    kind: EventKind::NewJob,
                    detail: None,
                },
            )?;
            favors::insert(
                tx,
                &at(""),
                &Favor {
                    id: "f1".into(),
                    from: "ana2".into(),
                    to: ME.into(),
                    date: day("2025-01-06"),
                    kind: FavorKind::Referral,
                    detail: None,
                    thanked_on: None,
                    outcome: None,
                },
            )?;
            follow_ups::insert(
                tx,
                &at(""),
                &FollowUp {
                    id: "u1".into(),
                    person: "ana2".into(),
                    mine: true,
                    text: "Send deck".into(),
                    due: day("2025-03-20"),
                    until: None,
                    done_on: None,
                },
            )?;
            goals::insert(
                tx,
                &at(""),
                &Goal {
                    id: "g1".into(),
                    title: "G1".into(),
                    topics: vec![],
                    priority: 2,
                    active: true,
                    people: vec!["ana".into(), "ana2".into()],
                },
            )?;
            goals::insert(
                tx,
                &at(""),
                &Goal {
                    id: "g2".into(),
                    title: "G2".into(),
                    topics: vec![],
                    priority: 2,
                    active: true,
                    people: vec!["ben".into(), "ana2".into()],
                },
            )?;
            feedback::append(
                tx,
                &at(""),
                &Feedback {
                    suggestion: "check_in:ana2:2025-01-20".into(),
                    action: FeedbackAction::Dismissed,
                    on: day("2025-01-21"),
                    reason: Some(DismissReason::NotThisPerson),
                    until: None,
                },
            )?;
            crate::store::feedback::mark_shown(tx, &["check_in:ana2:2025-01-20".into()], day("2025-01-20"))?;
            crate::store::person_keys::add(tx, "ana2", "uid:ANA-2")?;
            duplicates::queue(tx, "ana", "ana2", 0.7, &["same name".into()])?;
            duplicates::queue(tx, "ana2", "cy", 0.6, &["names 2 letters apart".into()])?;
            crate::store::distinct_people::remember(tx, "ana2", "ben")
        })
        .unwrap();

    let merged = store.write(|tx| dedupe::merge(tx, "ana", "ana2", today())).unwrap();
    assert_eq!(merged.id, "ana");
    assert_eq!((merged.title.as_deref(), merged.company.as_deref()), (Some("CTO"), Some("Acme")), "kept, then filled");
    assert_eq!((merged.circle, merged.peak_circle, merged.stage, merged.power), (2, Some(2), Stage::Ally, true));
    assert_eq!(merged.birthday.unwrap().to_string(), "--03-12");
    assert_eq!(merged.channels.len(), 2, "the same email in two cases is one channel");
    assert_eq!(merged.tags, vec!["rust", "sailing"]);
    assert_eq!(merged.notes.as_deref(), Some("Marathon.\n\nTwo kids."));
    assert_eq!((merged.dates[0].id.as_str(), merged.needs[0].id.as_str()), ("ana2-w", "n1"));

    let q = |table: &str, filters: &[(&str, &str)]| count(&store, table, filters);
    assert_eq!(q("people", &[("id", "ana2")]), 0);
    for table in
        ["interaction_people", "events", "favors", "follow_ups", "goal_people", "person_changes", "person_keys"]
    {
        assert_eq!(q(table, &[("person_id", "ana2")]), 0, "{table}");
    }
    assert_eq!(q("interaction_people", &[("person_id", "ana")]), 3);
    assert_eq!(q("interaction_people", &[("interaction_id", "both")]), 1);
    assert_eq!(q("interaction_people", &[("interaction_id", "trio")]), 2);
    assert_eq!(q("events", &[("person_id", "ana")]), 1);
    assert_eq!(q("favors", &[("person_id", "ana")]), 1);
    assert_eq!(q("follow_ups", &[("person_id", "ana")]), 1);
    assert_eq!(q("goal_people", &[("person_id", "ana")]), 2);
    assert_eq!(q("person_changes", &[("person_id", "ana")]), 2 + 2 + 2, "both histories, then the merge's");
    assert_eq!(q("person_keys", &[("person_id", "ana"), ("key", "uid:ANA-2")]), 1);
    assert_eq!(q("feedback", &[("suggestion", "check_in:ana:2025-01-20")]), 1);
    assert_eq!(q("suggestion_shown", &[("suggestion", "check_in:ana:2025-01-20")]), 1);
    assert_eq!(q("last_contacts", &[("person_id", "ana")]), 1);
    assert_eq!(
        q("last_contacts", &[("person_id", "ana"), ("date", "2025-03-01")]),
        1,
        "the last contact follows the interactions"
    );
    let pairs = store.read(duplicates::list).unwrap();
    assert_eq!(pairs.len(), 1);
    assert_eq!(pairs[0].people, ["ana".to_owned(), "cy".to_owned()]);
    assert!(store.read(|tx| crate::store::distinct_people::contains(tx, "ana", "ben")).unwrap());

    // The book is still a valid archive, and merging someone into themselves or into nobody is refused.
    let archive = crate::archive::export(&store, None).unwrap();
    let copy = Store::in_memory().unwrap();
    crate::archive::import_json(&copy, &archive).unwrap();
    assert_eq!(store.write(|tx| dedupe::merge(tx, "ana", "ana", today())).unwrap_err().code(), "invalid");
    assert_eq!(store.write(|tx| dedupe::merge(tx, "ana", "zed", today())).unwrap_err().code(), "not_found");
}

// --- dry run, archive, round trip ----------------------------------------------------------------------------------

#[test]
fn a_dry_run_reports_the_same_and_writes_nothing() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "apple.vcf");
    let before = crate::archive::export(&store, None).unwrap();
    let dry = ImportOptions { format: None, dry_run: true };
    let report = import(&store, &fixture("Connections.csv"), dry, today()).unwrap();
    assert_eq!((report.added, report.merged, report.skipped.len()), (2, 1, 2));
    assert_eq!(crate::archive::export(&store, None).unwrap(), before);
    let real = import_fixture(&store, "Connections.csv");
    assert_eq!(real, report);
    let archive = br#"{"format": "advocates-archive", "version": 1, "people": [{"id": "zed", "name": "Zed"}]}"#;
    let report = import(&Store::in_memory().unwrap(), archive, dry, today()).unwrap();
    assert_eq!((report.format, report.added), (Format::Archive, 1));
}

// --- the app's side: batches, undo, progress, preview, merge with choices ---------------------------------------

fn import_batch(store: &Store, name: &str) -> Imported {
    import_with(store, &fixture(name), ImportOptions::default(), today(), name, &mut |_, _| {}).unwrap()
}

fn coffee_with(store: &Store, id: &str, person: &str) {
    let interaction = Interaction {
        id: id.into(),
        date: today(),
        kind: InteractionKind::Coffee,
        with: vec![person.into()],
        initiator: Initiator::Me,
        minutes: None,
        summary: None,
    };
    store.write(|tx| crate::store::interactions::insert(tx, &crate::validate::at(""), &interaction)).unwrap();
}

#[test]
fn an_import_is_undone_whole_its_new_people_removed_and_the_people_it_filled_in_restored() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "apple.vcf");
    let before = crate::archive::export(&store, None).unwrap();
    let imported = import_batch(&store, "Connections.csv");
    assert_eq!((imported.report.added, imported.report.merged), (2, 1));
    assert_eq!(imported.added_ids.len(), 2);
    assert!(named(&store, "Ana Lima").met_on.is_some(), "LinkedIn filled in Ana's connection date");
    let batch = imported.batch.expect("a contacts import is a batch");
    let undone = store.write(|tx| undo(tx, batch, today())).unwrap();
    assert_eq!(undone, UndoneImport { removed: 2, restored: 1 });
    assert_eq!(crate::archive::export(&store, None).unwrap(), before, "the book is as it was before the import");
    let again = store.write(|tx| undo(tx, batch, today())).unwrap_err();
    assert_eq!(again.code(), "not_found", "an import is undone once");
}

#[test]
fn undo_is_refused_while_a_newcomer_has_a_record_and_then_nothing_changes() {
    let store = Store::in_memory().unwrap();
    let imported = import_batch(&store, "Connections.csv");
    let zoe = named(&store, "Zoë Martin");
    coffee_with(&store, "c1", &zoe.id);
    let before = crate::archive::export(&store, None).unwrap();
    let err = store.write(|tx| undo(tx, imported.batch.unwrap(), today())).unwrap_err();
    assert_eq!(err.path(), Some("import"));
    assert!(err.to_string().contains("Zoë Martin has 1 interaction since it"), "{err}");
    assert_eq!(crate::archive::export(&store, None).unwrap(), before, "a refused undo changes nothing");
    // Once the record is gone, the import can be undone.
    store.write(|tx| crate::store::interactions::delete(tx, "c1")).unwrap();
    store.write(|tx| undo(tx, imported.batch.unwrap(), today())).unwrap();
    assert_eq!(count(&store, "people", &[]), 0);
}

#[test]
fn undo_is_refused_when_a_person_it_filled_in_was_edited_since() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "apple.vcf");
    let imported = import_batch(&store, "Connections.csv");
    let mut ana = named(&store, "Ana Lima");
    ana.location = Some("Porto".into());
    store.write(|tx| people::update(tx, &ana, today())).unwrap();
    let err = store.write(|tx| undo(tx, imported.batch.unwrap(), today())).unwrap_err();
    assert!(err.to_string().contains("Ana Lima was edited since it"), "{err}");
    assert_eq!(named(&store, "Ana Lima").location.as_deref(), Some("Porto"));
    assert_eq!(count(&store, "people", &[]), 4, "the newcomers are still there");
}

#[test]
fn a_newcomer_merged_with_someone_leaves_its_import() {
    let store = Store::in_memory().unwrap();
    store.write(|tx| people::add(tx, Person::new("bob", "Bob Smith"), today())).unwrap();
    let imported = import_batch(&store, "Connections.csv");
    let robert = named(&store, "Robert Smith");
    store.write(|tx| dedupe::merge(tx, &robert.id, "bob", today())).unwrap();
    store.write(|tx| undo(tx, imported.batch.unwrap(), today())).unwrap();
    assert_eq!(everyone(&store).iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Robert Smith"]);
}

#[test]
fn only_the_most_recent_imports_stay_undoable() {
    let store = Store::in_memory().unwrap();
    let batches: Vec<i64> = (0..6)
        .map(|i| {
            let csv = format!("name,email\nPerson {i},p{i}@example.org\n");
            import_with(&store, csv.as_bytes(), ImportOptions::default(), today(), "", &mut |_, _| {})
                .unwrap()
                .batch
                .unwrap()
        })
        .collect();
    assert_eq!(count(&store, "import_batches", &[]), crate::store::import_batches::KEPT);
    let oldest = store.write(|tx| undo(tx, batches[0], today())).unwrap_err();
    assert_eq!(oldest.code(), "not_found");
    assert_eq!(store.write(|tx| undo(tx, batches[1], today())).unwrap().removed, 1);
    assert_eq!(count(&store, "people", &[]), 5);
}

#[test]
fn not_the_same_person_can_be_taken_back() {
    let store = Store::in_memory().unwrap();
    import_bytes(&store, b"name,company\nAna Lima,Acme\nAna Lima,Acme\n");
    let pair = store.read(duplicates::list).unwrap().remove(0);
    let [a, b] = &pair.people;
    store.write(|tx| dedupe::not_duplicates(tx, a, b)).unwrap();
    assert!(store.write(dedupe::scan).unwrap().is_empty());
    store.write(|tx| dedupe::undo_not_duplicates(tx, a, b)).unwrap();
    assert_eq!(store.write(dedupe::scan).unwrap(), vec![pair]);
}

#[test]
fn progress_is_reported_about_a_hundred_times_up_to_the_total() {
    let store = Store::in_memory().unwrap();
    let mut csv = String::from("name,email\n");
    for i in 0..1000 {
        csv.push_str(&format!("Person {i},p{i}@example.org\n"));
    }
    let mut calls = Vec::new();
    import_with(&store, csv.as_bytes(), ImportOptions::default(), today(), "", &mut |done, total| {
        calls.push((done, total))
    })
    .unwrap();
    assert_eq!(calls.first(), Some(&(0, 1000)));
    assert_eq!(calls.last(), Some(&(1000, 1000)));
    assert!(calls.windows(2).all(|w| w[0].0 < w[1].0), "progress only moves forward");
    assert!((100..=102).contains(&calls.len()), "{} calls", calls.len());
}

#[test]
fn a_preview_gives_the_dry_run_and_the_first_rows_and_writes_nothing() {
    let store = Store::in_memory().unwrap();
    import_fixture(&store, "apple.vcf");
    let before = crate::archive::export(&store, None).unwrap();
    let batches = count(&store, "import_batches", &[]);
    let mut calls = Vec::new();
    let preview =
        preview_with(&store, &fixture("Connections.csv"), None, today(), &mut |d, t| calls.push((d, t))).unwrap();
    assert_eq!((calls.first(), calls.last()), (Some(&(0, 4)), Some(&(4, 4))), "the dry run reports its progress");
    assert_eq!(preview.report.format, Format::Linkedin);
    assert_eq!((preview.report.added, preview.report.merged, preview.report.skipped.len()), (2, 1, 2));
    assert_eq!(preview.total, 5);
    let names: Vec<&str> = preview.first.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ana Lima", "Zoë Martin", "Robert Smith"]);
    assert_eq!(preview.first[0].contact.as_deref(), Some("ana@acme.example"));
    assert_eq!(preview.first[1].company.as_deref(), Some("Initech, Inc."));
    assert_eq!(crate::archive::export(&store, None).unwrap(), before);
    assert_eq!(count(&store, "import_batches", &[]), batches, "a preview is no import");
}

#[test]
fn a_merge_takes_the_values_the_user_chose_from_the_other() {
    let store = Store::in_memory().unwrap();
    let mut a = Person::new("ana", "Ana Lima");
    a.title = Some("CTO".into());
    a.company = Some("Acme".into());
    let mut b = Person::new("ana-2", "Ana Lima Souza");
    b.title = Some("Chief Technology Officer".into());
    b.location = Some("Porto".into());
    store.write(|tx| people::add(tx, a, today())).unwrap();
    store.write(|tx| people::add(tx, b, today())).unwrap();
    let choices = [dedupe::MergeField::Name, dedupe::MergeField::Title, dedupe::MergeField::Company];
    let kept = store.write(|tx| dedupe::merge_with(tx, "ana", "ana-2", &choices, today())).unwrap();
    assert_eq!(kept.id, "ana");
    assert_eq!(kept.name, "Ana Lima Souza");
    assert_eq!(kept.title.as_deref(), Some("Chief Technology Officer"));
    assert_eq!(kept.company.as_deref(), Some("Acme"), "a value the other lacks stays");
    assert_eq!(kept.location.as_deref(), Some("Porto"), "an empty field is filled either way");
    assert_eq!(count(&store, "people", &[]), 1);
}

#[test]
fn the_archive_path_stays_strict_and_all_or_nothing() {
    let store = Store::in_memory().unwrap();
    let good = br#"{"format": "advocates-archive", "version": 1, "people": [{"id": "zed", "name": "Zed"}]}"#;
    assert_eq!(import_bytes(&store, good).added, 1);
    let bad = br#"{"format": "advocates-archive", "version": 1, "people": [{"id": "yan", "name": "Yan"}, {"id": "zed", "name": "Again"}]}"#;
    let err = refused(&store, bad, None);
    assert_eq!(err.path(), Some("people[1].id"));
}

#[test]
fn a_vcard_export_imported_into_an_empty_book_gives_back_the_same_people() {
    let store = Store::in_memory().unwrap();
    for name in ["apple.vcf", "outlook-2.1.vcf", "thunderbird-4.0.vcf", "Connections.csv", "google.csv", "outlook.csv"]
    {
        import_fixture(&store, name);
    }
    store
        .write(|tx| {
            let mut p = Person::new("odd", "Odd; Name, With \\ Escapes");
            p.location = Some("Lisbon".into());
            p.channels.push(Channel { kind: ChannelKind::Other, value: "@odd on Signal".into(), label: Some("signal, mostly".into()) });
            p.notes = Some("Line one\nLine two; with: punctuation, and a very long line that certainly needs folding because it goes on and on past seventy-five octets — with ünïcödé too.".into());
            people::add(tx, p, today()).map(|_| ())
        })
        .unwrap();
    let text = vcard::export(&store).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), everyone(&store).len());
    assert!(text.contains("VERSION:4.0"));
    let copy = Store::in_memory().unwrap();
    let report = import_bytes(&copy, text.as_bytes());
    assert_eq!((report.added, report.merged, report.skipped.len()), (everyone(&store).len(), 0, 0));
    let (a, b) = (everyone(&store), everyone(&copy));
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y);
    }
    assert_eq!(a.len(), b.len());
    // The export imported back into the book it came from finds everyone by their UID, even without an email.
    let again = import_bytes(&store, text.as_bytes());
    assert_eq!((again.added, again.merged, again.queued), (0, a.len(), 0));
    assert_eq!(everyone(&store), a);
}

// --- robustness ------------------------------------------------------------------------------------------------------

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn vcard_like() -> impl Strategy<Value = String> {
        let line = prop_oneof![
            Just("BEGIN:VCARD".to_owned()),
            Just("END:VCARD".to_owned()),
            Just("VERSION:2.1".to_owned()),
            Just("VERSION:4.0".to_owned()),
            "[A-Z.;=:-]{0,12}:[ -~]{0,20}",
            "BDAY[;A-Z=-]{0,10}:[-0-9TZ:]{0,12}",
            "N;ENCODING=QUOTED-PRINTABLE;CHARSET=[A-Z0-9-]{0,8}:[=A-F0-9;]{0,20}",
            "item[0-9]\\.(EMAIL|X-ABLabel|X-ABDATE):[ -~]{0,12}",
            " [ -~]{0,10}",
        ];
        prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\r\n"))
    }

    fn csv_like() -> impl Strategy<Value = String> {
        let header = prop_oneof![
            Just("Notes:\n\"x\ny\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On".to_owned()),
            Just("First Name,Last Name,E-mail 1 - Value,Labels,Birthday,Event 1 - Value".to_owned()),
            Just("First Name,Last Name,E-mail Address,Business Phone,Birthday,Categories".to_owned()),
            Just("name,email,phone,birthday,tags".to_owned()),
        ];
        (header, prop::collection::vec("[ -~\"\n,;:é]{0,40}", 0..10))
            .prop_map(|(h, rows)| format!("{h}\n{}", rows.join("\n")))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = detect(&bytes);
            for format in Format::ALL.iter().copied().filter(|f| *f != Format::Archive) {
                let _ = read(&bytes, Some(format));
            }
        }

        #[test]
        fn on_vcard_like_text(text in vcard_like()) {
            let store = Store::in_memory().unwrap();
            let _ = import(&store, text.as_bytes(), ImportOptions::default(), today());
        }

        #[test]
        fn on_csv_like_text(text in csv_like()) {
            let store = Store::in_memory().unwrap();
            let _ = import(&store, text.as_bytes(), ImportOptions::default(), today());
        }
    }
}
