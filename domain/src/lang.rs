//! Choosing the language a page is shown in.
//!
//! Order of preference (issue #2): the language in the URL, then the person's earlier choice
//! (a cookie), then the browser's `Accept-Language`, then Italian.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The language every page falls back to: the desks work in Italian.
pub const DEFAULT_LANG: &str = "it";

/// Picks the best shipped language for a request.
///
/// `cookie` is the person's earlier explicit choice and wins over `accept_language`; values that
/// are not shipped are ignored. `available` holds the shipped language codes.
pub fn negotiate<'a>(
    cookie: Option<&str>,
    accept_language: Option<&str>,
    available: &[&'a str],
) -> &'a str {
    if let Some(chosen) = cookie.and_then(|c| find(c.trim(), available)) {
        return chosen;
    }
    let default = find(DEFAULT_LANG, available).unwrap_or(DEFAULT_LANG);
    let Some(header) = accept_language else {
        return default;
    };
    let requested = accepted_languages(header);
    let offered: Vec<LanguageIdentifier> =
        available.iter().filter_map(|code| code.parse().ok()).collect();
    let best = negotiate_languages(&requested, &offered, None, NegotiationStrategy::Lookup);
    best.first()
        .and_then(|id| find(&id.to_string(), available))
        .unwrap_or(default)
}

/// The languages of an `Accept-Language` header, most wanted first. (fluent-langneg's own
/// parser keeps the header order and ignores `q=` weights, which browsers do not promise.)
pub fn accepted_languages(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            let id = tag.parse::<LanguageIdentifier>().ok()?;
            (q > 0.0 && tag != "*").then_some((q, id))
        })
        .collect();
    // Stable sort: equal weights keep the header's order.
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// Returns the shipped code equal to `code` (case-insensitive), if any.
pub fn find<'a>(code: &str, available: &[&'a str]) -> Option<&'a str> {
    available.iter().copied().find(|a| a.eq_ignore_ascii_case(code))
}

/// Whether a language is written right to left (Arabic, Persian, Urdu, Hebrew, ...).
pub fn is_rtl(code: &str) -> bool {
    code.parse::<LanguageIdentifier>()
        .is_ok_and(|id| id.character_direction() == CharacterDirection::RTL)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &[&str] = &["ar", "en", "it"];

    #[test]
    fn cookie_wins_over_browser_language() {
        assert_eq!(negotiate(Some("ar"), Some("en-GB,en;q=0.9"), SHIPPED), "ar");
    }

    #[test]
    fn unknown_cookie_is_ignored() {
        assert_eq!(negotiate(Some("xx"), Some("en-GB,en;q=0.9"), SHIPPED), "en");
    }

    #[test]
    fn browser_language_with_region_matches_shipped_language() {
        assert_eq!(negotiate(None, Some("ar-MA,fr;q=0.8"), SHIPPED), "ar");
        assert_eq!(negotiate(None, Some("en-US"), SHIPPED), "en");
    }

    #[test]
    fn quality_order_is_respected() {
        assert_eq!(negotiate(None, Some("de-DE,en;q=0.5,ar;q=0.9"), SHIPPED), "ar");
    }

    #[test]
    fn refused_and_malformed_languages_are_skipped() {
        assert_eq!(negotiate(None, Some("ar;q=0, en;q=0.2, ;q=, 12345"), SHIPPED), "en");
    }

    #[test]
    fn falls_back_to_italian() {
        assert_eq!(negotiate(None, Some("zh-CN,de;q=0.8"), SHIPPED), "it");
        assert_eq!(negotiate(None, None, SHIPPED), "it");
        assert_eq!(negotiate(None, Some(""), SHIPPED), "it");
    }

    #[test]
    fn direction_follows_the_script() {
        assert!(is_rtl("ar"));
        assert!(!is_rtl("it"));
        assert!(!is_rtl("en"));
        assert!(!is_rtl("not a language"));
    }
}
