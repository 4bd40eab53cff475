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
    }
}
