//! "Read aloud": speaks the page's main text in the page's language with the browser's own
//! speech (Web Speech API). The behaviour is in `/enhance.js`, so it works on server-rendered
//! pages too; the button stays hidden (CSS) where the browser cannot speak or without
//! JavaScript.

use crate::i18n::use_i18n;
use leptos::prelude::*;

// `#[component]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[component]
pub(crate) fn ReadAloud() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="button button--secondary read-aloud">
            <span class="read-aloud__start">{i18n.t("read-aloud")}</span>
            <span class="read-aloud__stop">{i18n.t("read-aloud-stop")}</span>
        </button>
    }
}
