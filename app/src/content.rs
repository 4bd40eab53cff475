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

/// The shipped language with this code.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
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
