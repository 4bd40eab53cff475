//! Choosing the language a page is shown in.
//!
//! Order of preference (issue #2): the language in the URL, then the person's earlier choice
//! (a cookie), then the browser's `Accept-Language`, then Italian.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

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
    let requested: Vec<LanguageIdentifier> = accepted_languages(header).into_iter().map(alias).collect();
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

/// The language a browser's tag is best read in, where the tag names it differently: Filipino
/// (`fil`) is standard Tagalog (`tl`); Punjabi in Shahmukhi script (`pa-Arab`, Pakistan) is
/// read by people whose written language is Urdu, not Gurmukhi Punjabi.
fn alias(id: LanguageIdentifier) -> LanguageIdentifier {
    match (id.language.as_str(), id.script.as_ref().map(unic_langid::subtags::Script::as_str)) {
        ("fil", _) => "tl".parse().unwrap_or(id),
        ("pa", Some("Arab")) => "ur".parse().unwrap_or(id),
        _ => id,
    }
}

/// Returns the shipped code equal to `code` (case-insensitive), if any.
pub fn find<'a>(code: &str, available: &[&'a str]) -> Option<&'a str> {
    available.iter().copied().find(|a| a.eq_ignore_ascii_case(code))
}

/// Whether a text is written right to left: its first letter is in a right-to-left script
/// (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). A language's direction is that of its own name:
/// Urdu's "اردو" is, Punjabi's "ਪੰਜਾਬੀ" (Gurmukhi) is not. The code alone cannot tell: Punjabi
/// is also written in Arabic script, and the CLDR table behind `unic-langid` calls `pa` right
/// to left.
pub fn is_rtl_text(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
        matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x1_0800..=0x1_0FFF | 0x1_E800..=0x1_EFFF)
    })
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
    fn every_shipped_language_is_found_from_a_browser_tag() {
        const ALL: &[&str] = &["ar", "bn", "en", "es", "fr", "it", "pa", "ro", "ru", "sq", "tl", "uk", "ur", "zh"];
        for (tag, expected) in [
            ("ur-PK", "ur"),
            ("zh-CN", "zh"),
            ("zh-Hans-CN", "zh"),
            ("pa-IN", "pa"),
            ("pa-Guru-IN", "pa"),
            ("pa-Arab-PK", "ur"),
            ("fil", "tl"),
            ("fil-PH", "tl"),
            ("tl-PH", "tl"),
            ("sq-AL", "sq"),
            ("bn-BD", "bn"),
            ("uk-UA", "uk"),
            ("ro-MD", "ro"),
            ("es-419", "es"),
            ("fr-CA,en;q=0.5", "fr"),
        ] {
            assert_eq!(negotiate(None, Some(tag), ALL), expected, "{tag}");
        }
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
        for rtl in ["العربية", "اردو", "עברית", "فارسی"] {
            assert!(is_rtl_text(rtl), "{rtl}");
        }
        for ltr in ["Italiano", "ਪੰਜਾਬੀ", "বাংলা", "中文", "Українська", "", "123"] {
            assert!(!is_rtl_text(ltr), "{ltr}");
        }
    }
}
