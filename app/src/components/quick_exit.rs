//! "Exit this page" (GOV.UK pattern) for people who may be watched: a plain link through the
//! server, which ends the session (the answers are gone) and sends the browser on to a neutral
//! page; with JavaScript (`/enhance.js`, on every page) it blanks the page at once and replaces
//! it in the history, and pressing Shift three times does the same.

use crate::{i18n::use_i18n, paths};
use leptos::prelude::*;

#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="quick-exit">
            <a class="quick-exit__button" href=paths::QUICK_EXIT rel="noreferrer">
                {i18n.t("quick-exit")}
            </a>
            <p class="quick-exit__hint">{i18n.t("quick-exit-hint")}</p>
        </div>
    }
}
