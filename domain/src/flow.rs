//! The path through an area's questions: which are asked, which comes next, and the full
//! re-validation of an answer set that the server does before showing results.

use crate::{
    answers::{check_answer, AnswerError, Answers},
    catalogue::{Area, Catalogue, Question},
    condition::{Known, Truth},
};
use std::collections::BTreeSet;

/// Whether `question` is asked given the answers so far (its `ask_if` holds).
pub fn is_asked(question: &Question, answers: &Answers) -> bool {
    question.ask_if.as_ref().is_none_or(|c| c.eval(answers) == Truth::True)
}

/// The unanswered questions that do not apply to this person: their `ask_if` is false for
/// what is known (a permit for an Italian citizen, a newborn for a family without small
/// children), in any area. A question marked `skipped_is_unknown` (the ISEE value when the
/// person has no ISEE yet) stays unknown instead: it has a value, nobody knows it yet.
pub fn not_applicable(catalogue: &Catalogue, answers: &Answers) -> BTreeSet<String> {
    let mut skipped = BTreeSet::new();
    // `ask_if` may look at a question that is itself skipped: repeat until nothing changes
    // (at most once per question, as conditions only look at earlier questions).
    loop {
        let mut changed = false;
        for q in &catalogue.questions {
            if answers.contains_key(&q.id) || skipped.contains(&q.id) || q.skipped_is_unknown {
                continue;
            }
            let Some(ask_if) = &q.ask_if else { continue };
            if ask_if.eval_known(Known { answers, not_applicable: &skipped }) == Truth::False {
                skipped.insert(q.id.clone());
                changed = true;
            }
        }
        if !changed {
            return skipped;
        }
    }
}

/// The questions asked on this area's path, in order, for these answers.
pub fn asked<'a>(catalogue: &'a Catalogue, area: &'a Area, answers: &Answers) -> Vec<&'a Question> {
    catalogue.area_questions(area).filter(|q| is_asked(q, answers)).collect()
}

/// The first asked question without an answer; `None` when the person can check answers.
pub fn next<'a>(catalogue: &'a Catalogue, area: &'a Area, answers: &Answers) -> Option<&'a Question> {
    asked(catalogue, area, answers).into_iter().find(|q| !answers.contains_key(&q.id))
}

/// Drops answers to questions that are no longer asked (after a change of an earlier answer)
/// or that do not belong to the area. Returns the ids dropped.
pub fn prune(catalogue: &Catalogue, area: &Area, answers: &mut Answers) -> Vec<String> {
    let keep: Vec<String> = asked(catalogue, area, answers).into_iter().map(|q| q.id.clone()).collect();
    let dropped: Vec<String> = answers.keys().filter(|k| !keep.contains(k)).cloned().collect();
    for id in &dropped {
        answers.remove(id);
    }
    // Removing an answer can un-ask a later question: repeat until stable.
    if !dropped.is_empty() {
        let mut more = prune(catalogue, area, answers);
        let mut all = dropped;
        all.append(&mut more);
        return all;
    }
    dropped
}

/// Position of a question on the path (1-based) and the number of questions asked so far
/// plus those still certainly ahead, for "question 3 of 7".
pub fn progress(catalogue: &Catalogue, area: &Area, answers: &Answers, question: &str) -> (usize, usize) {
    let path = asked(catalogue, area, answers);
    let position = path.iter().position(|q| q.id == question).map_or(path.len(), |p| p + 1);
    (position, path.len())
}

/// A problem with a submitted answer set, tied to the question it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    /// An asked question has no answer.
    Unanswered(String),
    /// An answer to a question this path never asks (or that does not exist).
    NotAsked(String),
    /// The answer is not valid for the question.
    Invalid(String, AnswerError),
}

impl PathError {
    pub fn question(&self) -> &str {
        match self {
            PathError::Unanswered(q) | PathError::NotAsked(q) | PathError::Invalid(q, _) => q,
        }
    }
}

/// Checks a complete answer set the way the server must: every asked question answered,
/// every value valid, nothing answered that the path does not ask.
pub fn validate(catalogue: &Catalogue, area: &Area, answers: &Answers, municipalities: &[&str]) -> Vec<PathError> {
    let path = asked(catalogue, area, answers);
    let mut errors = Vec::new();
    for id in answers.keys() {
        if !path.iter().any(|q| &q.id == id) {
            errors.push(PathError::NotAsked(id.clone()));
        }
    }
    for question in path {
        match answers.get(&question.id) {
            None => errors.push(PathError::Unanswered(question.id.clone())),
            Some(answer) => {
                if let Err(e) = check_answer(question, answer, municipalities) {
                    errors.push(PathError::Invalid(question.id.clone(), e));
                }
            }
        }
    }
    errors
}
