//! What a page may load and run (the Content Security Policy): scripts from this site only,
//! plus the inline ones Leptos writes for hydration, which carry the response's nonce; nothing
//! from other sites, no plugins, no framing.

/// The policy of a response. `nonce` is the one the page's inline scripts carry (a new one for
/// every server render); a response without it (a redirect, a file, a plain message) runs no
/// inline script at all.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let scripts = match nonce {
        // The WebAssembly app is compiled in the browser: `wasm-unsafe-eval` allows that and
        // nothing else (no `eval` of JavaScript text).
        Some(nonce) => format!("'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "'self'".to_owned(),
    };
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_run_only_with_the_nonce() {
        let page = content_security_policy(Some("abc123"));
        assert!(page.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"), "{page}");
        assert!(!page.contains("unsafe-inline"), "{page}");
        let other = content_security_policy(None);
        assert!(other.contains("script-src 'self';"), "{other}");
        for policy in [page, other] {
            assert!(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), "{policy}");
        }
    }
}
