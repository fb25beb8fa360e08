//! The relationship book, end to end in the real window: add a person, log a coffee through Quick log (Ctrl+K),
//! record a received referral (after a bad date is refused inline), and find all three on the timeline, newest
//! first. Screenshots of People, Quick log and Person are saved under target/e2e/.

use advocates_tests::e2e::{Desktop, Options};

const CTRL: char = '\u{E009}';
const ENTER: char = '\u{E007}';
const RELEASE: char = '\u{E000}';
const BACKSPACE: char = '\u{E003}';

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_a_quick_log_and_a_referral_meet_on_the_timeline() {
    let desktop =
        Desktop::with(Options { env: vec![("ADVOCATES_NOW".into(), "2025-03-10T09:00".into())], ..Default::default() });
    let app = desktop.launch().await;
    open_page(&app, "People").await;
    app.wait_for_text(".empty", "No one here yet").await;

    // 1. A person, through the form.
    app.click("header button.primary").await;
    app.type_into("form[aria-label='Add person'] input[name='name']", "Ana Lima").await;
    app.click("form[aria-label='Add person'] input[name='circle'][value='2']").await;
    app.click("form[aria-label='Add person'] button[type='submit']").await;
    app.wait_for_text("li.person[data-person-id='ana-lima']", "Ana Lima").await;
    // A second Ana makes "Ana" ambiguous in Quick log unless the surname is given.
    app.click("header button.primary").await;
    app.type_into("form[aria-label='Add person'] input[name='name']", "Ben Okafor").await;
    app.click("form[aria-label='Add person'] button[type='submit']").await;
    app.wait_for_text("li.person[data-person-id='ben-okafor']", "Ben Okafor").await;

    // Search as you type, with a typo.
    app.type_into("input[name='search']", "okafro").await;
    app.wait_for_text("[aria-label='People']", "Ben Okafor").await;
    let rows = wait_for_count(&app, "li.person", 1).await;
    assert_eq!(rows, 1, "the typo finds Ben only");
    // Select all and delete, as a person would (a WebDriver `clear` sends no input event).
    app.wait_for("input[name='search']").await.send_keys(&format!("{CTRL}a{RELEASE}{BACKSPACE}")).await.unwrap();
    wait_for_count(&app, "li.person", 2).await;
    screenshot("people");

    // 2. Quick log from anywhere: Ctrl+K, type, see the preview, Enter.
    let search = app.wait_for("input[name='search']").await;
    search.send_keys(&format!("{CTRL}k{RELEASE}")).await.unwrap();
    app.type_into("input[name='quicklog']", "coffee with Ana yesterday 45m").await;
    let preview = app.wait_for_text("#quicklog-preview", "Ana Lima").await;
    assert!(preview.contains("45 min"), "{preview}");
    let date = app.wait_for_text("[data-testid='quicklog-date']", "9 Mar").await;
    assert!(date.contains("yesterday"), "yesterday, from the pinned today, in words: {date}");
    screenshot("quicklog");
    app.wait_for("input[name='quicklog']").await.send_keys(&ENTER.to_string()).await.unwrap();
    app.wait_for_text(".toast", "Logged coffee with Ana Lima").await;

    // A name not in the book: Quick log adds the person and logs the call in one step.
    let search = app.wait_for("input[name='search']").await;
    search.send_keys(&format!("{CTRL}k{RELEASE}")).await.unwrap();
    app.type_into("input[name='quicklog']", "call with Zed today").await;
    app.wait_for_text("#quicklog-preview", "Add Zed as a new person").await;
    app.click("#quicklog-preview input[name='add-new-0']").await;
    app.wait_for("input[name='quicklog']").await.send_keys(&ENTER.to_string()).await.unwrap();
    app.wait_for_text(".toast", "Added Zed to your book").await;
    app.wait_for_text("li.person[data-person-id='zed']", "Zed").await;

    // 3. A received referral on Ana's page; an impossible date is refused inline first, and nothing is written.
    app.click("li.person[data-person-id='ana-lima'] button").await;
    app.wait_for_text("main h1", "Ana Lima").await;
    app.click("section[aria-label='Quick actions'] button:nth-child(3)").await;
    let form = "form[aria-label='Record a favor']";
    app.wait_for(&format!("{form} input[name='direction'][value='yes']")).await;
    app.type_into(&format!("{form} input[name='date']"), "2025-02-30").await;
    app.type_into(&format!("{form} textarea[name='text']"), "Referred me to Acme").await;
    app.click(&format!("{form} button[type='submit']")).await;
    let error = app.wait_for_text(&format!("{form} .error"), "2025-02-30").await;
    assert!(error.contains("not a real day"), "{error}");
    assert!(app.texts("li.entry[data-kind='favor']").await.is_empty(), "nothing was written");
    app.type_into(&format!("{form} input[name='date']"), "2025-03-10").await;
    app.click(&format!("{form} button[type='submit']")).await;
    app.wait_for_text("li.entry[data-kind='favor']", "Referral received").await;

    // 4. All three on the timeline, newest first: the referral (today), the day she was added (today), the coffee
    // (yesterday).
    let entries = app.texts("ol[aria-label='Timeline'] li.entry").await;
    let position = |needle: &str| {
        entries.iter().position(|e| e.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in {entries:#?}"))
    };
    let (referral, added, coffee) = (position("Referral received"), position("Added to your book"), position("Coffee"));
    assert!(referral < added && added < coffee, "newest first: {entries:#?}");
    assert!(entries[coffee].contains("45 min") && entries[coffee].contains("Mar"), "{}", entries[coffee]);
    app.wait_for_text("header.head", "Last contact").await;
    let circle = app.script("return document.querySelector(\"header.head select[name='circle']\").value").await;
    assert_eq!(circle, "2", "how close, editable in place");
    app.wait_for_text("section[aria-labelledby='next-title']", "Next with Ana").await;
    screenshot("person");
    // The same page in the dark theme (the OS decides; Settings can force it).
    app.script("document.documentElement.setAttribute('data-theme', 'dark'); return null;").await;
    screenshot("person-dark");
    app.script("document.documentElement.removeAttribute('data-theme'); return null;").await;

    // 5. A goal, with the person who could help.
    open_page(&app, "Goals").await;
    app.wait_for_text("main", "No goals yet").await;
    app.click("main header button.primary").await;
    app.type_into("form[aria-label='Add goal'] input[name='title']", "Land a staff role in climate tech").await;
    app.type_into("form[aria-label='Add goal'] input[name='topics']", "climate-tech, hiring").await;
    app.type_into("form[aria-label='Add goal'] input[name='goal-person']", "ana").await;
    app.wait_for_text("ul[aria-label='Matching people']", "Ana Lima").await;
    app.click("ul[aria-label='Matching people'] button").await;
    app.wait_for_text("form[aria-label='Add goal'] .chip", "Ana Lima").await;
    app.click("form[aria-label='Add goal'] button[type='submit']").await;
    let goal = app.wait_for_text("li.goal", "Land a staff role").await;
    assert!(goal.contains("Ana Lima"), "{goal}");
    screenshot("goals");
    app.quit().await;
}

async fn wait_for_count(app: &advocates_tests::e2e::App, css: &str, n: usize) -> usize {
    for _ in 0..100 {
        let found = app.texts(css).await.len();
        if found == n {
            return found;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.texts(css).await.len()
}

/// Saves the whole X display as `target/e2e/{name}.png`. The display is read straight from Xvfb with ImageMagick's
/// `import`: WebKitWebDriver's screenshot command can stall under Xvfb here. The Xvfb is the one this test started
/// (a child of this process).
fn screenshot(name: &str) -> std::path::PathBuf {
    let me = std::process::id().to_string();
    let display = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok().map(|stat| (e.path(), stat)))
        .filter(|(_, stat)| stat.contains("(Xvfb)") && stat.split_whitespace().nth(3) == Some(me.as_str()))
        .find_map(|(path, _)| {
            let cmdline = std::fs::read_to_string(path.join("cmdline")).ok()?;
            cmdline.split('\0').find(|a| a.starts_with(':')).map(str::to_owned)
        })
        .expect("this test's Xvfb display");
    let dir = advocates_tests::repo_root().join("target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.png"));
    // Let the last keystroke's repaint land first.
    std::thread::sleep(std::time::Duration::from_millis(400));
    let status = std::process::Command::new("import")
        .args(["-display", &display, "-window", "root"])
        .arg(&path)
        .status()
        .expect("ImageMagick's import");
    assert!(status.success(), "import failed for {name}");
    println!("screenshot: {}", path.display());
    path
}

/// A generated book of 10,000 people: the list shows a window of rows however far it scrolls, and a search
/// narrows it while typing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_people_scroll_and_search() {
    let books = tempfile::tempdir().unwrap();
    let data_dir = books.path().join("data");
    let today = chrono_today();
    {
        let store = advocates_core::Store::open_in_dir(&data_dir).unwrap();
        let book = advocates_core::testkit::generate_book(10_000, 3, today);
        store.write(|tx| advocates_core::testkit::insert_book(tx, &book)).unwrap();
    }
    let desktop = Desktop::with(Options {
        env: vec![("ADVOCATES_NOW".into(), "2025-03-10T09:00".into())],
        data_dir: Some(data_dir.clone()),
        ..Default::default()
    });
    // Measured, not asserted (a shared machine is noisy): how soon Today has painted its acts, and what the app and
    // its WebKit processes hold in memory with the 10k book open. The numbers go in the README.
    let started = std::time::Instant::now();
    let app = desktop.launch().await;
    app.wait_for("#week-title").await;
    println!("measure: first paint of Today with a 10k book: {} ms", started.elapsed().as_millis());
    println!("measure: PSS of the app and its WebKit processes: {} MB", pss_mb_of(&data_dir));
    // The day's backup did not hold up the window: it is taken in the background, just after.
    let daily = data_dir.join("backups").join("advocates-2025-03-10.db");
    let waited = std::time::Instant::now();
    while !daily.exists() {
        assert!(waited.elapsed() < std::time::Duration::from_secs(60), "no daily backup at {}", daily.display());
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    println!(
        "measure: the daily backup of the 10k book was there {} ms after Today painted",
        waited.elapsed().as_millis()
    );
    open_page(&app, "People").await;
    let mut count = String::new();
    let mut shown = 0;
    for _ in 0..150 {
        count = app.texts("p.count").await.into_iter().next().unwrap_or_default();
        shown = count.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0);
        if shown > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(shown > 9_000, "the active people of the 10k book: {count:?}");
    let rows = app.texts("li.person").await.len();
    assert!(rows > 5 && rows < 100, "only a window of rows is in the page: {rows}");

    // Scroll to the very end: the last rows render, still only a window of them.
    let scrolled = app
        .script(
            "const list = document.querySelector(\"[aria-label='People'][role='region']\");
             list.scrollTop = list.scrollHeight;
             return new Promise(r => setTimeout(() => r(document.querySelectorAll('li.person').length), 300));",
        )
        .await;
    let rows = scrolled.as_u64().unwrap();
    assert!(rows > 5 && rows < 100, "{rows}");
    screenshot("people-10k");

    app.type_into("input[name='search']", "gus").await;
    let narrowed = wait_until_changed(&app, "p.count", &count).await;
    assert!(narrowed.ends_with("people") || narrowed.ends_with("person"), "{narrowed}");
    let n: usize = narrowed.split_whitespace().next().unwrap().parse().unwrap();
    assert!(n < shown, "{narrowed}");
    app.quit().await;
}

/// Clicks the sidebar button of a page, by its name.
async fn open_page(app: &advocates_tests::e2e::App, name: &str) {
    let xpath = format!("//nav//button[starts-with(normalize-space(), '{name}')]");
    let button = app
        .client
        .wait()
        .at_most(std::time::Duration::from_secs(15))
        .for_element(fantoccini::Locator::XPath(&xpath))
        .await
        .unwrap_or_else(|e| panic!("no {name} button in the sidebar: {e}"));
    button.click().await.unwrap();
}

fn chrono_today() -> advocates_core::model::Day {
    advocates_core::model::parse_day("2025-03-10").unwrap()
}

async fn wait_until_changed(app: &advocates_tests::e2e::App, css: &str, before: &str) -> String {
    for _ in 0..100 {
        let now = app.texts(css).await.into_iter().next().unwrap_or_default();
        if !now.is_empty() && now != before {
            return now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{css} stayed {before:?}");
}

/// The summed PSS (proportional set size) of every process started for this data dir: the app and the WebKit
/// processes it spawns all carry `ADVOCATES_DATA_DIR` in their environment.
fn pss_mb_of(data_dir: &std::path::Path) -> u64 {
    let marker = format!("ADVOCATES_DATA_DIR={}", data_dir.display());
    let mut kb = 0u64;
    for entry in std::fs::read_dir("/proc").unwrap().filter_map(|e| e.ok()) {
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        if !environ.split(|b| *b == 0).any(|var| var == marker.as_bytes()) {
            continue;
        }
        let comm = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
        if !(comm.starts_with("advocates") || comm.starts_with("WebKit")) {
            continue;
        }
        let rollup = std::fs::read_to_string(entry.path().join("smaps_rollup")).unwrap_or_default();
        kb += rollup
            .lines()
            .find_map(|l| l.strip_prefix("Pss:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .unwrap_or(0);
    }
    kb / 1024
}
