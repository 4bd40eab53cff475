//! Rendering a server-only page whose handler has loaded its data: the app is rendered for the
//! request's address, with the data in the context ([`app::loaded`]), in the page's shell.

use crate::AppState;
use app::loaded::Loaded;
use axum::{extract::Request, http::StatusCode, response::Response};
use leptos::prelude::provide_context;

/// The page of `request`, rendered from `data`. `None` (this person may not see it) renders the
/// page's "not available" view with a 404.
pub(crate) async fn page<T: Clone + Send + Sync + 'static>(state: &AppState, request: Request, data: Option<T>) -> Response {
    let status = if data.is_some() { StatusCode::OK } else { StatusCode::NOT_FOUND };
    let options = state.leptos_options.clone();
    let context = crate::routes::page_context(state);
    let loaded = Loaded(data);
    let render = leptos_axum::render_app_async_with_context(
        move || {
            context();
            provide_context(loaded.clone());
        },
        move || app::shell(options.clone()),
    );
    let mut response = render(request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
