//! One day's appointments at my desks, and marking who came.

use super::{mediations::mediator_tag, not_available, staff_table};
use crate::{
    components::desk_card::{date_text, language_name},
    i18n::{use_i18n, I18n},
    pages::desks::ServiceUnavailable,
    paths,
    loaded::loaded,
    workspace::Appointments,
};
use domain::{
    dossier::Attendance,
    messages,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffAppointmentsPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<Appointments>() {
        Some(Some(data)) => appointments_page(&i18n, data),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

fn appointments_page(i18n: &I18n, day: Appointments) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t_with("staff-appointments-title", &[("date", date_text(i18n, day.date).into())]);
    let rows = day
        .rows
        .iter()
        .map(|r| {
            let mediator = mediator_tag(i18n, r.needs_mediator, r.mediator.as_ref());
            let marked = r.attendance.map(|a| i18n.t(&format!("staff-attendance-{}", a.as_str())));
            let buttons = Attendance::ALL
                .into_iter()
                .filter(|a| r.attendance != Some(*a))
                .map(|a| {
                    let label = i18n.t(&format!("staff-mark-{}", a.as_str()));
                    let who = r.name.clone().unwrap_or_default();
                    view! {
                        <form method="post" action=paths::staff_attendance(lang, r.id) class="inline-form">
                            <input type="hidden" name="attendance" value=a.as_str()/>
                            <button type="submit" class="button button--secondary">
                                {label}<span class="visually-hidden">{format!(": {who}")}</span>
                            </button>
                        </form>
                    }
                })
                .collect_view();
            view! {
                <tr data-appointment=r.id.to_string()>
                    <td>{r.starts_at.time.to_string()}</td>
                    <td><a href=paths::staff_dossier(lang, r.id)>{r.name.clone().unwrap_or_default()}</a></td>
                    <td>{i18n.t(&messages::service_name(&r.service))}</td>
                    <td>{r.desk.clone()}</td>
                    <td><span lang=r.language.clone()>{language_name(i18n, &r.language)}</span>" "{mediator}</td>
                    <td data-attendance>{marked}</td>
                    <td>{buttons}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = day.rows.is_empty().then(|| view! { <p class="callout">{i18n.t("staff-appointments-none")}</p> });
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        <form method="get" action=paths::staff_appointments(lang) class="inline-form">
            <label for="date">{i18n.t("staff-filter-date")}</label>" "
            <input type="date" id="date" name="date" dir="ltr" value=day.date.to_string()/>" "
            <button type="submit" class="button button--secondary">{i18n.t("staff-show")}</button>
        </form>
        {empty}
        {staff_table(i18n, "appointments", "staff-appointments-caption", &["staff-time", "staff-person", "staff-col-service", "staff-col-desk", "staff-col-language", "staff-attendance", "staff-mark"], rows)}
    }
    .into_any()
}
