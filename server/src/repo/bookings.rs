//! Appointments, and requests sent without one (no start, no seat). The database, not this
//! code, guarantees that a seat of a slot is booked at most once (`bookings_one_per_seat`);
//! this code picks a free seat and turns the refusal into [`BookError::SlotTaken`].

use super::{
    dossiers::{self, NewDossier},
    helpers::{self, add_helper_in, NewHelper},
    RepoError,
};
use crate::{
    db::{is_unique_violation, Db},
    directory::now_unix,
    on_db,
};
use domain::{audit::AuditAction, booking::BookingCode, calendar::LocalDateTime};
use sqlx::Connection;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Booked,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub id: i64,
    pub code: BookingCode,
    pub desk_id: i64,
    pub service: String,
    /// `None`: a request sent without an appointment.
    pub starts_at: Option<LocalDateTime>,
    pub status: Status,
    pub name: Option<String>,
    pub contact: Option<String>,
    pub language: String,
    pub pin_hash: String,
    pub created_at: i64,
}

/// What a booking needs. `request_key` comes from the form, so that a form posted twice (double
/// tap, reload) finds the first booking instead of making a second one.
#[derive(Debug, Clone)]
pub struct NewBooking<'a> {
    pub request_key: &'a str,
    pub code: BookingCode,
    pub desk_id: i64,
    pub service: &'a str,
    /// The slot, or `None` for a request without an appointment (then `capacity` is unused).
    pub starts_at: Option<LocalDateTime>,
    pub capacity: u16,
    pub name: &'a str,
    pub contact: Option<&'a str>,
    pub language: &'a str,
    pub pin_hash: &'a str,
    pub now: i64,
    /// The request handed to the desk, saved with the booking or not at all.
    pub dossier: &'a NewDossier,
    /// Someone the person lets follow and manage it, saved with it or not at all.
    pub helper: Option<NewHelper<'a>>,
}

#[derive(Debug, thiserror::Error)]
pub enum BookError {
    /// Every seat of the slot is booked.
    #[error("this time was just taken")]
    SlotTaken,
    /// The random code is in use already (try again with another).
    #[error("booking code already in use")]
    CodeInUse,
    #[error(transparent)]
    Repo(#[from] RepoError),
}

impl From<sqlx::Error> for BookError {
    fn from(e: sqlx::Error) -> Self {
        BookError::Repo(e.into())
    }
}

/// A booking, and whether it was made by this call (`false`: the same request was made before).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub booking: Booking,
    pub new: bool,
}

const COLUMNS: &str =
    "id, code, desk_id, service, starts_at, status, name, contact, language, pin_hash, created_at";

/// A row as stored; [`Booking`] is the checked form.
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    code: String,
    desk_id: i64,
    service: String,
    starts_at: Option<String>,
    status: String,
    name: Option<String>,
    contact: Option<String>,
    language: String,
    pin_hash: String,
    created_at: i64,
}

impl TryFrom<Row> for Booking {
    type Error = sqlx::Error;

    fn try_from(r: Row) -> Result<Booking, sqlx::Error> {
        let starts_at = match &r.starts_at {
            Some(at) => Some(LocalDateTime::parse(at).ok_or_else(|| {
                sqlx::Error::Decode(format!("booking {}: bad starts_at `{at}`", r.id).into())
            })?),
            None => None,
        };
        let code = BookingCode::try_from(r.code)
            .map_err(|e| sqlx::Error::Decode(format!("booking {}: {e}", r.id).into()))?;
        Ok(Booking {
            id: r.id,
            code,
            desk_id: r.desk_id,
            service: r.service,
            starts_at,
            status: if r.status == "booked" { Status::Booked } else { Status::Cancelled },
            name: r.name,
            contact: r.contact,
            language: r.language,
            pin_hash: r.pin_hash,
            created_at: r.created_at,
        })
    }
}

/// Books the first free seat of the slot, in one transaction (`BEGIN IMMEDIATE` on SQLite),
/// with its dossier, its helper and the audit lines of both (a helper added; a request recorded
/// by a staff member); a request without a slot takes no seat. The caller has checked that the
/// slot exists in the desk's hours.
pub async fn create(db: &Db, b: &NewBooking<'_>) -> Result<Made, BookError> {
    let by_key = db.sql(&format!("SELECT {COLUMNS} FROM bookings WHERE request_key = ?")).into_owned();
    let code_used = db.sql("SELECT COUNT(*) FROM bookings WHERE code = ?");
    let insert = db.sql(
        "INSERT INTO bookings (code, request_key, desk_id, service, starts_at, seat, name, contact, language, \
         pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
    );
    let by_code = db.sql(&format!("SELECT {COLUMNS} FROM bookings WHERE code = ?")).into_owned();
    let insert_dossier = db.sql(dossiers::INSERT);
    let insert_helper = db.sql(helpers::INSERT);
    let audit_helper = db.sql(helpers::AUDIT);
    let audit_recorded = db.sql(dossiers::AUDIT_RECORDED);
    let (area, answers, have) = dossiers::stored_answers(b.dossier);
    let starts_at = b.starts_at.map(|at| at.to_string());
    // A request without an appointment is one row without a seat.
    let seats = if b.starts_at.is_some() { 1..=i32::from(b.capacity) } else { 1..=1 };
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        if let Some(row) = sqlx::query_as::<_, Row>(&by_key).bind(b.request_key).fetch_optional(&mut *tx).await? {
            let booking = Booking::try_from(row)?;
            tx.commit().await?;
            return Ok(Made { booking, new: false });
        }
        let used: i64 = sqlx::query_scalar(&code_used).bind(b.code.as_str()).fetch_one(&mut *tx).await?;
        if used > 0 {
            return Err(BookError::CodeInUse);
        }
        for seat in seats {
            let seat = starts_at.as_ref().map(|_| seat);
            let inserted = sqlx::query(&insert)
                .bind(b.code.as_str())
                .bind(b.request_key)
                .bind(b.desk_id)
                .bind(b.service)
                .bind(&starts_at)
                .bind(seat)
                .bind(b.name)
                .bind(b.contact)
                .bind(b.language)
                .bind(b.pin_hash)
                .bind(b.now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if inserted == 1 {
                let row = sqlx::query_as::<_, Row>(&by_code).bind(b.code.as_str()).fetch_one(&mut *tx).await?;
                let booking = Booking::try_from(row)?;
                sqlx::query(&insert_dossier)
                    .bind(booking.id)
                    .bind(b.desk_id)
                    .bind(b.service)
                    .bind(&area)
                    .bind(&answers)
                    .bind(&have)
                    .bind(&b.dossier.note)
                    .bind(b.dossier.filled_by.as_str())
                    .bind(b.language)
                    .bind(b.dossier.recorded_by.as_ref().map_or(b.now, |r| r.consent_at))
                    .bind(b.now)
                    .bind(b.now)
                    .bind(b.dossier.channel.as_str())
                    .bind(b.dossier.recorded_by.as_ref().map(|r| r.staff_id))
                    .bind(b.dossier.recorded_by.as_ref().map(|r| r.consent_how.as_str()))
                    .execute(&mut *tx)
                    .await?;
                if let Some(recorder) = &b.dossier.recorded_by {
                    sqlx::query(&audit_recorded)
                        .bind(b.now)
                        .bind(recorder.staff_id)
                        .bind(booking.id)
                        .bind(&recorder.address)
                        .execute(&mut *tx)
                        .await?;
                }
                if let Some(helper) = &b.helper {
                    add_helper_in!(tx, &insert_helper, &audit_helper, booking.id, helper);
                }
                tx.commit().await?;
                return Ok(Made { booking, new: true });
            }
        }
        // No seat: unless the same request was committed meanwhile (PostgreSQL lets a
        // concurrent twin finish first), the slot is full.
        if let Some(row) = sqlx::query_as::<_, Row>(&by_key).bind(b.request_key).fetch_optional(&mut *tx).await? {
            let booking = Booking::try_from(row)?;
            tx.commit().await?;
            return Ok(Made { booking, new: false });
        }
        tx.rollback().await?;
        // A request takes no seat: only its code, taken meanwhile, can have refused it.
        Err(if b.starts_at.is_some() { BookError::SlotTaken } else { BookError::CodeInUse })
    })
}

/// A booking by its code (whatever its status).
pub async fn by_code(db: &Db, code: &BookingCode) -> Result<Option<Booking>, RepoError> {
    let sql = db.sql(&format!("SELECT {COLUMNS} FROM bookings WHERE code = ?")).into_owned();
    on_db!(db, pool => {
        let row = sqlx::query_as::<_, Row>(&sql).bind(code.as_str()).fetch_optional(pool).await?;
        Ok(row.map(Booking::try_from).transpose()?)
    })
}

/// How many seats are booked per slot start of a desk's service, for starts in `[from, to)`.
pub async fn booked_counts(
    db: &Db,
    desk_id: i64,
    service: &str,
    from: LocalDateTime,
    to: LocalDateTime,
) -> Result<HashMap<LocalDateTime, u16>, RepoError> {
    let sql = db.sql(
        "SELECT starts_at, COUNT(*) AS n FROM bookings WHERE desk_id = ? AND service = ? AND status = 'booked' \
         AND starts_at >= ? AND starts_at < ? GROUP BY starts_at",
    );
    let rows: Vec<(String, i64)> = on_db!(db, pool => sqlx::query_as(&sql)
        .bind(desk_id)
        .bind(service)
        .bind(from.to_string())
        .bind(to.to_string())
        .fetch_all(pool)
        .await?);
    Ok(rows.into_iter().filter_map(|(at, n)| Some((LocalDateTime::parse(&at)?, n as u16))).collect())
}

/// Cancels a booking and withdraws its dossier, in one transaction, removing the person's
/// name, contact and answers, and the names and contacts of their helpers; no mediator is
/// expected any more. When a helper
/// (`by_helper`) cancels, the audit line is written in the same transaction. Returns whether it
/// was booked.
pub async fn cancel(db: &Db, code: &BookingCode, now: i64, by_helper: Option<i64>) -> Result<bool, RepoError> {
    let sql = db.sql(
        "UPDATE bookings SET status = 'cancelled', name = NULL, contact = NULL, cancelled_at = ? \
         WHERE code = ? AND status = 'booked' RETURNING id",
    );
    let withdraw = db.sql(dossiers::WITHDRAW);
    let helpers = db.sql(&format!("{} WHERE booking_id = ?", helpers::FORGET)).into_owned();
    let audit = db.sql(helpers::AUDIT);
    let mediation = db.sql(super::mediators::CANCEL);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let id: Option<i64> = sqlx::query_scalar(&sql).bind(now).bind(code.as_str()).fetch_optional(&mut *tx).await?;
        if let Some(id) = id {
            sqlx::query(&withdraw).bind(now).bind(id).execute(&mut *tx).await?;
            sqlx::query(&helpers).bind(id).execute(&mut *tx).await?;
            sqlx::query(&mediation).bind(id).execute(&mut *tx).await?;
            if let Some(helper) = by_helper {
                sqlx::query(&audit).bind(now).bind(AuditAction::HelperCancelled(helper).as_text()).bind(id).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(id.is_some())
    })
}

/// Erases what a booking holds about its person (name, contact, the dossier's answers,
/// documents and notes, and their helpers' names and contacts), at the person's request, in one transaction; its status, attendance
/// and outcome stay as anonymous counts. Returns whether the booking exists.
pub async fn erase(db: &Db, code: &BookingCode) -> Result<bool, RepoError> {
    let booking = db.sql("UPDATE bookings SET name = NULL, contact = NULL WHERE code = ? RETURNING id");
    let dossier = db.sql(&format!("{} WHERE booking_id = ?", super::retention::EMPTY_DOSSIER)).into_owned();
    let helpers = db.sql(&format!("{} WHERE booking_id = ?", helpers::FORGET)).into_owned();
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let id: Option<i64> = sqlx::query_scalar(&booking).bind(code.as_str()).fetch_optional(&mut *tx).await?;
        if let Some(id) = id {
            sqlx::query(&dossier).bind(id).execute(&mut *tx).await?;
            sqlx::query(&helpers).bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(id.is_some())
    })
}

/// Moves a booking to another slot of the same desk and service, in one transaction: the new
/// seat is taken and the old one freed together (with the audit line when a helper moves it,
/// `by_helper`, and a mediator asked for again for the new day), or nothing changes.
pub async fn reschedule(
    db: &Db,
    code: &BookingCode,
    to: LocalDateTime,
    capacity: u16,
    by_helper: Option<i64>,
) -> Result<(), BookError> {
    let update = db.sql("UPDATE bookings SET starts_at = ?, seat = ? WHERE code = ? AND status = 'booked' RETURNING id");
    let audit = db.sql(helpers::AUDIT);
    let mediation = db.sql(super::mediators::MOVED);
    let day = to.date.to_string();
    let to = to.to_string();
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        for seat in 1..=i32::from(capacity) {
            // A savepoint per try: on PostgreSQL a refused statement would otherwise spoil the
            // whole transaction.
            let mut attempt = (*tx).begin().await?;
            match sqlx::query_scalar::<_, i64>(&update).bind(&to).bind(seat).bind(code.as_str()).fetch_optional(&mut *attempt).await {
                Ok(Some(id)) => {
                    attempt.commit().await?;
                    sqlx::query(&mediation).bind(&day).bind(id).execute(&mut *tx).await?;
                    if let Some(helper) = by_helper {
                        let action = AuditAction::HelperMoved(helper).as_text();
                        sqlx::query(&audit).bind(now_unix()).bind(action).bind(id).execute(&mut *tx).await?;
                    }
                    tx.commit().await?;
                    return Ok(());
                }
                Ok(None) => return Err(BookError::Repo(RepoError::NotFound("booking"))),
                Err(e) if is_unique_violation(&e) => attempt.rollback().await?,
                Err(e) => return Err(e.into()),
            }
        }
        tx.rollback().await?;
        Err(BookError::SlotTaken)
    })
}

/// Whether a booking or request was already made with this request key.
pub async fn key_used(db: &Db, request_key: &str) -> Result<bool, RepoError> {
    let sql = db.sql("SELECT COUNT(*) FROM bookings WHERE request_key = ?");
    let n = on_db!(db, pool => sqlx::query_scalar::<_, i64>(&sql).bind(request_key).fetch_one(pool).await?);
    Ok(n > 0)
}

/// Active bookings of a slot (before booking it, for tests, and for the desk's day list).
pub async fn count_at(db: &Db, desk_id: i64, service: &str, at: LocalDateTime) -> Result<i64, RepoError> {
    let sql = db.sql(
        "SELECT COUNT(*) FROM bookings WHERE desk_id = ? AND service = ? AND starts_at = ? AND status = 'booked'",
    );
    Ok(on_db!(db, pool => sqlx::query_scalar::<_, i64>(&sql)
        .bind(desk_id)
        .bind(service)
        .bind(at.to_string())
        .fetch_one(pool)
        .await?))
}
