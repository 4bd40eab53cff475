//! The page language of a `/<lang>/...` route, checked in one place: a handler that takes
//! [`Lang`] runs only for a language Ponte ships; any other first segment is a 404 before it.

use app::{content::language, paths};
use crate::error::AppError;
use axum::{extract::FromRequestParts, http::request::Parts};

/// The language code of the request's first path segment (`it`, `en`, `ar`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lang(pub &'static str);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Lang, AppError> {
        paths::first_segment(parts.uri.path()).and_then(language).map(|l| Lang(l.code)).ok_or(AppError::NotFound)
    }
}
