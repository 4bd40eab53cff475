#![recursion_limit = "256"]
//! Ponte's user interface: routes, page layout and pages, rendered on the server (`ssr`). The
//! question form is an island (`pages::question::QuestionIsland`), hydrated in the browser
//! (`hydrate`); every page also works as plain HTML without JavaScript.

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
/// read the request: the page language decides `<html lang dir>`. Only question pages have an
/// island of interactivity ([`paths::question_of`]): they alone load the WebAssembly and the
/// page language's messages; every other page is plain HTML.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let (i18n, _) = i18n::resolve(request_first_segment().as_deref());
    let lang = i18n.lang;
    let islands = request_path().is_some_and(|p| paths::question_of(&p).is_some());
    // Outside islands nothing is hydrated, so the server writes no hydration markers or data.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
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
                {islands.then(|| island_scripts(&options, lang.code))}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// What a page with islands loads: the WebAssembly and its JavaScript glue, the page
/// language's messages (preloaded, fetched by the WebAssembly before it hydrates), and
/// `/islands.js`, which starts them and hydrates each island (Leptos' own loader does not wait
/// for the messages).
fn island_scripts(options: &LeptosOptions, lang: &str) -> impl IntoView {
    let name = options.output_name.to_string();
    // cargo-leptos names the WebAssembly file after the package unless it passed its own name
    // at build time (as Leptos' `HydrationScripts` works it out).
    let wasm = if option_env!("LEPTOS_OUTPUT_NAME").is_some() { name.clone() } else { format!("{name}_bg") };
    let pkg = options.site_pkg_dir.to_string();
    view! {
        <link id="ponte-js" rel="modulepreload" href=format!("/{pkg}/{name}.js")/>
        <link
            id="ponte-wasm"
            rel="preload"
            href=format!("/{pkg}/{wasm}.wasm")
            r#as="fetch"
            r#type="application/wasm"
            crossorigin="anonymous"
        />
        <link
            id="ponte-messages"
            rel="preload"
            href=i18n::messages_url(lang)
            r#as="fetch"
            crossorigin="anonymous"
        />
        <script type="module" src="/islands.js"></script>
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
            accounts::StaffAccountsPage, appointments::StaffAppointmentsPage, assist::StaffAssistPage, audit::StaffAuditPage,
            dossier::StaffDossierPage, home::StaffPage, password::StaffPasswordPage,
            second_factor::StaffSecondFactorPage, record::StaffRecordPage,
            mediations::{StaffMediationPage, StaffMediationsPage}, mediator_profile::StaffMediatorProfilePage,
        },
    };
    provide_meta_context();

    view! {
        <Stylesheet id="leptos" href="/pkg/ponte.css"/>
        <Router>
            <Routes fallback=|| view! { <Layout><NotFound/></Layout> }>
                <ParentRoute path=path!("/:lang") view=|| view! { <Layout><Outlet/></Layout> }>
                    // Every page renders whole before anything is sent: a page whose handler
                    // loads its data (`Loaded`) may answer with a redirect or another status,
                    // and the others are small (streaming them gained nothing measurable).
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("start") view=StartPage ssr=SsrMode::Async/>
                    <Route path=path!("accessibility") view=AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("questions/:area/:question") view=QuestionPage ssr=SsrMode::Async/>
                    <Route path=path!("check/:area") view=CheckPage ssr=SsrMode::Async/>
                    <Route path=path!("results/:area") view=ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("desks/:service") view=DesksPage ssr=SsrMode::Async/>
                    <Route path=path!("book/:desk/:service") view=BookPage ssr=SsrMode::Async/>
                    <Route path=path!("request/:desk/:service") view=RequestPage ssr=SsrMode::Async/>
                    <Route path=path!("booking/:code") view=BookingPage ssr=SsrMode::Async/>
                    <Route path=path!("manage") view=ManagePage ssr=SsrMode::Async/>
                    <Route path=path!("privacy") view=PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/privacy") view=StaffPrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("staff") view=StaffPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dossier/:id") view=StaffDossierPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/audit") view=StaffAuditPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/appointments") view=StaffAppointmentsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/assist") view=StaffAssistPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/record") view=StaffRecordPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/record/done") view=StaffRecordPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/accounts") view=StaffAccountsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/accounts/:id/mediator") view=StaffMediatorProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/mediations") view=StaffMediationsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/mediations/:id") view=StaffMediationPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/password") view=StaffPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/second-factor") view=StaffSecondFactorPage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
