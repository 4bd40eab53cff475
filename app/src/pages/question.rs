//! One question per page (GOV.UK pattern). The form posts to the server and works without
//! JavaScript. The form is an island (`QuestionIsland`), the only WebAssembly of the site: in
//! the browser it checks the answer with the server's rules, shows the next question at once
//! (the address, the history, the tab's title, focus and the screen reader follow) and saves the
//! answer in the background.

use crate::{
    components::{quick_exit::QuickExit, read_aloud::ReadAloud, side_by_side::side_by_side},
    content::{area, catalogue},
    i18n::{use_i18n, I18n},
    journey::{journey_page, JourneyState},
    pages::{not_found::NotFound, redirect::Redirect},
    paths,
};
use domain::{
    answers::{Answer, AnswerError, OTHER_MUNICIPALITY},
    catalogue::{Area, Question, QuestionKind},
    flow,
    journey::{Draft, Refused, Who},
    messages,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// The route's page, on the server: the journey its handler loaded, and the island that shows
/// the question (or "not found", or a redirect to the question the person is at).
#[component]
pub fn QuestionPage() -> impl IntoView {
    let (area_id, question_id) =
        use_params_map().with_untracked(|p| (p.get("area").unwrap_or_default(), p.get("question").unwrap_or_default()));
    let back_to_check = use_query_map().with_untracked(|q| q.get("return").is_some_and(|r| r == "check"));
    journey_page(move |state| {
        let i18n = use_i18n();
        let place = match find(&state, i18n.lang.code, &area_id, &question_id) {
            Lookup::Here(place) => place,
            Lookup::Unknown => return view! { <NotFound/> }.into_any(),
            Lookup::Elsewhere(to) => return view! { <Redirect to/> }.into_any(),
        };
        let refused = state.refused.as_ref().is_some_and(|r| r.question == question_id);
        let title = tab_title(&i18n, place.question(), place.draft.who, place.area.sensitive, refused);
        let island = view! { <QuestionIsland state=state.clone() area=area_id.clone() question=question_id.clone() back_to_check/> };
        let beside = |other: &I18n| question_beside(other, place.question(), place.draft.who, state.refused.as_ref().filter(|_| refused));
        view! {
            <Title text=title/>
            {side_by_side(state.assisted.as_ref(), island.into_any(), beside)}
        }
        .into_any()
    })
}

/// The question in the other language of an assisted journey: its words and its choices, not
/// its fields.
fn question_beside(i18n: &I18n, question: &Question, who: Who, refused: Option<&Refused>) -> AnyView {
    let error = refused.map(|r| view! { <p class="error-message">{error_message(i18n, r.error, question)}</p> });
    let choices = match &question.kind {
        QuestionKind::Number { unit, .. } => view! { <p>{i18n.t(&messages::unit(unit))}</p> }.into_any(),
        QuestionKind::Municipality => ().into_any(),
        kind => {
            let hint = matches!(kind, QuestionKind::Multiple { .. }).then(|| view! { <p class="hint">{i18n.t("choose-all-that-apply")}</p> });
            let options = kind
                .options()
                .into_iter()
                .map(|option| view! { <li>{i18n.t_who(&messages::option(&question.id, option), who)}</li> })
                .collect_view();
            view! { {hint} <ul class="beside-options">{options}</ul> }.into_any()
        }
    };
    let details = |title: String, text: String| view! {
        <details class="details">
            <summary>{title}</summary>
            <div class="details__text">{text}</div>
        </details>
    };
    view! {
        <h2 class="beside-question">{i18n.t_who(&messages::question(&question.id), who)}</h2>
        {error}
        {choices}
        {question.term.then(|| details(i18n.t(&messages::question_term_title(&question.id)), i18n.t(&messages::question_term(&question.id))))}
        {question.why.then(|| details(i18n.t("why-we-ask"), i18n.t(&messages::question_why(&question.id))))}
    }
    .into_any()
}

/// Where a question stands in the person's journey.
struct Place<'a> {
    area: &'static Area,
    draft: &'a Draft,
    /// The questions asked, given the answers so far.
    path: Vec<&'static Question>,
    position: usize,
}

impl Place<'_> {
    fn question(&self) -> &'static Question {
        self.path[self.position]
    }
}

enum Lookup<'a> {
    Here(Place<'a>),
    Unknown,
    /// The journey is elsewhere: gone (back to the home page), or at another question.
    Elsewhere(String),
}

fn find<'a>(state: &'a JourneyState, lang: &str, area_id: &str, question_id: &str) -> Lookup<'a> {
    let Some(area) = area(area_id) else { return Lookup::Unknown };
    let Some(draft) = state.draft.as_ref().filter(|d| d.area == area.id) else {
        return Lookup::Elsewhere(paths::journey_gone(lang, area));
    };
    let path = flow::asked(catalogue(), area, &draft.answers);
    match path.iter().position(|q| q.id == question_id) {
        Some(position) => Lookup::Here(Place { area, draft, path, position }),
        None => Lookup::Elsewhere(match flow::next(catalogue(), area, &draft.answers) {
            Some(q) => paths::question(lang, &area.id, &q.id),
            None => paths::check(lang, &area.id),
        }),
    }
}

/// The tab's title: the question (a neutral one in a sensitive area, which someone glancing at
/// the tabs must not read), after "Error:" while an answer is refused.
fn tab_title(i18n: &I18n, question: &Question, who: Who, sensitive: bool, has_error: bool) -> String {
    let title = if sensitive { i18n.t("title-neutral-question") } else { i18n.t_who(&messages::question(&question.id), who) };
    if has_error {
        format!("{} {title}", i18n.t("error-prefix"))
    } else {
        title
    }
}

/// The question the island shows: the address it stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) struct Shown {
    pub(crate) question: String,
    /// Answering goes back to the check page (the person came to change an answer).
    pub(crate) back_to_check: bool,
}

impl Shown {
    pub(crate) fn path(&self, lang: &str, area: &str) -> String {
        let path = paths::question(lang, area, &self.question);
        if self.back_to_check { format!("{path}?return=check") } else { path }
    }
}

/// The island's state, for the form inside it: the journey as the browser knows it (answers
/// not yet saved included) and the question shown.
#[derive(Clone, Copy)]
pub(crate) struct Journey {
    pub(crate) lang: &'static str,
    pub(crate) area: &'static str,
    pub(crate) state: RwSignal<JourneyState>,
    pub(crate) shown: RwSignal<Shown>,
}

/// The question form, its links and its help: everything on a question page that changes from
/// one question to the next. Its props are the journey its handler loaded, sent with the page.
// `#[island]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[island]
pub fn QuestionIsland(state: JourneyState, area: String, question: String, back_to_check: bool) -> impl IntoView {
    let lang = use_i18n().lang.code;
    let Some(area) = crate::content::area(&area) else { return view! { <NotFound/> }.into_any() };
    let journey = Journey {
        lang,
        area: &area.id,
        state: RwSignal::new(state),
        shown: RwSignal::new(Shown { question, back_to_check }),
    };
    provide_context(journey);
    #[cfg(feature = "hydrate")]
    crate::enhance::follow_history(journey);
    // Keyed by question: a new question gets fresh form fields. (Patched in place, a checked
    // "yes" radio of the last question would turn into a checked first box of this one.)
    view! {
        <For
            each=move || [journey.shown.get()]
            key=Clone::clone
            children=move |shown: Shown| page(journey, &shown)
        />
    }
    .into_any()
}

fn page(journey: Journey, shown: &Shown) -> AnyView {
    let i18n = use_i18n();
    let lang = journey.lang;
    let state = journey.state.get_untracked();
    let place = match find(&state, lang, journey.area, &shown.question) {
        Lookup::Here(place) => place,
        Lookup::Unknown => return view! { <NotFound/> }.into_any(),
        Lookup::Elsewhere(to) => return view! { <Redirect to/> }.into_any(),
    };
    let question = place.question();
    let Place { area, draft, ref path, position } = place;
    let refused = state.refused.clone().filter(|r| r.question == question.id);
    let back_to_check = shown.back_to_check;
    // In an assisted journey every step is a page from the server, which shows the other
    // language beside it.
    let in_browser = state.assisted.is_none();
    // The question before, when Back stays among the questions (the island shows it at once).
    let previous = (in_browser && !back_to_check && position > 0)
        .then(|| Shown { question: path[position - 1].id.clone(), back_to_check: false });
    let back = if back_to_check {
        paths::check(lang, &area.id)
    } else if let Some(previous) = &previous {
        previous.path(lang, &area.id)
    } else {
        format!("{}?who={}&area={}", paths::page(lang, ""), draft.who.as_str(), area.id)
    };
    let on_back = move |event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        if let Some(previous) = previous.clone() {
            crate::enhance::follow_link(&event, journey, previous);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&event, &previous);
    };
    let progress = i18n.t_with(
        "question-progress",
        &[("current", (position + 1).into()), ("total", path.len().into())],
    );
    view! {
        {area.sensitive.then(|| view! { <QuickExit/> })}
        <a class="back-link" href=back on:click=on_back>{i18n.t("back")}</a>
        <QuestionForm
            question=question.clone()
            draft=draft.clone()
            municipalities=state.municipalities.clone()
            refused
            progress
            sensitive=area.sensitive
            back_to_check
            in_browser
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
    /// Whether the next question may show at once (else the form posts to the server).
    in_browser: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.code;
    let who = draft.who;
    let text = i18n.t_who(&messages::question(&question.id), who);
    let action = paths::question(lang, &draft.area, &question.id);
    let initial_error = refused.as_ref().map(|r| error_message(&i18n, r.error, &question));
    let values = shown_values(&question, &draft, &refused);
    // An error found in the browser replaces the server's (same words, same place).
    let error = RwSignal::new(initial_error);
    let first_field = match &question.kind {
        QuestionKind::Number { .. } | QuestionKind::Municipality => "value".to_owned(),
        kind => format!("value-{}", kind.options()[0]),
    };
    // The tab's title follows the error shown. (On the server the page sets it, as plain text:
    // leptos_meta reads titles after the render's reactive arena has gone, and reading a signal
    // there panics under `sandboxed-arenas`, found by `cargo xtask stress`.)
    #[cfg(feature = "hydrate")]
    {
        let i18n = i18n.clone();
        let question = question.clone();
        Effect::new(move |_| {
            let title = tab_title(&i18n, &question, who, sensitive, error.get().is_some());
            document().set_title(&i18n.page_title(&title));
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = sensitive;

    #[cfg(feature = "hydrate")]
    let on_submit = {
        let question = question.clone();
        let draft = draft.clone();
        let i18n = i18n.clone();
        let journey = expect_context::<Journey>();
        move |event: leptos::ev::SubmitEvent| {
            if in_browser {
                crate::enhance::submit_answer(&event, &i18n, &question, &draft, error, journey);
            }
        }
    };
    #[cfg(not(feature = "hydrate"))]
    let on_submit = move |_event: leptos::ev::SubmitEvent| {};
    #[cfg(not(feature = "hydrate"))]
    let _ = in_browser;

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
