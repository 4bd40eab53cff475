//! The journey's state: the draft answers live in the server session; the server's handler of a
//! journey page loads them (`crate::loaded`). In the browser, the question island keeps its own
//! copy, so the next question appears without waiting for the network (answers are then saved
//! in the background).

use domain::journey::{Draft, Refused};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Session keys. One journey per browser session.
pub const DRAFT_KEY: &str = "draft";
pub const REFUSED_KEY: &str = "refused";
/// An assisted journey under way (`domain::assist::Assisted`).
pub const ASSISTED_KEY: &str = "assisted";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JourneyState {
    pub draft: Option<Draft>,
    /// The answer the server just refused (shown once, next to its field).
    pub refused: Option<Refused>,
    /// The municipalities of the network, (ISTAT code, name) by name: the choices of the
    /// municipality question, and the words for its answer.
    pub municipalities: Vec<(String, String)>,
    /// The two languages of an assisted journey: each page shows the other one beside its own,
    /// and the question form posts to the server at every step (the server renders both).
    pub assisted: Option<domain::assist::Languages>,
}

impl JourneyState {
    /// The ISTAT codes a municipality answer may take (besides "another municipality").
    pub fn municipality_codes(&self) -> Vec<&str> {
        self.municipalities.iter().map(|(code, _)| code.as_str()).collect()
    }
}

/// A journey page (a question, check, results): renders the journey its handler loaded with
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
