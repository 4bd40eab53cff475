//! The staff's second factor: after the password, the code of an authenticator app on the
//! person's phone (TOTP, `totp.rs`), or one of ten recovery codes for a lost phone.
//!
//! At the first sign-in the account enrols: the page shows a new secret (QR code and key), and
//! the first right code confirms it and makes the recovery codes, shown once. Every code is
//! accepted once, across instances (the database keeps the last step used). Wrong codes count
//! against the same limits as wrong passwords, and are audited.

use crate::{
    client_address::ClientAddress,
    db::Db,
    rate_limit::{self, Limit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS},
    repo::{
        staff::{self, Actor, AuditEntry, Proof, Staff},
        RepoError,
    },
    staff::{readable_code, token_hash},
    totp,
};
use domain::audit::AuditAction;

/// How many recovery codes an enrolment makes.
pub const RECOVERY_CODES: usize = 10;
/// The name authenticator apps show beside the account.
pub const ISSUER: &str = "Ponte";

/// What the enrolment page shows: the app's secret (base32) and the `otpauth://` address of
/// its QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub secret: String,
    pub uri: String,
}

/// The secret `me` enrols with: the one already offered (a page reloaded, opened twice), or a
/// new random one.
pub async fn enrolment(db: &Db, me: &Staff) -> Result<Enrolment, RepoError> {
    let secret = match &me.second_factor.secret {
        Some(secret) => secret.clone(),
        None => {
            let bytes: [u8; totp::SECRET_BYTES] = rand::random();
            staff::offer_secret(db, me.id, &totp::base32(&bytes)).await?
        }
    };
    let uri = totp::otpauth_uri(ISSUER, &me.email, &secret);
    Ok(Enrolment { secret, uri })
}

#[derive(Debug, thiserror::Error)]
pub enum SecondFactorError {
    /// A wrong code, one already used, or no enrolment to check it against.
    #[error("code not accepted")]
    Refused,
    #[error("too many attempts; wait 15 minutes")]
    TooMany,
    #[error(transparent)]
    Repo(#[from] RepoError),
}

impl SecondFactorError {
    /// The id of the message the form shows, or `None` for a failure of the server.
    pub fn message_id(&self) -> Option<&'static str> {
        match self {
            SecondFactorError::Refused => Some("staff-second-factor-refused"),
            SecondFactorError::TooMany => Some("staff-sign-in-too-many"),
            SecondFactorError::Repo(_) => None,
        }
    }
}

/// A second factor accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Passed {
    /// The first code confirmed the app: these recovery codes are shown once, and never again.
    Enrolled { recovery_codes: Vec<String> },
    /// A code from the app, or a recovery code.
    Verified,
}

/// Checks the code `typed` for `me`, whose session `token` has given the password, and marks
/// the session verified when it is right.
pub async fn verify(
    db: &Db,
    me: &Staff,
    typed: &str,
    token: &str,
    address: &ClientAddress,
    now: i64,
) -> Result<Passed, SecondFactorError> {
    let address_key = address.limit_key();
    let limits: [(Limit, &[&str]); 2] =
        [(SIGN_IN_PER_ACCOUNT, &[me.email.as_str()]), (SIGN_IN_PER_ADDRESS, &[address_key.as_str()])];
    if !rate_limit::take_all(db, &limits, now).await? {
        return Err(SecondFactorError::TooMany);
    }
    let address_text = address.to_string();
    let by = Actor::staff(me, &address_text, now);
    let session = token_hash(token);
    let secret = me.second_factor.secret.as_deref().and_then(totp::from_base32);
    let step = secret.as_deref().and_then(|s| totp::accepted_step(s, typed, now, me.second_factor.last_step));
    let passed = match (me.second_factor.enrolled, step) {
        (false, Some(step)) => {
            let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| readable_code(3)).collect();
            let hashes: Vec<String> = codes.iter().map(|c| recovery_code_hash(c)).collect();
            let proof = Proof::Enrolment { step, recovery_hashes: &hashes };
            staff::verify_session(db, &session, proof, &by).await?.then_some(Passed::Enrolled { recovery_codes: codes })
        }
        (true, Some(step)) => staff::verify_session(db, &session, Proof::Code { step }, &by).await?.then_some(Passed::Verified),
        (true, None) if is_recovery_code(typed) => {
            let hash = recovery_code_hash(typed);
            staff::verify_session(db, &session, Proof::RecoveryCode { hash: &hash }, &by).await?.then_some(Passed::Verified)
        }
        _ => None,
    };
    match passed {
        Some(passed) => {
            rate_limit::give_back_all(db, &limits).await?;
            Ok(passed)
        }
        None => {
            let entry = AuditEntry {
                at: now,
                staff_id: Some(me.id),
                action: AuditAction::SecondFactorRefused.as_text(),
                dossier_id: None,
                address: address_text,
            };
            staff::audit(db, &entry).await?;
            Err(SecondFactorError::Refused)
        }
    }
}

/// A recovery code as typed, without what does not matter (case, dashes, spaces).
fn normalized(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// Whether `typed` has the shape of a recovery code (twelve letters and digits) rather than an
/// app's six digits.
fn is_recovery_code(typed: &str) -> bool {
    normalized(typed).len() == 12
}

/// What is stored of a recovery code: its SHA-256. The codes are random (about 59 bits) and
/// tried online only, under the sign-in limits, so a slow hash would add nothing.
fn recovery_code_hash(code: &str) -> String {
    token_hash(&normalized(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_code_is_read_however_it_is_typed() {
        assert_eq!(recovery_code_hash("abcd-efgh-jkmn"), recovery_code_hash(" ABCD EFGH JKMN "));
        assert_ne!(recovery_code_hash("abcd-efgh-jkmn"), recovery_code_hash("abcd-efgh-jkmp"));
        assert!(is_recovery_code("abcd-efgh-jkmn"));
        assert!(!is_recovery_code("123 456"), "an app's code");
    }

    #[test]
    fn new_recovery_codes_are_long_and_different() {
        let codes: std::collections::HashSet<String> = (0..RECOVERY_CODES).map(|_| readable_code(3)).collect();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(codes.iter().all(|c| c.len() == 14 && is_recovery_code(c)), "{codes:?}");
    }
}
