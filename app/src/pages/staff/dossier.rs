//! One dossier, read in my language beside the person's, with the decision form.

use super::{date_text, mediations::mark_text, not_available, status_name, when};
use crate::{
    pages::{check::answer_text, desks::ServiceUnavailable},
    components::{desk_card::language_name, error_summary::error_summary},
    content::{area, catalogue},
    i18n::{i18n_for, use_i18n, I18n},
    paths,
    loaded::loaded,
    workspace::DossierView,
};
use domain::{
    dossier::{DecisionForm, Outcome, Status},
    journey::Who,
    messages,
    results::{evaluate, Fit},
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffDossierPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<DossierView>() {
        Some(Some(data)) => dossier_page(&i18n, data),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}


fn dossier_page(i18n: &I18n, d: DossierView) -> AnyView {
    let lang = i18n.lang.code;
    // The person's language beside the operator's, when they differ.
    let theirs = (d.language != lang).then(|| i18n_for(&d.language)).flatten();
    let service = i18n.t(&messages::service_name(&d.service));
    let title = i18n.t_with("staff-dossier-title", &[("service", service.clone().into())]);
    let person_language = language_name(i18n, &d.language);
    // Who else follows the request with a PIN of their own: the desk may call them too.
    let helpers = (!d.helpers.is_empty()).then(|| {
        let items = d
            .helpers
            .iter()
            .map(|(name, relationship, contact)| {
                let name = name.clone().unwrap_or_else(|| i18n.t("booking-helper-unnamed"));
                let who = i18n.t(&format!("helper-role-{}", relationship.as_str()));
                view! {
                    <li>
                        {i18n.t_with("booking-helper-row", &[("name", name.into()), ("relationship", who.into())])}
                        {contact.clone().map(|c| view! { " " <span dir="ltr">{c}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="summary-list__row" data-helpers><dt>{i18n.t("staff-helpers")}</dt><dd><ul>{items}</ul></dd></div>
        }
    });
    let area_name = d.area.as_deref().and_then(area).map(|a| i18n.t(&messages::area_title(&a.id)));
    let answers = d
        .answers
        .iter()
        .filter_map(|(q, a)| {
            let question = catalogue().question(q)?;
            let label = i18n.t(&messages::question_short(q));
            // The operator reads about the person: options in the third person.
            let mine = answer_text(i18n, Who::Other, question, a, &d.municipalities);
            let other = theirs.as_ref().map(|t| {
                view! { <td lang=t.lang.code dir=t.lang.dir()>{answer_text(t, Who::Other, question, a, &d.municipalities)}</td> }
            });
            Some(view! { <tr><th scope="row">{label}</th><td>{mine}</td>{other}</tr> })
        })
        .collect_view();
    let their_header = theirs.as_ref().map(|_| view! { <th scope="col">{person_language.clone()}</th> });
    let no_answers = d.answers.is_empty().then(|| view! { <p>{i18n.t("staff-no-answers")}</p> });
    // What fits and why, worked out again from the codes with the same rules the person saw.
    let fits = d.area.as_deref().map(|area_id| {
        let answers: domain::answers::Answers = d.answers.iter().cloned().collect();
        let results = evaluate(catalogue(), area_id, &answers);
        let items = results
            .services
            .iter()
            .filter(|r| matches!(r.fit, Fit::Fits | Fit::MayFit))
            .map(|r| {
                let fit = i18n.t(if r.fit == Fit::Fits { "staff-fit-fits" } else { "staff-fit-may" });
                let why = r.reasons.iter().map(|x| i18n.t(&messages::rule(&x.rule.id))).collect::<Vec<_>>().join("; ");
                view! {
                    <li><strong>{i18n.t(&messages::service_name(&r.service.id))}</strong>" — "{fit}<br/>{why}</li>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n.t("staff-fits-heading")}</h2>
            <ul class="fits">{items}</ul>
        }
    });
    let document_name = |id: &str| i18n.t(&messages::document_name(id));
    let have = d.documents.iter().map(|doc| {
        let has = d.have.contains(doc);
        let label = i18n.t(if has { "staff-has-document" } else { "staff-no-document" });
        view! { <li>{document_name(doc)}": "{label}</li> }
    }).collect_view();
    // What the form shows: as last refused, else as stored.
    let (form, problem) = match d.refused.clone() {
        Some((form, problem)) => (form, Some(problem)),
        None => (
            DecisionForm {
                status: d.status.as_str().to_owned(),
                missing: d.missing.clone(),
                referred_service: d.referral.as_ref().map(|r| r.0.clone()).unwrap_or_default(),
                referred_desk: d.referral.as_ref().and_then(|r| r.1.clone()).unwrap_or_default(),
                outcome: d.outcome.map(|o| o.as_str().to_owned()).unwrap_or_default(),
                note: d.note.clone().unwrap_or_default(),
            },
            None,
        ),
    };
    let field_error = |field: &'static str| {
        problem.filter(|p| p.field() == field).map(|p| {
            view! { <p class="error-message" id=format!("{field}-error")>{i18n.t(p.message_id())}</p> }
        })
    };
    let described = |field: &'static str| problem.filter(|p| p.field() == field).map(|_| format!("{field}-error"));
    let statuses = Status::ALL
        .into_iter()
        .filter(|s| *s != Status::Withdrawn)
        .map(|s| view! { <option value=s.as_str() selected={s.as_str() == form.status}>{status_name(i18n, s)}</option> })
        .collect_view();
    let missing = d
        .documents
        .iter()
        .map(|doc| {
            let id = format!("missing-{doc}");
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id.clone() name="missing" value=doc.clone() checked=form.missing.contains(doc)/>
                    <label for=id>{document_name(doc)}</label>
                </div>
            }
        })
        .collect_view();
    // Services by their name in the operator's language.
    let mut services: Vec<(String, String)> =
        catalogue().services.iter().map(|s| (s.id.clone(), i18n.t(&messages::service_name(&s.id)))).collect();
    services.sort_by(|a, b| a.1.cmp(&b.1));
    let service_options = services
        .into_iter()
        .map(|(id, name)| view! { <option value=id.clone() selected={id == form.referred_service}>{name}</option> })
        .collect_view();
    let desk_options = d
        .desks
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected={*slug == form.referred_desk}>{name.clone()}</option> })
        .collect_view();
    let outcome_options = Outcome::ALL
        .into_iter()
        .map(|o| {
            view! { <option value=o.as_str() selected={o.as_str() == form.outcome}>{i18n.t(&format!("dossier-outcome-{}", o.as_str()))}</option> }
        })
        .collect_view();
    let problems: Vec<(&str, &str)> = problem.iter().map(|p| (p.field(), p.message_id())).collect();
    let referral_text = d.referral.as_ref().map(|(service, desk)| {
        let service = i18n.t(&messages::service_name(service));
        match desk.as_ref().and_then(|slug| d.desks.iter().find(|(s, _)| s == slug)) {
            Some((_, name)) => format!("{service} — {name}"),
            None => service,
        }
    });
    let withdrawn = d.status == Status::Withdrawn;
    let handled_by = match (&d.claimed_by, d.claimed_by_me) {
        (_, true) => i18n.t("staff-claimed-by-you"),
        (Some(name), false) => i18n.t_with("staff-claimed-by", &[("name", name.clone().into())]),
        (None, _) => i18n.t("staff-not-claimed"),
    };
    let claim = (!withdrawn && !d.claimed_by_me).then(|| view! {
        <form method="post" action=paths::staff_claim(lang, d.id) class="dossier-decide">
            <button type="submit" class="button button--secondary">{i18n.t("staff-claim")}</button>
        </form>
    });
    let decide = (!withdrawn).then(|| view! {
        <section class="dossier-decide" aria-labelledby="decide-heading">
        <h2 id="decide-heading">{i18n.t("staff-decide-heading")}</h2>
        {error_summary(i18n, &problems, Who::Me)}
        <form method="post" action=paths::staff_dossier(lang, d.id) novalidate>
            <div class="form-group">
                <label for="status">{i18n.t("staff-col-status")}</label>
                <p class="hint" id="status-hint">{i18n.t("staff-status-hint")}</p>
                {field_error("status")}
                <select id="status" name="status" aria-describedby="status-hint">{statuses}</select>
            </div>
            <fieldset class="form-group" id="missing" aria-describedby=described("missing")>
                <legend>{i18n.t("staff-missing-legend")}</legend>
                <p class="hint">{i18n.t("staff-missing-hint")}</p>
                {field_error("missing")}
                {missing}
            </fieldset>
            <fieldset class="form-group">
                <legend>{i18n.t("staff-referral-legend")}</legend>
                <p class="hint">{i18n.t("staff-referral-hint")}</p>
                <div class="form-group">
                    <label for="referred-service">{i18n.t("staff-referral-service")}</label>
                    {field_error("referred-service")}
                    <select id="referred-service" name="referred_service" aria-describedby=described("referred-service")>
                        <option value="">{i18n.t("staff-choose")}</option>
                        {service_options}
                    </select>
                </div>
                <div class="form-group">
                    <label for="referred-desk">{i18n.t("staff-referral-desk")}</label>
                    <select id="referred-desk" name="referred_desk">
                        <option value="">{i18n.t("staff-referral-no-desk")}</option>
                        {desk_options}
                    </select>
                </div>
            </fieldset>
            <div class="form-group">
                <label for="outcome">{i18n.t("staff-outcome")}</label>
                <p class="hint" id="outcome-hint">{i18n.t("staff-outcome-hint")}</p>
                {field_error("outcome")}
                <select id="outcome" name="outcome" aria-describedby=format!("outcome-hint{}", described("outcome").map(|e| format!(" {e}")).unwrap_or_default())>
                    <option value="">{i18n.t("staff-choose")}</option>
                    {outcome_options}
                </select>
            </div>
            <div class="form-group">
                <label for="note">{i18n.t("staff-note")}</label>
                {field_error("note")}
                <textarea id="note" name="note" rows="3" aria-describedby=described("note")>{form.note.clone()}</textarea>
            </div>
            <button type="submit" class="button">{i18n.t("staff-save")}</button>
        </form>
        </section>
    });
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        {claim}
        <dl class="summary-list">
            <div class="summary-list__row"><dt>{i18n.t("staff-col-status")}</dt><dd>{status_name(i18n, d.status)}</dd></div>
            {referral_text.map(|text| view! {
                <div class="summary-list__row"><dt>{i18n.t("staff-referred-to")}</dt><dd data-referred>{text}</dd></div>
            })}
            {d.outcome.map(|o| view! {
                <div class="summary-list__row"><dt>{i18n.t("staff-outcome")}</dt><dd data-outcome>{i18n.t(&format!("dossier-outcome-{}", o.as_str()))}</dd></div>
            })}
            <div class="summary-list__row"><dt>{i18n.t("staff-col-handled-by")}</dt><dd data-handled-by>{handled_by}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-when")}</dt><dd>{when(i18n, d.starts_at, d.sent_on)}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-desk")}</dt><dd>{d.desk.clone()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-code")}</dt><dd dir="ltr">{d.code.shown()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-person")}</dt><dd>{d.name.clone().unwrap_or_default()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-contact")}</dt><dd dir="ltr">{d.contact.clone().unwrap_or_default()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-language")}</dt><dd>{person_language.clone()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-filled-by")}</dt><dd>{i18n.t(&format!("dossier-filled-by-{}", d.filled_by.as_str()))}</dd></div>
            {helpers}
            <div class="summary-list__row"><dt>{i18n.t("staff-channel")}</dt><dd data-channel>{i18n.t(&format!("dossier-channel-{}", d.channel.as_str()))}</dd></div>
            {d.recorded_by.clone().map(|name| view! {
                <div class="summary-list__row"><dt>{i18n.t("staff-recorded-by")}</dt><dd data-recorded-by>{name}</dd></div>
            })}
            {d.consent.map(|(how, at)| view! {
                <div class="summary-list__row">
                    <dt>{i18n.t("staff-consent")}</dt>
                    <dd data-consent=how.as_str()>{i18n.t_with(&format!("staff-consent-{}", how.as_str()), &[("when", format!("{} {}", date_text(i18n, at.date), at.time).into())])}</dd>
                </div>
            })}
            <div class="summary-list__row"><dt>{i18n.t("staff-area")}</dt><dd>{area_name.unwrap_or_default()}</dd></div>
        </dl>
        {d.person_note.clone().map(|note| view! {
            <h2>{i18n.t("staff-person-note")}</h2>
            <p class="hint">{i18n.t_with("staff-person-note-language", &[("language", person_language.clone().into())])}</p>
            <blockquote class="person-note" lang=d.language.clone() dir="auto">{note}</blockquote>
        })}
        <h2>{i18n.t("staff-answers-heading")}</h2>
        {no_answers}
        {(!d.answers.is_empty()).then(|| view! {
            <table class="answers">
                <thead><tr>
                    <th scope="col">{i18n.t("staff-question")}</th>
                    <th scope="col">{i18n.lang.endonym}</th>
                    {their_header}
                </tr></thead>
                <tbody>{answers}</tbody>
            </table>
        })}
        {fits}
        <h2>{i18n.t("staff-documents-heading")}</h2>
        <ul>{have}</ul>
        {mediator_section(i18n, &d)}
        {decide}
    }
    .into_any()
}

/// Whether a mediator comes, or the form that asks for one (a language, a day): mediators of
/// that language see the request and one of them takes it.
fn mediator_section(i18n: &I18n, d: &DossierView) -> impl IntoView {
    let lang = i18n.lang.code;
    let body = match (&d.mediator, d.status) {
        (Some(mark), _) => view! { <p data-mediator-mark>{mark_text(i18n, mark)}</p> }.into_any(),
        (None, Status::Withdrawn) => view! { <p>{i18n.t("staff-mediator-none")}</p> }.into_any(),
        (None, _) => {
            let languages = crate::content::language_codes()
                .into_iter()
                .filter(|l| *l != domain::lang::DEFAULT_LANG)
                .map(|l| view! { <option value=l selected=l == d.language lang=l>{language_name(i18n, l)}</option> })
                .collect_view();
            let day = d.starts_at.map(|at| at.date.to_string()).unwrap_or_default();
            let error = d.mediator_refused.then(|| view! { <p id="mediator-day-error" class="error-message">{i18n.t("staff-mediator-ask-error")}</p> });
            view! {
                <p>{i18n.t("staff-mediator-none")}</p>
                <form method="post" action=paths::staff_mediator_ask(lang, d.id)>
                    <div class="form-group">
                        <label for="mediator-language">{i18n.t("staff-col-language")}</label>
                        <select id="mediator-language" name="language">{languages}</select>
                    </div>
                    <div class="form-group" class:form-group--error=d.mediator_refused>
                        <label for="mediator-day">{i18n.t("staff-mediator-ask-day")}</label>
                        {error}
                        <input type="date" id="mediator-day" name="day" dir="ltr" value=day required=true
                            aria-describedby=d.mediator_refused.then_some("mediator-day-error")/>
                    </div>
                    <button type="submit" class="button button--secondary">{i18n.t("staff-mediator-ask")}</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="mediator">
            <h2 id="mediator" tabindex="-1">{i18n.t("staff-mediator-heading")}</h2>
            {body}
        </section>
    }
}
