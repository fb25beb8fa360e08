//! The Linux package, installed for real: `make test`'s package stage bundles a debug `.deb` from the built app and
//! runs this file with its path in `ADVOCATES_DEB` (it is not part of the e2e stage's `--test '*'`: its target has
//! `test = false`). The test installs it with `apt-get install ./….deb`, so its declared dependencies must be enough,
//! and checks every library the installed binary loads comes from a package those dependencies pull in; runs the
//! installed CLI (`--version`, an import, `suggest`) on a book at the default place in a private home; checks the
//! desktop entry and the icons; opens the installed app in a real window through the e2e harness and switches on
//! start at login from Settings, which must write the autostart entry; then removes the package and checks the book is
//! still there, byte for byte. A missing `.deb`, `apt-get` or `desktop-file-validate` fails the test: it never skips.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use advocates_tests::e2e::{Desktop, Options};
use serde_json::Value;

const PACKAGE: &str = "advocates";
const INSTALLED: &str = "/usr/bin/advocates";
const DESKTOP_ENTRY: &str = "/usr/share/applications/Advocates.desktop";
const TODAY: &str = "2025-03-10";
/// Every size the desktop's icon theme (hicolor) looks in for an app icon, from menus (16) to app grids (512).
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn run(command: &mut Command) -> Output {
    let out = command.output().unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(
        out.status.success(),
        "{command:?} failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(out: Output) -> String {
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// A command run as root: directly when the test is root (this machine, CI containers), else through sudo.
fn as_root(program: &str) -> Command {
    let uid = stdout(run(Command::new("id").arg("-u")));
    let mut command = if uid.trim() == "0" {
        Command::new(program)
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg(program);
        sudo
    };
    command.env("DEBIAN_FRONTEND", "noninteractive");
    if program == "apt-get" {
        // Another install on the machine (a second checkout's package stage, an upgrade) holds dpkg's lock: wait.
        command.args(["-o", "DPkg::Lock::Timeout=300"]);
    }
    command
}

fn installed() -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", PACKAGE])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

/// Removes the package if a failed assertion left it installed, so the machine is as before.
struct Uninstall;

impl Drop for Uninstall {
    fn drop(&mut self) {
        if installed() {
            let _ = as_root("apt-get").args(["remove", "-y", "-qq", PACKAGE]).status();
        }
    }
}

/// The `.deb` made by the package stage. Set by the Makefile; a missing file is a failure, not a skip.
fn deb() -> PathBuf {
    let path = std::env::var_os("ADVOCATES_DEB").map(PathBuf::from).expect(
        "ADVOCATES_DEB is not set: this test is run by `make test`'s package stage, which bundles the .deb first",
    );
    assert!(path.is_file(), "ADVOCATES_DEB names no file: {}", path.display());
    std::fs::canonicalize(path).unwrap()
}

/// The installed CLI with a private home: the book goes to its default place under it.
fn cli(home: &Path, args: &[&str]) -> String {
    let mut command = Command::new(INSTALLED);
    command
        .args(args)
        .env_remove("ADVOCATES_DATA_DIR")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("TZ", "UTC");
    stdout(run(&mut command))
}

/// (width, height) from a PNG's IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{} is not a PNG", path.display());
    assert_eq!(&bytes[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    out
}

/// The packages that own the shared libraries the installed binary loads (one `dpkg -S` for all of them).
fn packages_of_linked_libraries() -> BTreeSet<String> {
    let ldd = stdout(run(Command::new("ldd").arg(INSTALLED)));
    assert!(!ldd.contains("not found"), "a library is missing:\n{ldd}");
    let libraries: Vec<&str> =
        ldd.lines().filter_map(|line| line.split("=>").nth(1)?.split_whitespace().next()).collect();
    assert!(libraries.len() > 20, "ldd lists the libraries:\n{ldd}");
    // Debian merged /lib into /usr/lib: dpkg knows a file by the path its package shipped, either one.
    let candidates = |path: &str| -> Vec<String> {
        let canonical = std::fs::canonicalize(path).unwrap().to_string_lossy().into_owned();
        let mut all = vec![path.to_owned(), canonical];
        for p in all.clone() {
            if let Some(rest) = p.strip_prefix("/usr/lib/") {
                all.push(format!("/lib/{rest}"));
            } else if let Some(rest) = p.strip_prefix("/lib/") {
                all.push(format!("/usr/lib/{rest}"));
            }
        }
        all
    };
    let queries: BTreeSet<String> = libraries.iter().flat_map(|l| candidates(l)).collect();
    // Exit status 1 when some of the paths are unknown to dpkg: expected, only the known ones are printed.
    let out = Command::new("dpkg").arg("-S").args(&queries).output().expect("run dpkg -S");
    let mut owners: BTreeMap<String, String> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Some((packages, path)) = line.split_once(": ") else { continue };
        let package = packages.split(", ").next().unwrap().split(':').next().unwrap().trim();
        owners.insert(path.trim().to_owned(), package.to_owned());
    }
    libraries
        .iter()
        .map(|library| {
            candidates(library)
                .iter()
                .find_map(|p| owners.get(p).cloned())
                .unwrap_or_else(|| panic!("no installed package owns {library} (linked by {INSTALLED})"))
        })
        .collect()
}

/// The package and every package its Depends and Pre-Depends pull in, recursively, among the installed ones.
fn dependency_closure() -> BTreeSet<String> {
    let out = stdout(run(Command::new("apt-cache").args([
        "depends",
        "--recurse",
        "--installed",
        "--no-recommends",
        "--no-suggests",
        "--no-conflicts",
        "--no-breaks",
        "--no-replaces",
        "--no-enhances",
        PACKAGE,
    ])));
    out.lines()
        .filter(|line| !line.starts_with(' '))
        .map(|line| line.trim().trim_start_matches('<').trim_end_matches('>').split(':').next().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deb_installs_runs_and_uninstalls_leaving_the_book() {
    let deb = deb();
    let _uninstall = Uninstall;
    // Measured, not asserted: how long each step takes (the README reports the package stage's time).
    let started = std::time::Instant::now();
    let step = |what: &str| println!("measure: package test: {what} at {:.1} s", started.elapsed().as_secs_f64());
    let version = stdout(run(Command::new("dpkg-deb").args(["-f"]).arg(&deb).arg("Version")));
    assert_eq!(version.trim(), env!("CARGO_PKG_VERSION"), "the package carries the workspace's one version");

    // Install as a user would: apt-get resolves the package's declared dependencies.
    run(as_root("apt-get").args(["install", "-y", "-qq", "--reinstall"]).arg(&deb));
    assert!(installed(), "dpkg lists {PACKAGE} as installed");
    assert!(Path::new(INSTALLED).is_file(), "{INSTALLED} is installed");
    step("installed");

    // The declared dependencies are complete: every library the binary links comes with them.
    let closure = dependency_closure();
    let missing: Vec<String> = packages_of_linked_libraries().into_iter().filter(|p| !closure.contains(p)).collect();
    assert!(missing.is_empty(), "libraries from packages the .deb does not depend on (even indirectly): {missing:?}");
    step("dependencies checked");

    // The installed CLI, on a book at its default place in a private home.
    let home_dir = tempfile::Builder::new().prefix("advocates-home-").tempdir().unwrap();
    let home = home_dir.path();
    assert_eq!(cli(home, &["--version"]).trim(), format!("advocates {}", env!("CARGO_PKG_VERSION")));
    let scenario: Value = serde_json::from_str(
        &std::fs::read_to_string(advocates_tests::repo_root().join("tests/fixtures/scenarios/s2-thank.json")).unwrap(),
    )
    .unwrap();
    let archive = home.join("book.json");
    std::fs::write(&archive, scenario["archive"].to_string()).unwrap();
    cli(home, &["import", archive.to_str().unwrap()]);
    let book_dir = home.join(".local/share/app.advocates.desktop");
    assert!(book_dir.join("advocates.db").is_file(), "the book is at the default place: {}", book_dir.display());
    let digest: Value = serde_json::from_str(&cli(home, &["--today", TODAY, "suggest", "--json"])).unwrap();
    let acts = digest["suggestions"].as_array().unwrap().clone();
    assert!(!acts.is_empty(), "the installed CLI suggests acts for {TODAY}: {digest}");

    // The desktop entry: valid, launching the installed binary, with an icon the theme finds at every size.
    run(Command::new("desktop-file-validate").arg(DESKTOP_ENTRY));
    let entry = std::fs::read_to_string(DESKTOP_ENTRY).unwrap();
    for line in ["Name=Advocates", "Exec=advocates", "Icon=advocates", "Type=Application", "Terminal=false"] {
        assert!(entry.lines().any(|l| l == line), "{DESKTOP_ENTRY} has {line}:\n{entry}");
    }
    for size in ICON_SIZES {
        let icon = PathBuf::from(format!("/usr/share/icons/hicolor/{size}x{size}/apps/advocates.png"));
        assert_eq!(png_size(&icon), (size, size), "{}", icon.display());
    }

    step("CLI, desktop entry and icons checked");

    // The installed app in a real window: Today shows the CLI's first act; start at login writes the autostart entry.
    let desktop = Desktop::with(Options {
        env: vec![
            ("ADVOCATES_NOW".into(), format!("{TODAY}T09:00")),
            ("TZ".into(), "UTC".into()),
            ("HOME".into(), home.to_string_lossy().into_owned()),
        ],
        data_dir: Some(book_dir.clone()),
        binary: Some(PathBuf::from(INSTALLED)),
    });
    let app = desktop.launch().await;
    let first = acts[0]["id"].as_str().unwrap();
    app.wait_for_text(&format!("article[data-suggestion-id='{first}']"), acts[0]["title"].as_str().unwrap()).await;
    app.screenshot("package-installed-today").await;
    let autostart = home.join(".config/autostart/Advocates.desktop");
    assert!(!autostart.exists(), "start at login is off by default");
    app.open_page("Settings").await;
    app.click("input[name='start_at_login']").await;
    app.wait_for_text("p.status", "Saved.").await;
    let launcher = std::fs::read_to_string(&autostart)
        .unwrap_or_else(|e| panic!("switching on start at login writes {}: {e}", autostart.display()));
    assert!(launcher.lines().any(|l| l.starts_with("Exec=") && l.contains(INSTALLED)), "{launcher}");
    run(Command::new("desktop-file-validate").arg(&autostart));
    app.click("input[name='start_at_login']").await;
    for _ in 0..50 {
        if !autostart.exists() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(!autostart.exists(), "switching start at login off removes the entry");
    app.quit().await;
    drop(desktop);
    step("app run in a window");

    // Uninstall: the program goes, the user's book stays exactly as it was.
    let before = snapshot(&book_dir);
    assert!(before.keys().any(|p| p.ends_with("advocates.db")));
    run(as_root("apt-get").args(["remove", "-y", "-qq", PACKAGE]));
    assert!(!installed(), "{PACKAGE} is removed");
    assert!(!Path::new(INSTALLED).exists() && !Path::new(DESKTOP_ENTRY).exists(), "its files are gone");
    assert_eq!(snapshot(&book_dir), before, "removing the app leaves the user's book untouched");
    step("removed");
}
