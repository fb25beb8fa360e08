//! Updates in the real window: the app (a debug build, pointed at a loopback release server by
//! `ADVOCATES_UPDATE_ENDPOINT`) makes no request on its own — not at launch, not on opening Settings — and on
//! "Check for updates" shows the newer version the server's `latest.json` offers. Settings' About shows the app's
//! one version. Switching on the weekly check makes one request and a notification, and no more that week.
//! (Signature checking of the download is tested in `src-tauri/tests/updates.rs`.)

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use advocates_tests::e2e::{Desktop, Options};

/// Serves `manifest` at any path on 127.0.0.1 and counts the requests; returns (manifest URL, request counter).
fn release_server(manifest: String) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/latest.json", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
                line.clear();
            }
            counter.fetch_add(1, Ordering::SeqCst);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                manifest.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(manifest.as_bytes());
        }
    });
    (url, requests)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_for_updates_shows_the_newer_version_and_nothing_is_asked_unprompted() {
    let manifest = serde_json::json!({
        "version": "9.9.9",
        "notes": "Packages for every system",
        "pub_date": "2026-12-01T09:00:00Z",
        "platforms": {
            "linux-x86_64": { "signature": "checked only on download", "url": "http://127.0.0.1:9/advocates.tar.gz" }
        }
    });
    let (endpoint, requests) = release_server(manifest.to_string());
    let desktop =
        Desktop::with(Options { env: vec![("ADVOCATES_UPDATE_ENDPOINT".into(), endpoint)], ..Default::default() });
    let app = desktop.launch().await;
    // Xvfb runs no tray host (no StatusNotifierWatcher on the session bus): the app notices, and closing will minimise.
    assert!(
        desktop.driver_log().contains("this desktop shows no tray icons"),
        "the app saw no tray host:\n{}",
        desktop.driver_log()
    );
    app.open_page("Settings").await;
    app.wait_for("input[name='check_updates_weekly']").await;
    let about = app.wait_for_text("section[aria-labelledby='about-title']", env!("CARGO_PKG_VERSION")).await;
    assert!(about.contains("Archive format") && about.contains("Book schema"), "{about}");
    let weekly = app.script("return document.querySelector(\"input[name='check_updates_weekly']\").checked").await;
    assert_eq!(weekly, false, "the weekly check is off by default");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(requests.load(Ordering::SeqCst), 0, "no update request before the user asks");

    app.click("button.check-updates").await;
    let status = app.wait_for_text("p.update-status", "Version 9.9.9 is available").await;
    assert!(status.contains(&format!("you have {}", env!("CARGO_PKG_VERSION"))), "{status}");
    app.wait_for_text("section[aria-labelledby='about-title']", "Packages for every system").await;
    app.wait_for("button.install-update").await;
    assert_eq!(requests.load(Ordering::SeqCst), 1, "one click, one request");
    app.screenshot("settings-update-available").await;

    // Switching on the weekly check: the scheduler asks at once (none was made this week) and tells of the newer
    // version in a notification; installing stays a click in Settings.
    app.click("input[name='check_updates_weekly']").await;
    let started = Instant::now();
    let notice = loop {
        let seen = desktop.notifications();
        if let Some(notice) = seen.into_iter().find(|n| n.summary.contains("is available")) {
            break notice;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "no update notification: {:?}", desktop.notifications());
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(
        (notice.summary.as_str(), notice.body.as_str()),
        ("Advocates 9.9.9 is available", "Open Settings to install it.")
    );
    assert_eq!(requests.load(Ordering::SeqCst), 2);
    app.quit().await;

    // A restart the same week does not ask again.
    let app = desktop.launch().await;
    app.open_page("Settings").await;
    app.wait_for("input[name='check_updates_weekly']").await;
    let weekly = app.script("return document.querySelector(\"input[name='check_updates_weekly']\").checked").await;
    assert_eq!(weekly, true, "the switch is kept");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(requests.load(Ordering::SeqCst), 2, "once a week, not once a launch");
    app.quit().await;
}
