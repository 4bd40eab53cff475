//! Hashing of staff passwords: argon2id with the crate's default parameters (19 MiB, 2 passes).
//! Each hash takes 19 MiB and a core for tens of milliseconds, so at most one runs per core at a
//! time ([`CPU_WORK`]): a burst of sign-ins waits its turn instead of taking the machine's memory
//! (512 hashes at once on the blocking pool would take 10 GB). They run on the blocking pool,
//! never on the async threads that serve pages. Booking PINs use a keyed hash (`pin.rs`).

use argon2::{
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// Permits for CPU- and memory-heavy work: one per core.
pub static CPU_WORK: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZero::get)));

/// Runs `work` on the blocking pool once a [`CPU_WORK`] permit is free.
async fn cpu_bound<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    let _permit = CPU_WORK.acquire().await.map_err(|e| e.to_string())?;
    tokio::task::spawn_blocking(work).await.map_err(|e| e.to_string())
}

/// The PHC string (`$argon2id$v=19$...`) of `secret`, with a fresh random salt.
pub async fn hash(secret: String) -> Result<String, String> {
    cpu_bound(move || {
        let salt = SaltString::encode_b64(crate::directory::random_token(16).as_bytes()).map_err(|e| e.to_string())?;
        Argon2::default().hash_password(secret.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    })
    .await?
}

/// Whether `secret` is the one hashed in `phc`. A malformed hash never matches.
pub async fn matches(secret: String, phc: String) -> bool {
    cpu_bound(move || {
        PasswordHash::new(&phc).is_ok_and(|h| Argon2::default().verify_password(secret.as_bytes(), &h).is_ok())
    })
    .await
    .unwrap_or(false)
}
