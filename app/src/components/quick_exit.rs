//! "Exit this page" (GOV.UK pattern) for people who may be watched: a button that is a plain
//! link without JavaScript; with JavaScript it blanks the page at once and replaces it in the
//! history, and pressing Shift three times does the same.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A neutral page to land on: a weather forecast.
pub const NEUTRAL_URL: &str = "https://www.ilmeteo.it/";

#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "hydrate")]
    {
        use leptos::ev;
        let presses = StoredValue::new(Vec::<f64>::new());
        let handle = window_event_listener(ev::keydown, move |event| {
            if event.key() != "Shift" || event.repeat() {
                return;
            }
            let now = js_sys_now();
            presses.update_value(|p| {
                p.retain(|t| now - t < 1000.0);
                p.push(now);
            });
            if presses.with_value(|p| p.len() >= 3) {
                leave();
            }
        });
        on_cleanup(move || handle.remove());
    }
    view! {
        <div class="quick-exit">
            <a
                class="quick-exit__button"
                href=NEUTRAL_URL
                rel="noreferrer"
                on:click=move |_event| {
                    #[cfg(feature = "hydrate")]
                    {
                        _event.prevent_default();
                        leave();
                    }
                }
            >
                {i18n.t("quick-exit")}
            </a>
            <p class="quick-exit__hint">{i18n.t("quick-exit-hint")}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
fn js_sys_now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Hides everything at once, then replaces this page in the history with the neutral one.
#[cfg(feature = "hydrate")]
fn leave() {
    if let Some(body) = document().body() {
        body.set_inner_html("");
    }
    let _ = document().set_title("");
    let _ = window().location().replace(NEUTRAL_URL);
}
