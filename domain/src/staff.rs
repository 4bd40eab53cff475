//! Staff of the desks: roles, and what makes an acceptable password.
//!
//! The password rules follow NIST SP 800-63B: long enough, not a known common password, not the
//! account's own name, and no composition rules (they make passwords harder to remember, not
//! harder to guess).

use serde::{Deserialize, Serialize};

/// What a staff account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Works the dossiers of the desks they are bound to.
    Operator,
    /// Helps people fill in requests; sees no dossier.
    Mediator,
    /// Runs the network: accounts, desks, the audit log.
    Administrator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Operator, Role::Mediator, Role::Administrator];

    /// The value stored in the database and used in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Operator => "operator",
            Role::Mediator => "mediator",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// Characters a password needs at least.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Characters a password may have at most (argon2 would hash more, but a megabyte of
/// "password" is an attack on the server, not a password).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Why a password is refused; each maps to a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("shorter than {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("longer than {MAX_PASSWORD_CHARS} characters")]
    TooLong,
    #[error("a common password, or one character repeated")]
    TooCommon,
    #[error("contains the account's e-mail or name")]
    LikeAccount,
}

impl PasswordProblem {
    /// The id of the message that explains the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::TooCommon => "password-too-common",
            PasswordProblem::LikeAccount => "password-like-account",
        }
    }
}

/// Checks a new password for the account `email`. `common` is a list of known passwords, one
/// per line (`#` starts a comment line), compared without regard to case (see
/// `server/data/common-passwords.txt`).
pub fn check_password(password: &str, email: &str, common: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    let mut distinct: Vec<char> = lower.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() <= 2 || common.lines().map(str::trim).filter(|l| !l.starts_with('#')).any(|known| known.eq_ignore_ascii_case(&lower)) {
        return Err(PasswordProblem::TooCommon);
    }
    let local = email.split('@').next().unwrap_or_default().to_lowercase();
    let parts = std::iter::once(local.as_str()).chain(local.split(['.', '_', '-', '+']));
    if parts.filter(|p| p.chars().count() >= 4).any(|p| lower.contains(p)) {
        return Err(PasswordProblem::LikeAccount);
    }
    Ok(())
}

/// A staff e-mail as stored and compared: trimmed and lower-case.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMON: &str = "password1234\nqwertyuiopas\n123456789012\n";

    #[test]
    fn long_passphrases_are_accepted_without_composition_rules() {
        assert_eq!(check_password("cavallo batteria graffetta", "anna.bianchi@comune.it", COMMON), Ok(()));
        assert_eq!(check_password("tuttominuscoloelungo", "anna@comune.it", COMMON), Ok(()));
    }

    #[test]
    fn short_and_huge_passwords_are_refused() {
        assert_eq!(check_password("Tr0ub4dor&3", "a@b.it", COMMON), Err(PasswordProblem::TooShort));
        // Counted in characters, not bytes: 12 Arabic letters are enough.
        assert_eq!(check_password("كلمةمرورطويل", "a@b.it", COMMON), Ok(()));
        assert_eq!(check_password(&"ab".repeat(200), "a@b.it", COMMON), Err(PasswordProblem::TooLong));
    }

    #[test]
    fn common_and_repetitive_passwords_are_refused_whatever_the_case() {
        assert_eq!(check_password("Password1234", "a@b.it", COMMON), Err(PasswordProblem::TooCommon));
        assert_eq!(check_password("QWERTYUIOPAS", "a@b.it", COMMON), Err(PasswordProblem::TooCommon));
        assert_eq!(check_password("aaaaaaaaaaaaaa", "a@b.it", COMMON), Err(PasswordProblem::TooCommon));
        assert_eq!(check_password("abababababab", "a@b.it", COMMON), Err(PasswordProblem::TooCommon));
    }

    #[test]
    fn the_accounts_own_name_is_refused() {
        let email = "Mario.Rossi@comune.dalmine.bg.it";
        assert_eq!(check_password("mario.rossi.2026", email, COMMON), Err(PasswordProblem::LikeAccount));
        assert_eq!(check_password("il mio nome è Rossi!", email, COMMON), Err(PasswordProblem::LikeAccount));
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
        assert_eq!(normalize_email("  Anna@Comune.IT "), "anna@comune.it");
    }
}
