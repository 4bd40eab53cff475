//! The administrators' page of one mediator account: the languages they speak and when they
//! are at which desk. The desks' public "a mediator speaks … on Mondays" is read from it.

use super::not_available;
use crate::{
    components::{desk_card::language_name, error_summary::error_summary},
    i18n::{use_i18n, I18n},
    loaded::loaded,
    pages::desks::ServiceUnavailable,
    paths,
    workspace::MediatorProfilePage,
};
use domain::{
    calendar::Weekday,
    mediation::{PresenceForm, ProfileError},
};
use leptos::prelude::*;
use leptos_meta::Title;

/// Blank rows offered under the stored ones, to add presence without JavaScript.
const BLANK_ROWS: usize = 2;

#[component]
pub fn StaffMediatorProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<MediatorProfilePage>() {
        Some(Some(data)) => profile_page(&i18n, data),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// The id of a presence row's field (rows count from 1).
fn field_id(row: usize, field: &str) -> String {
    format!("presence-{row}-{field}")
}

/// The field an error points to.
fn error_field(e: ProfileError) -> String {
    match e {
        ProfileError::NoLanguage => "languages".to_owned(),
        ProfileError::Desk { row } => field_id(row, "desk"),
        ProfileError::Weekday { row } => field_id(row, "weekday"),
        ProfileError::Hours { row } => field_id(row, "from"),
    }
}

fn presence_row(i18n: &I18n, page: &MediatorProfilePage, row: usize, r: &PresenceForm) -> impl IntoView {
    let errors: Vec<ProfileError> = page.errors.iter().copied().filter(|e| e.row() == Some(row)).collect();
    let messages = errors
        .iter()
        .map(|e| view! { <p class="error-message">{i18n.t(e.message_id())}</p> })
        .collect_view();
    let desks = page
        .desks
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected=r.desk == *slug>{name.clone()}</option> })
        .collect_view();
    let weekdays = Weekday::ALL
        .into_iter()
        .map(|d| view! { <option value=d.as_str() selected=r.weekday == d.as_str()>{i18n.t(&format!("weekday-{}", d.as_str()))}</option> })
        .collect_view();
    view! {
        <fieldset class="form-group presence-row" class:form-group--error=!errors.is_empty() data-presence-row=row.to_string()>
            <legend>{i18n.t_with("staff-mediator-row", &[("row", row.into())])}</legend>
            {messages}
            <div class="presence-row__fields">
                <div>
                    <label for=field_id(row, "desk")>{i18n.t("staff-mediator-desk")}</label>
                    <select id=field_id(row, "desk") name="desk">
                        <option value="">{i18n.t("staff-choose")}</option>
                        {desks}
                    </select>
                </div>
                <div>
                    <label for=field_id(row, "weekday")>{i18n.t("staff-mediator-weekday")}</label>
                    <select id=field_id(row, "weekday") name="weekday">
                        <option value="">{i18n.t("staff-choose")}</option>
                        {weekdays}
                    </select>
                </div>
                <div>
                    <label for=field_id(row, "from")>{i18n.t("staff-mediator-from")}</label>
                    <input type="time" id=field_id(row, "from") name="from" dir="ltr" value=r.from.clone()/>
                </div>
                <div>
                    <label for=field_id(row, "to")>{i18n.t("staff-mediator-to")}</label>
                    <input type="time" id=field_id(row, "to") name="to" dir="ltr" value=r.to.clone()/>
                </div>
            </div>
        </fieldset>
    }
}

fn profile_page(i18n: &I18n, page: MediatorProfilePage) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t_with("staff-mediator-profile-title", &[("name", page.name.clone().into())]);
    let fields: Vec<String> = page.errors.iter().map(|e| error_field(*e)).collect();
    let summary: Vec<(&str, &str)> = fields.iter().zip(&page.errors).map(|(f, e)| (f.as_str(), e.message_id())).collect();
    let no_language = page.errors.contains(&ProfileError::NoLanguage);
    let languages = page
        .languages
        .iter()
        .map(|l| {
            let id = format!("language-{l}");
            let checked = page.form.languages.contains(l);
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id.clone() name="language" value=l.clone() checked=checked/>
                    <label for=id lang=l.clone()>{language_name(i18n, l)}</label>
                </div>
            }
        })
        .collect_view();
    let blank = PresenceForm::default();
    let rows = page
        .form
        .presence
        .iter()
        .chain(std::iter::repeat_n(&blank, BLANK_ROWS))
        .enumerate()
        .map(|(i, r)| presence_row(i18n, &page, i + 1, r))
        .collect_view();
    let saved = page.saved.then(|| view! { <p class="callout" role="status">{i18n.t("staff-mediator-saved")}</p> });
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff_accounts(lang)>{i18n.t("staff-accounts-title")}</a></p>
        <h1>{title}</h1>
        <p dir="ltr" class="hint">{page.email.clone()}</p>
        {saved}
        {error_summary(i18n, &summary, domain::journey::Who::Me)}
        <form method="post" action=paths::staff_mediator_profile(lang, page.id)>
            <fieldset class="form-group" class:form-group--error=no_language id="languages" tabindex="-1">
                <legend>{i18n.t("staff-mediator-languages")}</legend>
                {no_language.then(|| view! { <p class="error-message">{i18n.t("staff-mediator-error-language")}</p> })}
                <div class="checkbox-columns">{languages}</div>
            </fieldset>
            <h2>{i18n.t("staff-mediator-presence")}</h2>
            <p class="hint">{i18n.t("staff-mediator-presence-hint")}</p>
            {rows}
            <button type="submit" class="button">{i18n.t("staff-save")}</button>
        </form>
    }
    .into_any()
}
