//! Small request rules that apply to every page.

use crate::{telemetry::loggable_path, AppState};
use app::{content::language, paths};
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// `/it/privacy/` → `/it/privacy`: one address per page (the router matches no trailing slash).
pub(crate) async fn trim_trailing_slash(request: Request, next: Next) -> Response {
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

/// Whether a page holds a person's own data or points to their situation: their answers
/// (questions, check, results), a booking, a request
/// or its form, the staff workspace, and any page of a sensitive area (violence) or of a
/// service only that area lists (its desks, booking and request pages).
fn is_personal(path: &str) -> bool {
    const PERSONAL_PAGES: [&str; 8] = ["questions", "check", "results", "book", "booking", "manage", "request", "staff"];
    let page = path.trim_start_matches('/').split('/').nth(1).unwrap_or_default();
    PERSONAL_PAGES.contains(&page)
        || path.split('/').filter_map(app::content::area).any(|area| area.sensitive)
        || path.split('/').any(|s| app::content::catalogue().is_sensitive_service(s))
}

/// The headers every response carries:
/// - personal pages ([`is_personal`]) are never stored by the browser or a proxy (they do not
///   come back from the cache or the back button on a shared phone) and never named to another
///   site (`Referrer-Policy: no-referrer`); other pages name only themselves, to this site;
/// - the Content Security Policy ([`app::security`]): a rendered page sets its own, with its
///   scripts' nonce; every other response gets the one without a nonce;
/// - no framing (clickjacking), no content-type sniffing, a window of its own (no opener);
/// - the position may be asked for only on the desk search ("use my location"), and camera,
///   microphone, payment and USB never;
/// - over HTTPS, browsers are told to come back over HTTPS only (HSTS).
pub(crate) async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let personal = is_personal(&path);
    let desk_search = path.split('/').nth(2) == Some("desks");
    let headers = response.headers_mut();
    let mut set = |name: header::HeaderName, value: &str| {
        if !headers.contains_key(&name) {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.insert(name, value);
            }
        }
    };
    set(header::CONTENT_SECURITY_POLICY, &app::security::content_security_policy(None));
    set(header::REFERRER_POLICY, if personal { "no-referrer" } else { "same-origin" });
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set(
        header::HeaderName::from_static("permissions-policy"),
        if desk_search {
            "geolocation=(self), camera=(), microphone=(), payment=(), usb=()"
        } else {
            "geolocation=(), camera=(), microphone=(), payment=(), usb=()"
        },
    );
    if state.config.is_https() {
        set(header::STRICT_TRANSPORT_SECURITY, "max-age=31536000");
    }
    if personal {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Refuses a state-changing request (any method but GET, HEAD, OPTIONS: forms, server
/// functions) sent from another site: its `Sec-Fetch-Site` says `cross-site`, or (without that
/// header) its `Origin` is neither the public address (`PONTE_PUBLIC_URL`, as seen behind a proxy) nor the host the
/// request was sent to. Requests without either header (old browsers, command-line tools)
/// carry no ambient cookie risk from a web page and go through.
pub(crate) async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    use axum::http::Method;
    if [Method::GET, Method::HEAD, Method::OPTIONS].contains(request.method()) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    // A browser that sends `Sec-Fetch-Site` says where the request comes from, and is trusted.
    // (`Origin` may then be `null`: pages sent with `Referrer-Policy: no-referrer` post so.)
    let cross_site = match (text(header::HeaderName::from_static("sec-fetch-site")), text(header::ORIGIN)) {
        (Some(site), _) => site == "cross-site",
        (None, Some(origin)) => {
            let host = text(header::HOST).unwrap_or_default();
            origin != state.config.public_url.trim_end_matches('/') && origin.split_once("://").map(|(_, h)| h) != Some(host)
        }
        _ => false,
    };
    if cross_site {
        tracing::warn!(path = %loggable_path(request.uri().path()), "cross-site request refused");
        let lang = paths::first_segment(request.uri().path()).and_then(language).map_or("it", |l| l.code);
        let message = app::i18n::i18n_for(lang).map(|i| i.t("cross-site-refused")).unwrap_or_default();
        return (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response();
    }
    next.run(request).await
}
