//! Where to go for a service: the desks that provide it, nearest first from the municipality
//! chosen (a list, works without JavaScript), a postcode, or the browser's location when the
//! person agrees; filters for language, day and step-free access.

use crate::{
    components::{
        desk_card::{desk_details, language_name},
        quick_exit::QuickExitForService,
    },
    content::catalogue,
    desks::{DeskSearch, PlaceProblem},
    i18n::{use_i18n, I18n},
    loaded::loaded,
    pages::not_found::NotFound,
    paths,
};
use domain::{calendar::Weekday, messages};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DesksPage() -> impl IntoView {
    match loaded::<DeskSearch>() {
        Some(Some(found)) => page(&use_i18n(), found),
        Some(None) => view! { <NotFound/> }.into_any(),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// Shown when the directory cannot be read: 503, so that a proxy, a monitor or a browser does
/// not take the page for a good one, with a minute to wait.
#[component]
pub fn ServiceUnavailable() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SERVICE_UNAVAILABLE);
        response.insert_header(http::header::RETRY_AFTER, http::HeaderValue::from_static("60"));
    }
    let i18n = use_i18n();
    let title = i18n.t("unavailable-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{i18n.t("unavailable-body")}</p>
    }
}

fn page(i18n: &I18n, found: DeskSearch) -> AnyView {
    let q = found.query.clone();
    let lang = i18n.lang.code;
    let service = catalogue().service(&q.service).map(|s| s.id.clone()).unwrap_or_default();
    let service_name = i18n.t(&messages::service_name(&service));
    let title = i18n.t_with("desks-title", &[("service", service_name.clone().into())]);
    // A service only for the violence area: the tab and the history do not name it (the
    // heading on the screen does), as on the area's own pages.
    let tab_title =
        if catalogue().is_sensitive_service(&service) { i18n.t("title-neutral-results") } else { title.clone() };
    let municipality_options = found
        .municipalities
        .iter()
        .map(|(code, name)| {
            view! { <option value=code.clone() selected=q.municipality.as_deref() == Some(code.as_str()) translate="no">{name.clone()}</option> }
        })
        .collect_view();
    let language_options = found
        .languages
        .iter()
        .map(|code| {
            view! { <option value=code.clone() selected=q.language.as_deref() == Some(code.as_str()) lang=code.clone()>{language_name(i18n, code)}</option> }
        })
        .collect_view();
    let day_options = Weekday::ALL
        .iter()
        .map(|d| {
            let value = d.as_str();
            view! { <option value=value selected=q.day.as_deref() == Some(value)>{i18n.t(&format!("weekday-{value}"))}</option> }
        })
        .collect_view();
    let problem = found.problem.map(|p| {
        let id = match p {
            PlaceProblem::PostcodeUnknown => "desks-postcode-unknown",
            PlaceProblem::LocationInvalid => "desks-location-invalid",
        };
        view! {
            <div class="error-summary" role="alert" aria-labelledby="place-problem-title">
                <h2 id="place-problem-title">{i18n.t("error-summary-title")}</h2>
                <ul><li><a href="#postcode">{i18n.t(id)}</a></li></ul>
            </div>
        }
    });
    let count = found.total;
    let summary = match &found.from {
        Some(place) => i18n.t_with("desks-count-from", &[("count", count.into()), ("place", place.clone().into())]),
        None => i18n.t_with("desks-count", &[("count", count.into())]),
    };
    let shown = found.desks.len();
    let only_some = (shown < count).then(|| {
        let id = if found.from.is_some() { "desks-shown-nearest" } else { "desks-shown-first" };
        view! { <p>{i18n.t_with(id, &[("shown", shown.into())])}</p> }
    });
    let list = found
        .desks
        .iter()
        .map(|desk| {
            // Every desk that provides the service takes a request without an appointment;
            // those that take bookings online offer a time first.
            let for_desk = view! { <span class="visually-hidden" translate="no">{format!(": {}", desk.name)}</span> };
            let request = paths::request(lang, &desk.slug, &service);
            let book = if desk.bookable {
                view! {
                    <p><a class="button" href=paths::book(lang, &desk.slug, &service)>{i18n.t("desks-book")}{for_desk}</a></p>
                    <p><a href=request>{i18n.t("desks-request-instead")}<span class="visually-hidden" translate="no">{format!(": {}", desk.name)}</span></a></p>
                }
                .into_any()
            } else {
                view! { <p><a class="button" href=request>{i18n.t("desks-request")}{for_desk}</a></p> }.into_any()
            };
            view! {
                <li class="desk" data-desk=desk.slug.clone()>
                    <h2 translate="no">{desk.name.clone()}</h2>
                    {desk_details(i18n, desk)}
                    {book}
                </li>
            }
        })
        .collect_view();
    let location_button = geolocation_button(i18n);
    view! {
        <QuickExitForService service=service.clone()/>
        <Title text=tab_title/>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("desks-intro")}</p>
        {problem}
        <form class="desk-search" method="get" action=paths::desks(lang, &service)>
            <div class="form-group">
                <label for="municipality">{i18n.t("desks-municipality")}</label>
                <select id="municipality" name="municipality">
                    <option value="">{i18n.t("desks-municipality-any")}</option>
                    {municipality_options}
                </select>
            </div>
            <div class="form-group">
                <label for="postcode">{i18n.t("desks-postcode")}</label>
                <p class="hint" id="postcode-hint">{i18n.t("desks-postcode-hint")}</p>
                <input id="postcode" name="postcode" type="text" inputmode="numeric" autocomplete="postal-code"
                    maxlength="5" size="6" aria-describedby="postcode-hint"
                    value=q.postcode.clone().unwrap_or_default()/>
            </div>
            {location_button}
            <details class="details" open=q.language.is_some() || q.day.is_some() || q.step_free>
                <summary>{i18n.t("desks-filters")}</summary>
                <div class="details__text">
                    <div class="form-group">
                        <label for="language">{i18n.t("desks-language")}</label>
                        <select id="language" name="language">
                            <option value="">{i18n.t("desks-any")}</option>
                            {language_options}
                        </select>
                    </div>
                    <div class="form-group">
                        <label for="day">{i18n.t("desks-day")}</label>
                        <select id="day" name="day">
                            <option value="">{i18n.t("desks-any")}</option>
                            {day_options}
                        </select>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="step_free" name="step_free" value="1" checked=q.step_free/>
                        <label for="step_free">{i18n.t("desks-step-free")}</label>
                    </div>
                </div>
            </details>
            <button type="submit" class="button">{i18n.t("desks-search")}</button>
        </form>
        <h2 class="desk-summary" id="desk-summary">{summary}</h2>
        {only_some}
        {(count == 0).then(|| view! { <p class="callout">{i18n.t("desks-none")}</p> })}
        <ul class="desk-list" aria-labelledby="desk-summary">{list}</ul>
        <p><a href=paths::manage(lang)>{i18n.t("manage-link")}</a></p>
    }
    .into_any()
}

/// "Use my location": hidden until the small script `/geolocate.js` finds that the browser can
/// locate the person; the browser asks for consent only when it is pressed.
fn geolocation_button(i18n: &I18n) -> impl IntoView {
    view! {
        <p><button type="button" id="use-location" class="button button--secondary" hidden>{i18n.t("desks-use-location")}</button></p>
        <script src="/geolocate.js" defer></script>
    }
}
