//! A mediator's pages: their own list (the appointments they come to, the ones asked for in
//! their languages, the ones at their desks and hours they may offer to come to), and one
//! appointment they come to, with only what mediation needs.

use super::{not_available, staff_table};
use crate::{
    components::desk_card::{date_text, language_name},
    i18n::{use_i18n, I18n},
    loaded::loaded,
    pages::desks::ServiceUnavailable,
    paths,
    workspace::{MediationState, MediationView, MediatorMark, MyMediations},
};
use domain::messages;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffMediationsPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<MyMediations>() {
        Some(Some(data)) => list_page(&i18n, data),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

#[component]
pub fn StaffMediationPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<MediationView>() {
        Some(Some(data)) => mediation_page(&i18n, data),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// How the desk sees whether a mediator comes (the inbox, the day's list, the dossier).
pub(crate) fn mark_text(i18n: &I18n, mark: &MediatorMark) -> String {
    match mark {
        MediatorMark::Asked { language, day } => i18n.t_with(
            "staff-mediator-asked",
            &[("language", language_name(i18n, language).into()), ("date", date_text(i18n, *day).into())],
        ),
        MediatorMark::Confirmed { name, .. } => i18n.t_with("staff-mediator-confirmed", &[("name", name.clone().into())]),
    }
}

/// The tag beside a person's language in the desk's lists: whether a mediator was asked for
/// or comes, else whether one may be needed.
pub(crate) fn mediator_tag(i18n: &I18n, needs_mediator: bool, mark: Option<&MediatorMark>) -> Option<AnyView> {
    match mark {
        Some(mark) => Some(view! { <span class="tag" data-mediator-mark>{mark_text(i18n, mark)}</span> }.into_any()),
        None => needs_mediator.then(|| view! { <span class="tag">{i18n.t("staff-needs-mediator")}</span> }.into_any()),
    }
}

fn list_page(i18n: &I18n, page: MyMediations) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-mediations-title");
    let languages = page
        .languages
        .iter()
        .map(|l| view! { <li lang=l.clone()>{language_name(i18n, l)}</li> })
        .collect_view();
    let presence = page
        .presence
        .iter()
        .map(|(desk, weekday, from, to)| {
            let text = i18n.t_with(
                "staff-mediations-presence-row",
                &[
                    ("weekday", i18n.t(&format!("weekday-{}", weekday.as_str())).into()),
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                    ("desk", desk.clone().into()),
                ],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    let no_profile = (page.languages.is_empty() || page.presence.is_empty())
        .then(|| view! { <p class="callout">{i18n.t("staff-mediations-no-profile")}</p> });
    let gone = page.gone.then(|| view! { <p class="callout" role="status">{i18n.t("staff-mediations-gone")}</p> });
    let rows = page
        .rows
        .iter()
        .map(|r| {
            let state = i18n.t(&format!("staff-mediation-state-{}", state_id(r.state)));
            let service = i18n.t(&messages::service_name(&r.service));
            let person = match (&r.state, &r.name) {
                (MediationState::Mine, name) => view! {
                    <a href=paths::staff_mediation(lang, r.dossier)>{name.clone().unwrap_or_else(|| i18n.t("staff-mediation-open"))}</a>
                    <form method="post" action=paths::staff_mediation_release(lang, r.dossier) class="inline-form">
                        <button type="submit" class="button button--secondary" data-release>
                            {i18n.t("staff-mediation-release")}
                            <span class="visually-hidden">{format!(": {}, {}", needed_on(i18n, r.starts_at, r.day), r.desk)}</span>
                        </button>
                    </form>
                }
                .into_any(),
                _ => view! {
                    <form method="post" action=paths::staff_mediation_confirm(lang, r.dossier) class="inline-form">
                        <button type="submit" class="button button--secondary">
                            {i18n.t("staff-mediation-confirm")}
                            <span class="visually-hidden">{format!(": {}, {}", needed_on(i18n, r.starts_at, r.day), r.desk)}</span>
                        </button>
                    </form>
                }
                .into_any(),
            };
            view! {
                <tr data-mediation=r.dossier.to_string()>
                    <td>{needed_on(i18n, r.starts_at, r.day)}</td>
                    <td>{r.desk.clone()}</td>
                    <td>{service}</td>
                    <td><span lang=r.language.clone()>{language_name(i18n, &r.language)}</span></td>
                    <td data-mediation-state>{state}</td>
                    <td>{person}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = page.rows.is_empty().then(|| view! { <p class="callout">{i18n.t("staff-mediations-empty")}</p> });
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        {gone}
        {no_profile}
        <h2>{i18n.t("staff-mediations-languages")}</h2>
        <ul data-my-languages>{languages}</ul>
        <h2>{i18n.t("staff-mediations-presence")}</h2>
        <ul data-my-presence>{presence}</ul>
        <h2>{i18n.t("staff-mediations-caption")}</h2>
        {empty}
        {staff_table(i18n, "mediations", "staff-mediations-caption", &["staff-col-when", "staff-col-desk", "staff-col-service", "staff-col-language", "staff-col-status", "staff-person"], rows)}
    }
    .into_any()
}

/// When the mediator is needed: the appointment, or the day asked for when there is none.
fn needed_on(i18n: &I18n, starts_at: Option<domain::calendar::LocalDateTime>, day: domain::calendar::Date) -> String {
    match starts_at {
        Some(at) => format!("{} {}", date_text(i18n, at.date), at.time),
        None => date_text(i18n, day),
    }
}

fn state_id(state: MediationState) -> &'static str {
    match state {
        MediationState::Mine => "mine",
        MediationState::Asked => "asked",
        MediationState::Open => "open",
    }
}

fn mediation_page(i18n: &I18n, m: MediationView) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-mediation-title");
    let documents = m
        .documents
        .iter()
        .map(|d| view! { <li>{i18n.t(&messages::document_name(d))}</li> })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff_mediations(lang)>{i18n.t("staff-mediations-back")}</a></p>
        <h1>{title}</h1>
        <dl class="summary-list">
            <div class="summary-list__row"><dt>{i18n.t("staff-col-when")}</dt><dd>{needed_on(i18n, m.starts_at, m.day)}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-desk")}</dt><dd>{m.desk.clone()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-mediation-address")}</dt><dd translate="no">{m.address.clone()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-service")}</dt><dd>{i18n.t(&messages::service_name(&m.service))}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-code")}</dt><dd dir="ltr">{m.code.shown()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-person")}</dt><dd data-person>{m.name.clone().unwrap_or_default()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-language")}</dt><dd><span lang=m.language.clone()>{language_name(i18n, &m.language)}</span></dd></div>
        </dl>
        <h2>{i18n.t("staff-mediation-documents")}</h2>
        <ul>{documents}</ul>
    }
    .into_any()
}
