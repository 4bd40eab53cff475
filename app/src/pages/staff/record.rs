//! Recording a request for someone who called or came to the counter (an operator of one of
//! the desks): the same questions as the request form, asked about that person, plus the desk,
//! the service and how the request came. Then the code and PIN to read out to them; the desk
//! finds the request in its inbox, marked with how it came and who recorded it.
//! Server-only: a form that posts to `/<lang>/staff/record`.

use super::not_available;
use crate::{
    components::{
        error_summary::error_summary,
        person_fields::{person_fields, problems, Typist},
    },
    content::catalogue,
    desks::RefusedBooking,
    i18n::{use_i18n, I18n},
    loaded::loaded,
    pages::desks::ServiceUnavailable,
    paths,
    workspace::{RecordForm, RecordPage, RecordProblem, RefusedRecord},
};
use domain::{dossier::Channel, messages};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffRecordPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<RecordPage>() {
        Some(Some(RecordPage::Form { desks, desk_languages, refused, request_key })) => {
            form_page(&i18n, &desks, &desk_languages, refused, &request_key)
        }
        Some(Some(RecordPage::Recorded { code, pin, helper_pin, dossier, language })) => {
            recorded_page(&i18n, &code, &pin, helper_pin, dossier, &language)
        }
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

fn form_page(
    i18n: &I18n,
    desks: &[(String, String)],
    desk_languages: &[String],
    refused: Option<Box<RefusedRecord>>,
    request_key: &str,
) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-record-title");
    let blank = || RefusedRecord {
        form: RecordForm {
            person: RefusedBooking::or_blank(None, lang, domain::journey::Who::Other).form,
            ..RecordForm::default()
        },
        problems: Vec::new(),
        errors: Vec::new(),
    };
    let RefusedRecord { form, problems: choice_problems, errors } = refused.map_or_else(blank, |r| *r);
    // One desk: nothing to choose.
    let only_desk = (desks.len() == 1).then(|| desks[0].0.clone());
    let chosen_desk = if form.desk.is_empty() { only_desk.unwrap_or_default() } else { form.desk.clone() };
    let mut summary: Vec<(&str, &str)> = choice_problems.iter().map(|p| (p.field(), p.message_id())).collect();
    summary.extend(problems(&errors));
    let choice_error = |problem: RecordProblem| {
        choice_problems.contains(&problem).then(|| {
            view! { <p id=format!("{}-error", problem.field()) class="error-message">{i18n.t(problem.message_id())}</p> }
        })
    };
    let desk_options = desks
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected=*slug == chosen_desk>{name.clone()}</option> })
        .collect_view();
    let service_options = catalogue()
        .services
        .iter()
        .map(|s| {
            view! { <option value=s.id.clone() selected=s.id == form.service>{i18n.t(&messages::service_name(&s.id))}</option> }
        })
        .collect_view();
    let channels = Channel::RECORDED
        .into_iter()
        .map(|c| {
            let id = format!("channel-{}", c.as_str());
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="channel" value=c.as_str() checked=form.channel == c.as_str()/>
                    <label for=id>{i18n.t(&format!("dossier-channel-{}", c.as_str()))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <p><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("staff-record-intro")}</p>
        {error_summary(i18n, &summary, domain::journey::Who::Other)}
        <form method="post" action=paths::staff_record(lang) novalidate>
            <input type="hidden" name="request_key" value=request_key.to_owned()/>
            <fieldset class="form-group" class:form-group--error=choice_problems.contains(&RecordProblem::Channel)>
                <legend id="channel" tabindex="-1">{i18n.t("staff-record-channel")}</legend>
                {choice_error(RecordProblem::Channel)}
                {channels}
            </fieldset>
            <div class="form-group" class:form-group--error=choice_problems.contains(&RecordProblem::Desk)>
                <label for="desk">{i18n.t("staff-record-desk")}</label>
                {choice_error(RecordProblem::Desk)}
                <select id="desk" name="desk">{desk_options}</select>
            </div>
            <div class="form-group" class:form-group--error=choice_problems.contains(&RecordProblem::Service)>
                <label for="service">{i18n.t("staff-record-service")}</label>
                {choice_error(RecordProblem::Service)}
                <select id="service" name="service">
                    <option value="">{i18n.t("staff-choose")}</option>
                    {service_options}
                </select>
            </div>
            {person_fields(i18n, &form.person, &errors, desk_languages, true, Typist::Operator)}
            <button type="submit" class="button">{i18n.t("staff-record-submit")}</button>
        </form>
    }
    .into_any()
}

fn recorded_page(i18n: &I18n, code: &domain::booking::BookingCode, pin: &str, helper_pin: Option<(String, String)>, dossier: i64, language: &str) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-recorded-title");
    let helper = helper_pin.map(|(name, pin)| {
        view! {
            <p class="booking-code">
                {i18n.t_with("booking-helper-pin", &[("name", name.into())])}" "<strong dir="ltr" data-helper-pin>{pin}</strong>
            </p>
        }
    });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <div class="callout booking-summary">
            <p>{i18n.t("staff-recorded-body")}</p>
            <p>{i18n.t("booking-code")}</p>
            <p class="booking-code" dir="ltr"><strong data-code>{code.shown()}</strong></p>
            <p class="booking-code" dir="ltr">{i18n.t("booking-pin")}" "<strong data-pin>{pin.to_owned()}</strong></p>
            {helper}
            <p>{i18n.t("staff-recorded-where")}" "<span dir="ltr">{paths::manage(language)}</span></p>
        </div>
        <ul>
            <li><a href=paths::staff_dossier(lang, dossier)>{i18n.t("staff-recorded-open")}</a></li>
            <li><a href=paths::staff_record(lang)>{i18n.t("staff-recorded-another")}</a></li>
        </ul>
    }
    .into_any()
}
