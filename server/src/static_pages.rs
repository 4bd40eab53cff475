//! The pages that are the same for everyone who opens the same address (home, start,
//! accessibility, the privacy notices): rendered the first time each address is asked for,
//! then served from memory until the process ends (their texts, the catalogue and the settings
//! they show are fixed for its life). On a click day the server's time goes to bookings, not to
//! drawing the same home page again.

use crate::{render, AppState};
use app::{content::language, paths};
use axum::{
    body::Bytes,
    extract::{Request, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use std::{collections::HashMap, sync::RwLock};

/// The pages rendered so far, by address: a few per language, so the map stays small.
#[derive(Default)]
pub struct Rendered(RwLock<HashMap<String, (HeaderMap, Bytes)>>);

impl Rendered {
    fn get(&self, path: &str) -> Option<(HeaderMap, Bytes)> {
        self.0.read().unwrap_or_else(std::sync::PoisonError::into_inner).get(path).cloned()
    }

    fn keep(&self, path: String, headers: HeaderMap, body: Bytes) {
        self.0.write().unwrap_or_else(std::sync::PoisonError::into_inner).insert(path, (headers, body));
    }
}

/// `GET /<lang>`, `/<lang>/start`, `/<lang>/accessibility`, `/<lang>/privacy`,
/// `/<lang>/staff/privacy`.
pub(crate) async fn page(State(state): State<AppState>, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    // A query (choices carried back to the home page) or a language Ponte does not ship (the
    // "not found" page, in the person's language) makes the page depend on more than its address.
    let same_for_everyone = request.uri().query().is_none() && paths::first_segment(&path).and_then(language).is_some();
    if !same_for_everyone {
        return render::page(&state, request, Some(())).await;
    }
    if let Some((headers, body)) = state.rendered.get(&path) {
        return (StatusCode::OK, headers, body).into_response();
    }
    let response = render::page(&state, request, Some(())).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (head, body) = response.into_parts();
    match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => {
            state.rendered.keep(path, head.headers.clone(), body.clone());
            Response::from_parts(head, body.into())
        }
        Err(e) => crate::busy::unavailable("page render", e),
    }
}
