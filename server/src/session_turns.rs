//! One post at a time per browser session. A session is read when a request begins and
//! written back whole when it ends, so two posts of one browser handled at once would each
//! write their own copy and the later would erase the other's change: two answers saved in the
//! background, sent together when the person reloads the page, lost one of them. Posts that
//! carry the same session cookie therefore wait for each other here, around the session layer;
//! reads go on at once. (Within one process: instances behind a load balancer do not share
//! these turns.)

use crate::sessions::{COOKIE, SECURE_COOKIE};
use axum::{
    extract::{Request, State},
    http::{header, Method},
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

/// Middleware: a post waits until the same session's earlier posts have been answered (their
/// session written back).
pub(crate) async fn one_post_at_a_time(State(turns): State<SessionTurns>, request: Request, next: Next) -> Response {
    let Some(session) = session_of(&request).filter(|_| request.method() == Method::POST) else {
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
    use axum::{body::Body, routing::post, Router};
    use std::time::Duration;
    use tower::ServiceExt;

    /// A handler that reads a shared value, waits, then writes it back plus one: the shape of a
    /// session read at the start of a request and written at its end.
    fn counting_app(turns: SessionTurns, count: Arc<Mutex<u32>>) -> Router {
        Router::new()
            .route(
                "/answer",
                post(move || {
                    let count = count.clone();
                    async move {
                        let read = *count.lock().unwrap();
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        *count.lock().unwrap() = read + 1;
                    }
                }),
            )
            .layer(axum::middleware::from_fn_with_state(turns, one_post_at_a_time))
    }

    fn answer(cookie: &str) -> Request {
        Request::post("/answer").header(header::COOKIE, format!("ponte_lang=it; {cookie}")).body(Body::empty()).unwrap()
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
    async fn other_sessions_do_not_wait() {
        let (turns, count) = (SessionTurns::default(), Arc::new(Mutex::new(0)));
        let app = counting_app(turns, count.clone());
        let posts = (0..5).map(|i| app.clone().oneshot(answer(&format!("{COOKIE}=s{i}"))));
        futures::future::join_all(posts).await;
        // Five sessions at once all read 0: they were not made to wait for one another.
        assert_eq!(*count.lock().unwrap(), 1);
    }
}
