//! Posted HTML forms, read into the struct each handler declares. A name may repeat (checkboxes):
//! such a field is a `Vec`. Every field has a default, so a field left out is empty and the
//! handler's own checks answer with the form's messages; a form that cannot be read at all (a
//! value of the wrong shape) is refused with a page in the person's language.

use crate::error::AppError;
use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
};
use serde::de::DeserializeOwned;

/// The form posted to a handler, as `T`.
pub(crate) struct Posted<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Posted<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Posted<T>, AppError> {
        let body = Bytes::from_request(request, state).await.map_err(|e| AppError::BadForm(e.to_string()))?;
        serde_html_form::from_bytes(&body).map(Posted).map_err(|e| AppError::BadForm(e.to_string()))
    }
}

/// A checkbox: ticked when the form sends it, whatever its value.
pub(crate) fn ticked(value: Option<&String>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct Choice {
        area: String,
        have: Vec<String>,
        consent: Option<String>,
        seats: u8,
    }

    async fn posted(body: &'static str) -> Result<Choice, AppError> {
        let request = Request::post("/").body(Body::from(body)).unwrap();
        Posted::<Choice>::from_request(request, &()).await.map(|Posted(c)| c)
    }

    #[tokio::test]
    async fn repeated_names_are_lists_and_missing_ones_are_empty() {
        let c = posted("area=home-care&have=id-card&have=isee").await.unwrap();
        assert_eq!((c.area.as_str(), c.have.as_slice()), ("home-care", ["id-card".to_owned(), "isee".to_owned()].as_slice()));
        assert!(!ticked(c.consent.as_ref()));
        let c = posted("consent=on").await.unwrap();
        assert!(c.area.is_empty() && c.have.is_empty() && ticked(c.consent.as_ref()));
    }

    #[tokio::test]
    async fn a_malformed_body_is_refused_as_a_form_that_cannot_be_read() {
        assert!(matches!(posted("seats=many").await, Err(AppError::BadForm(_))));
        // No page of Ponte sends one of its single fields twice.
        assert!(matches!(posted("area=home-care&area=housing").await, Err(AppError::BadForm(_))));
    }
}
