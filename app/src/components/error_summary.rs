//! The box at the top of a form that was refused: every problem, each a link to its field
//! (GOV.UK error summary). `role="alert"` announces it; the page script focuses it.

use crate::i18n::I18n;
use domain::journey::Who;
use leptos::prelude::*;

/// `problems`: (id of the field to correct, message id), phrased for `who` the form is about
/// (the person typing, or someone they help). Nothing when there are none.
pub(crate) fn error_summary(i18n: &I18n, problems: &[(&str, &str)], who: Who) -> Option<impl IntoView> {
    (!problems.is_empty()).then(|| {
        let items = problems
            .iter()
            .map(|(field, message)| view! { <li><a href=format!("#{field}")>{i18n.t_who(message, who)}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{i18n.t("error-summary-title")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}
