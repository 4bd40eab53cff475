//! Posted HTML forms, read as name/value pairs (a name may repeat, as checkboxes do).

use axum::Form;

pub(crate) type Pairs = Form<Vec<(String, String)>>;

/// Every value posted under `name`, in order.
pub(crate) fn values<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
}

/// The first value posted under `name`, or "" when there is none.
pub(crate) fn value(pairs: &[(String, String)], name: &str) -> String {
    values(pairs, name).first().map(std::string::ToString::to_string).unwrap_or_default()
}
