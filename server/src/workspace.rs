//! The operators' workspace over the database: what the pages read (`app::workspace::Workspace`)
//! and the forms they post (sign in, sign out, decide on a dossier).
//!
//! Who may do what, checked here on every request from the request's own cookie:
//! - nobody signed in: the sign-in form only;
//! - operator: the dossiers of the desks they work for (the rule is also in the SQL);
//! - mediator, administrator: no dossier (administrators read the audit log).
//!
//! Every view and change of a dossier is written to the audit log with the address it came from.

use crate::{
    lang::Lang,
    client_address::ClientAddress,
    directory::now_unix,
    form::{value, values, Pairs},
    repo::{
        desks,
        dossiers,
        staff::{self as accounts, Actor, AuditEntry, Staff},
        RepoError,
    },
    second_factor::{self, Passed},
    staff::{self, AccountError, SignInError},
    AppState,
};
use app::{
    content::{area, catalogue},
    paths,
    workspace::{
        AccountForm, AccountRow, Accounts, AppointmentRow, Appointments, AuditRow, DossierView, Inbox, InboxFilter,
        InboxRow, PasswordPage, SecondFactorPage, SecondFactorStep, StaffBadge, Workspace, ACCOUNT_CREATED_KEY, ACCOUNT_FORM_KEY,
        ACCOUNT_RESET_KEY, DECISION_FORM_KEY, PASSWORD_CHANGED, PASSWORD_FORM_KEY, RECOVERY_CODES_KEY, SECOND_FACTOR_FORM_KEY,
        SIGN_IN_KEY,
    },
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use domain::{
    audit::AuditAction,
    calendar::{rome_local, Date},
    dossier::{Attendance, DecisionForm, Status},
    staff::Role,
};
use std::collections::HashMap;
use tower_sessions::Session;

pub struct DbWorkspace {
    pub db: crate::db::Db,
    /// Whether cookies are Secure (the public URL is https).
    pub secure: bool,
}

fn err(e: RepoError) -> String {
    e.logged("workspace")
}

fn cookie_header(headers: &HeaderMap) -> &str {
    headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

/// The client's address of a request (for the audit log).
fn address(parts: &http::request::Parts) -> String {
    ClientAddress::of(parts).to_string()
}

impl DbWorkspace {
    /// Writes what `me` read (a dossier, or a list of them) to the audit log.
    async fn audit_read(&self, parts: &http::request::Parts, me: &Staff, action: AuditAction, dossier: Option<i64>) -> Result<(), String> {
        let entry =
            AuditEntry { at: now_unix(), staff_id: Some(me.id), action: action.as_text(), dossier_id: dossier, address: address(parts) };
        accounts::audit(&self.db, &entry).await.map_err(err)
    }

    async fn signed_in(&self, parts: &http::request::Parts) -> Result<Option<Staff>, String> {
        staff::current(&self.db, cookie_header(&parts.headers), self.secure, now_unix()).await.map_err(err)
    }

    async fn desk_names(&self, ids: impl Iterator<Item = i64>) -> Result<HashMap<i64, String>, String> {
        let mut names = HashMap::new();
        for id in ids {
            if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(id) {
                if let Some(d) = desks::by_id(&self.db, id).await.map_err(err)? {
                    slot.insert(d.desk.name);
                }
            }
        }
        Ok(names)
    }
}

/// Whether a person speaking `code` may need a mediator at an Italian desk.
fn needs_mediator(code: &str) -> bool {
    code != domain::lang::DEFAULT_LANG
}

#[async_trait::async_trait]
impl Workspace for DbWorkspace {
    async fn inbox(&self, parts: &http::request::Parts, filter: InboxFilter) -> Result<Option<Inbox>, String> {
        let Some(me) = self.signed_in(parts).await? else { return Ok(None) };
        let my_desks = accounts::desks_of(&self.db, me.id).await.map_err(err)?;
        let all = if me.role == Role::Operator {
            self.audit_read(parts, &me, AuditAction::InboxRead, None).await?;
            dossiers::for_staff(&self.db, me.id).await.map_err(err)?
        } else {
            Vec::new()
        };
        let names = self.desk_names(my_desks.iter().copied().chain(all.iter().map(|d| d.desk_id))).await?;
        let mut colleagues: HashMap<i64, String> = HashMap::new();
        for id in all.iter().filter_map(|d| d.claimed_by) {
            if let std::collections::hash_map::Entry::Vacant(slot) = colleagues.entry(id) {
                slot.insert(accounts::name_of(&self.db, id).await.map_err(err)?.unwrap_or_default());
            }
        }
        let every: Vec<InboxRow> = all
            .iter()
            .map(|d| InboxRow {
                id: d.id,
                code: d.code.clone(),
                starts_at: d.starts_at,
                sent_on: rome_local(d.created_at).date,
                desk: names.get(&d.desk_id).cloned().unwrap_or_default(),
                service: d.service.clone(),
                area: d.draft.as_ref().map(|x| x.area.clone()),
                language: d.language.clone(),
                filled_by: d.filled_by,
                status: d.status,
                claimed_by: d.claimed_by.and_then(|id| colleagues.get(&id).cloned()),
                needs_mediator: needs_mediator(&d.language),
            })
            .collect();
        let counts = Status::ALL
            .into_iter()
            .map(|s| (s, every.iter().filter(|r| r.status == s && filter.keeps_ignoring_status(r)).count()))
            .collect();
        let languages: std::collections::BTreeSet<String> = every.iter().map(|r| r.language.clone()).collect();
        let rows = every.into_iter().filter(|r| filter.keeps(r)).collect();
        Ok(Some(Inbox {
            me: StaffBadge {
                name: me.name,
                role: me.role,
                desks: my_desks.iter().filter_map(|id| names.get(id).cloned()).collect(),
            },
            counts,
            filter,
            languages: languages.into_iter().collect(),
            rows,
        }))
    }

    async fn dossier(&self, parts: &http::request::Parts, id: i64) -> Result<Option<DossierView>, String> {
        let Some(me) = self.signed_in(parts).await? else { return Ok(None) };
        if me.role != Role::Operator {
            return Ok(None);
        }
        let Some(d) = dossiers::get_for_staff(&self.db, me.id, id).await.map_err(err)? else { return Ok(None) };
        self.audit_read(parts, &me, AuditAction::View, Some(d.id)).await?;
        let desk = self.desk_names(std::iter::once(d.desk_id)).await?.remove(&d.desk_id).unwrap_or_default();
        let claimed_by_name = match d.claimed_by {
            Some(id) => accounts::name_of(&self.db, id).await.map_err(err)?,
            None => None,
        };
        let (area_id, answers, have) = match d.draft {
            Some(draft) => {
                // In the order the questions are asked.
                let order = area(&draft.area).map(|a| a.questions.clone()).unwrap_or_default();
                let mut answers: Vec<_> = draft.answers.into_iter().collect();
                answers.sort_by_key(|(q, _)| order.iter().position(|o| o == q).unwrap_or(usize::MAX));
                (Some(draft.area), answers, draft.have.into_iter().collect())
            }
            None => (None, Vec::new(), Vec::new()),
        };
        let documents = catalogue()
            .service(&d.service)
            .map(|s| s.documents.iter().map(|r| r.id().to_owned()).collect())
            .unwrap_or_default();
        let municipalities = crate::repo::municipalities::list(&self.db).await.map_err(err)?;
        let referred_desk = d.referral.as_ref().and_then(|(_, desk)| *desk);
        let near = desks::nearest_names(&self.db, d.desk_id, desks::REFERRAL_CHOICES, referred_desk).await.map_err(err)?;
        let referral = d.referral.map(|(service, desk)| {
            let slug = desk.and_then(|id| near.iter().find(|(i, _, _)| *i == id)).map(|(_, slug, _)| slug.clone());
            (service, slug)
        });
        Ok(Some(DossierView {
            id: d.id,
            code: d.code,
            starts_at: d.starts_at,
            sent_on: rome_local(d.created_at).date,
            desk,
            service: d.service,
            name: d.name,
            contact: d.contact,
            language: d.language,
            filled_by: d.filled_by,
            status: d.status,
            area: area_id,
            answers,
            municipalities: municipalities.into_iter().map(|m| (m.istat_code, m.name)).collect(),
            have,
            documents,
            missing: d.missing,
            note: d.status_note,
            referral,
            outcome: d.outcome,
            desks: near.into_iter().map(|(_, slug, name)| (slug, name)).collect(),
            refused: None,
            person_note: d.note,
            claimed_by: claimed_by_name,
            claimed_by_me: d.claimed_by == Some(me.id),
        }))
    }

    async fn appointments(&self, parts: &http::request::Parts, date: Option<Date>) -> Result<Option<Appointments>, String> {
        let Some(me) = self.signed_in(parts).await? else { return Ok(None) };
        if me.role != Role::Operator {
            return Ok(None);
        }
        let date = date.unwrap_or_else(|| rome_local(now_unix()).date);
        self.audit_read(parts, &me, AuditAction::DayListRead, None).await?;
        let day = dossiers::day_for_staff(&self.db, me.id, &date.to_string()).await.map_err(err)?;
        let names = self.desk_names(day.iter().map(|d| d.desk_id)).await?;
        let rows = day
            .into_iter()
            .filter_map(|d| {
                Some(AppointmentRow {
                    id: d.id,
                    starts_at: d.starts_at?,
                    desk: names.get(&d.desk_id).cloned().unwrap_or_default(),
                    service: d.service,
                    name: d.name,
                    needs_mediator: needs_mediator(&d.language),
                    language: d.language,
                    attendance: d.attendance,
                })
            })
            .collect();
        Ok(Some(Appointments { date, rows }))
    }

    async fn accounts(&self, parts: &http::request::Parts) -> Result<Option<Accounts>, String> {
        let Some(me) = self.signed_in(parts).await? else { return Ok(None) };
        if me.role != Role::Administrator {
            return Ok(None);
        }
        let all_desks = desks::names(&self.db).await.map_err(err)?;
        let desk_name = |slug: &str| all_desks.iter().find(|(_, s, _)| s == slug).map(|(_, _, name)| name.clone());
        let accounts = accounts::all_with_desks(&self.db)
            .await
            .map_err(err)?
            .into_iter()
            .map(|(a, slugs)| AccountRow {
                id: a.id,
                is_me: a.id == me.id,
                active: a.active,
                must_change_password: a.must_change_password,
                name: a.name,
                email: a.email,
                role: a.role,
                desks: slugs.iter().filter_map(|s| desk_name(s)).collect(),
            })
            .collect();
        Ok(Some(Accounts {
            accounts,
            desks: all_desks.into_iter().map(|(_, slug, name)| (slug, name)).collect(),
            form: AccountForm::default(),
            errors: Vec::new(),
            created: None,
            reset: None,
        }))
    }

    async fn password(&self, parts: &http::request::Parts) -> Result<Option<PasswordPage>, String> {
        let Some(me) = self.signed_in(parts).await? else { return Ok(None) };
        Ok(Some(PasswordPage { name: me.name, forced: me.must_change_password, outcome: None }))
    }

    async fn second_factor(&self, parts: &http::request::Parts) -> Result<Option<SecondFactorPage>, String> {
        let session = staff::session_of(&self.db, cookie_header(&parts.headers), self.secure, now_unix()).await.map_err(err)?;
        let Some(session) = session else { return Ok(None) };
        let me = &session.staff;
        let step = if session.verified {
            SecondFactorStep::Done
        } else if me.second_factor.enrolled {
            SecondFactorStep::Verify { recovery_codes_left: accounts::recovery_codes_left(&self.db, me.id).await.map_err(err)? }
        } else {
            SecondFactorStep::Enrol { secret: second_factor::enrolment(&self.db, me).await.map_err(err)?.secret }
        };
        Ok(Some(SecondFactorPage { step, problem: None, must_change_password: me.must_change_password }))
    }

    async fn audit(&self, parts: &http::request::Parts) -> Result<Option<Vec<AuditRow>>, String> {
        let Some(me) = self.signed_in(parts).await? else { return Ok(None) };
        if me.role != Role::Administrator {
            return Ok(None);
        }
        let log = accounts::audit_log(&self.db, AUDIT_LINES_SHOWN).await.map_err(err)?;
        let mut names: HashMap<i64, String> = HashMap::new();
        let mut rows = Vec::with_capacity(log.len());
        for e in log {
            let staff = match e.staff_id {
                Some(id) => match names.get(&id) {
                    Some(n) => n.clone(),
                    None => {
                        let n = accounts::name_of(&self.db, id).await.map_err(err)?.unwrap_or_default();
                        names.insert(id, n.clone());
                        n
                    }
                },
                None => String::new(),
            };
            rows.push(AuditRow {
                at: rome_local(e.at),
                staff,
                action: e.action,
                dossier: e.dossier_id,
                address: e.address,
            });
        }
        Ok(Some(rows))
    }
}

/// How many of the latest audit lines the administrators' page shows.
const AUDIT_LINES_SHOWN: i64 = 500;

use crate::busy::unavailable;


/// `POST /<lang>/staff/sign-in`: a new session (new token) on success; otherwise back to the
/// form with the e-mail kept and one message that never says whether the account exists.
pub async fn sign_in(
    State(state): State<AppState>,
    Lang(lang): Lang,
    address: ClientAddress,
    session: Session,
    axum::Form(pairs): Pairs,
) -> Response {
    let email = value(&pairs, "email");
    let password = value(&pairs, "password");
    let secure = state.config.is_https();
    match staff::sign_in(&state.db, &email, &password, &address, now_unix()).await {
        Ok((token, who)) => {
            tracing::info!(staff = who.id, "signed in");
            // Whatever the public session held before is not carried into staff work.
            let _ = session.cycle_id().await;
            // The session reaches nothing until the second factor is given.
            let to = paths::staff_second_factor(lang);
            (StatusCode::SEE_OTHER, [(header::LOCATION, to), (header::SET_COOKIE, staff::session_cookie(&token, secure))])
                .into_response()
        }
        Err(e @ (SignInError::Refused | SignInError::TooMany)) => {
            if let Err(e) = session.insert(SIGN_IN_KEY, (email.trim(), e.message_id())).await {
                return unavailable("session write", e);
            }
            Redirect::to(&paths::staff(lang)).into_response()
        }
        Err(e) => unavailable("sign-in", e),
    }
}

/// `POST /<lang>/staff/sign-out`: ends the session in the database and in the browser.
pub async fn sign_out(State(state): State<AppState>, Lang(lang): Lang, headers: HeaderMap) -> Response {
    let secure = state.config.is_https();
    if let Err(e) = staff::sign_out(&state.db, cookie_header(&headers), secure).await {
        return unavailable("sign-out", e);
    }
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, paths::staff(lang)), (header::SET_COOKIE, staff::clear_cookie(secure))],
    )
        .into_response()
}

/// The operator a form comes from (signed in, with the operator role). Anyone else gets the
/// same 404 as for a dossier that does not exist.
async fn operator_of(state: &AppState, headers: &HeaderMap, now: i64) -> Result<Staff, Response> {
    match staff::current(&state.db, cookie_header(headers), state.config.is_https(), now).await {
        Ok(Some(me)) if me.role == Role::Operator => Ok(me),
        Ok(_) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => Err(unavailable("staff lookup", e)),
    }
}

/// The administrator a form comes from; anyone else gets a 404.
async fn administrator_of(state: &AppState, headers: &HeaderMap, now: i64) -> Result<Staff, Response> {
    match staff::current(&state.db, cookie_header(headers), state.config.is_https(), now).await {
        Ok(Some(me)) if me.role == Role::Administrator => Ok(me),
        Ok(_) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => Err(unavailable("staff lookup", e)),
    }
}

/// The live session of a request (verified by the second factor or not) and its cookie token.
async fn session_with_token<'h>(
    state: &AppState,
    headers: &'h HeaderMap,
    now: i64,
) -> Result<Option<(accounts::StaffSession, &'h str)>, Response> {
    let secure = state.config.is_https();
    let cookies = cookie_header(headers);
    match (staff::session_of(&state.db, cookies, secure, now).await, staff::token_in(cookies, secure)) {
        (Ok(Some(session)), Some(token)) => Ok(Some((session, token))),
        (Ok(_), _) => Ok(None),
        (Err(e), _) => Err(unavailable("staff lookup", e)),
    }
}

/// The audit line of what `me` does to dossier `id` from `address`.
fn audit_entry(now: i64, me: &Staff, action: AuditAction, id: i64, address: ClientAddress) -> AuditEntry {
    AuditEntry { at: now, staff_id: Some(me.id), action: action.as_text(), dossier_id: Some(id), address: address.to_string() }
}

/// `POST /<lang>/staff/dossier/<id>/claim`: "I take this one", so colleagues see who has it.
pub async fn claim(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    headers: HeaderMap,
) -> Response {
    let now = now_unix();
    let me = match operator_of(&state, &headers, now).await {
        Ok(me) => me,
        Err(refused) => return refused,
    };
    let entry = audit_entry(now, &me, AuditAction::Claim, id, address);
    match dossiers::claim(&state.db, me.id, id, &entry).await {
        Ok(true) => Redirect::to(&paths::staff_dossier(lang, id)).into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => unavailable("claim", e),
    }
}

/// `POST /<lang>/staff/dossier/<id>/attendance`: the person came, or did not, on the day.
pub async fn attendance(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    headers: HeaderMap,
    axum::Form(pairs): Pairs,
) -> Response {
    let now = now_unix();
    let me = match operator_of(&state, &headers, now).await {
        Ok(me) => me,
        Err(refused) => return refused,
    };
    let Some(mark) = Attendance::parse(&value(&pairs, "attendance")) else {
        return Redirect::to(&paths::staff_appointments(lang)).into_response();
    };
    let entry = audit_entry(now, &me, AuditAction::Attendance(mark), id, address);
    match dossiers::mark_attendance(&state.db, me.id, id, mark, &entry).await {
        // Back to the day of that appointment.
        Ok(true) => match dossiers::get_for_staff(&state.db, me.id, id).await {
            Ok(Some(d)) => {
                let day = d.starts_at.map(|at| format!("?date={}", at.date)).unwrap_or_default();
                Redirect::to(&format!("{}{day}", paths::staff_appointments(lang))).into_response()
            }
            _ => Redirect::to(&paths::staff_appointments(lang)).into_response(),
        },
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => unavailable("attendance", e),
    }
}

/// `POST /<lang>/staff/dossier/<id>`: a new status with what goes with it (the documents still
/// missing, the service and desk it is referred to, the outcome) and a note. Only an operator
/// of the dossier's desk; anyone else gets the same 404 as for a missing dossier. A form that
/// does not hold together goes back to the page with what was chosen and the reason.
pub async fn decide(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    headers: HeaderMap,
    session: Session,
    axum::Form(pairs): Pairs,
) -> Response {
    let now = now_unix();
    let me = match operator_of(&state, &headers, now).await {
        Ok(me) => me,
        Err(refused) => return refused,
    };
    let desk = value(&pairs, "referred_desk");
    // Any desk of the network may be named (the page offers the nearest).
    let desk_exists = match desk.trim() {
        "" => false,
        slug => match desks::by_slug(&state.db, slug).await {
            Ok(found) => found.is_some(),
            Err(e) => return unavailable("desk lookup", e),
        },
    };
    let catalogue = catalogue();
    // Only ids that exist: anything else is treated as not chosen.
    let known = |v: String, exists: bool| if exists { v } else { String::new() };
    let service = value(&pairs, "referred_service");
    let form = DecisionForm {
        status: value(&pairs, "status"),
        missing: values(&pairs, "missing")
            .into_iter()
            .filter(|m| catalogue.documents.iter().any(|d| d.id == *m))
            .map(str::to_owned)
            .collect(),
        referred_service: known(service.clone(), catalogue.service(service.trim()).is_some()),
        referred_desk: known(desk, desk_exists),
        outcome: value(&pairs, "outcome"),
        note: value(&pairs, "note"),
    };
    let decision = match form.decide() {
        Ok(decision) => decision,
        Err(problem) => {
            if let Err(e) = session.insert(DECISION_FORM_KEY, (id, &form, problem)).await {
                return unavailable("session write", e);
            }
            return Redirect::to(&format!("{}#decide-heading", paths::staff_dossier(lang, id))).into_response();
        }
    };
    let entry = audit_entry(now, &me, AuditAction::Status(decision.status), id, address);
    match dossiers::decide(&state.db, me.id, id, &decision, &entry).await {
        Ok(true) => Redirect::to(&paths::staff_dossier(lang, id)).into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => unavailable("decision", e),
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
pub async fn create_account(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
    axum::Form(pairs): Pairs,
) -> Response {
    let now = now_unix();
    let me = match administrator_of(&state, &headers, now).await {
        Ok(me) => me,
        Err(r) => return r,
    };
    let form = AccountForm {
        email: value(&pairs, "email").trim().to_owned(),
        name: value(&pairs, "name").trim().to_owned(),
        role: value(&pairs, "role"),
        desks: values(&pairs, "desk").into_iter().map(str::to_owned).collect(),
    };
    let back = format!("{}#new-account", paths::staff_accounts(lang));
    let Some(role) = Role::parse(&form.role) else {
        return Redirect::to(&back).into_response();
    };
    let password = value(&pairs, "password");
    let address = address.to_string();
    let by = Actor::staff(&me, &address, now);
    match staff::create_account(&state.db, &form.email, &form.name, role, &password, &form.desks, &by).await {
        Ok(id) => {
            tracing::info!(staff = id, "account created");
            if let Err(e) = session.insert(ACCOUNT_CREATED_KEY, &form.email).await {
                return unavailable("session write", e);
            }
            Redirect::to(&paths::staff_accounts(lang)).into_response()
        }
        Err(e) => match account_error_message(&e) {
            Some(id) => {
                if let Err(e) = session.insert(ACCOUNT_FORM_KEY, (&form, vec![id])).await {
                    return unavailable("session write", e);
                }
                Redirect::to(&back).into_response()
            }
            None => unavailable("account creation", e),
        },
    }
}

/// `POST /<lang>/staff/password`: the signed-in staff member changes their password (any role,
/// and an account that must change it). Back to the form with a message either way.
pub async fn change_password(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
    axum::Form(pairs): Pairs,
) -> Response {
    let now = now_unix();
    let (me, token) = match session_with_token(&state, &headers, now).await {
        Ok(Some((s, token))) if s.verified => (s.staff, token),
        Ok(_) => return Redirect::to(&paths::staff(lang)).into_response(),
        Err(refused) => return refused,
    };
    let change = staff::PasswordChange {
        current: &value(&pairs, "current"),
        new: &value(&pairs, "new"),
        repeated: &value(&pairs, "repeated"),
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
            None => return unavailable("password change", e),
        },
    };
    if let Err(e) = session.insert(PASSWORD_FORM_KEY, outcome).await {
        return unavailable("session write", e);
    }
    Redirect::to(&paths::staff_password(lang)).into_response()
}

/// `POST /<lang>/staff/accounts/<id>/reset`: an administrator gives another account a
/// temporary password, shown once on the accounts page.
pub async fn reset_password(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
) -> Response {
    let now = now_unix();
    let me = match administrator_of(&state, &headers, now).await {
        Ok(me) => me,
        Err(r) => return r,
    };
    let address = address.to_string();
    let by = Actor::staff(&me, &address, now);
    match staff::reset_password(&state.db, id, &by).await {
        Ok(password) => {
            let name = match accounts::name_of(&state.db, id).await {
                Ok(name) => name.unwrap_or_default(),
                Err(e) => return unavailable("staff lookup", e),
            };
            if let Err(e) = session.insert(ACCOUNT_RESET_KEY, (name, password)).await {
                return unavailable("session write", e);
            }
            Redirect::to(&paths::staff_accounts(lang)).into_response()
        }
        Err(staff::AdministrationError::NoAccount | staff::AdministrationError::OwnAccount) => {
            StatusCode::NOT_FOUND.into_response()
        }
        Err(e) => unavailable("password reset", e),
    }
}

/// `POST /<lang>/staff/accounts/<id>/active`: an administrator disables another account
/// (`active=false`; its sessions end at once) or enables it again (`active=true`).
pub async fn set_active(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    headers: HeaderMap,
    address: ClientAddress,
    axum::Form(pairs): Pairs,
) -> Response {
    let now = now_unix();
    let me = match administrator_of(&state, &headers, now).await {
        Ok(me) => me,
        Err(r) => return r,
    };
    let active = match value(&pairs, "active").as_str() {
        "true" => true,
        "false" => false,
        _ => return Redirect::to(&paths::staff_accounts(lang)).into_response(),
    };
    let address = address.to_string();
    let by = Actor::staff(&me, &address, now);
    match staff::set_account_active(&state.db, id, active, &by).await {
        Ok(()) => Redirect::to(&paths::staff_accounts(lang)).into_response(),
        Err(staff::AdministrationError::NoAccount | staff::AdministrationError::OwnAccount) => {
            StatusCode::NOT_FOUND.into_response()
        }
        Err(e) => unavailable("account change", e),
    }
}

/// `POST /<lang>/staff/second-factor`: the code of the app (or a recovery code) for the session
/// that has given the password. At enrolment the recovery codes go to the page once; then the
/// password an administrator set, if any, and the inbox.
pub async fn second_factor(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: HeaderMap,
    address: ClientAddress,
    session: Session,
    axum::Form(pairs): Pairs,
) -> Response {
    let now = now_unix();
    let (me, token) = match session_with_token(&state, &headers, now).await {
        Ok(Some((s, token))) if !s.verified => (s.staff, token),
        Ok(_) => return Redirect::to(&paths::staff(lang)).into_response(),
        Err(refused) => return refused,
    };
    let back = Redirect::to(&paths::staff_second_factor(lang)).into_response();
    match second_factor::verify(&state.db, &me, &value(&pairs, "code"), token, &address, now).await {
        Ok(Passed::Enrolled { recovery_codes }) => {
            tracing::info!(staff = me.id, "second factor enrolled");
            if let Err(e) = session.insert(RECOVERY_CODES_KEY, recovery_codes).await {
                return unavailable("session write", e);
            }
            back
        }
        Ok(Passed::Verified) => {
            let to = if me.must_change_password { paths::staff_password(lang) } else { paths::staff(lang) };
            Redirect::to(&to).into_response()
        }
        Err(e) => match e.message_id() {
            Some(id) => {
                if let Err(e) = session.insert(SECOND_FACTOR_FORM_KEY, id).await {
                    return unavailable("session write", e);
                }
                back
            }
            None => unavailable("second factor", e),
        },
    }
}

/// `GET /<lang>/staff/second-factor/qr.svg`: the QR code of the app's secret, for a session
/// that has given the password of an account not enrolled yet (404 for anyone else).
pub async fn second_factor_qr(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let found = staff::session_of(&state.db, cookie_header(&headers), state.config.is_https(), now_unix()).await;
    let me = match found {
        Ok(Some(s)) if !s.verified && !s.staff.second_factor.enrolled => s.staff,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return unavailable("staff lookup", e),
    };
    let enrolment = match second_factor::enrolment(&state.db, &me).await {
        Ok(e) => e,
        Err(e) => return unavailable("enrolment", e),
    };
    match qrcode::QrCode::new(enrolment.uri.as_bytes()) {
        Ok(qr) => {
            let svg = qr.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build();
            ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "no-store")], svg).into_response()
        }
        Err(e) => unavailable("QR code", e),
    }
}

/// Middleware: the steps of signing in come before anything else. A session that has given
/// only the password reaches the second-factor page and nothing else; then an account whose
/// password an administrator set reaches only the change-password page until it has chosen
/// its own. Signing in and out stay open. Pages are sent to the step; forms and the
/// workspace's server functions are refused.
pub async fn sign_in_steps_first(State(state): State<AppState>, request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let path = request.uri().path();
    let lang = paths::first_segment(path).and_then(app::content::language).map(|l| l.code);
    let staff_page = lang.is_some_and(|l| path.starts_with(&paths::staff(l)));
    if !(staff_page || path.starts_with("/api/staff")) {
        return next.run(request).await;
    }
    let is = |page: fn(&str) -> String| lang.is_some_and(|l| path == page(l));
    if is(paths::staff_sign_out) || is(paths::staff_sign_in) {
        return next.run(request).await;
    }
    let second_factor_page = is(paths::staff_second_factor) || is(paths::staff_second_factor_qr) || path == "/api/staff-second-factor";
    let cookies = cookie_header(request.headers());
    let step: Option<fn(&str) -> String> = match staff::session_of(&state.db, cookies, state.config.is_https(), now_unix()).await {
        Ok(Some(s)) if !s.verified && !second_factor_page => Some(paths::staff_second_factor),
        Ok(Some(s)) if s.verified && s.staff.must_change_password && !is(paths::staff_password) && !second_factor_page => {
            Some(paths::staff_password)
        }
        Ok(_) => None,
        Err(e) => return unavailable("staff lookup", e),
    };
    match (step, lang, request.method() == axum::http::Method::GET) {
        (None, _, _) => next.run(request).await,
        (Some(page), Some(lang), true) => Redirect::to(&page(lang)).into_response(),
        (Some(_), _, _) => StatusCode::FORBIDDEN.into_response(),
    }
}
