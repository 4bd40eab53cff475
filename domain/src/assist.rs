//! An assisted journey: a mediator sits with a person, or an operator answers a caller or a
//! visitor, and they fill the questions in together. The helper picks the person's language and
//! their own, and records that the person agreed to share what they say, and how (in person,
//! by phone). What the journey books then says how it came, who helped and how consent was
//! given.

use crate::{dossier::Channel, lang::DEFAULT_LANG, staff::Role};
use serde::{Deserialize, Serialize};

/// How the person said they agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsentHow {
    InPerson,
    Phone,
}

impl ConsentHow {
    pub const ALL: [ConsentHow; 2] = [ConsentHow::InPerson, ConsentHow::Phone];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentHow::InPerson => "in-person",
            ConsentHow::Phone => "phone",
        }
    }

    pub fn parse(value: &str) -> Option<ConsentHow> {
        ConsentHow::ALL.into_iter().find(|c| c.as_str() == value)
    }
}

/// The channel of what an assisted journey books: a mediator's is the mediator's; an
/// operator's is the phone or the counter, as the person is.
pub fn channel(role: Role, how: ConsentHow) -> Channel {
    match (role, how) {
        (Role::Mediator, _) => Channel::Mediator,
        (_, ConsentHow::Phone) => Channel::Phone,
        (_, ConsentHow::InPerson) => Channel::Counter,
    }
}

/// The form that starts an assisted journey, as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssistForm {
    /// The person's language (a code), and the helper's (Italian unless chosen).
    pub person: String,
    pub helper: String,
    pub how: String,
    pub consent: bool,
}

/// What is wrong with an [`AssistForm`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssistError {
    PersonLanguage,
    HelperLanguage,
    How,
    Consent,
}

impl AssistError {
    /// The message that says what to mend, and the field it is about.
    pub fn message_id(self) -> &'static str {
        match self {
            AssistError::PersonLanguage => "assist-error-person",
            AssistError::HelperLanguage => "assist-error-helper",
            AssistError::How => "assist-error-how",
            AssistError::Consent => "assist-error-consent",
        }
    }

    pub fn field(self) -> &'static str {
        match self {
            AssistError::PersonLanguage => "person",
            AssistError::HelperLanguage => "helper",
            AssistError::How => "how-in-person",
            AssistError::Consent => "consent",
        }
    }
}

/// The two languages of an assisted journey: the person's, and the helper's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Languages {
    pub person: String,
    pub helper: String,
}

impl Languages {
    /// The language shown beside a page in `page_lang`: the other one of the two, when they
    /// differ.
    pub fn beside(&self, page_lang: &str) -> Option<&str> {
        [self.person.as_str(), self.helper.as_str()].into_iter().find(|l| *l != page_lang)
    }
}

/// An assisted journey under way, kept in the person's (browser) session: who helps, in which
/// languages, how and when the person agreed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assisted {
    pub staff_id: i64,
    pub languages: Languages,
    pub how: ConsentHow,
    pub consent_at: i64,
}

/// Checks the form: two languages Ponte speaks (`languages`), how the person agreed, and that
/// they did. Every problem at once. An empty helper language is Italian.
pub fn validate(form: &AssistForm, staff_id: i64, now: i64, languages: &[&str]) -> Result<Assisted, Vec<AssistError>> {
    let known = |code: &str| languages.contains(&code);
    let helper = if form.helper.is_empty() { DEFAULT_LANG } else { form.helper.as_str() };
    let how = ConsentHow::parse(&form.how);
    let mut problems = Vec::new();
    if !known(&form.person) {
        problems.push(AssistError::PersonLanguage);
    }
    if !known(helper) {
        problems.push(AssistError::HelperLanguage);
    }
    if how.is_none() {
        problems.push(AssistError::How);
    }
    if !form.consent {
        problems.push(AssistError::Consent);
    }
    match (how, problems.is_empty()) {
        (Some(how), true) => {
            let languages = Languages { person: form.person.clone(), helper: helper.to_owned() };
            Ok(Assisted { staff_id, languages, how, consent_at: now })
        }
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: [&str; 3] = ["it", "ar", "ro"];

    fn form(person: &str, helper: &str, how: &str, consent: bool) -> AssistForm {
        AssistForm { person: person.into(), helper: helper.into(), how: how.into(), consent }
    }

    #[test]
    fn a_complete_form_starts_an_assisted_journey_with_italian_for_the_helper_by_default() {
        let assisted = validate(&form("ar", "", "in-person", true), 7, 1000, &LANGUAGES).unwrap();
        assert_eq!(
            assisted,
            Assisted {
                staff_id: 7,
                languages: Languages { person: "ar".into(), helper: "it".into() },
                how: ConsentHow::InPerson,
                consent_at: 1000
            }
        );
        assert_eq!(assisted.languages.beside("ar"), Some("it"));
        assert_eq!(assisted.languages.beside("it"), Some("ar"));
    }

    #[test]
    fn the_same_language_twice_shows_nothing_beside() {
        let assisted = validate(&form("it", "it", "phone", true), 7, 1000, &LANGUAGES).unwrap();
        assert_eq!(assisted.languages.beside("it"), None);
    }

    #[test]
    fn every_problem_is_said_at_once_and_nothing_starts_without_consent() {
        assert_eq!(
            validate(&form("xx", "yy", "letter", false), 7, 1000, &LANGUAGES),
            Err(vec![AssistError::PersonLanguage, AssistError::HelperLanguage, AssistError::How, AssistError::Consent])
        );
        assert_eq!(validate(&form("ro", "it", "phone", false), 7, 1000, &LANGUAGES), Err(vec![AssistError::Consent]));
    }

    #[test]
    fn a_mediator_books_as_a_mediator_and_an_operator_by_phone_or_at_the_counter() {
        assert_eq!(channel(Role::Mediator, ConsentHow::Phone), Channel::Mediator);
        assert_eq!(channel(Role::Operator, ConsentHow::Phone), Channel::Phone);
        assert_eq!(channel(Role::Operator, ConsentHow::InPerson), Channel::Counter);
    }
}
