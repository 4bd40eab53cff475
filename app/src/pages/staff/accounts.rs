//! The accounts, for administrators: new ones, resets, disabling.

use super::{not_available, staff_table};
use crate::{
    components::error_summary::error_summary,
    i18n::{use_i18n, I18n},
    pages::desks::ServiceUnavailable,
    paths,
    loaded::loaded,
    workspace::Accounts,
};
use domain::staff::Role;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffAccountsPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<Accounts>() {
        Some(Some(data)) => accounts_page(&i18n, data),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

fn accounts_page(i18n: &I18n, view: Accounts) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-accounts-title");
    let list = view
        .accounts
        .iter()
        .map(|a| {
            let state = match (a.active, a.must_change_password) {
                (false, _) => "staff-account-state-disabled",
                (true, true) => "staff-account-state-must-change",
                (true, false) => "staff-account-state-active",
            };
            let profile = (a.role == Role::Mediator).then(|| view! {
                <a href=paths::staff_mediator_profile(lang, a.id)>
                    {i18n.t_with("staff-mediator-profile-link", &[("name", a.name.clone().into())])}
                </a>
            });
            let actions = (!a.is_me).then(|| {
                let (toggle, to) = if a.active { ("staff-account-disable", "false") } else { ("staff-account-enable", "true") };
                view! {
                    <form method="post" action=paths::staff_account_reset(lang, a.id) class="inline-form">
                        <button type="submit" class="button button--secondary">{i18n.t_with("staff-account-reset", &[("name", a.name.clone().into())])}</button>
                    </form>
                    <form method="post" action=paths::staff_account_active(lang, a.id) class="inline-form">
                        <input type="hidden" name="active" value=to/>
                        <button type="submit" class="button button--secondary">{i18n.t_with(toggle, &[("name", a.name.clone().into())])}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{a.name.clone()}</td>
                    <td dir="ltr">{a.email.clone()}</td>
                    <td>{i18n.t(&format!("staff-role-{}", a.role.as_str()))}</td>
                    <td>{a.desks.join(", ")}</td>
                    <td data-account-state>{i18n.t(state)}</td>
                    <td>{profile}{actions}</td>
                </tr>
            }
        })
        .collect_view();
    let problems: Vec<(&str, &str)> = view.errors.iter().map(|id| ("email", id.as_str())).collect();
    let errors = error_summary(i18n, &problems, domain::journey::Who::Me);
    let created = view.created.map(|email| view! {
        <p class="callout" role="status">{i18n.t_with("staff-account-created", &[("email", email.into())])}</p>
    });
    let reset = view.reset.map(|(name, password)| view! {
        <div class="callout" role="status">
            <p>{i18n.t_with("staff-account-reset-done", &[("name", name.into())])}</p>
            <p class="booking-code" dir="ltr"><strong data-temporary-password>{password}</strong></p>
            <p>{i18n.t("staff-account-reset-hint")}</p>
        </div>
    });
    let roles = Role::ALL
        .into_iter()
        .map(|r| {
            let id = format!("role-{}", r.as_str());
            let checked = view.form.role == r.as_str() || (view.form.role.is_empty() && r == Role::Operator);
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="role" value=r.as_str() checked=checked/>
                    <label for=id>{i18n.t(&format!("staff-role-{}", r.as_str()))}</label>
                </div>
            }
        })
        .collect_view();
    let desks = view
        .desks
        .iter()
        .map(|(slug, name)| {
            let id = format!("desk-{slug}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="desk" value=slug.clone() checked=view.form.desks.contains(slug)/>
                    <label for=id>{name.clone()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        {created}
        {reset}
        {staff_table(i18n, "accounts", "staff-accounts-caption", &["staff-account-name", "staff-email", "staff-account-role", "staff-col-desk", "staff-account-state", "staff-account-actions"], list)}
        <h2 id="new-account">{i18n.t("staff-account-new")}</h2>
        {errors}
        <form method="post" action=paths::staff_accounts(lang) novalidate>
            <div class="form-group">
                <label for="email">{i18n.t("staff-email")}</label>
                <input id="email" name="email" type="email" autocomplete="off" dir="ltr" spellcheck="false" value=view.form.email.clone()/>
            </div>
            <div class="form-group">
                <label for="name">{i18n.t("staff-account-name")}</label>
                <input id="name" name="name" type="text" autocomplete="off" value=view.form.name.clone()/>
            </div>
            <fieldset class="form-group">
                <legend>{i18n.t("staff-account-role")}</legend>
                {roles}
            </fieldset>
            <fieldset class="form-group">
                <legend>{i18n.t("staff-account-desks")}</legend>
                <p class="hint">{i18n.t("staff-account-desks-hint")}</p>
                {desks}
            </fieldset>
            <div class="form-group">
                <label for="password">{i18n.t("staff-account-password")}</label>
                <p class="hint" id="password-hint">{i18n.t("staff-account-password-hint")}</p>
                <input id="password" name="password" type="password" autocomplete="new-password" dir="ltr" aria-describedby="password-hint"/>
            </div>
            <button type="submit" class="button">{i18n.t("staff-account-create")}</button>
        </form>
    }
    .into_any()
}
