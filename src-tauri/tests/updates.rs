//! The whole update path on loopback, through the shell's own functions (`advocates::updates`) and the real updater
//! plugin: a throwaway keypair is made with the Tauri CLI (`tauri signer generate`), a fake newer package is signed with
//! it (`tauri signer sign --app-version`, as `tauri build` signs a release), and a local server serves `latest.json` and
//! the package. The app must see the update, and `download` must return the bytes only when their signature verifies:
//! a tampered package, a package signed by another key, and a manifest that pairs the new version with a package
//! signed for another version are all refused.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use advocates::updates::{self, AvailableUpdate, UpdateError};
use serde_json::json;
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime};

const PASSWORD: &str = "throwaway";
const NEW_VERSION: &str = "9.9.9";

/// The Tauri CLI from the UI's npm packages (installed by `make test`'s set-up), run with node on every OS.
fn tauri_cli() -> Command {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/@tauri-apps/cli/tauri.js");
    assert!(script.is_file(), "the Tauri CLI is missing at {}: run `npm --prefix ui ci`", script.display());
    let mut command = Command::new("node");
    command.arg(script);
    command
}

fn run(command: &mut Command) {
    let out = command.output().unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(out.status.success(), "{command:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A keypair made by `tauri signer generate`; returns (private key file, public key as the config holds it).
fn keypair(dir: &Path, name: &str) -> (PathBuf, String) {
    let key = dir.join(name);
    run(tauri_cli().args(["signer", "generate", "--ci", "-p", PASSWORD, "-w"]).arg(&key));
    let public = std::fs::read_to_string(dir.join(format!("{name}.pub"))).unwrap();
    (key, public.trim().to_owned())
}

/// Signs `file` for `version` as the release build does, and returns the signature as latest.json carries it.
fn sign(key: &Path, file: &Path, version: &str) -> String {
    run(tauri_cli()
        .args(["signer", "sign", "-p", PASSWORD, "--app-version", version, "-f"])
        .arg(key)
        .arg(file)
        // The CLI prefers a key from the environment; make sure the one given is used.
        .env_remove("TAURI_SIGNING_PRIVATE_KEY")
        .env_remove("TAURI_SIGNING_PRIVATE_KEY_PASSWORD"));
    let sig = file.with_file_name(format!("{}.sig", file.file_name().unwrap().to_string_lossy()));
    std::fs::read_to_string(sig).unwrap().trim().to_owned()
}

/// A tiny HTTP server on 127.0.0.1: GET of a known path answers its bytes, anything else 404. Paths can be replaced
/// while it runs.
#[derive(Clone)]
struct Server {
    base: String,
    files: Arc<Mutex<HashMap<String, Vec<u8>>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let files: Arc<Mutex<HashMap<String, Vec<u8>>>> = Arc::default();
        let served = files.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request_line = String::new();
                if reader.read_line(&mut request_line).is_err() {
                    continue;
                }
                let mut header = String::new();
                while reader.read_line(&mut header).map(|n| n > 2).unwrap_or(false) {
                    header.clear();
                }
                let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let body = served.lock().unwrap().get(&path).cloned();
                let (status, body) = match body {
                    Some(body) => ("200 OK", body),
                    None => ("404 Not Found", b"not found".to_vec()),
                };
                let head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            }
        });
        Server { base, files }
    }

    fn serve(&self, path: &str, body: impl Into<Vec<u8>>) {
        self.files.lock().unwrap().insert(path.to_owned(), body.into());
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// latest.json as the release workflow writes it, announcing `version` with `signature` for `package`.
    fn announce(&self, version: &str, package: &str, signature: &str) {
        let manifest = json!({
            "version": version,
            "notes": "What is new in 9.9.9",
            "pub_date": "2026-12-01T09:00:00Z",
            "platforms": {
                format!("{}-{}", updater_os(), std::env::consts::ARCH): { "signature": signature, "url": self.url(package) }
            }
        });
        self.serve("/latest.json", manifest.to_string());
    }
}

fn updater_os() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    }
}

/// The app on Tauri's mock runtime with the updater plugin, configured as tauri.conf.json configures it but with
/// this test's public key and the loopback endpoint.
fn app(pubkey: &str, server: &Server) -> tauri::App<MockRuntime> {
    let mut context = mock_context(noop_assets());
    context.config_mut().plugins.0.insert(
        "updater".into(),
        json!({ "pubkey": pubkey, "endpoints": [server.url("/latest.json")], "requireSignedVersion": true }),
    );
    mock_builder().plugin(tauri_plugin_updater::Builder::new().build()).build(context).expect("the app builds")
}

fn refused(result: Result<Vec<u8>, UpdateError>) -> String {
    match result {
        Ok(bytes) => panic!("a package that must be refused was accepted ({} bytes)", bytes.len()),
        Err(err) => err.to_string(),
    }
}

#[test]
fn a_signed_update_is_seen_and_verified_and_a_tampered_one_refused() {
    tauri::async_runtime::block_on(signed_update_is_seen_and_verified_and_a_tampered_one_refused());
}

async fn signed_update_is_seen_and_verified_and_a_tampered_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (key, pubkey) = keypair(dir.path(), "release.key");
    let package = dir.path().join("Advocates_9.9.9_amd64.AppImage.tar.gz");
    let bytes = b"Advocates 9.9.9, the newer package".repeat(1000);
    std::fs::write(&package, &bytes).unwrap();
    let signature = sign(&key, &package, NEW_VERSION);

    let server = Server::start();
    server.serve("/advocates-9.9.9.tar.gz", bytes.clone());
    server.announce(NEW_VERSION, "/advocates-9.9.9.tar.gz", &signature);
    let app = app(&pubkey, &server);
    let updater = updates::updater(app.handle()).unwrap();

    // The app sees the newer version, with its notes.
    let update = updates::check(&updater).await.unwrap().expect("9.9.9 is newer than the running 0.1.0");
    assert_eq!(
        AvailableUpdate::from(&update),
        AvailableUpdate {
            version: NEW_VERSION.into(),
            current_version: app.package_info().version.to_string(),
            notes: Some("What is new in 9.9.9".into()),
        }
    );
    // The genuine package downloads and verifies, byte for byte.
    assert_eq!(updates::download(&update).await.unwrap(), bytes);

    // A package changed on the way (one byte) is refused.
    let mut tampered = bytes.clone();
    tampered[10] ^= 1;
    server.serve("/advocates-9.9.9.tar.gz", tampered);
    let update = updates::check(&updater).await.unwrap().unwrap();
    let message = refused(updates::download(&update).await);
    assert!(message.contains("signature verification failed"), "{message}");

    // A package signed with someone else's key is refused, though its signature is well formed.
    let (other_key, _) = keypair(dir.path(), "other.key");
    let forged = dir.path().join("forged.tar.gz");
    std::fs::write(&forged, b"not from the project").unwrap();
    let forged_signature = sign(&other_key, &forged, NEW_VERSION);
    server.serve("/forged.tar.gz", std::fs::read(&forged).unwrap());
    server.announce(NEW_VERSION, "/forged.tar.gz", &forged_signature);
    let update = updates::check(&updater).await.unwrap().unwrap();
    let message = refused(updates::download(&update).await);
    assert!(message.contains("different key"), "{message}");

    // A manifest that offers 9.9.9 with a genuine package signed for another version (a replayed old release) is
    // refused: the signature binds the version.
    let old = dir.path().join("old.tar.gz");
    std::fs::write(&old, b"Advocates 0.0.9").unwrap();
    let old_signature = sign(&key, &old, "0.0.9");
    server.serve("/old.tar.gz", std::fs::read(&old).unwrap());
    server.announce(NEW_VERSION, "/old.tar.gz", &old_signature);
    let update = updates::check(&updater).await.unwrap().unwrap();
    let message = refused(updates::download(&update).await);
    assert!(message.contains("signed for version 0.0.9"), "{message}");
}

#[test]
fn the_newest_version_has_no_update_and_a_missing_manifest_is_an_error() {
    tauri::async_runtime::block_on(newest_version_has_no_update_and_a_missing_manifest_is_an_error());
}

async fn newest_version_has_no_update_and_a_missing_manifest_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (_, pubkey) = keypair(dir.path(), "release.key");
    let server = Server::start();
    let app = app(&pubkey, &server);
    let updater = updates::updater(app.handle()).unwrap();

    // The server offers the version already running: no update.
    let current = app.package_info().version.to_string();
    server.announce(&current, "/same.tar.gz", "unused");
    assert!(updates::check(&updater).await.unwrap().is_none());

    // No manifest at all (404): an error, not "up to date".
    server.files.lock().unwrap().clear();
    assert!(updates::check(&updater).await.is_err());
}

#[test]
fn a_build_without_an_update_address_says_so() {
    let mut context = mock_context(noop_assets());
    context.config_mut().plugins.0.insert("updater".into(), json!({ "pubkey": "unused", "endpoints": [] }));
    let app = mock_builder().plugin(tauri_plugin_updater::Builder::new().build()).build(context).unwrap();
    std::env::remove_var(updates::ENDPOINT_OVERRIDE);
    let err = updates::updater(app.handle()).err().expect("no endpoint, no updater");
    assert!(matches!(err, UpdateError::NotConfigured), "{err}");
}

/// The committed config holds the project's public key (a minisign key, base64 as the updater wants it), requires
/// signed versions, and leaves the endpoint to the release workflow.
#[test]
fn the_config_holds_the_public_key_and_no_endpoint() {
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json")).unwrap(),
    )
    .unwrap();
    let updater = &config["plugins"]["updater"];
    let pubkey = updater["pubkey"].as_str().expect("plugins.updater.pubkey");
    let decoded = String::from_utf8(base64_decode(pubkey)).unwrap();
    assert!(decoded.starts_with("untrusted comment: minisign public key"), "{decoded}");
    assert!(!decoded.contains("secret"), "only the public key is committed");
    assert_eq!(updater["requireSignedVersion"], true);
    assert_eq!(updater["endpoints"], json!([]));
}

fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|&c| c != b'=') {
        let value = ALPHABET.iter().position(|&a| a == c).expect("base64") as u32;
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}
