//! The questions about the person, shared by the booking form and the request sent without an
//! appointment: name, contact, language, who fills it in, a note in their own words, consent,
//! and (optional) someone who may follow it with them. Phrased for whom the journey was: the
//! person typing, or someone they help (then the form asks about that person, not the helper).
//! Each field shows its message after a refused post, and keeps what was typed.

use crate::{
    components::{desk_card::language_name, helper_fields::helper_section},
    content::LANGUAGES,
    desks::Refusal,
    i18n::I18n,
    paths,
};
use domain::{
    booking::{BookingForm, FormError},
    dossier::FilledBy,
    journey::Who,
};
use leptos::prelude::*;

/// The message of the first problem with `field`, next to it, phrased for `who` the form is about.
pub(crate) fn error_for(i18n: &I18n, errors: &[FormError], field: &str, who: Who) -> Option<impl IntoView + use<>> {
    errors.iter().find(|e| e.field() == field).map(|e| {
        view! { <p id=format!("{field}-error") class="error-message">{i18n.t_who(e.message_id(), who)}</p> }
    })
}

/// Why a valid form was not saved (the slot went to someone else, too many today), at the top.
pub(crate) fn refusal_notice(i18n: &I18n, refusal: Refusal) -> impl IntoView + use<> {
    view! {
        <div class="callout callout--urgent" role="alert">
            <p>{i18n.t(refusal.message_id())}</p>
        </div>
    }
}

/// The error summary's entries: (field id, message id); a missing time points at the slots.
pub(crate) fn problems(errors: &[FormError]) -> Vec<(&'static str, &'static str)> {
    errors.iter().map(|e| (if e.field() == "slot" { "slots" } else { e.field() }, e.message_id())).collect()
}

/// Who types the form: the person (for themself, or for someone they help), or an operator
/// with someone who called or came to the counter (then it asks about that person, and the
/// consent is theirs as the operator heard it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Typist {
    Person(Who),
    Operator,
}

/// The fields about the person. `desk_languages` are offered besides the site's languages;
/// `contact_required`: the desk answers by phone or e-mail (a request without an appointment).
pub(crate) fn person_fields(
    i18n: &I18n,
    form: &BookingForm,
    errors: &[FormError],
    desk_languages: &[String],
    contact_required: bool,
    typist: Typist,
) -> AnyView {
    let who = match typist {
        Typist::Person(who) => who,
        Typist::Operator => Who::Other,
    };
    let consent_label = match typist {
        Typist::Person(who) => i18n.t_who("book-consent", who),
        Typist::Operator => i18n.t("staff-record-consent"),
    };
    let lang = i18n.lang.code;
    let has_error = |field: &str| errors.iter().any(|e| e.field() == field);
    let language_options = LANGUAGES
        .iter()
        .map(|l| l.code)
        .chain(desk_languages.iter().map(String::as_str).filter(|c| !LANGUAGES.iter().any(|l| l.code == *c)))
        .map(|code| {
            view! { <option value=code selected=form.language == code lang=code>{language_name(i18n, code)}</option> }
        })
        .collect_view();
    let (contact_label, contact_hint) = if contact_required {
        ("request-contact", "request-contact-hint")
    } else {
        ("book-contact", "book-contact-hint")
    };
    view! {
        <h2>{i18n.t_who("book-about-you", who)}</h2>
        <div class="form-group" class:form-group--error=has_error("name")>
            <label for="name">{i18n.t_who("book-name", who)}</label>
            <p class="hint" id="name-hint">{i18n.t_who("book-name-hint", who)}</p>
            {error_for(i18n, errors, "name", who)}
            <input id="name" name="name" type="text" autocomplete="name" maxlength="80"
                aria-describedby="name-hint" value=form.name.clone()/>
        </div>
        <div class="form-group" class:form-group--error=has_error("contact")>
            <label for="contact">{i18n.t_who(contact_label, who)}</label>
            <p class="hint" id="contact-hint">{i18n.t_who(contact_hint, who)}</p>
            {error_for(i18n, errors, "contact", who)}
            <input id="contact" name="contact" type="text" autocomplete="tel" dir="ltr"
                aria-describedby="contact-hint" aria-required=contact_required.then_some("true")
                value=form.contact.clone()/>
        </div>
        <div class="form-group" class:form-group--error=has_error("language")>
            <label for="language">{i18n.t_who("book-language", who)}</label>
            {error_for(i18n, errors, "language", who)}
            <select id="language" name="language">{language_options}</select>
        </div>
        <fieldset class="form-group" hidden=typist == Typist::Operator>
            <legend>{i18n.t("book-filled-by")}</legend>
            {FilledBy::ALL.into_iter().map(|f| {
                let id = format!("filled-by-{}", f.as_str());
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name="filled_by" value=f.as_str() checked=form.filled_by == f.as_str()/>
                        <label for=id>{i18n.t(&format!("book-filled-by-{}", f.as_str()))}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <div class="form-group" class:form-group--error=has_error("note")>
            <label for="note">{i18n.t("book-note")}</label>
            <p class="hint" id="note-hint">{i18n.t("book-note-hint")}</p>
            {error_for(i18n, errors, "note", who)}
            <textarea id="note" name="note" rows="4" dir="auto" aria-describedby="note-hint">{form.note.clone()}</textarea>
        </div>
        <div class="form-group" class:form-group--error=has_error("consent")>
            {error_for(i18n, errors, "consent", who)}
            <div class="choice">
                <input type="checkbox" id="consent" name="consent" value="yes" checked=form.consent aria-describedby="consent-hint"/>
                <label for="consent">{consent_label}</label>
            </div>
            <p class="hint" id="consent-hint">
                <a href=paths::page(lang, "privacy")>{i18n.t("book-privacy-link")}</a>
            </p>
        </div>
        {helper_section(i18n, &form.helper, errors, who)}
    }
    .into_any()
}
