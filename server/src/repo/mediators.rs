//! Mediators (`domain::mediation`): the languages and presence an administrator sets on a
//! mediator's account, and mediations: a mediator for one dossier's appointment, asked for by
//! an operator of its desk or offered by a mediator who will be there. Every change is written
//! to the audit log in its own transaction.

use super::{desks::BUMP_DIRECTORY_VERSION, staff::AuditEntry, RepoError};
use crate::{db::Db, on_db};
use domain::{
    calendar::{Date, Time, Weekday},
    mediation::{Presence, Profile},
};
use std::collections::HashMap;

/// Writes `audit` in the transaction `tx` (a macro: each arm of `on_db!` has its own type).
macro_rules! write_audit_in {
    ($tx:ident, $sql:expr, $audit:expr) => {
        sqlx::query($sql)
            .bind($audit.at)
            .bind($audit.staff_id)
            .bind(&$audit.action)
            .bind($audit.dossier_id)
            .bind(&$audit.address)
            .execute(&mut *$tx)
            .await?
    };
}

/// A mediator's languages and presence (desks by slug), in the order of the week.
pub async fn profile(db: &Db, staff_id: i64) -> Result<Profile, RepoError> {
    let languages = db.sql("SELECT language FROM mediator_languages WHERE staff_id = ? ORDER BY language");
    let presence = db.sql(
        "SELECT d.slug, p.weekday, p.starts, p.ends FROM mediator_presence p JOIN desks d ON d.id = p.desk_id \
         WHERE p.staff_id = ? ORDER BY p.weekday, p.starts, d.slug",
    );
    let (languages, rows) = on_db!(db, pool => {
        let languages: Vec<String> = sqlx::query_scalar(&languages).bind(staff_id).fetch_all(pool).await?;
        let rows: Vec<(String, i32, i32, i32)> = sqlx::query_as(&presence).bind(staff_id).fetch_all(pool).await?;
        (languages, rows)
    });
    let presence = rows
        .into_iter()
        .filter_map(|(desk, weekday, starts, ends)| {
            Some(Presence { desk, weekday: Weekday::from_number(weekday as u8)?, from: Time(starts as u16), to: Time(ends as u16) })
        })
        .collect();
    Ok(Profile { languages, presence })
}

/// Replaces the languages and presence of mediator account `staff_id` (desks by slug), with
/// `audit`, in one transaction; the directory's version moves on, since the desks' public
/// languages come from here. `false` when the account is not a mediator's.
pub async fn set_profile(db: &Db, staff_id: i64, profile: &Profile, audit: &AuditEntry) -> Result<bool, RepoError> {
    let is_mediator = db.sql("SELECT COUNT(*) FROM staff WHERE id = ? AND role = 'mediator'");
    let clear_languages = db.sql("DELETE FROM mediator_languages WHERE staff_id = ?");
    let clear_presence = db.sql("DELETE FROM mediator_presence WHERE staff_id = ?");
    let add_language = db.sql("INSERT INTO mediator_languages (staff_id, language) VALUES (?, ?)");
    let add_presence = db.sql(
        "INSERT INTO mediator_presence (staff_id, desk_id, weekday, starts, ends) \
         SELECT ?, id, ?, ?, ? FROM desks WHERE slug = ?",
    );
    let log = db.sql(super::staff::INSERT_AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let n: i64 = sqlx::query_scalar(&is_mediator).bind(staff_id).fetch_one(&mut *tx).await?;
        if n == 0 {
            return Ok(false);
        }
        sqlx::query(&clear_languages).bind(staff_id).execute(&mut *tx).await?;
        sqlx::query(&clear_presence).bind(staff_id).execute(&mut *tx).await?;
        for language in &profile.languages {
            sqlx::query(&add_language).bind(staff_id).bind(language).execute(&mut *tx).await?;
        }
        for p in &profile.presence {
            sqlx::query(&add_presence)
                .bind(staff_id)
                .bind(i32::from(p.weekday.number()))
                .bind(i32::from(p.from.0))
                .bind(i32::from(p.to.0))
                .bind(&p.desk)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(BUMP_DIRECTORY_VERSION).execute(&mut *tx).await?;
        write_audit_in!(tx, &log, audit);
        tx.commit().await?;
        Ok(true)
    })
}


/// A mediation as the desk and the mediators see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mediation {
    pub dossier_id: i64,
    pub language: String,
    pub day: Date,
    /// The mediator who will be there; `None` while asked for.
    pub mediator: Option<i64>,
}

/// The mediations of these dossiers, by dossier.
pub async fn of_dossiers(db: &Db, dossier_ids: &[i64]) -> Result<HashMap<i64, Mediation>, RepoError> {
    if dossier_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let marks = vec!["?"; dossier_ids.len()].join(", ");
    let sql = db.sql(&format!("SELECT dossier_id, language, day, mediator_id FROM mediations WHERE dossier_id IN ({marks})")).into_owned();
    let rows: Vec<(i64, String, String, Option<i64>)> = on_db!(db, pool => {
        let mut query = sqlx::query_as(&sql);
        for id in dossier_ids {
            query = query.bind(id);
        }
        query.fetch_all(pool).await?
    });
    Ok(rows
        .into_iter()
        .filter_map(|(dossier_id, language, day, mediator)| {
            Some((dossier_id, Mediation { dossier_id, language, day: Date::parse(&day)?, mediator }))
        })
        .collect())
}

/// The mediations a mediator may see from `today` on: those they will be at, and those asked
/// for in one of their languages that nobody has taken yet.
pub async fn open_or_mine(db: &Db, mediator: i64, today: Date) -> Result<Vec<Mediation>, RepoError> {
    let sql = db.sql(
        "SELECT m.dossier_id, m.language, m.day, m.mediator_id FROM mediations m \
         JOIN dossiers x ON x.id = m.dossier_id \
         WHERE m.day >= ? AND x.status <> 'withdrawn' AND (m.mediator_id = ? OR (m.mediator_id IS NULL \
         AND m.language IN (SELECT language FROM mediator_languages WHERE staff_id = ?))) \
         ORDER BY m.day, m.dossier_id",
    );
    let rows: Vec<(i64, String, String, Option<i64>)> = on_db!(db, pool => {
        sqlx::query_as(&sql).bind(today.to_string()).bind(mediator).bind(mediator).fetch_all(pool).await?
    });
    Ok(rows
        .into_iter()
        .filter_map(|(dossier_id, language, day, mediator)| Some(Mediation { dossier_id, language, day: Date::parse(&day)?, mediator }))
        .collect())
}

/// An operator asks for a mediator (`language`, `day`) for a dossier of their desks that has
/// none asked for yet, with `audit`. Returns whether it was asked now.
pub async fn ask(db: &Db, operator: i64, dossier_id: i64, language: &str, day: Date, audit: &AuditEntry) -> Result<bool, RepoError> {
    let insert = db.sql(
        "INSERT INTO mediations (dossier_id, language, day, asked_by, asked_at) \
         SELECT x.id, ?, ?, ?, ? FROM dossiers x \
         WHERE x.id = ? AND x.status <> 'withdrawn' AND x.desk_id IN (SELECT desk_id FROM staff_desks WHERE staff_id = ?) \
         AND NOT EXISTS (SELECT 1 FROM mediations m WHERE m.dossier_id = x.id)",
    );
    let log = db.sql(super::staff::INSERT_AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let asked = sqlx::query(&insert)
            .bind(language)
            .bind(day.to_string())
            .bind(operator)
            .bind(audit.at)
            .bind(dossier_id)
            .bind(operator)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        if asked {
            write_audit_in!(tx, &log, audit);
        }
        tx.commit().await?;
        Ok(asked)
    })
}

/// Mediator `mediator` will be at the appointment of a dossier: takes the mediation asked for
/// it, or offers one (`language`, `day`) when none was asked. The caller checked that the
/// dossier is one they may take. Returns `false` when another mediator took it first.
pub async fn confirm(db: &Db, mediator: i64, dossier_id: i64, language: &str, day: Date, audit: &AuditEntry) -> Result<bool, RepoError> {
    let upsert = db.sql(
        "INSERT INTO mediations (dossier_id, language, day, asked_at, mediator_id, confirmed_at) VALUES (?, ?, ?, ?, ?, ?) \
         ON CONFLICT (dossier_id) DO UPDATE SET mediator_id = excluded.mediator_id, confirmed_at = excluded.confirmed_at \
         WHERE mediations.mediator_id IS NULL",
    );
    let log = db.sql(super::staff::INSERT_AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let taken = sqlx::query(&upsert)
            .bind(dossier_id)
            .bind(language)
            .bind(day.to_string())
            .bind(audit.at)
            .bind(mediator)
            .bind(audit.at)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        if taken {
            write_audit_in!(tx, &log, audit);
        }
        tx.commit().await?;
        Ok(taken)
    })
}

/// Mediator `mediator` can no longer come to a dossier's appointment they said they would come
/// to, with `audit`: a mediation an operator asked for is open again for the others; one the
/// mediator offered goes. Returns `false` when they were not coming to it.
pub async fn release(db: &Db, mediator: i64, dossier_id: i64, audit: &AuditEntry) -> Result<bool, RepoError> {
    let offered = db.sql("DELETE FROM mediations WHERE dossier_id = ? AND mediator_id = ? AND asked_by IS NULL");
    let asked = db.sql("UPDATE mediations SET mediator_id = NULL, confirmed_at = NULL WHERE dossier_id = ? AND mediator_id = ?");
    let log = db.sql(super::staff::INSERT_AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let mut released = sqlx::query(&offered).bind(dossier_id).bind(mediator).execute(&mut *tx).await?.rows_affected();
        released += sqlx::query(&asked).bind(dossier_id).bind(mediator).execute(&mut *tx).await?.rows_affected();
        if released > 0 {
            write_audit_in!(tx, &log, audit);
        }
        tx.commit().await?;
        Ok(released > 0)
    })
}

/// Run by `bookings::cancel` in its transaction: nobody comes to an appointment that is not
/// there. Binds: booking.
pub(super) const CANCEL: &str = "DELETE FROM mediations WHERE dossier_id IN (SELECT id FROM dossiers WHERE booking_id = ?)";

/// Run by `bookings::reschedule` in its transaction: the mediator confirmed for the old time
/// may not be there at the new one, so the mediation is asked for again, for the new day.
/// Binds: new day, booking.
pub(super) const MOVED: &str = "UPDATE mediations SET day = ?, mediator_id = NULL, confirmed_at = NULL \
    WHERE dossier_id IN (SELECT id FROM dossiers WHERE booking_id = ?)";
