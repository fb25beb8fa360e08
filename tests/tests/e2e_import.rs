//! Contacts import, end to end in the real window. The native file picker cannot be driven by WebDriver, so the
//! debug build's `ADVOCATES_E2E_PICK_FILE` answers it with a file this test writes (and rewrites between imports).
//! A vCard with accents, CRLF, a folded and a quoted-printable line comes into an empty book from Today's welcome:
//! the preview's numbers, the summary, Undo removing them all; again, then triage of the newcomers with one key
//! each. Then a LinkedIn CSV of 2,000 connections from People: the progress bar, one person merged by email, one
//! near match queued, merged through the Possible duplicates view with the m key. Screenshots under target/e2e/.

use std::path::Path;

use advocates_tests::e2e::{App, Desktop, Options};
use fantoccini::Locator;

const VCARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Álvarez;José;;;\r\nFN:José Álvarez\r\nORG:Acme\r\n\
TITLE:Head of Pro\r\n duct\r\nEMAIL;TYPE=work:jose@acme.example\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Martin;Zo=C3=AB;;;\r\n\
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB Martin\r\nTEL;CELL:+44 20 7946 0958\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Lima\r\nEMAIL:ana@lima.example\r\nBDAY:--0312\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a card with nothing to call anyone by\r\nEND:VCARD\r\n";

/// LinkedIn's export: its "Notes:" preamble, then `n` connections with names far apart (no near matches among
/// them), Ana again by her email (merged), and Jose Alvarez at Acme without the accents (a possible duplicate).
fn linkedin(n: usize) -> String {
    let mut csv = String::from(
        "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n\
         Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@lima.example,Lima Labs,Founder,14 Sep 2023\r\n\
         Jose,Alvarez,https://www.linkedin.com/in/jose-alvarez,,Acme,Head of Product,02 Jan 2024\r\n",
    );
    let word = |mut x: usize, first: char| {
        let mut w = String::from(first);
        for _ in 0..5 {
            w.push((b'a' + (x % 26) as u8) as char);
            x /= 26;
        }
        w
    };
    for i in 0..n {
        let (first, last) = (word(i * 7919 + 17, 'K'), word(i * 104_729 + 3, 'V'));
        csv.push_str(&format!("{first},{last},https://www.linkedin.com/in/p{i},,Firm {i},Engineer,01 Feb 2020\r\n"));
    }
    csv
}

async fn button(app: &App, text: &str) -> fantoccini::elements::Element {
    let xpath = format!("//button[starts-with(normalize-space(), '{text}')]");
    app.client
        .wait()
        .at_most(std::time::Duration::from_secs(30))
        .for_element(Locator::XPath(&xpath))
        .await
        .unwrap_or_else(|e| panic!("no button {text:?}: {e}"))
}

async fn press(app: &App, text: &str) {
    button(app, text).await.click().await.unwrap_or_else(|e| panic!("click {text:?}: {e}"));
}

async fn key(app: &App, keys: &str) {
    app.wait_for("body").await.send_keys(keys).await.unwrap();
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contacts_come_in_through_the_window_are_undone_sorted_and_their_duplicates_merged() {
    let files = tempfile::tempdir().unwrap();
    let picked = files.path().join("contacts-export");
    write(&picked, VCARD);
    let desktop = Desktop::with(Options {
        env: vec![
            ("ADVOCATES_NOW".into(), "2025-03-10T09:00".into()),
            ("ADVOCATES_E2E_PICK_FILE".into(), picked.to_string_lossy().into_owned()),
        ],
        ..Default::default()
    });
    let app = desktop.launch().await;

    // 1. From the empty book's welcome: pick → the preview, before anything is written.
    app.wait_for_text("#welcome-title", "Welcome to Advocates").await;
    press(&app, "Import contacts…").await;
    let preview = app.wait_for_text("section[aria-label='Preview']", "Nothing is written yet").await;
    assert!(preview.contains("Found a vCard file — 4 contacts in the file"), "{preview}");
    let counts = app.wait_for_text("[aria-label='What the import will do']", "will be added").await;
    assert!(counts.contains("3 new people will be added"), "{counts}");
    assert!(counts.contains("0 will be merged"), "{counts}");
    assert!(counts.contains("1 will be skipped"), "{counts}");
    let rows = app.texts("table.first tbody tr").await;
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows[0].contains("José Álvarez") && rows[0].contains("jose@acme.example"), "{rows:?}");
    assert!(rows[1].contains("Zoë Martin") && rows[1].contains("+44 20 7946 0958"), "{rows:?}");
    app.wait_for_text(".skipped", "Line 22: ").await;
    app.screenshot("import-preview").await;

    // 2. Import → the summary → Undo removes all three.
    press(&app, "Import 3 people").await;
    let summary = app.wait_for_text("[aria-label='What the import did']", "added").await;
    assert!(summary.contains("3 new people added"), "{summary}");
    app.wait_for_attr("section[aria-label='Imported']", "data-progress", "4/4").await;
    app.screenshot("import-summary").await;
    press(&app, "Undo import").await;
    app.wait_for_text("section[aria-label='Import undone']", "Import undone: 3 people removed.").await;
    app.open_page("People").await;
    app.wait_for_text(".empty", "No one here yet").await;

    // 3. Again from People, then sort the newcomers: Close 15 for José (2), archive Zoë (a), skip Ana (space).
    press(&app, "Import contacts…").await;
    press(&app, "Import 3 people").await;
    press(&app, "Sort the newcomers").await;
    app.wait_for_text("section[aria-label='Newcomer'] h2", "José Álvarez").await;
    app.wait_for_text("section[aria-label='Newcomer']", "Head of Product at Acme").await;
    app.screenshot("import-triage").await;
    key(&app, "2").await;
    app.wait_for_text("section[aria-label='Newcomer'] h2", "Zoë Martin").await;
    key(&app, "a").await;
    app.wait_for_text("section[aria-label='Newcomer'] h2", "Ana Lima").await;
    key(&app, " ").await;
    let sorted = app.wait_for_text("section[aria-label='Sorted']", "All 3 sorted").await;
    assert!(sorted.contains("1 placed in a circle, 1 archived, 1 skipped"), "{sorted}");

    // 4. LinkedIn's 2,000 connections from People: the preview, then the progress bar, then the summary.
    write(&picked, &linkedin(2000));
    app.open_page("People").await;
    app.wait_for_text("li.person[data-person-id='jose-alvarez']", "Close 15").await;
    press(&app, "Import contacts…").await;
    let preview = app.wait_for_text("section[aria-label='Preview']", "LinkedIn connections").await;
    assert!(preview.contains("2002 contacts in the file"), "{preview}");
    let counts = app.wait_for_text("[aria-label='What the import will do']", "will be added").await;
    assert!(counts.contains("2001 new people will be added"), "{counts}");
    assert!(counts.contains("1 will be merged"), "{counts}");
    assert!(counts.contains("1 pair looks like the same person"), "{counts}");
    press(&app, "Import 2002 people").await;
    app.wait_for("progress[aria-label='Import progress']").await;
    app.screenshot("import-progress").await;
    let summary = app.wait_for_text("[aria-label='What the import did']", "added").await;
    assert!(summary.contains("2001 new people added") && summary.contains("1 merged"), "{summary}");
    let progress = app.wait_for("section[aria-label='Imported']").await.attr("data-progress").await.unwrap();
    let (done, total) = progress.as_deref().and_then(|p| p.split_once('/')).expect("progress done/total");
    assert_eq!(total, "2002", "{progress:?}");
    assert!(done.parse::<usize>().unwrap() > 0, "{progress:?}");
    button(&app, "Sort the 2001 newcomers").await;

    // 5. The possible duplicate, side by side: keep the accents (the default), merge with m; the pair is gone.
    press(&app, "Review 1 possible duplicate").await;
    let pair = app.wait_for_text("section[aria-label='Pair']", "Jose Alvarez").await;
    assert!(pair.contains("José Álvarez") && pair.contains("jose@acme.example"), "{pair}");
    app.screenshot("import-duplicates").await;
    key(&app, "m").await;
    app.wait_for_text("[role='alertdialog']", "Merge them into one José Álvarez?").await;
    app.screenshot("import-merge-confirm").await;
    key(&app, "\u{E007}").await;
    app.wait_for_text("h2", "No possible duplicates").await;
    app.wait_for_text(".toast", "Merged into José Álvarez").await;
    app.open_page("People").await;
    app.type_into("input[name='search']", "alvarez").await;
    app.wait_for_text("[aria-label='People']", "José Álvarez").await;
    for _ in 0..50 {
        if app.texts("li.person").await.len() == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let found = app.texts("li.person").await;
    assert_eq!(found.len(), 1, "one José after the merge: {found:?}");
    assert!(found[0].contains("Close 15"), "the merge kept the circle set in triage: {found:?}");
    app.screenshot("import-merged").await;
    app.quit().await;
}
