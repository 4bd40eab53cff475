//! The helpers of a booking (`domain::helper`): named with the booking or later by its person,
//! listed on its page and to its desk, removed by the person. Each helper has a PIN of their
//! own; every use of it, and every change a helper or the person makes to who may help, is a
//! line in the audit log, with the booking's dossier.

use super::RepoError;
use crate::{db::Db, on_db};
use domain::{audit::AuditAction, helper::Relationship};

/// A helper as the booking's person and its desk see them. `name` and `contact` are `None`
/// once the booking's personal data is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Helper {
    pub id: i64,
    pub name: Option<String>,
    pub relationship: Relationship,
    pub contact: Option<String>,
    /// When the person agreed (unix seconds).
    pub consent_at: i64,
}

/// A helper to add: who, and their PIN as stored (`PinKeys::protect`).
#[derive(Debug, Clone)]
pub struct NewHelper<'a> {
    pub name: &'a str,
    pub relationship: Relationship,
    pub contact: Option<&'a str>,
    pub pin_hash: &'a str,
    /// When the person agreed (unix seconds): now.
    pub consent_at: i64,
}

/// Binds: booking, name, relationship, contact, PIN hash, consent time.
pub(super) const INSERT: &str = "INSERT INTO booking_helpers (booking_id, name, relationship, contact, pin_hash, consent_at) \
    VALUES (?, ?, ?, ?, ?, ?) RETURNING id";

/// An act about a booking's helpers, with the booking's dossier and no staff member or address
/// (a person's address is only counted, never kept: see the privacy notice). Binds: time,
/// action, booking.
pub(super) const AUDIT: &str = "INSERT INTO audit_log (at, staff_id, action, dossier_id, address) \
    VALUES (?, NULL, ?, (SELECT id FROM dossiers WHERE booking_id = ?), '')";

/// Empties what a booking's helpers hold about them (their name and contact), with the
/// booking's own personal data. Their PINs still open the booking, to see what became of it.
pub(super) const FORGET: &str = "UPDATE booking_helpers SET name = NULL, contact = NULL";

/// Inserts `helper` for `booking_id` and its audit line in the transaction `tx`, on either
/// backend (a macro: each arm of `on_db!` has its own transaction type); gives the new id.
macro_rules! add_helper_in {
    ($tx:ident, $insert:expr, $audit:expr, $booking_id:expr, $helper:expr) => {{
        let id: i64 = sqlx::query_scalar($insert)
            .bind($booking_id)
            .bind($helper.name)
            .bind($helper.relationship.as_str())
            .bind($helper.contact)
            .bind($helper.pin_hash)
            .bind($helper.consent_at)
            .fetch_one(&mut *$tx)
            .await?;
        sqlx::query($audit)
            .bind($helper.consent_at)
            .bind(domain::audit::AuditAction::HelperAdded(id).as_text())
            .bind($booking_id)
            .execute(&mut *$tx)
            .await?;
        id
    }};
}
pub(super) use add_helper_in;

/// Adds a helper to a booking that is still booked, with its audit line, in one transaction.
/// Returns the helper's id, or `None` when the booking was cancelled meanwhile.
pub async fn add(db: &Db, booking_id: i64, helper: &NewHelper<'_>) -> Result<Option<i64>, RepoError> {
    let booked = db.sql("SELECT COUNT(*) FROM bookings WHERE id = ? AND status = 'booked'");
    let insert = db.sql(INSERT);
    let audit = db.sql(AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let n: i64 = sqlx::query_scalar(&booked).bind(booking_id).fetch_one(&mut *tx).await?;
        if n == 0 {
            tx.rollback().await?;
            return Ok(None);
        }
        let id = add_helper_in!(tx, &insert, &audit, booking_id, helper);
        tx.commit().await?;
        Ok(Some(id))
    })
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    name: Option<String>,
    relationship: String,
    contact: Option<String>,
    consent_at: i64,
}

/// The helpers who may open a booking (not removed), first named first.
pub async fn of_booking(db: &Db, booking_id: i64) -> Result<Vec<Helper>, RepoError> {
    let sql = db.sql(
        "SELECT id, name, relationship, contact, consent_at FROM booking_helpers \
         WHERE booking_id = ? AND removed_at IS NULL ORDER BY id",
    );
    let rows = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(booking_id).fetch_all(pool).await?);
    rows.into_iter()
        .map(|r| {
            let relationship = Relationship::parse(&r.relationship).ok_or_else(|| {
                sqlx::Error::Decode(format!("helper {}: bad relationship `{}`", r.id, r.relationship).into())
            })?;
            Ok(Helper { id: r.id, name: r.name, relationship, contact: r.contact, consent_at: r.consent_at })
        })
        .collect()
}

/// The stored PINs of the helpers who may open a booking: (helper id, PIN hash).
pub async fn pins_of(db: &Db, booking_id: i64) -> Result<Vec<(i64, String)>, RepoError> {
    let sql = db.sql(
        "SELECT id, pin_hash FROM booking_helpers WHERE booking_id = ? AND removed_at IS NULL AND pin_hash IS NOT NULL ORDER BY id",
    );
    Ok(on_db!(db, pool => sqlx::query_as::<_, (i64, String)>(&sql).bind(booking_id).fetch_all(pool).await?))
}

/// Whether helper `helper_id` of booking `booking_id` may still open it (the person has not
/// removed them).
pub async fn may_open(db: &Db, booking_id: i64, helper_id: i64) -> Result<bool, RepoError> {
    let sql = db.sql(
        "SELECT COUNT(*) FROM booking_helpers WHERE id = ? AND booking_id = ? AND removed_at IS NULL AND pin_hash IS NOT NULL",
    );
    let n = on_db!(db, pool => sqlx::query_scalar::<_, i64>(&sql).bind(helper_id).bind(booking_id).fetch_one(pool).await?);
    Ok(n > 0)
}

/// The person removes a helper: their name, contact and PIN go at once (the PIN opens nothing
/// any more), with the audit line, in one transaction. Returns whether there was such a helper.
pub async fn remove(db: &Db, booking_id: i64, helper_id: i64, now: i64) -> Result<bool, RepoError> {
    let sql = db.sql(
        "UPDATE booking_helpers SET name = NULL, contact = NULL, pin_hash = NULL, removed_at = ? \
         WHERE id = ? AND booking_id = ? AND removed_at IS NULL",
    );
    let audit = db.sql(AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let done = sqlx::query(&sql).bind(now).bind(helper_id).bind(booking_id).execute(&mut *tx).await?.rows_affected();
        if done == 1 {
            sqlx::query(&audit).bind(now).bind(AuditAction::HelperRemoved(helper_id).as_text()).bind(booking_id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(done == 1)
    })
}

/// Writes what a helper did with a booking (opened it with their PIN, moved it, cancelled it)
/// to the audit log.
pub async fn audit(db: &Db, booking_id: i64, action: AuditAction, now: i64) -> Result<(), RepoError> {
    let sql = db.sql(AUDIT);
    on_db!(db, pool => sqlx::query(&sql).bind(now).bind(action.as_text()).bind(booking_id).execute(pool).await?.rows_affected());
    Ok(())
}
