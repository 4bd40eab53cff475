//! The form posts of the questionnaire (they work without JavaScript): start a journey, answer a
//! question, tick documents. Each one updates the draft in the session and redirects (303) to
//! the page to show next, so reload and back never post twice. The browser app posts the same
//! forms in the background with `Accept: application/json` and gets 204 instead.

use app::{
    content::{area, catalogue},
    journey::{DRAFT_KEY, REFUSED_KEY},
    paths,
};
use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use domain::{
    answers::parse_answer,
    catalogue::{Area, QuestionKind},
    flow,
    journey::{validate_start, Draft, Refused},
};
use crate::{
    error::{Answer, AppError},
    form::Posted,
    lang::Lang,
    repo::municipalities,
    AppState,
};
use std::collections::HashMap;
use tower_sessions::Session;

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

fn done(headers: &HeaderMap, to: String) -> Response {
    if wants_json(headers) {
        StatusCode::NO_CONTENT.into_response()
    } else {
        Redirect::to(&to).into_response()
    }
}

/// The language, the area and the person's draft for that area; or the response to send
/// instead (404 for an unknown language or area, the home page when there is no journey).
async fn journey_for(
    lang: &'static str,
    area_id: &str,
    session: &Session,
) -> Result<(&'static str, &'static Area, Draft), Response> {
    let area = area(area_id).ok_or_else(|| StatusCode::NOT_FOUND.into_response())?;
    match session.get::<Draft>(DRAFT_KEY).await {
        Ok(Some(draft)) if draft.area == area.id => Ok((lang, area, draft)),
        Ok(_) => Err(Redirect::to(&paths::journey_gone(lang, area)).into_response()),
        Err(e) => Err(AppError::from(e).into_response()),
    }
}

/// The home page form: who needs help, and about what.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct StartForm {
    who: Option<String>,
    area: Option<String>,
}

/// `POST /<lang>/start`: the home page form. A complete choice starts a new journey (replacing
/// any earlier one) at its first question; otherwise back to the form with the messages.
pub(crate) async fn start(Lang(lang): Lang, session: Session, Posted(form): Posted<StartForm>) -> Answer {
    let (who, area_id) = (form.who.as_deref(), form.area.as_deref());
    match validate_start(who, area_id, &app::content::area_ids()) {
        Ok(start) => {
            let area = start.area.clone();
            session.insert(DRAFT_KEY, Draft::new(start)).await?;
            Ok(Redirect::to(&paths::questions(lang, &area)).into_response())
        }
        Err(_) => {
            // The start page shows what is missing and keeps what was chosen.
            let mut query = Vec::new();
            if let Some(w) = who.filter(|w| domain::journey::Who::parse(w).is_some()) {
                query.push(format!("who={w}"));
            }
            if let Some(a) = area_id.filter(|a| area(a).is_some()) {
                query.push(format!("area={a}"));
            }
            Ok(Redirect::to(&format!("{}?{}", paths::page(lang, "start"), query.join("&"))).into_response())
        }
    }
}

/// `GET /<lang>/questions/<area>`: the first question still to answer, or the check page.
pub(crate) async fn first_open_question(Lang(lang): Lang, Path((_, area_id)): Path<(String, String)>, session: Session) -> Response {
    match journey_for(lang, &area_id, &session).await {
        Ok((lang, _, draft)) => Redirect::to(&next_page(lang, &draft)).into_response(),
        Err(response) => response,
    }
}

/// Where to go once `draft` has changed: the next open question, or the check page.
fn next_page(lang: &str, draft: &Draft) -> String {
    let area = area(&draft.area).expect("drafts hold known areas");
    match flow::next(catalogue(), area, &draft.answers) {
        Some(q) => paths::question(lang, &area.id, &q.id),
        None => paths::check(lang, &area.id),
    }
}

/// One question's form: its value (several for a question with checkboxes), and `return=check`
/// when the person came to change it from the check page.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct AnswerForm {
    value: Vec<String>,
    #[serde(rename = "return")]
    back_to: Vec<String>,
}

/// `POST /<lang>/questions/<area>/<question>`: one answer. A refused value goes back to the same
/// question with the message and what was typed; an accepted one moves on. Answers to later
/// questions that are no longer asked are dropped.
pub(crate) async fn answer(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, area_id, question_id)): Path<(String, String, String)>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    session: Session,
    Posted(form): Posted<AnswerForm>,
) -> Answer {
    let (lang, area, mut draft) = match journey_for(lang, &area_id, &session).await {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let question = catalogue()
        .area_questions(area)
        .find(|q| q.id == question_id)
        .filter(|q| flow::is_asked(q, &draft.answers));
    let Some(question) = question else {
        // Not a question of this path (any more): carry on from where the person is.
        return Ok(done(&headers, next_page(lang, &draft)));
    };
    let back_to_check = query.get("return").is_some_and(|r| r == "check") || form.back_to.iter().any(|r| r == "check");
    let submitted: Vec<&str> = form.value.iter().map(String::as_str).collect();
    // A municipality must be one of the network's, as the directory has them now.
    let network = match question.kind {
        QuestionKind::Municipality => {
            municipalities::list(&state.db).await.map_err(|e| AppError::unavailable("municipalities", e))?
        }
        _ => Vec::new(),
    };
    let codes: Vec<&str> = network.iter().map(|m| m.istat_code.as_str()).collect();
    match parse_answer(question, &submitted, &codes) {
        Err(error) => {
            let refused = Refused {
                question: question.id.clone(),
                values: submitted.iter().map(std::string::ToString::to_string).collect(),
                error,
            };
            if wants_json(&headers) {
                return Ok(StatusCode::UNPROCESSABLE_ENTITY.into_response());
            }
            session.insert(REFUSED_KEY, refused).await?;
            let mut again = paths::question(lang, &area.id, &question.id);
            if back_to_check {
                again.push_str("?return=check");
            }
            Ok(Redirect::to(&again).into_response())
        }
        Ok(value) => {
            draft.answers.insert(question.id.clone(), value);
            flow::prune(catalogue(), area, &mut draft.answers);
            session.insert(DRAFT_KEY, &draft).await?;
            let next = match flow::next(catalogue(), area, &draft.answers) {
                None => paths::check(lang, &area.id),
                Some(_) if back_to_check => next_page(lang, &draft),
                Some(q) => paths::question(lang, &area.id, &q.id),
            };
            Ok(done(&headers, next))
        }
    }
}

/// The checklist: the documents ticked.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct ChecklistForm {
    have: Vec<String>,
}

/// `POST /<lang>/results/<area>/checklist`: the documents the person has ("I have this").
pub(crate) async fn checklist(
    Lang(lang): Lang,
    Path((_, area_id)): Path<(String, String)>,
    headers: HeaderMap,
    session: Session,
    Posted(form): Posted<ChecklistForm>,
) -> Answer {
    let (lang, area, mut draft) = match journey_for(lang, &area_id, &session).await {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    draft.have = form.have.into_iter().filter(|d| catalogue().document(d).is_some()).collect();
    session.insert(DRAFT_KEY, &draft).await?;
    Ok(done(&headers, format!("{}#checklist", paths::results(lang, &area.id))))
}

/// The area to go on with.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct ContinueForm {
    to: Option<String>,
}

/// `POST /<lang>/results/<area>/continue`: goes on with another area (`to`) of the same
/// journey. What that area asks and the person already said comes along, so only the new
/// questions are asked; the rest is kept for coming back.
pub(crate) async fn continue_in(
    Lang(lang): Lang,
    Path((_, area_id)): Path<(String, String)>,
    session: Session,
    Posted(form): Posted<ContinueForm>,
) -> Answer {
    let (lang, _, mut draft) = match journey_for(lang, &area_id, &session).await {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let Some(to) = form.to.as_deref().and_then(area) else {
        return Ok(Redirect::to(&paths::results(lang, &draft.area)).into_response());
    };
    draft.move_to(catalogue(), to);
    session.insert(DRAFT_KEY, &draft).await?;
    Ok(Redirect::to(&next_page(lang, &draft)).into_response())
}

/// `GET /exit`: the quick exit. Ends the session, so the answers are gone from the server and
/// Back shows none of them, then sends the browser to a neutral page without telling it where
/// the person came from.
pub(crate) async fn quick_exit(session: Session) -> Response {
    if let Err(e) = session.flush().await {
        // Leave anyway: the person's safety comes before the clean-up, which expiry finishes.
        tracing::warn!(error = %e, "quick exit could not delete the session");
    }
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, paths::NEUTRAL_PAGE),
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
    )
        .into_response()
}
