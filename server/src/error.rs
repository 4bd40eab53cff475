//! One error type for the handlers: what went wrong becomes the right response, and what
//! caused it goes to the log only (a database's message can name tables, values, the server).
//! In a browser every error is a page in the person's language ([`explain`]).

use crate::{busy, plain_page};
use axum::{
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

#[derive(Debug, thiserror::Error)]
pub(crate) enum AppError {
    /// It does not exist, or not for this person: the same answer for both, so ids and codes
    /// reveal nothing (404).
    #[error("not found")]
    NotFound,
    /// A step comes first (the second factor, a new password): the form is refused (403).
    #[error("a sign-in step comes first")]
    StepFirst,
    /// A posted form that cannot be read (a field of the wrong shape, one sent twice): no page
    /// of Ponte sends such a form, so there is nothing to show again (422).
    #[error("the form could not be read: {0}")]
    BadForm(String),
    /// The database, the session store or the password hashing did not answer: the busy page,
    /// in the person's language and with what they typed (503, `busy::shed`).
    #[error("{what} failed: {cause}")]
    Unavailable { what: &'static str, cause: String },
}

impl AppError {
    /// `what` failed because of `cause` (logged when the response is made, never shown).
    pub(crate) fn unavailable(what: &'static str, cause: impl std::fmt::Display) -> AppError {
        AppError::Unavailable { what, cause: cause.to_string() }
    }
}

/// The messages of the page an error response becomes (title, then what to do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Explanation(&'static str, &'static str);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, explanation) = match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, Explanation("not-found-title", "not-found-body")),
            AppError::StepFirst => (StatusCode::FORBIDDEN, Explanation("step-first-title", "step-first-body")),
            AppError::BadForm(cause) => {
                tracing::info!(%cause, "form refused");
                (StatusCode::UNPROCESSABLE_ENTITY, Explanation("form-unreadable-title", "form-unreadable-body"))
            }
            AppError::Unavailable { what, cause } => return busy::unavailable(what, cause),
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(explanation);
        response
    }
}

/// The middleware that writes the page of an error response, in the language of the address
/// (or the person's), for a browser; a background request of the browser app gets the status.
pub(crate) async fn explain(request: Request, next: Next) -> Response {
    // Worked out before the request is handed on (two header reads, no copy of the request).
    let lang = plain_page::language_of(request.headers(), request.uri().path());
    let wants_html = plain_page::wants_html(request.headers());
    let response = next.run(request).await;
    let Some(&Explanation(title, body)) = response.extensions().get::<Explanation>() else { return response };
    if !wants_html {
        return response;
    }
    let i18n = app::i18n::i18n_for(lang).expect("every shipped language has its messages");
    let html = plain_page::html(lang, title, &format!("<p>{}</p>", plain_page::escape(&i18n.t(body))));
    let (mut head, _) = response.into_parts();
    head.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    head.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(head, html.into())
}

/// The session store did not answer (read or write): like the database, the busy page.
impl From<tower_sessions::session::Error> for AppError {
    fn from(e: tower_sessions::session::Error) -> AppError {
        AppError::unavailable("session", e)
    }
}

/// What a handler answers: a response, or the error that becomes one.
pub(crate) type Answer = Result<Response, AppError>;

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{body::Body, routing::get, Router};
    use tower::ServiceExt;

    #[tokio::test]
    async fn each_error_answers_its_status_and_never_its_cause() {
        assert_eq!(AppError::NotFound.into_response().status(), StatusCode::NOT_FOUND);
        assert_eq!(AppError::StepFirst.into_response().status(), StatusCode::FORBIDDEN);
        assert_eq!(AppError::BadForm("x".into()).into_response().status(), StatusCode::UNPROCESSABLE_ENTITY);
        let failed = AppError::unavailable("inbox", "relation \"dossiers\" does not exist").into_response();
        assert_eq!(failed.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = axum::body::to_bytes(failed.into_body(), 1 << 16).await.unwrap();
        assert!(!String::from_utf8_lossy(&body).contains("dossiers"), "the cause goes to the log only");
    }

    async fn page(path: &str, accept: &str) -> (StatusCode, String) {
        let app = Router::new()
            .route("/{lang}/gone", get(|| async { AppError::NotFound }))
            .route("/{lang}/odd", get(|| async { AppError::BadForm("field `value`: duplicate".into()) }))
            .layer(axum::middleware::from_fn(explain));
        let request = axum::http::Request::get(path).header(header::ACCEPT, accept).body(Body::empty()).unwrap();
        let response = app.oneshot(request).await.unwrap();
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
        (status, String::from_utf8(body.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn a_browser_gets_a_page_in_the_language_of_the_address() {
        let (status, html) = page("/uk/gone", "text/html").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let uk = app::i18n::i18n_for("uk").unwrap();
        assert!(html.contains(r#"<html lang="uk" dir="ltr">"#), "{html}");
        assert!(html.contains(&plain_page::escape(&uk.t("not-found-body"))), "{html}");
        let (status, html) = page("/ar/odd", "text/html").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains(r#"dir="rtl""#) && !html.contains("duplicate"), "the cause is never shown: {html}");
        let (status, body) = page("/it/gone", "application/json").await;
        assert_eq!((status, body.as_str()), (StatusCode::NOT_FOUND, ""), "the browser app's requests get the status");
    }
}
