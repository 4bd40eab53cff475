//! Finding a booking again: its code plus the PIN. Wrong attempts get one message that never
//! says whether the code exists. A pure view of what the handler loaded
//! (`server/src/booking_pages.rs`).

use crate::{
    components::error_summary::error_summary, desks::ManageForm, i18n::use_i18n, loaded::loaded,
    pages::desks::ServiceUnavailable, paths,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ManagePage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(Some(form)) = loaded::<ManageForm>() else { return view! { <ServiceUnavailable/> }.into_any() };
    let title = i18n.t("manage-title");
    let error = form.error.and_then(|id| error_summary(&i18n, &[("code", id.as_str())], domain::journey::Who::Me));
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("manage-intro")}</p>
        {error}
        <form method="post" action=paths::manage(i18n.lang.code) novalidate>
            <div class="form-group">
                <label for="code">{i18n.t("manage-code")}</label>
                <p class="hint" id="code-hint">{i18n.t("manage-code-hint")}</p>
                <input id="code" name="code" type="text" autocomplete="off" dir="ltr"
                    spellcheck="false" autocapitalize="characters" aria-describedby="code-hint"/>
            </div>
            <div class="form-group">
                <label for="secret">{i18n.t("manage-secret")}</label>
                <p class="hint" id="secret-hint">{i18n.t("manage-secret-hint")}</p>
                <input id="secret" name="secret" type="text" inputmode="numeric" autocomplete="off" dir="ltr"
                    aria-describedby="secret-hint"/>
            </div>
            <button type="submit" class="button">{i18n.t("manage-submit")}</button>
        </form>
    }
    .into_any()
}
