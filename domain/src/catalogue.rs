//! The content model: areas of need, questions, services, documents and the rules that link
//! them. The data lives in `content/*.toml` (reviewed like code); texts live in Fluent files
//! under ids derived from these ids (see `messages.rs`).

use crate::condition::Condition;
use serde::{Deserialize, Serialize};

/// Everything the questionnaire and the results need, loaded from `content/`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Catalogue {
    pub areas: Vec<Area>,
    pub questions: Vec<Question>,
    pub services: Vec<Service>,
    pub documents: Vec<Document>,
    /// Kinds of desk that provide services (Sportello Sociale, CAAF, ...).
    pub providers: Vec<Provider>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    /// A drawing in the app's icon set.
    pub icon: String,
    /// The questions of this area, in the order they are asked. A question may appear in
    /// several areas. Its `ask_if` may only look at questions before it in this list.
    pub questions: Vec<String>,
    /// Sensitive areas get a quick exit, neutral titles and no caching (violence).
    #[serde(default)]
    pub sensitive: bool,
}

// No `deny_unknown_fields` here: serde cannot combine it with the flattened `kind`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Question {
    pub id: String,
    #[serde(flatten)]
    pub kind: QuestionKind,
    /// Asked only when this holds for the earlier answers.
    #[serde(default)]
    pub ask_if: Option<Condition>,
    /// Has a "why we ask this" text (`q-<id>-why`).
    #[serde(default)]
    pub why: bool,
    /// Has a "what this word means" text (`q-<id>-term` and `q-<id>-term-title`).
    #[serde(default)]
    pub term: bool,
    /// When `ask_if` skips this question, its value is still *unknown* rather than "does not
    /// apply" (the ISEE value of someone who has no ISEE yet).
    #[serde(default)]
    pub skipped_is_unknown: bool,
    /// A fact that opens or closes access (age, residence, permit, income) rather than a need:
    /// on its own it never makes a service of another area look likely.
    #[serde(default)]
    pub access_condition: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Yes or no (values `yes`, `no`).
    YesNo,
    /// Exactly one of the options.
    Single { options: Vec<String> },
    /// Any number of the options (possibly none: then the answer is the empty list).
    Multiple { options: Vec<String> },
    /// A whole number between `min` and `max`; `unit` names a Fluent message (`unit-<unit>`).
    Number { min: i64, max: i64, unit: String },
    /// One of the municipalities of the network (its ISTAT code), or
    /// [`OTHER_MUNICIPALITY`](crate::answers::OTHER_MUNICIPALITY) for one outside it. The list
    /// is operational data (the directory), not content.
    Municipality,
}

impl QuestionKind {
    /// The option values of a choice question (yes/no included); for a municipality question,
    /// the one fixed choice beside the directory's municipalities.
    pub fn options(&self) -> Vec<&str> {
        match self {
            QuestionKind::YesNo => vec!["yes", "no"],
            QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
                options.iter().map(String::as_str).collect()
            }
            QuestionKind::Municipality => vec![crate::answers::OTHER_MUNICIPALITY],
            QuestionKind::Number { .. } => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    /// The areas whose results list this service.
    pub areas: Vec<String>,
    /// Which kind of desk provides it.
    pub provider: String,
    /// Documents to bring, by id; some only in some situations.
    #[serde(default)]
    pub documents: Vec<DocumentRef>,
    /// Usual time until the help starts, as a message id suffix (`time-<id>`).
    pub time: String,
    /// The public page that describes the measure (INPS, Regione, Comune, ...).
    pub link: String,
    /// The legal basis, as the desk cites it ("D.L. 48/2023, artt. 1-2").
    pub law: String,
    /// The text of that law or the measure's own official page (never a home page).
    pub source: String,
    /// The day the rules were last checked against the source (`YYYY-MM-DD`).
    pub checked: String,
    /// Listed for everyone in its areas, never as "does not fit" (112, 1522, the Sportello's
    /// first listening): its rules, if any, only say when it fits the person's situation.
    #[serde(default)]
    pub always: bool,
    /// Every rule must hold for the service to fit. A rule on a question left unanswered or
    /// answered "I don't know" makes the service "may fit: ask at the desk".
    #[serde(default, rename = "rule")]
    pub rules: Vec<Rule>,
    /// Shown first, with emergency contacts, when it fits.
    #[serde(default)]
    pub urgent: bool,
}

/// The desk kind that receives social-health requests (home nursing, day centres, residential
/// care, the carer allowance) and arranges the multidimensional evaluation (UVM).
pub const PUA: &str = "pua";

impl Service {
    /// Whether the request goes through the PUA and its evaluation (UVM) first.
    pub fn goes_through_the_pua(&self) -> bool {
        self.provider == PUA
    }
}

/// A document a service needs: always (`"identity"`), or only when a condition may hold
/// (`{ id = "permit", when = { q = "citizenship", is = "non-eu" } }`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum DocumentRef {
    Always(String),
    When { id: String, when: Condition },
}

impl DocumentRef {
    pub fn id(&self) -> &str {
        match self {
            DocumentRef::Always(id) | DocumentRef::When { id, .. } => id,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: Condition,
    /// The explanation of this rule (`rule-<id>`), e.g. "for people over 65".
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
}

impl Catalogue {
    /// Whether a service is only for sensitive areas (violence): pages about it (its desks,
    /// booking and request) are treated like the area's own, with the quick exit and never
    /// cached. A service of other areas too (the Sportello's first listening) is not.
    pub fn is_sensitive_service(&self, id: &str) -> bool {
        self.service(id).is_some_and(|s| {
            !s.areas.is_empty() && s.areas.iter().all(|a| self.area(a).is_some_and(|area| area.sensitive))
        })
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The questions of an area, in order.
    pub fn area_questions<'a>(&'a self, area: &'a Area) -> impl Iterator<Item = &'a Question> + 'a {
        area.questions.iter().filter_map(|id| self.question(id))
    }

    /// The services listed in an area's results.
    pub fn area_services(&self, area: &str) -> Vec<&Service> {
        self.services.iter().filter(|s| s.areas.iter().any(|a| a == area)).collect()
    }
}
