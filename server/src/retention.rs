//! How long Ponte keeps a person's data, and the daily job that deletes it after that
//! (`PONTE_RETENTION_DAYS`; the privacy page states the same number).

use crate::{
    db::Db,
    repo::{attempts, retention, RepoError},
};
use domain::calendar::rome_local;
use std::time::Duration;

const DAY: i64 = 86_400;

/// Deletes the personal data of appointments more than `days` days past and of requests
/// without an appointment unchanged for `days` days, and the rate limits' counts older than
/// `rate_limit::COUNTS_KEPT`, as of `now` (unix seconds).
pub async fn purge(db: &Db, now: i64, days: u32) -> Result<retention::Purged, RepoError> {
    let cutoff = now - i64::from(days) * DAY;
    let purged = retention::purge(db, rome_local(cutoff), cutoff).await?;
    let counts = attempts::forget_before(db, now - crate::rate_limit::COUNTS_KEPT.as_secs() as i64).await?;
    Ok(retention::Purged { attempt_counts: counts, ..purged })
}

/// Runs [`purge`] at start and then once a day, for as long as the process runs. Every
/// instance may run it: the statements are idempotent.
pub fn spawn_daily(db: Db, days: u32) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(DAY as u64));
        loop {
            interval.tick().await;
            match purge(&db, crate::directory::now_unix(), days).await {
                Ok(p) if p.bookings + p.dossiers + p.helpers > 0 => {
                    tracing::info!(bookings = p.bookings, dossiers = p.dossiers, helpers = p.helpers, "deleted personal data past the retention period");
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not delete personal data past the retention period"),
            }
        }
    })
}
