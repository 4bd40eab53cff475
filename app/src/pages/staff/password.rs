//! Changing one's own password, for every staff member; the only page an account reaches while
//! the password an administrator set (a new account, a reset) waits to be replaced.
//! Server-only: a form that posts to `/<lang>/staff/password`.

use crate::{
    components::error_summary::error_summary,
    i18n::{use_i18n, I18n},
    pages::desks::ServiceUnavailable,
    paths,
    loaded::loaded,
    workspace::{PasswordPage, PASSWORD_CHANGED},
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<PasswordPage>() {
        Some(Some(page)) => password_page(&i18n, page),
        // Nobody signed in: the sign-in form is on the workspace's first page.
        Some(None) => view! {
            <h1>{i18n.t("staff-password-title")}</h1>
            <p><a href=paths::staff(i18n.lang.code)>{i18n.t("staff-sign-in-title")}</a></p>
        }
        .into_any(),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// The form field a message about the last form belongs to.
fn field_of(message: &str) -> &'static str {
    match message {
        "staff-password-error-current" | "staff-sign-in-too-many" => "current",
        "staff-password-error-repeat" => "repeated",
        _ => "new",
    }
}

fn password_page(i18n: &I18n, page: PasswordPage) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-password-title");
    let changed = page.outcome.as_deref() == Some(PASSWORD_CHANGED);
    let problem = page.outcome.as_deref().filter(|_| !changed);
    let errors = problem.and_then(|id| error_summary(i18n, &[(field_of(id), id)], domain::journey::Who::Me));
    let described = |field: &'static str, hint: Option<&str>| {
        let error = problem.filter(|id| field_of(id) == field).map(|_| format!("{field}-error"));
        let ids = [hint.map(str::to_owned), error].into_iter().flatten().collect::<Vec<_>>().join(" ");
        (!ids.is_empty()).then_some(ids)
    };
    let field_error = |field: &'static str| {
        problem.filter(|id| field_of(id) == field).map(|id| {
            view! { <p id=format!("{field}-error") class="error-message">{i18n.t(id)}</p> }
        })
    };
    let done = changed.then(|| {
        view! {
            <div class="callout" role="status">
                <p>{i18n.t(PASSWORD_CHANGED)}</p>
                <p><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
            </div>
        }
    });
    view! {
        <Title text=title.clone()/>
        {(!page.forced).then(|| view! {
            <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        })}
        <h1>{title}</h1>
        {page.forced.then(|| view! { <p class="callout">{i18n.t("staff-password-forced")}</p> })}
        {done}
        {errors}
        <form method="post" action=paths::staff_password(lang) novalidate>
            <div class="form-group">
                <label for="current">{i18n.t("staff-password-current")}</label>
                {field_error("current")}
                <input id="current" name="current" type="password" autocomplete="current-password" dir="ltr"
                    aria-describedby=described("current", None)/>
            </div>
            <div class="form-group">
                <label for="new">{i18n.t("staff-password-new")}</label>
                <p class="hint" id="new-hint">{i18n.t("staff-password-new-hint")}</p>
                {field_error("new")}
                <input id="new" name="new" type="password" autocomplete="new-password" dir="ltr"
                    aria-describedby=described("new", Some("new-hint"))/>
            </div>
            <div class="form-group">
                <label for="repeated">{i18n.t("staff-password-repeat")}</label>
                {field_error("repeated")}
                <input id="repeated" name="repeated" type="password" autocomplete="new-password" dir="ltr"
                    aria-describedby=described("repeated", None)/>
            </div>
            <button type="submit" class="button">{i18n.t("staff-password-submit")}</button>
        </form>
    }
    .into_any()
}
