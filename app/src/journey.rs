//! The journey's state: the draft answers live in the server session; pages read them through
//! one server function. In the browser, once loaded, they are kept in a store so the next
//! question appears without waiting for the network (answers are then saved in the background).

use domain::journey::{Draft, Refused};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Session keys. One journey per browser session.
pub const DRAFT_KEY: &str = "draft";
pub const REFUSED_KEY: &str = "refused";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JourneyState {
    pub draft: Option<Draft>,
    /// The answer the server just refused (shown once, next to its field).
    pub refused: Option<Refused>,
    /// The municipalities of the network, (ISTAT code, name) by name: the choices of the
    /// municipality question, and the words for its answer.
    pub municipalities: Vec<(String, String)>,
}

impl JourneyState {
    /// The ISTAT codes a municipality answer may take (besides "another municipality").
    pub fn municipality_codes(&self) -> Vec<&str> {
        self.municipalities.iter().map(|(code, _)| code.as_str()).collect()
    }
}

/// The caller's own journey, and nobody else's: it is read from the caller's session cookie,
/// so there is nothing to authorise beyond holding that cookie (the municipalities are public).
#[server(prefix = "/api", endpoint = "journey")]
pub async fn get_journey() -> Result<JourneyState, ServerFnError> {
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let draft = session
        .get::<Draft>(DRAFT_KEY)
        .await
        .map_err(crate::desks::session_failed)?;
    let refused = session
        .remove::<Refused>(REFUSED_KEY)
        .await
        .map_err(crate::desks::session_failed)?;
    let municipalities = crate::desks::directory()?.municipalities().await.map_err(ServerFnError::new)?;
    Ok(JourneyState { draft, refused, municipalities })
}

/// The journey as the browser last knew it (None until a journey page has loaded it).
#[derive(Clone, Copy)]
pub struct JourneyStore(pub RwSignal<Option<JourneyState>>);

pub fn provide_journey_store() {
    provide_context(JourneyStore(RwSignal::new(None)));
}

/// The journey for a page: from the store when the browser already has it, otherwise from the
/// server (during server rendering, or on the first client-side visit).
pub fn journey_resource() -> Resource<Result<JourneyState, ServerFnError>> {
    let store = expect_context::<JourneyStore>();
    let resource = Resource::new(
        || (),
        move |_| async move {
            match store.0.get_untracked() {
                Some(state) => Ok(state),
                None => get_journey().await,
            }
        },
    );
    // Keep what the server sent (also when it arrived with the hydrated page).
    Effect::new(move |_| {
        if let Some(Ok(state)) = resource.get() {
            if store.0.get_untracked().is_none() {
                store.0.set(Some(JourneyState { refused: None, ..state }));
            }
        }
    });
    resource
}

/// A journey page: waits for the journey (the browser's copy first, else the server's), then
/// renders it with `render`, again whenever it changes.
pub fn journey_page<F>(render: F) -> impl IntoView
where
    F: Fn(JourneyState) -> AnyView + Clone + Send + Sync + 'static,
{
    let journey = journey_resource();
    let store = expect_context::<JourneyStore>();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let state = store.0.get().or_else(|| journey.get().and_then(Result::ok));
                state.map(render.clone())
            }}
        </Suspense>
    }
}
