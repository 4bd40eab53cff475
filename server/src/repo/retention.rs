//! Deleting personal data past the retention period. Rows stay, with what the network counts
//! (desk, service, day, status, attendance); the person's name, contact, answers, documents
//! and notes go, and the names and contacts of their helpers. Every statement is idempotent, so instances running it at once are harmless.

use super::RepoError;
use crate::{db::Db, on_db};
use domain::calendar::LocalDateTime;

/// Empties what a dossier holds about the person (the answers, the documents they have, their
/// note, the desk's note to them), keeping what the network counts (status, outcome, dates).
pub(super) const EMPTY_DOSSIER: &str =
    "UPDATE dossiers SET area = NULL, answers = '{}', have = '[]', note = NULL, status_note = NULL";

/// What one purge emptied.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub bookings: u64,
    pub dossiers: u64,
    /// Helpers whose name and contact went with their booking's.
    pub helpers: u64,
    /// Counts of the rate limits (`attempts`) past their time.
    pub attempt_counts: u64,
}

/// Empties the personal data of appointments that started before `appointments_before` and of
/// requests without an appointment last changed before `requests_before` (unix seconds).
pub async fn purge(db: &Db, appointments_before: LocalDateTime, requests_before: i64) -> Result<Purged, RepoError> {
    // The bookings and dossiers past the period: an appointment by its time, a request by the
    // last change of its dossier (the desk may still be handling it).
    let expired = "SELECT b.id FROM bookings b JOIN dossiers d ON d.booking_id = b.id \
        WHERE (b.starts_at IS NOT NULL AND b.starts_at < ?) OR (b.starts_at IS NULL AND d.updated_at < ?)";
    let bookings = db.sql(&format!(
        "UPDATE bookings SET name = NULL, contact = NULL \
         WHERE (name IS NOT NULL OR contact IS NOT NULL) AND id IN ({expired})"
    ))
    .into_owned();
    let dossiers = db.sql(&format!(
        "{EMPTY_DOSSIER} WHERE (area IS NOT NULL OR answers <> '{{}}' OR have <> '[]' OR note IS NOT NULL OR status_note IS NOT NULL) \
         AND booking_id IN ({expired})"
    ))
    .into_owned();
    let helpers = db.sql(&format!(
        "{} WHERE (name IS NOT NULL OR contact IS NOT NULL) AND booking_id IN ({expired})",
        super::helpers::FORGET
    ))
    .into_owned();
    let before = appointments_before.to_string();
    on_db!(db, pool => {
        let bookings = sqlx::query(&bookings).bind(&before).bind(requests_before).execute(pool).await?.rows_affected();
        let dossiers = sqlx::query(&dossiers).bind(&before).bind(requests_before).execute(pool).await?.rows_affected();
        let helpers = sqlx::query(&helpers).bind(&before).bind(requests_before).execute(pool).await?.rows_affected();
        Ok(Purged { bookings, dossiers, helpers, attempt_counts: 0 })
    })
}
