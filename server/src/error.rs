//! One error type for the handlers: what went wrong becomes the right response, and what
//! caused it goes to the log only (a database's message can name tables, values, the server).

use crate::busy;
use axum::{
    http::StatusCode,
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

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND.into_response(),
            AppError::StepFirst => StatusCode::FORBIDDEN.into_response(),
            AppError::Unavailable { what, cause } => busy::unavailable(what, cause),
        }
    }
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

    #[tokio::test]
    async fn each_error_answers_its_status_and_never_its_cause() {
        assert_eq!(AppError::NotFound.into_response().status(), StatusCode::NOT_FOUND);
        assert_eq!(AppError::StepFirst.into_response().status(), StatusCode::FORBIDDEN);
        let failed = AppError::unavailable("inbox", "relation \"dossiers\" does not exist").into_response();
        assert_eq!(failed.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = axum::body::to_bytes(failed.into_body(), 1 << 16).await.unwrap();
        assert!(!String::from_utf8_lossy(&body).contains("dossiers"), "the cause goes to the log only");
    }
}
