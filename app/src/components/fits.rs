//! "Services and why" for the take-home sheet: the services that fit the person's answers and
//! those to ask about at the desk, each with the reasons, worked out again from the answers'
//! codes with the rules the results page used, so it can be worded in any language (the
//! person's, and Italian for the desk).

use crate::{content::catalogue, i18n::I18n};
use domain::{
    journey::Draft,
    messages,
    results::{evaluate, Fit},
};
use leptos::prelude::*;

/// The two lists in `i18n`'s language, under headings of level 3 (`h3`) or 2.
pub(crate) fn fits_and_why(i18n: &I18n, draft: &Draft, level: u8) -> impl IntoView + use<> {
    let results = evaluate(catalogue(), &draft.area, &draft.answers);
    let list = |fit: Fit| {
        let items = results
            .services
            .iter()
            .filter(|r| r.fit == fit)
            .map(|r| {
                let why = r.reasons.iter().map(|x| i18n.t(&messages::rule(&x.rule.id))).collect::<Vec<_>>().join(" ");
                view! {
                    <li data-fit=r.service.id.clone()>
                        <strong>{i18n.t(&messages::service_name(&r.service.id))}</strong>
                        {(!why.is_empty()).then(|| view! { <br/>{why} })}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        (!items.is_empty()).then(|| items.collect_view())
    };
    let heading = move |text: String| match level {
        2 => view! { <h2>{text}</h2> }.into_any(),
        _ => view! { <h3>{text}</h3> }.into_any(),
    };
    let fits = list(Fit::Fits).map(|items| view! { {heading(i18n.t_who("results-fits-heading", draft.who))} <ul class="fits">{items}</ul> });
    let may = list(Fit::MayFit).map(|items| view! { {heading(i18n.t("results-may-heading"))} <ul class="fits">{items}</ul> });
    view! { {fits} {may} }
}
