//! "Read aloud": speaks the page's main text in the page's language with the browser's own
//! speech (Web Speech API). Hidden where the browser cannot speak, and without JavaScript.

use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ReadAloud() -> impl IntoView {
    let i18n = use_i18n();
    let available = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        available.set(window().speech_synthesis().is_ok());
    });
    let lang = i18n.lang.code;
    let start_label = i18n.t("read-aloud");
    let stop_label = i18n.t("read-aloud-stop");
    view! {
        <button
            type="button"
            class="button button--secondary read-aloud"
            hidden=move || !available.get()
            aria-pressed=move || if speaking.get() { "true" } else { "false" }
            on:click=move |_| {
                #[cfg(feature = "hydrate")]
                toggle(lang, speaking);
                #[cfg(not(feature = "hydrate"))]
                let _ = (lang, speaking);
            }
        >
            {move || if speaking.get() { stop_label.clone() } else { start_label.clone() }}
        </button>
    }
}

#[cfg(feature = "hydrate")]
fn toggle(lang: &'static str, speaking: RwSignal<bool>) {
    let Ok(synth) = window().speech_synthesis() else { return };
    if speaking.get_untracked() {
        synth.cancel();
        speaking.set(false);
        return;
    }
    let text = document()
        .query_selector("main")
        .ok()
        .flatten()
        .and_then(|m| m.text_content())
        .unwrap_or_default();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) {
        utterance.set_lang(lang);
        let done = leptos::wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || speaking.set(false));
        utterance.set_onend(Some(leptos::wasm_bindgen::JsCast::unchecked_ref(done.as_ref())));
        done.forget();
        synth.speak(&utterance);
        speaking.set(true);
    }
}
