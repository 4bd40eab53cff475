//! Check your answers (GOV.UK pattern): every answer on the path, each with a "Change" link
//! that comes back here; then the results.

use crate::{
    components::{quick_exit::QuickExit, side_by_side::side_by_side},
    content::{area, catalogue},
    i18n::{use_i18n, I18n},
    journey::{journey_page, JourneyState},
    pages::{not_found::NotFound, redirect::Redirect},
    paths,
};
use domain::{
    answers::{Answer, OTHER_MUNICIPALITY},
    catalogue::{Area, Question, QuestionKind},
    flow,
    journey::{Draft, Who},
    messages,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// An answer in words: option labels (phrased for who needs help: "I am retired" or "is
/// retired"), the number with its unit, or the municipality's name (`municipalities`: the
/// network's, (ISTAT code, name)).
pub fn answer_text(
    i18n: &I18n,
    who: Who,
    question: &Question,
    answer: &Answer,
    municipalities: &[(String, String)],
) -> String {
    match (answer, &question.kind) {
        (Answer::One(code), QuestionKind::Municipality) if code != OTHER_MUNICIPALITY => municipalities
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.clone(), |(_, name)| name.clone()),
        (Answer::Number(n), QuestionKind::Number { unit, .. }) => {
            let word = i18n.t_with(&messages::unit_count(unit), &[("count", (*n).into())]);
            format!("{} {word}", i18n.number(*n))
        }
        (Answer::Number(n), _) => i18n.number(*n),
        (Answer::One(v), _) => i18n.t_who(&messages::option(&question.id, v), who),
        (Answer::Many(list), _) => list
            .iter()
            .map(|v| i18n.t_who(&messages::option(&question.id, v), who))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let params = use_params_map();
    journey_page(move |state| page(state, &params.with(|p| p.get("area").unwrap_or_default())))
}

fn page(state: JourneyState, area_id: &str) -> AnyView {
    let i18n = use_i18n();
    let lang = i18n.lang.code;
    let Some(area) = area(area_id) else { return view! { <NotFound/> }.into_any() };
    let Some(draft) = state.draft.clone().filter(|d| d.area == area.id) else {
        return view! { <Redirect to=paths::journey_gone(lang, area)/> }.into_any();
    };
    if let Some(open) = flow::next(catalogue(), area, &draft.answers) {
        return view! { <Redirect to=paths::question(lang, &area.id, &open.id)/> }.into_any();
    }
    let title = i18n.t("check-title");
    let main = view! {
        <h1>{title.clone()}</h1>
        <p>{i18n.t("check-intro")}</p>
        {answers_list(&i18n, &state, &draft, area, true)}
        <p><a class="button" href=paths::results(lang, &area.id)>{i18n.t("check-see-results")}</a></p>
    };
    let beside = |other: &I18n| {
        view! {
            <h2>{other.t("check-title")}</h2>
            {answers_list(other, &state, &draft, area, false)}
        }
        .into_any()
    };
    view! {
        {area.sensitive.then(|| view! { <QuickExit/> })}
        <Title text=title/>
        {side_by_side(state.assisted.as_ref(), main.into_any(), beside)}
    }
    .into_any()
}

/// Who needs help and every answer on the path, in `i18n`'s language; with a "Change" link each
/// when `change` (the page's own column, not the one beside it).
fn answers_list(i18n: &I18n, state: &JourneyState, draft: &Draft, area: &Area, change: bool) -> impl IntoView {
    let lang = i18n.lang.code;
    let row = |label: String, answer: String, href: String| {
        let link = change.then(|| {
            let change = i18n.t("change");
            view! {
                <dd class="summary-list__action">
                    <a href=href>{change}<span class="visually-hidden">{format!(" {label}")}</span></a>
                </dd>
            }
        });
        view! {
            <div class="summary-list__row">
                <dt>{label.clone()}</dt>
                <dd>{answer}</dd>
                {link}
            </div>
        }
    };
    let who = row(
        i18n.t("who-legend"),
        i18n.t(&format!("who-{}", draft.who.as_str())),
        format!("{}?who={}&area={}", paths::page(lang, ""), draft.who.as_str(), area.id),
    );
    let rows = flow::asked(catalogue(), area, &draft.answers)
        .into_iter()
        .filter_map(|q| draft.answers.get(&q.id).map(|a| (q, a)))
        .map(|(q, a)| {
            row(
                i18n.t(&messages::question_short(&q.id)),
                answer_text(i18n, draft.who, q, a, &state.municipalities),
                format!("{}?return=check", paths::question(lang, &area.id, &q.id)),
            )
        })
        .collect_view();
    view! { <dl class="summary-list">{who}{rows}</dl> }
}
