//! What the browser app adds on top of the plain forms: answers are checked with the same rules
//! as the server, the next page is shown at once, and the form is posted in the background
//! (`Accept: application/json`) so the server keeps the same draft.

use crate::{content::catalogue, i18n::I18n, journey::JourneyStore, paths};
use domain::{
    answers::parse_answer,
    catalogue::{Question, QuestionKind},
    flow,
    journey::Draft,
};
use leptos::{
    prelude::*,
    wasm_bindgen::{JsCast, JsValue},
};
use leptos_router::NavigateOptions;

/// Values of the fields called `name` in `form`.
fn form_values(form: &web_sys::HtmlFormElement, name: &str) -> Vec<String> {
    web_sys::FormData::new_with_form(form)
        .map(|data| data.get_all(name).iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The form's fields, URL-encoded as the browser would post them.
fn form_body(form: &web_sys::HtmlFormElement) -> Option<String> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    Some(String::from(params.to_string()))
}

thread_local! {
    /// The latest background save. Each save starts once the one before it has landed, so a
    /// browser's answers reach the server in order and none overwrites another (the server
    /// updates the session's draft as read-modify-write; two saves in flight could lose one).
    static LAST_SAVE: std::cell::RefCell<Option<wasm_bindgen_futures::js_sys::Promise>> =
        const { std::cell::RefCell::new(None) };
}

/// Posts a form in the background, after the saves before it; a failure is logged (the next
/// full page load reads the server's copy, and the results page re-checks everything).
fn post_in_background(url: String, body: String) {
    let previous = LAST_SAVE.with(|last| last.borrow_mut().take());
    let save = wasm_bindgen_futures::future_to_promise(async move {
        if let Some(previous) = previous {
            let _ = wasm_bindgen_futures::JsFuture::from(previous).await;
        }
        let result: Result<(), JsValue> = async {
            let headers = web_sys::Headers::new()?;
            headers.append("Content-Type", "application/x-www-form-urlencoded")?;
            headers.append("Accept", "application/json")?;
            let init = web_sys::RequestInit::new();
            init.set_method("POST");
            init.set_headers(&headers);
            init.set_body(&JsValue::from_str(&body));
            let request = web_sys::Request::new_with_str_and_init(&url, &init)?;
            let response: web_sys::Response =
                wasm_bindgen_futures::JsFuture::from(window().fetch_with_request(&request)).await?.dyn_into()?;
            if response.ok() {
                Ok(())
            } else {
                Err(JsValue::from_str(&format!("HTTP {}", response.status())))
            }
        }
        .await;
        if let Err(e) = result {
            leptos::logging::warn!("could not save in the background ({url}): {e:?}");
        }
        Ok(JsValue::UNDEFINED)
    });
    LAST_SAVE.with(|last| *last.borrow_mut() = Some(save));
}

/// Whether a background save may still be on its way.
fn saves_pending() -> bool {
    LAST_SAVE.with(|last| last.borrow().is_some())
}

/// Submits `form` natively once every background save has landed.
fn submit_after_saves(form: web_sys::HtmlFormElement) {
    let last = LAST_SAVE.with(|last| last.borrow_mut().take());
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(last) = last {
            let _ = wasm_bindgen_futures::JsFuture::from(last).await;
        }
        let _ = form.submit();
    });
}

fn focus_first(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

pub(crate) fn submit_answer(
    event: leptos::ev::SubmitEvent,
    i18n: &I18n,
    question: &Question,
    draft: &Draft,
    municipalities: &[(String, String)],
    back_to_check: bool,
    error: RwSignal<Option<String>>,
    store: JourneyStore,
    navigate: &dyn Fn(&str, NavigateOptions),
) {
    // Municipalities are checked against the directory on the server: post normally.
    if matches!(question.kind, QuestionKind::Municipality) {
        return;
    }
    let Some(form) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else {
        return;
    };
    let values = form_values(&form, "value");
    let refs: Vec<&str> = values.iter().map(String::as_str).collect();
    let answer = match parse_answer(question, &refs, &[]) {
        Ok(answer) => answer,
        Err(e) => {
            event.prevent_default();
            let (min, max) = match question.kind {
                QuestionKind::Number { min, max, .. } => (min, max),
                _ => (0, 0),
            };
            error.set(Some(i18n.t_with(&format!("error-{}", e.code()), &[("min", min.into()), ("max", max.into())])));
            focus_first(".error-summary");
            return;
        }
    };
    error.set(None);
    let lang = i18n.lang.code;
    let area = crate::content::area(&draft.area).expect("drafts hold known areas");
    let mut draft = draft.clone();
    draft.answers.insert(question.id.clone(), answer);
    flow::prune(catalogue(), area, &mut draft.answers);
    // The next open question (also after a change from the check page), else the check page.
    let _ = back_to_check;
    let next = match flow::next(catalogue(), area, &draft.answers) {
        Some(q) => paths::question(lang, &area.id, &q.id),
        None => paths::check(lang, &area.id),
    };
    // The check page is rendered by the server: the form posts as it would without
    // JavaScript, so the server has this answer before it shows the page.
    if paths::is_server_only(&next) {
        // The server shows that page from its own copy of the answers: this one goes only
        // after the earlier saves have landed.
        if saves_pending() {
            event.prevent_default();
            submit_after_saves(form);
        }
        return;
    }
    event.prevent_default();
    if let Some(body) = form_body(&form) {
        post_in_background(form.action(), body);
    }
    let municipalities = municipalities.to_vec();
    store.0.set(Some(crate::journey::JourneyState { draft: Some(draft), refused: None, municipalities }));
    navigate(&next, NavigateOptions::default());
}
