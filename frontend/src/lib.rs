//! Browser start-up: fetch the messages of the page's language (already preloaded by a
//! `<link rel="preload">` in the head), then hydrate. If anything fails the page stays the
//! fully working server-rendered HTML.

use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        match load_messages().await {
            Ok(()) => {
                leptos::mount::hydrate_body(app::App);
                // Lets browser tests (and styles, if ever needed) know the app is interactive.
                if let Some(html) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.document_element())
                {
                    let _ = html.set_attribute("data-hydrated", "");
                }
            }
            Err(e) => leptos::logging::warn!("Ponte stays a plain web page: {e:?}"),
        }
    });
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
