//! Results: the services that fit (why, what they give, what to bring, who provides them),
//! then those that may fit, then the Sportello's first step and the services there for
//! everyone, then those that do not fit and why; where to turn right now first; the personal
//! document checklist that can be ticked; a printable version.

use crate::{
    components::{fits::fits_and_why, quick_exit::QuickExit, read_aloud::ReadAloud, side_by_side::side_by_side},
    content::{area, catalogue},
    i18n::{use_i18n, I18n},
    journey::{journey_page, JourneyState},
    pages::{check::answer_text, not_found::NotFound, redirect::Redirect},
    paths,
};
use domain::{
    condition::Truth,
    flow,
    journey::Draft,
    messages,
    results::{elsewhere, evaluate, Elsewhere, Fit, ServiceResult},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    journey_page(move |state| {
        let area_id = params.with(|p| p.get("area").unwrap_or_default());
        let print = query.with(|q| q.get("print").is_some());
        page(state, &area_id, print)
    })
}

fn page(state: JourneyState, area_id: &str, print: bool) -> AnyView {
    let i18n = use_i18n();
    let lang = i18n.lang.code;
    let Some(area) = area(area_id) else { return view! { <NotFound/> }.into_any() };
    let Some(draft) = state.draft.clone().filter(|d| d.area == area.id) else {
        return view! { <Redirect to=paths::journey_gone(lang, area)/> }.into_any();
    };
    // The server never trusts stored answers: anything missing, stale or invalid sends the
    // person back to that question.
    if let Some(problem) = flow::validate(catalogue(), area, &draft.answers, &state.municipality_codes()).first() {
        return view! { <Redirect to=paths::question(lang, &area.id, problem.question())/> }.into_any();
    }
    let results = evaluate(catalogue(), &area.id, &draft.answers);
    let title = if area.sensitive { i18n.t("title-neutral-results") } else { i18n.t("results-title") };
    let group = |fit: Fit| -> Vec<&ServiceResult<'_>> { results.services.iter().filter(|r| r.fit == fit).collect() };
    let fits = group(Fit::Fits);
    let may = group(Fit::MayFit);
    let always = group(Fit::Always);
    let not = group(Fit::DoesNotFit);
    let who = draft.who;

    let fits_view = (!fits.is_empty()).then(|| view! {
        <section aria-labelledby="fits-heading">
            <h2 id="fits-heading">{i18n.t_who("results-fits-heading", draft.who)}</h2>
            <ul class="service-list">{fits.iter().map(|r| service_item(&i18n, &draft, &state.municipalities, r, print)).collect_view()}</ul>
        </section>
    });
    let may_view = (!may.is_empty()).then(|| view! {
        <section aria-labelledby="may-heading">
            <h2 id="may-heading">{i18n.t("results-may-heading")}</h2>
            <p>{i18n.t_who("results-may-intro", who)}</p>
            <ul class="service-list">{may.iter().map(|r| service_item(&i18n, &draft, &state.municipalities, r, print)).collect_view()}</ul>
        </section>
    });
    let not_view = (!not.is_empty()).then(|| view! {
        <section aria-labelledby="not-heading">
            <h2 id="not-heading">{i18n.t_who("results-not-heading", who)}</h2>
            <ul class="service-list service-list--not">{not.iter().map(|r| service_item(&i18n, &draft, &state.municipalities, r, print)).collect_view()}</ul>
        </section>
    });
    // Never a dead end: with nothing that fits for sure, the first step is a talk at the
    // Sportello, offered just below.
    let none_fit = fits.is_empty().then(|| view! {
        <p class="callout">{i18n.t("results-none-fit")}" "<a href="#always-heading">{i18n.t("home-first-step-link")}</a></p>
    });
    // Where to turn right now, for this situation: 1522 and the anti-violence centre for
    // violence, the Pronto Intervento Sociale for a night without a roof, and so on.
    let urgent = (!results.urgent.is_empty()).then(|| view! {
        <div class="callout callout--urgent" role="region" aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">{i18n.t("results-urgent-heading")}</h2>
            <ul class="urgent-list">
                {results.urgent.iter().map(|s| view! {
                    <li data-urgent=s.id.clone()><strong>{i18n.t(&messages::service_name(&s.id))}</strong>": "{i18n.t(&messages::service_urgent(&s.id))}</li>
                }).collect_view()}
            </ul>
        </div>
    });
    let always_view = (!always.is_empty()).then(|| view! {
        <section aria-labelledby="always-heading">
            <h2 id="always-heading">{i18n.t("results-always-heading")}</h2>
            <p>{i18n.t("results-always-intro")}</p>
            <ul class="service-list">{always.iter().map(|r| service_item(&i18n, &draft, &state.municipalities, r, print)).collect_view()}</ul>
        </section>
    });
    let pua_note = results
        .checklist
        .iter()
        .any(|item| item.for_services.iter().any(|id| catalogue().service(id).is_some_and(domain::catalogue::Service::goes_through_the_pua)))
        .then(|| view! { <p class="callout">{i18n.t("checklist-pua-note")}</p> });
    let checklist = checklist_view(&i18n, &draft, &results.checklist);
    let all_answers = draft.all_answers();
    let others = elsewhere(catalogue(), &area.id, &all_answers);
    let elsewhere_view = (!others.is_empty() && !print).then(|| elsewhere_view(&i18n, &area.id, &others));
    let print_href = format!("{}?print=1", paths::results(lang, &area.id));
    let beside = |other: &I18n| results_beside(other, &draft, &results.checklist);
    let main = view! {
        <h1>{title.clone()}</h1>
        {urgent}
        <p class="lead">{i18n.t_who("results-intro", draft.who)}</p>
        <ReadAloud/>
        {none_fit}
        {fits_view}
        {may_view}
        {always_view}
        {checklist}
        {pua_note}
        {elsewhere_view}
        {not_view}
        <h2>{i18n.t("results-next-heading")}</h2>
        <ul class="next-steps">
            <li><a href=paths::check(lang, &area.id)>{i18n.t("results-change-answers")}</a></li>
            {(!print).then(|| view! { <li><a href=print_href rel="external">{i18n.t("results-print")}</a></li> })}
            <li><a href=paths::page(lang, "") rel="external">{i18n.t("results-start-again")}</a></li>
        </ul>
    };
    view! {
        {area.sensitive.then(|| view! { <QuickExit/> })}
        <Title text=title/>
        {side_by_side(state.assisted.as_ref(), main.into_any(), beside)}
    }
    .into_any()
}

/// The results in the other language of an assisted journey: the services that fit and why,
/// those to ask about, and the documents to bring with what each is and where to get it.
fn results_beside(i18n: &I18n, draft: &Draft, checklist: &[domain::results::ChecklistItem<'_>]) -> AnyView {
    let documents = checklist
        .iter()
        .map(|item| {
            let id = &item.document.id;
            view! {
                <li>
                    <strong>{i18n.t(&messages::document_name(id))}</strong>
                    <p>{i18n.t(&messages::document_what(id))}</p>
                    <p>{i18n.t(&messages::document_where(id))}</p>
                </li>
            }
        })
        .collect_view();
    let documents = if checklist.is_empty() {
        view! { <p>{i18n.t("results-no-documents")}</p> }.into_any()
    } else {
        view! { <ul class="beside-documents">{documents}</ul> }.into_any()
    };
    view! {
        <h2>{i18n.t("results-title")}</h2>
        {fits_and_why(i18n, draft, 3)}
        <h3>{i18n.t("checklist-heading")}</h3>
        {documents}
    }
    .into_any()
}

/// One service, expandable (open when printing).
fn service_item(
    i18n: &I18n,
    draft: &Draft,
    municipalities: &[(String, String)],
    result: &ServiceResult<'_>,
    print: bool,
) -> impl IntoView {
    let s = result.service;
    let reasons = result
        .reasons
        .iter()
        .map(|reason| {
            let said = reason
                .said
                .iter()
                .filter_map(|(qid, answer)| {
                    let q = catalogue().question(qid)?;
                    Some(format!("{}: {}", i18n.t(&messages::question_short(qid)), answer_text(i18n, draft.who, q, answer, municipalities)))
                })
                .collect::<Vec<_>>()
                .join("; ");
            let prefix = match reason.truth {
                Truth::Unknown => i18n.t("results-ask-at-desk"),
                _ => String::new(),
            };
            let said = (!said.is_empty()).then(|| {
                view! { <span class="reason__said">{i18n.t_with("results-you-said", &[("answers", said.into())])}</span> }
            });
            view! {
                <li class="reason">
                    {(!prefix.is_empty()).then(|| view! { <strong>{prefix}" "</strong> })}
                    {i18n.t(&messages::rule(&reason.rule.id))}
                    " "
                    {said}
                </li>
            }
        })
        .collect_view();
    let documents: Vec<_> = result.documents.iter().map(|id| i18n.t(&messages::document_name(id))).collect();
    let fits = result.is_offered();
    let why_heading = if fits { i18n.t_who("results-why-fits", draft.who) } else { i18n.t_who("results-why-not", draft.who) };
    let body = fits.then(|| {
        view! {
            <p>{i18n.t(&messages::service_gives(&s.id))}</p>
            <h3>{i18n.t("results-for-whom")}</h3>
            <p>{i18n.t(&messages::service_for(&s.id))}</p>
        }
    });
    let details = fits.then(|| {
        let docs = if documents.is_empty() {
            view! { <p>{i18n.t("results-no-documents")}</p> }.into_any()
        } else {
            view! { <ul>{documents.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
        };
        view! {
            <h3>{i18n.t("results-what-to-bring")}</h3>
            {docs}
            <h3>{i18n.t("results-who-provides")}</h3>
            <p>{i18n.t(&messages::provider(&s.provider))}</p>
            {s.goes_through_the_pua().then(|| view! { <p>{i18n.t("results-pua-route")}</p> })}
            <h3>{i18n.t("results-how-long")}</h3>
            <p>{i18n.t(&messages::time(&s.time))}</p>
            {(s.provider != "emergency").then(|| view! {
                <p><a class="button button--secondary" href=paths::desks_for(i18n.lang.code, &s.id, draft.lives_in(catalogue())) rel="external">{i18n.t("results-find-desk")}<span class="visually-hidden">{format!(": {}", i18n.t(&messages::service_name(&s.id)))}</span></a></p>
            })}
            <p><a href=s.link.clone() rel="external noreferrer">{i18n.t("results-official-page")}<span class="visually-hidden">{format!(": {}", i18n.t(&messages::service_name(&s.id)))}</span></a></p>
            <p class="service__law">{i18n.t_with("results-law", &[("law", s.law.clone().into()), ("checked", s.checked.clone().into())])}</p>
        }
    });
    let reasons_view = (!result.reasons.is_empty()).then(|| view! {
        <h3>{why_heading}</h3>
        <ul class="reasons">{reasons}</ul>
    });
    view! {
        <li class="service" data-service=s.id.clone() class:service--urgent=s.urgent && result.fit == Fit::Fits>
            <details open=print>
                <summary><span class="service__name">{i18n.t(&messages::service_name(&s.id))}</span></summary>
                <div class="service__body">
                    {body}
                    {reasons_view}
                    {details}
                </div>
            </details>
        </li>
    }
}

/// The personal list of documents, each with what it is and where to get it; "I have this"
/// boxes are saved with the draft (and travel with the request to the desk).
fn checklist_view(i18n: &I18n, draft: &Draft, items: &[domain::results::ChecklistItem<'_>]) -> AnyView {
    let lang = i18n.lang.code;
    if items.is_empty() {
        return view! {
            <section id="checklist" aria-labelledby="checklist-heading">
                <h2 id="checklist-heading">{i18n.t("checklist-heading")}</h2>
                <p>{i18n.t("results-no-documents")}</p>
            </section>
        }
        .into_any();
    }
    let rows = items
        .iter()
        .map(|item| {
            let id = item.document.id.clone();
            let input_id = format!("have-{id}");
            let hint_id = format!("have-{id}-hint");
            view! {
                <li class="choice choice--document">
                    <input type="checkbox" id=input_id.clone() name="have" value=id.clone() checked=draft.have.contains(&id) aria-describedby=hint_id.clone()/>
                    <label for=input_id>{i18n.t(&messages::document_name(&id))}</label>
                    <div class="choice__hint" id=hint_id>
                        <p>{i18n.t(&messages::document_what(&id))}</p>
                        <p>{i18n.t(&messages::document_where(&id))}</p>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{i18n.t("checklist-heading")}</h2>
            <p>{i18n.t("checklist-intro")}</p>
            // Ticks are saved as they are made by `/enhance.js` (`data-autosave`); the button
            // saves them without JavaScript.
            <form method="post" action=format!("{}/checklist", paths::results(lang, &draft.area)) data-autosave>
                <fieldset>
                    <legend class="visually-hidden">{i18n.t("checklist-heading")}</legend>
                    <ul class="checklist">{rows}</ul>
                </fieldset>
                <button type="submit" class="button button--secondary">{i18n.t("checklist-save")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// Services of other areas that the answers already make likely, each area with a button that
/// goes on there asking only what is not known yet (a form: it works without JavaScript).
fn elsewhere_view(i18n: &I18n, area: &str, others: &[Elsewhere<'_>]) -> AnyView {
    let lang = i18n.lang.code;
    let areas = others
        .iter()
        .map(|other| {
            let heading_id = format!("elsewhere-{}", other.area.id);
            let services = other
                .services
                .iter()
                .map(|r| {
                    let fit = if r.fit == Fit::Fits { "results-elsewhere-fits" } else { "results-elsewhere-may" };
                    view! {
                        <li data-service=r.service.id.clone()>
                            {i18n.t(&messages::service_name(&r.service.id))}" ("{i18n.t(fit)}")"
                        </li>
                    }
                })
                .collect_view();
            let button = i18n.t_with("results-elsewhere-continue", &[("count", other.to_answer.into())]);
            view! {
                <section class="elsewhere" aria-labelledby=heading_id.clone() data-area=other.area.id.clone()>
                    <h3 id=heading_id.clone()>{i18n.t(&messages::area_title(&other.area.id))}</h3>
                    <ul>{services}</ul>
                    <form method="post" action=paths::continue_from(lang, area)>
                        <input type="hidden" name="to" value=other.area.id.clone()/>
                        <button type="submit" class="button button--secondary">{button}<span class="visually-hidden">{format!(": {}", i18n.t(&messages::area_title(&other.area.id)))}</span></button>
                    </form>
                </section>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="elsewhere-heading">
            <h2 id="elsewhere-heading">{i18n.t("results-elsewhere-heading")}</h2>
            <p>{i18n.t("results-elsewhere-intro")}</p>
            {areas}
        </section>
    }
    .into_any()
}
