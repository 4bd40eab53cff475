//! Browser start-up, called by `/islands.js` on pages with islands (the question pages): fetch
//! the messages of the page's language (already preloaded by a `<link rel="preload">` in the
//! head), then get Leptos ready to hydrate islands; `/islands.js` then hydrates each one. If
//! anything fails the page stays the fully working server-rendered HTML.

use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

// Each `#[island]` in `app` exports its own entry point (`QuestionIsland_<hash>`), which
// `/islands.js` calls with the island's element.

/// Loads the page language's messages and prepares the islands' reactive root.
#[wasm_bindgen]
pub async fn hydrate() -> Result<(), JsValue> {
    console_error_panic_hook::set_once();
    load_messages().await?;
    leptos::mount::hydrate_islands();
    Ok(())
}

async fn load_messages() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let lang = document.document_element().ok_or("no <html>")?.get_attribute("lang").unwrap_or_default();
    let link: web_sys::HtmlLinkElement = document
        .get_element_by_id("ponte-messages")
        .ok_or("no messages link")?
        .dyn_into()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&link.href())).await?.dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!("messages: HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    app::i18n::install_client_messages(&lang, &text).map_err(|e| JsValue::from_str(&e))
}
