//! Mediators in the workspace, as the pages see them: a mediator's own list and the one
//! appointment they come to, the desk's view of whether a mediator comes, and the
//! administrators' form of a mediator's languages and presence.

use domain::{
    booking::BookingCode,
    calendar::{Date, LocalDateTime, Time, Weekday},
    dossier::Status,
    mediation::{ProfileError, ProfileForm},
};
use serde::{Deserialize, Serialize};

/// Session key: the mediator form as last refused (account id, form, what was wrong), or the
/// id of the account whose form was just saved.
pub const MEDIATOR_FORM_KEY: &str = "staff_mediator_form";
pub const MEDIATOR_SAVED_KEY: &str = "staff_mediator_saved";
/// Session key: a mediator tried to take an appointment another mediator took first.
pub const MEDIATION_GONE_KEY: &str = "staff_mediation_gone";
/// Session key: an operator's "ask for a mediator" form was refused (dossier id).
pub const MEDIATOR_ASK_KEY: &str = "staff_mediator_ask";

/// Whether a mediator comes to a dossier's appointment, as its desk sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MediatorMark {
    /// Asked for (by an operator), nobody has taken it yet.
    Asked { language: String, day: Date },
    /// This mediator said they will be there.
    Confirmed { language: String, day: Date, name: String },
}

/// Where a line of a mediator's list stands for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MediationState {
    /// They said they will be there.
    Mine,
    /// An operator asked for a mediator of their language: anyone of them may take it.
    Asked,
    /// An appointment at their desk, on their day, in their language: they may offer to come.
    Open,
}

/// One line of a mediator's list. The person's name only once they come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediationRow {
    pub dossier: i64,
    pub starts_at: Option<LocalDateTime>,
    /// The day the mediator is needed.
    pub day: Date,
    pub desk: String,
    pub service: String,
    pub language: String,
    pub state: MediationState,
    pub name: Option<String>,
}

/// A mediator's presence as their page shows it: (desk name, weekday, from, to).
pub type PresenceRow = (String, Weekday, Time, Time);

/// A mediator's own page: their languages and presence, and the appointments they come to or
/// may come to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyMediations {
    pub name: String,
    pub languages: Vec<String>,
    pub presence: Vec<PresenceRow>,
    pub rows: Vec<MediationRow>,
    /// The last one they tried to take was taken by someone else first.
    pub gone: bool,
}

/// What a mediator reads of the appointment they come to: what mediation needs, not the
/// desk's notes, answers or the person's contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediationView {
    pub dossier: i64,
    pub code: BookingCode,
    pub starts_at: Option<LocalDateTime>,
    pub day: Date,
    pub desk: String,
    pub address: String,
    pub service: String,
    pub name: Option<String>,
    pub language: String,
    pub status: Status,
    /// The documents the service asks for (ids).
    pub documents: Vec<String>,
}

/// The administrators' page of one mediator's languages and presence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediatorProfilePage {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// As stored, or as last refused.
    pub form: ProfileForm,
    pub errors: Vec<ProfileError>,
    /// (slug, name) of every desk of the network.
    pub desks: Vec<(String, String)>,
    /// The languages a mediator may be given (every shipped language but Italian).
    pub languages: Vec<String>,
    /// The form was just saved.
    pub saved: bool,
}
