//! The Fluent message ids a catalogue needs. One place names them, so the pages and the
//! translation tests agree.
//!
//! Question texts take `$who` (`me` or `other`) so each can be phrased about "you" or about
//! "the person you help". Reasons quote the person's answers as "<short label>: <answer>".

use crate::catalogue::{Catalogue, QuestionKind};

pub fn area_title(area: &str) -> String {
    format!("area-{area}")
}
pub fn area_hint(area: &str) -> String {
    format!("area-{area}-hint")
}
/// The question itself.
pub fn question(q: &str) -> String {
    format!("q-{q}")
}
/// A short label for the question on the check-answers page.
pub fn question_short(q: &str) -> String {
    format!("q-{q}-short")
}
pub fn question_why(q: &str) -> String {
    format!("q-{q}-why")
}
pub fn question_term_title(q: &str) -> String {
    format!("q-{q}-term-title")
}
pub fn question_term(q: &str) -> String {
    format!("q-{q}-term")
}
/// The label of an option (`yes`/`no`/`dont-know` share `answer-<value>`).
pub fn option(q: &str, value: &str) -> String {
    match value {
        "yes" | "no" | crate::answers::DONT_KNOW => format!("answer-{value}"),
        _ => format!("q-{q}-{value}"),
    }
}
pub fn unit(unit: &str) -> String {
    format!("unit-{unit}")
}
/// The unit after a number (`$count`), in the plural form the language uses for it (Arabic:
/// one, two, 3-10, 11 and more).
pub fn unit_count(unit: &str) -> String {
    format!("unit-{unit}-count")
}
pub fn service_name(s: &str) -> String {
    format!("svc-{s}")
}
pub fn service_gives(s: &str) -> String {
    format!("svc-{s}-gives")
}
pub fn service_for(s: &str) -> String {
    format!("svc-{s}-for")
}
/// Where to turn right now, for an urgent service (shown in the urgent box).
pub fn service_urgent(s: &str) -> String {
    format!("svc-{s}-urgent")
}
pub fn rule(r: &str) -> String {
    format!("rule-{r}")
}
pub fn document_name(d: &str) -> String {
    format!("doc-{d}")
}
pub fn document_what(d: &str) -> String {
    format!("doc-{d}-what")
}
pub fn document_where(d: &str) -> String {
    format!("doc-{d}-where")
}
pub fn provider(p: &str) -> String {
    format!("provider-{p}")
}
pub fn time(t: &str) -> String {
    format!("time-{t}")
}

/// Every message id the catalogue's pages use.
pub fn required(c: &Catalogue) -> Vec<String> {
    let mut ids = Vec::new();
    for a in &c.areas {
        ids.extend([area_title(&a.id), area_hint(&a.id)]);
    }
    for q in &c.questions {
        ids.extend([question(&q.id), question_short(&q.id)]);
        if q.why {
            ids.push(question_why(&q.id));
        }
        if q.term {
            ids.extend([question_term_title(&q.id), question_term(&q.id)]);
        }
        match &q.kind {
            QuestionKind::Number { unit: u, .. } => ids.extend([unit(u), unit_count(u)]),
            kind => ids.extend(kind.options().into_iter().map(|o| option(&q.id, o))),
        }
    }
    for s in &c.services {
        ids.extend([service_name(&s.id), service_gives(&s.id), service_for(&s.id), time(&s.time)]);
        ids.extend(s.rules.iter().map(|r| rule(&r.id)));
        if s.urgent {
            ids.push(service_urgent(&s.id));
        }
    }
    for d in &c.documents {
        ids.extend([document_name(&d.id), document_what(&d.id), document_where(&d.id)]);
    }
    for p in &c.providers {
        ids.push(provider(&p.id));
    }
    ids.sort();
    ids.dedup();
    ids
}
