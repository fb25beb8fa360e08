//! What the installers get from the configuration, checked where it cannot be run here (Windows, macOS): one version,
//! the identifier Windows uses as the AppUserModelID for notifications, a macOS app that has its window (no
//! LSUIElement), icons for every system, and a release build that makes signed update bundles for every platform.

use std::path::Path;

use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn config() -> Value {
    serde_json::from_str(&read("tauri.conf.json")).unwrap()
}

#[test]
fn the_version_is_said_once_in_the_workspace() {
    assert!(config().get("version").is_none(), "tauri.conf.json takes the crate's version");
    let package: Value = serde_json::from_str(&read("../ui/package.json")).unwrap();
    assert!(package.get("version").is_none(), "the UI's package.json has none either");
    let workspace = read("../Cargo.toml");
    let line = format!("version = \"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(workspace.contains(&line), "the workspace Cargo.toml holds {line}");
    assert!(read("../CHANGELOG.md").contains(&format!("## [{}]", env!("CARGO_PKG_VERSION"))));
}

/// Windows shows a notification under the app's name and icon only for the AppUserModelID its shortcut carries; the
/// installers register the bundle identifier, and the notification plugin sends it.
#[test]
fn the_identifier_is_a_stable_reverse_dns_name() {
    let config = config();
    assert_eq!(config["identifier"], "app.advocates.desktop");
    assert_eq!(config["identifier"], advocates::paths::IDENTIFIER, "the book's folder is named after it");
    assert_eq!(config["productName"], "Advocates");
}

/// The app has a window and a Dock icon on macOS: LSUIElement (a menu-bar-only agent) must not be set.
#[test]
fn the_macos_app_is_not_a_menu_bar_agent() {
    let config = config();
    let mac = &config["bundle"]["macOS"];
    assert!(!mac.to_string().contains("LSUIElement"), "{mac}");
    for plist in ["Info.plist", "Info.macos.plist"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(plist);
        assert!(!path.exists() || !read(plist).contains("LSUIElement"), "{plist} sets LSUIElement");
    }
}

#[test]
fn every_system_gets_its_installers_and_icons() {
    let config = config();
    let bundle = &config["bundle"];
    assert_eq!(bundle["targets"], "all", "deb, rpm, AppImage; MSI and NSIS; app and dmg");
    let icons: Vec<&str> = bundle["icon"].as_array().unwrap().iter().map(|i| i.as_str().unwrap()).collect();
    for size in [16, 24, 32, 48, 64, 128, 256] {
        assert!(icons.contains(&format!("../icons/{size}x{size}.png").as_str()), "{size}px icon for Linux menus");
    }
    for icon in ["../icons/icon.png", "../icons/icon.icns", "../icons/icon.ico"] {
        assert!(icons.contains(&icon), "{icon}");
    }
    for icon in icons {
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(icon).is_file(), "{icon} exists");
    }
}

/// The release build (and only it) makes update bundles with their signatures; tauri-action signs them with the
/// secrets and merges latest.json; the matrix covers every system.
#[test]
fn the_release_makes_signed_update_bundles_for_every_system() {
    let release: Value = serde_json::from_str(&read("tauri.release.conf.json")).unwrap();
    assert_eq!(release["bundle"]["createUpdaterArtifacts"], true);
    assert!(config()["bundle"].get("createUpdaterArtifacts").is_none(), "local builds need no signing key");
    let workflow = read("../.github/workflows/release.yml");
    for needle in [
        "tags: [\"v*\"]",
        "tauri-apps/tauri-action@v0",
        "TAURI_SIGNING_PRIVATE_KEY: ${{ secrets.TAURI_SIGNING_PRIVATE_KEY }}",
        "TAURI_SIGNING_PRIVATE_KEY_PASSWORD: ${{ secrets.TAURI_SIGNING_PRIVATE_KEY_PASSWORD }}",
        "--bundles deb,rpm,appimage",
        "--bundles msi,nsis",
        "--target universal-apple-darwin",
        "--draft",
        "includeUpdaterJson: true",
        "SHA256SUMS",
        "--config src-tauri/tauri.release.conf.json",
    ] {
        assert!(workflow.contains(needle), "release.yml: {needle}");
    }
    let ci = read("../.github/workflows/ci.yml");
    assert!(ci.contains("run: make test") && ci.contains("windows-latest") && ci.contains("macos-latest"));
}
