//! "Exit this page" (GOV.UK pattern) for people who may be watched: a plain link to a neutral
//! page without JavaScript; with JavaScript (`/enhance.js`, on every page) it blanks the page
//! at once and replaces it in the history, and pressing Shift three times does the same.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A neutral page to land on: a weather forecast.
pub const NEUTRAL_URL: &str = "https://www.ilmeteo.it/";

#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="quick-exit">
            <a class="quick-exit__button" href=NEUTRAL_URL rel="noreferrer">
                {i18n.t("quick-exit")}
            </a>
            <p class="quick-exit__hint">{i18n.t("quick-exit-hint")}</p>
        </div>
    }
}
