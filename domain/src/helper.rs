//! Someone a person lets follow and manage their booking: a daughter for her father, a friend,
//! a cultural mediator. The person names them (on the booking form, or later on the booking's
//! page) and says they agree; the helper gets a PIN of their own for the same code, so either
//! can look, move or cancel, and the person can take the helper's access away at any time.

use crate::booking::{Contact, FormError, NAME_MAX_CHARS};
use serde::{Deserialize, Serialize};

/// Who the helper is for the person (shown to the person and to the desk).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    Family,
    Friend,
    Mediator,
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 4] =
        [Relationship::Family, Relationship::Friend, Relationship::Mediator, Relationship::Other];

    /// As stored and posted.
    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::Family => "family",
            Relationship::Friend => "friend",
            Relationship::Mediator => "mediator",
            Relationship::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<Relationship> {
        Relationship::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// The helper fields as typed (all optional: most people name nobody).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HelperForm {
    pub name: String,
    pub relationship: String,
    pub contact: String,
    /// The person agrees that this helper sees and changes the booking.
    pub consent: bool,
}

impl HelperForm {
    /// Nothing typed and nothing ticked: no helper.
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.relationship.is_empty() && self.contact.trim().is_empty() && !self.consent
    }
}

/// A helper that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidHelper {
    pub name: String,
    pub relationship: Relationship,
    pub contact: Option<Contact>,
}

/// Checks the helper fields: `Ok(None)` when they are all blank. A helper needs a name, who
/// they are, and the person's consent; every problem is reported at once.
pub fn validate_helper(form: &HelperForm) -> Result<Option<ValidHelper>, Vec<FormError>> {
    if form.is_blank() {
        return Ok(None);
    }
    let mut errors = Vec::new();
    let name = form.name.trim();
    if name.is_empty() {
        errors.push(FormError::HelperNameMissing);
    } else if name.chars().count() > NAME_MAX_CHARS {
        errors.push(FormError::HelperNameTooLong);
    }
    let relationship = Relationship::parse(&form.relationship);
    if relationship.is_none() {
        errors.push(FormError::HelperRelationshipMissing);
    }
    let contact = Contact::typed(&form.contact).unwrap_or_else(|_| {
        errors.push(FormError::HelperContactInvalid);
        None
    });
    if !form.consent {
        errors.push(FormError::HelperConsentMissing);
    }
    match relationship {
        Some(relationship) if errors.is_empty() => Ok(Some(ValidHelper { name: name.to_owned(), relationship, contact })),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn daughter() -> HelperForm {
        HelperForm { name: " Sara ".into(), relationship: "family".into(), contact: "340 111 2222".into(), consent: true }
    }

    #[test]
    fn no_helper_when_nothing_is_typed() {
        assert_eq!(validate_helper(&HelperForm::default()), Ok(None));
        let spaces = HelperForm { name: "  ".into(), contact: " ".into(), ..HelperForm::default() };
        assert_eq!(validate_helper(&spaces), Ok(None));
    }

    #[test]
    fn a_named_helper_with_consent_is_accepted_and_normalized() {
        let helper = validate_helper(&daughter()).unwrap().unwrap();
        assert_eq!(helper.name, "Sara");
        assert_eq!(helper.relationship, Relationship::Family);
        assert_eq!(helper.contact, Some(Contact::Phone("3401112222".into())));
        let no_contact = HelperForm { contact: String::new(), ..daughter() };
        assert_eq!(validate_helper(&no_contact).unwrap().unwrap().contact, None);
    }

    #[test]
    fn a_helper_needs_a_name_who_they_are_and_the_persons_consent() {
        let only_ticked = HelperForm { consent: true, ..HelperForm::default() };
        assert_eq!(
            validate_helper(&only_ticked),
            Err(vec![FormError::HelperNameMissing, FormError::HelperRelationshipMissing])
        );
        let no_consent = HelperForm { consent: false, ..daughter() };
        assert_eq!(validate_helper(&no_consent), Err(vec![FormError::HelperConsentMissing]));
        let bad = HelperForm { name: "x".repeat(NAME_MAX_CHARS + 1), relationship: "boss".into(), contact: "abc".into(), consent: true };
        assert_eq!(
            validate_helper(&bad),
            Err(vec![FormError::HelperNameTooLong, FormError::HelperRelationshipMissing, FormError::HelperContactInvalid])
        );
    }

    #[test]
    fn relationships_read_back_as_stored() {
        for r in Relationship::ALL {
            assert_eq!(Relationship::parse(r.as_str()), Some(r));
        }
        assert_eq!(Relationship::parse("Family"), None);
    }
}
