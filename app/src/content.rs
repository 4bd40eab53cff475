//! Content catalogue compiled from `content/` and `locales/` by `build.rs`.

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

/// An area of need on the home page; its texts are `area-<id>` and `area-<id>-hint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub id: &'static str,
    pub icon: &'static str,
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

pub fn area_ids() -> Vec<&'static str> {
    AREAS.iter().map(|a| a.id).collect()
}

pub fn area(id: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.id == id)
}
