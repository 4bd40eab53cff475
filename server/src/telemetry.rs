//! Structured logs through `tracing`: readable text by default, JSON lines for collectors.
//! Logs never carry what opens a person's booking (its code) nor a citizen's address: paths
//! are logged through [`loggable_path`], requests by their route.

use crate::config::{Config, LogFormat};
use tracing_subscriber::EnvFilter;

pub fn init(config: &Config) {
    let filter = EnvFilter::try_new(&config.log).expect("validated by Config");
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_target(false);
    match config.log_format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        LogFormat::Text => builder.init(),
    }
}

/// A request path fit for the logs: the segment after `booking` (a booking's code, which with
/// the PIN opens it) is replaced by `{code}`.
pub fn loggable_path(path: &str) -> String {
    let mut after_booking = false;
    path.split('/')
        .map(|segment| {
            let shown = if after_booking { "{code}" } else { segment };
            after_booking = segment == "booking";
            shown
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The span of a request for `TraceLayer`: its method and route pattern (`/{lang}/booking/{code}`),
/// never the URI with its values.
pub fn request_span<B>(request: &axum::http::Request<B>) -> tracing::Span {
    let route = request.extensions().get::<axum::extract::MatchedPath>().map_or_else(
        || loggable_path(request.uri().path()),
        |matched| matched.as_str().to_owned(),
    );
    tracing::debug_span!("request", method = %request.method(), route = %route)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_booking_code_never_reaches_the_logs() {
        assert_eq!(loggable_path("/it/booking/K7MX4QPT/cancel"), "/it/booking/{code}/cancel");
        assert_eq!(loggable_path("/ar/booking/K7MX4QPT"), "/ar/booking/{code}");
        assert_eq!(loggable_path("/it/desks"), "/it/desks");
    }
}
