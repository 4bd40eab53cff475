use super::text_page::TextPage;
use leptos::prelude::*;

/// The sections of the page, in order (texts: `accessibility-<section>-heading` and `-body`).
pub const SECTIONS: &[&str] = &["status", "how", "limits", "feedback", "enforcement"];

/// The accessibility statement (required of Italian public-sector sites, AgID guidelines).
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <TextPage
            page="accessibility"
            sections=SECTIONS
        />
    }
}
