//! Sending the person elsewhere from inside a page: an HTTP redirect when the server renders
//! it, a page load when the question island draws it in the browser, and a plain link in
//! between for anyone who sees it.

use crate::i18n::use_i18n;
use leptos::prelude::*;

// `#[component]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[component]
pub(super) fn Redirect(to: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(&to);
    #[cfg(feature = "hydrate")]
    {
        let target = to.clone();
        Effect::new(move |_| {
            if let Err(e) = window().location().replace(&target) {
                leptos::logging::error!("could not open {target}: {e:?}");
            }
        });
    }
    let i18n = use_i18n();
    view! { <p><a href=to>{i18n.t("continue-link")}</a></p> }
}
