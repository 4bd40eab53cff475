//! A desk as shown in lists and on the booking pages, and the texts for dates and hours.

use crate::{desks::DeskCard, i18n::I18n};
use domain::{
    calendar::Date,
    desks::OpenStatus,
    messages,
};
use leptos::prelude::*;

/// "martedì 24 novembre", "Tuesday 24 November", in the page language.
pub(crate) fn date_text(i18n: &I18n, date: Date) -> String {
    i18n.t_with(
        "date-long",
        &[
            ("weekday", i18n.t(&format!("weekday-{}", date.weekday().as_str())).into()),
            ("day", date.day.to_string().into()),
            ("month", i18n.t(&format!("month-{}", date.month)).into()),
        ],
    )
}

/// "Open now, closes 12:30" / "Opens tomorrow at 9:00" / "Opens Tuesday 24 November at 9:00".
pub(crate) fn status_text(i18n: &I18n, status: OpenStatus, today: Date) -> String {
    match status {
        OpenStatus::OpenUntil(closes) => i18n.t_with("desk-open-until", &[("time", closes.to_string().into())]),
        OpenStatus::OpensAt(at) if at.date == today => {
            i18n.t_with("desk-opens-today", &[("time", at.time.to_string().into())])
        }
        OpenStatus::OpensAt(at) if at.date == today.add_days(1) => {
            i18n.t_with("desk-opens-tomorrow", &[("time", at.time.to_string().into())])
        }
        OpenStatus::OpensAt(at) => i18n.t_with(
            "desk-opens-on",
            &[("day", date_text(i18n, at.date).into()), ("time", at.time.to_string().into())],
        ),
        OpenStatus::Closed => i18n.t("desk-closed"),
    }
}

/// The name of a spoken language in its own script ("العربية"): a shipped language's own
/// name (its `language-name`), else the message `spoken-<code>` (Wolof, …). Shown with
/// `lang=code`.
pub(crate) fn language_name(i18n: &I18n, code: &str) -> String {
    crate::content::LANGUAGES
        .iter()
        .find(|l| l.code == code)
        .map_or_else(|| i18n.t(&format!("spoken-{code}")), |l| l.endonym.to_owned())
}

/// The desk's details: kind, place, whether it is open, languages, access, contacts.
pub(crate) fn desk_details(i18n: &I18n, desk: &DeskCard) -> impl IntoView {
    let open = matches!(desk.status, OpenStatus::OpenUntil(_));
    let status = status_text(i18n, desk.status, desk.today);
    let address = match &desk.address {
        Some(a) => view! { <dd translate="no">{a.clone()}</dd> }.into_any(),
        None => view! { <dd>{i18n.t("desk-address-secret")}</dd> }.into_any(),
    };
    let languages = desk
        .languages
        .iter()
        .map(|l| {
            let name = language_name(i18n, &l.code);
            if l.mediator_days.is_empty() {
                view! { <li lang=l.code.clone()>{name}</li> }.into_any()
            } else {
                let days = l
                    .mediator_days
                    .iter()
                    .map(|d| i18n.t(&format!("weekday-{}", d.as_str())))
                    .collect::<Vec<_>>()
                    .join(", ");
                let note = i18n.t_with("desk-mediator-days", &[("days", days.into())]);
                view! { <li><span lang=l.code.clone()>{name}</span>" – "{note}</li> }.into_any()
            }
        })
        .collect_view();
    let access = [
        (desk.access.step_free, "access-step-free"),
        (desk.access.hearing_loop, "access-hearing-loop"),
        (desk.access.accessible_toilet, "access-toilet"),
    ]
    .into_iter()
    .filter(|(known, _)| *known == Some(true))
    .map(|(_, id)| view! { <li>{i18n.t(id)}</li> })
    .collect_view();
    let no_steps = desk.access.step_free == Some(false);
    let phone = desk.phone.clone().map(|p| {
        let tel = format!("tel:{}", p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
        view! { <dt>{i18n.t("desk-phone")}</dt><dd><a href=tel dir="ltr">{p}</a></dd> }
    });
    let email = desk.email.clone().map(|e| {
        view! { <dt>{i18n.t("desk-email")}</dt><dd><a href=format!("mailto:{e}") dir="ltr" translate="no">{e.clone()}</a></dd> }
    });
    let distance = desk.distance_km.map(|km| {
        let km = format!("{km:.1}");
        view! { <dt>{i18n.t("desk-distance")}</dt><dd>{i18n.t_with("desk-km", &[("km", km.into())])}</dd> }
    });
    view! {
        <p class="desk__kind">{i18n.t(&messages::provider(&desk.kind))}</p>
        <p class="desk__status" class:desk__status--open=open>{status}</p>
        {desk.serves.clone().map(|place| view! {
            <p class="desk__serves">{i18n.t_with("desk-serves", &[("place", place.into())])}</p>
        })}
        <dl class="summary-list desk__facts">
            <div class="summary-list__row"><dt>{i18n.t("desk-address")}</dt>{address}</div>
            {distance.map(|d| view! { <div class="summary-list__row">{d}</div> })}
            {phone.map(|p| view! { <div class="summary-list__row">{p}</div> })}
            {email.map(|e| view! { <div class="summary-list__row">{e}</div> })}
            <div class="summary-list__row">
                <dt>{i18n.t("desk-languages")}</dt>
                <dd><ul class="plain-list">{languages}</ul></dd>
            </div>
            <div class="summary-list__row">
                <dt>{i18n.t("desk-access")}</dt>
                <dd>
                    <ul class="plain-list">
                        {access}
                        {no_steps.then(|| view! { <li>{i18n.t("access-steps")}</li> })}
                    </ul>
                </dd>
            </div>
        </dl>
        {desk.address.is_none().then(|| view! { <p class="callout">{i18n.t("desk-secret-help")}</p> })}
    }
}
