//! From answers to results: which services fit, may fit or do not fit, why (in terms of the
//! person's own answers), what is urgent and where to turn for it, and the personal list of
//! documents to bring.

use crate::{
    answers::{Answer, Answers},
    catalogue::{Area, Catalogue, Document, DocumentRef, Rule, Service},
    condition::{Known, Truth},
    flow,
};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    Fits,
    /// Some rule depends on something the person did not know: ask at the desk.
    MayFit,
    /// A service that is there for everyone in the area (the Sportello's first listening,
    /// 1522), whatever the answers: never "does not fit".
    Always,
    DoesNotFit,
}

/// One rule of a service, how it came out, and the answers it looked at.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason<'a> {
    pub rule: &'a Rule,
    pub truth: Truth,
    /// (question id, answer) for each question the rule looks at that has an answer; for a
    /// question that did not apply, the answers that made it not apply ("citizenship:
    /// Italian" for a rule on the permit).
    pub said: Vec<(&'a str, &'a Answer)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceResult<'a> {
    pub service: &'a Service,
    pub fit: Fit,
    /// Fits: every rule. May fit: the unknown rules first, then the rules that hold.
    /// Does not fit: the rules that do not hold. Always: the rules, whatever they gave.
    pub reasons: Vec<Reason<'a>>,
    /// The documents this service needs for this person (conditional ones only where their
    /// condition may hold), by id.
    pub documents: Vec<&'a str>,
}

impl ServiceResult<'_> {
    /// Fits, may fit, or is there for everyone: worth a visit.
    pub fn is_offered(&self) -> bool {
        self.fit != Fit::DoesNotFit
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistItem<'a> {
    pub document: &'a Document,
    /// The services (that fit or may fit) that need it.
    pub for_services: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results<'a> {
    /// Fitting services first (urgent ones at the top), then "may fit", then the services
    /// there for everyone, then "does not fit"; within each group, the content's order.
    pub services: Vec<ServiceResult<'a>>,
    /// Where to turn right now, in the content's order: the urgent services that fit the
    /// situation, or are there for everyone in the area without a condition (1522 in the
    /// violence area). Empty when nothing is urgent.
    pub urgent: Vec<&'a Service>,
    pub checklist: Vec<ChecklistItem<'a>>,
}

/// What is known about the person from their answers: the answers, and the questions that do
/// not apply to them.
pub struct Situation<'a> {
    pub answers: &'a Answers,
    pub not_applicable: BTreeSet<String>,
    catalogue: &'a Catalogue,
}

impl<'a> Situation<'a> {
    pub fn new(catalogue: &'a Catalogue, answers: &'a Answers) -> Situation<'a> {
        Situation { answers, not_applicable: flow::not_applicable(catalogue, answers), catalogue }
    }

    pub fn known(&self) -> Known<'_> {
        Known { answers: self.answers, not_applicable: &self.not_applicable }
    }

    /// The answers behind a question: its own, or, when it did not apply, the answers that
    /// made it not apply.
    fn said_about(&self, question: &str, out: &mut Vec<(&'a str, &'a Answer)>) {
        if let Some((q, a)) = self.answers.get_key_value(question) {
            if !out.iter().any(|(seen, _)| *seen == q.as_str()) {
                out.push((q.as_str(), a));
            }
        } else if let Some(ask_if) = self.catalogue.question(question).and_then(|q| q.ask_if.as_ref()) {
            // Skipped (not applicable, or unknown as the ISEE value without an ISEE): what
            // the person said that skipped it.
            if ask_if.eval_known(self.known()) == Truth::False {
                for earlier in ask_if.questions() {
                    self.said_about(earlier, out);
                }
            }
        }
    }
}

pub fn evaluate_service<'a>(service: &'a Service, situation: &Situation<'a>) -> ServiceResult<'a> {
    let known = situation.known();
    let reasons: Vec<Reason<'a>> = service
        .rules
        .iter()
        .map(|rule| {
            let mut said = Vec::new();
            for q in rule.when.questions() {
                situation.said_about(q, &mut said);
            }
            Reason { rule, truth: rule.when.eval_known(known), said }
        })
        .collect();
    let fit = if service.always {
        // Rules of a service that is always there only say when it matches the situation.
        if !reasons.is_empty() && reasons.iter().all(|r| r.truth == Truth::True) {
            Fit::Fits
        } else {
            Fit::Always
        }
    } else if reasons.iter().any(|r| r.truth == Truth::False) {
        Fit::DoesNotFit
    } else if reasons.iter().any(|r| r.truth == Truth::Unknown) {
        Fit::MayFit
    } else {
        Fit::Fits
    };
    let mut reasons: Vec<Reason<'a>> = match fit {
        Fit::DoesNotFit => reasons.into_iter().filter(|r| r.truth == Truth::False).collect(),
        Fit::Always => Vec::new(),
        Fit::Fits | Fit::MayFit => reasons,
    };
    if fit == Fit::MayFit {
        reasons.sort_by_key(|r| r.truth != Truth::Unknown);
    }
    let documents = service
        .documents
        .iter()
        .filter(|d| match d {
            DocumentRef::Always(_) => true,
            DocumentRef::When { when, .. } => when.eval_known(known) != Truth::False,
        })
        .map(DocumentRef::id)
        .collect();
    ServiceResult { service, fit, reasons, documents }
}

/// The results for an area.
pub fn evaluate<'a>(catalogue: &'a Catalogue, area: &str, answers: &'a Answers) -> Results<'a> {
    let situation = Situation::new(catalogue, answers);
    let mut services: Vec<ServiceResult<'a>> =
        catalogue.area_services(area).into_iter().map(|s| evaluate_service(s, &situation)).collect();
    // Stable sort keeps the content's order inside each group.
    services.sort_by_key(|r| (r.fit, !(r.service.urgent && r.fit == Fit::Fits)));
    // Urgent services that fit, and those there for everyone without a condition (1522 in
    // the violence area); 112 only when the person is in danger now.
    let urgent = catalogue
        .area_services(area)
        .into_iter()
        .filter(|s| {
            s.urgent
                && services.iter().any(|r| {
                    r.service.id == s.id && (r.fit == Fit::Fits || (r.fit == Fit::Always && s.rules.is_empty()))
                })
        })
        .collect();

    let mut checklist: Vec<ChecklistItem<'a>> = Vec::new();
    for result in services.iter().filter(|r| matches!(r.fit, Fit::Fits | Fit::MayFit)) {
        for doc_id in &result.documents {
            let Some(document) = catalogue.document(doc_id) else { continue };
            match checklist.iter_mut().find(|i| i.document.id == *doc_id) {
                Some(item) => item.for_services.push(&result.service.id),
                None => checklist.push(ChecklistItem { document, for_services: vec![&result.service.id] }),
            }
        }
    }
    Results { services, urgent, checklist }
}

/// Services of another area that the answers already given make likely.
#[derive(Debug, Clone, PartialEq)]
pub struct Elsewhere<'a> {
    pub area: &'a Area,
    /// Those that fit, then those that may fit because something the person needs already
    /// holds (not only their residence, permit or income).
    pub services: Vec<ServiceResult<'a>>,
    /// How many questions of that area are still to answer: the others are known already.
    pub to_answer: usize,
}

/// A person is more than one area: for every other area, its services (not listed here or
/// under an earlier area, not those there for everyone) that fit on the answers given, or may
/// fit with a need that already holds. An 82-year-old living alone with a low ISEE sees the
/// money services.
pub fn elsewhere<'a>(catalogue: &'a Catalogue, area: &str, answers: &'a Answers) -> Vec<Elsewhere<'a>> {
    let situation = Situation::new(catalogue, answers);
    let here = catalogue.area_services(area);
    // A rule is evidence of a need when it looks at something other than access conditions.
    let is_need = |rule: &Rule| {
        rule.when.questions().iter().any(|q| catalogue.question(q).is_some_and(|q| !q.access_condition))
    };
    let mut shown: Vec<&str> = here.iter().map(|s| s.id.as_str()).collect();
    catalogue
        .areas
        .iter()
        // The violence area is never suggested: it is for whoever chooses it.
        .filter(|other| other.id != area && !other.sensitive)
        .filter_map(|other| {
            // A service without rules belongs to its area's situation (a lawyer for violence),
            // so there is nothing in the answers that makes it likely.
            let mut services: Vec<ServiceResult<'a>> = catalogue
                .area_services(&other.id)
                .into_iter()
                .filter(|s| !s.always && !s.rules.is_empty() && !shown.contains(&s.id.as_str()))
                .map(|s| evaluate_service(s, &situation))
                .filter(|r| {
                    r.fit == Fit::Fits
                        || (r.fit == Fit::MayFit && r.reasons.iter().any(|x| x.truth == Truth::True && is_need(x.rule)))
                })
                .collect();
            services.sort_by_key(|r| r.fit);
            shown.extend(services.iter().map(|r| r.service.id.as_str()));
            let to_answer =
                flow::asked(catalogue, other, answers).iter().filter(|q| !answers.contains_key(&q.id)).count();
            (!services.is_empty()).then_some(Elsewhere { area: other, services, to_answer })
        })
        .collect()
}
