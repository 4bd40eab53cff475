//! The pages the server writes by hand, without the app: the busy page and the error pages.
//! They must work when the app cannot (the database is down, a form could not be read), so
//! they are a few lines of HTML with the site's style sheet, in the person's language.

use app::{content::language, i18n::i18n_for, lang_cookie, paths};
use axum::http::{header, HeaderMap};

/// The language of the address, else the one the person chose before, else Italian.
pub(crate) fn language_of(headers: &HeaderMap, path: &str) -> &'static str {
    let remembered = || {
        let cookies = headers.get(header::COOKIE)?.to_str().ok()?;
        language(&lang_cookie::read(cookies)?).map(|l| l.code)
    };
    paths::first_segment(path).and_then(language).map(|l| l.code).or_else(remembered).unwrap_or("it")
}

/// Background posts of the browser app ask for JSON: they get the status alone.
pub(crate) fn wants_html(headers: &HeaderMap) -> bool {
    !headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("application/json"))
}

/// A page in `lang` titled with the message `title`, its main content `body` (HTML, already
/// escaped), ending with a link to the home page.
pub(crate) fn html(lang: &'static str, title: &str, body: &str) -> String {
    let i18n = i18n_for(lang).or_else(|| i18n_for("it")).expect("Italian messages");
    let t = |id: &str| escape(&i18n.t(id));
    let (dir, title, home) = (i18n.lang.dir(), t(title), paths::page(lang, ""));
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Ponte</title><link rel=\"stylesheet\" href=\"/pkg/ponte.css\"></head>\
         <body><main id=\"main\" class=\"site-main\"><h1>{title}</h1>{body}\
         <p><a href=\"{home}\">{back}</a></p></main></body></html>",
        back = t("busy-home"),
    )
}

/// Text made safe for HTML content and quoted attributes.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_language_comes_from_the_address_then_the_cookie() {
        let mut headers = HeaderMap::new();
        assert_eq!(language_of(&headers, "/"), "it");
        headers.insert(header::COOKIE, HeaderValue::from_str(&lang_cookie::set("en", false)).unwrap());
        assert_eq!(language_of(&headers, "/"), "en");
        assert_eq!(language_of(&headers, "/ar/desks"), "ar");
    }

    #[test]
    fn a_page_is_in_its_language_and_direction_with_a_way_home() {
        let page = html("ar", "not-found-title", "<p>x</p>");
        assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
        let ar = i18n_for("ar").unwrap();
        assert!(page.contains(&format!("<h1>{}</h1><p>x</p>", escape(&ar.t("not-found-title")))), "{page}");
        assert!(page.contains(r#"<a href="/ar">"#), "{page}");
    }
}
