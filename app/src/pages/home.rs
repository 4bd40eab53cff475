use super::start_form::StartForm;
use crate::{i18n::use_i18n, paths};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The catalogue's service for a first talk at the Sportello (`content/services.toml`).
const FIRST_LISTENING: &str = "first-listening";

/// What Ponte does, in plain words, and the first two questions of the journey.
/// `?who=..&area=..` pre-selects earlier choices (the "change" link of the next page).
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let (who, area) = use_query_map().with_untracked(|q| (q.get("who"), q.get("area")));
    view! {
        <Title text=i18n.t("home-title")/>
        <h1>{i18n.t("home-heading")}</h1>
        <p class="lead">{i18n.t("home-intro")}</p>
        <ol class="how-it-works">
            <li>{i18n.t("home-step-answer")}</li>
            <li>{i18n.t("home-step-learn")}</li>
            <li>{i18n.t("home-step-book")}</li>
        </ol>
        <p class="reassure">{i18n.t("home-reassure")}</p>
        <StartForm who area errors=Vec::new()/>
        // For whoever cannot place their need in an area: the Sportello's first listening.
        <section class="first-step" aria-labelledby="first-step-heading">
            <h2 id="first-step-heading">{i18n.t("home-first-step-heading")}</h2>
            <p>{i18n.t("home-first-step-body")}</p>
            <p><a class="button button--secondary" href=paths::desks(i18n.lang.code, FIRST_LISTENING) rel="external">{i18n.t("home-first-step-link")}</a></p>
        </section>
    }
}
