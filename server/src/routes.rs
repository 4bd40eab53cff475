//! The HTTP surface: every page (each by its own handler), static files, the messages the
//! browser downloads, the health check and the language redirect at `/`.

use crate::{booking, booking_pages, desk_pages, journey, journey_pages, middleware, static_pages, workspace, AppState};
use leptos::prelude::provide_context;
use std::collections::HashMap;
use app::{
    content::{language, language_codes},
    i18n, lang_cookie, paths, shell,
};
use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use tower_http::{
    compression::CompressionLayer,
    services::{ServeDir, ServeFile},
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};

pub(crate) fn router(state: AppState) -> Router {
    // Renders run their tasks on tokio (Leptos' own routes would set this up; Ponte routes every
    // page itself). Already set by an earlier server of this process: nothing to do.
    let _ = any_spawner::Executor::init_tokio();
    let site = state.config.site_dir.clone();
    let pkg = ServeDir::new(site.join("pkg")).precompressed_br().precompressed_gzip();

    Router::new()
        .route("/", get(root))
        .route("/healthz", get(healthz))
        .route("/language/{lang}", get(choose_language))
        .route("/i18n/{file}", get(messages))
        .route(app::paths::QUICK_EXIT, get(journey::quick_exit))
        // Every page has its handler, which loads what the page shows and renders it
        // (`render::page`); the app's routes only choose the view.
        .route("/{lang}", get(static_pages::page))
        .route("/{lang}/start", get(static_pages::page).post(journey::start))
        .route("/{lang}/accessibility", get(static_pages::page))
        .route("/{lang}/privacy", get(static_pages::page))
        .route("/{lang}/staff/privacy", get(static_pages::page))
        .route("/{lang}/questions/{area}", get(journey::first_open_question))
        .route("/{lang}/questions/{area}/{question}", get(journey_pages::journey_page).post(journey::answer))
        .route("/{lang}/check/{area}", get(journey_pages::journey_page))
        .route("/{lang}/results/{area}", get(journey_pages::journey_page))
        .route("/{lang}/results/{area}/checklist", post(journey::checklist))
        .route("/{lang}/results/{area}/continue", post(journey::continue_in))
        .route("/{lang}/desks/{service}", get(desk_pages::desks_page))
        .route("/{lang}/desks/{service}/near", post(desk_pages::near))
        .route("/{lang}/book/{desk}/{service}", get(desk_pages::book_page).post(booking::book))
        .route("/{lang}/request/{desk}/{service}", get(desk_pages::request_page).post(booking::request))
        .route("/{lang}/manage", get(booking_pages::manage_page).post(booking::manage))
        .route("/{lang}/booking/{code}", get(booking_pages::booking_page))
        .route("/{lang}/booking/{code}/cancel", post(booking::cancel))
        .route("/{lang}/booking/{code}/erase", post(booking::erase))
        .route("/{lang}/booking/{code}/reschedule", post(booking::reschedule))
        .route("/{lang}/booking/{code}/helpers", post(booking::add_helper))
        .route("/{lang}/booking/{code}/helpers/{helper}/remove", post(booking::remove_helper))
        .route("/{lang}/booking/{code}/calendar.ics", get(booking::calendar))
        .route("/{lang}/booking/{code}/data.json", get(booking::personal_data))
        .route("/{lang}/booking/{code}/qr.svg", get(booking::qr))
        // The workspace's pages: each handler loads what the person may see (`workspace::reads`).
        .route("/{lang}/staff", get(workspace::home_page))
        .route("/{lang}/staff/dossier/{id}", get(workspace::dossier_page))
        .route("/{lang}/staff/appointments", get(workspace::appointments_page))
        .route("/{lang}/staff/record", get(workspace::record_page).post(workspace::record))
        .route("/{lang}/staff/record/done", get(workspace::recorded_page))
        .route("/{lang}/staff/assist", get(workspace::assist_page).post(workspace::start_assist))
        .route("/{lang}/staff/assist/end", post(workspace::end_assist))
        .route("/{lang}/staff/mediations", get(workspace::my_mediations_page))
        .route("/{lang}/staff/mediations/{id}", get(workspace::mediation_page))
        .route("/{lang}/staff/mediations/{id}/confirm", post(workspace::confirm_mediation))
        .route("/{lang}/staff/mediations/{id}/release", post(workspace::release_mediation))
        .route("/{lang}/staff/dossier/{id}/mediator", post(workspace::ask_mediator))
        .route("/{lang}/staff/accounts/{id}/mediator", get(workspace::mediator_profile_page).post(workspace::set_mediator_profile))
        .route("/{lang}/staff/accounts", get(workspace::accounts_page))
        .route("/{lang}/staff/audit", get(workspace::audit_page))
        .route("/{lang}/staff/password", get(workspace::password_page))
        .route("/{lang}/staff/second-factor", get(workspace::second_factor_page))
        .route("/{lang}/staff/sign-in", post(workspace::sign_in))
        .route("/{lang}/staff/sign-out", post(workspace::sign_out))
        .route("/{lang}/staff/dossier/{id}", post(workspace::decide))
        .route("/{lang}/staff/dossier/{id}/claim", post(workspace::claim))
        .route("/{lang}/staff/dossier/{id}/attendance", post(workspace::attendance))
        .route("/{lang}/staff/accounts", post(workspace::create_account))
        .route("/{lang}/staff/accounts/{id}/reset", post(workspace::reset_password))
        .route("/{lang}/staff/accounts/{id}/active", post(workspace::set_active))
        .route("/{lang}/staff/password", post(workspace::change_password))
        .route("/{lang}/staff/second-factor", post(workspace::second_factor))
        .route("/{lang}/staff/second-factor/qr.svg", get(workspace::second_factor_qr))
        .route_service("/favicon.svg", ServeFile::new(site.join("favicon.svg")))
        .route_service("/geolocate.js", ServeFile::new(site.join("geolocate.js")))
        .route_service("/enhance.js", ServeFile::new(site.join("enhance.js")))
        .route_service("/islands.js", ServeFile::new(site.join("islands.js")))
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("no-cache"),
                ))
                .service(pkg),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(state.clone(), workspace::sign_in_steps_first))
        .layer(axum::middleware::from_fn(crate::error::explain))
        .layer(axum::middleware::from_fn(middleware::trim_trailing_slash))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::refuse_cross_site))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(crate::telemetry::request_span))
        .with_state(state)
}

/// What every page finds in its context: what the privacy notices state.
pub(crate) fn page_context(state: &AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    let notice = notice(&state.config);
    move || provide_context(notice.clone())
}

/// What the privacy notices state that settings and code decide.
fn notice(config: &crate::config::Config) -> app::pages::privacy::Notice {
    use crate::{repo::staff::SessionLimits, sessions};
    app::pages::privacy::Notice {
        controller: config.controller.name.clone(),
        controller_contact: config.controller.contact.clone(),
        dpo_contact: config.controller.dpo_contact.clone(),
        retention_days: config.retention_days,
        session_minutes: sessions::IDLE_TIMEOUT_MINUTES as u32,
        draft_minutes: sessions::DRAFT_GONE_WITHIN_MINUTES as u32,
        attempts_minutes: (crate::rate_limit::WINDOW.as_secs() / 60) as u32,
        bookings_counted_hours: (crate::rate_limit::BOOKING_WINDOW.as_secs() / 3600) as u32,
        counts_kept_days: (crate::rate_limit::COUNTS_KEPT.as_secs() / 86_400) as u32,
        staff_idle_minutes: (SessionLimits::STAFF.idle / 60) as u32,
        staff_max_hours: (SessionLimits::STAFF.absolute / 3600) as u32,
    }
}

/// `/` sends the person to the home page in their language: cookie, then browser, then Italian.
async fn root(headers: HeaderMap) -> Response {
    let cookie = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(lang_cookie::read);
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let codes = language_codes();
    let lang = domain::lang::negotiate(cookie.as_deref(), accept, &codes);
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, format!("/{lang}")),
            (header::VARY, "Accept-Language, Cookie".to_owned()),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
    )
        .into_response()
}

/// `GET /language/<code>?page=<path>`: the language switch. Remembers the choice, the one
/// place the language cookie is set (reading a page sets none), and opens `page`: the same
/// page in that language.
async fn choose_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(lang) = language(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let page = paths::chosen_page(lang.code, query.get("page").map(String::as_str));
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, page),
            (header::SET_COOKIE, lang_cookie::set(lang.code, state.config.is_https())),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
    )
        .into_response()
}

/// 200 when the database answers, 503 when it does not (for load balancers and monitoring).
async fn healthz(State(state): State<AppState>) -> Response {
    if state.db.is_reachable().await {
        (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ok").into_response()
    } else {
        tracing::warn!("health check: database unreachable");
        (StatusCode::SERVICE_UNAVAILABLE, [(header::CACHE_CONTROL, "no-store")], "database unavailable")
            .into_response()
    }
}

/// `/i18n/<lang>.ftl`: the messages of one language, for the browser. The URL carries a
/// version (`?v=`), so the file may be cached for good.
async fn messages(Path(file): Path<String>) -> Response {
    let source = file.strip_suffix(".ftl").and_then(i18n::messages_source);
    match source {
        Some(source) => (
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            source,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
