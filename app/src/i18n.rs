//! Translations: one Fluent bundle per language.
//!
//! On the server every shipped language is loaded from the sources compiled in by `build.rs`.
//! The browser gets only the language of the page: the server publishes it at
//! [`messages_url`], the wasm start-up fetches it and calls [`install_client_messages`] before
//! hydrating, so the WebAssembly bundle carries no translations at all.

use crate::content::{language, Language};
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use std::sync::Arc;

pub type Bundle = FluentBundle<FluentResource>;

/// The language of the page being rendered, with its messages. Provided by the page layout.
#[derive(Clone)]
pub struct I18n {
    pub lang: &'static Language,
    bundle: Arc<Bundle>,
}

impl I18n {
    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// A whole number as the language writes it, thousands grouped with a separator that
    /// cannot be read as a decimal point (`12.000`, `12,000`, `12٬000`).
    pub fn number(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        if digits.len() < 4 {
            return n.to_string();
        }
        let separator = self.t("number-thousands-separator");
        let mut out = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&separator);
            }
            out.push(d);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    }

    /// The browser tab's title of a page: the page's own, then the site's name.
    pub fn page_title(&self, page: &str) -> String {
        format!("{page} – {}", self.t("site-name"))
    }

    /// A message phrased for who needs help: "you" or "the person you help".
    pub fn t_who(&self, id: &str, who: domain::journey::Who) -> String {
        self.t_with(id, &[("who", FluentValue::from(who.as_str()))])
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // The translation tests make this unreachable for shipped ids; show the id rather
            // than nothing so a gap is visible and reportable.
            leptos::logging::error!("missing message `{id}` in `{}`", self.lang.code);
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            leptos::logging::error!("message `{id}` in `{}`: {errors:?}", self.lang.code);
        }
        text.into_owned()
    }
}

/// The translations of the current page: provided by the page layout on the server. An island
/// hydrated in the browser has no context from the page around it: there it is the one language
/// the browser downloaded.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| resolve(None).0)
}

/// Parses Fluent sources into a bundle. Errors name the language and the problem.
pub fn build_bundle<'a>(
    code: &str,
    sources: impl IntoIterator<Item = &'a str>,
) -> Result<Bundle, String> {
    let id: unic_langid::LanguageIdentifier =
        code.parse().map_err(|e| format!("{code}: not a language code: {e}"))?;
    let mut bundle = Bundle::new_concurrent(vec![id]);
    for source in sources {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("{code}: Fluent syntax errors: {errors:?}"))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{code}: duplicate message ids: {errors:?}"))?;
    }
    Ok(bundle)
}

/// Where the browser downloads the messages of one language. The version makes the URL
/// change whenever the texts change, so browsers may cache it for good.
pub fn messages_url(code: &str) -> String {
    format!("/i18n/{code}.ftl?v={}", messages_version(code))
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::content::FTL_SOURCES;
    use std::{collections::HashMap, sync::LazyLock};

    /// Every language's sources, the pseudo-locale's last.
    fn sources() -> impl Iterator<Item = (&'static str, &'static [(&'static str, &'static str)])> {
        FTL_SOURCES.iter().copied().chain([(crate::content::PSEUDO.code, crate::content::PSEUDO_SOURCES)])
    }

    static BUNDLES: LazyLock<HashMap<&'static str, Arc<Bundle>>> = LazyLock::new(|| {
        sources()
            .map(|(code, files)| {
                let bundle = build_bundle(code, files.iter().map(|(_, text)| *text))
                    .unwrap_or_else(|e| panic!("locales/{e}"));
                (code, Arc::new(bundle))
            })
            .collect()
    });

    /// The message files of the question island, the only part of the site the browser draws
    /// (the layout, the question form, its help and errors, the questions). The others belong to
    /// pages only the server renders and are never downloaded.
    pub const CLIENT_MESSAGE_FILES: [&str; 4] = ["main.ftl", "home.ftl", "journey.ftl", "questions.ftl"];

    /// The browser's Fluent sources of one language joined into one file, as it downloads it.
    pub fn messages_source(code: &str) -> Option<String> {
        let code = language(code)?.code;
        sources().find(|(c, _)| *c == code).map(|(_, files)| {
            files
                .iter()
                .filter(|(name, _)| CLIENT_MESSAGE_FILES.contains(name))
                .map(|(_, text)| *text)
                .collect::<Vec<_>>()
                .join("\n")
        })
    }

    /// A short fingerprint of a language's texts (FNV-1a), for cache busting.
    pub fn messages_version(code: &str) -> String {
        let mut hash: u64 = 0xcbf29ce484222325;
        for byte in messages_source(code).unwrap_or_default().bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x100000001b3);
        }
        format!("{:08x}", hash as u32)
    }

    pub fn i18n_for(code: &str) -> Option<I18n> {
        let lang = language(code)?;
        let bundle = BUNDLES.get(lang.code)?.clone();
        Some(I18n { lang, bundle })
    }

    /// The language for a page whose URL names none (or an unknown one): the person's cookie,
    /// then the browser's languages, then Italian.
    pub(super) fn negotiated_code() -> &'static str {
        let parts = use_context::<http::request::Parts>();
        let header = |name: http::header::HeaderName| {
            parts
                .as_ref()
                .and_then(|p| p.headers.get(name))
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let cookie = header(http::header::COOKIE).and_then(|c| crate::lang_cookie::read(&c));
        let accept = header(http::header::ACCEPT_LANGUAGE);
        let codes = crate::content::language_codes();
        domain::lang::negotiate(cookie.as_deref(), accept.as_deref(), &codes)
    }
}

#[cfg(feature = "ssr")]
pub use server::{i18n_for, messages_source, messages_version, CLIENT_MESSAGE_FILES};

#[cfg(not(feature = "ssr"))]
mod client {
    use super::*;
    use std::sync::OnceLock;

    static CLIENT: OnceLock<I18n> = OnceLock::new();

    /// Installs the messages the browser downloaded for the page's language.
    pub fn install_client_messages(code: &str, source: &str) -> Result<(), String> {
        let lang = language(code).ok_or_else(|| format!("{code}: not a shipped language"))?;
        let bundle = build_bundle(code, [source])?;
        let _ = CLIENT.set(I18n { lang, bundle: Arc::new(bundle) });
        Ok(())
    }

    /// In the browser only the page's language is loaded; other languages are reached by a full
    /// page load (the language switch links are external to the router).
    pub fn i18n_for(_code: &str) -> Option<I18n> {
        CLIENT.get().cloned()
    }

    pub fn messages_version(_code: &str) -> String {
        // The browser never renders the <head> links that carry the version.
        String::new()
    }
}

#[cfg(not(feature = "ssr"))]
pub use client::{i18n_for, install_client_messages, messages_version};

/// The I18n for a page: the language named by the URL's first segment when it is shipped,
/// otherwise the negotiated one. Also returns whether the URL named a shipped language.
pub fn resolve(first_segment: Option<&str>) -> (I18n, bool) {
    let named = first_segment.and_then(language).map(|l| l.code);
    #[cfg(feature = "ssr")]
    let fallback = server::negotiated_code;
    // The browser holds only the language the server chose for this page.
    #[cfg(not(feature = "ssr"))]
    let fallback = || domain::lang::DEFAULT_LANG;
    let code = named.unwrap_or_else(fallback);
    let i18n = i18n_for(code).expect("every shipped language has its messages loaded");
    (i18n, named.is_some())
}
