//! Encrypted archives (`advocates export --encrypt`): the archive's JSON sealed with a passphrase. The file is
//!
//! ```text
//! ADVOCATES-SEALED-ARCHIVE 1\n
//! {"kdf":{"name":"argon2id","m_kib":65536,"t":3,"p":4,"salt":"<16 bytes hex>"},"cipher":"xchacha20poly1305","nonce":"<24 bytes hex>"}\n
//! <ciphertext: the archive's UTF-8 JSON, then the 16-byte Poly1305 tag>
//! ```
//!
//! The key is Argon2id(passphrase, salt) with the header's parameters; the two header lines, exactly as written, are
//! the associated data, so no byte of the file can change unnoticed. `advocates import` recognises the first line.

use zeroize::Zeroizing;

use super::{unseal, Kdf, Wrapped};
use crate::error::{Error, Result};

/// The first line of a sealed archive.
pub const MAGIC: &[u8] = b"ADVOCATES-SEALED-ARCHIVE 1\n";

/// True when `bytes` begin like a sealed archive.
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Seals `plain` with `passphrase`.
pub fn seal_archive(plain: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    // The header is the associated data, so it is written (with its nonce) before sealing.
    let header = Wrapped::fresh(Kdf::recommended()?)?;
    let mut out = MAGIC.to_vec();
    out.extend(serde_json::to_vec(&header).expect("a header serializes"));
    out.push(b'\n');
    let sealed = header.seal(plain, passphrase, &out)?;
    out.extend(sealed);
    Ok(out)
}

/// Opens a sealed archive; a wrong passphrase or a changed byte is [`Error::WrongPassphrase`].
pub fn open_archive(bytes: &[u8], passphrase: &str) -> Result<Zeroizing<Vec<u8>>> {
    let rest = bytes.strip_prefix(MAGIC).ok_or_else(|| Error::invalid("archive", "not a sealed archive"))?;
    let end = rest.iter().position(|b| *b == b'\n').ok_or_else(|| Error::invalid("archive", "no header"))?;
    let header: Wrapped = serde_json::from_slice(&rest[..end])
        .map_err(|e| Error::invalid("archive", format!("the sealed archive's header cannot be read: {e}")))?;
    let aad_len = MAGIC.len() + end + 1;
    unseal(&header, &bytes[aad_len..], passphrase, &bytes[..aad_len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_archive_opens_with_its_passphrase_only_and_hides_its_text() {
        let plain = br#"{"format":"advocates-archive","people":[{"name":"Marker Zebra"}]}"#;
        let sealed = seal_archive(plain, "river stone").unwrap();
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(12).any(|w| w == b"Marker Zebra"));
        assert_eq!(open_archive(&sealed, "river stone").unwrap().as_slice(), plain);
        assert!(matches!(open_archive(&sealed, "river stones"), Err(Error::WrongPassphrase)));
        // The header is authenticated too: weaker parameters cannot be slipped in.
        let mut tampered = sealed.clone();
        if let Some(at) = tampered.windows(5).position(|w| w == b"\"t\":3") {
            tampered[at + 4] = b'1';
        }
        assert_ne!(tampered, sealed);
        assert!(matches!(open_archive(&tampered, "river stone"), Err(Error::WrongPassphrase)));
    }
}
