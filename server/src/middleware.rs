//! Small request rules that apply to every page.

use crate::AppState;
use app::{content::language, lang_cookie, paths};
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// `/it/privacy/` → `/it/privacy`: one address per page (the router matches no trailing slash).
pub async fn trim_trailing_slash(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path.len() > 1 && path.ends_with('/') {
        let mut target = path.trim_end_matches('/').to_owned();
        if target.is_empty() {
            target.push('/');
        }
        if let Some(query) = request.uri().query() {
            target.push('?');
            target.push_str(query);
        }
        return (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, target)]).into_response();
    }
    next.run(request).await
}

/// Remembers the language of the pages a person reads, so that `/` opens in it next time.
pub async fn remember_language(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let lang = paths::first_segment(request.uri().path()).and_then(language).map(|l| l.code);
    let remembered = request
        .headers()
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(lang_cookie::read);
    let mut response = next.run(request).await;
    if let Some(lang) = lang {
        if remembered.as_deref() != Some(lang) && response.status().is_success() {
            let cookie = lang_cookie::set(lang, state.config.is_https());
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
        }
    }
    response
}

/// Pages of a sensitive area (violence), and pages with a person's booking or booking form, are
/// never stored by the browser or a proxy, so they do not come back from the cache or the back
/// button on a shared phone.
pub async fn no_store_for_sensitive(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let personal = ["book", "booking", "manage", "staff"].contains(&path.split('/').nth(2).unwrap_or_default());
    let sensitive = personal
        || path.split('/').filter_map(app::content::area).any(|area| area.sensitive)
        // The anti-violence services' desk pages.
        || path.split('/').filter_map(|s| app::content::catalogue().service(s)).any(|s| s.provider == "centro-antiviolenza");
    let mut response = next.run(request).await;
    if sensitive {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Refuses a state-changing request (any method but GET, HEAD, OPTIONS: forms, server
/// functions) sent from another site: its `Sec-Fetch-Site` says `cross-site`, or its `Origin`
/// is neither the public address (`PONTE_PUBLIC_URL`, as seen behind a proxy) nor the host the
/// request was sent to. Requests without either header (old browsers, command-line tools)
/// carry no ambient cookie risk from a web page and go through.
pub async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    use axum::http::Method;
    if [Method::GET, Method::HEAD, Method::OPTIONS].contains(request.method()) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let cross_site = match (text(header::HeaderName::from_static("sec-fetch-site")), text(header::ORIGIN)) {
        (Some("cross-site"), _) => true,
        (_, Some(origin)) => {
            let host = text(header::HOST).unwrap_or_default();
            origin != state.config.public_url.trim_end_matches('/') && origin.split_once("://").map(|(_, h)| h) != Some(host)
        }
        _ => false,
    };
    if cross_site {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        let lang = paths::first_segment(request.uri().path()).and_then(language).map_or("it", |l| l.code);
        let message = app::i18n::i18n_for(lang).map(|i| i.t("cross-site-refused")).unwrap_or_default();
        return (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response();
    }
    next.run(request).await
}
