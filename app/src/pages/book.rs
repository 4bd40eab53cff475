//! Booking a time at a desk: the first free slots at once (other days a link away), and one form
//! that posts (works without JavaScript) asking only what the desk needs. The same page, with
//! `?change=<code>`, moves an existing booking to another time.

use crate::{
    components::{
        desk_card::{date_text, desk_details, language_name},
        error_summary::error_summary,
        person_fields::{error_for, person_fields, problems, refusal_notice, Typist},
        quick_exit::QuickExitForService,
    },
    content::catalogue,
    desks::{RefusedBooking, SlotsView},
    i18n::{use_i18n, I18n},
    loaded::loaded,
    pages::{desks::ServiceUnavailable, not_found::NotFound},
    paths,
};
use domain::{
    calendar::LocalDateTime,
    messages,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn BookPage() -> impl IntoView {
    let service = use_params_map().with(|p| p.get("service").unwrap_or_default());
    match loaded::<SlotsView>() {
        Some(Some(view)) => page(&use_i18n(), &service, view),
        Some(None) => view! { <NotFound/> }.into_any(),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

fn page(i18n: &I18n, service: &str, view: SlotsView) -> AnyView {
    let lang = i18n.lang.code;
    let Some(service) = catalogue().service(service) else { return view! { <NotFound/> }.into_any() };
    let service_name = i18n.t(&messages::service_name(&service.id));
    let rescheduling = view.rescheduling.clone();
    let title = if rescheduling.is_some() { i18n.t("book-change-title") } else { i18n.t("book-title") };
    let RefusedBooking { form, errors, refusal } = RefusedBooking::or_blank(view.refused.clone(), lang, view.who);
    let here = paths::book(lang, &view.desk.slug, &service.id);
    let page_link = |from: domain::calendar::Date| {
        let mut href = format!("{here}?from={from}");
        if let Some(code) = &rescheduling {
            href.push_str(&format!("&change={code}"));
        }
        href
    };
    let any_free = view.days.iter().any(|d| !d.free.is_empty());
    let days = view
        .days
        .iter()
        .filter(|d| !d.free.is_empty())
        .map(|day| {
            let legend = date_text(i18n, day.date);
            let mediators = (!day.mediators.is_empty()).then(|| {
                let names = day.mediators.iter().map(|c| language_name(i18n, c)).collect::<Vec<_>>().join(", ");
                view! { <p class="hint">{i18n.t_with("book-mediator-present", &[("languages", names.into())])}</p> }
            });
            let radios = day
                .free
                .iter()
                .map(|time| {
                    let value = LocalDateTime { date: day.date, time: *time }.to_string();
                    let id = format!("slot-{}", value.replace([':', '-'], ""));
                    let checked = form.slot == value;
                    view! {
                        <li class="choice choice--slot">
                            <input type="radio" id=id.clone() name="slot" value=value checked=checked/>
                            <label for=id>{time.to_string()}</label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="slot-day">
                    <legend>{legend}</legend>
                    {mediators}
                    <ul class="choices choices--slots">{radios}</ul>
                </fieldset>
            }
        })
        .collect_view();
    let error_summary = error_summary(i18n, &problems(&errors), view.who);
    let refusal = refusal.map(|r| refusal_notice(i18n, r));
    let action = match &rescheduling {
        Some(code) => format!("{}/reschedule", paths::booking(lang, code.as_str())),
        None => here.clone(),
    };
    let desk_languages: Vec<String> = view.desk.languages.iter().map(|l| l.code.clone()).collect();
    let person_fields = rescheduling.is_none().then(|| person_fields(i18n, &form, &errors, &desk_languages, false, Typist::Person(view.who)));
    let submit = if rescheduling.is_some() { i18n.t("book-change-submit") } else { i18n.t("book-submit") };
    view! {
        <QuickExitForService service=service.id.clone()/>
        <Title text=title.clone()/>
        <a class="back-link" href=paths::desks(lang, &service.id)>{i18n.t("back")}</a>
        <h1>{title}</h1>
        <p class="lead">{i18n.t_with("book-intro", &[("service", service_name.into()), ("desk", view.desk.name.clone().into())])}</p>
        {error_summary}
        {refusal}
        <details class="details">
            <summary>{i18n.t("book-desk-details")}</summary>
            <div class="details__text">{desk_details(i18n, &view.desk)}</div>
        </details>
        <form method="post" action=action novalidate>
            <input type="hidden" name="request_key" value=view.request_key.clone()/>
            <h2 id="slots" tabindex="-1">{i18n.t("book-choose-time")}</h2>
            {error_for(i18n, &errors, "slot", view.who)}
            {(!any_free).then(|| view! { <p class="callout">{i18n.t("book-no-slots")}</p> })}
            {days}
            <ul class="pager">
                {view.earlier.map(|d| view! { <li><a href=page_link(d)>{i18n.t("book-earlier")}</a></li> })}
                {view.later.map(|d| view! { <li><a href=page_link(d)>{i18n.t("book-later")}</a></li> })}
            </ul>
            {rescheduling.is_none().then(|| view! {
                <p><a href=paths::request(lang, &view.desk.slug, &service.id)>{i18n.t("request-instead")}</a></p>
            })}
            {person_fields}
            <button type="submit" class="button">{submit}</button>
        </form>
    }
    .into_any()
}
