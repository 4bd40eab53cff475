//! Desks and bookings as the pages see them: the data the server's handlers load for the desk
//! list, the booking and request forms and a booking's page (`crate::loaded`), each checked
//! there for what the caller may see (a booking only when this browser made it or proved it
//! knows its PIN).

use domain::{
    booking::{BookingForm, FormError},
    calendar::{Date, LocalDateTime, Time},
    desks::{Access, DeskLanguage, OpenStatus},
};
use serde::{Deserialize, Serialize};

/// Session keys of the booking pages.
pub const BOOKINGS_KEY: &str = "bookings";
pub const BOOKING_FORM_KEY: &str = "booking_form";
pub const NEW_PIN_KEY: &str = "new_pin";
pub const MANAGE_ERROR_KEY: &str = "manage_error";
/// The bookings this session opened with a helper's PIN: (code, helper id).
pub const HELPING_KEY: &str = "helping";
/// A helper's PIN just made: (code, helper's name, PIN), shown once like the person's.
pub const NEW_HELPER_PIN_KEY: &str = "new_helper_pin";
/// The "let someone help" form of a booking's page, refused: (code, form, problems).
pub const HELPER_FORM_KEY: &str = "helper_form";

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

impl DeskQuery {
    /// The search for `service` that the desk list's address asks (`?municipality=&postcode=
    /// &language=&day=&step_free=`), from its query `value`s: blank ones count as not given.
    pub fn from_address(service: &str, value: impl Fn(&str) -> Option<String>) -> DeskQuery {
        let text = |name: &str| value(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        DeskQuery {
            service: service.to_owned(),
            municipality: text("municipality"),
            postcode: text("postcode"),
            location_invalid: text("location").is_some_and(|v| v == "invalid"),
            language: text("language"),
            day: text("day"),
            step_free: text("step_free").is_some(),
        }
    }
}

/// Why the place given could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceProblem {
    PostcodeUnknown,
    LocationInvalid,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeskSearch {
    /// What was asked (the form shows it again).
    pub query: DeskQuery,
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
    pub refused: Option<RefusedBooking>,
    /// A fresh key for the form (a resubmission of the same form finds the same booking).
    pub request_key: String,
    /// Changing the time of this booking instead of making a new one.
    pub rescheduling: Option<domain::booking::BookingCode>,
    /// Whom the journey was for: for someone this person helps, the form asks about them.
    pub who: domain::journey::Who,
}

/// The form of a request sent to a desk without booking a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestFormView {
    pub desk: DeskCard,
    /// The form as the person last sent it, with its problems (after a refused post).
    pub refused: Option<RefusedBooking>,
    /// A fresh key for the form (a resubmission of the same form finds the same request).
    pub request_key: String,
    /// Whom the journey was for: for someone this person helps, the form asks about them.
    pub who: domain::journey::Who,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookingView {
    pub code: domain::booking::BookingCode,
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
    /// Opened with a helper's PIN (not the person's): the helper can look, move and cancel;
    /// choosing who may help, the data file and erasing stay the person's.
    pub as_helper: bool,
    /// Who else can open it (shown to the person only).
    pub helpers: Vec<HelperView>,
    /// A helper's PIN just made: (their name, the PIN), shown once.
    pub new_helper_pin: Option<(String, String)>,
    /// The "let someone help" form as last refused, with its problems.
    pub helper_form: Option<(domain::helper::HelperForm, Vec<FormError>)>,
    /// The answers the person gave before booking (codes): the printed take-home sheet lists the
    /// services that fit them and why. Only on the person's own page, while they are kept.
    pub draft: Option<domain::journey::Draft>,
}

/// Someone the person lets follow and manage their booking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HelperView {
    pub id: i64,
    /// `None` once the booking's personal data is gone.
    pub name: Option<String>,
    pub relationship: domain::helper::Relationship,
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
    /// Why the form was not saved, when it was valid.
    pub refusal: Option<Refusal>,
}

impl RefusedBooking {
    /// What a booking or request form page shows: the form last refused with its problems, or
    /// an empty form in the page's language.
    /// For `Who::Other`, someone fills it in for the person they help (a relative, a friend).
    pub fn or_blank(refused: Option<Self>, lang: &str, who: domain::journey::Who) -> Self {
        let filled_by = match who {
            domain::journey::Who::Me => String::new(),
            domain::journey::Who::Other => domain::dossier::FilledBy::Relative.as_str().to_owned(),
        };
        refused.unwrap_or_else(|| Self {
            form: BookingForm { language: lang.to_owned(), filled_by, ..BookingForm::default() },
            errors: Vec::new(),
            refusal: None,
        })
    }
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
