//! Time-based one-time codes (TOTP, RFC 6238): the staff's second factor, as every
//! authenticator app computes them (HMAC-SHA-1, 30-second steps, 6 digits), with the secret
//! written in base32 (RFC 4648) for typing or an `otpauth://` QR code.
//!
//! Pure functions: the clock and the record of used steps are the caller's.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds per step.
pub const STEP_SECONDS: i64 = 30;
/// Digits of a code.
pub const DIGITS: u32 = 6;
/// Bytes of a new secret: 160 bits, as RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
/// Steps accepted on either side of the server's own: a phone's clock a little off, or a code
/// typed in the last seconds of its step.
const DRIFT_STEPS: i64 = 1;

/// The step `unix` seconds fall in.
pub fn step_of(unix: i64) -> i64 {
    unix.div_euclid(STEP_SECONDS)
}

/// The code of `step` with `digits` digits (RFC 4226's HOTP with the step as counter).
pub fn code(secret: &[u8], step: i64, digits: u32) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(&step.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[hash.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([hash[offset], hash[offset + 1], hash[offset + 2], hash[offset + 3]]) & 0x7fff_ffff;
    binary % 10u32.pow(digits)
}

/// The step whose code `typed` is, among the steps around `now` that come after `last_used`
/// (a code is accepted once: a step used, or older than one used, is refused). Spaces are
/// ignored; anything but six digits is refused.
pub fn accepted_step(secret: &[u8], typed: &str, now: i64, last_used: i64) -> Option<i64> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != DIGITS as usize || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let typed: u32 = digits.parse().ok()?;
    let current = step_of(now);
    // Every candidate is computed, so the time taken does not tell which one matched.
    let mut found = None;
    for step in current - DRIFT_STEPS..=current + DRIFT_STEPS {
        if code(secret, step, DIGITS) == typed && step > last_used && found.is_none() {
            found = Some(step);
        }
    }
    found
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// `bytes` in base32, without padding (as authenticator apps take it).
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// The bytes of a base32 text (case, spaces and padding ignored); `None` if it is not base32.
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let value = BASE32.iter().position(|&b| char::from(b) == c.to_ascii_uppercase())?;
        buffer = (buffer << 5) | value as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// The `otpauth://` address an authenticator app reads from a QR code.
pub fn otpauth_uri(issuer: &str, account: &str, secret_base32: &str) -> String {
    let issuer = percent_encode(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={secret_base32}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        percent_encode(account)
    )
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 secret and its 8-digit codes.
    #[test]
    fn the_codes_of_rfc_6238() {
        let secret = b"12345678901234567890";
        let vectors = [
            (59, 94_287_082),
            (1_111_111_109, 7_081_804),
            (1_111_111_111, 14_050_471),
            (1_234_567_890, 89_005_924),
            (2_000_000_000, 69_279_037),
            (20_000_000_000, 65_353_130),
        ];
        for (time, expected) in vectors {
            assert_eq!(code(secret, step_of(time), 8), expected, "T = {time}");
        }
        assert_eq!(code(secret, step_of(59), 6), 287_082, "six digits are the last six");
    }

    #[test]
    fn base32_as_rfc_4648_writes_it() {
        for (bytes, text) in [("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI")] {
            assert_eq!(base32(bytes.as_bytes()), text);
            assert_eq!(from_base32(text).as_deref(), Some(bytes.as_bytes()));
        }
        assert_eq!(from_base32("mzxw 6ytb oi==").as_deref(), Some(&b"foobar"[..]), "case, spaces and padding ignored");
        assert_eq!(from_base32("MZ1W"), None, "1 is not base32");
    }

    #[test]
    fn a_code_is_accepted_once_and_only_near_its_time() {
        let secret = b"12345678901234567890";
        let now = 1_111_111_111;
        let here = format!("{:06}", code(secret, step_of(now), DIGITS));
        assert_eq!(accepted_step(secret, &here, now, 0), Some(step_of(now)));
        assert_eq!(accepted_step(secret, &here, now, step_of(now)), None, "the same code again");
        let spaced = format!("{} {}", &here[..3], &here[3..]);
        assert_eq!(accepted_step(secret, &spaced, now, 0), Some(step_of(now)), "typed in two groups");
        let previous = format!("{:06}", code(secret, step_of(now) - 1, DIGITS));
        assert_eq!(accepted_step(secret, &previous, now, 0), Some(step_of(now) - 1), "one step late");
        assert_eq!(accepted_step(secret, &previous, now, step_of(now)), None, "older than a code used");
        let old = format!("{:06}", code(secret, step_of(now) - 3, DIGITS));
        assert_eq!(accepted_step(secret, &old, now, 0), None, "three steps late");
        assert_eq!(accepted_step(secret, "12345", now, 0), None);
        assert_eq!(accepted_step(b"another secret", &here, now, 0), None);
    }

    #[test]
    fn the_app_address_names_the_service_and_the_account() {
        let uri = otpauth_uri("Ponte Comune di Dalmine", "anna@comune.it", "MZXW6YTBOI");
        assert_eq!(
            uri,
            "otpauth://totp/Ponte%20Comune%20di%20Dalmine:anna@comune.it?secret=MZXW6YTBOI&issuer=Ponte%20Comune%20di%20Dalmine&algorithm=SHA1&digits=6&period=30"
        );
    }
}
