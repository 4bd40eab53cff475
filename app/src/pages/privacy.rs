use super::text_page::TextPage;
use leptos::prelude::*;

/// The sections of the page, in order (texts: `privacy-<section>-heading` and `-body`).
pub const SECTIONS: &[&str] = &["who", "what", "cookies", "why", "keep", "rights"];

/// The privacy notice (GDPR art. 13), in plain words.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <TextPage
            page="privacy"
            sections=SECTIONS
        />
    }
}
