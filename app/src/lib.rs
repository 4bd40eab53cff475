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
pub mod loaded;
mod layout;
pub mod pages;
pub mod paths;
pub mod security;
pub mod workspace;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    path, SsrMode,
};

use layout::Layout;
use pages::{
    accessibility::AccessibilityPage, home::HomePage, not_found::NotFound, question::QuestionPage,
    start::StartPage,
};

/// The HTML document around the app. Rendered on the server only, once per request, so it may
/// read the request: the page language decides `<html lang dir>` and which messages file the
/// browser preloads.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let (i18n, _) = i18n::resolve(request_first_segment().as_deref());
    let lang = i18n.lang;
    // Server-only pages load no WebAssembly and no messages file.
    let hydrated = !request_path().is_some_and(|p| paths::is_server_only(&p));
    send_content_security_policy(leptos::nonce::use_nonce().map(|n| n.to_string()));
    view! {
        <!DOCTYPE html>
        <html lang=lang.code dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                // Quick exit, read aloud, autosave: small, on every page (see the file).
                <script src="/enhance.js" defer></script>
                {hydrated.then(|| view! {
                    <link
                        id="ponte-messages"
                        rel="preload"
                        href=i18n::messages_url(lang.code)
                        r#as="fetch"
                        crossorigin="anonymous"
                    />
                    <HydrationScripts options/>
                })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The page's policy, with the nonce its inline scripts carry, as a response header (server
/// side; other responses get the policy without a nonce from the server's middleware).
fn send_content_security_policy(nonce: Option<String>) {
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (nonce, use_context::<leptos_axum::ResponseOptions>()) {
        let policy = security::content_security_policy(Some(&nonce));
        if let Ok(value) = http::HeaderValue::from_str(&policy) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = nonce;
}

/// The first path segment of the request being rendered (server side).
fn request_first_segment() -> Option<String> {
    request_path().and_then(|p| paths::first_segment(&p).map(str::to_owned))
}

/// The path of the request being rendered (server side).
fn request_path() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().map(|parts| parts.uri.path().to_owned())
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
            <Routes fallback=|| view! { <Layout><Fallback/></Layout> }>
                <ParentRoute path=path!("/:lang") view=|| view! { <Layout><Outlet/></Layout> }>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("start") view=StartPage/>
                    <Route path=path!("accessibility") view=AccessibilityPage/>
                    // Journey pages wait for the session's answers before sending any HTML, so
                    // they are complete without JavaScript.
                    <Route path=path!("questions/:area/:question") view=QuestionPage ssr=SsrMode::Async/>
                    <ServerOnlyRoutes/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The server-only pages ([`paths::SERVER_ONLY_PAGES`]). The browser app does not contain them.
#[cfg(feature = "ssr")]
#[component(transparent)]
fn ServerOnlyRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use pages::{
        book::BookPage,
        booking::BookingPage,
        check::CheckPage,
        desks::DesksPage,
        manage::ManagePage,
        privacy::{PrivacyPage, StaffPrivacyPage},
        request::RequestPage,
        results::ResultsPage,
        staff::{
            accounts::StaffAccountsPage, appointments::StaffAppointmentsPage, audit::StaffAuditPage,
            dossier::StaffDossierPage, home::StaffPage, password::StaffPasswordPage,
            second_factor::StaffSecondFactorPage,
        },
    };
    view! {
        <Route path=path!("check/:area") view=CheckPage ssr=SsrMode::Async/>
        <Route path=path!("results/:area") view=ResultsPage ssr=SsrMode::Async/>
        <Route path=path!("desks/:service") view=DesksPage ssr=SsrMode::Async/>
        <Route path=path!("book/:desk/:service") view=BookPage ssr=SsrMode::Async/>
        <Route path=path!("request/:desk/:service") view=RequestPage ssr=SsrMode::Async/>
        <Route path=path!("booking/:code") view=BookingPage ssr=SsrMode::Async/>
        <Route path=path!("manage") view=ManagePage ssr=SsrMode::Async/>
        <Route path=path!("privacy") view=PrivacyPage/>
        <Route path=path!("staff/privacy") view=StaffPrivacyPage/>
        <Route path=path!("staff") view=StaffPage/>
        <Route path=path!("staff/dossier/:id") view=StaffDossierPage/>
        <Route path=path!("staff/audit") view=StaffAuditPage/>
        <Route path=path!("staff/appointments") view=StaffAppointmentsPage/>
        <Route path=path!("staff/accounts") view=StaffAccountsPage/>
        <Route path=path!("staff/password") view=StaffPasswordPage/>
        <Route path=path!("staff/second-factor") view=StaffSecondFactorPage/>
    }
    .into_inner()
}

#[cfg(not(feature = "ssr"))]
#[component(transparent)]
fn ServerOnlyRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    // Never matched in the browser: see `Fallback`.
    view! { <Route path=path!("server-only-page-never-matched") view=|| ()/> }.into_inner()
}

/// No page matched. In the browser that can be a server-only page reached by a client-side
/// link: load it from the server instead of saying "not found".
#[component]
fn Fallback() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        let path = leptos_router::hooks::use_location().pathname.get_untracked();
        if paths::is_server_only(&path) {
            let search = leptos_router::hooks::use_location().search.get_untracked();
            let target = if search.is_empty() { path } else { format!("{path}?{search}") };
            let _ = window().location().assign(&target);
            return ().into_any();
        }
    }
    view! { <NotFound/> }.into_any()
}
