//! Content catalogue compiled from `content/` and `locales/` by `build.rs`.

use domain::catalogue::{Area, Catalogue};
use std::sync::LazyLock;

/// A shipped interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, also the URL prefix (`/ar/...`).
    pub code: &'static str,
    /// The language's name in its own script ("العربية").
    pub endonym: &'static str,
    /// Written right to left.
    pub rtl: bool,
    /// Checked by a person who reads it natively (or the Italian source itself). The others
    /// say so on every page and point to the Italian.
    pub reviewed: bool,
}

impl Language {
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/generated.rs"));

/// The shipped language with this code (or the pseudo-locale, where it is enabled).
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code).or_else(|| (code == PSEUDO.code && pseudo_locale_enabled()).then_some(&PSEUDO))
}

#[cfg(feature = "ssr")]
static PSEUDO_ON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Serves the pseudo-locale ([`PSEUDO`]) from now on: for the browser tests only
/// (`PONTE_PSEUDO_LOCALE`). It is never listed among the languages, nor negotiated.
#[cfg(feature = "ssr")]
pub fn enable_pseudo_locale() {
    PSEUDO_ON.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether pages in the pseudo-locale are served. In the browser it is whatever the server
/// served: a pseudo-locale page only exists where the server enabled it.
pub fn pseudo_locale_enabled() -> bool {
    #[cfg(feature = "ssr")]
    return PSEUDO_ON.load(std::sync::atomic::Ordering::Relaxed);
    #[cfg(not(feature = "ssr"))]
    return true;
}

/// The codes of all shipped languages.
pub fn language_codes() -> Vec<&'static str> {
    LANGUAGES.iter().map(|l| l.code).collect()
}

/// The content catalogue (areas, questions, services, documents, rules).
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
        serde_json::from_str(CATALOGUE_JSON).expect("the catalogue is checked at build time")
    });
    &CATALOGUE
}

pub fn area_ids() -> Vec<&'static str> {
    catalogue().areas.iter().map(|a| a.id.as_str()).collect()
}

pub fn area(id: &str) -> Option<&'static Area> {
    catalogue().area(id)
}
