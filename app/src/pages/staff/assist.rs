//! "Start with a person" (operators and mediators): first the person's language and the
//! helper's (a form that gets this page again), then the consent text to read to the person,
//! in their language beside the helper's, and the form that records how they agreed and
//! starts the questions in the person's language. Server-only: forms that post.

use super::not_available;
use crate::{
    components::{desk_card::language_name, error_summary::error_summary},
    content::language,
    i18n::{i18n_for, use_i18n, I18n},
    loaded::loaded,
    pages::desks::ServiceUnavailable,
    paths,
    workspace::AssistPage,
};
use domain::{
    assist::{AssistError, ConsentHow},
    journey::Who,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffAssistPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<AssistPage>() {
        Some(Some(page)) => assist_page(&i18n, &page),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// A language list: `chosen` selected (none chosen: the first, empty, choice).
fn language_select(i18n: &I18n, page: &AssistPage, id: &'static str, chosen: &str, error: bool) -> impl IntoView {
    let options = page
        .languages
        .iter()
        .map(|code| view! { <option value=code.clone() selected=code == chosen lang=code.clone()>{language_name(i18n, code)}</option> })
        .collect_view();
    view! {
        <select class="input--select" id=id name=id aria-invalid=error.then_some("true")>
            <option value="">{i18n.t("staff-choose")}</option>
            {options}
        </select>
    }
}

fn assist_page(i18n: &I18n, page: &AssistPage) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("assist-title");
    let has = |e: AssistError| page.errors.contains(&e);
    let summary: Vec<(&str, &str)> = page.errors.iter().map(|e| (e.field(), e.message_id())).collect();
    let message = |e: AssistError| has(e).then(|| view! { <p class="error-message">{i18n.t(e.message_id())}</p> });
    let helper = if page.form.helper.is_empty() { domain::lang::DEFAULT_LANG } else { page.form.helper.as_str() };
    let open = page.open.as_ref().map(|languages| {
        let names = format!("{}, {}", language_name(i18n, &languages.person), language_name(i18n, &languages.helper));
        view! {
            <div class="callout">
                <p>{i18n.t_with("assist-open", &[("languages", names.into())])}</p>
                <p><a href=paths::page(&languages.person, "start")>{i18n.t("assist-open-continue")}</a></p>
                <form method="post" action=paths::staff_assist_end(lang)>
                    <button type="submit" class="button button--secondary">{i18n.t("assist-end")}</button>
                </form>
            </div>
        }
    });
    let languages_form = view! {
        <form method="get" action=paths::staff_assist(lang) novalidate>
            <div class="form-group" class:form-group--error=has(AssistError::PersonLanguage)>
                <label for="person">{i18n.t("assist-person-language")}</label>
                {message(AssistError::PersonLanguage)}
                {language_select(i18n, page, "person", &page.form.person, has(AssistError::PersonLanguage))}
            </div>
            <div class="form-group" class:form-group--error=has(AssistError::HelperLanguage)>
                <label for="helper">{i18n.t("assist-helper-language")}</label>
                {message(AssistError::HelperLanguage)}
                {language_select(i18n, page, "helper", helper, has(AssistError::HelperLanguage))}
            </div>
            <button type="submit" class="button button--secondary">{i18n.t("assist-languages-submit")}</button>
        </form>
    };
    let consent = page.person_chosen().then(|| consent_form(i18n, page, helper));
    view! {
        <Title text=title.clone()/>
        <p><a class="back-link" href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        {error_summary(i18n, &summary, Who::Me)}
        <h1>{title}</h1>
        <p class="lead">{i18n.t("assist-intro")}</p>
        {open}
        {languages_form}
        {consent}
    }
    .into_any()
}

/// The consent text in the person's language, beside the helper's (one column when they are
/// the same), and the form that records it.
fn consent_form(i18n: &I18n, page: &AssistPage, helper: &str) -> impl IntoView {
    let lang = i18n.lang.code;
    let has = |e: AssistError| page.errors.contains(&e);
    let column = |code: &str| {
        let words = i18n_for(code)?;
        let dir = language(code).map_or("ltr", |l| l.dir());
        Some(view! {
            <div class="consent-text" lang=words.lang.code dir=dir>
                <h3>{words.t("assist-consent-heading")}</h3>
                <p>{words.t("assist-consent-text")}</p>
                <p><a href=paths::page(words.lang.code, "privacy")>{words.t("book-privacy-link")}</a></p>
            </div>
        })
    };
    let person = column(&page.form.person);
    let beside = (helper != page.form.person).then(|| column(helper)).flatten();
    let hows = ConsentHow::ALL
        .into_iter()
        .map(|how| {
            let id = format!("how-{}", how.as_str());
            view! {
                <div class="choice choice--radio">
                    <input type="radio" id=id.clone() name="how" value=how.as_str() checked=page.form.how == how.as_str()/>
                    <label for=id>{i18n.t(&format!("assist-how-{}", how.as_str()))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="consent-heading">
            <h2 id="consent-heading">{i18n.t("assist-consent-title")}</h2>
            <p>{i18n.t("assist-consent-read")}</p>
            <div class="side-by-side">{person}{beside}</div>
            <form method="post" action=paths::staff_assist(lang) novalidate>
                <input type="hidden" name="person" value=page.form.person.clone()/>
                <input type="hidden" name="helper" value=helper.to_owned()/>
                <div class="form-group" class:form-group--error=has(AssistError::How)>
                    <fieldset>
                        <legend>{i18n.t("assist-how")}</legend>
                        {(has(AssistError::How)).then(|| view! { <p class="error-message">{i18n.t(AssistError::How.message_id())}</p> })}
                        <div class="choices">{hows}</div>
                    </fieldset>
                </div>
                <div class="form-group" class:form-group--error=has(AssistError::Consent)>
                    {(has(AssistError::Consent)).then(|| view! { <p class="error-message">{i18n.t(AssistError::Consent.message_id())}</p> })}
                    <div class="choice">
                        <input type="checkbox" id="consent" name="consent" value="yes" checked=page.form.consent/>
                        <label for="consent">{i18n.t("assist-consent")}</label>
                    </div>
                </div>
                <button type="submit" class="button">{i18n.t("assist-submit")}</button>
            </form>
        </section>
    }
}
