//! Encryption at rest. An encrypted book is a SQLCipher database opened with a random 256-bit key (used raw, so an
//! open costs no key derivation). The key is kept in the OS keychain ([`keychain`]), and/or wrapped by a passphrase
//! the user chose: Argon2id (RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes) derives a key that seals
//! the book's key with XChaCha20-Poly1305. What is needed to find the key — never the key itself — sits beside the
//! book in `advocates.key` ([`KeyFile`]). Archives exported with `--encrypt` use the same passphrase sealing
//! ([`sealed`]).

pub mod keychain;
pub mod sealed;

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

pub use keychain::{Keychain, OsKeychain};

/// The file beside the book that says how its key is kept.
pub const KEY_FILE: &str = "advocates.key";
/// The environment variable a script sets to unlock a book with its passphrase (and to set one on a new book).
pub const PASSPHRASE_ENV: &str = "ADVOCATES_PASSPHRASE";

/// The first 16 bytes of every plain SQLite file; an encrypted book begins with random bytes instead.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// A book's 256-bit key, wiped from memory when dropped.
#[derive(Clone)]
pub struct BookKey(Zeroizing<[u8; 32]>);

impl BookKey {
    /// A fresh random key from the OS's generator.
    pub fn random() -> Result<BookKey> {
        let mut key = Zeroizing::new([0u8; 32]);
        fill_random(key.as_mut())?;
        Ok(BookKey(key))
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<BookKey> {
        let array: [u8; 32] = bytes.try_into().ok()?;
        Some(BookKey(Zeroizing::new(array)))
    }

    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }

    pub fn from_hex(text: &str) -> Option<BookKey> {
        let bytes = Zeroizing::new(hex::decode(text.trim()).ok()?);
        BookKey::from_bytes(&bytes)
    }

    /// The key as SQLCipher's raw-key literal (`x'…'`, 64 hex digits): no PBKDF2 on open.
    pub(crate) fn sql_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", self.to_hex().as_str()))
    }
}

impl std::fmt::Debug for BookKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BookKey(…)")
    }
}

pub(crate) fn fill_random(buf: &mut [u8]) -> Result<()> {
    getrandom::getrandom(buf).map_err(|e| Error::Io(std::io::Error::other(format!("no random numbers: {e}"))))
}

/// How the key of the book beside it is kept: in the OS keychain under `book_id`, and/or wrapped by a passphrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyFile {
    /// Always "advocates-book-key".
    pub format: String,
    pub version: u32,
    /// The keychain entry's account name (service "Advocates"): random, so moving the book keeps its key.
    pub book_id: String,
    /// True when the key was stored in the OS keychain.
    pub keychain: bool,
    /// The key sealed by the user's passphrase, when one is set.
    pub passphrase: Option<Wrapped>,
    /// False once the book was decrypted (the record stays, so the encrypted backups still open): a book file that is
    /// not plain SQLite is then damaged, not locked.
    #[serde(default = "yes")]
    pub book_encrypted: bool,
}

fn yes() -> bool {
    true
}

/// A 32-byte secret sealed by a passphrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Wrapped {
    pub kdf: Kdf,
    /// Always "xchacha20poly1305".
    pub cipher: String,
    /// 24 bytes, hex.
    pub nonce: String,
    /// The sealed secret with its 16-byte tag, hex (empty where the sealed bytes follow the header, as in a sealed
    /// archive).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sealed: String,
}

/// Argon2id's parameters and salt, stored with what they sealed so they can change later.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kdf {
    /// Always "argon2id" (version 0x13).
    pub name: String,
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
    /// 16 bytes, hex.
    pub salt: String,
}

impl Kdf {
    /// RFC 9106 §4's second recommended option (for when 2 GiB cannot be spared): 64 MiB, t = 3, p = 4, a 128-bit
    /// salt. About half a second here; unlocking happens once per open.
    pub fn recommended() -> Result<Kdf> {
        let mut salt = [0u8; 16];
        fill_random(&mut salt)?;
        Ok(Kdf { name: "argon2id".into(), m_kib: 64 * 1024, t: 3, p: 4, salt: hex::encode(salt) })
    }

    /// The 256-bit key the passphrase gives under these parameters.
    pub fn derive(&self, passphrase: &str) -> Result<Zeroizing<[u8; 32]>> {
        if self.name != "argon2id" {
            return Err(Error::invalid("kdf", format!("unknown key derivation `{}`", self.name)));
        }
        let salt = hex::decode(&self.salt).map_err(|_| Error::invalid("kdf.salt", "not hex"))?;
        let params = Params::new(self.m_kib, self.t, self.p, Some(32))
            .map_err(|e| Error::invalid("kdf", format!("bad Argon2 parameters: {e}")))?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut())
            .map_err(|e| Error::invalid("passphrase", format!("cannot derive a key: {e}")))?;
        Ok(out)
    }
}

/// Seals `secret` with a key derived from `passphrase`; `context` is bound in as associated data.
pub fn seal(secret: &[u8], passphrase: &str, kdf: Kdf, context: &[u8]) -> Result<(Wrapped, Vec<u8>)> {
    let wrapped = Wrapped::fresh(kdf)?;
    let sealed = wrapped.seal(secret, passphrase, context)?;
    Ok((wrapped, sealed))
}

impl Wrapped {
    /// Parameters for a new sealing: these KDF settings, a random 24-byte nonce, nothing sealed yet.
    pub fn fresh(kdf: Kdf) -> Result<Wrapped> {
        let mut nonce = [0u8; 24];
        fill_random(&mut nonce)?;
        Ok(Wrapped { kdf, cipher: "xchacha20poly1305".into(), nonce: hex::encode(nonce), sealed: String::new() })
    }

    /// Seals `secret` under these parameters (the key from `passphrase`), with `context` as associated data.
    pub fn seal(&self, secret: &[u8], passphrase: &str, context: &[u8]) -> Result<Vec<u8>> {
        check_passphrase(passphrase)?;
        let key = self.kdf.derive(passphrase)?;
        let nonce = hex::decode(&self.nonce).map_err(|_| Error::invalid("nonce", "not hex"))?;
        XChaCha20Poly1305::new(key.as_ref().into())
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: secret, aad: context })
            .map_err(|_| Error::invalid("passphrase", "cannot seal"))
    }
}

/// Opens what [`seal`] sealed; a wrong passphrase (or a changed byte) is [`Error::WrongPassphrase`].
pub fn unseal(wrapped: &Wrapped, sealed: &[u8], passphrase: &str, context: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    if wrapped.cipher != "xchacha20poly1305" {
        return Err(Error::invalid("cipher", format!("unknown cipher `{}`", wrapped.cipher)));
    }
    let nonce = hex::decode(&wrapped.nonce).ok().filter(|n| n.len() == 24);
    let nonce = nonce.ok_or_else(|| Error::invalid("nonce", "not 24 bytes of hex"))?;
    let key = wrapped.kdf.derive(passphrase)?;
    let cipher = XChaCha20Poly1305::new(key.as_ref().into());
    cipher
        .decrypt(XNonce::from_slice(&nonce), Payload { msg: sealed, aad: context })
        .map(Zeroizing::new)
        .map_err(|_| Error::WrongPassphrase)
}

/// A passphrase must be something: an empty one protects nothing.
pub fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.is_empty() {
        return Err(Error::invalid("passphrase", "a passphrase cannot be empty"));
    }
    Ok(())
}

impl KeyFile {
    const FORMAT: &'static str = "advocates-book-key";

    fn new(book_id: String) -> KeyFile {
        KeyFile {
            format: Self::FORMAT.into(),
            version: 1,
            book_id,
            keychain: false,
            passphrase: None,
            book_encrypted: true,
        }
    }

    /// A new key record with a random id.
    pub fn fresh() -> Result<KeyFile> {
        let mut id = [0u8; 16];
        fill_random(&mut id)?;
        Ok(KeyFile::new(hex::encode(id)))
    }

    /// The associated data that binds a wrapped key to its book.
    fn context(&self) -> Vec<u8> {
        format!("{}:{}", Self::FORMAT, self.book_id).into_bytes()
    }

    /// Seals `key` with `passphrase` into this record (replacing any earlier passphrase).
    pub fn set_passphrase(&mut self, key: &BookKey, passphrase: &str) -> Result<()> {
        let (mut wrapped, sealed) = seal(key.0.as_ref(), passphrase, Kdf::recommended()?, &self.context())?;
        wrapped.sealed = hex::encode(sealed);
        self.passphrase = Some(wrapped);
        Ok(())
    }

    /// The book's key from its passphrase; a wrong one is [`Error::WrongPassphrase`].
    pub fn unwrap_key(&self, passphrase: &str) -> Result<BookKey> {
        let wrapped = self.passphrase.as_ref().ok_or_else(|| Error::Locked {
            message: "no passphrase is set for this book: it opens only with the key in the OS keychain".into(),
        })?;
        let sealed = hex::decode(&wrapped.sealed).map_err(|_| Error::invalid("sealed", "not hex"))?;
        let secret = unseal(wrapped, &sealed, passphrase, &self.context())?;
        BookKey::from_bytes(&secret).ok_or_else(|| Error::invalid("sealed", "not a 256-bit key"))
    }

    /// `advocates.key` beside the book at `book`.
    pub fn path_for(book: &Path) -> PathBuf {
        book.parent().unwrap_or(Path::new(".")).join(KEY_FILE)
    }

    /// Reads the record beside `book`, if there is one.
    pub fn read(book: &Path) -> Result<Option<KeyFile>> {
        let path = KeyFile::path_for(book);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err.into()),
        };
        let file: KeyFile = serde_json::from_str(&text)
            .map_err(|e| Error::invalid(KEY_FILE, format!("{} cannot be read: {e}", path.display())))?;
        if file.format != Self::FORMAT || file.version != 1 {
            return Err(Error::invalid(KEY_FILE, format!("{} is not a key record this build reads", path.display())));
        }
        Ok(Some(file))
    }

    /// Writes the record beside `book`: a fresh user-only file, synced, renamed over the old one.
    pub fn write(&self, book: &Path) -> Result<()> {
        let path = KeyFile::path_for(book);
        let temp = path.with_extension("key.tmp");
        let _ = std::fs::remove_file(&temp);
        let mut file = crate::store::create_new_private_file(&temp)?;
        let text = serde_json::to_string_pretty(self).expect("a key record serializes");
        let written = std::io::Write::write_all(&mut file, text.as_bytes())
            .and_then(|()| std::io::Write::write_all(&mut file, b"\n"))
            .and_then(|()| file.sync_all())
            .and_then(|()| std::fs::rename(&temp, &path));
        if let Err(err) = written {
            let _ = std::fs::remove_file(&temp);
            return Err(err.into());
        }
        if let Some(dir) = path.parent() {
            crate::store::sync_dir(dir)?;
        }
        Ok(())
    }
}

/// True when the file at `path` holds an encrypted book (or anything that is not plain SQLite); false when it is
/// plain SQLite, empty or missing.
pub fn is_encrypted_file(path: &Path) -> Result<bool> {
    let mut head = [0u8; 16];
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(err) => return Err(err.into()),
    };
    let mut read = 0;
    while read < head.len() {
        match std::io::Read::read(&mut file, &mut head[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read > 0 && head[..read] != SQLITE_HEADER[..read])
}

/// What the user has given to unlock (or create) a book.
pub struct Unlock<'a> {
    /// A passphrase typed or set in [`PASSPHRASE_ENV`]; when given, it is checked even if the keychain could serve.
    pub passphrase: Option<Zeroizing<String>>,
    /// Where keys are kept; [`keychain::None`] to use none.
    pub keychain: &'a dyn Keychain,
}

impl Unlock<'static> {
    /// The OS keychain (unless `ADVOCATES_KEYCHAIN=off`) and `ADVOCATES_PASSPHRASE` if set.
    pub fn from_env() -> Unlock<'static> {
        Unlock { passphrase: passphrase_from_env(), keychain: keychain::from_env() }
    }

    /// No keychain, no passphrase: a new book is plain, an encrypted one stays locked.
    pub fn nothing() -> Unlock<'static> {
        Unlock { passphrase: None, keychain: &keychain::NONE }
    }
}

/// `ADVOCATES_PASSPHRASE`, when set and not empty.
pub fn passphrase_from_env() -> Option<Zeroizing<String>> {
    std::env::var(PASSPHRASE_ENV).ok().filter(|p| !p.is_empty()).map(Zeroizing::new)
}

/// How an open book is kept, as Settings and `advocates encryption` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Protection {
    /// The book file is encrypted.
    pub encrypted: bool,
    /// Its key is in the OS keychain.
    pub keychain: bool,
    /// A passphrase can unlock it.
    pub passphrase: bool,
    /// The OS keychain answered on this machine just now.
    pub keychain_available: bool,
    /// This run created the book unencrypted, because neither a keychain nor a passphrase could keep a key: the app
    /// offers to encrypt it.
    pub created_unencrypted: bool,
}

/// Finds the key of the encrypted book at `book`: the passphrase first when one was given (a wrong one is refused,
/// whatever the keychain holds), else the keychain. Without either, [`Error::Locked`] says what would unlock it.
pub fn key_for(book: &Path, unlock: &Unlock) -> Result<(BookKey, KeyFile)> {
    let Some(record) = KeyFile::read(book)? else {
        return Err(Error::Locked {
            message: format!(
                "{} is not plain SQLite and {} is missing beside it: it is encrypted with a key this machine does not \
                 have, or damaged",
                book.display(),
                KEY_FILE
            ),
        });
    };
    if let Some(passphrase) = &unlock.passphrase {
        if record.passphrase.is_some() {
            return Ok((record.unwrap_key(passphrase)?, record));
        }
    }
    let from_keychain = if record.keychain { unlock.keychain.get(&record.book_id) } else { Ok(None) };
    match from_keychain {
        Ok(Some(key)) => Ok((key, record)),
        outcome => {
            let why = match (&outcome, record.keychain) {
                (Err(err), true) => format!("the OS keychain cannot be reached ({err})"),
                (_, true) => "the OS keychain holds no key for it".to_owned(),
                _ => "its key is not kept in the OS keychain".to_owned(),
            };
            let how = if record.passphrase.is_some() {
                format!("enter its passphrase (or set {PASSPHRASE_ENV})")
            } else {
                "no passphrase was set for it, so only the keychain of the machine that made it can open it".to_owned()
            };
            Err(Error::Locked { message: format!("this book is encrypted and locked: {why}; {how}") })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> Kdf {
        Kdf { m_kib: 64, t: 1, p: 1, ..Kdf::recommended().unwrap() }
    }

    #[test]
    fn a_sealed_secret_opens_only_with_its_passphrase_and_context() {
        let (mut wrapped, sealed) = seal(b"secret", "correct horse", cheap(), b"book:1").unwrap();
        wrapped.sealed = hex::encode(&sealed);
        assert_eq!(unseal(&wrapped, &sealed, "correct horse", b"book:1").unwrap().as_slice(), b"secret");
        assert!(matches!(unseal(&wrapped, &sealed, "correct hors", b"book:1"), Err(Error::WrongPassphrase)));
        assert!(matches!(unseal(&wrapped, &sealed, "correct horse", b"book:2"), Err(Error::WrongPassphrase)));
        let mut flipped = sealed.clone();
        flipped[0] ^= 1;
        assert!(matches!(unseal(&wrapped, &flipped, "correct horse", b"book:1"), Err(Error::WrongPassphrase)));
        assert_eq!(seal(b"x", "", cheap(), b"").unwrap_err().code(), "invalid");
    }

    #[test]
    fn the_recommended_parameters_are_rfc_9106s_second_option() {
        let kdf = Kdf::recommended().unwrap();
        assert_eq!((kdf.name.as_str(), kdf.m_kib, kdf.t, kdf.p), ("argon2id", 65536, 3, 4));
        assert_eq!(hex::decode(&kdf.salt).unwrap().len(), 16);
        assert_ne!(kdf.salt, Kdf::recommended().unwrap().salt, "a fresh salt each time");
    }

    #[test]
    fn a_key_file_round_trips_and_unwraps_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("advocates.db");
        let key = BookKey::random().unwrap();
        let mut record = KeyFile::fresh().unwrap();
        record.set_passphrase(&key, "tea at five").unwrap();
        record.write(&book).unwrap();
        let read = KeyFile::read(&book).unwrap().unwrap();
        assert_eq!(read, record);
        assert_eq!(read.unwrap_key("tea at five").unwrap().to_hex(), key.to_hex());
        assert!(matches!(read.unwrap_key("tea at six"), Err(Error::WrongPassphrase)));
        let text = std::fs::read_to_string(KeyFile::path_for(&book)).unwrap();
        assert!(!text.contains(key.to_hex().as_str()), "the key itself is never written");
    }

    #[test]
    fn a_plain_book_is_told_from_an_encrypted_one_by_its_header() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        assert!(!is_encrypted_file(&path).unwrap());
        std::fs::write(&path, b"").unwrap();
        assert!(!is_encrypted_file(&path).unwrap());
        std::fs::write(&path, b"SQLite format 3\0rest").unwrap();
        assert!(!is_encrypted_file(&path).unwrap());
        std::fs::write(&path, [7u8; 64]).unwrap();
        assert!(is_encrypted_file(&path).unwrap());
    }
}
