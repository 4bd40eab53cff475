//! A booking: the confirmation just after booking (code, PIN, date, time, desk, what to bring),
//! or a request sent without an appointment (the same, without a time),
//! the calendar file, a printable take-home sheet (with a QR code, the services that fit and why,
//! and a copy in Italian for the desk), and changing or cancelling it. Shown only
//! to the browser that made the booking or proved it knows the PIN or the contact.

use crate::{
    components::{
        desk_card::{date_text, desk_details},
        error_summary::error_summary,
        fits::fits_and_why,
        helper_fields::helper_fields,
        person_fields::problems,
        quick_exit::QuickExitForService,
    },
    content::catalogue,
    desks::BookingView,
    i18n::{i18n_for, use_i18n, I18n},
    loaded::loaded,
    pages::desks::ServiceUnavailable,
    paths,
};
use domain::{catalogue::DocumentRef, helper::HelperForm, journey::Who, messages};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn BookingPage() -> impl IntoView {
    let i18n = use_i18n();
    let print = use_query_map().with(|q| q.get("print").is_some());
    match loaded::<BookingView>() {
        Some(Some(view)) => page(&i18n, view, print),
        Some(None) => not_yours(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// The same answer for a code that does not exist and one this browser may not see.
fn not_yours(i18n: &I18n) -> AnyView {
    let title = i18n.t("booking-find-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{i18n.t("booking-find-body")}</p>
        <p><a class="button" href=paths::manage(i18n.lang.code)>{i18n.t("manage-link")}</a></p>
    }
    .into_any()
}

fn page(i18n: &I18n, b: BookingView, print: bool) -> AnyView {
    let lang = i18n.lang.code;
    let here = paths::booking(lang, b.code.as_str());
    let shown_code = b.code.shown();
    // A request sent without an appointment is followed on the same page, in its own words.
    let is_request = b.starts_at.is_none();
    let title = i18n.t(match (is_request, b.cancelled) {
        (false, false) => "booking-title",
        (false, true) => "booking-cancelled-title",
        (true, false) => "request-sent-title",
        (true, true) => "request-withdrawn-title",
    });
    let pin = b.new_pin.clone().map(|pin| {
        view! {
            <div class="callout">
                <p>{i18n.t(if is_request { "request-pin-intro" } else { "booking-pin-intro" })}</p>
                <p class="booking-code" dir="ltr">{i18n.t("booking-pin")}" "<strong data-pin>{pin}</strong></p>
            </div>
        }
    });
    let helper_pin = b.new_helper_pin.clone().map(|(name, pin)| {
        view! {
            <div class="callout" data-helper-pin-callout>
                <p>{i18n.t_with("booking-helper-pin-intro", &[("name", name.clone().into())])}</p>
                <p class="booking-code">
                    {i18n.t_with("booking-helper-pin", &[("name", name.into())])}" "<strong dir="ltr" data-helper-pin>{pin}</strong>
                </p>
            </div>
        }
    });
    // A past appointment cannot be cancelled: its person can erase their data.
    let erase = (!b.cancelled && b.past && !b.erased && !print && !b.as_helper).then(|| {
        view! {
            <form method="post" action=format!("{here}/erase") class="cancel-form">
                <h2>{i18n.t("booking-erase-heading")}</h2>
                <p>{i18n.t("booking-erase-body")}</p>
                <button type="submit" class="button button--warning">{i18n.t("booking-erase")}</button>
            </form>
        }
    });
    let actions = (!b.cancelled && !print).then(|| {
        view! {
            <h2>{i18n.t("booking-next-heading")}</h2>
            <ul class="next-steps">
                {(!is_request).then(|| view! {
                    <li><a href=format!("{here}/calendar.ics") rel="external" download=format!("ponte-{}.ics", b.code)>{i18n.t("booking-calendar")}</a></li>
                })}
                <li><a href=format!("{here}?print=1") rel="external">{i18n.t("booking-print")}</a></li>
                {(!b.as_helper).then(|| view! {
                    <li><a href=format!("{here}/data.json") rel="external" download=format!("ponte-{}.json", b.code)>{i18n.t("booking-download-data")}</a></li>
                })}
                {(!is_request && !b.past).then(|| view! {
                    <li><a href=format!("{}?change={}", paths::book(lang, &b.desk.slug, &b.service), b.code)>{i18n.t("booking-change")}</a></li>
                })}
            </ul>
            {(!b.past).then(|| view! {
                <form method="post" action=format!("{here}/cancel") class="cancel-form">
                    <h2>{i18n.t(if is_request { "request-withdraw-heading" } else { "booking-cancel-heading" })}</h2>
                    <p>{i18n.t(if is_request { "request-withdraw-body" } else { "booking-cancel-body" })}</p>
                    <button type="submit" class="button button--warning">
                        {i18n.t(if is_request { "request-withdraw" } else { "booking-cancel" })}
                    </button>
                </form>
            })}
        }
    });
    let request = b.request.clone().filter(|_| !b.cancelled).map(|r| {
        let status = i18n.t(&format!("dossier-status-{}", r.status.as_str()));
        let missing = (!r.missing.is_empty()).then(|| {
            let items = r.missing.iter().map(|d| view! { <li>{i18n.t(&messages::document_name(d))}</li> }).collect_view();
            view! { <p>{i18n.t("request-missing-intro")}</p><ul data-missing>{items}</ul> }
        });
        let referral = r.referral.map(|to| {
            let service = i18n.t(&messages::service_name(&to.service));
            let (text, next) = match to.desk {
                Some((slug, name, bookable)) => (
                    i18n.t_with("request-referred-to-desk", &[("service", service.into()), ("desk", name.into())]),
                    if bookable { paths::book(lang, &slug, &to.service) } else { paths::desks(lang, &to.service) },
                ),
                None => (i18n.t_with("request-referred-to", &[("service", service.into())]), paths::desks(lang, &to.service)),
            };
            view! {
                <p data-referred>{text}</p>
                <p><a href=next>{i18n.t("request-referred-next")}</a></p>
            }
        });
        let outcome = r.outcome.map(|o| view! {
            <p data-outcome>{i18n.t(&format!("request-outcome-{}", o.as_str()))}</p>
        });
        view! {
            <section aria-labelledby="request-heading">
                <h2 id="request-heading">{i18n.t("request-status-heading")}</h2>
                <p data-request-status>{i18n.t_with("request-status", &[("status", status.into())])}</p>
                {missing}
                {referral}
                {outcome}
            </section>
        }
    });
    let helpers = (!b.cancelled && !print && !b.as_helper).then(|| helpers_section(i18n, &b, &here));
    let qr_alt = i18n.t_with("booking-qr-alt", &[("code", shown_code.clone().into())]);
    view! {
        <QuickExitForService service=b.service.clone()/>
        <Title text=title.clone()/>
        <h1>{title}</h1>
        {b.as_helper.then(|| view! { <p class="callout" data-as-helper>{i18n.t("booking-as-helper")}</p> })}
        {b.cancelled.then(|| view! { <p class="lead">{i18n.t("booking-cancelled-body")}</p> })}
        {b.erased.then(|| view! { <p class="lead" data-erased>{i18n.t("booking-erased-body")}</p> })}
        <div class="callout booking-summary">
            <p>{i18n.t("booking-code")}</p>
            <p class="booking-code" dir="ltr"><strong data-code>{shown_code.clone()}</strong></p>
            {print.then(|| view! { <img class="qr" src=format!("{here}/qr.svg") alt=qr_alt width="160" height="160"/> })}
        </div>
        {pin}
        {helper_pin}
        {facts(i18n, &b, true)}
        {print.then(|| b.draft.as_ref().map(|d| view! { <section data-fits-and-why>{fits_and_why(i18n, d, 2)}</section> }))}
        {request}
        {desk_details(i18n, &b.desk)}
        {(!b.cancelled).then(|| view! {
            {to_bring(i18n, &b.service, "h2")}
        })}
        {actions}
        {helpers}
        {erase}
        {print.then(|| copy_for_the_desk(i18n, &b))}
    }
    .into_any()
}

/// When, what and where, in `i18n`'s language (`marked`: the page's own, which tests find).
fn facts(i18n: &I18n, b: &BookingView, marked: bool) -> impl IntoView + use<> {
    let when = match b.starts_at {
        Some(at) => format!("{}, {}", date_text(i18n, at.date), at.time),
        None => i18n.t("request-no-time"),
    };
    view! {
        <dl class="summary-list">
            <div class="summary-list__row"><dt>{i18n.t("booking-when")}</dt><dd data-when=marked.then_some("")>{when}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("booking-service")}</dt><dd>{i18n.t(&messages::service_name(&b.service))}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("booking-desk")}</dt><dd translate="no">{b.desk.name.clone()}</dd></div>
        </dl>
    }
}

/// The documents `service` asks for, in `i18n`'s language, under a heading of level `heading`.
fn to_bring(i18n: &I18n, service: &str, heading: &'static str) -> impl IntoView + use<> {
    let documents = catalogue().service(service).map(|s| {
        s.documents
            .iter()
            .map(|d| {
                let name = i18n.t(&messages::document_name(d.id()));
                let text = match d {
                    DocumentRef::Always(_) => name,
                    DocumentRef::When { .. } => i18n.t_with("booking-document-if", &[("document", name.into())]),
                };
                view! { <li>{text}</li> }
            })
            .collect_view()
    });
    let title = i18n.t("booking-bring");
    let title = if heading == "h2" { view! { <h2>{title}</h2> }.into_any() } else { view! { <h3>{title}</h3> }.into_any() };
    view! {
        {title}
        <ul>{documents}</ul>
        <p>{i18n.t("booking-bring-id")}</p>
    }
}

/// The take-home sheet's second half: the same facts in Italian, for the desk (a person who
/// reads another language hands the printed page over at the counter). Nothing when the page
/// is in Italian already.
fn copy_for_the_desk(i18n: &I18n, b: &BookingView) -> Option<AnyView> {
    let italian = i18n_for(domain::lang::DEFAULT_LANG).filter(|_| i18n.lang.code != domain::lang::DEFAULT_LANG)?;
    Some(
        view! {
            <p class="print-copy__intro">{i18n.t("booking-copy-intro")}</p>
            <section class="print-copy" lang=italian.lang.code dir="ltr" aria-labelledby="copy-for-the-desk" data-copy-for-the-desk>
                <h2 id="copy-for-the-desk">{italian.t("booking-copy-heading")}</h2>
                <p>{italian.t("booking-code")}" "<strong dir="ltr">{b.code.shown()}</strong></p>
                {facts(&italian, b, false)}
                {b.draft.as_ref().map(|d| fits_and_why(&italian, d, 3))}
                {to_bring(&italian, &b.service, "h3")}
            </section>
        }
        .into_any(),
    )
}

/// For the person: who else can open the booking, each with a button that takes their access
/// away, and a form to let someone new follow it (its PIN is then shown once, above).
fn helpers_section(i18n: &I18n, b: &BookingView, here: &str) -> AnyView {
    let listed = (!b.helpers.is_empty()).then(|| {
        let rows = b
            .helpers
            .iter()
            .map(|h| {
                let name = h.name.clone().unwrap_or_else(|| i18n.t("booking-helper-unnamed"));
                let relationship = i18n.t(&format!("helper-role-{}", h.relationship.as_str()));
                view! {
                    <li class="helper" data-helper>
                        <span>{i18n.t_with("booking-helper-row", &[("name", name.clone().into()), ("relationship", relationship.into())])}</span>
                        <form method="post" action=format!("{here}/helpers/{}/remove", h.id)>
                            <button type="submit" class="button button--secondary">
                                {i18n.t_with("booking-helper-remove", &[("name", name.into())])}
                            </button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n.t("booking-helpers-heading")}</h2>
            <p>{i18n.t("booking-helpers-intro")}</p>
            <ul class="helpers">{rows}</ul>
        }
    });
    let (form, errors) = b.helper_form.clone().unwrap_or_else(|| (HelperForm::default(), Vec::new()));
    let add = (!b.erased).then(|| {
        view! {
            <section aria-labelledby="add-helper">
                <h2 id="add-helper" tabindex="-1">{i18n.t("booking-helper-add-heading")}</h2>
                {error_summary(i18n, &problems(&errors), Who::Me)}
                <p>{i18n.t_who("helper-intro", Who::Me)}</p>
                <form method="post" action=format!("{here}/helpers") novalidate>
                    {helper_fields(i18n, &form, &errors, Who::Me)}
                    <button type="submit" class="button">{i18n.t("booking-helper-add-submit")}</button>
                </form>
            </section>
        }
    });
    view! { {listed} {add} }.into_any()
}
