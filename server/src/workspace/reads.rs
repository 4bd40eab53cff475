//! The workspace's pages. Each handler checks who asks, loads what that person may see (reads
//! of dossiers go to the audit log), and renders the page's pure view of it
//! ([`crate::render::page`]); `None` renders the same "not available" page, with a 404, whether
//! the thing does not exist, belongs to another desk, or nobody is signed in.

use super::{audit_entry, cookie_header, mediators::marks, needs_mediator, signed_in};
use crate::{
    client_address::ClientAddress,
    error::{AppError, Answer},
    directory::now_unix,
    render,
    repo::{
        desks, dossiers, helpers, municipalities,
        staff::{self as accounts, Staff},
        RepoError,
    },
    second_factor, staff, AppState,
};
use app::workspace::{
    AccountForm, AccountRow, Accounts, AppointmentRow, Appointments, AuditRow, DossierView, Inbox, InboxFilter, InboxRow,
    PasswordPage, SecondFactorPage, SecondFactorStep, StaffBadge, StaffHome, ACCOUNT_CREATED_KEY, ACCOUNT_FORM_KEY,
    ACCOUNT_RESET_KEY, DECISION_FORM_KEY, MEDIATOR_ASK_KEY, PASSWORD_FORM_KEY, RECOVERY_CODES_KEY, SECOND_FACTOR_FORM_KEY, SIGN_IN_KEY,
};
use app::content::{area, catalogue};
use axum::{
    extract::{Path, Query, Request, State},
    http::HeaderMap,
};
use domain::{
    audit::AuditAction,
    calendar::{rome_local, Date},
    dossier::{DecisionError, DecisionForm, Status},
    staff::Role,
};
use std::collections::{BTreeSet, HashMap};
use tower_sessions::Session;

/// How many of the latest audit lines the administrators' page shows.
const AUDIT_LINES_SHOWN: i64 = 500;

/// Writes what `me` read (a dossier, or a list of them) to the audit log.
pub(super) async fn audit_read(
    state: &AppState,
    me: &Staff,
    address: &ClientAddress,
    action: AuditAction,
    dossier: Option<i64>,
) -> Result<(), RepoError> {
    accounts::audit(&state.db, &audit_entry(me, action, dossier, address)).await
}

/// A value the last form left in the session for this page (shown once), or the busy page.
pub(super) async fn take<T: serde::de::DeserializeOwned>(session: &Session, key: &str) -> Result<Option<T>, AppError> {
    Ok(session.remove::<T>(key).await?)
}

/// `GET /<lang>/staff`: the inbox of the signed-in staff member, or the sign-in form (with the
/// e-mail and the reason of the last refused sign-in).
pub(crate) async fn home_page(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    address: ClientAddress,
    session: Session,
    request: Request,
) -> Answer {
    let q = |key: &str| query.get(key).map(String::as_str);
    let filter = InboxFilter::parse(q("status"), q("area"), q("language"), q("mediator").is_some_and(|m| !m.is_empty()), q("date"));
    let home = match signed_in(&state, request.headers(), now_unix()).await? {
        Some(me) => match inbox(&state, me, &address, filter).await {
            Ok(inbox) => StaffHome::Inbox(inbox),
            Err(e) => return Err(AppError::unavailable("inbox", e)),
        },
        None => match take::<(String, String)>(&session, SIGN_IN_KEY).await {
            Ok(refused) => {
                let (email, error) = refused.map_or((String::new(), None), |(email, error)| (email, Some(error)));
                StaffHome::SignIn { email, error }
            }
            Err(busy) => return Err(busy),
        },
    };
    Ok(render::page(&state, request, Some(home)).await)
}

async fn inbox(state: &AppState, me: Staff, address: &ClientAddress, filter: InboxFilter) -> Result<Inbox, RepoError> {
    let my_desks = accounts::desks_of(&state.db, me.id).await?;
    let all = if me.role == Role::Operator {
        audit_read(state, &me, address, AuditAction::InboxRead, None).await?;
        dossiers::for_staff(&state.db, me.id).await?
    } else {
        Vec::new()
    };
    let desk_ids: Vec<i64> = my_desks.iter().copied().chain(all.iter().map(|d| d.desk_id)).collect();
    let names = desks::names_by_id(&state.db, &desk_ids).await?;
    let claimers: Vec<i64> = all.iter().filter_map(|d| d.claimed_by).collect();
    let colleagues = accounts::names_by_id(&state.db, &claimers).await?;
    let mut marks = marks(state, &all.iter().map(|d| d.id).collect::<Vec<_>>()).await?;
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
            mediator: marks.remove(&d.id),
        })
        .collect();
    let counts = Status::ALL
        .into_iter()
        .map(|s| (s, every.iter().filter(|r| r.status == s && filter.keeps_ignoring_status(r)).count()))
        .collect();
    let languages: BTreeSet<String> = every.iter().map(|r| r.language.clone()).collect();
    let rows = every.into_iter().filter(|r| filter.keeps(r)).collect();
    Ok(Inbox {
        me: StaffBadge { name: me.name, role: me.role, desks: my_desks.iter().filter_map(|id| names.get(id).cloned()).collect() },
        counts,
        filter,
        languages: languages.into_iter().collect(),
        rows,
    })
}

/// `GET /<lang>/staff/dossier/<id>`: one dossier, for an operator of its desk only (the read is
/// audited), with the decision form as last refused.
pub(crate) async fn dossier_page(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    session: Session,
    request: Request,
) -> Answer {
    let me = signed_in(&state, request.headers(), now_unix()).await?.filter(|me| me.role == Role::Operator);
    let view = match me {
        Some(me) => match dossier(&state, &me, &address, id).await {
            Ok(view) => view,
            Err(e) => return Err(AppError::unavailable("dossier", e)),
        },
        None => None,
    };
    let view = match view {
        Some(mut view) => match take::<(i64, DecisionForm, DecisionError)>(&session, DECISION_FORM_KEY).await {
            Ok(refused) => {
                view.refused = refused.filter(|(of, _, _)| *of == id).map(|(_, form, error)| (form, error));
                view.mediator_refused = take::<i64>(&session, MEDIATOR_ASK_KEY).await? == Some(id);
                Some(view)
            }
            Err(busy) => return Err(busy),
        },
        None => None,
    };
    Ok(render::page(&state, request, view).await)
}

async fn dossier(state: &AppState, me: &Staff, address: &ClientAddress, id: i64) -> Result<Option<DossierView>, RepoError> {
    let Some(d) = dossiers::get_for_staff(&state.db, me.id, id).await? else { return Ok(None) };
    audit_read(state, me, address, AuditAction::View, Some(d.id)).await?;
    let desk = desks::names_by_id(&state.db, &[d.desk_id]).await?.remove(&d.desk_id).unwrap_or_default();
    let claimed_by_name = match d.claimed_by {
        Some(id) => accounts::name_of(&state.db, id).await?,
        None => None,
    };
    let recorded_by = match d.recorded_by {
        Some(id) => accounts::name_of(&state.db, id).await?,
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
    let municipalities = municipalities::list(&state.db).await?;
    let helpers = helpers::of_booking(&state.db, d.booking_id).await?;
    let mediator = marks(state, &[d.id]).await?.remove(&d.id);
    let referred_desk = d.referral.as_ref().and_then(|(_, desk)| *desk);
    let near = desks::nearest_names(&state.db, d.desk_id, desks::REFERRAL_CHOICES, referred_desk).await?;
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
        helpers: helpers.into_iter().map(|h| (h.name, h.relationship, h.contact)).collect(),
        channel: d.channel,
        recorded_by,
        consent: d.consent_how.map(|how| (how, rome_local(d.consent_at))),
        mediator,
        mediator_refused: false,
    }))
}

/// `GET /<lang>/staff/appointments?date=`: one day's appointments (today by default) at an
/// operator's desks (the read is audited).
pub(crate) async fn appointments_page(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    address: ClientAddress,
    request: Request,
) -> Answer {
    let me = signed_in(&state, request.headers(), now_unix()).await?.filter(|me| me.role == Role::Operator);
    let date = query.get("date").and_then(|d| Date::parse(d.trim())).unwrap_or_else(|| rome_local(now_unix()).date);
    let day = match me {
        Some(me) => match appointments(&state, &me, &address, date).await {
            Ok(day) => Some(day),
            Err(e) => return Err(AppError::unavailable("appointments", e)),
        },
        None => None,
    };
    Ok(render::page(&state, request, day).await)
}

async fn appointments(state: &AppState, me: &Staff, address: &ClientAddress, date: Date) -> Result<Appointments, RepoError> {
    audit_read(state, me, address, AuditAction::DayListRead, None).await?;
    let day = dossiers::day_for_staff(&state.db, me.id, &date.to_string()).await?;
    let names = desks::names_by_id(&state.db, &day.iter().map(|d| d.desk_id).collect::<Vec<_>>()).await?;
    let mut marks = marks(state, &day.iter().map(|d| d.id).collect::<Vec<_>>()).await?;
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
                mediator: marks.remove(&d.id),
                language: d.language,
                attendance: d.attendance,
            })
        })
        .collect();
    Ok(Appointments { date, rows })
}

/// `GET /<lang>/staff/accounts`: the accounts and the new-account form (with what was refused,
/// the account just made, the temporary password just set), for administrators only.
pub(crate) async fn accounts_page(State(state): State<AppState>, session: Session, request: Request) -> Answer {
    let me = signed_in(&state, request.headers(), now_unix()).await?.filter(|me| me.role == Role::Administrator);
    let Some(me) = me else { return Ok(render::page::<Accounts>(&state, request, None).await) };
    let mut view = match accounts(&state, &me).await {
        Ok(view) => view,
        Err(e) => return Err(AppError::unavailable("accounts", e)),
    };
    let taken = async {
        if let Some((form, errors)) = take::<(AccountForm, Vec<String>)>(&session, ACCOUNT_FORM_KEY).await? {
            view.form = form;
            view.errors = errors;
        }
        view.created = take(&session, ACCOUNT_CREATED_KEY).await?;
        view.reset = take(&session, ACCOUNT_RESET_KEY).await?;
        Ok::<_, AppError>(())
    };
    taken.await?;
    Ok(render::page(&state, request, Some(view)).await)
}

async fn accounts(state: &AppState, me: &Staff) -> Result<Accounts, RepoError> {
    let all_desks = desks::names(&state.db).await?;
    let desk_name = |slug: &str| all_desks.iter().find(|(_, s, _)| s == slug).map(|(_, _, name)| name.clone());
    let accounts = accounts::all_with_desks(&state.db)
        .await?
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
    Ok(Accounts {
        accounts,
        desks: all_desks.into_iter().map(|(_, slug, name)| (slug, name)).collect(),
        form: AccountForm::default(),
        errors: Vec::new(),
        created: None,
        reset: None,
    })
}

/// `GET /<lang>/staff/audit`: the latest lines of the audit log, for administrators only.
pub(crate) async fn audit_page(State(state): State<AppState>, request: Request) -> Answer {
    let me = signed_in(&state, request.headers(), now_unix()).await?.filter(|me| me.role == Role::Administrator);
    let rows = match me {
        Some(_) => match audit_rows(&state).await {
            Ok(rows) => Some(rows),
            Err(e) => return Err(AppError::unavailable("audit log", e)),
        },
        None => None,
    };
    Ok(render::page(&state, request, rows).await)
}

async fn audit_rows(state: &AppState) -> Result<Vec<AuditRow>, RepoError> {
    let log = accounts::audit_log(&state.db, AUDIT_LINES_SHOWN).await?;
    let names = accounts::names_by_id(&state.db, &log.iter().filter_map(|e| e.staff_id).collect::<Vec<_>>()).await?;
    Ok(log
        .into_iter()
        .map(|e| AuditRow {
            at: rome_local(e.at),
            staff: e.staff_id.and_then(|id| names.get(&id).cloned()).unwrap_or_default(),
            action: e.action,
            dossier: e.dossier_id,
            address: e.address,
        })
        .collect())
}

/// `GET /<lang>/staff/password`: the change-password form of whoever is signed in, with how
/// the last one went.
pub(crate) async fn password_page(State(state): State<AppState>, session: Session, request: Request) -> Answer {
    let page = match signed_in(&state, request.headers(), now_unix()).await? {
        None => None,
        Some(me) => match take::<String>(&session, PASSWORD_FORM_KEY).await {
            Ok(outcome) => Some(PasswordPage { name: me.name, forced: me.must_change_password, outcome }),
            Err(busy) => return Err(busy),
        },
    };
    Ok(render::page(&state, request, page).await)
}

/// `GET /<lang>/staff/second-factor`: the second step of signing in, for the session that has
/// given the password: enrolment (a new account, or after a reset), the code, or the recovery
/// codes just made (once).
pub(crate) async fn second_factor_page(State(state): State<AppState>, session: Session, request: Request) -> Answer {
    let found = staff::session_of(&state.db, cookie_header(request.headers()), state.config.is_https(), now_unix()).await;
    let signed = match found {
        Ok(Some(signed)) => signed,
        Ok(None) => return Ok(render::page::<SecondFactorPage>(&state, request, None).await),
        Err(e) => return Err(AppError::unavailable("staff lookup", e)),
    };
    let me = &signed.staff;
    let step = if signed.verified {
        Ok(SecondFactorStep::Done)
    } else if me.second_factor.enrolled {
        accounts::recovery_codes_left(&state.db, me.id).await.map(|left| SecondFactorStep::Verify { recovery_codes_left: left })
    } else {
        second_factor::enrolment(&state.db, me).await.map(|e| SecondFactorStep::Enrol { secret: e.secret })
    };
    let mut step = match step {
        Ok(step) => step,
        Err(e) => return Err(AppError::unavailable("second factor", e)),
    };
    let (problem, codes) = match (take::<String>(&session, SECOND_FACTOR_FORM_KEY).await, take::<Vec<String>>(&session, RECOVERY_CODES_KEY).await) {
        (Ok(problem), Ok(codes)) => (problem, codes),
        (Err(busy), _) | (_, Err(busy)) => return Err(busy),
    };
    if let (SecondFactorStep::Done, Some(codes)) = (&step, codes) {
        step = SecondFactorStep::RecoveryCodes { codes };
    }
    let page = SecondFactorPage { step, problem, must_change_password: me.must_change_password };
    Ok(render::page(&state, request, Some(page)).await)
}

/// `GET /<lang>/staff/second-factor/qr.svg`: the QR code of the app's secret, for a session
/// that has given the password of an account not enrolled yet (404 for anyone else).
pub(crate) async fn second_factor_qr(State(state): State<AppState>, headers: HeaderMap) -> Answer {
    let found = staff::session_of(&state.db, cookie_header(&headers), state.config.is_https(), now_unix()).await;
    let me = match found {
        Ok(Some(s)) if !s.verified && !s.staff.second_factor.enrolled => s.staff,
        Ok(_) => return Err(AppError::NotFound),
        Err(e) => return Err(AppError::unavailable("staff lookup", e)),
    };
    let enrolment = match second_factor::enrolment(&state.db, &me).await {
        Ok(e) => e,
        Err(e) => return Err(AppError::unavailable("enrolment", e)),
    };
    crate::qr::svg_response(&enrolment.uri, 200)
}
