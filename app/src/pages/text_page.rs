//! A page of plain text made of sections, each a heading and paragraphs. The texts are the
//! messages `<page>-title`, `<page>-intro`, `<page>-<section>-heading` and
//! `<page>-<section>-body` (one paragraph per line).

use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn TextPage(page: &'static str, sections: &'static [&'static str]) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t(&format!("{page}-title"));
    view! {
        <Title text=title.clone()/>
        <article class="text-page">
            <h1>{title}</h1>
            <p class="lead">{i18n.t(&format!("{page}-intro"))}</p>
            {sections
                .iter()
                .map(|section| {
                    let body = i18n.t(&format!("{page}-{section}-body"));
                    view! {
                        <section>
                            <h2>{i18n.t(&format!("{page}-{section}-heading"))}</h2>
                            {body.lines().map(|line| view! { <p>{line.to_owned()}</p> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
