//! Sending the person elsewhere from inside a page: an HTTP redirect when the server renders
//! it, a router navigation in the browser, and a plain link in between for anyone who sees it.

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
        let navigate = leptos_router::hooks::use_navigate();
        let target = to.clone();
        Effect::new(move |_| {
            navigate(&target, leptos_router::NavigateOptions { replace: true, ..Default::default() })
        });
    }
    let i18n = use_i18n();
    view! { <p><a href=to>{i18n.t("continue-link")}</a></p> }
}
