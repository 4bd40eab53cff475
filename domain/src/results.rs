//! From answers to results: which services fit, may fit or do not fit, why (in terms of the
//! person's own answers), what is urgent, and the personal list of documents to bring.

use crate::{
    answers::{Answer, Answers},
    catalogue::{Catalogue, Document, DocumentRef, Rule, Service},
    condition::Truth,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    Fits,
    /// Some rule depends on something the person did not know: ask at the desk.
    MayFit,
    DoesNotFit,
}

/// One rule of a service, how it came out, and the answers it looked at.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason<'a> {
    pub rule: &'a Rule,
    pub truth: Truth,
    /// (question id, answer) for each question the rule looks at that has an answer.
    pub said: Vec<(&'a str, &'a Answer)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceResult<'a> {
    pub service: &'a Service,
    pub fit: Fit,
    /// Fits: every rule. May fit: the unknown rules first, then the rules that hold.
    /// Does not fit: the rules that do not hold.
    pub reasons: Vec<Reason<'a>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistItem<'a> {
    pub document: &'a Document,
    /// The services (that fit or may fit) that need it.
    pub for_services: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results<'a> {
    /// Fitting services first (urgent ones at the top), then "may fit", then "does not fit";
    /// within each group, the content's order.
    pub services: Vec<ServiceResult<'a>>,
    /// A fitting service is urgent: show emergency contacts first.
    pub urgent: bool,
    pub checklist: Vec<ChecklistItem<'a>>,
}

pub fn evaluate_service<'a>(service: &'a Service, answers: &'a Answers) -> ServiceResult<'a> {
    let reasons: Vec<Reason<'a>> = service
        .rules
        .iter()
        .map(|rule| {
            let said = rule
                .when
                .questions()
                .into_iter()
                .filter_map(|q| answers.get_key_value(q).map(|(k, a)| (k.as_str(), a)))
                .fold(Vec::new(), |mut acc: Vec<(&str, &Answer)>, pair| {
                    if !acc.iter().any(|(q, _)| *q == pair.0) {
                        acc.push(pair);
                    }
                    acc
                });
            Reason { rule, truth: rule.when.eval(answers), said }
        })
        .collect();
    let fit = if reasons.iter().any(|r| r.truth == Truth::False) {
        Fit::DoesNotFit
    } else if reasons.iter().any(|r| r.truth == Truth::Unknown) {
        Fit::MayFit
    } else {
        Fit::Fits
    };
    let mut reasons: Vec<Reason<'a>> = match fit {
        Fit::Fits => reasons,
        Fit::MayFit => reasons,
        Fit::DoesNotFit => reasons.into_iter().filter(|r| r.truth == Truth::False).collect(),
    };
    if fit == Fit::MayFit {
        reasons.sort_by_key(|r| r.truth != Truth::Unknown);
    }
    ServiceResult { service, fit, reasons }
}

/// The results for an area.
pub fn evaluate<'a>(catalogue: &'a Catalogue, area: &str, answers: &'a Answers) -> Results<'a> {
    let mut services: Vec<ServiceResult<'a>> =
        catalogue.area_services(area).into_iter().map(|s| evaluate_service(s, answers)).collect();
    // Stable sort keeps the content's order inside each group.
    services.sort_by_key(|r| (r.fit, !(r.service.urgent && r.fit == Fit::Fits)));
    let urgent = services.iter().any(|r| r.fit == Fit::Fits && r.service.urgent);

    let mut checklist: Vec<ChecklistItem<'a>> = Vec::new();
    for result in services.iter().filter(|r| r.fit != Fit::DoesNotFit) {
        for doc in &result.service.documents {
            if let DocumentRef::When { when, .. } = doc {
                if when.eval(answers) == Truth::False {
                    continue;
                }
            }
            let doc_id = doc.id();
            let Some(document) = catalogue.document(doc_id) else { continue };
            match checklist.iter_mut().find(|i| i.document.id == *doc_id) {
                Some(item) => item.for_services.push(&result.service.id),
                None => checklist.push(ChecklistItem { document, for_services: vec![&result.service.id] }),
            }
        }
    }
    Results { services, urgent, checklist }
}
