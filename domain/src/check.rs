//! Checks a catalogue before anyone sees it (at build time and in tests): ids unique and
//! resolvable, conditions well formed, no question looking ahead (so no cycles), every
//! question reachable and every service able to fit for some set of answers.

use crate::{
    answers::{Answer, Answers, DONT_KNOW},
    catalogue::{Catalogue, QuestionKind},
    condition::Condition,
    flow::is_asked,
    results::{evaluate_service, Fit},
};
use std::collections::{BTreeSet, HashSet};

/// Every problem found, each naming the record it concerns. Empty when the catalogue is fine.
pub fn check(catalogue: &Catalogue) -> Vec<String> {
    let mut problems = Vec::new();
    unique_ids(catalogue, &mut problems);
    references(catalogue, &mut problems);
    if problems.is_empty() {
        reachability(catalogue, &mut problems);
    }
    problems
}

fn unique_ids(c: &Catalogue, problems: &mut Vec<String>) {
    let lists: [(&str, Vec<&str>); 5] = [
        ("area", c.areas.iter().map(|a| a.id.as_str()).collect()),
        ("question", c.questions.iter().map(|q| q.id.as_str()).collect()),
        ("service", c.services.iter().map(|s| s.id.as_str()).collect()),
        ("document", c.documents.iter().map(|d| d.id.as_str()).collect()),
        ("provider", c.providers.iter().map(|p| p.id.as_str()).collect()),
    ];
    for (kind, ids) in lists {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                problems.push(format!("{kind} `{id}` is defined twice"));
            }
            if id.is_empty() || !id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-') {
                problems.push(format!("{kind} `{id}`: ids are lowercase letters, digits and dashes"));
            }
        }
    }
}

/// Checks a condition used in `place`; `earlier` are the questions it may look at.
fn check_condition(c: &Catalogue, cond: &Condition, earlier: Option<&[String]>, place: &str, problems: &mut Vec<String>) {
    match cond {
        Condition::All { all: list } | Condition::Any { any: list } => {
            if list.is_empty() {
                problems.push(format!("{place}: empty all/any"));
            }
            list.iter().for_each(|x| check_condition(c, x, earlier, place, problems))
        }
        Condition::Not { not } => check_condition(c, not, earlier, place, problems),
        Condition::Is { q, .. } | Condition::In { q, .. } | Condition::Range { q, .. } => {
            let Some(question) = c.question(q) else {
                problems.push(format!("{place}: question `{q}` does not exist"));
                return;
            };
            if let Some(earlier) = earlier {
                if !earlier.contains(q) {
                    problems.push(format!("{place}: looks at `{q}`, which is not asked before it"));
                }
            }
            let values: Vec<&str> = match cond {
                Condition::Is { is, .. } => vec![is.as_str()],
                Condition::In { values, .. } => values.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            };
            match (&question.kind, cond) {
                (QuestionKind::Number { .. }, Condition::Range { min, max, .. }) => {
                    if min.is_none() && max.is_none() {
                        problems.push(format!("{place}: range on `{q}` needs min or max"));
                    }
                }
                (QuestionKind::Number { .. }, _) => {
                    problems.push(format!("{place}: `{q}` is a number: use min/max"))
                }
                (_, Condition::Range { .. }) => problems.push(format!("{place}: `{q}` is not a number")),
                (QuestionKind::Municipality, _) => {}
                (kind, _) => {
                    let options = kind.options();
                    for v in values {
                        if !options.contains(&v) {
                            problems.push(format!("{place}: `{v}` is not an option of `{q}`"));
                        }
                    }
                }
            }
        }
    }
}

fn references(c: &Catalogue, problems: &mut Vec<String>) {
    for area in &c.areas {
        let mut earlier: Vec<String> = Vec::new();
        for qid in &area.questions {
            match c.question(qid) {
                None => problems.push(format!("area `{}`: question `{qid}` does not exist", area.id)),
                Some(q) => {
                    if earlier.contains(qid) {
                        problems.push(format!("area `{}`: question `{qid}` is listed twice", area.id));
                    }
                    if let Some(cond) = &q.ask_if {
                        let place = format!("question `{qid}` (ask_if, area `{}`)", area.id);
                        check_condition(c, cond, Some(&earlier), &place, problems);
                    }
                }
            }
            earlier.push(qid.clone());
        }
    }
    for q in &c.questions {
        if !c.areas.iter().any(|a| a.questions.contains(&q.id)) {
            problems.push(format!("question `{}` belongs to no area", q.id));
        }
        match &q.kind {
            QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
                if options.len() < 2 {
                    problems.push(format!("question `{}`: a choice needs at least two options", q.id));
                }
                let unique: BTreeSet<_> = options.iter().collect();
                if unique.len() != options.len() {
                    problems.push(format!("question `{}`: an option is listed twice", q.id));
                }
            }
            QuestionKind::Number { min, max, .. } if min > max => {
                problems.push(format!("question `{}`: min is larger than max", q.id))
            }
            _ => {}
        }
    }
    for s in &c.services {
        let place = format!("service `{}`", s.id);
        if s.areas.is_empty() {
            problems.push(format!("{place}: lists no area"));
        }
        for a in &s.areas {
            if c.area(a).is_none() {
                problems.push(format!("{place}: area `{a}` does not exist"));
            }
        }
        if !c.providers.iter().any(|p| p.id == s.provider) {
            problems.push(format!("{place}: provider `{}` does not exist", s.provider));
        }
        for d in &s.documents {
            if c.document(d.id()).is_none() {
                problems.push(format!("{place}: document `{}` does not exist", d.id()));
            }
            if let crate::catalogue::DocumentRef::When { when, .. } = d {
                check_condition(c, when, None, &format!("{place}, document `{}`", d.id()), problems);
            }
        }
        if !s.link.starts_with("https://") {
            problems.push(format!("{place}: link must be an https:// address"));
        }
        for r in &s.rules {
            let rule_place = format!("{place}, rule `{}`", r.id);
            check_condition(c, &r.when, None, &rule_place, problems);
            for q in r.when.questions() {
                for a in &s.areas {
                    if c.area(a).is_some_and(|area| !area.questions.iter().any(|x| x == q)) {
                        problems.push(format!("{rule_place}: `{q}` is never asked in area `{a}`"));
                    }
                }
            }
        }
    }
    for d in &c.documents {
        if !c.services.iter().any(|s| s.documents.iter().any(|x| x.id() == d.id)) {
            problems.push(format!("document `{}` is needed by no service", d.id));
        }
    }
}

/// Values worth trying for each question: every option, and numbers around each threshold
/// that any condition uses.
fn candidates(c: &Catalogue, qid: &str) -> Vec<Answer> {
    let q = c.question(qid).expect("checked");
    match &q.kind {
        QuestionKind::YesNo | QuestionKind::Single { .. } => {
            q.kind.options().into_iter().map(|o| Answer::One(o.to_owned())).collect()
        }
        QuestionKind::Multiple { options } => {
            let mut out: Vec<Answer> = options.iter().map(|o| Answer::Many(vec![o.clone()])).collect();
            out.push(Answer::Many(options.iter().filter(|o| *o != DONT_KNOW).cloned().collect()));
            out
        }
        QuestionKind::Number { min, max, .. } => {
            let mut values: BTreeSet<i64> = [*min, *max].into();
            let conditions = c
                .questions
                .iter()
                .filter_map(|q| q.ask_if.as_ref())
                .chain(c.services.iter().flat_map(|s| s.rules.iter().map(|r| &r.when)));
            for cond in conditions {
                values.extend(cond.thresholds(qid).into_iter().filter(|v| v >= min && v <= max));
            }
            values.into_iter().map(Answer::Number).collect()
        }
        QuestionKind::Municipality => vec![Answer::One("000000".into())],
    }
}

/// Explores the answer paths of every area (depth first, over the candidate values) until every
/// question has been asked and every service has fitted at least once.
fn reachability(c: &Catalogue, problems: &mut Vec<String>) {
    const MAX_PATHS: usize = 2_000_000;
    let mut asked: HashSet<&str> = HashSet::new();
    let mut fitted: HashSet<&str> = HashSet::new();
    for area in &c.areas {
        let services = c.area_services(&area.id);
        let mut answers = Answers::new();
        let mut paths = 0usize;
        explore(c, &area.questions, 0, &mut answers, &services, &mut asked, &mut fitted, &mut paths, MAX_PATHS);
        if paths >= MAX_PATHS {
            problems.push(format!("area `{}`: more than {MAX_PATHS} answer paths; split it", area.id));
        }
    }
    for q in &c.questions {
        if !asked.contains(q.id.as_str()) {
            problems.push(format!("question `{}` is never asked, whatever the answers", q.id));
        }
    }
    for s in &c.services {
        if !fitted.contains(s.id.as_str()) {
            problems.push(format!("service `{}` never fits, whatever the answers", s.id));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn explore<'a>(
    c: &'a Catalogue,
    path: &'a [String],
    index: usize,
    answers: &mut Answers,
    services: &[&'a crate::catalogue::Service],
    asked: &mut HashSet<&'a str>,
    fitted: &mut HashSet<&'a str>,
    paths: &mut usize,
    max: usize,
) {
    if *paths >= max || (path.iter().all(|q| asked.contains(q.as_str())) && services.iter().all(|s| fitted.contains(s.id.as_str()))) {
        return;
    }
    let Some(qid) = path.get(index) else {
        *paths += 1;
        for s in services {
            if evaluate_service(s, answers).fit == Fit::Fits {
                fitted.insert(&s.id);
            }
        }
        return;
    };
    let question = c.question(qid).expect("checked");
    if !is_asked(question, answers) {
        explore(c, path, index + 1, answers, services, asked, fitted, paths, max);
        return;
    }
    asked.insert(&question.id);
    for value in candidates(c, qid) {
        answers.insert(qid.clone(), value);
        explore(c, path, index + 1, answers, services, asked, fitted, paths, max);
    }
    answers.remove(qid);
}
