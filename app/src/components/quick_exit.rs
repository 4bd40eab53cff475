//! "Exit this page" (GOV.UK pattern) for people who may be watched: a plain link through the
//! server, which ends the session (the answers are gone) and sends the browser on to a neutral
//! page; with JavaScript (`/enhance.js`, on every page) it blanks the page at once and replaces
//! it in the history, and pressing Shift three times does the same.

use crate::{i18n::use_i18n, paths};
use leptos::prelude::*;

/// The quick exit on a page about `service` (its desks, booking, request) when the service is
/// only for a sensitive area: someone who looks for a safe house is as exposed as someone who
/// answers the area's questions.
// `#[component]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[component]
pub(crate) fn QuickExitForService(#[prop(into)] service: String) -> impl IntoView {
    crate::content::catalogue().is_sensitive_service(&service).then(|| view! { <QuickExit/> })
}

// `#[component]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[component]
pub(crate) fn QuickExit() -> impl IntoView {
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
