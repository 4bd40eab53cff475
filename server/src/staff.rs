//! Staff accounts and sign-in: password rules, rate limits, session cookies.
//!
//! The cookie carries a random token; the database keeps only its SHA-256, so neither a copy of
//! the table nor the logs can open a session. Over HTTPS the cookie is `__Host-` prefixed
//! (Secure, host-only, path `/`); on plain http://127.0.0.1 development it cannot be Secure,
//! so it goes without the prefix.

use crate::{
    client_address::ClientAddress,
    db::Db,
    directory::random_token,
    rate_limit::{self, Limit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS},
    repo::{
        desks,
        staff::{self, Actor, AuditEntry, StaffSession},
        RepoError,
    },
    secret,
};
use domain::{
    audit::AuditAction,
    staff::{check_password, normalize_email, PasswordProblem, Role},
};
use sha2::{Digest, Sha256};

/// Known common passwords, refused whatever their length.
pub const COMMON_PASSWORDS: &str = include_str!("../data/common-passwords.txt");

pub const SECURE_COOKIE: &str = "__Host-ponte-staff";
pub const PLAIN_COOKIE: &str = "ponte-staff";

/// The name of the staff cookie: prefixed whenever it can be Secure.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_COOKIE
    } else {
        PLAIN_COOKIE
    }
}

/// The `Set-Cookie` value that starts a session.
pub fn session_cookie(token: &str, secure: bool) -> String {
    let name = cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Strict{secure}")
}

/// The `Set-Cookie` value that ends it in the browser.
pub fn clear_cookie(secure: bool) -> String {
    let name = cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}")
}

/// The staff token in a `Cookie` header, if any.
pub fn token_in(cookie_header: &str, secure: bool) -> Option<&str> {
    let name = cookie_name(secure);
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v)
}

pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// Unknown e-mail, wrong password or disabled account: one answer for all, so that the
    /// form never tells whether an account exists.
    #[error("e-mail or password not recognised")]
    Refused,
    #[error("too many attempts; wait 15 minutes")]
    TooMany,
    #[error(transparent)]
    Repo(#[from] RepoError),
    #[error("password check failed: {0}")]
    Hashing(String),
}

impl SignInError {
    /// The id of the message the sign-in form shows.
    pub fn message_id(&self) -> &'static str {
        match self {
            SignInError::TooMany => "staff-sign-in-too-many",
            _ => "staff-sign-in-refused",
        }
    }
}

/// Checks the password of `email` and opens a session. Returns the cookie token.
pub async fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    address: &ClientAddress,
    now: i64,
) -> Result<(String, staff::Staff), SignInError> {
    let email = normalize_email(email);
    let address_key = address.limit_key();
    // Counted before the password is checked, so that a burst of guesses cannot all be checked
    // at once; a right password gives its attempt back.
    let limits: [(Limit, &[&str]); 2] =
        [(SIGN_IN_PER_ACCOUNT, &[email.as_str()]), (SIGN_IN_PER_ADDRESS, &[address_key.as_str()])];
    if !rate_limit::take_all(db, &limits, now).await? {
        return Err(SignInError::TooMany);
    }
    let account = staff::by_email(db, &email).await?;
    // An unknown account costs the same hashing time as a known one.
    let hash = match &account {
        Some(a) => a.password_hash.clone(),
        None => dummy_hash().await,
    };
    let matches = secret::matches(password.to_owned(), hash).await;
    // Every attempt checked is audited, with the account when it exists. Attempts past the
    // limits are not checked, so they cannot flood the log.
    let audit = |action: AuditAction, staff_id: Option<i64>| AuditEntry {
        at: now,
        staff_id,
        action: action.as_text(),
        dossier_id: None,
        address: address.to_string(),
    };
    match account {
        Some(a) if matches && a.active => {
            let token = random_token(32);
            staff::open_session(db, &token_hash(&token), a.id, now).await?;
            rate_limit::give_back_all(db, &limits).await?;
            staff::audit(db, &audit(AuditAction::SignIn, Some(a.id))).await?;
            Ok((token, a))
        }
        account => {
            staff::audit(db, &audit(AuditAction::SignInRefused, account.map(|a| a.id))).await?;
            Err(SignInError::Refused)
        }
    }
}

async fn dummy_hash() -> String {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    HASH.get_or_init(|| async { secret::hash(random_token(16)).await.unwrap_or_default() }).await.clone()
}

/// The live session of a request's cookie header, verified by the second factor or not.
pub async fn session_of(db: &Db, cookie_header: &str, secure: bool, now: i64) -> Result<Option<StaffSession>, RepoError> {
    match token_in(cookie_header, secure) {
        Some(token) => staff::session_staff(db, &token_hash(token), now, staff::SessionLimits::STAFF).await,
        None => Ok(None),
    }
}

/// The signed-in account of a request's cookie header: its session is live and has passed
/// the second factor. A session that has given only the password is nobody's here.
pub async fn current(db: &Db, cookie_header: &str, secure: bool, now: i64) -> Result<Option<staff::Staff>, RepoError> {
    Ok(session_of(db, cookie_header, secure, now).await?.filter(|s| s.verified).map(|s| s.staff))
}

/// Ends the session of a request's cookie header.
pub async fn sign_out(db: &Db, cookie_header: &str, secure: bool) -> Result<(), RepoError> {
    match token_in(cookie_header, secure) {
        Some(token) => staff::close_session(db, &token_hash(token)).await,
        None => Ok(()),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PasswordChangeError {
    #[error("the current password is not right")]
    WrongCurrent,
    #[error("too many wrong current passwords; wait 15 minutes")]
    TooMany,
    #[error("the new password and its repetition differ")]
    RepeatDiffers,
    #[error("the new password is the current one")]
    Same,
    #[error("password refused: {0}")]
    Weak(PasswordProblem),
    #[error(transparent)]
    Repo(#[from] RepoError),
    #[error("password hashing failed: {0}")]
    Hashing(String),
}

impl PasswordChangeError {
    /// The id of the message the change-password form shows, or `None` for a failure of the
    /// server (the person gets the "service unavailable" page).
    pub fn message_id(&self) -> Option<&'static str> {
        Some(match self {
            PasswordChangeError::WrongCurrent => "staff-password-error-current",
            PasswordChangeError::TooMany => "staff-sign-in-too-many",
            PasswordChangeError::RepeatDiffers => "staff-password-error-repeat",
            PasswordChangeError::Same => "staff-password-error-same",
            PasswordChangeError::Weak(p) => p.message_id(),
            PasswordChangeError::Repo(_) | PasswordChangeError::Hashing(_) => return None,
        })
    }
}

/// A password change as the form sends it.
pub struct PasswordChange<'a> {
    pub current: &'a str,
    pub new: &'a str,
    pub repeated: &'a str,
}

/// `me` changes their own password: the current one is checked first (wrong ones count
/// against the account like refused sign-ins), the new one must be good and different. Every
/// other session of the account ends; the one of `token` stays.
pub async fn change_password(
    db: &Db,
    me: &staff::Staff,
    change: &PasswordChange<'_>,
    token: &str,
    by: &Actor<'_>,
) -> Result<(), PasswordChangeError> {
    if change.new != change.repeated {
        return Err(PasswordChangeError::RepeatDiffers);
    }
    let limits: [(Limit, &[&str]); 1] = [(SIGN_IN_PER_ACCOUNT, &[me.email.as_str()])];
    if !rate_limit::take_all(db, &limits, by.at).await? {
        return Err(PasswordChangeError::TooMany);
    }
    if !secret::matches(change.current.to_owned(), me.password_hash.clone()).await {
        return Err(PasswordChangeError::WrongCurrent);
    }
    rate_limit::give_back_all(db, &limits).await?;
    if change.new == change.current {
        return Err(PasswordChangeError::Same);
    }
    check_password(change.new, &me.email, COMMON_PASSWORDS).map_err(PasswordChangeError::Weak)?;
    let hash = secret::hash(change.new.to_owned()).await.map_err(PasswordChangeError::Hashing)?;
    let token_hash = token_hash(token);
    let new = staff::NewPassword { staff_id: me.id, hash: &hash, must_change: false, clear_second_factor: false, keep_session: Some(&token_hash) };
    Ok(staff::set_password(db, &new, AuditAction::PasswordChanged, by).await?)
}

/// Why an administrator's change to another account was refused.
#[derive(Debug, thiserror::Error)]
pub enum AdministrationError {
    #[error("no such account")]
    NoAccount,
    /// An administrator changes their own password on the change-password page, and never
    /// disables themselves (a network with no administrator left).
    #[error("not on one's own account")]
    OwnAccount,
    #[error(transparent)]
    Repo(#[from] RepoError),
    #[error("password hashing failed: {0}")]
    Hashing(String),
}

/// A random code of `groups` groups of four letters and digits without look-alikes (about 20
/// bits a group), easy to read out and type: temporary passwords, recovery codes.
pub(crate) fn readable_code(groups: usize) -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    let chars: Vec<char> = (0..groups * 4).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// A temporary password: four groups (about 80 bits), read out or handed over once and changed
/// at the next sign-in.
fn temporary_password() -> String {
    readable_code(4)
}

/// An administrator gives another account a temporary password (returned, to be handed over
/// once); the account's sessions end, its second factor is cleared (a reset is what a lost
/// phone needs too), and its owner enrols again and changes the password at the next sign-in.
pub async fn reset_password(db: &Db, account_id: i64, by: &Actor<'_>) -> Result<String, AdministrationError> {
    if by.staff_id == Some(account_id) {
        return Err(AdministrationError::OwnAccount);
    }
    let password = temporary_password();
    let hash = secret::hash(password.clone()).await.map_err(AdministrationError::Hashing)?;
    let new = staff::NewPassword {
        staff_id: account_id,
        hash: &hash,
        must_change: true,
        clear_second_factor: true,
        keep_session: None,
    };
    match staff::set_password(db, &new, AuditAction::PasswordReset(account_id), by).await {
        Ok(()) => Ok(password),
        Err(RepoError::NotFound(_)) => Err(AdministrationError::NoAccount),
        Err(e) => Err(e.into()),
    }
}

/// An administrator disables another account (its sessions end at once) or enables it again.
pub async fn set_account_active(db: &Db, account_id: i64, active: bool, by: &Actor<'_>) -> Result<(), AdministrationError> {
    if by.staff_id == Some(account_id) {
        return Err(AdministrationError::OwnAccount);
    }
    match staff::set_active(db, account_id, active, by).await {
        Ok(()) => Ok(()),
        Err(RepoError::NotFound(_)) => Err(AdministrationError::NoAccount),
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("`{0}` is not an e-mail address")]
    Email(String),
    #[error("the name is empty")]
    Name,
    #[error("the name is longer than {MAX_NAME_CHARS} characters")]
    NameTooLong,
    #[error("password refused: {0}")]
    Password(PasswordProblem),
    #[error("no desk `{0}`")]
    UnknownDesk(String),
    #[error("an operator works for at least one desk")]
    NoDesk,
    #[error(transparent)]
    Repo(#[from] RepoError),
    #[error("password hashing failed: {0}")]
    Hashing(String),
}

/// The longest e-mail address (RFC 5321) and name an account may have.
pub const MAX_EMAIL_BYTES: usize = 254;
pub const MAX_NAME_CHARS: usize = 100;

/// Creates an account after checking everything about it. `desks` are desk slugs; `by` is
/// written to the audit log with it.
pub async fn create_account(
    db: &Db,
    email: &str,
    name: &str,
    role: Role,
    password: &str,
    desk_slugs: &[String],
    by: &Actor<'_>,
) -> Result<i64, AccountError> {
    let email = normalize_email(email);
    let (local, domain) = email.split_once('@').unwrap_or_default();
    if local.is_empty() || !domain.contains('.') || email.chars().any(char::is_whitespace) || email.len() > MAX_EMAIL_BYTES {
        return Err(AccountError::Email(email));
    }
    if name.trim().is_empty() {
        return Err(AccountError::Name);
    }
    if name.trim().chars().count() > MAX_NAME_CHARS {
        return Err(AccountError::NameTooLong);
    }
    check_password(password, &email, COMMON_PASSWORDS).map_err(AccountError::Password)?;
    let mut desk_ids = Vec::new();
    for slug in desk_slugs {
        let desk = desks::by_slug(db, slug).await?.ok_or_else(|| AccountError::UnknownDesk(slug.clone()))?;
        desk_ids.push(desk.id);
    }
    if role == Role::Operator && desk_ids.is_empty() {
        return Err(AccountError::NoDesk);
    }
    let hash = secret::hash(password.to_owned()).await.map_err(AccountError::Hashing)?;
    Ok(staff::create(db, &email, name.trim(), role, &hash, &desk_ids, by).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_temporary_password_is_long_random_and_accepted() {
        let a = temporary_password();
        assert_eq!(a.len(), 19, "{a}");
        assert_ne!(a, temporary_password());
        assert!(check_password(&a, "anna@comune.it", COMMON_PASSWORDS).is_ok(), "{a}");
        assert!(a.chars().all(|c| c == '-' || c.is_ascii_lowercase() || c.is_ascii_digit()));
        assert!(!a.contains(['0', 'o', '1', 'l', 'i']), "no look-alikes: {a}");
    }

    #[test]
    fn the_cookie_is_prefixed_and_secure_over_https_only() {
        assert_eq!(session_cookie("t", true), "__Host-ponte-staff=t; Path=/; HttpOnly; SameSite=Strict; Secure");
        assert_eq!(session_cookie("t", false), "ponte-staff=t; Path=/; HttpOnly; SameSite=Strict");
        assert_eq!(token_in("a=1; __Host-ponte-staff=abc; b=2", true), Some("abc"));
        assert_eq!(token_in("ponte-staff=abc", true), None, "an unprefixed cookie is not taken over HTTPS");
        assert_eq!(token_in("ponte-staff=", false), None);
    }

    #[test]
    fn only_the_hash_of_a_token_is_kept() {
        let hash = token_hash("secret-token");
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains("secret"));
        assert_ne!(hash, token_hash("secret-token2"));
    }
}
