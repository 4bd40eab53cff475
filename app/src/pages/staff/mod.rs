//! The operators' workspace, one module per page: sign-in and the inbox (`home`), a dossier,
//! the day's appointments, accounts, the audit log, the password and the second factor.
//! Server-only pages: plain HTML and forms that post; each is a pure view of what its handler
//! loaded (`crate::loaded`). What the pages share is here.

pub mod accounts;
pub mod assist;
pub mod appointments;
pub mod audit;
pub mod dossier;
pub mod home;
pub mod mediations;
pub mod mediator_profile;
pub mod password;
pub mod record;
pub mod second_factor;

use crate::{components::desk_card::date_text, i18n::I18n, paths};
use domain::{
    calendar::{Date, LocalDateTime},
    dossier::Status,
};
use leptos::prelude::*;
use leptos_meta::Title;


/// When the person is expected, or, for a request without an appointment, that it has none
/// and the day it was sent.
fn when(i18n: &I18n, starts_at: Option<LocalDateTime>, sent_on: Date) -> String {
    match starts_at {
        Some(at) => format!("{} {}", date_text(i18n, at.date), at.time),
        None => i18n.t_with("staff-no-appointment", &[("date", date_text(i18n, sent_on).into())]),
    }
}

fn status_name(i18n: &I18n, status: Status) -> String {
    i18n.t(&format!("dossier-status-{}", status.as_str()))
}


/// The same page whether the dossier does not exist, belongs to another desk, or nobody is
/// signed in: ids reveal nothing.
fn not_available(i18n: &I18n) -> AnyView {
    let title = i18n.t("staff-dossier-unavailable");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{i18n.t("staff-dossier-unavailable-body")}</p>
        <p><a class="button" href=paths::staff(i18n.lang.code)>{i18n.t("staff-back-to-inbox")}</a></p>
    }
    .into_any()
}


/// A table of the workspace, with its caption and column headings (message ids). On a narrow
/// screen it scrolls on its own, in a labelled region that takes the keyboard focus so that it
/// can be scrolled without a mouse.
fn staff_table(i18n: &I18n, id: &str, caption: &str, columns: &[&str], rows: impl IntoView + 'static) -> AnyView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let headings = columns.iter().map(|c| view! { <th scope="col">{i18n.t(c)}</th> }).collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="inbox">
                <caption id=caption_id>{i18n.t(caption)}</caption>
                <thead><tr>{headings}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
