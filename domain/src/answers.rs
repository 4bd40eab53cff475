//! Answers as structured codes (never translated text), so a dossier reads the same in every
//! language, and the parsing of what a form sent into them.

use crate::catalogue::{Question, QuestionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The option value meaning "I don't know": allowed where a question lists it, and read by
/// every rule as *unknown*.
pub const DONT_KNOW: &str = "dont-know";

/// The answer to a municipality question for a place outside the network: no desk of the
/// network is competent for it, so desks are listed nearest first.
pub const OTHER_MUNICIPALITY: &str = "other";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Number(i64),
    One(String),
    Many(Vec<String>),
}

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

/// Why a submitted value is refused; each maps to a translated message next to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerError {
    #[error("no answer given")]
    Missing,
    #[error("not one of the options")]
    NotAnOption,
    #[error("not a whole number")]
    NotANumber,
    #[error("number too small")]
    TooSmall,
    #[error("number too large")]
    TooLarge,
    #[error("not a municipality of the network")]
    UnknownMunicipality,
}

impl AnswerError {
    /// The message id explaining the problem (`error-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            AnswerError::Missing => "missing",
            AnswerError::NotAnOption => "not-an-option",
            AnswerError::NotANumber => "not-a-number",
            AnswerError::TooSmall => "too-small",
            AnswerError::TooLarge => "too-large",
            AnswerError::UnknownMunicipality => "unknown-municipality",
        }
    }
}

/// Turns the values a form sent for `question` into an answer. `municipalities` are the ISTAT
/// codes of the network (municipality questions only; [`OTHER_MUNICIPALITY`] is always valid).
pub fn parse_answer(
    question: &Question,
    values: &[&str],
    municipalities: &[&str],
) -> Result<Answer, AnswerError> {
    let values: Vec<&str> = values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect();
    match &question.kind {
        QuestionKind::Multiple { options } => {
            let mut chosen = Vec::new();
            for v in values {
                if !options.iter().any(|o| o == v) {
                    return Err(AnswerError::NotAnOption);
                }
                if !chosen.iter().any(|c| c == v) {
                    chosen.push(v.to_owned());
                }
            }
            // Keep the content's order, whatever order the form sent.
            chosen.sort_by_key(|c| options.iter().position(|o| o == c));
            if chosen.is_empty() {
                return Err(AnswerError::Missing);
            }
            Ok(Answer::Many(chosen))
        }
        kind => {
            let [value] = values.as_slice() else {
                return Err(if values.is_empty() { AnswerError::Missing } else { AnswerError::NotAnOption });
            };
            check_single(kind, value, municipalities)
        }
    }
}

fn check_single(kind: &QuestionKind, value: &str, municipalities: &[&str]) -> Result<Answer, AnswerError> {
    match kind {
        QuestionKind::YesNo | QuestionKind::Single { .. } => {
            if kind.options().contains(&value) {
                Ok(Answer::One(value.to_owned()))
            } else {
                Err(AnswerError::NotAnOption)
            }
        }
        QuestionKind::Number { min, max, .. } => {
            // People type "1.500" or "1 500" for thousands: accept digit groups.
            let digits: String = value.chars().filter(|c| !matches!(c, '.' | ' ' | '\'' | '\u{a0}')).collect();
            let n: i64 = digits.parse().map_err(|_| AnswerError::NotANumber)?;
            if n < *min {
                Err(AnswerError::TooSmall)
            } else if n > *max {
                Err(AnswerError::TooLarge)
            } else {
                Ok(Answer::Number(n))
            }
        }
        QuestionKind::Municipality => {
            if municipalities.contains(&value) || value == OTHER_MUNICIPALITY {
                Ok(Answer::One(value.to_owned()))
            } else {
                Err(AnswerError::UnknownMunicipality)
            }
        }
        QuestionKind::Multiple { .. } => unreachable!("handled by parse_answer"),
    }
}

/// Whether an already parsed answer is valid for the question (server re-validation of a
/// stored or submitted answer set).
pub fn check_answer(question: &Question, answer: &Answer, municipalities: &[&str]) -> Result<(), AnswerError> {
    let values: Vec<String> = match answer {
        Answer::Number(n) => vec![n.to_string()],
        Answer::One(v) => vec![v.clone()],
        Answer::Many(list) => {
            if !matches!(question.kind, QuestionKind::Multiple { .. }) {
                return Err(AnswerError::NotAnOption);
            }
            list.clone()
        }
    };
    if matches!(question.kind, QuestionKind::Multiple { .. }) && !matches!(answer, Answer::Many(_)) {
        return Err(AnswerError::NotAnOption);
    }
    if matches!(question.kind, QuestionKind::Number { .. }) && !matches!(answer, Answer::Number(_)) {
        return Err(AnswerError::NotANumber);
    }
    let refs: Vec<&str> = values.iter().map(String::as_str).collect();
    let parsed = parse_answer(question, &refs, municipalities)?;
    if &parsed == answer {
        Ok(())
    } else {
        Err(AnswerError::NotAnOption)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: QuestionKind) -> Question {
        Question { id: "q".into(), kind, ask_if: None, why: false, term: false, skipped_is_unknown: false, access_condition: false }
    }

    #[test]
    fn numbers_accept_thousand_separators_and_respect_bounds() {
        let q = question(QuestionKind::Number { min: 0, max: 100_000, unit: "euro".into() });
        assert_eq!(parse_answer(&q, &["9.530"], &[]), Ok(Answer::Number(9530)));
        assert_eq!(parse_answer(&q, &[" 12 000 "], &[]), Ok(Answer::Number(12000)));
        assert_eq!(parse_answer(&q, &["-1"], &[]), Err(AnswerError::TooSmall));
        assert_eq!(parse_answer(&q, &["200000"], &[]), Err(AnswerError::TooLarge));
        assert_eq!(parse_answer(&q, &["dieci"], &[]), Err(AnswerError::NotANumber));
        assert_eq!(parse_answer(&q, &[""], &[]), Err(AnswerError::Missing));
    }

    #[test]
    fn choices_must_be_offered() {
        let q = question(QuestionKind::Single { options: vec!["a".into(), "b".into()] });
        assert_eq!(parse_answer(&q, &["b"], &[]), Ok(Answer::One("b".into())));
        assert_eq!(parse_answer(&q, &["c"], &[]), Err(AnswerError::NotAnOption));
        assert_eq!(parse_answer(&q, &["a", "b"], &[]), Err(AnswerError::NotAnOption));
        assert_eq!(parse_answer(&q, &[], &[]), Err(AnswerError::Missing));
    }

    #[test]
    fn multiple_choice_keeps_content_order_without_duplicates() {
        let q = question(QuestionKind::Multiple { options: vec!["a".into(), "b".into(), "c".into()] });
        assert_eq!(parse_answer(&q, &["c", "a", "c"], &[]), Ok(Answer::Many(vec!["a".into(), "c".into()])));
        assert_eq!(parse_answer(&q, &["z"], &[]), Err(AnswerError::NotAnOption));
        assert!(check_answer(&q, &Answer::One("a".into()), &[]).is_err());
        assert!(check_answer(&q, &Answer::Many(vec!["c".into(), "a".into()]), &[]).is_err(), "unsorted");
    }

    #[test]
    fn municipalities_come_from_the_network() {
        let q = question(QuestionKind::Municipality);
        assert_eq!(parse_answer(&q, &["016091"], &["016091"]), Ok(Answer::One("016091".into())));
        assert_eq!(parse_answer(&q, &["999999"], &["016091"]), Err(AnswerError::UnknownMunicipality));
        assert_eq!(parse_answer(&q, &[""], &["016091"]), Err(AnswerError::Missing));
        // Someone living outside the network says so, rather than picking a wrong place.
        assert_eq!(parse_answer(&q, &["other"], &["016091"]), Ok(Answer::One(OTHER_MUNICIPALITY.into())));
        assert_eq!(check_answer(&q, &Answer::One("016091".into()), &[]), Err(AnswerError::UnknownMunicipality));
    }
}
