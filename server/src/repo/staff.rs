//! Staff accounts, the desks they work for, their sessions, and the audit log.

use super::RepoError;
use crate::{
    db::{is_unique_violation, Db},
    on_db,
};
use domain::{audit::AuditAction, staff::Role};

/// A staff account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub active: bool,
    pub password_hash: String,
    /// An administrator set the password: it is changed before anything else.
    pub must_change_password: bool,
    pub second_factor: SecondFactor,
}

/// An account's authenticator app (TOTP) as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecondFactor {
    /// The app's secret in base32, once the enrolment page made one.
    pub secret: Option<String>,
    /// A right code confirmed the secret: from now on every sign-in asks for a code.
    pub enrolled: bool,
    /// The step of the last code accepted (a code is accepted once).
    pub last_step: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    email: String,
    name: String,
    role: String,
    active: bool,
    password_hash: String,
    must_change_password: bool,
    totp_secret: Option<String>,
    totp_enrolled: bool,
    totp_last_step: i64,
}

impl TryFrom<Row> for Staff {
    type Error = sqlx::Error;

    fn try_from(r: Row) -> Result<Staff, sqlx::Error> {
        let role = Role::parse(&r.role)
            .ok_or_else(|| sqlx::Error::Decode(format!("staff {}: bad role `{}`", r.id, r.role).into()))?;
        Ok(Staff {
            id: r.id,
            email: r.email,
            name: r.name,
            role,
            active: r.active,
            password_hash: r.password_hash,
            must_change_password: r.must_change_password,
            second_factor: SecondFactor { secret: r.totp_secret, enrolled: r.totp_enrolled, last_step: r.totp_last_step },
        })
    }
}

/// Writes `by`'s `action` (about no dossier) to the audit log inside the transaction `tx`, on
/// either backend (a macro: each arm of `on_db!` has its own transaction type).
macro_rules! audit_in {
    ($tx:ident, $sql:expr, $by:expr, $action:expr) => {
        sqlx::query($sql)
            .bind($by.at)
            .bind($by.staff_id)
            .bind($action.as_text())
            .bind(None::<i64>)
            .bind($by.address)
            .execute(&mut *$tx)
            .await?
    };
}

const COLUMNS: &str = "s.id, s.email, s.name, s.role, s.active, s.password_hash, s.must_change_password, \
                       s.totp_secret, s.totp_enrolled, s.totp_last_step";

/// Who does something the audit log records outside a dossier: an account, or no one (a
/// command run on the server), from an address, at a time (unix seconds).
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub staff_id: Option<i64>,
    pub address: &'a str,
    pub at: i64,
}

impl<'a> Actor<'a> {
    /// A command run on the server's machine (`server create-staff`).
    pub fn command(at: i64) -> Actor<'static> {
        Actor { staff_id: None, address: "command line", at }
    }

    /// A signed-in staff member, from `address`.
    pub fn staff(me: &Staff, address: &'a str, at: i64) -> Actor<'a> {
        Actor { staff_id: Some(me.id), address, at }
    }
}

/// Adds an account bound to `desks` (database ids) and its line in the audit log, in one
/// transaction: an account never exists without the record of who made it. An account an
/// administrator made must change its password at the first sign-in (`server create-staff`
/// is run by the person themselves, typing their own). The e-mail must be
/// normalised already (`domain::staff::normalize_email`); a second account with the same
/// e-mail is [`RepoError::Duplicate`].
pub async fn create(
    db: &Db,
    email: &str,
    name: &str,
    role: Role,
    password_hash: &str,
    desks: &[i64],
    by: &Actor<'_>,
) -> Result<i64, RepoError> {
    let now = by.at;
    let insert = db.sql(
        "INSERT INTO staff (email, name, role, password_hash, created_at, must_change_password) \
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    );
    let bind_desk = db.sql("INSERT INTO staff_desks (staff_id, desk_id) VALUES (?, ?)");
    let audit = db.sql(INSERT_AUDIT);
    let result: Result<i64, sqlx::Error> = on_db!(db, pool => async {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let id: i64 = sqlx::query_scalar(&insert)
            .bind(email)
            .bind(name)
            .bind(role.as_str())
            .bind(password_hash)
            .bind(now)
            .bind(by.staff_id.is_some())
            .fetch_one(&mut *tx)
            .await?;
        for desk in desks {
            sqlx::query(&bind_desk).bind(id).bind(desk).execute(&mut *tx).await?;
        }
        audit_in!(tx, &audit, by, AuditAction::AccountCreated(id));
        tx.commit().await?;
        Ok(id)
    }.await);
    result.map_err(|e| if is_unique_violation(&e) { RepoError::Duplicate("staff account") } else { e.into() })
}

pub async fn by_email(db: &Db, email: &str) -> Result<Option<Staff>, RepoError> {
    let sql = db.sql(&format!("SELECT {COLUMNS} FROM staff s WHERE s.email = ?")).into_owned();
    let row = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(email).fetch_optional(pool).await?);
    Ok(row.map(Staff::try_from).transpose()?)
}

/// One account, by its id.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<Staff>, RepoError> {
    let sql = db.sql(&format!("SELECT {COLUMNS} FROM staff s WHERE s.id = ?")).into_owned();
    let row = on_db!(db, pool => sqlx::query_as::<_, Row>(&sql).bind(id).fetch_optional(pool).await?);
    Ok(row.map(Staff::try_from).transpose()?)
}

pub async fn count(db: &Db) -> Result<i64, RepoError> {
    Ok(on_db!(db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM staff").fetch_one(pool).await?))
}

/// The database ids of the desks an account works for.
pub async fn desks_of(db: &Db, staff_id: i64) -> Result<Vec<i64>, RepoError> {
    let sql = db.sql("SELECT desk_id FROM staff_desks WHERE staff_id = ? ORDER BY desk_id");
    Ok(on_db!(db, pool => sqlx::query_scalar::<_, i64>(&sql).bind(staff_id).fetch_all(pool).await?))
}

/// How long a staff session lives.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    /// Ends after this many seconds without a request.
    pub idle: i64,
    /// Ends this many seconds after sign-in, however busy.
    pub absolute: i64,
}

impl SessionLimits {
    /// 30 minutes idle, 12 hours in all.
    pub const STAFF: SessionLimits = SessionLimits { idle: 30 * 60, absolute: 12 * 60 * 60 };
}

/// Opens a session for `staff_id` under the hash of its cookie token.
pub async fn open_session(db: &Db, token_hash: &str, staff_id: i64, now: i64) -> Result<(), RepoError> {
    let sql = db.sql("INSERT INTO staff_sessions (token_hash, staff_id, created_at, last_seen) VALUES (?, ?, ?, ?)");
    on_db!(db, pool => sqlx::query(&sql).bind(token_hash).bind(staff_id).bind(now).bind(now).execute(pool).await?.rows_affected());
    Ok(())
}

/// A live session and whether it has passed the second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSession {
    pub staff: Staff,
    /// The code from the app (or a recovery code) was given after the password.
    pub verified: bool,
}

/// The active account of a live session, marking it used now. An expired session, or one of
/// a disabled account, is ended and gives `None`.
pub async fn session_staff(
    db: &Db,
    token_hash: &str,
    now: i64,
    limits: SessionLimits,
) -> Result<Option<StaffSession>, RepoError> {
    let find = db
        .sql(&format!(
            "SELECT {COLUMNS}, x.created_at, x.last_seen, x.verified FROM staff_sessions x JOIN staff s ON s.id = x.staff_id \
             WHERE x.token_hash = ?"
        ))
        .into_owned();
    let touch = db.sql("UPDATE staff_sessions SET last_seen = ? WHERE token_hash = ?");
    let found = on_db!(db, pool => {
        let row = sqlx::query(&find).bind(token_hash).fetch_optional(pool).await?;
        match row {
            None => None,
            Some(row) => {
                use sqlx::{FromRow as _, Row as _};
                let created: i64 = row.try_get("created_at")?;
                let seen: i64 = row.try_get("last_seen")?;
                let verified: bool = row.try_get("verified")?;
                let staff = Staff::try_from(Row::from_row(&row)?)?;
                let live = staff.active && now - seen < limits.idle && now - created < limits.absolute;
                if live {
                    sqlx::query(&touch).bind(now).bind(token_hash).execute(pool).await?;
                }
                Some((StaffSession { staff, verified }, live))
            }
        }
    });
    match found {
        Some((session, true)) => Ok(Some(session)),
        Some((_, false)) => {
            close_session(db, token_hash).await?;
            Ok(None)
        }
        None => Ok(None),
    }
}

/// Ends a session (sign-out, or expiry).
pub async fn close_session(db: &Db, token_hash: &str) -> Result<(), RepoError> {
    let sql = db.sql("DELETE FROM staff_sessions WHERE token_hash = ?");
    on_db!(db, pool => sqlx::query(&sql).bind(token_hash).execute(pool).await?.rows_affected());
    Ok(())
}

/// A new password for an account: its hash, whether its owner must change it at the next
/// sign-in (an administrator set it), and the one session that stays open (the owner's own,
/// when they changed it; `None` ends them all).
#[derive(Debug, Clone, Copy)]
pub struct NewPassword<'a> {
    pub staff_id: i64,
    pub hash: &'a str,
    pub must_change: bool,
    /// The second factor goes too (an administrator's reset, for a lost phone): the owner
    /// enrols again at the next sign-in.
    pub clear_second_factor: bool,
    pub keep_session: Option<&'a str>,
}

/// Sets a password, ends the account's other sessions and writes `action` to the audit log,
/// in one transaction.
pub async fn set_password(db: &Db, new: &NewPassword<'_>, action: AuditAction, by: &Actor<'_>) -> Result<(), RepoError> {
    let update = db.sql("UPDATE staff SET password_hash = ?, must_change_password = ? WHERE id = ?");
    let end_sessions = db.sql("DELETE FROM staff_sessions WHERE staff_id = ? AND token_hash <> ?");
    let clear_app = db.sql("UPDATE staff SET totp_secret = NULL, totp_enrolled = FALSE, totp_last_step = 0 WHERE id = ?");
    let clear_codes = db.sql("DELETE FROM staff_recovery_codes WHERE staff_id = ?");
    let audit = db.sql(INSERT_AUDIT);
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let changed = sqlx::query(&update).bind(new.hash).bind(new.must_change).bind(new.staff_id).execute(&mut *tx).await?;
        if changed.rows_affected() == 0 {
            return Err(RepoError::NotFound("staff account"));
        }
        if new.clear_second_factor {
            sqlx::query(&clear_app).bind(new.staff_id).execute(&mut *tx).await?;
            sqlx::query(&clear_codes).bind(new.staff_id).execute(&mut *tx).await?;
        }
        sqlx::query(&end_sessions).bind(new.staff_id).bind(new.keep_session.unwrap_or_default()).execute(&mut *tx).await?;
        audit_in!(tx, &audit, by, action);
        tx.commit().await?;
        Ok(())
    })
}

/// Disables an account (its sessions end: it can do nothing more) or enables it again, and
/// writes it to the audit log, in one transaction. The directory's version moves on: the desks'
/// public languages count only active mediators.
pub async fn set_active(db: &Db, staff_id: i64, active: bool, by: &Actor<'_>) -> Result<(), RepoError> {
    let update = db.sql("UPDATE staff SET active = ? WHERE id = ?");
    let end_sessions = db.sql("DELETE FROM staff_sessions WHERE staff_id = ?");
    let audit = db.sql(INSERT_AUDIT);
    let action = if active { AuditAction::AccountEnabled(staff_id) } else { AuditAction::AccountDisabled(staff_id) };
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        if sqlx::query(&update).bind(active).bind(staff_id).execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(RepoError::NotFound("staff account"));
        }
        if !active {
            sqlx::query(&end_sessions).bind(staff_id).execute(&mut *tx).await?;
        }
        sqlx::query(super::desks::BUMP_DIRECTORY_VERSION).execute(&mut *tx).await?;
        audit_in!(tx, &audit, by, action);
        tx.commit().await?;
        Ok(())
    })
}

/// Gives an account not enrolled yet the secret its enrolment page shows, unless it has one
/// already (two pages opened at once show the same). Returns the secret the account has.
pub async fn offer_secret(db: &Db, staff_id: i64, secret: &str) -> Result<String, RepoError> {
    let set = db.sql("UPDATE staff SET totp_secret = ? WHERE id = ? AND totp_secret IS NULL AND NOT totp_enrolled");
    let get = db.sql("SELECT totp_secret FROM staff WHERE id = ?");
    let stored = on_db!(db, pool => {
        sqlx::query(&set).bind(secret).bind(staff_id).execute(pool).await?;
        sqlx::query_scalar::<_, Option<String>>(&get).bind(staff_id).fetch_optional(pool).await?
    });
    stored.flatten().ok_or(RepoError::NotFound("staff account"))
}

/// A second factor given on the session of `token_hash`: how it was given.
#[derive(Debug, Clone, Copy)]
pub enum Proof<'a> {
    /// The first right code from the app, which confirms its secret; the hashes of the new
    /// recovery codes go with it.
    Enrolment { step: i64, recovery_hashes: &'a [String] },
    /// A code from the app, for `step`.
    Code { step: i64 },
    /// A recovery code (its hash), used up.
    RecoveryCode { hash: &'a str },
}

/// Records a second factor and marks the session verified, with its audit line, in one
/// transaction. `false` when the proof is already spent: the step was used (or a later one,
/// maybe by another instance a moment ago), the recovery code was used, the account enrolled
/// meanwhile.
pub async fn verify_session(db: &Db, token_hash: &str, proof: Proof<'_>, by: &Actor<'_>) -> Result<bool, RepoError> {
    let staff_id = by.staff_id.ok_or(RepoError::NotFound("staff account"))?;
    let enrol = db.sql(
        "UPDATE staff SET totp_enrolled = TRUE, totp_last_step = ? WHERE id = ? AND NOT totp_enrolled AND totp_secret IS NOT NULL",
    );
    let add_code = db.sql("INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES (?, ?)");
    let use_step = db.sql("UPDATE staff SET totp_last_step = ? WHERE id = ? AND totp_enrolled AND totp_last_step < ?");
    let use_code = db.sql("DELETE FROM staff_recovery_codes WHERE staff_id = ? AND code_hash = ?");
    let verify = db.sql("UPDATE staff_sessions SET verified = TRUE WHERE token_hash = ? AND staff_id = ?");
    let audit = db.sql(INSERT_AUDIT);
    let action = match proof {
        Proof::Enrolment { .. } => AuditAction::SecondFactorEnrolled,
        Proof::Code { .. } => AuditAction::SecondFactor,
        Proof::RecoveryCode { .. } => AuditAction::RecoveryCodeUsed,
    };
    on_db!(db, pool => {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        let spent = match proof {
            Proof::Enrolment { step, recovery_hashes } => {
                let done = sqlx::query(&enrol).bind(step).bind(staff_id).execute(&mut *tx).await?.rows_affected() == 1;
                if done {
                    for hash in recovery_hashes {
                        sqlx::query(&add_code).bind(staff_id).bind(hash).execute(&mut *tx).await?;
                    }
                }
                done
            }
            Proof::Code { step } => {
                sqlx::query(&use_step).bind(step).bind(staff_id).bind(step).execute(&mut *tx).await?.rows_affected() == 1
            }
            Proof::RecoveryCode { hash } => {
                sqlx::query(&use_code).bind(staff_id).bind(hash).execute(&mut *tx).await?.rows_affected() == 1
            }
        };
        if !spent || sqlx::query(&verify).bind(token_hash).bind(staff_id).execute(&mut *tx).await?.rows_affected() != 1 {
            return Ok(false);
        }
        audit_in!(tx, &audit, by, action);
        tx.commit().await?;
        Ok(true)
    })
}

/// How many recovery codes an account has left.
pub async fn recovery_codes_left(db: &Db, staff_id: i64) -> Result<i64, RepoError> {
    let sql = db.sql("SELECT COUNT(*) FROM staff_recovery_codes WHERE staff_id = ?");
    Ok(on_db!(db, pool => sqlx::query_scalar::<_, i64>(&sql).bind(staff_id).fetch_one(pool).await?))
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: i64,
    pub staff_id: Option<i64>,
    pub action: String,
    pub dossier_id: Option<i64>,
    pub address: String,
}

/// Binds: at, staff, action, dossier, address.
pub(super) const INSERT_AUDIT: &str =
    "INSERT INTO audit_log (at, staff_id, action, dossier_id, address) VALUES (?, ?, ?, ?, ?)";

/// Appends to the audit log (the database refuses any change to what is written).
pub async fn audit(db: &Db, entry: &AuditEntry) -> Result<(), RepoError> {
    let sql = db.sql(INSERT_AUDIT);
    on_db!(db, pool => sqlx::query(&sql)
        .bind(entry.at)
        .bind(entry.staff_id)
        .bind(&entry.action)
        .bind(entry.dossier_id)
        .bind(&entry.address)
        .execute(pool)
        .await?
        .rows_affected());
    Ok(())
}

/// The audit log, newest first.
pub async fn audit_log(db: &Db, limit: i64) -> Result<Vec<AuditEntry>, RepoError> {
    let sql = db.sql("SELECT at, staff_id, action, dossier_id, address FROM audit_log ORDER BY id DESC LIMIT ?");
    Ok(on_db!(db, pool => sqlx::query_as::<_, AuditEntry>(&sql).bind(limit).fetch_all(pool).await?))
}

/// The names of the accounts with these ids (shown to colleagues as "handled by", and in the
/// audit log), in one query however many there are.
pub async fn names_by_id(db: &Db, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>, RepoError> {
    super::names_by_id(db, "staff", ids).await
}

/// The name of an account.
pub async fn name_of(db: &Db, staff_id: i64) -> Result<Option<String>, RepoError> {
    Ok(names_by_id(db, &[staff_id]).await?.remove(&staff_id))
}

/// Every account with the slugs of its desks, by name (for the administrators' list).
pub async fn all_with_desks(db: &Db) -> Result<Vec<(Staff, Vec<String>)>, RepoError> {
    let accounts_sql = format!("SELECT {COLUMNS} FROM staff s ORDER BY s.name, s.id");
    let desks_sql = "SELECT sd.staff_id, d.slug FROM staff_desks sd JOIN desks d ON d.id = sd.desk_id ORDER BY d.slug";
    let (rows, links) = on_db!(db, pool => (
        sqlx::query_as::<_, Row>(&accounts_sql).fetch_all(pool).await?,
        sqlx::query_as::<_, (i64, String)>(desks_sql).fetch_all(pool).await?,
    ));
    rows.into_iter()
        .map(|r| {
            let staff = Staff::try_from(r)?;
            let desks = links.iter().filter(|(id, _)| *id == staff.id).map(|(_, slug)| slug.clone()).collect();
            Ok((staff, desks))
        })
        .collect()
}
