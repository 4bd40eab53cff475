//! When more people come than the machine can serve ("click day": a booking window opens at
//! 9:00 and everyone presses the button at once), some are asked to come back in a minute,
//! quickly and kindly, rather than everyone waiting for ever or the server running out of
//! memory:
//!
//! - at most `PONTE_MAX_IN_FLIGHT` requests are served at once; the next ones wait up to
//!   `PONTE_BUSY_WAIT_MS` for a turn;
//! - while the server's resident memory is above 90 % of `PONTE_MEMORY_LIMIT_MB`, new requests
//!   are not started;
//! - a request that gets no turn, and one whose handler could not reach the database
//!   ([`unavailable`]), gets the busy page: 503 with `Retry-After`, in the page's language, and
//!   for a form its values in a "try again" form that posts them again. Forms carry a request
//!   key, so posting again never books twice: the person sees the booking if it was made.

use crate::plain_page::{escape, html, language_of, wants_html};
use app::i18n::i18n_for;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use futures_util::StreamExt;
use std::{
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::Duration,
};
use tokio::sync::Semaphore;

/// Seconds a person is asked to wait (the page says "a minute").
const RETRY_AFTER_SECONDS: &str = "60";
/// Posted forms are small; a larger body is not kept for the "try again" form.
const KEPT_BODY_BYTES: usize = 64 * 1024;
/// How often resident memory is read.
const MEMORY_SAMPLE_EVERY: Duration = Duration::from_millis(100);

/// A handler's answer when the database or the session store did not answer in time: the busy
/// page is put in its place by [`shed`], with the form's values.
pub fn unavailable(what: &str, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "{what} failed");
    let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
    response.extensions_mut().insert(Unavailable);
    response
}

#[derive(Clone, Copy)]
struct Unavailable;

/// Turns, and the memory watch.
pub struct Gate {
    turns: Arc<Semaphore>,
    wait: Duration,
    memory_limit_kb: u64,
    resident_kb: Arc<AtomicU64>,
}

impl Gate {
    /// A gate of `in_flight` turns; memory is read now and then every 100 ms while the gate lives.
    pub fn new(in_flight: usize, wait: Duration, memory_limit_mb: u64) -> Arc<Gate> {
        let resident_kb = Arc::new(AtomicU64::new(resident_kb().unwrap_or(0)));
        let gate = Arc::new(Gate {
            turns: Arc::new(Semaphore::new(in_flight)),
            wait,
            memory_limit_kb: memory_limit_mb * 1024,
            resident_kb: resident_kb.clone(),
        });
        let watched = Arc::downgrade(&gate);
        tokio::spawn(async move {
            while watched.strong_count() > 0 {
                resident_kb.store(self::resident_kb().unwrap_or(0), Ordering::Relaxed);
                tokio::time::sleep(MEMORY_SAMPLE_EVERY).await;
            }
        });
        gate
    }

    fn memory_is_short(&self) -> bool {
        self.resident_kb.load(Ordering::Relaxed) * 10 > self.memory_limit_kb * 9
    }
}

/// The process's resident memory (Linux: `VmRSS` of `/proc/self/status`).
fn resident_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Static files and the health check are cheap and always served: the busy page needs its
/// style sheet, and a proxy must not take a busy instance for a dead one.
fn always_served(path: &str) -> bool {
    path == "/healthz" || path.starts_with("/pkg/") || path == "/favicon.svg" || path.ends_with(".js")
}

/// The middleware: a turn, or the busy page.
pub async fn shed(State(gate): State<Arc<Gate>>, request: Request, next: Next) -> Response {
    if always_served(request.uri().path()) {
        return next.run(request).await;
    }
    let turn = if gate.memory_is_short() {
        None
    } else {
        tokio::time::timeout(gate.wait, gate.turns.clone().acquire_owned()).await.ok().and_then(Result::ok)
    };
    let (parts, body) = request.into_parts();
    // A form's values are kept (they are small) to be offered again if the answer is "busy".
    let posted = if parts.method == Method::POST {
        match axum::body::to_bytes(body, KEPT_BODY_BYTES).await {
            Ok(bytes) => Some(bytes),
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        }
    } else {
        None
    };
    let Some(turn) = turn else {
        tracing::warn!(path = %crate::telemetry::loggable_path(parts.uri.path()), "busy: request not served");
        return busy_page(&parts.headers, parts.uri.path(), posted.as_ref(), Outcome::NotSent);
    };
    let body = posted.clone().map_or_else(Body::empty, Body::from);
    let response = next.run(Request::from_parts(parts.clone(), body)).await;
    if response.extensions().get::<Unavailable>().is_some() {
        return busy_page(&parts.headers, parts.uri.path(), posted.as_ref(), Outcome::Unsure);
    }
    // A streamed page (of unknown length) keeps its turn until it is sent, not only until its
    // head is ready; a response of known length is complete already.
    if axum::body::HttpBody::size_hint(response.body()).exact().is_some() {
        return response;
    }
    let (head, body) = response.into_parts();
    let body = body.into_data_stream().map(move |chunk| {
        let _turn = &turn;
        chunk
    });
    Response::from_parts(head, Body::from_stream(body))
}

/// What the busy page can say about a form: it was not handled at all, or its handler stopped
/// part-way (then sending it again shows what was saved, and never saves it twice).
#[derive(Clone, Copy)]
enum Outcome {
    NotSent,
    Unsure,
}

fn busy_page(headers: &HeaderMap, path: &str, posted: Option<&Bytes>, outcome: Outcome) -> Response {
    let mut response = if wants_html(headers) {
        let html = render(language_of(headers, path), path, posted, outcome);
        (StatusCode::SERVICE_UNAVAILABLE, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
    } else {
        StatusCode::SERVICE_UNAVAILABLE.into_response()
    };
    let h = response.headers_mut();
    h.insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER_SECONDS));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn render(lang: &'static str, path: &str, posted: Option<&Bytes>, outcome: Outcome) -> String {
    let i18n = i18n_for(lang).or_else(|| i18n_for("it")).expect("Italian messages");
    let t = |id: &str| escape(&i18n.t(id));
    let action = escape(path);
    let mut body = format!("<p>{}</p>", t("busy-wait"));
    match posted {
        Some(posted) => {
            let said = match outcome {
                Outcome::NotSent => t("busy-not-sent"),
                Outcome::Unsure => t("busy-unsure"),
            };
            body.push_str(&format!("<p>{said}</p><p>{}</p><form method=\"post\" action=\"{action}\">", t("busy-kept")));
            for (name, value) in form_urlencoded::parse(posted) {
                body.push_str(&format!(
                    "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                    escape(&name),
                    escape(&value)
                ));
            }
            body.push_str(&format!("<button type=\"submit\" class=\"button\">{}</button></form>", t("busy-retry")));
        }
        None => body.push_str(&format!("<p><a class=\"button\" href=\"{action}\">{}</a></p>", t("busy-retry"))),
    }
    html(lang, "busy-title", &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_offers_the_form_again_with_what_was_typed_escaped() {
        let posted = Bytes::from_static(b"name=%3Cb%3EAmina%22&consent=yes&request_key=k1");
        let html = render("ar", "/ar/book/desk/home-care", Some(&posted), Outcome::NotSent);
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
        assert!(html.contains(r#"<form method="post" action="/ar/book/desk/home-care">"#), "{html}");
        assert!(html.contains(r#"name="name" value="&lt;b&gt;Amina&quot;""#), "{html}");
        assert!(html.contains(r#"name="request_key" value="k1""#), "{html}");
        let ar = i18n_for("ar").unwrap();
        assert!(html.contains(&escape(&ar.t("busy-not-sent"))), "{html}");
    }

    #[test]
    fn a_page_read_is_offered_again_as_a_link() {
        let html = render("en", "/en/desks", None, Outcome::NotSent);
        assert!(html.contains(r#"<a class="button" href="/en/desks">"#), "{html}");
        assert!(!html.contains("<form"), "{html}");
    }
}
