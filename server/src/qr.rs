//! QR codes served as images: a booking's code for its printed page, a staff account's
//! authenticator secret at enrolment. Both are personal: never stored by a cache.

use crate::error::{AppError, Answer};
use axum::{http::header, response::IntoResponse};

/// `text` as an SVG QR code at least `size` pixels wide.
pub(crate) fn svg_response(text: &str, size: u32) -> Answer {
    let qr = qrcode::QrCode::new(text.as_bytes()).map_err(|e| AppError::unavailable("QR code", e))?;
    let svg = qr.render::<qrcode::render::svg::Color<'_>>().min_dimensions(size, size).build();
    Ok(([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "no-store")], svg).into_response())
}
