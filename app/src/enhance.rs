//! What the question island adds on top of the plain form: answers are checked with the same
//! rules as the server, the next question is shown at once (with its own address, history entry,
//! focus and announcement), and the form is posted in the background (`Accept:
//! application/json`) so the server keeps the same draft.

use crate::{
    content::catalogue,
    i18n::I18n,
    pages::question::{Journey, Shown},
    paths,
};
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

thread_local! {
    /// Background saves still waiting for the one before them to land: (id, url, body). If the
    /// page is left meanwhile (a reload, a link, closing the tab), the waiting future dies with
    /// the page and would never post: `send_waiting_on_leaving` posts them at once instead.
    static WAITING: std::cell::RefCell<Vec<(u32, String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    static NEXT_SAVE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Starts posting `body` to `url` as the form would, asking for JSON. `keepalive`: a save under
/// way when the page is left still reaches the server.
fn start_save(url: &str, body: &str) -> Result<js_sys::Promise, JsValue> {
    let headers = web_sys::Headers::new()?;
    headers.append("Content-Type", "application/x-www-form-urlencoded")?;
    headers.append("Accept", "application/json")?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    js_sys::Reflect::set(&init, &JsValue::from_str("keepalive"), &JsValue::TRUE)?;
    let request = web_sys::Request::new_with_str_and_init(url, &init)?;
    Ok(window().fetch_with_request(&request))
}

/// Once per page: when the page is hidden to be left, the saves still waiting for their turn
/// are posted at once (the answer the person gave is not lost; the order is then the
/// browser's, which only matters if the one before has not landed yet either).
fn send_waiting_on_leaving() {
    if LISTENING.with(|listening| listening.replace(true)) {
        return;
    }
    let send = leptos::wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        for (_, url, body) in WAITING.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
            if let Err(e) = start_save(&url, &body) {
                leptos::logging::warn!("could not save on leaving ({url}): {e:?}");
            }
        }
    });
    let _ = window().add_event_listener_with_callback("pagehide", send.as_ref().unchecked_ref());
    // It lives as long as the page.
    send.forget();
}

/// Posts a form in the background, after the saves before it; a failure is logged (the next
/// full page load reads the server's copy, and the results page re-checks everything).
fn post_in_background(url: String, body: String) {
    let id = NEXT_SAVE.with(|next| next.replace(next.get().wrapping_add(1)));
    WAITING.with(|waiting| waiting.borrow_mut().push((id, url.clone(), body.clone())));
    send_waiting_on_leaving();
    let previous = LAST_SAVE.with(|last| last.borrow_mut().take());
    let save = wasm_bindgen_futures::future_to_promise(async move {
        if let Some(previous) = previous {
            let _ = wasm_bindgen_futures::JsFuture::from(previous).await;
        }
        // Posted already if the page was being left meanwhile (and then shown again from the
        // browser's cache): not twice.
        let mine = WAITING.with(|waiting| {
            let mut waiting = waiting.borrow_mut();
            let before = waiting.len();
            waiting.retain(|(i, _, _)| *i != id);
            waiting.len() != before
        });
        if !mine {
            return Ok(JsValue::UNDEFINED);
        }
        let result: Result<(), JsValue> = async {
            let response: web_sys::Response =
                wasm_bindgen_futures::JsFuture::from(start_save(&url, &body)?).await?.dyn_into()?;
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

/// The form was sent: an answer the rules refuse is shown at once; an accepted one shows the
/// next question at once and is saved in the background. Municipalities, and the last answer
/// before the check page, are posted as they would be without JavaScript.
pub(crate) fn submit_answer(
    event: &leptos::ev::SubmitEvent,
    i18n: &I18n,
    question: &Question,
    draft: &Draft,
    error: RwSignal<Option<String>>,
    journey: Journey,
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
    let area = crate::content::area(&draft.area).expect("drafts hold known areas");
    let mut draft = draft.clone();
    draft.answers.insert(question.id.clone(), answer);
    flow::prune(catalogue(), area, &mut draft.answers);
    // The next open question (also after a change from the check page), else the check page,
    // which the server renders from its own copy of the answers: this one is posted as without
    // JavaScript, after the earlier saves have landed.
    let Some(next) = flow::next(catalogue(), area, &draft.answers) else {
        if saves_pending() {
            event.prevent_default();
            submit_after_saves(form);
        }
        return;
    };
    event.prevent_default();
    if let Some(body) = form_body(&form) {
        post_in_background(form.action(), body);
    }
    journey.state.update(|state| {
        state.draft = Some(draft);
        state.refused = None;
    });
    show(journey, Shown { question: next.id.clone(), back_to_check: false });
}

/// Shows `shown` as a new page: a new history entry and address, then [`after_showing`].
fn show(journey: Journey, shown: Shown) {
    let path = shown.path(journey.lang, journey.area);
    if let Err(e) = window().history().and_then(|h| h.push_state_with_url(&JsValue::NULL, "", Some(&path))) {
        // Without a history entry Back would leave the journey: load the page instead.
        leptos::logging::warn!("history unavailable ({e:?}): loading {path}");
        let _ = window().location().assign(&path);
        return;
    }
    journey.shown.set(shown);
    after_showing();
}

/// A click on a link to `to` (another question of the journey): shown at once, unless the
/// person asked for a new tab or window.
pub(crate) fn follow_link(event: &leptos::ev::MouseEvent, journey: Journey, to: Shown) {
    if event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
        return;
    }
    event.prevent_default();
    show(journey, to);
}

/// Back and Forward between the questions the island showed: the question of the address. Any
/// other address (another area, the start page) is loaded from the server.
pub(crate) fn follow_history(journey: Journey) {
    // The listener lives as long as the page does.
    let _listener = window_event_listener(leptos::ev::popstate, move |_| {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        let here = paths::first_segment(&path) == Some(journey.lang);
        match paths::question_of(&path).filter(|(area, _)| here && *area == journey.area) {
            Some((_, question)) => {
                let back_to_check = search.trim_start_matches('?').split('&').any(|p| p == "return=check");
                journey.shown.set(Shown { question: question.to_owned(), back_to_check });
                after_showing();
            }
            None => {
                let _ = location.reload();
            }
        }
    });
}

/// What a browser does for a new page, done for a question the island shows: focus on its
/// heading, its heading read out, and the links to this question in other languages (the
/// language switch's, and the translation notice's to the Italian).
fn after_showing() {
    request_animation_frame(|| {
        let document = document();
        if let Some(heading) =
            document.query_selector("main h1").ok().flatten().and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.set_attribute("tabindex", "-1");
            let _ = heading.focus();
            if let Some(announcer) = document.get_element_by_id("route-announcer") {
                announcer.set_text_content(heading.text_content().as_deref());
            }
        }
        let location = window().location();
        let (path, search) = (location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        if let Ok(links) = document.query_selector_all(".lang-switch a[hreflang]") {
            for i in 0..links.length() {
                let Some(link) = links.item(i).and_then(|l| l.dyn_into::<web_sys::Element>().ok()) else { continue };
                if let Some(code) = link.get_attribute("hreflang") {
                    let _ = link.set_attribute("href", &paths::choose_language(&path, &search, &code, true));
                }
            }
        }
        if let Ok(Some(italian)) = document.query_selector(".translation-notice a[hreflang]") {
            if let Some(code) = italian.get_attribute("hreflang") {
                let _ = italian.set_attribute("href", &paths::switch_language(&path, &search, &code, true));
            }
        }
    });
}
