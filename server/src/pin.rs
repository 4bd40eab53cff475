//! Booking PINs: six digits, about 20 bits. No hash, however slow, makes 20 bits hard to try
//! offline (a million guesses), so a memory-hard hash would only cost the server memory under a
//! burst of bookings. What protects a PIN instead:
//!
//! - online, the attempt limits of the manage form (per address and per code);
//! - offline (someone with a copy of the database), a keyed hash: HMAC-SHA-256 with a server key
//!   that lives in a file outside the database, so the stored values alone cannot be tried.
//!
//! A stored PIN reads `hmac-sha256$<key id>$<hex>`. The key file holds one key per line,
//! `<id> <64 hex digits>`, the first line making new PINs and every line checking them, so a
//! key is rotated by adding a line on top (and removing the old one when its bookings are
//! over). PINs stored by earlier versions as argon2id strings are still checked, with argon2.

use crate::secret;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::path::Path;

const SCHEME: &str = "hmac-sha256";
/// Key length in bytes: as long as the hash.
const KEY_BYTES: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum PinKeyError {
    #[error("cannot read the PIN key file {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("cannot create the PIN key file {path}: {source}")]
    Create { path: String, source: std::io::Error },
    #[error("the PIN key file {path}, line {line}: expected `<id> <64 hex digits>` (id: letters, digits, '-', at most 16)")]
    Malformed { path: String, line: usize },
    #[error("the PIN key file {path} has no key")]
    Empty { path: String },
}

#[derive(Clone)]
struct Key {
    id: String,
    secret: Vec<u8>,
}

/// The server's PIN keys, the first one current.
#[derive(Clone)]
pub struct PinKeys {
    keys: Vec<Key>,
}

impl std::fmt::Debug for PinKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a key, only which ones there are.
        f.debug_list().entries(self.keys.iter().map(|k| &k.id)).finish()
    }
}

impl PinKeys {
    /// The keys in `path`; when the file does not exist, a new one with one random key, readable
    /// only by the server's user.
    pub fn load_or_create(path: &Path) -> Result<PinKeys, PinKeyError> {
        let shown = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => PinKeys::parse(&text, &shown),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let line = format!("k1 {}\n", crate::directory::random_token(KEY_BYTES));
                write_private(path, &line).map_err(|source| PinKeyError::Create { path: shown.clone(), source })?;
                tracing::info!(path = %shown, "created a PIN key file: keep it with the database backups, apart from them");
                PinKeys::parse(&line, &shown)
            }
            Err(source) => Err(PinKeyError::Read { path: shown, source }),
        }
    }

    fn parse(text: &str, path: &str) -> Result<PinKeys, PinKeyError> {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let malformed = || PinKeyError::Malformed { path: path.to_owned(), line: n + 1 };
            let (id, hex) = line.split_once(char::is_whitespace).ok_or_else(malformed)?;
            let id_ok = !id.is_empty() && id.len() <= 16 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            let secret = from_hex(hex.trim()).filter(|s| s.len() == KEY_BYTES && id_ok).ok_or_else(malformed)?;
            keys.push(Key { id: id.to_owned(), secret });
        }
        if keys.is_empty() {
            return Err(PinKeyError::Empty { path: path.to_owned() });
        }
        Ok(PinKeys { keys })
    }

    /// What to store for `pin`: keyed with the current key.
    pub fn protect(&self, pin: &str) -> String {
        let key = &self.keys[0];
        format!("{SCHEME}${}${}", key.id, to_hex(&mac(&key.secret, pin).finalize().into_bytes()))
    }

    /// Whether `pin` is the one behind `stored` (made by [`PinKeys::protect`] with a key still in
    /// the file, or an argon2id string of an earlier version). Compared in constant time.
    pub async fn matches(&self, pin: &str, stored: &str) -> bool {
        if stored.starts_with("$argon2") {
            return secret::matches(pin.to_owned(), stored.to_owned()).await;
        }
        let mut parts = stored.splitn(3, '$');
        let (Some(SCHEME), Some(id), Some(hex)) = (parts.next(), parts.next(), parts.next()) else { return false };
        let (Some(key), Some(tag)) = (self.keys.iter().find(|k| k.id == id), from_hex(hex)) else { return false };
        mac(&key.secret, pin).verify_slice(&tag).is_ok()
    }
}

fn mac(key: &[u8], pin: &str) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(pin.as_bytes());
    mac
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> PinKeys {
        PinKeys::parse(text, "test").unwrap()
    }

    const K1: &str = "k1 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    const K2: &str = "k2 ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

    #[tokio::test]
    async fn a_pin_matches_itself_and_no_other() {
        let keys = keys(K1);
        let stored = keys.protect("123456");
        assert!(stored.starts_with("hmac-sha256$k1$"), "{stored}");
        assert!(keys.matches("123456", &stored).await);
        assert!(!keys.matches("123457", &stored).await);
        assert!(!keys.matches("", &stored).await);
    }

    #[tokio::test]
    async fn the_stored_value_is_useless_without_the_key() {
        let stored = keys(K1).protect("123456");
        let other_server = keys(&K1.replace("k1 00", "k1 01"));
        assert!(!other_server.matches("123456", &stored).await);
    }

    #[tokio::test]
    async fn a_rotated_key_still_checks_the_pins_it_made() {
        let old = keys(K1).protect("424242");
        let rotated = keys(&format!("{K2}\n{K1}\n"));
        assert!(rotated.protect("424242").starts_with("hmac-sha256$k2$"), "new PINs use the new key");
        assert!(rotated.matches("424242", &old).await, "old PINs still open their booking");
        let retired = keys(K2);
        assert!(!retired.matches("424242", &old).await, "a removed key opens nothing");
    }

    #[tokio::test]
    async fn pins_of_earlier_versions_are_checked_with_argon2() {
        let legacy = secret::hash("654321".into()).await.unwrap();
        assert!(keys(K1).matches("654321", &legacy).await);
        assert!(!keys(K1).matches("654320", &legacy).await);
        assert!(!keys(K1).matches("654321", "hmac-sha256$k1$zz").await, "malformed: no match");
    }

    #[test]
    fn a_missing_file_is_created_private_and_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/pin-keys");
        let made = PinKeys::load_or_create(&path).unwrap();
        let again = PinKeys::load_or_create(&path).unwrap();
        assert_eq!(made.protect("111111"), again.protect("111111"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn a_bad_key_file_says_which_line() {
        let err = PinKeys::parse(&format!("{K1}\nk2 not-hex\n"), "/etc/ponte/pin-keys").err().unwrap();
        assert_eq!(err.to_string(), "the PIN key file /etc/ponte/pin-keys, line 2: expected `<id> <64 hex digits>` (id: letters, digits, '-', at most 16)");
        assert!(matches!(PinKeys::parse("# only a comment\n", "f"), Err(PinKeyError::Empty { .. })));
        assert!(PinKeys::parse("k1 0011", "f").is_err(), "a short key is refused");
    }
}
