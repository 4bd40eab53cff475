//! The workspace's first page: the sign-in form, or the inbox of requests for my desks.

use super::{mediations::mediator_tag, staff_table, status_name, when};
use crate::{
    components::desk_card::language_name,
    i18n::{use_i18n, I18n},
    pages::desks::ServiceUnavailable,
    paths,
    loaded::loaded,
    workspace::{Inbox, InboxFilter, StaffHome},
};
use domain::{messages, staff::Role};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<StaffHome>() {
        Some(Some(StaffHome::SignIn { email, error })) => sign_in(&i18n, email, error),
        Some(Some(StaffHome::Inbox(inbox))) => inbox_page(&i18n, inbox),
        _ => view! { <ServiceUnavailable/> }.into_any(),
    }
}

fn sign_in(i18n: &I18n, email: String, error: Option<String>) -> AnyView {
    let title = i18n.t("staff-sign-in-title");
    let error = error.map(|id| view! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{i18n.t("error-summary-title")}</h2>
            <ul><li><a href="#email">{i18n.t(&id)}</a></li></ul>
        </div>
    });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("staff-sign-in-intro")}</p>
        {error}
        <form method="post" action=paths::staff_sign_in(i18n.lang.code) novalidate>
            <div class="form-group">
                <label for="email">{i18n.t("staff-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" dir="ltr"
                    spellcheck="false" value=email/>
            </div>
            <div class="form-group">
                <label for="password">{i18n.t("staff-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" dir="ltr"/>
            </div>
            <button type="submit" class="button">{i18n.t("staff-sign-in")}</button>
        </form>
        <p><a href=paths::page(i18n.lang.code, "staff/privacy")>{i18n.t("staff-privacy-link")}</a></p>
    }
    .into_any()
}

fn signed_in_bar(i18n: &I18n, inbox: &Inbox) -> impl IntoView {
    let role = i18n.t(&format!("staff-role-{}", inbox.me.role.as_str()));
    let who = i18n.t_with("staff-signed-in-as", &[("name", inbox.me.name.clone().into()), ("role", role.into())]);
    view! {
        <div class="staff-bar">
            <p>{who}</p>
            <p><a href=paths::staff_password(i18n.lang.code)>{i18n.t("staff-password-link")}</a></p>
            <form method="post" action=paths::staff_sign_out(i18n.lang.code)>
                <button type="submit" class="button button--secondary">{i18n.t("staff-sign-out")}</button>
            </form>
        </div>
    }
}

fn inbox_page(i18n: &I18n, inbox: Inbox) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-inbox-title");
    let desks = (!inbox.me.desks.is_empty())
        .then(|| view! { <p>{i18n.t_with("staff-your-desks", &[("desks", inbox.me.desks.join(", ").into())])}</p> });
    // Status links keep the other filters.
    let here = paths::staff(lang);
    let filters = inbox
        .counts
        .iter()
        .map(|(status, n)| {
            let label = format!("{} ({n})", status_name(i18n, *status));
            let current = (inbox.filter.status == Some(*status)).then_some("page");
            let href = format!("{here}{}", InboxFilter { status: Some(*status), ..inbox.filter.clone() }.query());
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect_view();
    let all_current = inbox.filter.status.is_none().then_some("page");
    let all_href = format!("{here}{}", InboxFilter { status: None, ..inbox.filter.clone() }.query());
    let area_options = crate::content::area_ids()
        .into_iter()
        .map(|a| {
            let selected = inbox.filter.area.as_deref() == Some(a);
            view! { <option value=a selected=selected>{i18n.t(&messages::area_title(a))}</option> }
        })
        .collect_view();
    let language_options = inbox
        .languages
        .iter()
        .map(|l| {
            let selected = inbox.filter.language.as_deref() == Some(l.as_str());
            view! { <option value=l.clone() selected=selected lang=l.clone()>{language_name(i18n, l)}</option> }
        })
        .collect_view();
    let filter_form = view! {
        <details class="inbox-filters" open={inbox.filter != InboxFilter::default()}>
            <summary>{i18n.t("staff-filters")}</summary>
            <form method="get" action=here.clone()>
                {inbox.filter.status.map(|s| view! { <input type="hidden" name="status" value=s.as_str()/> })}
                <div class="form-group">
                    <label for="filter-area">{i18n.t("staff-area")}</label>
                    <select id="filter-area" name="area">
                        <option value="">{i18n.t("staff-all")}</option>
                        {area_options}
                    </select>
                </div>
                <div class="form-group">
                    <label for="filter-language">{i18n.t("staff-col-language")}</label>
                    <select id="filter-language" name="language">
                        <option value="">{i18n.t("staff-all")}</option>
                        {language_options}
                    </select>
                </div>
                <div class="form-group">
                    <label for="filter-date">{i18n.t("staff-filter-date")}</label>
                    <input type="date" id="filter-date" name="date" dir="ltr"
                        value=inbox.filter.date.map(|d| d.to_string()).unwrap_or_default()/>
                </div>
                <div class="choice">
                    <input type="checkbox" id="filter-mediator" name="mediator" value="yes" checked=inbox.filter.mediator/>
                    <label for="filter-mediator">{i18n.t("staff-filter-mediator")}</label>
                </div>
                <button type="submit" class="button button--secondary">{i18n.t("staff-filter")}</button>
            </form>
        </details>
    };
    let rows = inbox
        .rows
        .iter()
        .map(|r| {
            let service = i18n.t(&messages::service_name(&r.service));
            let person_language = language_name(i18n, &r.language);
            let mediator = mediator_tag(i18n, r.needs_mediator, r.mediator.as_ref());
            view! {
                <tr>
                    <td>{when(i18n, r.starts_at, r.sent_on)}</td>
                    <td><a href=paths::staff_dossier(lang, r.id)>{service}</a></td>
                    <td dir="ltr" data-code=r.code.to_string()>{r.code.shown()}</td>
                    <td>{r.desk.clone()}</td>
                    <td><span lang=r.language.clone()>{person_language}</span>" "{mediator}</td>
                    <td>{status_name(i18n, r.status)}</td>
                    <td>{r.claimed_by.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = inbox.rows.is_empty().then(|| view! { <p class="callout">{i18n.t("staff-inbox-empty")}</p> });
    let audit = (inbox.me.role == Role::Administrator).then(|| view! {
        <ul>
            <li><a href=paths::staff_accounts(lang)>{i18n.t("staff-accounts-title")}</a></li>
            <li><a href=paths::staff_audit(lang)>{i18n.t("staff-audit-title")}</a></li>
        </ul>
    });
    let mediations = (inbox.me.role == Role::Mediator).then(|| view! {
        <ul>
            <li><a href=paths::staff_assist(lang)>{i18n.t("assist-link")}</a></li>
            <li><a href=paths::staff_mediations(lang)>{i18n.t("staff-mediations-title")}</a></li>
        </ul>
    });
    let today = (inbox.me.role == Role::Operator).then(|| view! {
        <ul>
            <li><a href=paths::staff_assist(lang)>{i18n.t("assist-link")}</a></li>
            <li><a href=paths::staff_appointments(lang)>{i18n.t("staff-appointments-today")}</a></li>
            <li><a href=paths::staff_record(lang)>{i18n.t("staff-record-link")}</a></li>
        </ul>
    });
    view! {
        <Title text=title.clone()/>
        {signed_in_bar(i18n, &inbox)}
        <h1>{title}</h1>
        {desks}
        {today}
        {mediations}
        {audit}
        <nav aria-label=i18n.t("staff-filter-status")>
            <ul class="status-filter">
                <li><a href=all_href aria-current=all_current>{i18n.t("staff-all")}</a></li>
                {filters}
            </ul>
        </nav>
        {filter_form}
        {empty}
        {staff_table(i18n, "inbox", "staff-inbox-caption", &["staff-col-when", "staff-col-service", "staff-code", "staff-col-desk", "staff-col-language", "staff-col-status", "staff-col-handled-by"], rows)}
    }
    .into_any()
}
