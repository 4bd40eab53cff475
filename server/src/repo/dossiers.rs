//! Dossiers: what a desk receives with each booking or request. Created in the booking's transaction
//! (`bookings::create`), read by the desk's operators only (`for_staff`, `get_for_staff`:
//! the access rule is in the SQL, so no caller can forget it).

use super::RepoError;
use crate::{db::Db, on_db};
use domain::{
    assist::ConsentHow,
    booking::BookingCode,
    calendar::LocalDateTime,
    dossier::{Attendance, Channel, Decision, FilledBy, Outcome, Status},
    journey::Draft,
};

/// The request that goes with a new booking.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDossier {
    /// The journey's answers when the person answered the questions (codes, not text).
    pub draft: Option<Draft>,
    pub filled_by: FilledBy,
    /// In the person's own words (their language is the booking's).
    pub note: Option<String>,
    /// How it reached the desk, and the account that recorded it for the person (if one did).
    pub channel: Channel,
    pub recorded_by: Option<Recorder>,
}

/// The staff member who recorded a request for a person (a call, the counter, an assisted
/// journey), the address they did it from (`bookings::create` writes the audit line with the
/// booking), and how and when they recorded that the person agreed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorder {
    pub staff_id: i64,
    pub address: String,
    pub consent_how: ConsentHow,
    pub consent_at: i64,
}

/// Written by `bookings::create` in the booking's transaction when a staff member recorded it.
/// Binds: time, staff, booking, address.
pub(super) const AUDIT_RECORDED: &str = "INSERT INTO audit_log (at, staff_id, action, dossier_id, address) \
    VALUES (?, ?, 'recorded', (SELECT id FROM dossiers WHERE booking_id = ?), ?)";

/// A dossier as an operator reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dossier {
    pub id: i64,
    pub booking_id: i64,
    pub desk_id: i64,
    pub service: String,
    /// The answers, when the person went through the questions and has not withdrawn.
    pub draft: Option<Draft>,
    pub filled_by: FilledBy,
    /// In the person's own words, as written; in `language`.
    pub note: Option<String>,
    pub language: String,
    pub status: Status,
    /// Documents the desk still needs (ids of `content/documents.toml`).
    pub missing: Vec<String>,
    pub status_note: Option<String>,
    /// Where the desk sent the request on: a service id and, maybe, a desk's id.
    pub referral: Option<(String, Option<i64>)>,
    /// How it ended, once closed.
    pub outcome: Option<Outcome>,
    pub claimed_by: Option<i64>,
    pub created_at: i64,
    /// From the booking: when (`None`: sent without an appointment), and who (gone once
    /// withdrawn).
    pub code: BookingCode,
    pub starts_at: Option<LocalDateTime>,
    pub name: Option<String>,
    pub contact: Option<String>,
    /// Whether the person came (marked on the day).
    pub attendance: Option<Attendance>,
    pub channel: Channel,
    /// The account that recorded it for the person (a call, the counter, an assisted journey),
    /// and how the person agreed then; `None` when they ticked the box themselves.
    pub recorded_by: Option<i64>,
    pub consent_how: Option<ConsentHow>,
    pub consent_at: i64,
}

/// Inserted by `bookings::create` in the booking's own transaction (binds: booking id, desk,
/// service, area, answers JSON, have JSON, note, filled by, language, consent, created, updated,
/// channel, recorded by, consent how).
pub(super) const INSERT: &str = "INSERT INTO dossiers (booking_id, desk_id, service, area, answers, have, \
    note, filled_by, language, consent_at, created_at, updated_at, channel, recorded_by, consent_how) \
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/// Run by `bookings::cancel` in its transaction: the request is withdrawn and the answers,
/// which are personal data, are removed.
pub(super) const WITHDRAW: &str = "UPDATE dossiers SET status = 'withdrawn', area = NULL, answers = '{}', note = NULL, missing = '[]', status_note = NULL, \
    have = '[]', referred_service = NULL, referred_desk = NULL, outcome = NULL, updated_at = ? WHERE booking_id = ?";

/// The answers as stored: (area, answers JSON, have JSON).
pub(super) fn stored_answers(d: &NewDossier) -> (Option<String>, String, String) {
    match &d.draft {
        Some(draft) => (
            Some(draft.area.clone()),
            serde_json::to_string(&draft.answers).unwrap_or_else(|_| "{}".into()),
            serde_json::to_string(&draft.have).unwrap_or_else(|_| "[]".into()),
        ),
        None => (None, "{}".into(), "[]".into()),
    }
}

const COLUMNS: &str = "x.id, x.booking_id, x.desk_id, x.service, x.area, x.answers, x.have, x.note, x.filled_by, \
    x.language, x.status, x.missing, x.status_note, x.referred_service, x.referred_desk, x.outcome, x.claimed_by, x.created_at, \
    b.code, b.starts_at, b.name, b.contact, b.attendance, x.channel, x.recorded_by, x.consent_how, x.consent_at";
const FROM: &str = "dossiers x JOIN bookings b ON b.id = x.booking_id";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    booking_id: i64,
    desk_id: i64,
    service: String,
    area: Option<String>,
    answers: String,
    have: String,
    note: Option<String>,
    filled_by: String,
    language: String,
    status: String,
    missing: String,
    status_note: Option<String>,
    referred_service: Option<String>,
    referred_desk: Option<i64>,
    outcome: Option<String>,
    claimed_by: Option<i64>,
    created_at: i64,
    code: String,
    starts_at: Option<String>,
    name: Option<String>,
    contact: Option<String>,
    attendance: Option<String>,
    channel: String,
    recorded_by: Option<i64>,
    consent_how: Option<String>,
    consent_at: i64,
}

impl TryFrom<Row> for Dossier {
    type Error = sqlx::Error;

    fn try_from(r: Row) -> Result<Dossier, sqlx::Error> {
        let bad = |what: &str, value: &str| sqlx::Error::Decode(format!("dossier {}: bad {what} `{value}`", r.id).into());
        let draft = match &r.area {
            Some(area) => Some(Draft {
                // Who the answers are about is not stored twice: `filled_by` says it.
                who: if r.filled_by == "person" { domain::journey::Who::Me } else { domain::journey::Who::Other },
                area: area.clone(),
                answers: serde_json::from_str(&r.answers).map_err(|_| bad("answers", &r.answers))?,
                have: serde_json::from_str(&r.have).map_err(|_| bad("have", &r.have))?,
                // Answers of other areas never go to the desk.
                earlier: Default::default(),
            }),
            None => None,
        };
        Ok(Dossier {
            id: r.id,
            booking_id: r.booking_id,
            desk_id: r.desk_id,
            service: r.service,
            draft,
            filled_by: FilledBy::parse(&r.filled_by).ok_or_else(|| bad("filled_by", &r.filled_by))?,
            note: r.note,
            language: r.language,
            status: Status::parse(&r.status).ok_or_else(|| bad("status", &r.status))?,
            missing: serde_json::from_str(&r.missing).map_err(|_| bad("missing", &r.missing))?,
            status_note: r.status_note,
            referral: r.referred_service.map(|service| (service, r.referred_desk)),
            outcome: match r.outcome.as_deref() {
                Some(o) => Some(Outcome::parse(o).ok_or_else(|| bad("outcome", o))?),
                None => None,
            },
            claimed_by: r.claimed_by,
            created_at: r.created_at,
            starts_at: match &r.starts_at {
                Some(at) => Some(LocalDateTime::parse(at).ok_or_else(|| bad("starts_at", at))?),
                None => None,
            },
            code: BookingCode::try_from(r.code.clone()).map_err(|_| bad("code", &r.code))?,
            name: r.name,
            contact: r.contact,
            attendance: r.attendance.as_deref().and_then(Attendance::parse),
            channel: Channel::parse(&r.channel).ok_or_else(|| bad("channel", &r.channel))?,
            recorded_by: r.recorded_by,
            consent_how: match r.consent_how.as_deref() {
                Some(how) => Some(ConsentHow::parse(how).ok_or_else(|| bad("consent_how", how))?),
                None => None,
            },
            consent_at: r.consent_at,
        })
    }
}

/// The dossier of a booking (for the person who holds the booking, and for tests).
pub async fn by_booking(db: &Db, booking_id: i64) -> Result<Option<Dossier>, RepoError> {
    let sql = db.sql(&format!("SELECT {COLUMNS} FROM {FROM} WHERE x.booking_id = ?")).into_owned();
    let row = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(booking_id).fetch_optional(pool).await?);
    Ok(row.map(Dossier::try_from).transpose()?)
}

/// The dossiers of the desks `staff_id` works for: requests without an appointment first (they
/// wait for the desk to answer), then by appointment time. Anyone else's are never read.
pub async fn for_staff(db: &Db, staff_id: i64) -> Result<Vec<Dossier>, RepoError> {
    let sql = db
        .sql(&format!(
            "SELECT {COLUMNS} FROM {FROM} JOIN staff_desks sd ON sd.desk_id = x.desk_id \
             WHERE sd.staff_id = ? ORDER BY (b.starts_at IS NULL) DESC, b.starts_at, x.id"
        ))
        .into_owned();
    let rows = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(staff_id).fetch_all(pool).await?);
    Ok(rows.into_iter().map(Dossier::try_from).collect::<Result<_, _>>()?)
}

/// The booked appointments of `staff_id`'s desks on one day (`YYYY-MM-DD`), by time.
pub async fn day_for_staff(db: &Db, staff_id: i64, day: &str) -> Result<Vec<Dossier>, RepoError> {
    let sql = db
        .sql(&format!(
            "SELECT {COLUMNS} FROM {FROM} JOIN staff_desks sd ON sd.desk_id = x.desk_id \
             WHERE sd.staff_id = ? AND b.status = 'booked' AND b.starts_at LIKE ? ORDER BY b.starts_at, x.id"
        ))
        .into_owned();
    let pattern = format!("{day}T%");
    let rows = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(staff_id).bind(&pattern).fetch_all(pool).await?);
    Ok(rows.into_iter().map(Dossier::try_from).collect::<Result<_, _>>()?)
}

/// One dossier, only if `staff_id` works for its desk: `None` both when it does not exist and
/// when it is another desk's, so ids reveal nothing.
pub async fn get_for_staff(db: &Db, staff_id: i64, dossier_id: i64) -> Result<Option<Dossier>, RepoError> {
    let sql = db
        .sql(&format!(
            "SELECT {COLUMNS} FROM {FROM} JOIN staff_desks sd ON sd.desk_id = x.desk_id \
             WHERE sd.staff_id = ? AND x.id = ?"
        ))
        .into_owned();
    let row =
        on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(staff_id).bind(dossier_id).fetch_optional(pool).await?);
    Ok(row.map(Dossier::try_from).transpose()?)
}

/// Changes a dossier's status (with the missing documents, the referral or the outcome that go
/// with it), only when `staff_id` works for its desk and the person has not withdrawn it, and
/// writes `audit` in the same transaction. Returns whether it changed. The operator becomes
/// the one handling it. A referral's desk is named by its slug.
pub async fn decide(
    db: &Db,
    staff_id: i64,
    dossier_id: i64,
    d: &Decision,
    audit: &super::staff::AuditEntry,
) -> Result<bool, RepoError> {
    let missing = serde_json::to_string(&d.missing).unwrap_or_else(|_| "[]".into());
    let change = Change::Decide {
        status: d.status.as_str(),
        missing: &missing,
        referred_service: d.referral.as_ref().map(|r| r.service.as_str()),
        referred_desk: d.referral.as_ref().and_then(|r| r.desk.as_deref()),
        outcome: d.outcome.map(Outcome::as_str),
        note: d.note.as_deref(),
    };
    change_audited(db, staff_id, dossier_id, change, audit).await
}

/// Marks whether the person came to the appointment of a dossier of `staff_id`'s desks (a
/// booked one), with `audit` in the same transaction.
pub async fn mark_attendance(
    db: &Db,
    staff_id: i64,
    dossier_id: i64,
    attendance: Attendance,
    audit: &super::staff::AuditEntry,
) -> Result<bool, RepoError> {
    change_audited(db, staff_id, dossier_id, Change::Attendance(attendance.as_str()), audit).await
}

/// Takes a dossier on: `staff_id` becomes the one handling it (a received request moves to
/// "being handled"), only for an operator of its desk, with `audit` in the same transaction.
pub async fn claim(db: &Db, staff_id: i64, dossier_id: i64, audit: &super::staff::AuditEntry) -> Result<bool, RepoError> {
    change_audited(db, staff_id, dossier_id, Change::Claim, audit).await
}

enum Change<'a> {
    Decide {
        status: &'a str,
        missing: &'a str,
        referred_service: Option<&'a str>,
        referred_desk: Option<&'a str>,
        outcome: Option<&'a str>,
        note: Option<&'a str>,
    },
    Claim,
    Attendance(&'a str),
}

/// One change of a dossier by an operator of its desk, and its audit line, in one transaction.
async fn change_audited(
    db: &Db,
    staff_id: i64,
    dossier_id: i64,
    change: Change<'_>,
    audit: &super::staff::AuditEntry,
) -> Result<bool, RepoError> {
    // A dossier of the operator's desks, not withdrawn; the booking for attendance.
    const MINE: &str = "status <> 'withdrawn' AND desk_id IN (SELECT desk_id FROM staff_desks WHERE staff_id = ?)";
    let sql = match change {
        // Binds: [status, missing, referred service, referred desk's slug, outcome, note,]
        // claimed_by, updated_at, dossier, staff.
        Change::Decide { .. } | Change::Claim => {
            let set = match change {
                Change::Decide { .. } => {
                    "status = ?, missing = ?, referred_service = ?, \
                     referred_desk = (SELECT id FROM desks WHERE slug = ?), outcome = ?, status_note = ?,"
                }
                _ => "status = CASE WHEN status = 'received' THEN 'handling' ELSE status END,",
            };
            format!("UPDATE dossiers SET {set} claimed_by = ?, updated_at = ? WHERE id = ? AND {MINE}")
        }
        // Binds: attendance, dossier, staff.
        Change::Attendance(_) => format!(
            "UPDATE bookings SET attendance = ? WHERE status = 'booked' AND starts_at IS NOT NULL \
             AND id = (SELECT booking_id FROM dossiers WHERE id = ? AND {MINE})"
        ),
    };
    let sql = db.sql(&sql).into_owned();
    let log = db.sql(super::staff::INSERT_AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let query = match change {
            Change::Decide { status, missing, referred_service, referred_desk, outcome, note } => sqlx::query(&sql)
                .bind(status)
                .bind(missing)
                .bind(referred_service)
                .bind(referred_desk)
                .bind(outcome)
                .bind(note)
                .bind(staff_id)
                .bind(audit.at),
            Change::Claim => sqlx::query(&sql).bind(staff_id).bind(audit.at),
            Change::Attendance(attendance) => sqlx::query(&sql).bind(attendance),
        };
        let changed = query.bind(dossier_id).bind(staff_id).execute(&mut *tx).await?.rows_affected() == 1;
        if changed {
            sqlx::query(&log)
                .bind(audit.at)
                .bind(audit.staff_id)
                .bind(&audit.action)
                .bind(audit.dossier_id)
                .bind(&audit.address)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(changed)
    })
}

/// The coming booked appointments (from `today`) at the desks where `mediator` is ever
/// present, of people who speak one of their languages, with no mediator asked for or coming
/// yet. The caller keeps those in the mediator's days and hours (`Profile::fits`).
pub async fn coming_for_mediator(db: &Db, mediator: i64, today: &str) -> Result<Vec<Dossier>, RepoError> {
    let sql = db
        .sql(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE b.status = 'booked' AND b.starts_at >= ? \
             AND x.desk_id IN (SELECT desk_id FROM mediator_presence WHERE staff_id = ?) \
             AND x.language IN (SELECT language FROM mediator_languages WHERE staff_id = ?) \
             AND NOT EXISTS (SELECT 1 FROM mediations m WHERE m.dossier_id = x.id) \
             ORDER BY b.starts_at, x.id"
        ))
        .into_owned();
    let rows = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(today).bind(mediator).bind(mediator).fetch_all(pool).await?);
    Ok(rows.into_iter().map(Dossier::try_from).collect::<Result<_, _>>()?)
}

/// The dossiers with these ids, for a page that already knows the reader may see each of them.
pub async fn by_ids(db: &Db, ids: &[i64]) -> Result<Vec<Dossier>, RepoError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let sql = db.sql(&format!("SELECT {COLUMNS} FROM {FROM} WHERE x.id IN ({marks})")).into_owned();
    let rows = on_db!(db, pool => {
        let mut query = sqlx::query_as::<_, Row>(&sql);
        for id in ids {
            query = query.bind(id);
        }
        query.fetch_all(pool).await?
    });
    Ok(rows.into_iter().map(Dossier::try_from).collect::<Result<_, _>>()?)
}

/// One dossier, only if `mediator` is the mediator coming to its appointment (the rule is in
/// the SQL): `None` both when it does not exist and when it is not theirs.
pub async fn get_for_mediator(db: &Db, mediator: i64, dossier_id: i64) -> Result<Option<Dossier>, RepoError> {
    let sql = db
        .sql(&format!(
            "SELECT {COLUMNS} FROM {FROM} JOIN mediations m ON m.dossier_id = x.id \
             WHERE m.mediator_id = ? AND x.id = ? AND x.status <> 'withdrawn'"
        ))
        .into_owned();
    let row = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(mediator).bind(dossier_id).fetch_optional(pool).await?);
    Ok(row.map(Dossier::try_from).transpose()?)
}
