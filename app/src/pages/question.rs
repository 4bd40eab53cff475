//! One question per page (GOV.UK pattern). The form posts to the server and works without
//! JavaScript; in the browser app the answer is checked and the next question shown at once,
//! while the answer is saved in the background.

use crate::{
    components::{quick_exit::QuickExit, read_aloud::ReadAloud},
    content::{area, catalogue},
    i18n::{use_i18n, I18n},
    journey::{journey_resource, JourneyState, JourneyStore},
    pages::{not_found::NotFound, redirect::Redirect},
    paths,
};
use domain::{
    answers::{Answer, AnswerError, OTHER_MUNICIPALITY},
    catalogue::{Question, QuestionKind},
    flow,
    journey::{Draft, Refused, Who},
    messages,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let journey = journey_resource();
    let store = expect_context::<JourneyStore>();
    // Keyed by question: a new question gets fresh form fields. (Patched in place, a checked
    // "yes" radio of the last question would turn into a checked first box of this one.)
    let key = move || {
        let (area, question) = params.with(|p| {
            (p.get("area").unwrap_or_default(), p.get("question").unwrap_or_default())
        });
        let back_to_check = query.with(|q| q.get("return").is_some_and(|r| r == "check"));
        vec![(area, question, back_to_check)]
    };
    view! {
        <Suspense fallback=|| ()>
            <For each=key key=|k| k.clone() let:key>
                {move || {
                    let (area_id, question_id, back_to_check) = key.clone();
                    // The browser's own copy wins once it exists (it holds answers not yet saved).
                    let state = store.0.get().or_else(|| journey.get().and_then(Result::ok));
                    state.map(|state| page(state, &area_id, &question_id, back_to_check))
                }}
            </For>
        </Suspense>
    }
}

fn page(state: JourneyState, area_id: &str, question_id: &str, back_to_check: bool) -> AnyView {
    let i18n = use_i18n();
    let lang = i18n.lang.code;
    let Some(area) = area(area_id) else { return view! { <NotFound/> }.into_any() };
    let Some(draft) = state.draft.filter(|d| d.area == area.id) else {
        return view! { <Redirect to=paths::journey_gone(lang, area)/> }.into_any();
    };
    let path = flow::asked(catalogue(), area, &draft.answers);
    let Some(position) = path.iter().position(|q| q.id == question_id) else {
        let next = match flow::next(catalogue(), area, &draft.answers) {
            Some(q) => paths::question(lang, &area.id, &q.id),
            None => paths::check(lang, &area.id),
        };
        return view! { <Redirect to=next/> }.into_any();
    };
    let question = path[position];
    let refused = state.refused.filter(|r| r.question == question.id);
    let back = if back_to_check {
        paths::check(lang, &area.id)
    } else if position == 0 {
        format!("{}?who={}&area={}", paths::page(lang, ""), draft.who.as_str(), area.id)
    } else {
        paths::question(lang, &area.id, &path[position - 1].id)
    };
    let progress = i18n.t_with(
        "question-progress",
        &[("current", (position + 1).into()), ("total", path.len().into())],
    );
    view! {
        {area.sensitive.then(|| view! { <QuickExit/> })}
        <a class="back-link" href=back>{i18n.t("back")}</a>
        <QuestionForm
            question=question.clone()
            draft=draft.clone()
            municipalities=state.municipalities.clone()
            refused
            progress
            sensitive=area.sensitive
            back_to_check
        />
        <ReadAloud/>
    }
    .into_any()
}

/// The values to show in the field: what was just refused, else the saved answer.
fn shown_values(question: &Question, draft: &Draft, refused: &Option<Refused>) -> Vec<String> {
    if let Some(r) = refused {
        return r.values.clone();
    }
    match draft.answers.get(&question.id) {
        Some(Answer::Number(n)) => vec![n.to_string()],
        Some(Answer::One(v)) => vec![v.clone()],
        Some(Answer::Many(list)) => list.clone(),
        None => Vec::new(),
    }
}

fn error_message(i18n: &I18n, error: AnswerError, question: &Question) -> String {
    let (min, max) = match question.kind {
        QuestionKind::Number { min, max, .. } => (min, max),
        _ => (0, 0),
    };
    i18n.t_with(
        &format!("error-{}", error.code()),
        &[("min", min.into()), ("max", max.into())],
    )
}

#[component]
fn QuestionForm(
    question: Question,
    draft: Draft,
    municipalities: Vec<(String, String)>,
    refused: Option<Refused>,
    progress: String,
    sensitive: bool,
    back_to_check: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.code;
    let who = draft.who;
    let text = i18n.t_who(&messages::question(&question.id), who);
    let title = if sensitive { i18n.t("title-neutral-question") } else { text.clone() };
    let action = paths::question(lang, &draft.area, &question.id);
    let initial_error = refused.as_ref().map(|r| error_message(&i18n, r.error, &question));
    let values = shown_values(&question, &draft, &refused);
    // An error found in the browser replaces the server's (same words, same place).
    let error = RwSignal::new(initial_error);
    let first_field = match &question.kind {
        QuestionKind::Number { .. } | QuestionKind::Municipality => "value".to_owned(),
        kind => format!("value-{}", kind.options()[0]),
    };
    // The tab's title. In the browser it follows the error shown; on the server it is plain
    // text: leptos_meta reads a title after the render's reactive arena has gone, and reading a
    // signal there panics (`sandboxed-arenas`; one render in a few hundred under CPU load, found
    // by `cargo xtask stress`).
    let title_with = {
        let prefix = i18n.t("error-prefix");
        let title = title.clone();
        move |has_error: bool| if has_error { format!("{prefix} {title}") } else { title.clone() }
    };
    #[cfg(feature = "hydrate")]
    let full_title = leptos::text_prop::TextProp::from(move || title_with(error.get().is_some()));
    #[cfg(not(feature = "hydrate"))]
    let full_title = leptos::text_prop::TextProp::from(title_with(error.get_untracked().is_some()));

    #[cfg(feature = "hydrate")]
    let on_submit = {
        let question = question.clone();
        let draft = draft.clone();
        let municipalities = municipalities.clone();
        let i18n = i18n.clone();
        let store = expect_context::<JourneyStore>();
        let navigate = leptos_router::hooks::use_navigate();
        move |event: leptos::ev::SubmitEvent| {
            crate::enhance::submit_answer(
                event, &i18n, &question, &draft, &municipalities, back_to_check, error, store, &navigate,
            );
        }
    };
    #[cfg(not(feature = "hydrate"))]
    let on_submit = move |_event: leptos::ev::SubmitEvent| {};

    let field = question_field(&i18n, who, &question, &values, &municipalities, text.clone(), error);
    let why = question.why.then(|| {
        view! {
            <details class="details">
                <summary>{i18n.t("why-we-ask")}</summary>
                <div class="details__text">{i18n.t(&messages::question_why(&question.id))}</div>
            </details>
        }
    });
    let term = question.term.then(|| {
        view! {
            <details class="details">
                <summary>{i18n.t(&messages::question_term_title(&question.id))}</summary>
                <div class="details__text">{i18n.t(&messages::question_term(&question.id))}</div>
            </details>
        }
    });
    let summary_title = i18n.t("error-summary-title");
    view! {
        <Title text=full_title/>
        {move || error.get().map(|message| view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{summary_title.clone()}</h2>
                <ul><li><a href=format!("#{first_field}")>{message}</a></li></ul>
            </div>
        })}
        <p class="progress">{progress}</p>
        <form class="question-form" method="post" action=action novalidate on:submit=on_submit>
            {back_to_check.then(|| view! { <input type="hidden" name="return" value="check"/> })}
            {field}
            {term}
            {why}
            <button type="submit" class="button">{i18n.t("start-continue")}</button>
        </form>
    }
}

/// The field for a question: radios, checkboxes or a number box. The question text is the
/// page's `h1`, inside the legend (choices) or around the label (number), as GOV.UK does.
fn question_field(
    i18n: &I18n,
    who: Who,
    question: &Question,
    values: &[String],
    municipalities: &[(String, String)],
    text: String,
    error: RwSignal<Option<String>>,
) -> AnyView {
    let error_view = move || {
        error.get().map(|message| view! {
            <p id="value-error" class="error-message">{message}</p>
        })
    };
    let group_class = move || if error.get().is_some() { "form-group form-group--error" } else { "form-group" };
    let described = move || error.get().map(|_| "value-error");
    match &question.kind {
        QuestionKind::Number { unit, .. } => {
            let unit_text = i18n.t(&messages::unit(unit));
            let value = values.first().cloned().unwrap_or_default();
            view! {
                <div class=group_class>
                    <h1 class="label-wrapper"><label for="value">{text}</label></h1>
                    {error_view}
                    <div class="input-with-unit">
                        <input
                            class="input input--number"
                            id="value"
                            name="value"
                            type="text"
                            inputmode="numeric"
                            autocomplete="off"
                            spellcheck="false"
                            value=value
                            aria-describedby=described
                            aria-invalid=move || error.get().is_some().then_some("true")
                        />
                        <span class="input-unit">{unit_text}</span>
                    </div>
                </div>
            }
            .into_any()
        }
        QuestionKind::Municipality => {
            // A native list: it works without JavaScript, with the keyboard (typing a name's
            // first letters) and on a phone; the municipalities are the directory's.
            let chosen = values.first().cloned().unwrap_or_default();
            let option = |value: String, label: String| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{label}</option> }
            };
            let towns = municipalities
                .iter()
                .map(|(code, name)| option(code.clone(), name.clone()))
                .collect_view();
            let other = option(OTHER_MUNICIPALITY.to_owned(), i18n.t_who(&messages::option(&question.id, OTHER_MUNICIPALITY), who));
            view! {
                <div class=group_class>
                    <h1 class="label-wrapper"><label for="value">{text}</label></h1>
                    {error_view}
                    <select
                        class="input--select"
                        id="value"
                        name="value"
                        aria-describedby=described
                        aria-invalid=move || error.get().is_some().then_some("true")
                    >
                        {option(String::new(), i18n.t("municipality-choose"))}
                        {towns}
                        {other}
                    </select>
                </div>
            }
            .into_any()
        }
        kind => {
            let multiple = matches!(kind, QuestionKind::Multiple { .. });
            let input_type = if multiple { "checkbox" } else { "radio" };
            let hint = multiple.then(|| view! { <p class="hint" id="value-hint">{i18n.t("choose-all-that-apply")}</p> });
            let options = kind
                .options()
                .into_iter()
                .map(|option| {
                    let id = format!("value-{option}");
                    let checked = values.iter().any(|v| v == option);
                    view! {
                        <div class="choice" class:choice--radio=!multiple>
                            <input type=input_type id=id.clone() name="value" value=option checked=checked/>
                            <label for=id>{i18n.t_who(&messages::option(&question.id, option), who)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class=group_class>
                    <fieldset aria-describedby=move || {
                        let mut ids = Vec::new();
                        if multiple { ids.push("value-hint"); }
                        if error.get().is_some() { ids.push("value-error"); }
                        (!ids.is_empty()).then(|| ids.join(" "))
                    }>
                        <legend><h1 class="legend-page">{text}</h1></legend>
                        {hint}
                        {error_view}
                        <div class="choices">{options}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
    }
}
