//! The journey's state: the draft answers live in the server session; the server's handler of a
//! journey page loads them (`crate::loaded`). In the browser, the question page keeps them in a
//! store, so the next question appears without waiting for the network (answers are then saved
//! in the background).

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

/// The journey as the browser last knew it (None until a journey page has loaded it).
#[derive(Clone, Copy)]
pub struct JourneyStore(pub RwSignal<Option<JourneyState>>);

pub fn provide_journey_store() {
    provide_context(JourneyStore(RwSignal::new(None)));
}

/// The journey for the question page: the browser's copy once it has one, else what the
/// server's handler loaded (sent with the page for hydration).
pub fn journey_resource() -> Resource<Result<JourneyState, String>> {
    let store = expect_context::<JourneyStore>();
    let preloaded = crate::loaded::loaded::<JourneyState>().flatten();
    let resource = Resource::new(
        || (),
        move |_| {
            let preloaded = preloaded.clone();
            async move {
                match store.0.get_untracked().or(preloaded) {
                    Some(state) => Ok(state),
                    None => Err(reload_from_server()),
                }
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

/// A question page reached in the browser without the journey (it never is: the first journey
/// page comes from the server with it): load the page from the server, which has it.
fn reload_from_server() -> String {
    #[cfg(feature = "hydrate")]
    if let Err(e) = window().location().reload() {
        leptos::logging::error!("reload failed: {e:?}");
    }
    "the journey is loaded by the server's page".to_owned()
}

/// A server-only journey page (check, results): renders the journey its handler loaded with
/// `render`.
pub fn journey_page<F>(render: F) -> AnyView
where
    F: Fn(JourneyState) -> AnyView,
{
    match crate::loaded::loaded::<JourneyState>() {
        Some(Some(state)) => render(state),
        _ => view! { <crate::pages::desks::ServiceUnavailable/> }.into_any(),
    }
}
