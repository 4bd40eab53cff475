//! The privacy notices (GDPR art. 13), in plain words: one for the people who use Ponte, one
//! for staff accounts. What whoever runs Ponte decides (the controller, the periods) comes from
//! the server's settings as a [`Notice`]; every statement about behaviour has a test named
//! after it in `server/tests/privacy_notice.rs`.

use super::text_page::TextPage;
use fluent_bundle::FluentValue;
use leptos::prelude::*;

/// The sections of the citizens' notice, in order (texts: `privacy-<section>-heading`, `-body`).
pub const SECTIONS: &[&str] =
    &["who", "desks", "what", "why", "suggestions", "recipients", "keep", "location", "cookies", "rights"];

/// The sections of the staff notice (texts: `staff-privacy-<section>-heading`, `-body`).
pub const STAFF_SECTIONS: &[&str] = &["who", "what", "why", "keep", "cookies", "rights"];

/// What the notices state that the server decides: who answers for the data, and how long it
/// is kept. The server puts it in the pages' context as plain data (to be handed over by the
/// handler once server-only pages render from what their handler loads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub controller: String,
    pub controller_contact: String,
    pub dpo_contact: String,
    /// Days a booking's personal data is kept after the appointment.
    pub retention_days: u32,
    /// Minutes of inactivity after which the session cookie and its answers are not read again.
    pub session_minutes: u32,
    /// Answers not sent with a booking are gone at most this many minutes after the last step.
    pub draft_minutes: u32,
    /// Minutes failed look-ups and sign-ins are counted per address.
    pub attempts_minutes: u32,
    /// Hours new bookings are counted per address, and days any count is kept at most.
    pub bookings_counted_hours: u32,
    pub counts_kept_days: u32,
    /// Minutes of inactivity after which a staff sign-in ends; and hours at most.
    pub staff_idle_minutes: u32,
    pub staff_max_hours: u32,
}

impl Notice {
    fn args(&self) -> Vec<(&'static str, FluentValue<'static>)> {
        vec![
            ("controller", self.controller.clone().into()),
            ("contact", self.controller_contact.clone().into()),
            ("dpo", self.dpo_contact.clone().into()),
            ("days", self.retention_days.into()),
            ("session-minutes", self.session_minutes.into()),
            ("draft-minutes", self.draft_minutes.into()),
            ("attempts-minutes", self.attempts_minutes.into()),
            ("bookings-hours", self.bookings_counted_hours.into()),
            ("counts-days", self.counts_kept_days.into()),
            ("staff-idle-minutes", self.staff_idle_minutes.into()),
            ("staff-max-hours", self.staff_max_hours.into()),
        ]
    }
}

fn notice() -> Notice {
    use_context::<Notice>().expect("the server provides the notice's settings")
}

/// The notice for the people who use Ponte: a short summary, then the detail.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <TextPage page="privacy" sections=SECTIONS summary=true args=notice().args()/> }
}

/// The notice for staff accounts (operators, mediators, administrators).
#[component]
pub fn StaffPrivacyPage() -> impl IntoView {
    view! { <TextPage page="staff-privacy" sections=STAFF_SECTIONS summary=true args=notice().args()/> }
}
