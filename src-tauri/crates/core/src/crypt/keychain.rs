//! Where a book's key is kept so the user sees no prompt: the OS keychain (Secret Service on Linux, Keychain on macOS,
//! Credential Manager on Windows), under service "Advocates" and the book's random id.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use super::BookKey;

/// The keychain's service name.
pub const SERVICE: &str = "Advocates";
/// `ADVOCATES_KEYCHAIN=off` keeps the OS keychain out entirely (a passphrase then does the work).
pub const KEYCHAIN_ENV: &str = "ADVOCATES_KEYCHAIN";
/// How long a keychain may take to answer before it counts as unavailable: a Secret Service that wants to show an
/// unlock prompt nobody can see (a headless session) would otherwise hang the app or the CLI.
const TIMEOUT: Duration = Duration::from_secs(5);

/// A place to keep keys. `Err` means the keychain could not be reached (not that it holds nothing: that is
/// `Ok(None)`).
pub trait Keychain: Send + Sync {
    fn get(&self, book_id: &str) -> Result<Option<BookKey>, String>;
    fn set(&self, book_id: &str, key: &BookKey) -> Result<(), String>;
    fn delete(&self, book_id: &str) -> Result<(), String>;
    /// True when the keychain answers at all.
    fn available(&self) -> bool {
        self.get("advocates-probe").is_ok()
    }
}

/// No keychain: nothing is kept, nothing is found.
pub struct NoKeychain;
pub static NONE: NoKeychain = NoKeychain;

impl Keychain for NoKeychain {
    fn get(&self, _: &str) -> Result<Option<BookKey>, String> {
        Err("no keychain is used (ADVOCATES_KEYCHAIN=off)".into())
    }
    fn set(&self, _: &str, _: &BookKey) -> Result<(), String> {
        Err("no keychain is used (ADVOCATES_KEYCHAIN=off)".into())
    }
    fn delete(&self, _: &str) -> Result<(), String> {
        Ok(())
    }
}

/// The OS keychain, through the `keyring` crate.
pub struct OsKeychain;
pub static OS: OsKeychain = OsKeychain;

/// The OS keychain, or none when `ADVOCATES_KEYCHAIN=off`.
pub fn from_env() -> &'static dyn Keychain {
    match std::env::var(KEYCHAIN_ENV).as_deref() {
        Ok("off") | Ok("0") | Ok("false") => &NONE,
        _ => &OS,
    }
}

/// Runs a keychain call on its own thread and gives up after [`TIMEOUT`].
fn bounded<T: Send + 'static>(call: impl FnOnce() -> Result<T, String> + Send + 'static) -> Result<T, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("keychain".into())
        .spawn(move || {
            let _ = tx.send(call());
        })
        .map_err(|e| e.to_string())?;
    rx.recv_timeout(TIMEOUT).unwrap_or_else(|_| Err("the OS keychain did not answer".into()))
}

impl Keychain for OsKeychain {
    fn get(&self, book_id: &str) -> Result<Option<BookKey>, String> {
        let id = book_id.to_owned();
        bounded(move || {
            let entry = keyring::Entry::new(SERVICE, &id).map_err(|e| e.to_string())?;
            match entry.get_password() {
                Ok(hex) => Ok(BookKey::from_hex(&zeroize::Zeroizing::new(hex))),
                Err(keyring::Error::NoEntry) => Ok(None),
                Err(e) => Err(e.to_string()),
            }
        })
    }

    fn set(&self, book_id: &str, key: &BookKey) -> Result<(), String> {
        let id = book_id.to_owned();
        let hex = key.to_hex();
        bounded(move || {
            let entry = keyring::Entry::new(SERVICE, &id).map_err(|e| e.to_string())?;
            entry.set_password(&hex).map_err(|e| e.to_string())?;
            // Read it back: a keychain that accepts and forgets (a session-only store) is no keychain for a book.
            match entry.get_password() {
                Ok(back) if back == *hex => Ok(()),
                Ok(_) => Err("the OS keychain returned a different key".into()),
                Err(e) => Err(e.to_string()),
            }
        })
    }

    fn delete(&self, book_id: &str) -> Result<(), String> {
        let id = book_id.to_owned();
        bounded(move || {
            let entry = keyring::Entry::new(SERVICE, &id).map_err(|e| e.to_string())?;
            match entry.delete_credential() {
                Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
                Err(e) => Err(e.to_string()),
            }
        })
    }
}

/// A keychain in memory, for unit tests.
#[derive(Default)]
pub struct MemoryKeychain(Mutex<BTreeMap<String, String>>);

impl Keychain for MemoryKeychain {
    fn get(&self, book_id: &str) -> Result<Option<BookKey>, String> {
        Ok(self.0.lock().unwrap().get(book_id).and_then(|hex| BookKey::from_hex(hex)))
    }
    fn set(&self, book_id: &str, key: &BookKey) -> Result<(), String> {
        self.0.lock().unwrap().insert(book_id.to_owned(), key.to_hex().to_string());
        Ok(())
    }
    fn delete(&self, book_id: &str) -> Result<(), String> {
        self.0.lock().unwrap().remove(book_id);
        Ok(())
    }
}
