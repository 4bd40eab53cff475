//! One request at a time per browser session. A session is read when a request first uses it
//! and written back whole when the request ends, reads included (each one moves its idle
//! expiry on), so two requests of one browser handled at once each write their own copy and the
//! later erases the other's change: an answer saved in the background while the person reloaded
//! the page was lost when the reload wrote back the session it had read before. Requests that
//! carry the same session cookie therefore wait for each other here, around the session layer;
//! the site's files (`/pkg/…`, `/i18n/…`, `/enhance.js`…), which never use the session, go on
//! at once. (Within one process: instances behind a load balancer do not share these turns.)

use crate::sessions::{COOKIE, SECURE_COOKIE};
use axum::{
    extract::{Request, State},
    http::header,
    middleware::Next,
    response::Response,
};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

/// The turns being waited for, by session cookie value; a session's entry goes when its last
/// post ends.
#[derive(Clone, Default)]
pub struct SessionTurns(Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>);

/// The session cookie's value, if the request carries one.
fn session_of(request: &Request) -> Option<String> {
    let cookies = request.headers().get_all(header::COOKIE);
    cookies.iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == COOKIE || name == SECURE_COOKIE).then(|| value.to_owned())
    })
}

/// Whether a request is for one of the site's files, which never use the session.
fn is_file(request: &Request) -> bool {
    let path = request.uri().path();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or_default();
    first == "pkg" || first == "i18n" || first == "healthz" || first.contains('.')
}

/// Middleware: a request waits until the same session's earlier requests have been answered
/// (their session written back).
pub(crate) async fn one_at_a_time(State(turns): State<SessionTurns>, request: Request, next: Next) -> Response {
    let Some(session) = session_of(&request).filter(|_| !is_file(&request)) else {
        return next.run(request).await;
    };
    let turn = {
        let mut all = turns.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        all.entry(session.clone()).or_default().clone()
    };
    let response = {
        let _mine = turn.lock().await;
        next.run(request).await
    };
    let mut all = turns.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    // Held by the map and by this request alone: nobody waits behind it.
    if Arc::strong_count(&turn) == 2 {
        all.remove(&session);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{body::Body, routing::any, Router};
    use std::time::Duration;
    use tower::ServiceExt;

    /// A handler that reads a shared value, waits, then writes it back plus one: the shape of a
    /// session read at the start of a request and written at its end.
    fn counting_app(turns: SessionTurns, count: Arc<Mutex<u32>>) -> Router {
        Router::new()
            .route(
                "/{*page}",
                any(move || {
                    let count = count.clone();
                    async move {
                        let read = *count.lock().unwrap();
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        *count.lock().unwrap() = read + 1;
                    }
                }),
            )
            .layer(axum::middleware::from_fn_with_state(turns, one_at_a_time))
    }

    fn answer(cookie: &str) -> Request {
        Request::post("/it/questions/elderly/age").header(header::COOKIE, format!("ponte_lang=it; {cookie}")).body(Body::empty()).unwrap()
    }

    fn page(path: &str, cookie: &str) -> Request {
        Request::get(path).header(header::COOKIE, cookie).body(Body::empty()).unwrap()
    }

    #[tokio::test]
    async fn posts_of_one_session_take_turns_and_none_is_lost() {
        let (turns, count) = (SessionTurns::default(), Arc::new(Mutex::new(0)));
        let app = counting_app(turns.clone(), count.clone());
        let posts = (0..5).map(|_| app.clone().oneshot(answer(&format!("{COOKIE}=abc"))));
        futures::future::join_all(posts).await;
        assert_eq!(*count.lock().unwrap(), 5, "each post read what the one before wrote");
        assert!(turns.0.lock().unwrap().is_empty(), "no turn is kept once the posts are answered");
    }

    #[tokio::test]
    async fn a_page_read_waits_for_the_post_before_it_and_the_next_post_for_it() {
        let (turns, count) = (SessionTurns::default(), Arc::new(Mutex::new(0)));
        let app = counting_app(turns, count.clone());
        let cookie = format!("{COOKIE}=abc");
        let requests = [answer(&cookie), page("/it/questions/elderly/daily-help", &cookie), answer(&cookie)];
        futures::future::join_all(requests.map(|r| app.clone().oneshot(r))).await;
        assert_eq!(*count.lock().unwrap(), 3);
    }

    #[tokio::test]
    async fn the_sites_files_do_not_wait() {
        let (turns, count) = (SessionTurns::default(), Arc::new(Mutex::new(0)));
        let app = counting_app(turns, count.clone());
        let cookie = format!("{COOKIE}=abc");
        let files = ["/pkg/ponte.wasm", "/pkg/ponte.css", "/i18n/it.ftl", "/enhance.js", "/favicon.svg"];
        futures::future::join_all(files.map(|f| app.clone().oneshot(page(f, &cookie)))).await;
        assert_eq!(*count.lock().unwrap(), 1, "all five at once");
    }

    #[tokio::test]
    async fn other_sessions_do_not_wait() {
        let (turns, count) = (SessionTurns::default(), Arc::new(Mutex::new(0)));
        let app = counting_app(turns, count.clone());
        let posts = (0..5).map(|i| app.clone().oneshot(answer(&format!("{COOKIE}=s{i}"))));
        futures::future::join_all(posts).await;
        // Five sessions at once all read 0: they were not made to wait for one another.
        assert_eq!(*count.lock().unwrap(), 1);
    }
}
