//! An assisted journey: an operator or a mediator starts the questions with a person in this
//! browser, in two languages side by side, after recording that the person agrees
//! (`domain::assist`). The journey's pages read the languages from the session; what it books
//! is recorded in the helper's name ([`helping`]), checked again against the staff cookie then.
//! Ending it empties the browser session, so the next person finds nothing of this one.

use super::{audit_entry, reads::take, signed_in, staff_in_roles};
use crate::{
    client_address::ClientAddress,
    directory::now_unix,
    error::{Answer, AppError},
    form::{ticked, Posted},
    lang::Lang,
    render,
    repo::{mediators, staff::{self as accounts, Staff}},
    AppState,
};
use app::{
    content::language_codes,
    journey::ASSISTED_KEY,
    paths,
    workspace::{AssistPage, RefusedAssist, ASSIST_FORM_KEY},
};
use axum::{
    extract::{Query, Request, State},
    http::HeaderMap,
    response::{IntoResponse, Redirect},
};
use domain::{
    assist::{self, AssistForm, Assisted},
    audit::AuditAction,
    calendar::LocalDateTime,
    staff::Role,
};
use std::collections::HashMap;
use tower_sessions::Session;

/// Who helps people through the questions.
const HELPERS: [Role; 2] = [Role::Operator, Role::Mediator];

/// `GET /<lang>/staff/assist?person=&helper=`: the languages; once the person's is chosen, the
/// consent to read to them and to record (or the form as last refused).
pub(crate) async fn assist_page(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    session: Session,
    request: Request,
) -> Answer {
    staff_in_roles(&state, request.headers(), &HELPERS, now_unix()).await?;
    let chosen = |key: &str| query.get(key).cloned().unwrap_or_default();
    let refused = take::<RefusedAssist>(&session, ASSIST_FORM_KEY).await?;
    let RefusedAssist { form, errors } = refused.unwrap_or_else(|| RefusedAssist {
        form: AssistForm { person: chosen("person"), helper: chosen("helper"), ..AssistForm::default() },
        errors: Vec::new(),
    });
    let open = session.get::<Assisted>(ASSISTED_KEY).await?.map(|a| a.languages);
    let languages = language_codes().into_iter().map(str::to_owned).collect();
    Ok(render::page(&state, request, Some(AssistPage { languages, form, errors, open })).await)
}

/// The consent form as posted.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct AssistPosted {
    person: String,
    helper: String,
    how: String,
    consent: Option<String>,
}

/// `POST /<lang>/staff/assist`: records the person's consent (audited) and starts their
/// journey in their language, replacing anything this browser session held.
pub(crate) async fn start(
    State(state): State<AppState>,
    Lang(lang): Lang,
    address: ClientAddress,
    session: Session,
    headers: HeaderMap,
    Posted(posted): Posted<AssistPosted>,
) -> Answer {
    let now = now_unix();
    let me = staff_in_roles(&state, &headers, &HELPERS, now).await?;
    let form = AssistForm { person: posted.person, helper: posted.helper, how: posted.how, consent: ticked(posted.consent.as_ref()) };
    let assisted = match assist::validate(&form, me.id, now, &language_codes()) {
        Ok(assisted) => assisted,
        Err(errors) => {
            // Only codes of languages Ponte speaks go back into the address.
            let known = |code: &str| language_codes().into_iter().find(|c| *c == code).unwrap_or_default();
            let back = format!("{}?person={}&helper={}", paths::staff_assist(lang), known(&form.person), known(&form.helper));
            session.insert(ASSIST_FORM_KEY, RefusedAssist { form, errors }).await?;
            return Ok(Redirect::to(&back).into_response());
        }
    };
    accounts::audit(&state.db, &audit_entry(&me, AuditAction::AssistStarted, None, &address))
        .await
        .map_err(|e| AppError::unavailable("audit", e))?;
    // A new person: nothing of whoever used this browser before.
    session.flush().await?;
    let person = assisted.languages.person.clone();
    session.insert(ASSISTED_KEY, assisted).await?;
    Ok(Redirect::to(&paths::page(&person, "start")).into_response())
}

/// `POST /<lang>/staff/assist/end`: ends the assisted journey on this browser and forgets the
/// person's answers and bookings in it (the desk has what was booked). Anyone may end their own
/// browser session, so nothing is checked.
pub(crate) async fn end(Lang(lang): Lang, session: Session) -> Answer {
    session.flush().await?;
    Ok(Redirect::to(&paths::staff(lang)).into_response())
}

/// The staff member helping in this browser session's assisted journey, when they are still
/// signed in here as an operator or a mediator (the same account that recorded the consent);
/// else nothing, and what is booked is the person's own.
pub(crate) async fn helping(state: &AppState, session: &Session, headers: &HeaderMap) -> Result<Option<(Staff, Assisted)>, AppError> {
    let Some(assisted) = session.get::<Assisted>(ASSISTED_KEY).await? else { return Ok(None) };
    let me = signed_in(state, headers, now_unix()).await?;
    Ok(me.filter(|me| me.id == assisted.staff_id && HELPERS.contains(&me.role)).map(|me| (me, assisted)))
}

/// A mediator who booked with a person comes with them when their presence covers the
/// appointment and they speak the person's language: the desk sees "mediator confirmed".
pub(crate) async fn mediator_comes(
    state: &AppState,
    me: &Staff,
    dossier_id: i64,
    desk: &str,
    at: LocalDateTime,
    language: &str,
    address: &ClientAddress,
) -> Result<(), AppError> {
    if me.role != Role::Mediator {
        return Ok(());
    }
    let profile = mediators::profile(&state.db, me.id).await.map_err(|e| AppError::unavailable("mediator profile", e))?;
    if !profile.fits(desk, at, language) {
        return Ok(());
    }
    let audit = audit_entry(me, AuditAction::MediatorConfirmed, Some(dossier_id), address);
    mediators::confirm(&state.db, me.id, dossier_id, language, at.date, &audit)
        .await
        .map_err(|e| AppError::unavailable("mediation", e))?;
    Ok(())
}
