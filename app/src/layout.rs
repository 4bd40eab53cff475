//! The frame of every page: skip link, header with the language switch, `main`, footer, and
//! the announcer that tells screen-reader users a new page has loaded.

use crate::{
    content::LANGUAGES,
    i18n::{self, use_i18n},
    pages::not_found::NotFound,
    paths,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// Provides the page language (from the URL, else negotiated) and draws the frame. When the
/// URL does not start with a shipped language the content is the "not found" page.
// `#[component]` makes its props type `pub`, beyond what this module exports.
#[allow(unreachable_pub)]
#[component]
pub(crate) fn Layout(children: Children) -> impl IntoView {
    let location = use_location();
    let first =
        location.pathname.with_untracked(|p| paths::first_segment(p).map(str::to_owned));
    let (i18n, named) = i18n::resolve(first.as_deref());
    provide_context(i18n.clone());
    let lang = i18n.lang.code;
    let titles = i18n.clone();

    view! {
        <Title formatter=move |page: String| titles.page_title(&page)/>
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-name" href=paths::page(lang, "")>
                    <span class="site-name__logo" aria-hidden="true">{crate::icons::logo()}</span>
                    <span>{i18n.t("site-name")}</span>
                </a>
                <LanguageSwitch named/>
            </div>
        </header>
        <TranslationNotice named/>
        <main id="main" class="site-main" tabindex="-1">
            {if named { children().into_any() } else { view! { <NotFound/> }.into_any() }}
        </main>
        <footer class="site-footer">
            <nav aria-label=i18n.t("footer-nav-label")>
                <ul class="footer-links">
                    <li><a href=paths::page(lang, "accessibility")>{i18n.t("footer-accessibility")}</a></li>
                    <li><a href=paths::page(lang, "privacy")>{i18n.t("footer-privacy")}</a></li>
                    <li><a href=paths::manage(lang) rel="external">{i18n.t("manage-link")}</a></li>
                </ul>
            </nav>
            <p class="footer-about">{i18n.t("footer-about")}</p>
        </footer>
        <RouteAnnouncer/>
    }
}

/// Links to the same page in every shipped language, each named in its own language and
/// script, behind one button (a disclosure: it works without JavaScript, and fourteen names do
/// not crowd a phone's header). Plain links, outside the client router: a new language is a
/// full page load, so the browser only ever holds the messages of one language. Each goes
/// through the server, which remembers the choice for `/`.
#[component]
fn LanguageSwitch(named: bool) -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.lang;
    let location = use_location();
    let (pathname, search) = (location.pathname, location.search);

    view! {
        <details class="lang-switch">
            <summary class="lang-switch__button">
                <span class="lang-switch__icon" aria-hidden="true">{crate::icons::globe()}</span>
                <span class="visually-hidden">{i18n.t("language-switch-label")}": "</span>
                <span lang=current.code dir=current.dir()>{current.endonym}</span>
            </summary>
            <nav aria-label=i18n.t("language-switch-label")>
                <ul class="lang-switch__list">
                    {LANGUAGES
                        .iter()
                        .map(|lang| {
                            let code = lang.code;
                            let href = move || {
                                paths::choose_language(&pathname.get(), &search.get(), code, named)
                            };
                            view! {
                                <li>
                                    <a
                                        href=href
                                        hreflang=code
                                        lang=code
                                        dir=lang.dir()
                                        rel="external"
                                        aria-current=(code == current.code).then_some("true")
                                    >
                                        {lang.endonym}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </details>
    }
}

/// On every page of a language nobody has reviewed yet: it says so in that language, and links
/// to the same page in Italian, the text that counts.
#[component]
fn TranslationNotice(named: bool) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let italian = move || {
        paths::switch_language(&location.pathname.get(), &location.search.get(), domain::lang::DEFAULT_LANG, named)
    };
    (!i18n.lang.reviewed).then(|| {
        let source = crate::content::language(domain::lang::DEFAULT_LANG).expect("Italian ships");
        view! {
            <div class="translation-notice" role="note">
                <p>
                    {i18n.t("translation-notice")}" "
                    <a href=italian hreflang=source.code lang=source.code>{i18n.t("translation-notice-link")}</a>
                </p>
            </div>
        }
    })
}

/// Where the question island announces the question it has just shown (screen readers hear a
/// new page in the browser's own navigation; the island moves between questions without one).
#[component]
fn RouteAnnouncer() -> impl IntoView {
    view! { <div id="route-announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div> }
}
