//! The citizens' desk pages, each loaded by its handler and rendered as a pure view:
//! - the desks providing a service (`/<lang>/desks/<service>`), nearest first, with filters;
//! - booking a time at a desk (`/<lang>/book/<desk>/<service>`), or moving a booking there;
//! - sending a request without a time (`/<lang>/request/<desk>/<service>`);
//! - "use my location" (a post that opens the desk list from the nearest municipality).
//!
//! The forms come back with what the person typed and its problems after a refused post (kept
//! in their session by `booking`, shown once). A desk or service that does not exist answers 404.

use crate::{
    booking::access_to,
    directory,
    error::{AppError, Answer},
    form::Posted,
    lang::Lang,
    render,
    repo::municipalities,
    AppState,
};
use app::{
    desks::{DeskQuery, RefusedBooking, BOOKING_FORM_KEY},
    journey::DRAFT_KEY,
};
use axum::{
    extract::{Path, Query, Request, State},
    response::{IntoResponse, Redirect},
};
use domain::{
    booking::BookingCode,
    calendar::{Date, Weekday},
    desks::Point,
    journey::{Draft, Who},
};
use std::collections::HashMap;
use tower_sessions::Session;

/// The form this person last sent and the server refused, taken from their session (once).
async fn refused_form(session: &Session) -> Result<Option<RefusedBooking>, AppError> {
    Ok(session.remove::<RefusedBooking>(BOOKING_FORM_KEY).await?)
}

/// Whom the journey in this session was for (its first answer; without a journey, the person
/// typing): for someone they help, the booking and request forms ask about that person.
async fn whom_for(session: &Session) -> Who {
    let draft = session.get::<Draft>(DRAFT_KEY).await.ok().flatten();
    draft.map_or(Who::Me, |d| d.who)
}

/// `GET /<lang>/desks/<service>?municipality=&postcode=&language=&day=&step_free=`.
pub(crate) async fn desks_page(
    State(state): State<AppState>,
    Path((_, service)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Answer {
    let query = DeskQuery::from_address(&service, |name| query.get(name).cloned());
    let found = directory::search(&state.db, &state.desk_index, query).await.map_err(|e| AppError::unavailable("desk search", e))?;
    Ok(render::page(&state, request, found).await)
}

/// `GET /<lang>/book/<desk>/<service>?from=<date>&change=<code>`: a week of free slots from
/// `from`; with `change`, moving that booking (only one this browser may manage).
pub(crate) async fn book_page(
    State(state): State<AppState>,
    Path((_, desk, service)): Path<(String, String, String)>,
    Query(query): Query<HashMap<String, String>>,
    session: Session,
    request: Request,
) -> Answer {
    let from = query.get("from").and_then(|d| Date::parse(d));
    let view = directory::slots(&state.db, &desk, &service, from).await.map_err(|e| AppError::unavailable("free slots", e))?;
    let mut view = view;
    if let Some(view) = view.as_mut() {
        view.refused = refused_form(&session).await?;
        view.who = whom_for(&session).await;
        // Only a booking this browser may manage (the booking's own page checks a helper).
        view.rescheduling = match query.get("change").and_then(|c| BookingCode::try_from(c.clone()).ok()) {
            Some(code) if access_to(&session, &code).await?.is_some() => Some(code),
            _ => None,
        };
    }
    Ok(render::page(&state, request, view).await)
}

/// `GET /<lang>/request/<desk>/<service>`.
pub(crate) async fn request_page(
    State(state): State<AppState>,
    Path((_, desk, service)): Path<(String, String, String)>,
    session: Session,
    request: Request,
) -> Answer {
    let view = directory::request_form(&state.db, &desk, &service)
        .await
        .map_err(|e| AppError::unavailable("request form", e))?;
    let mut view = view;
    if let Some(view) = view.as_mut() {
        view.refused = refused_form(&session).await?;
        view.who = whom_for(&session).await;
    }
    Ok(render::page(&state, request, view).await)
}

/// "Use my location": the position, and the search's other fields.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct NearForm {
    lat: Option<String>,
    lon: Option<String>,
    language: Option<String>,
    day: Option<String>,
    step_free: Option<String>,
}

/// `POST /<lang>/desks/<service>/near`: "use my location". The browser posts its position
/// with the search's other fields; Ponte keeps none of it: the desk list opens from the
/// municipality of the network nearest to it (`?municipality=`), so a position never travels
/// in an address, a history entry or a log.
pub(crate) async fn near(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, service)): Path<(String, String)>,
    Posted(form): Posted<NearForm>,
) -> Answer {
    let Some(service) = app::content::catalogue().service(&service) else {
        return Err(AppError::NotFound);
    };
    let number = |v: &Option<String>| v.as_deref().and_then(|v| v.trim().parse::<f64>().ok());
    let point = number(&form.lat).zip(number(&form.lon)).map(|(latitude, longitude)| Point { latitude, longitude }.coarse());
    let mut query = Vec::new();
    match point.filter(|p| p.is_valid()) {
        Some(point) => {
            let list = municipalities::list(&state.db).await.map_err(|e| AppError::unavailable("municipalities", e))?;
            query.extend(directory::nearest_municipality(point, &list).map(|m| format!("municipality={}", m.istat_code)));
        }
        None => query.push("location=invalid".to_owned()),
    }
    // The filters already chosen stay, as the form would have sent them (only known values).
    query.extend(form.language.as_deref().and_then(app::content::language).map(|l| format!("language={}", l.code)));
    query.extend(form.day.as_deref().and_then(Weekday::parse).map(|d| format!("day={}", d.as_str())));
    query.extend(crate::form::ticked(form.step_free.as_ref()).then(|| "step_free=on".to_owned()));
    let page = app::paths::page(lang, &format!("desks/{}", service.id));
    let query = query.join("&");
    Ok(Redirect::to(&format!("{page}?{query}")).into_response())
}
