//! Simple line drawings, always decorative (the text next to them says what they mean).

use leptos::prelude::*;

fn line_icon(d: &'static str, size: u32) -> impl IntoView {
    view! {
        <svg
            viewBox="0 0 24 24"
            width=size
            height=size
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linecap="round"
            stroke-linejoin="round"
            focusable="false"
            aria-hidden="true"
        >
            <path d=d/>
        </svg>
    }
}

/// Ponte's mark: a bridge.
pub(crate) fn logo() -> impl IntoView {
    line_icon("M2 18h20M4 18v-5M20 18v-5M2 13c4-6 16-6 20 0M8 12v6M12 10.5v7.5M16 12v6", 32)
}

/// A globe: the world's languages, and people from elsewhere.
const GLOBE: &str = "M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18";

/// The language switch's globe: recognisable by someone who cannot read the page's language.
pub(crate) fn globe() -> impl IntoView {
    line_icon(GLOBE, 24)
}

/// The drawing of an area of need, by the `icon` name in `content/areas.toml`.
pub(crate) fn area_icon(name: &str) -> impl IntoView {
    let d = match name {
        "elderly" => "M13 5a2 2 0 1 1-4 0a2 2 0 1 1 4 0M11 8v6l-2 6M11 14l2 6M11 9l-3 4M11 9l4 2M16 11v9",
        "disability" => "M13 4a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0M11.5 7v6h5l2 5M8.5 10.5a5 5 0 1 0 7 7.5",
        "family" => "M9 5a2 2 0 1 1-4 0a2 2 0 1 1 4 0M19 5a2 2 0 1 1-4 0a2 2 0 1 1 4 0M13.5 11a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0M7 8v12M17 8v12M12 14v6M4 11h6M14 11h6",
        "money" => "M3 7h18v12H3zM3 7l3-3h12l3 3M16 13h2",
        "housing" => "M3 11l9-8 9 8M5 9v11h14V9M10 20v-6h4v6",
        "health" => "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
        "foreigners" => GLOBE,
        "safety" => "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM9 12l2 2 4-4",
        _ => "M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18",
    };
    line_icon(d, 40)
}
