//! The cookie that remembers the language a person chose, so that `/` opens in it next time.

pub const NAME: &str = "ponte_lang";

/// The value of the language cookie in a `Cookie` request header, if present.
pub fn read(cookie_header: &str) -> Option<String> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == NAME)
        .map(|(_, value)| value.trim().to_owned())
}

/// A `Set-Cookie` value remembering `code` for a year. `secure` when served over https.
pub fn set(code: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{NAME}={code}; Path=/; Max-Age=31536000; SameSite=Lax{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_language_among_other_cookies() {
        assert_eq!(read("a=1; ponte_lang=ar; b=2").as_deref(), Some("ar"));
        assert_eq!(read("a=1"), None);
        assert_eq!(read("xponte_lang=en"), None);
    }

    #[test]
    fn written_cookie_reads_back() {
        let header = set("en", true);
        assert!(header.contains("Secure"));
        let pair = header.split(';').next().unwrap();
        assert_eq!(read(pair).as_deref(), Some("en"));
    }
}
