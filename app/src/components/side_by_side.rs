//! A journey page in an assisted journey (`domain::assist`): a bar to end it, in the helper's
//! language, then the page's own content (the person's, first) beside the same texts in the
//! other language, each in its own `lang` and `dir`, so the person reads along and the helper
//! reads what the person reads. Rendered on the server only: the browser holds one language.
//! The column beside holds words, not fields or links: one form, one set of ids per page.

use crate::{
    i18n::{i18n_for, use_i18n, I18n},
    paths,
};
use domain::assist::Languages;
use leptos::prelude::*;

/// The messages of `code`, when the server has them (never in the browser).
fn messages_of(code: &str) -> Option<I18n> {
    i18n_for(code).filter(|i18n| i18n.lang.code == code)
}

/// `main` as it is outside an assisted journey; in one, with the bar and, when the two languages
/// differ, `beside` worded in the other one.
pub(crate) fn side_by_side(assisted: Option<&Languages>, main: AnyView, beside: impl FnOnce(&I18n) -> AnyView) -> AnyView {
    let page = use_i18n();
    let Some(languages) = assisted else { return main };
    let Some(helper) = messages_of(&languages.helper) else { return main };
    let bar = view! {
        <form class="assist-bar" method="post" action=paths::staff_assist_end(helper.lang.code) lang=helper.lang.code dir=helper.lang.dir()>
            <p>{helper.t("assist-bar")}</p>
            <button type="submit" class="button button--secondary">{helper.t("assist-end")}</button>
        </form>
    };
    let other = languages.beside(page.lang.code).and_then(messages_of);
    let Some(other) = other else { return view! { {bar} {main} }.into_any() };
    view! {
        {bar}
        <div class="side-by-side">
            <div class="side-by-side__main">{main}</div>
            <section class="side-by-side__beside" aria-labelledby="side-by-side-language">
                <div lang=other.lang.code dir=other.lang.dir()>
                    <p class="side-by-side__language" id="side-by-side-language">{other.t("assist-beside-label")}</p>
                    {beside(&other)}
                </div>
            </section>
        </div>
    }
    .into_any()
}
