//! The operators' workspace as the pages see it: what each page shows, as plain data.
//!
//! The server's handler of each page finds the signed-in staff member from the request's own
//! cookie, loads only what that person may see, and renders the page's pure view from it
//! ([`crate::loaded`]). No page here reads the database or calls the server.

use domain::{
    answers::Answer,
    calendar::{Date, LocalDateTime},
    dossier::{Attendance, DecisionError, DecisionForm, FilledBy, Outcome, Status},
    staff::Role,
};
use serde::{Deserialize, Serialize};

mod assist;
mod mediators;
pub use assist::*;
pub use mediators::*;

/// Session key: the sign-in form as last refused (e-mail typed, message id).
pub const SIGN_IN_KEY: &str = "staff_sign_in";
/// Session key: the new-account form as last posted ([`AccountForm`], message ids), or the
/// e-mail of the account just created.
pub const ACCOUNT_FORM_KEY: &str = "staff_account_form";
pub const ACCOUNT_CREATED_KEY: &str = "staff_account_created";
/// Session key: the name and temporary password of the account an administrator just reset
/// (shown once on the accounts page).
pub const ACCOUNT_RESET_KEY: &str = "staff_account_reset";
/// Session key: how the last change-password form went (a message id: [`PASSWORD_CHANGED`]
/// or what was wrong).
pub const PASSWORD_FORM_KEY: &str = "staff_password_form";
pub const PASSWORD_CHANGED: &str = "staff-password-changed";
/// Session key: what was wrong with the last second-factor form (a message id).
pub const SECOND_FACTOR_FORM_KEY: &str = "staff_second_factor_form";
/// Session key: the recovery codes just made at enrolment (shown once).
pub const RECOVERY_CODES_KEY: &str = "staff_recovery_codes";
/// Session key: a dossier's decision form as last refused (dossier id, form, what was wrong).
pub const DECISION_FORM_KEY: &str = "staff_decision_form";

/// The new-account form as typed (never the password).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountForm {
    pub email: String,
    pub name: String,
    pub role: String,
    pub desks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i64,
    /// The administrator reading the page (who cannot reset or disable themselves here).
    pub is_me: bool,
    pub active: bool,
    /// Must change the password an administrator set at the next sign-in.
    pub must_change_password: bool,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// Names of its desks.
    pub desks: Vec<String>,
}

/// The administrators' page of accounts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Accounts {
    pub accounts: Vec<AccountRow>,
    /// Every desk: (slug, name), the choices for an operator.
    pub desks: Vec<(String, String)>,
    pub form: AccountForm,
    /// Message ids of what was wrong with the last form.
    pub errors: Vec<String>,
    /// The e-mail of the account just created.
    pub created: Option<String>,
    /// The name and temporary password of the account just reset (shown once).
    pub reset: Option<(String, String)>,
}

/// The change-password page: whether the password must be changed before anything else (an
/// administrator set it), and how the last form went (a message id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasswordPage {
    pub name: String,
    pub forced: bool,
    pub outcome: Option<String>,
}

/// The second step of signing in, for a session that has given the password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SecondFactorStep {
    /// Not enrolled yet: the authenticator app's secret (base32), to scan or type.
    Enrol { secret: String },
    /// Enrolled: the app's code, or one of the recovery codes left.
    Verify { recovery_codes_left: i64 },
    /// Just enrolled: the recovery codes, shown this once.
    RecoveryCodes { codes: Vec<String> },
    /// This session has passed it already.
    Done,
}

/// The second-factor page: the step, what was wrong with the last form (a message id), and
/// whether the password an administrator set comes next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecondFactorPage {
    pub step: SecondFactorStep,
    pub problem: Option<String>,
    pub must_change_password: bool,
}

/// Who is signed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffBadge {
    pub name: String,
    pub role: Role,
    /// Names of the desks they work for.
    pub desks: Vec<String>,
}

/// One request in the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxRow {
    pub id: i64,
    /// The booking code, which the person shows at the desk.
    pub code: domain::booking::BookingCode,
    /// The appointment; `None` for a request sent without one.
    pub starts_at: Option<LocalDateTime>,
    /// The day it was sent (Europe/Rome).
    pub sent_on: Date,
    pub desk: String,
    pub service: String,
    pub area: Option<String>,
    pub language: String,
    pub filled_by: FilledBy,
    pub status: Status,
    /// The colleague handling it.
    pub claimed_by: Option<String>,
    /// The person's language is not Italian: a mediator may be needed.
    pub needs_mediator: bool,
    /// Whether a mediator was asked for, or comes.
    pub mediator: Option<MediatorMark>,
}

impl InboxRow {
    /// The day it is filed under: its appointment's, or the day a request without one was sent.
    pub fn day(&self) -> Date {
        self.starts_at.map_or(self.sent_on, |at| at.date)
    }
}

/// What the inbox is narrowed to (all in the URL, so it works without JavaScript and can be
/// bookmarked).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InboxFilter {
    pub status: Option<Status>,
    pub area: Option<String>,
    pub language: Option<String>,
    /// Only requests that may need a mediator.
    pub mediator: bool,
    /// Only appointments on this day (and requests without one sent that day).
    pub date: Option<Date>,
}

impl InboxFilter {
    /// From the query's values, ignoring any that make no sense.
    pub fn parse(status: Option<&str>, area: Option<&str>, language: Option<&str>, mediator: bool, date: Option<&str>) -> InboxFilter {
        let given = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        InboxFilter {
            status: status.and_then(Status::parse),
            area: given(area).filter(|a| crate::content::area(a).is_some()),
            language: given(language),
            mediator,
            date: date.and_then(|d| Date::parse(d.trim())),
        }
    }

    /// Whether a request passes every filter but the status (the status counts use this).
    pub fn keeps_ignoring_status(&self, row: &InboxRow) -> bool {
        self.area.as_ref().is_none_or(|a| row.area.as_ref() == Some(a))
            && self.language.as_ref().is_none_or(|l| &row.language == l)
            && (!self.mediator || row.needs_mediator)
            && self.date.is_none_or(|d| row.day() == d)
    }

    pub fn keeps(&self, row: &InboxRow) -> bool {
        self.status.is_none_or(|s| row.status == s) && self.keeps_ignoring_status(row)
    }

    /// The query string of this filter (`?status=…&area=…`), empty when nothing is filtered.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.status {
            parts.push(format!("status={}", s.as_str()));
        }
        if let Some(a) = &self.area {
            parts.push(format!("area={a}"));
        }
        if let Some(l) = &self.language {
            parts.push(format!("language={l}"));
        }
        if self.mediator {
            parts.push("mediator=yes".to_owned());
        }
        if let Some(d) = self.date {
            parts.push(format!("date={d}"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inbox {
    pub me: StaffBadge,
    /// Requests per status within the other filters, for every status (zeros included).
    pub counts: Vec<(Status, usize)>,
    pub filter: InboxFilter,
    /// The languages of all my requests (the choices of the language filter).
    pub languages: Vec<String>,
    pub rows: Vec<InboxRow>,
}

/// What `/staff` shows: the sign-in form, or the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum StaffHome {
    SignIn { email: String, error: Option<String> },
    Inbox(Inbox),
}

/// A dossier as its desk's operator reads it. Answers are codes: the page words them in the
/// operator's language and, beside it, in the person's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DossierView {
    pub id: i64,
    pub code: domain::booking::BookingCode,
    /// The appointment; `None` for a request sent without one.
    pub starts_at: Option<LocalDateTime>,
    /// The day it was sent (Europe/Rome).
    pub sent_on: Date,
    pub desk: String,
    pub service: String,
    pub name: Option<String>,
    pub contact: Option<String>,
    pub language: String,
    pub filled_by: FilledBy,
    pub status: Status,
    pub area: Option<String>,
    /// (question id, answer) in the order the questions are asked.
    pub answers: Vec<(String, Answer)>,
    /// The network's municipalities, (ISTAT code, name): the words for where the person lives.
    pub municipalities: Vec<(String, String)>,
    /// Documents the person said they have.
    pub have: Vec<String>,
    /// The documents the service asks for (the choices for "documents missing").
    pub documents: Vec<String>,
    pub missing: Vec<String>,
    /// The operator's note with the last change.
    pub note: Option<String>,
    /// Where the request was sent on: a service id and maybe a desk's slug.
    pub referral: Option<(String, Option<String>)>,
    /// How it ended, once closed.
    pub outcome: Option<Outcome>,
    /// The choices for a referral: (slug, name) of the desks nearest to this one, and of the
    /// desk already named.
    pub desks: Vec<(String, String)>,
    /// The decision form as last refused, and why (shown instead of the stored values).
    pub refused: Option<(DecisionForm, DecisionError)>,
    /// The person's own words, as written (in `language`).
    pub person_note: Option<String>,
    /// The colleague handling it, and whether that is the reader.
    pub claimed_by: Option<String>,
    pub claimed_by_me: bool,
    /// Who the person lets follow and manage it with a PIN of their own: (name, who they are,
    /// contact); the desk may call them too.
    pub helpers: Vec<(Option<String>, domain::helper::Relationship, Option<String>)>,
    /// How it reached the desk, and the colleague who recorded it (a call, the counter).
    pub channel: domain::dossier::Channel,
    pub recorded_by: Option<String>,
    /// How and when that colleague recorded that the person agreed (Europe/Rome).
    pub consent: Option<(domain::assist::ConsentHow, LocalDateTime)>,
    /// Whether a mediator was asked for, or comes; and the "ask for a mediator" form was
    /// refused (no day given).
    pub mediator: Option<MediatorMark>,
    pub mediator_refused: bool,
}

/// One appointment of the day at my desks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppointmentRow {
    /// The dossier.
    pub id: i64,
    pub starts_at: LocalDateTime,
    pub desk: String,
    pub service: String,
    pub name: Option<String>,
    pub language: String,
    pub needs_mediator: bool,
    pub mediator: Option<MediatorMark>,
    pub attendance: Option<Attendance>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Appointments {
    pub date: Date,
    pub rows: Vec<AppointmentRow>,
}

/// One line of the audit log, as an administrator reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    /// Europe/Rome wall-clock time.
    pub at: LocalDateTime,
    pub staff: String,
    /// As stored: the text of a [`domain::audit::AuditAction`].
    pub action: String,
    pub dossier: Option<i64>,
    pub address: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::calendar::Time;

    fn row(status: Status, area: Option<&str>, language: &str, date: &str) -> InboxRow {
        InboxRow {
            id: 1,
            code: domain::booking::BookingCode::typed("ACDEFGHJ").unwrap(),
            starts_at: Some(LocalDateTime { date: Date::parse(date).unwrap(), time: Time(9 * 60) }),
            sent_on: Date::parse("2027-02-01").unwrap(),
            desk: "Sportello".into(),
            service: "home-care".into(),
            area: area.map(str::to_owned),
            language: language.into(),
            filled_by: FilledBy::Person,
            status,
            claimed_by: None,
            needs_mediator: language != "it",
            mediator: None,
        }
    }

    #[test]
    fn filters_read_from_the_url_ignore_nonsense() {
        let f = InboxFilter::parse(Some("lost"), Some("no-such-area"), Some(" "), false, Some("yesterday"));
        assert_eq!(f, InboxFilter::default());
        let f = InboxFilter::parse(Some("received"), Some("elderly"), Some("ar"), true, Some("2027-03-02"));
        assert_eq!(f.query(), "?status=received&area=elderly&language=ar&mediator=yes&date=2027-03-02");
    }

    #[test]
    fn each_filter_narrows_and_counts_ignore_the_status() {
        let arabic = row(Status::Received, Some("elderly"), "ar", "2027-03-02");
        let italian = row(Status::Handling, None, "it", "2027-03-03");
        let f = InboxFilter { mediator: true, ..InboxFilter::default() };
        assert!(f.keeps(&arabic) && !f.keeps(&italian));
        let f = InboxFilter { area: Some("elderly".into()), ..InboxFilter::default() };
        assert!(f.keeps(&arabic) && !f.keeps(&italian));
        let f = InboxFilter { date: Date::parse("2027-03-03"), ..InboxFilter::default() };
        assert!(!f.keeps(&arabic) && f.keeps(&italian));
        let request = InboxRow { starts_at: None, sent_on: Date::parse("2027-03-03").unwrap(), ..arabic.clone() };
        assert!(f.keeps(&request), "a request without an appointment is filed under the day it was sent");
        let f = InboxFilter { status: Some(Status::Handling), language: Some("ar".into()), ..InboxFilter::default() };
        assert!(!f.keeps(&arabic), "wrong status");
        assert!(f.keeps_ignoring_status(&arabic), "counted under its own status");
    }
}

/// The form an operator fills in with a person who called or came to the counter, as typed:
/// which of their desks and service, how the request came, and the person's fields (those of
/// the request form, the helper included).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecordForm {
    pub desk: String,
    pub service: String,
    pub channel: String,
    pub person: domain::booking::BookingForm,
}

/// What is wrong with the choices of [`RecordForm`] (the person's fields have `FormError`s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordProblem {
    Desk,
    Service,
    Channel,
}

impl RecordProblem {
    /// The form field, and the message that explains it.
    pub fn field(self) -> &'static str {
        match self {
            RecordProblem::Desk => "desk",
            RecordProblem::Service => "service",
            RecordProblem::Channel => "channel",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            RecordProblem::Desk => "staff-record-error-desk",
            RecordProblem::Service => "staff-record-error-service",
            RecordProblem::Channel => "staff-record-error-channel",
        }
    }
}

/// The form as last refused, with its problems (kept in the session, shown once).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefusedRecord {
    pub form: RecordForm,
    pub problems: Vec<RecordProblem>,
    pub errors: Vec<domain::booking::FormError>,
}

/// `/<lang>/staff/record`: recording a request for someone, or (after it was saved) what to
/// read out to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RecordPage {
    Form {
        /// The operator's desks: (slug, name).
        desks: Vec<(String, String)>,
        /// Languages spoken at those desks, offered besides the site's.
        desk_languages: Vec<String>,
        refused: Option<Box<RefusedRecord>>,
        request_key: String,
    },
    Recorded {
        code: domain::booking::BookingCode,
        /// Shown once, to be read out.
        pin: String,
        /// The helper's name and PIN, when one was named.
        helper_pin: Option<(String, String)>,
        dossier: i64,
        /// The person's language (their pages are in it).
        language: String,
    },
}

/// Session keys of recording a request.
pub const RECORD_FORM_KEY: &str = "record_form";
pub const RECORDED_KEY: &str = "recorded";
