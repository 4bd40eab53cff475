//! The first two questions: who needs help, and the area of need. A plain GET form, so it
//! works without JavaScript and the choices stay in the URL (back button, bookmarks).

use crate::{content::catalogue, i18n::use_i18n, icons, paths};
use domain::journey::{StartError, Who};
use leptos::prelude::*;

// `#[component]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[component]
pub(super) fn StartForm(
    who: Option<String>,
    area: Option<String>,
    errors: Vec<StartError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.code;
    let who_error = errors.contains(&StartError::WhoMissing);
    let area_error = errors.contains(&StartError::AreaMissing);

    let summary = (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{i18n.t("error-summary-title")}</h2>
                <ul>
                    {who_error.then(|| view! { <li><a href="#who-me">{i18n.t("start-error-who")}</a></li> })}
                    {area_error.then(|| view! { <li><a href=format!("#area-{}", catalogue().areas[0].id)>{i18n.t("start-error-area")}</a></li> })}
                </ul>
            </div>
        }
    });

    let who_choices = Who::ALL
        .iter()
        .map(|w| {
            let value = w.as_str();
            let id = format!("who-{value}");
            view! {
                <div class="choice choice--who">
                    <input
                        type="radio"
                        id=id.clone()
                        name="who"
                        value=value
                        checked=who.as_deref() == Some(value)
                    />
                    <label for=id>{i18n.t(&format!("who-{value}"))}</label>
                </div>
            }
        })
        .collect_view();

    let area_choices = catalogue()
        .areas
        .iter()
        .map(|a| {
            let id = format!("area-{}", a.id);
            let hint_id = format!("{id}-hint");
            view! {
                <div class="choice choice--area">
                    <input
                        type="radio"
                        id=id.clone()
                        name="area"
                        value=a.id.clone()
                        checked=area.as_deref() == Some(a.id.as_str())
                        aria-describedby=hint_id.clone()
                    />
                    <label for=id>
                        <span class="choice__icon" aria-hidden="true">{icons::area_icon(&a.icon)}</span>
                        <span class="choice__title">{i18n.t(&format!("area-{}", a.id))}</span>
                    </label>
                    <span class="choice__hint" id=hint_id>{i18n.t(&format!("area-{}-hint", a.id))}</span>
                </div>
            }
        })
        .collect_view();

    view! {
        {summary}
        <form class="start-form" method="post" action=paths::page(lang, "start") novalidate>
            <div class="form-group" class:form-group--error=who_error>
                <fieldset aria-describedby=who_error.then_some("who-error")>
                    <legend><h2 class="legend-heading">{i18n.t("who-legend")}</h2></legend>
                    {who_error.then(|| view! {
                        <p id="who-error" class="error-message">
                            <span class="visually-hidden">{i18n.t("error-prefix")}</span>
                            {i18n.t("start-error-who")}
                        </p>
                    })}
                    <div class="choices choices--who">{who_choices}</div>
                </fieldset>
            </div>
            <div class="form-group" class:form-group--error=area_error>
                <fieldset aria-describedby=area_error.then_some("area-error")>
                    <legend><h2 class="legend-heading">{i18n.t("area-legend")}</h2></legend>
                    {area_error.then(|| view! {
                        <p id="area-error" class="error-message">
                            <span class="visually-hidden">{i18n.t("error-prefix")}</span>
                            {i18n.t("start-error-area")}
                        </p>
                    })}
                    <div class="choices choices--area">{area_choices}</div>
                </fieldset>
            </div>
            <button type="submit" class="button">{i18n.t("start-continue")}</button>
        </form>
    }
}
