//! Checks a catalogue before anyone sees it (at build time and in tests): ids unique and
//! resolvable, conditions well formed, no question looking ahead (so no cycles), every
//! question reachable and every service able to fit for some set of answers.

use crate::{
    answers::{Answer, Answers, DONT_KNOW},
    catalogue::{Catalogue, QuestionKind},
    condition::Condition,
    flow::is_asked,
    results::{evaluate_service, Fit, Situation},
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
            list.iter().for_each(|x| check_condition(c, x, earlier, place, problems));
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
                    problems.push(format!("{place}: `{q}` is a number: use min/max"));
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
                problems.push(format!("question `{}`: min is larger than max", q.id));
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
        // The source is the measure's own page or text: an address with a path, not a home page.
        let source_path = s.source.strip_prefix("https://").and_then(|rest| rest.split_once('/')).map(|(_, p)| p);
        if source_path.is_none_or(|p| p.trim_matches('/').is_empty()) {
            problems.push(format!("{place}: source must be an https:// page of the measure, not a home page"));
        }
        if s.law.trim().is_empty() {
            problems.push(format!("{place}: names no law"));
        }
        if crate::calendar::Date::parse(&s.checked).is_none() {
            problems.push(format!("{place}: checked `{}` is not a YYYY-MM-DD date", s.checked));
        }
        for r in &s.rules {
            let rule_place = format!("{place}, rule `{}`", r.id);
            check_condition(c, &r.when, None, &rule_place, problems);
            // A rule may look at a question of another of the person's areas (it stays unknown
            // until answered there), but at least one of the service's areas must ask it.
            for q in r.when.questions() {
                let asked_somewhere = s
                    .areas
                    .iter()
                    .any(|a| c.area(a).is_some_and(|area| area.questions.iter().any(|x| x == q)));
                if !asked_somewhere {
                    problems.push(format!("{rule_place}: `{q}` is asked in none of its areas"));
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

/// Checks that every question can be asked and every service can fit. For each, only the
/// questions it depends on are explored (its rules' or `ask_if`'s questions and, transitively,
/// the questions that decide whether those are asked), depth first over the candidate values
/// in the area's order: a service's result depends on nothing else, and the search stays
/// small however many questions an area has.
fn reachability(c: &Catalogue, problems: &mut Vec<String>) {
    const MAX_PATHS: usize = 200_000;
    let mut asked: HashSet<&str> = HashSet::new();
    let mut fitted: HashSet<&str> = HashSet::new();
    for area in &c.areas {
        for qid in &area.questions {
            if asked.contains(qid.as_str()) {
                continue;
            }
            let question = c.question(qid).expect("checked");
            let path = relevant_path(c, area, question.ask_if.iter());
            let found = search(c, &path, 0, &mut Answers::new(), &mut 0, MAX_PATHS, &mut |answers| {
                is_asked(question, answers)
            });
            if found {
                asked.insert(&question.id);
            }
        }
        for s in c.area_services(&area.id) {
            if fitted.contains(s.id.as_str()) {
                continue;
            }
            let path = relevant_path(c, area, s.rules.iter().map(|r| &r.when));
            let found = search(c, &path, 0, &mut Answers::new(), &mut 0, MAX_PATHS, &mut |answers| {
                let fit = evaluate_service(s, &Situation::new(c, answers)).fit;
                // A service that is always there and has no rule of its own has nothing to match.
                fit == Fit::Fits || (fit == Fit::Always && s.rules.is_empty())
            });
            if found {
                fitted.insert(&s.id);
            }
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

/// The questions of `area` that the conditions look at, with the questions their `ask_if`s
/// look at (transitively), in the area's order.
fn relevant_path<'a>(c: &'a Catalogue, area: &'a crate::catalogue::Area, conditions: impl Iterator<Item = &'a Condition>) -> Vec<&'a str> {
    let mut wanted: BTreeSet<&str> = BTreeSet::new();
    let mut todo: Vec<&str> = conditions.flat_map(|cond| cond.questions()).collect();
    while let Some(q) = todo.pop() {
        if wanted.insert(q) {
            if let Some(ask_if) = c.question(q).and_then(|q| q.ask_if.as_ref()) {
                todo.extend(ask_if.questions());
            }
        }
    }
    area.questions.iter().map(String::as_str).filter(|q| wanted.contains(q)).collect()
}

/// Depth-first search over candidate answers to `path` (skipping questions that are not asked)
/// for answers where `goal` holds.
fn search(
    c: &Catalogue,
    path: &[&str],
    index: usize,
    answers: &mut Answers,
    paths: &mut usize,
    max: usize,
    goal: &mut dyn FnMut(&Answers) -> bool,
) -> bool {
    if *paths >= max {
        return false;
    }
    let Some(qid) = path.get(index) else {
        *paths += 1;
        return goal(answers);
    };
    let question = c.question(qid).expect("checked");
    if !is_asked(question, answers) {
        return search(c, path, index + 1, answers, paths, max, goal);
    }
    for value in candidates(c, qid) {
        answers.insert((*qid).to_owned(), value);
        if search(c, path, index + 1, answers, paths, max, goal) {
            answers.remove(*qid);
            return true;
        }
    }
    answers.remove(*qid);
    false
}
