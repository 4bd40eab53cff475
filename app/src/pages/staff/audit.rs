//! The audit log, for administrators.

use super::{not_available, staff_table, status_name};
use crate::{
    components::desk_card::date_text,
    i18n::{use_i18n, I18n},
    pages::desks::ServiceUnavailable,
    paths,
    loaded::loaded,
    workspace::AuditRow,
};
use domain::audit::AuditAction;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffAuditPage() -> impl IntoView {
    let i18n = use_i18n();
    match loaded::<Vec<AuditRow>>() {
        Some(Some(data)) => audit_page(&i18n, data),
        Some(None) => not_available(&i18n),
        None => view! { <ServiceUnavailable/> }.into_any(),
    }
}

/// An audit line's act in words; a text this version does not know is shown as stored.
fn audit_action(i18n: &I18n, action: &str) -> String {
    match AuditAction::parse(action) {
        Some(AuditAction::View) => i18n.t("staff-audit-view"),
        Some(AuditAction::Claim) => i18n.t("staff-audit-claim"),
        Some(AuditAction::Status(status)) => {
            i18n.t_with("staff-audit-status", &[("status", status_name(i18n, status).into())])
        }
        Some(AuditAction::Attendance(a)) => i18n.t(&format!("staff-attendance-{}", a.as_str())),
        Some(AuditAction::SignIn) => i18n.t("staff-audit-sign-in"),
        Some(AuditAction::SignInRefused) => i18n.t("staff-audit-sign-in-refused"),
        Some(AuditAction::AccountCreated(id)) => i18n.t_with("staff-audit-account-created", &[("account", id.to_string().into())]),
        Some(AuditAction::PasswordChanged) => i18n.t("staff-audit-password-changed"),
        Some(AuditAction::PasswordReset(id)) => i18n.t_with("staff-audit-password-reset", &[("account", id.to_string().into())]),
        Some(AuditAction::AccountDisabled(id)) => i18n.t_with("staff-audit-account-disabled", &[("account", id.to_string().into())]),
        Some(AuditAction::AccountEnabled(id)) => i18n.t_with("staff-audit-account-enabled", &[("account", id.to_string().into())]),
        Some(AuditAction::InboxRead) => i18n.t("staff-audit-inbox"),
        Some(AuditAction::DayListRead) => i18n.t("staff-audit-day-list"),
        Some(AuditAction::SecondFactorEnrolled) => i18n.t("staff-audit-second-factor-enrolled"),
        Some(AuditAction::SecondFactor) => i18n.t("staff-audit-second-factor"),
        Some(AuditAction::RecoveryCodeUsed) => i18n.t("staff-audit-recovery-code-used"),
        Some(AuditAction::SecondFactorRefused) => i18n.t("staff-audit-second-factor-refused"),
        Some(AuditAction::HelperAdded(id)) => i18n.t_with("staff-audit-helper-added", &[("helper", id.to_string().into())]),
        Some(AuditAction::HelperRemoved(id)) => i18n.t_with("staff-audit-helper-removed", &[("helper", id.to_string().into())]),
        Some(AuditAction::HelperPinUsed(id)) => i18n.t_with("staff-audit-helper-pin-used", &[("helper", id.to_string().into())]),
        Some(AuditAction::HelperMoved(id)) => i18n.t_with("staff-audit-helper-moved", &[("helper", id.to_string().into())]),
        Some(AuditAction::Recorded) => i18n.t("staff-audit-recorded"),
        Some(AuditAction::MediatorProfileSet(id)) => i18n.t_with("staff-audit-mediator-profile", &[("account", id.to_string().into())]),
        Some(AuditAction::MediatorAsked) => i18n.t("staff-audit-mediator-asked"),
        Some(AuditAction::MediatorConfirmed) => i18n.t("staff-audit-mediator-confirmed"),
        Some(AuditAction::MediatorReleased) => i18n.t("staff-audit-mediator-released"),
        Some(AuditAction::AssistStarted) => i18n.t("staff-audit-assist-started"),
        Some(AuditAction::HelperCancelled(id)) => i18n.t_with("staff-audit-helper-cancelled", &[("helper", id.to_string().into())]),
        None => action.to_owned(),
    }
}

fn audit_page(i18n: &I18n, rows: Vec<AuditRow>) -> AnyView {
    let title = i18n.t("staff-audit-title");
    let lines = rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{date_text(i18n, r.at.date)}" "{r.at.time.to_string()}</td>
                    <td>{r.staff.clone()}</td>
                    <td>{audit_action(i18n, &r.action)}</td>
                    <td>{r.dossier.map(|d| d.to_string()).unwrap_or_default()}</td>
                    <td dir="ltr">{r.address.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <p><a href=paths::staff(i18n.lang.code)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        <p>{i18n.t("staff-audit-intro")}</p>
        {staff_table(i18n, "audit", "staff-audit-caption", &["staff-audit-when", "staff-audit-who", "staff-audit-what", "staff-audit-dossier", "staff-audit-from"], lines)}
    }
    .into_any()
}
