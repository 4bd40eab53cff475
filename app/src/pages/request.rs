//! Sending a request to a desk without booking a time: when no time suits, or the desk does
//! not take bookings online. The desk receives the same dossier as with a booking and answers
//! by phone or e-mail; the person follows it with the code and the PIN, like a booking.

use crate::{
    components::{
        desk_card::desk_details,
        error_summary::error_summary,
        person_fields::{refusal_notice, person_fields, problems, Typist},
        quick_exit::QuickExitForService,
    },
    content::catalogue,
    desks::{RefusedBooking, RequestFormView},
    i18n::{use_i18n, I18n},
    loaded::loaded,
    pages::{desks::ServiceUnavailable, not_found::NotFound},
    paths,
};
use domain::messages;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RequestPage() -> impl IntoView {
    let service = use_params_map().with(|p| p.get("service").unwrap_or_default());
    match loaded::<RequestFormView>() {
        Some(Some(view)) => page(&use_i18n(), &service, view),
        Some(None) => view! { <NotFound/> }.into_any(),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

fn page(i18n: &I18n, service: &str, view: RequestFormView) -> AnyView {
    let lang = i18n.lang.code;
    let Some(service) = catalogue().service(service) else { return view! { <NotFound/> }.into_any() };
    let title = i18n.t("request-title");
    let service_name = i18n.t(&messages::service_name(&service.id));
    let RefusedBooking { form, errors, refusal } = RefusedBooking::or_blank(view.refused.clone(), lang, view.who);
    let desk_languages: Vec<String> = view.desk.languages.iter().map(|l| l.code.clone()).collect();
    let book_instead = view.desk.bookable.then(|| {
        view! { <p><a href=paths::book(lang, &view.desk.slug, &service.id)>{i18n.t("request-book-instead")}</a></p> }
    });
    view! {
        <QuickExitForService service=service.id.clone()/>
        <Title text=title.clone()/>
        <a class="back-link" href=paths::desks(lang, &service.id)>{i18n.t("back")}</a>
        <h1>{title}</h1>
        <p class="lead">{i18n.t_with("book-intro", &[("service", service_name.into()), ("desk", view.desk.name.clone().into())])}</p>
        {error_summary(i18n, &problems(&errors), view.who)}
        {refusal.map(|r| refusal_notice(i18n, r))}
        <p>{i18n.t("request-intro")}</p>
        {book_instead}
        <details class="details">
            <summary>{i18n.t("book-desk-details")}</summary>
            <div class="details__text">{desk_details(i18n, &view.desk)}</div>
        </details>
        <form method="post" action=paths::request(lang, &view.desk.slug, &service.id) novalidate>
            <input type="hidden" name="request_key" value=view.request_key.clone()/>
            {person_fields(i18n, &form, &errors, &desk_languages, true, Typist::Person(view.who))}
            <button type="submit" class="button">{i18n.t("request-submit")}</button>
        </form>
    }
    .into_any()
}
