//! The questionnaire's pages (a question, check your answers, the results), loaded by one
//! handler: the person's own journey, read from their session (nothing to authorise beyond
//! holding that cookie), and the network's municipalities (public), rendered as the page's view.
//! The view sends the person to the right question when the draft does not fit the page. In an
//! assisted journey the page also shows its texts in the other of the two languages.

use crate::{error::{AppError, Answer}, render, repo::municipalities, AppState};
use app::journey::{JourneyState, ASSISTED_KEY, DRAFT_KEY, REFUSED_KEY};
use axum::extract::{Request, State};
use domain::{
    assist::Assisted,
    journey::{Draft, Refused},
};
use tower_sessions::Session;

/// `GET /<lang>/questions/<area>/<question>`, `/<lang>/check/<area>`, `/<lang>/results/<area>`.
pub(crate) async fn journey_page(State(state): State<AppState>, session: Session, request: Request) -> Answer {
    let draft = session.get::<Draft>(DRAFT_KEY).await?;
    // The answer just refused is shown once, next to its field.
    let refused = session.remove::<Refused>(REFUSED_KEY).await?;
    let municipalities = municipalities::list(&state.db)
        .await
        .map_err(|e| AppError::unavailable("municipalities", e))?
        .into_iter()
        .map(|m| (m.istat_code, m.name))
        .collect();
    let assisted = session.get::<Assisted>(ASSISTED_KEY).await?.map(|a| a.languages);
    Ok(render::page(&state, request, Some(JourneyState { draft, refused, municipalities, assisted })).await)
}
