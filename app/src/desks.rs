//! Desks and bookings as the pages see them, and the server functions that read them.
//!
//! The server crate owns the database; it plugs a [`Directory`] into the Leptos context and the
//! server functions below ask it. Each server function is a public endpoint: it checks what the
//! caller may see (a booking only when this browser made it or proved it knows its PIN).

use domain::{
    booking::{BookingForm, FormError},
    calendar::{Date, LocalDateTime, Time},
    desks::{Access, DeskLanguage, OpenStatus},
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Session keys of the booking pages.
pub const BOOKINGS_KEY: &str = "bookings";
pub const BOOKING_FORM_KEY: &str = "booking_form";
pub const NEW_PIN_KEY: &str = "new_pin";
pub const MANAGE_ERROR_KEY: &str = "manage_error";

/// A desk as listed to the public. The address of an anti-violence centre is never included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeskCard {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub municipality: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub distance_km: Option<f64>,
    pub status: OpenStatus,
    pub languages: Vec<DeskLanguage>,
    pub access: Access,
    /// Whether the service asked for can be booked online here.
    pub bookable: bool,
    /// The day `status` was worked out (Europe/Rome), to say "today" and "tomorrow".
    pub today: Date,
    /// The municipality searched from, when this desk serves its residents (it is the one
    /// competent for them, and listed first).
    pub serves: Option<String>,
}

/// What the nearest-desk form asks (all optional, all in the URL so it works without JS).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskQuery {
    pub service: String,
    pub municipality: Option<String>,
    pub postcode: Option<String>,
    /// The browser sent a position that is not a place on Earth (`?location=invalid`). A
    /// position itself never reaches a URL: see the server's `directory::near`.
    pub location_invalid: bool,
    pub language: Option<String>,
    pub day: Option<String>,
    pub step_free: bool,
}

/// Why the place given could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceProblem {
    PostcodeUnknown,
    LocationInvalid,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeskSearch {
    /// The desks shown: the nearest ones, at most a page.
    pub desks: Vec<DeskCard>,
    /// How many desks provide the service and pass the filters.
    pub total: usize,
    /// Municipalities to choose from: (ISTAT code, name).
    pub municipalities: Vec<(String, String)>,
    /// Where distances are measured from, when a place was given.
    pub from: Option<String>,
    pub problem: Option<PlaceProblem>,
    /// Languages spoken at any desk providing the service (for the filter).
    pub languages: Vec<String>,
}

/// One day of free appointments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DaySlots {
    pub date: Date,
    pub free: Vec<Time>,
    /// Languages spoken that day only thanks to a mediator.
    pub mediators: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlotsView {
    pub desk: DeskCard,
    pub days: Vec<DaySlots>,
    /// The first day of the previous and next pages of days.
    pub earlier: Option<Date>,
    pub later: Option<Date>,
    /// The form as the person last sent it, with its problems (after a refused post).
    pub form: Option<BookingForm>,
    pub errors: Vec<FormError>,
    /// Why the last form sent was not saved, when it was valid.
    pub refusal: Option<Refusal>,
    /// A fresh key for the form (a resubmission of the same form finds the same booking).
    pub request_key: String,
    /// Changing the time of this booking instead of making a new one.
    pub rescheduling: Option<String>,
}

/// The form of a request sent to a desk without booking a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestFormView {
    pub desk: DeskCard,
    /// The form as the person last sent it, with its problems (after a refused post).
    pub form: Option<BookingForm>,
    pub errors: Vec<FormError>,
    /// Why the last form sent was not saved, when it was valid.
    pub refusal: Option<Refusal>,
    /// A fresh key for the form (a resubmission of the same form finds the same request).
    pub request_key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookingView {
    pub code: String,
    pub desk: DeskCard,
    pub service: String,
    /// `None`: a request sent without an appointment.
    pub starts_at: Option<LocalDateTime>,
    pub minutes: u16,
    pub cancelled: bool,
    /// The appointment has begun (it can no longer be cancelled, only its data erased).
    pub past: bool,
    /// The person's name, contact and answers are gone (erased by the person, or past the
    /// retention period); what remains are anonymous counts.
    pub erased: bool,
    pub language: String,
    /// The PIN, shown only in the browser session that made the booking.
    pub new_pin: Option<String>,
    /// Where the request handed to the desk stands.
    pub request: Option<RequestView>,
}

/// The request handed to the desk, as the person follows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestView {
    pub status: domain::dossier::Status,
    /// Documents the desk still needs.
    pub missing: Vec<String>,
    /// Where the desk sent it on.
    pub referral: Option<ReferralView>,
    /// How it ended, once closed.
    pub outcome: Option<domain::dossier::Outcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferralView {
    pub service: String,
    /// (slug, name) of the desk named, and whether it can be booked there.
    pub desk: Option<(String, String, bool)>,
}

/// Reads the directory and the bookings; implemented by the server over its database.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait Directory: Send + Sync {
    async fn search(&self, query: DeskQuery) -> Result<Option<DeskSearch>, String>;
    /// The free slots of a desk's service for a week of days from `from` (today when None).
    async fn slots(&self, desk: String, service: String, from: Option<Date>) -> Result<Option<SlotsView>, String>;
    /// The request form of a desk that provides `service` (bookable online or not).
    async fn request_form(&self, desk: String, service: String) -> Result<Option<RequestFormView>, String>;
    /// The municipalities of the network: (ISTAT code, name), by name.
    async fn municipalities(&self) -> Result<Vec<(String, String)>, String>;
}

#[cfg(feature = "ssr")]
pub type SharedDirectory = std::sync::Arc<dyn Directory>;

#[cfg(feature = "ssr")]
pub(crate) fn directory() -> Result<SharedDirectory, ServerFnError> {
    use_context::<SharedDirectory>().ok_or_else(|| ServerFnError::new("directory not configured"))
}

#[cfg(feature = "ssr")]
async fn session() -> Result<tower_sessions::Session, ServerFnError> {
    Ok(leptos_axum::extract().await?)
}

/// A session store that did not answer, as a server function's error: the details go to the
/// log, and the browser is told only that the session is unavailable.
#[cfg(feature = "ssr")]
pub(crate) fn session_failed(e: impl std::fmt::Display) -> ServerFnError {
    tracing::error!(error = %e, "session store failed");
    ServerFnError::new("session unavailable")
}

/// Desks providing a service, nearest first. Public data only.
#[server(prefix = "/api", endpoint = "desks")]
pub async fn find_desks(query: DeskQuery) -> Result<Option<DeskSearch>, ServerFnError> {
    directory()?.search(query).await.map_err(ServerFnError::new)
}

/// Free slots of a desk. Public, except the refused form, which is the caller's own (session).
#[server(prefix = "/api", endpoint = "slots")]
pub async fn desk_slots(
    desk: String,
    service: String,
    from: Option<Date>,
    change: Option<String>,
) -> Result<Option<SlotsView>, ServerFnError> {
    let Some(mut view) = directory()?.slots(desk, service, from).await.map_err(ServerFnError::new)? else {
        return Ok(None);
    };
    let session = session().await?;
    if let Some(refused) =
        session.remove::<RefusedBooking>(BOOKING_FORM_KEY).await.map_err(session_failed)?
    {
        view.form = Some(refused.form);
        view.errors = refused.errors;
        view.refusal = refused.refusal;
    }
    // Rescheduling is offered only for a booking this browser may manage.
    let mine: Vec<String> = session.get(BOOKINGS_KEY).await.map_err(session_failed)?.unwrap_or_default();
    view.rescheduling = change.filter(|c| mine.contains(c));
    Ok(Some(view))
}

/// The request form for a desk's service. Public, except the refused form (the caller's own).
#[server(prefix = "/api", endpoint = "request-form")]
pub async fn request_form(desk: String, service: String) -> Result<Option<RequestFormView>, ServerFnError> {
    let Some(mut view) = directory()?.request_form(desk, service).await.map_err(ServerFnError::new)? else {
        return Ok(None);
    };
    if let Some(refused) = session().await?.remove::<RefusedBooking>(BOOKING_FORM_KEY).await.map_err(session_failed)? {
        view.form = Some(refused.form);
        view.errors = refused.errors;
        view.refusal = refused.refusal;
    }
    Ok(Some(view))
}

/// The form to find a booking again, with the message of the last refused try (shown once).
#[derive(Debug, Clone, PartialEq)]
pub struct ManageForm {
    pub error: Option<String>,
}

/// A booking form the server refused, kept in the session to show it again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefusedBooking {
    pub form: BookingForm,
    pub errors: Vec<FormError>,
    pub refusal: Option<Refusal>,
}

/// Why a valid booking or request form was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The slot just went to someone else.
    SlotTaken,
    /// This connection already made the bookings and requests allowed in a day.
    TooManyToday,
}

impl Refusal {
    /// The id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::SlotTaken => "book-slot-taken",
            Refusal::TooManyToday => "book-too-many-today",
        }
    }
}
