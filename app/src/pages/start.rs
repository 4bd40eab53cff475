use super::start_form::StartForm;
use crate::{
    content::{area, area_ids},
    i18n::use_i18n,
    paths,
};
use domain::journey::{validate_start, Start};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Receives the home page form. Missing choices send the person back to the same form, with
/// what they already chose kept and a message next to each missing answer.
#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_i18n();
    let (who, area_id) = use_query_map().with_untracked(|q| (q.get("who"), q.get("area")));
    match validate_start(who.as_deref(), area_id.as_deref(), &area_ids()) {
        Ok(start) => view! { <Chosen start/> }.into_any(),
        Err(errors) => {
            let title = format!("{} {}", i18n.t("error-prefix"), i18n.t("home-title"));
            view! {
                <Title text=title/>
                <h1>{i18n.t("home-heading")}</h1>
                <StartForm who area=area_id errors/>
            }
            .into_any()
        }
    }
}

/// The area the person chose and what happens next.
#[component]
fn Chosen(start: Start) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.code;
    let area = area(&start.area).expect("validated against the catalogue");
    let title = i18n.t(&domain::messages::area_title(&area.id));
    let change = format!("{}?who={}&area={}", paths::page(lang, ""), start.who.as_str(), area.id);
    let urgent = area.sensitive;
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        {urgent.then(|| view! {
            <div class="callout callout--urgent">
                <h2>{i18n.t("urgent-heading")}</h2>
                <p>{i18n.t("urgent-body")}</p>
            </div>
        })}
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt>{i18n.t("who-legend")}</dt>
                <dd>{i18n.t(&format!("who-{}", start.who.as_str()))}</dd>
                <dd class="summary-list__action"><a href=change.clone()>{i18n.t("change")}<span class="visually-hidden">{" "}{i18n.t("who-legend")}</span></a></dd>
            </div>
            <div class="summary-list__row">
                <dt>{i18n.t("area-legend")}</dt>
                <dd>{i18n.t(&domain::messages::area_hint(&area.id))}</dd>
                <dd class="summary-list__action"><a href=change>{i18n.t("change")}<span class="visually-hidden">{" "}{i18n.t("area-legend")}</span></a></dd>
            </div>
        </dl>
        <h2>{i18n.t("next-heading")}</h2>
        <p>{i18n.t("next-body")}</p>
        <form method="post" action=paths::page(lang, "start")>
            <input type="hidden" name="who" value=start.who.as_str()/>
            <input type="hidden" name="area" value=area.id.clone()/>
            <button type="submit" class="button">{i18n.t("start-questions")}</button>
        </form>
    }
}
