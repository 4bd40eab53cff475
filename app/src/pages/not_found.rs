use crate::{i18n::use_i18n, paths};
use leptos::prelude::*;
use leptos_meta::Title;

/// Shown for any address that is not a page; answers with HTTP 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    let title = i18n.t("not-found-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{i18n.t("not-found-body")}</p>
        <p><a href=paths::page(i18n.lang.code, "")>{i18n.t("not-found-home")}</a></p>
    }
}
