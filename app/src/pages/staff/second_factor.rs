//! The second step of signing in, for every staff member: the six-digit code of an
//! authenticator app on their phone. At the first sign-in the page enrols the app (a QR code,
//! or a key to type) and then shows the recovery codes once. Server-only: a form that posts to
//! `/<lang>/staff/second-factor`.

use crate::{
    components::error_summary::error_summary,
    i18n::{use_i18n, I18n},
    pages::desks::ServiceUnavailable,
    paths,
    loaded::loaded,
    workspace::{SecondFactorPage, SecondFactorStep},
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffSecondFactorPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<SecondFactorPage>() {
        Some(Some(page)) => second_factor_page(&i18n, page),
        // Nobody signed in: the sign-in form is on the workspace's first page.
        Some(None) => view! {
            <h1>{i18n.t("staff-second-factor-title")}</h1>
            <p><a href=paths::staff(i18n.lang.code)>{i18n.t("staff-sign-in-title")}</a></p>
        }
        .into_any(),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// Where the person goes once the second factor is given.
fn next_page(lang: &str, page: &SecondFactorPage) -> String {
    if page.must_change_password {
        paths::staff_password(lang)
    } else {
        paths::staff(lang)
    }
}

/// `secret` in groups of four, as it is easiest to type.
fn grouped(secret: &str) -> String {
    secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

fn second_factor_page(i18n: &I18n, page: SecondFactorPage) -> AnyView {
    let lang = i18n.lang.code;
    let next = next_page(lang, &page);
    let errors = page.problem.as_deref().and_then(|id| error_summary(i18n, &[("code", id)], domain::journey::Who::Me));
    let field_error = page.problem.as_deref().map(|id| view! { <p id="code-error" class="error-message">{i18n.t(id)}</p> });
    let code_form = |hint: String| {
        let described = if field_error.is_some() { "code-hint code-error" } else { "code-hint" };
        view! {
            <form method="post" action=paths::staff_second_factor(lang) novalidate>
                <div class="form-group">
                    <label for="code">{i18n.t("staff-second-factor-code")}</label>
                    <p class="hint" id="code-hint">{hint}</p>
                    {field_error.clone()}
                    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                        dir="ltr" class="input input--code" spellcheck="false" aria-describedby=described/>
                </div>
                <button type="submit" class="button">{i18n.t("staff-second-factor-submit")}</button>
            </form>
        }
    };
    let body = match page.step {
        SecondFactorStep::Enrol { secret } => view! {
            <h1>{i18n.t("staff-second-factor-enrol-title")}</h1>
            <p>{i18n.t("staff-second-factor-enrol-intro")}</p>
            {errors}
            <ol class="enrol-steps">
                <li>{i18n.t("staff-second-factor-enrol-app")}</li>
                <li>
                    <p>{i18n.t("staff-second-factor-enrol-scan")}</p>
                    <img class="qr" src=paths::staff_second_factor_qr(lang) width="200" height="200"
                        alt=i18n.t("staff-second-factor-qr-alt")/>
                    <p>{i18n.t("staff-second-factor-enrol-type")}</p>
                    <p><code id="secret" dir="ltr">{grouped(&secret)}</code></p>
                </li>
                <li>{code_form(i18n.t("staff-second-factor-enrol-code-hint"))}</li>
            </ol>
        }
        .into_any(),
        SecondFactorStep::Verify { recovery_codes_left } => view! {
            <h1>{i18n.t("staff-second-factor-title")}</h1>
            {errors}
            {code_form(i18n.t_with(
                "staff-second-factor-code-hint",
                &[("left", recovery_codes_left.into())],
            ))}
        }
        .into_any(),
        SecondFactorStep::RecoveryCodes { codes } => view! {
            <h1>{i18n.t("staff-recovery-codes-title")}</h1>
            <div class="callout" role="status">
                <p>{i18n.t("staff-second-factor-enrolled")}</p>
            </div>
            <p>{i18n.t("staff-recovery-codes-intro")}</p>
            <ul class="recovery-codes" dir="ltr">
                {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
            </ul>
            <p><a class="button" href=next>{i18n.t("staff-recovery-codes-continue")}</a></p>
        }
        .into_any(),
        SecondFactorStep::Done => view! {
            <h1>{i18n.t("staff-second-factor-title")}</h1>
            <p><a href=next>{i18n.t("staff-back-to-inbox")}</a></p>
        }
        .into_any(),
    };
    view! {
        <Title text=i18n.t("staff-second-factor-title")/>
        {body}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_shown_in_groups_of_four() {
        assert_eq!(grouped("JBSWY3DPEHPK3PXPJBSW"), "JBSW Y3DP EHPK 3PXP JBSW");
        assert_eq!(grouped("ABCDEF"), "ABCD EF");
    }
}
