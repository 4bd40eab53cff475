//! The workspace's forms: sign in and out, the second factor, decisions on dossiers, accounts
//! and passwords. Each checks who posts it from the request's own cookie, changes what that
//! person may change, and redirects to a page (the form as last refused waits in the session).

use super::{audit_entry, cookie_header, session_with_token, staff_with_role};
use crate::error::{AppError, Answer};
use crate::{
    client_address::ClientAddress,
    directory::now_unix,
    form::Posted,
    lang::Lang,
    repo::{
        desks, dossiers,
        staff::{self as accounts, Actor},
        RepoError,
    },
    second_factor::{self, Passed},
    staff::{self, AccountError, SignInError},
    AppState,
};
use app::{
    content::catalogue,
    paths,
    workspace::{
        AccountForm, ACCOUNT_CREATED_KEY, ACCOUNT_FORM_KEY, ACCOUNT_RESET_KEY, DECISION_FORM_KEY, PASSWORD_CHANGED,
        PASSWORD_FORM_KEY, RECOVERY_CODES_KEY, SECOND_FACTOR_FORM_KEY, SIGN_IN_KEY,
    },
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Redirect},
};
use domain::{audit::AuditAction, dossier::{Attendance, DecisionForm}, staff::Role};
use tower_sessions::Session;

/// The forms of the workspace, as posted (each field empty when left out).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct SignInForm {
    email: String,
    password: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct AttendanceForm {
    attendance: String,
}

/// A decision on a dossier: the documents still missing are ticked boxes.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct DecisionPosted {
    status: String,
    missing: Vec<String>,
    referred_service: String,
    referred_desk: String,
    outcome: String,
    note: String,
}

/// A new account: its desks are ticked boxes.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct AccountPosted {
    email: String,
    name: String,
    role: String,
    desk: Vec<String>,
    password: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct PasswordForm {
    current: String,
    new: String,
    repeated: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct ActiveForm {
    active: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct CodeForm {
    code: String,
}

/// `POST /<lang>/staff/sign-in`: a new session (new token) on success; otherwise back to the
/// form with the e-mail kept and one message that never says whether the account exists.
pub(crate) async fn sign_in(
    State(state): State<AppState>,
    Lang(lang): Lang,
    address: ClientAddress,
    session: Session,
    Posted(SignInForm { email, password }): Posted<SignInForm>,
) -> Answer {
    let secure = state.config.is_https();
    match staff::sign_in(&state.db, &email, &password, &address, now_unix()).await {
        Ok((token, who)) => {
            tracing::info!(staff = who.id, "signed in");
            // Whatever the public session held before is not carried into staff work.
            let _ = session.cycle_id().await;
            // The session reaches nothing until the second factor is given.
            let to = paths::staff_second_factor(lang);
            Ok((StatusCode::SEE_OTHER, [(header::LOCATION, to), (header::SET_COOKIE, staff::session_cookie(&token, secure))])
                .into_response())
        }
        Err(e @ (SignInError::Refused | SignInError::TooMany)) => {
            session.insert(SIGN_IN_KEY, (email.trim(), e.message_id())).await?;
            Ok(Redirect::to(&paths::staff(lang)).into_response())
        }
        Err(e) => Err(AppError::unavailable("sign-in", e)),
    }
}

/// `POST /<lang>/staff/sign-out`: ends the session in the database and in the browser.
pub(crate) async fn sign_out(State(state): State<AppState>, Lang(lang): Lang, headers: HeaderMap) -> Answer {
    let secure = state.config.is_https();
    if let Err(e) = staff::sign_out(&state.db, cookie_header(&headers), secure).await {
        return Err(AppError::unavailable("sign-out", e));
    }
    Ok((
        StatusCode::SEE_OTHER,
        [(header::LOCATION, paths::staff(lang)), (header::SET_COOKIE, staff::clear_cookie(secure))],
    )
        .into_response())
}

/// `POST /<lang>/staff/dossier/<id>/claim`: "I take this one", so colleagues see who has it.
pub(crate) async fn claim(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    headers: HeaderMap,
) -> Answer {
    let now = now_unix();
    let me = staff_with_role(&state, &headers, Role::Operator, now).await?;
    let entry = audit_entry(&me, AuditAction::Claim, Some(id), &address);
    match dossiers::claim(&state.db, me.id, id, &entry).await {
        Ok(true) => Ok(Redirect::to(&paths::staff_dossier(lang, id)).into_response()),
        Ok(false) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("claim", e)),
    }
}

/// `POST /<lang>/staff/dossier/<id>/attendance`: the person came, or did not, on the day.
pub(crate) async fn attendance(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    headers: HeaderMap,
    Posted(form): Posted<AttendanceForm>,
) -> Answer {
    let now = now_unix();
    let me = staff_with_role(&state, &headers, Role::Operator, now).await?;
    let Some(mark) = Attendance::parse(&form.attendance) else {
        return Ok(Redirect::to(&paths::staff_appointments(lang)).into_response());
    };
    let entry = audit_entry(&me, AuditAction::Attendance(mark), Some(id), &address);
    match dossiers::mark_attendance(&state.db, me.id, id, mark, &entry).await {
        // Back to the day of that appointment.
        Ok(true) => match dossiers::get_for_staff(&state.db, me.id, id).await {
            Ok(Some(d)) => {
                let day = d.starts_at.map(|at| format!("?date={}", at.date)).unwrap_or_default();
                Ok(Redirect::to(&format!("{}{day}", paths::staff_appointments(lang))).into_response())
            }
            _ => Ok(Redirect::to(&paths::staff_appointments(lang)).into_response()),
        },
        Ok(false) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("attendance", e)),
    }
}

/// `POST /<lang>/staff/dossier/<id>`: a new status with what goes with it (the documents still
/// missing, the service and desk it is referred to, the outcome) and a note. Only an operator
/// of the dossier's desk; anyone else gets the same 404 as for a missing dossier. A form that
/// does not hold together goes back to the page with what was chosen and the reason.
pub(crate) async fn decide(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    headers: HeaderMap,
    session: Session,
    Posted(posted): Posted<DecisionPosted>,
) -> Answer {
    let now = now_unix();
    let me = staff_with_role(&state, &headers, Role::Operator, now).await?;
    let desk = posted.referred_desk;
    // Any desk of the network may be named (the page offers the nearest).
    let desk_exists = match desk.trim() {
        "" => false,
        slug => match desks::by_slug(&state.db, slug).await {
            Ok(found) => found.is_some(),
            Err(e) => return Err(AppError::unavailable("desk lookup", e)),
        },
    };
    let catalogue = catalogue();
    // Only ids that exist: anything else is treated as not chosen.
    let known = |v: String, exists: bool| if exists { v } else { String::new() };
    let service = posted.referred_service;
    let form = DecisionForm {
        status: posted.status,
        missing: posted.missing.into_iter().filter(|m| catalogue.documents.iter().any(|d| d.id == *m)).collect(),
        referred_service: known(service.clone(), catalogue.service(service.trim()).is_some()),
        referred_desk: known(desk, desk_exists),
        outcome: posted.outcome,
        note: posted.note,
    };
    let decision = match form.decide() {
        Ok(decision) => decision,
        Err(problem) => {
            session.insert(DECISION_FORM_KEY, (id, &form, problem)).await?;
            return Ok(Redirect::to(&format!("{}#decide-heading", paths::staff_dossier(lang, id))).into_response());
        }
    };
    let entry = audit_entry(&me, AuditAction::Status(decision.status), Some(id), &address);
    match dossiers::decide(&state.db, me.id, id, &decision, &entry).await {
        Ok(true) => Ok(Redirect::to(&paths::staff_dossier(lang, id)).into_response()),
        Ok(false) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("decision", e)),
    }
}

/// The message that explains why an account was refused.
fn account_error_message(e: &AccountError) -> Option<&'static str> {
    Some(match e {
        AccountError::Email(_) => "account-error-email",
        AccountError::Name => "account-error-name",
        AccountError::NameTooLong => "account-error-name-long",
        AccountError::Password(p) => p.message_id(),
        AccountError::UnknownDesk(_) => "account-error-desk",
        AccountError::NoDesk => "account-error-no-desk",
        AccountError::Repo(RepoError::Duplicate(_)) => "account-error-duplicate",
        AccountError::Repo(_) | AccountError::Hashing(_) => return None,
    })
}

/// `POST /<lang>/staff/accounts`: an administrator creates an account. What was typed (never
/// the password) comes back with the reasons when it is refused.
pub(crate) async fn create_account(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
    Posted(posted): Posted<AccountPosted>,
) -> Answer {
    let now = now_unix();
    let me = staff_with_role(&state, &headers, Role::Administrator, now).await?;
    let form = AccountForm {
        email: posted.email.trim().to_owned(),
        name: posted.name.trim().to_owned(),
        role: posted.role,
        desks: posted.desk,
    };
    let back = format!("{}#new-account", paths::staff_accounts(lang));
    let Some(role) = Role::parse(&form.role) else {
        return Ok(Redirect::to(&back).into_response());
    };
    let password = posted.password;
    let address = address.to_string();
    let by = Actor::staff(&me, &address, now);
    match staff::create_account(&state.db, &form.email, &form.name, role, &password, &form.desks, &by).await {
        Ok(id) => {
            tracing::info!(staff = id, "account created");
            session.insert(ACCOUNT_CREATED_KEY, &form.email).await?;
            Ok(Redirect::to(&paths::staff_accounts(lang)).into_response())
        }
        Err(e) => match account_error_message(&e) {
            Some(id) => {
                session.insert(ACCOUNT_FORM_KEY, (&form, vec![id])).await?;
                Ok(Redirect::to(&back).into_response())
            }
            None => Err(AppError::unavailable("account creation", e)),
        },
    }
}

/// `POST /<lang>/staff/password`: the signed-in staff member changes their password (any role,
/// and an account that must change it). Back to the form with a message either way.
pub(crate) async fn change_password(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
    Posted(posted): Posted<PasswordForm>,
) -> Answer {
    let now = now_unix();
    let (me, token) = match session_with_token(&state, &headers, now).await? {
        Some((s, token)) if s.verified => (s.staff, token),
        _ => return Ok(Redirect::to(&paths::staff(lang)).into_response()),
    };
    let change = staff::PasswordChange {
        current: &posted.current,
        new: &posted.new,
        repeated: &posted.repeated,
    };
    let address = address.to_string();
    let by = Actor::staff(&me, &address, now);
    let outcome: &str = match staff::change_password(&state.db, &me, &change, token, &by).await {
        Ok(()) => {
            tracing::info!(staff = me.id, "password changed");
            PASSWORD_CHANGED
        }
        Err(e) => match e.message_id() {
            Some(id) => id,
            None => return Err(AppError::unavailable("password change", e)),
        },
    };
    session.insert(PASSWORD_FORM_KEY, outcome).await?;
    Ok(Redirect::to(&paths::staff_password(lang)).into_response())
}

/// `POST /<lang>/staff/accounts/<id>/reset`: an administrator gives another account a
/// temporary password, shown once on the accounts page.
pub(crate) async fn reset_password(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
) -> Answer {
    let now = now_unix();
    let me = staff_with_role(&state, &headers, Role::Administrator, now).await?;
    let address = address.to_string();
    let by = Actor::staff(&me, &address, now);
    match staff::reset_password(&state.db, id, &by).await {
        Ok(password) => {
            let name = match accounts::name_of(&state.db, id).await {
                Ok(name) => name.unwrap_or_default(),
                Err(e) => return Err(AppError::unavailable("staff lookup", e)),
            };
            session.insert(ACCOUNT_RESET_KEY, (name, password)).await?;
            Ok(Redirect::to(&paths::staff_accounts(lang)).into_response())
        }
        Err(staff::AdministrationError::NoAccount | staff::AdministrationError::OwnAccount) => {
            Err(AppError::NotFound)
        }
        Err(e) => Err(AppError::unavailable("password reset", e)),
    }
}

/// `POST /<lang>/staff/accounts/<id>/active`: an administrator disables another account
/// (`active=false`; its sessions end at once) or enables it again (`active=true`).
pub(crate) async fn set_active(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    headers: HeaderMap,
    address: ClientAddress,
    Posted(form): Posted<ActiveForm>,
) -> Answer {
    let now = now_unix();
    let me = staff_with_role(&state, &headers, Role::Administrator, now).await?;
    let active = match form.active.as_str() {
        "true" => true,
        "false" => false,
        _ => return Ok(Redirect::to(&paths::staff_accounts(lang)).into_response()),
    };
    let address = address.to_string();
    let by = Actor::staff(&me, &address, now);
    match staff::set_account_active(&state.db, id, active, &by).await {
        Ok(()) => Ok(Redirect::to(&paths::staff_accounts(lang)).into_response()),
        Err(staff::AdministrationError::NoAccount | staff::AdministrationError::OwnAccount) => {
            Err(AppError::NotFound)
        }
        Err(e) => Err(AppError::unavailable("account change", e)),
    }
}

/// `POST /<lang>/staff/second-factor`: the code of the app (or a recovery code) for the session
/// that has given the password. At enrolment the recovery codes go to the page once; then the
/// password an administrator set, if any, and the inbox.
pub(crate) async fn second_factor(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
    Posted(form): Posted<CodeForm>,
) -> Answer {
    let now = now_unix();
    let (me, token) = match session_with_token(&state, &headers, now).await? {
        Some((s, token)) if !s.verified => (s.staff, token),
        _ => return Ok(Redirect::to(&paths::staff(lang)).into_response()),
    };
    let back = || Ok(Redirect::to(&paths::staff_second_factor(lang)).into_response());
    match second_factor::verify(&state.db, &me, &form.code, token, &address, now).await {
        Ok(Passed::Enrolled { recovery_codes }) => {
            tracing::info!(staff = me.id, "second factor enrolled");
            session.insert(RECOVERY_CODES_KEY, recovery_codes).await?;
            back()
        }
        Ok(Passed::Verified) => {
            let to = if me.must_change_password { paths::staff_password(lang) } else { paths::staff(lang) };
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => match e.message_id() {
            Some(id) => {
                session.insert(SECOND_FACTOR_FORM_KEY, id).await?;
                back()
            }
            None => Err(AppError::unavailable("second factor", e)),
        },
    }
}

