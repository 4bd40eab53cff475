#![recursion_limit = "256"]
//! Ponte's user interface: routes, page layout and pages. Rendered on the server (`ssr`) and
//! hydrated in the browser (`hydrate`); every page also works as plain HTML without JavaScript.

mod components;
pub mod content;
pub mod desks;
#[cfg(feature = "hydrate")]
mod enhance;
pub mod i18n;
mod icons;
pub mod journey;
pub mod lang_cookie;
mod layout;
pub mod pages;
pub mod paths;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    path, SsrMode,
};

use layout::Layout;
use pages::{
    accessibility::AccessibilityPage, book::BookPage, booking::BookingPage, check::CheckPage,
    desks::DesksPage, home::HomePage, manage::ManagePage, not_found::NotFound, privacy::PrivacyPage,
    question::QuestionPage, results::ResultsPage, start::StartPage,
};

/// The HTML document around the app. Rendered on the server only, once per request, so it may
/// read the request: the page language decides `<html lang dir>` and which messages file the
/// browser preloads.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let (i18n, _) = i18n::resolve(request_first_segment().as_deref());
    let lang = i18n.lang;
    view! {
        <!DOCTYPE html>
        <html lang=lang.code dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link
                    id="ponte-messages"
                    rel="preload"
                    href=i18n::messages_url(lang.code)
                    r#as="fetch"
                    crossorigin="anonymous"
                />
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The first path segment of the request being rendered (server side).
fn request_first_segment() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| paths::first_segment(parts.uri.path()).map(str::to_owned))
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    journey::provide_journey_store();

    view! {
        <Stylesheet id="leptos" href="/pkg/ponte.css"/>
        <Router>
            <Routes fallback=|| view! { <Layout><NotFound/></Layout> }>
                <ParentRoute path=path!("/:lang") view=|| view! { <Layout><Outlet/></Layout> }>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("start") view=StartPage/>
                    <Route path=path!("accessibility") view=AccessibilityPage/>
                    <Route path=path!("privacy") view=PrivacyPage/>
                    // Journey pages wait for the session's answers before sending any HTML, so
                    // they are complete without JavaScript.
                    <Route path=path!("questions/:area/:question") view=QuestionPage ssr=SsrMode::Async/>
                    <Route path=path!("check/:area") view=CheckPage ssr=SsrMode::Async/>
                    <Route path=path!("results/:area") view=ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("desks/:service") view=DesksPage ssr=SsrMode::Async/>
                    <Route path=path!("book/:desk/:service") view=BookPage ssr=SsrMode::Async/>
                    <Route path=path!("booking/:code") view=BookingPage ssr=SsrMode::Async/>
                    <Route path=path!("manage") view=ManagePage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
