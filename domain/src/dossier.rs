//! The dossier a desk receives with a booking: who filled it in and where it stands.

use serde::{Deserialize, Serialize};

/// Who filled in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FilledBy {
    /// The person who needs help.
    Person,
    /// A relative or friend, for them.
    Relative,
    /// A cultural mediator, with them.
    Mediator,
}

impl FilledBy {
    pub const ALL: [FilledBy; 3] = [FilledBy::Person, FilledBy::Relative, FilledBy::Mediator];

    pub fn as_str(self) -> &'static str {
        match self {
            FilledBy::Person => "person",
            FilledBy::Relative => "relative",
            FilledBy::Mediator => "mediator",
        }
    }

    pub fn parse(value: &str) -> Option<FilledBy> {
        FilledBy::ALL.into_iter().find(|f| f.as_str() == value)
    }

    /// What the journey's first answer says: for me, or for someone I help.
    pub fn from_who(who: crate::journey::Who) -> FilledBy {
        match who {
            crate::journey::Who::Me => FilledBy::Person,
            crate::journey::Who::Other => FilledBy::Relative,
        }
    }
}

/// How a request reached the desk: the person online, or someone at the desk's end recording it
/// for them (a call, a visit to the counter, a mediator sitting with them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Online,
    Phone,
    Counter,
    Mediator,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Online, Channel::Phone, Channel::Counter, Channel::Mediator];
    /// What an operator records for someone (online is the person's own way).
    pub const RECORDED: [Channel; 2] = [Channel::Phone, Channel::Counter];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Phone => "phone",
            Channel::Counter => "counter",
            Channel::Mediator => "mediator",
        }
    }

    pub fn parse(value: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == value)
    }
}

/// Where a request stands, as the person and the desk see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Received,
    Handling,
    DocumentsMissing,
    Referred,
    Closed,
    /// The person withdrew it: their personal data is gone.
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Received, Status::Handling, Status::DocumentsMissing, Status::Referred, Status::Closed, Status::Withdrawn];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Handling => "handling",
            Status::DocumentsMissing => "documents-missing",
            Status::Referred => "referred",
            Status::Closed => "closed",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(value: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// How a closed request ended, as the desk records it and the person reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The desk gave the service or started it.
    Granted,
    /// The person does not meet the conditions.
    NotEligible,
    /// The person no longer needs it.
    NoLongerNeeded,
    /// The desk could not reach the person.
    NotReached,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Outcome::Granted, Outcome::NotEligible, Outcome::NoLongerNeeded, Outcome::NotReached];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Granted => "granted",
            Outcome::NotEligible => "not-eligible",
            Outcome::NoLongerNeeded => "no-longer-needed",
            Outcome::NotReached => "not-reached",
        }
    }

    pub fn parse(value: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == value)
    }
}

/// Where a desk sends a request on: a service of the catalogue, optionally at a named desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    /// A service id of `content/services.toml`.
    pub service: String,
    /// The desk's slug, when the operator names one.
    pub desk: Option<String>,
}

/// What an operator decides about a request, with only the details its status uses: the
/// missing documents with "documents missing", the referral with "referred", the outcome
/// with "closed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub status: Status,
    pub missing: Vec<String>,
    pub referral: Option<Referral>,
    pub outcome: Option<Outcome>,
    /// For colleagues; never shown to the person.
    pub note: Option<String>,
}

/// Why a decision cannot be saved; each names the form field to correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DecisionError {
    #[error("no status chosen")]
    NoStatus,
    #[error("documents missing, but none ticked")]
    NoMissingDocument,
    #[error("referred, but to no service")]
    NoReferralService,
    #[error("closed, but with no outcome")]
    NoOutcome,
    #[error("the note is longer than {STATUS_NOTE_MAX_CHARS} characters")]
    NoteTooLong,
}

/// The longest note an operator writes to the person with a status.
pub const STATUS_NOTE_MAX_CHARS: usize = 1000;

impl DecisionError {
    /// The form field to correct (its `id` on the page).
    pub fn field(self) -> &'static str {
        match self {
            DecisionError::NoStatus => "status",
            DecisionError::NoMissingDocument => "missing",
            DecisionError::NoReferralService => "referred-service",
            DecisionError::NoOutcome => "outcome",
            DecisionError::NoteTooLong => "note",
        }
    }

    /// The message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            DecisionError::NoStatus => "staff-error-status",
            DecisionError::NoMissingDocument => "staff-error-missing",
            DecisionError::NoReferralService => "staff-error-referral",
            DecisionError::NoOutcome => "staff-error-outcome",
            DecisionError::NoteTooLong => "staff-error-note-long",
        }
    }
}

/// A decision as the form posted it, before it is checked. Values are already narrowed to
/// known ids by the caller (unknown documents, services and desks dropped).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionForm {
    pub status: String,
    pub missing: Vec<String>,
    pub referred_service: String,
    pub referred_desk: String,
    pub outcome: String,
    pub note: String,
}

impl DecisionForm {
    /// The decision, or what is wrong with the form. Details that the chosen status does not
    /// use are dropped, so a request that leaves "documents missing" no longer lists any.
    pub fn decide(&self) -> Result<Decision, DecisionError> {
        let status = Status::parse(self.status.trim()).filter(|s| *s != Status::Withdrawn).ok_or(DecisionError::NoStatus)?;
        if self.note.trim().chars().count() > STATUS_NOTE_MAX_CHARS {
            return Err(DecisionError::NoteTooLong);
        }
        let given = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
        let mut decision =
            Decision { status, missing: Vec::new(), referral: None, outcome: None, note: given(&self.note) };
        match status {
            Status::DocumentsMissing => {
                decision.missing = self.missing.clone();
                if decision.missing.is_empty() {
                    return Err(DecisionError::NoMissingDocument);
                }
            }
            Status::Referred => {
                let service = given(&self.referred_service).ok_or(DecisionError::NoReferralService)?;
                decision.referral = Some(Referral { service, desk: given(&self.referred_desk) });
            }
            Status::Closed => {
                decision.outcome = Some(Outcome::parse(self.outcome.trim()).ok_or(DecisionError::NoOutcome)?);
            }
            Status::Received | Status::Handling | Status::Withdrawn => {}
        }
        Ok(decision)
    }
}

/// Whether the person came to their appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Attendance {
    Attended,
    NoShow,
}

impl Attendance {
    pub const ALL: [Attendance; 2] = [Attendance::Attended, Attendance::NoShow];

    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Attended => "attended",
            Attendance::NoShow => "no-show",
        }
    }

    pub fn parse(value: &str) -> Option<Attendance> {
        Attendance::ALL.into_iter().find(|a| a.as_str() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_to_the_person_has_a_length_limit() {
        let form = |note: String| DecisionForm { status: "handling".into(), note, ..DecisionForm::default() };
        assert!(form("a".repeat(STATUS_NOTE_MAX_CHARS)).decide().is_ok());
        assert_eq!(form("à".repeat(STATUS_NOTE_MAX_CHARS + 1)).decide(), Err(DecisionError::NoteTooLong));
        assert_eq!(DecisionError::NoteTooLong.field(), "note");
    }

    #[test]
    fn stored_values_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for f in FilledBy::ALL {
            assert_eq!(FilledBy::parse(f.as_str()), Some(f));
        }
        assert_eq!(Status::parse("lost"), None);
        for a in Attendance::ALL {
            assert_eq!(Attendance::parse(a.as_str()), Some(a));
        }
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
    }

    fn form(status: &str) -> DecisionForm {
        DecisionForm { status: status.into(), ..DecisionForm::default() }
    }

    #[test]
    fn each_status_needs_its_own_detail() {
        assert_eq!(form("").decide(), Err(DecisionError::NoStatus));
        assert_eq!(form("withdrawn").decide(), Err(DecisionError::NoStatus), "only the person withdraws");
        assert_eq!(form("documents-missing").decide(), Err(DecisionError::NoMissingDocument));
        assert_eq!(form("referred").decide(), Err(DecisionError::NoReferralService));
        assert_eq!(DecisionForm { referred_service: "  ".into(), ..form("referred") }.decide(), Err(DecisionError::NoReferralService));
        assert_eq!(form("closed").decide(), Err(DecisionError::NoOutcome));
        assert_eq!(DecisionForm { outcome: "lost".into(), ..form("closed") }.decide(), Err(DecisionError::NoOutcome));
        let referred = DecisionForm { referred_service: "home-care".into(), ..form("referred") }.decide().unwrap();
        assert_eq!(referred.referral, Some(Referral { service: "home-care".into(), desk: None }));
        let closed = DecisionForm { outcome: "granted".into(), note: " ok ".into(), ..form("closed") }.decide().unwrap();
        assert_eq!((closed.outcome, closed.note.as_deref()), (Some(Outcome::Granted), Some("ok")));
    }

    #[test]
    fn details_the_status_does_not_use_are_dropped() {
        let f = DecisionForm {
            missing: vec!["isee".into()],
            referred_service: "home-care".into(),
            referred_desk: "sportello-sociale-dalmine".into(),
            outcome: "granted".into(),
            ..form("handling")
        };
        let d = f.decide().unwrap();
        assert_eq!((d.missing.len(), d.referral, d.outcome), (0, None, None));
        let d = DecisionForm { status: "documents-missing".into(), ..f.clone() }.decide().unwrap();
        assert_eq!((d.missing, d.referral, d.outcome), (vec!["isee".to_owned()], None, None));
        let d = DecisionForm { status: "referred".into(), ..f }.decide().unwrap();
        assert_eq!(d.referral.and_then(|r| r.desk).as_deref(), Some("sportello-sociale-dalmine"));
    }
}
