//! Hashing of secrets people type (booking PINs, staff passwords): argon2id with the crate's
//! default parameters (19 MiB, 2 passes), on the blocking thread pool so that a burst of
//! logins or bookings never stalls the async threads that serve pages.

use argon2::{
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};

/// The PHC string (`$argon2id$v=19$...`) of `secret`, with a fresh random salt.
pub async fn hash(secret: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(crate::directory::random_token(16).as_bytes()).map_err(|e| e.to_string())?;
        Argon2::default().hash_password(secret.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// Whether `secret` is the one hashed in `phc`. A malformed hash never matches.
pub async fn matches(secret: String, phc: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&phc).is_ok_and(|h| Argon2::default().verify_password(secret.as_bytes(), &h).is_ok())
    })
    .await
    .unwrap_or(false)
}
