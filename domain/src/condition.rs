//! Conditions on answers, with three-valued logic: a condition on a question that was not
//! answered, or answered "I don't know", is *unknown* — neither true nor false. That is what
//! turns a service into "may fit: ask at the desk" instead of a wrong yes or no.
//!
//! A question that was skipped because it does not apply to the person (its `ask_if` is false:
//! an Italian citizen is never asked about a permit) is different: every test on it is false,
//! as for an answer that matches none of the values. See [`Known`].

use crate::answers::{Answer, Answers, DONT_KNOW};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What is known about a person: their answers, and the questions that do not apply to them.
#[derive(Debug, Clone, Copy)]
pub struct Known<'a> {
    pub answers: &'a Answers,
    pub not_applicable: &'a BTreeSet<String>,
}

/// Written in the content files as small tables:
/// `{ q = "lives-alone", is = "yes" }`, `{ q = "housing", in = ["rent", "guest"] }`,
/// `{ q = "age", min = 65 }`, `{ all = [...] }`, `{ any = [...] }`, `{ not = {...} }`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Condition {
    All {
        all: Vec<Condition>,
    },
    Any {
        any: Vec<Condition>,
    },
    Not {
        not: Box<Condition>,
    },
    /// The answer is this option (or, for a multiple choice, includes it).
    Is {
        q: String,
        is: String,
    },
    /// The answer is one of these options (or, for a multiple choice, includes one).
    In {
        q: String,
        #[serde(rename = "in")]
        values: Vec<String>,
    },
    /// The number answered is within `min..=max` (either bound may be left out).
    Range {
        q: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<i64>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    fn from_bool(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }
}

impl Condition {
    /// Evaluates the condition on the answers given so far (Kleene logic); a question without
    /// an answer is unknown.
    pub fn eval(&self, answers: &Answers) -> Truth {
        static NONE: BTreeSet<String> = BTreeSet::new();
        self.eval_known(Known { answers, not_applicable: &NONE })
    }

    /// Evaluates the condition knowing which unanswered questions do not apply (false)
    /// rather than are unknown.
    pub fn eval_known(&self, known: Known<'_>) -> Truth {
        let answers = known.answers;
        if let Some(q) = self.question() {
            if !answers.contains_key(q) && known.not_applicable.contains(q) {
                return Truth::False;
            }
        }
        match self {
            Condition::All { all } => {
                let mut result = Truth::True;
                for c in all {
                    match c.eval_known(known) {
                        Truth::False => return Truth::False,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::True => {}
                    }
                }
                result
            }
            Condition::Any { any } => {
                let mut result = Truth::False;
                for c in any {
                    match c.eval_known(known) {
                        Truth::True => return Truth::True,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::False => {}
                    }
                }
                result
            }
            Condition::Not { not } => match not.eval_known(known) {
                Truth::True => Truth::False,
                Truth::False => Truth::True,
                Truth::Unknown => Truth::Unknown,
            },
            Condition::Is { q, is } => choice(answers, q, |v| v == is),
            Condition::In { q, values } => choice(answers, q, |v| values.iter().any(|x| x == v)),
            Condition::Range { q, min, max } => match answers.get(q) {
                Some(Answer::Number(n)) => Truth::from_bool(
                    min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m),
                ),
                Some(Answer::One(v)) if v == DONT_KNOW => Truth::Unknown,
                Some(_) => Truth::False,
                None => Truth::Unknown,
            },
        }
    }

    /// The question of a single test (`is`, `in`, a range); `None` for `all`/`any`/`not`.
    fn question(&self) -> Option<&str> {
        match self {
            Condition::Is { q, .. } | Condition::In { q, .. } | Condition::Range { q, .. } => Some(q),
            _ => None,
        }
    }

    /// The questions this condition looks at.
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_questions(&mut out);
        out
    }

    fn collect_questions<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Condition::All { all: list } | Condition::Any { any: list } => {
                list.iter().for_each(|c| c.collect_questions(out));
            }
            Condition::Not { not } => not.collect_questions(out),
            Condition::Is { q, .. } | Condition::In { q, .. } | Condition::Range { q, .. } => {
                out.push(q);
            }
        }
    }

    /// Numbers where the truth of a range condition may change: used to pick test answers.
    pub fn thresholds(&self, question: &str) -> Vec<i64> {
        match self {
            Condition::All { all: list } | Condition::Any { any: list } => {
                list.iter().flat_map(|c| c.thresholds(question)).collect()
            }
            Condition::Not { not } => not.thresholds(question),
            Condition::Range { q, min, max } if q == question => {
                let mut out = Vec::new();
                if let Some(m) = min {
                    out.extend([m - 1, *m]);
                }
                if let Some(m) = max {
                    out.extend([*m, m + 1]);
                }
                out
            }
            _ => Vec::new(),
        }
    }
}

fn choice(answers: &Answers, q: &str, matches: impl Fn(&str) -> bool) -> Truth {
    match answers.get(q) {
        None => Truth::Unknown,
        Some(Answer::One(v)) if v == DONT_KNOW => Truth::Unknown,
        Some(Answer::One(v)) => Truth::from_bool(matches(v)),
        Some(Answer::Many(list)) => Truth::from_bool(list.iter().any(|v| matches(v))),
        Some(Answer::Number(_)) => Truth::False,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().cloned().map(|(k, v)| (k.to_owned(), v)).collect()
    }

    fn is(q: &str, v: &str) -> Condition {
        Condition::Is { q: q.into(), is: v.into() }
    }

    #[test]
    fn unanswered_and_dont_know_are_unknown() {
        let a = answers(&[("alone", Answer::One(DONT_KNOW.into()))]);
        assert_eq!(is("alone", "yes").eval(&a), Truth::Unknown);
        assert_eq!(is("other", "yes").eval(&a), Truth::Unknown);
        assert_eq!(Condition::Range { q: "age".into(), min: Some(65), max: None }.eval(&a), Truth::Unknown);
    }

    #[test]
    fn a_question_that_does_not_apply_is_false_not_unknown() {
        let a = answers(&[("citizenship", Answer::One("italian".into()))]);
        let skipped: BTreeSet<String> = ["permit".to_owned()].into();
        let known = Known { answers: &a, not_applicable: &skipped };
        let permit_missing = Condition::In { q: "permit".into(), values: vec!["none".into(), "expired".into()] };
        assert_eq!(permit_missing.eval(&a), Truth::Unknown, "without knowing why it is missing");
        assert_eq!(permit_missing.eval_known(known), Truth::False);
        assert_eq!(Condition::Not { not: Box::new(permit_missing) }.eval_known(known), Truth::True);
        assert_eq!(Condition::Range { q: "permit".into(), min: Some(1), max: None }.eval_known(known), Truth::False);
        // A question that is simply not answered stays unknown.
        assert_eq!(is("age-band", "old").eval_known(known), Truth::Unknown);
    }

    #[test]
    fn kleene_logic() {
        let a = answers(&[("alone", Answer::One("yes".into()))]);
        let unknown = is("age-band", "old");
        let all = Condition::All { all: vec![is("alone", "yes"), unknown.clone()] };
        assert_eq!(all.eval(&a), Truth::Unknown);
        let all_false = Condition::All { all: vec![is("alone", "no"), unknown.clone()] };
        assert_eq!(all_false.eval(&a), Truth::False);
        let any = Condition::Any { any: vec![unknown.clone(), is("alone", "yes")] };
        assert_eq!(any.eval(&a), Truth::True);
        assert_eq!(Condition::Not { not: Box::new(unknown) }.eval(&a), Truth::Unknown);
        assert_eq!(Condition::Not { not: Box::new(is("alone", "yes")) }.eval(&a), Truth::False);
    }

    #[test]
    fn ranges_and_membership() {
        let a = answers(&[
            ("age", Answer::Number(65)),
            ("needs", Answer::Many(vec!["meals".into(), "washing".into()])),
        ]);
        assert_eq!(Condition::Range { q: "age".into(), min: Some(65), max: None }.eval(&a), Truth::True);
        assert_eq!(Condition::Range { q: "age".into(), min: None, max: Some(64) }.eval(&a), Truth::False);
        assert_eq!(is("needs", "meals").eval(&a), Truth::True);
        let none_of = Condition::In { q: "needs".into(), values: vec!["shopping".into()] };
        assert_eq!(none_of.eval(&a), Truth::False);
    }

    #[test]
    fn reads_the_content_file_syntax() {
        let c: Condition = serde_json::from_str(
            r#"{"all": [{"q": "age", "min": 65}, {"not": {"q": "alone", "is": "no"}}, {"q": "h", "in": ["a", "b"]}]}"#,
        )
        .unwrap();
        assert_eq!(c.questions(), ["age", "alone", "h"]);
        assert_eq!(c.thresholds("age"), [64, 65]);
    }
}
