//! A page of plain text made of sections, each a heading and paragraphs. The texts are the
//! messages `<page>-title`, `<page>-intro`, `<page>-<section>-heading` and
//! `<page>-<section>-body` (one paragraph per line); with `summary`, `<page>-summary` is a
//! short list (one item per line) before the sections. `args` fill the messages' variables.

use crate::i18n::use_i18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_meta::Title;

// `#[component]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[component]
pub(super) fn TextPage(
    page: &'static str,
    sections: &'static [&'static str],
    #[prop(optional)] summary: bool,
    #[prop(optional)] args: Vec<(&'static str, FluentValue<'static>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = |id: String| i18n.t_with(&id, &args);
    let title = t(format!("{page}-title"));
    let lines = |text: String| text.lines().map(|line| view! { <p>{line.to_owned()}</p> }).collect_view();
    view! {
        <Title text=title.clone()/>
        <article class="text-page">
            <h1>{title}</h1>
            <p class="lead">{t(format!("{page}-intro"))}</p>
            {summary.then(|| view! {
                <ul class="text-page__summary">
                    {t(format!("{page}-summary")).lines().map(|line| view! { <li>{line.to_owned()}</li> }).collect_view()}
                </ul>
            })}
            {sections
                .iter()
                .map(|section| view! {
                    <section>
                        <h2>{t(format!("{page}-{section}-heading"))}</h2>
                        {lines(t(format!("{page}-{section}-body")))}
                    </section>
                })
                .collect_view()}
        </article>
    }
}
