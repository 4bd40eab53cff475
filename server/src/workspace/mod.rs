//! The operators' workspace: its pages (`reads`: each handler loads what the person may see
//! and renders the page's pure view) and its forms (`forms`).
//!
//! Who may do what, checked here on every request from the request's own cookie:
//! - nobody signed in: the sign-in form only; a session that has given only the password: the
//!   second-factor page only ([`sign_in_steps_first`]);
//! - operator: the dossiers of the desks they work for (the rule is also in the SQL), and
//!   recording a request at one of those desks for someone who called or came;
//! - mediator: only the appointments they come to, and only what mediation needs
//!   ([`mediators`]);
//! - operator and mediator: starting an assisted journey with a person in this browser
//!   ([`assist`]);
//! - administrator: no dossier (administrators manage accounts, mediators' presence, and read
//!   the audit log).
//!
//! Every view and change of a dossier is written to the audit log with the address it came from.

mod assist;
mod forms;
mod mediators;
mod reads;
mod record;

pub(crate) use forms::*;
pub(crate) use reads::*;
pub(crate) use mediators::{
    ask as ask_mediator, confirm as confirm_mediation, mediation_page, my_mediations_page, profile_page as mediator_profile_page,
    release as release_mediation, set_profile as set_mediator_profile,
};
pub(crate) use record::{record, record_page, recorded_page};
pub(crate) use assist::{assist_page, end as end_assist, helping, mediator_comes, start as start_assist};

use crate::{
    client_address::ClientAddress,
    directory::now_unix,
    error::AppError,
    repo::staff::{AuditEntry, Staff, StaffSession},
    staff, AppState,
};
use app::paths;
use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Redirect, Response},
};
use domain::{audit::AuditAction, staff::Role};

fn cookie_header(headers: &HeaderMap) -> &str {
    headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

/// The live session of a request (verified by the second factor or not) and its cookie token.
async fn session_with_token<'h>(
    state: &AppState,
    headers: &'h HeaderMap,
    now: i64,
) -> Result<Option<(StaffSession, &'h str)>, AppError> {
    let secure = state.config.is_https();
    let cookies = cookie_header(headers);
    match (staff::session_of(&state.db, cookies, secure, now).await, staff::token_in(cookies, secure)) {
        (Ok(Some(session)), Some(token)) => Ok(Some((session, token))),
        (Ok(_), _) => Ok(None),
        (Err(e), _) => Err(AppError::unavailable("staff lookup", e)),
    }
}

/// The signed-in staff member of a request (the second factor given), if any.
async fn signed_in(state: &AppState, headers: &HeaderMap, now: i64) -> Result<Option<Staff>, AppError> {
    staff::current(&state.db, cookie_header(headers), state.config.is_https(), now)
        .await
        .map_err(|e| AppError::unavailable("staff lookup", e))
}

/// The one role check of the workspace: the signed-in staff member of a request, if they have
/// `role`. Anyone else gets the same 404 as for something that does not exist.
async fn staff_with_role(state: &AppState, headers: &HeaderMap, role: Role, now: i64) -> Result<Staff, AppError> {
    staff_in_roles(state, headers, &[role], now).await
}

/// The same check for a page that several roles may open.
async fn staff_in_roles(state: &AppState, headers: &HeaderMap, roles: &[Role], now: i64) -> Result<Staff, AppError> {
    match signed_in(state, headers, now).await? {
        Some(me) if roles.contains(&me.role) => Ok(me),
        _ => Err(AppError::NotFound),
    }
}

/// The audit line of what `me` does now (to dossier `dossier`, if any) from `address`.
fn audit_entry(me: &Staff, action: AuditAction, dossier: Option<i64>, address: &ClientAddress) -> AuditEntry {
    AuditEntry { at: now_unix(), staff_id: Some(me.id), action: action.as_text(), dossier_id: dossier, address: address.to_string() }
}

/// Whether a person speaking `code` may need a mediator at an Italian desk.
fn needs_mediator(code: &str) -> bool {
    code != domain::lang::DEFAULT_LANG
}

/// Middleware: the steps of signing in come before anything else. A session that has given
/// only the password reaches the second-factor page and nothing else; then an account whose
/// password an administrator set reaches only the change-password page until it has chosen
/// its own. Signing in and out stay open. Pages are sent to the step; forms are refused.
pub(crate) async fn sign_in_steps_first(State(state): State<AppState>, request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let path = request.uri().path();
    let lang = paths::first_segment(path).and_then(app::content::language).map(|l| l.code);
    let staff_page = lang.is_some_and(|l| path.starts_with(&paths::staff(l)));
    if !staff_page {
        return next.run(request).await;
    }
    let is = |page: fn(&str) -> String| lang.is_some_and(|l| path == page(l));
    if is(paths::staff_sign_out) || is(paths::staff_sign_in) {
        return next.run(request).await;
    }
    let second_factor_page = is(paths::staff_second_factor) || is(paths::staff_second_factor_qr);
    let cookies = cookie_header(request.headers());
    let step: Option<fn(&str) -> String> = match staff::session_of(&state.db, cookies, state.config.is_https(), now_unix()).await {
        Ok(Some(s)) if !s.verified && !second_factor_page => Some(paths::staff_second_factor),
        Ok(Some(s)) if s.verified && s.staff.must_change_password && !is(paths::staff_password) && !second_factor_page => {
            Some(paths::staff_password)
        }
        Ok(_) => None,
        Err(e) => return AppError::unavailable("staff lookup", e).into_response(),
    };
    match (step, lang, request.method() == axum::http::Method::GET) {
        (None, _, _) => next.run(request).await,
        (Some(page), Some(lang), true) => Redirect::to(&page(lang)).into_response(),
        (Some(_), _, _) => AppError::StepFirst.into_response(),
    }
}
