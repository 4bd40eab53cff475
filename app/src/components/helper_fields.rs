//! The fields that name a helper (`domain::helper`): on the booking and request forms, where
//! they are optional and folded away, and alone on a booking's page. Phrased for who types: the
//! person naming someone (`Who::Me`), or the helper themselves, typing for the person they help
//! (`Who::Other`), who then asks to follow the booking with the person's agreement.

use crate::{components::person_fields::error_for, i18n::I18n};
use domain::{
    booking::FormError,
    helper::{HelperForm, Relationship},
    journey::Who,
};
use leptos::prelude::*;

/// The name, relationship, contact and consent fields, each with its message after a refused
/// post, keeping what was typed.
pub(crate) fn helper_fields(i18n: &I18n, form: &HelperForm, errors: &[FormError], who: Who) -> AnyView {
    let has_error = |field: &str| errors.iter().any(|e| e.field() == field);
    let relationships = Relationship::ALL
        .into_iter()
        .map(|r| {
            let id = format!("helper-relationship-{}", r.as_str());
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="helper_relationship" value=r.as_str()
                        checked=form.relationship == r.as_str()/>
                    <label for=id>{i18n.t(&format!("helper-relationship-{}", r.as_str()))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class:form-group--error=has_error("helper-name")>
            <label for="helper-name">{i18n.t_who("helper-name", who)}</label>
            {error_for(i18n, errors, "helper-name", who)}
            <input id="helper-name" name="helper_name" type="text" maxlength="80" value=form.name.clone()/>
        </div>
        <fieldset class="form-group" class:form-group--error=has_error("helper-relationship")>
            <legend id="helper-relationship" tabindex="-1">{i18n.t_who("helper-relationship", who)}</legend>
            {error_for(i18n, errors, "helper-relationship", who)}
            {relationships}
        </fieldset>
        <div class="form-group" class:form-group--error=has_error("helper-contact")>
            <label for="helper-contact">{i18n.t_who("helper-contact", who)}</label>
            <p class="hint" id="helper-contact-hint">{i18n.t("helper-contact-hint")}</p>
            {error_for(i18n, errors, "helper-contact", who)}
            <input id="helper-contact" name="helper_contact" type="text" dir="ltr"
                aria-describedby="helper-contact-hint" value=form.contact.clone()/>
        </div>
        <div class="form-group" class:form-group--error=has_error("helper-consent")>
            {error_for(i18n, errors, "helper-consent", who)}
            <div class="choice">
                <input type="checkbox" id="helper-consent" name="helper_consent" value="yes" checked=form.consent/>
                <label for="helper-consent">{i18n.t_who("helper-consent", who)}</label>
            </div>
        </div>
    }
    .into_any()
}

/// On the booking and request forms: folded away unless something was typed (or refused), so
/// the form stays short for the many who name nobody; it opens without JavaScript.
pub(crate) fn helper_section(i18n: &I18n, form: &HelperForm, errors: &[FormError], who: Who) -> AnyView {
    let open = !form.is_blank() || errors.iter().any(|e| e.field().starts_with("helper-"));
    view! {
        <details class="details" id="helper" open=open>
            <summary>{i18n.t_who("helper-heading", who)}</summary>
            <div class="details__text">
                <p>{i18n.t_who("helper-intro", who)}</p>
                {helper_fields(i18n, form, errors, who)}
            </div>
        </details>
    }
    .into_any()
}
