//! The first step of the journey: who needs help, and in which area of need.

use serde::{Deserialize, Serialize};

/// Who the answers are about. Questions and results are phrased for this person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Who {
    /// The person filling in the form needs help.
    Me,
    /// A relative, friend or mediator fills it in for someone else.
    Other,
}

impl Who {
    pub const ALL: [Who; 2] = [Who::Me, Who::Other];

    /// The value used in URLs and forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Who::Me => "me",
            Who::Other => "other",
        }
    }

    /// Parses the form value; anything else is `None`.
    pub fn parse(value: &str) -> Option<Who> {
        Who::ALL.into_iter().find(|w| w.as_str() == value)
    }
}

/// Why a start request cannot go on; each variant maps to a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StartError {
    #[error("no choice for who needs help")]
    WhoMissing,
    #[error("no area of need chosen")]
    AreaMissing,
}

/// A validated start of the journey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    pub who: Who,
    pub area: String,
}

/// Validates the home page form. `known_areas` are the area ids of the content catalogue.
/// Every problem is returned at once, so the page can show them all together.
pub fn validate_start(
    who: Option<&str>,
    area: Option<&str>,
    known_areas: &[&str],
) -> Result<Start, Vec<StartError>> {
    let who = who.and_then(Who::parse);
    let area = area.filter(|a| known_areas.contains(a));
    match (who, area) {
        (Some(who), Some(area)) => Ok(Start { who, area: area.to_owned() }),
        (who, area) => {
            let mut errors = Vec::new();
            if who.is_none() {
                errors.push(StartError::WhoMissing);
            }
            if area.is_none() {
                errors.push(StartError::AreaMissing);
            }
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREAS: &[&str] = &["elderly", "housing"];

    #[test]
    fn accepts_a_complete_choice() {
        let start = validate_start(Some("other"), Some("housing"), AREAS).unwrap();
        assert_eq!(start, Start { who: Who::Other, area: "housing".into() });
    }

    #[test]
    fn reports_every_missing_choice() {
        assert_eq!(
            validate_start(None, None, AREAS),
            Err(vec![StartError::WhoMissing, StartError::AreaMissing])
        );
    }

    #[test]
    fn refuses_values_that_are_not_offered() {
        assert_eq!(
            validate_start(Some("everyone"), Some("elderly"), AREAS),
            Err(vec![StartError::WhoMissing])
        );
        assert_eq!(
            validate_start(Some("me"), Some("moon"), AREAS),
            Err(vec![StartError::AreaMissing])
        );
    }
}

/// The answers of one journey, kept on the server (in the session) between pages, so that
/// nothing is lost on a back button, a reload or a bad connection. Answers are codes, never
/// translated text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub who: Who,
    pub area: String,
    #[serde(default)]
    pub answers: crate::answers::Answers,
    /// Documents of the checklist the person said they have.
    #[serde(default)]
    pub have: std::collections::BTreeSet<String>,
    /// Answers given in other areas of the same journey that this area does not ask: kept so
    /// that moving on to another area never asks anything twice, and so that the results can
    /// point to what other areas likely hold. They do not go to the desk with the dossier.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub earlier: crate::answers::Answers,
}

impl Draft {
    pub fn new(start: Start) -> Draft {
        Draft {
            who: start.who,
            area: start.area,
            answers: Default::default(),
            have: Default::default(),
            earlier: Default::default(),
        }
    }

    /// Every answer of the journey: this area's, and those given in earlier areas.
    pub fn all_answers(&self) -> crate::answers::Answers {
        let mut all = self.earlier.clone();
        all.extend(self.answers.iter().map(|(q, a)| (q.clone(), a.clone())));
        all
    }

    /// The municipality of the network the person lives in (its ISTAT code), when this area
    /// asked and they named one: the desk lists put the desk that serves it first.
    pub fn lives_in(&self, catalogue: &crate::catalogue::Catalogue) -> Option<&str> {
        use crate::{answers::{Answer, OTHER_MUNICIPALITY}, catalogue::QuestionKind};
        catalogue
            .questions
            .iter()
            .filter(|q| matches!(q.kind, QuestionKind::Municipality))
            .find_map(|q| match self.answers.get(&q.id) {
                Some(Answer::One(code)) if code != OTHER_MUNICIPALITY => Some(code.as_str()),
                _ => None,
            })
    }

    /// Goes on in another area: the answers it asks come along (so they are not asked again),
    /// the others wait in `earlier`.
    pub fn move_to(&mut self, catalogue: &crate::catalogue::Catalogue, area: &crate::catalogue::Area) {
        let mut all = self.all_answers();
        let mut answers: crate::answers::Answers =
            all.iter().filter(|(q, _)| area.questions.contains(q)).map(|(q, a)| (q.clone(), a.clone())).collect();
        crate::flow::prune(catalogue, area, &mut answers);
        all.retain(|q, _| !answers.contains_key(q));
        self.area = area.id.clone();
        self.answers = answers;
        self.earlier = all;
    }
}

/// A refused answer, carried to the page shown next (post, redirect, get) so the person sees
/// the message next to the field and finds what they typed still there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refused {
    pub question: String,
    pub values: Vec<String>,
    pub error: crate::answers::AnswerError,
}
