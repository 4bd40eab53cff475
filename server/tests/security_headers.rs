//! The headers every kind of response carries: pages rendered by the app (hydrated and
//! server-only), personal pages, redirects, files, plain messages and the busy page.

mod common;

use common::{browser, location, spawn_server};
use reqwest::{header, Response, StatusCode};
use server::config::Config;

/// What every response carries, whatever it is.
fn assert_always(what: &str, r: &Response) {
    let h = r.headers();
    let policy = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    for rule in ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"] {
        assert!(policy.contains(rule), "{what}: `{rule}` missing from {policy}");
    }
    assert!(!policy.contains("unsafe-inline"), "{what}: {policy}");
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{what}");
    assert_eq!(h[header::X_FRAME_OPTIONS], "DENY", "{what}");
    assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{what}");
    assert!(h.get(header::STRICT_TRANSPORT_SECURITY).is_none(), "{what}: no HSTS over plain HTTP");
    let permissions = h["permissions-policy"].to_str().unwrap();
    // The position may be asked for on the desk search only ("use my location").
    let geolocation = if what.contains("/desks/") { "geolocation=(self)" } else { "geolocation=()" };
    assert!(permissions.contains(geolocation) && permissions.contains("camera=()"), "{what}: {permissions}");
}

/// A person's own page: never stored, never named to another site.
fn assert_personal(what: &str, r: &Response) {
    assert_eq!(r.headers()[header::CACHE_CONTROL], "no-store", "{what}");
    assert_eq!(r.headers()[header::REFERRER_POLICY], "no-referrer", "{what}");
}

/// A public page: cacheable, and named only to this site.
fn assert_public(what: &str, r: &Response) {
    assert!(r.headers().get(header::CACHE_CONTROL).is_none_or(|v| v != "no-store"), "{what}");
    assert_eq!(r.headers()[header::REFERRER_POLICY], "same-origin", "{what}");
}

/// A page rendered by the app: its policy names a nonce, and every inline script carries it
/// (scripts from files come from this site).
async fn assert_scripts_carry_the_nonce(what: &str, r: Response) {
    let policy = r.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_owned();
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_else(|| panic!("{what}: no nonce in {policy}"))
        .to_owned();
    assert!(nonce.len() >= 16, "{what}: a nonce of at least 96 bits: {nonce}");
    let html = r.text().await.unwrap();
    let scripts: Vec<&str> = html.split("<script").skip(1).map(|s| s.split('>').next().unwrap()).collect();
    assert!(!scripts.is_empty(), "{what}: the page has scripts");
    for opening in scripts {
        let own_file = opening.contains(r#"src="/"#);
        assert!(own_file || opening.contains(&format!(r#"nonce="{nonce}""#)), "{what}: <script{opening}> without the nonce");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_response_carries_the_security_headers() {
    let (_running, base, _dir) = spawn_server().await;
    let client = browser();
    let get = |path: &str| {
        let request = client.get(format!("{base}{path}"));
        async move { request.send().await.unwrap() }
    };

    let public_pages = [
        ("/it", 200),
        ("/ar/start?who=me&area=elderly", 200),
        ("/en/accessibility", 200),
        ("/it/privacy", 200),
        ("/it/no-such-page", 404),
        ("/it/desks/home-care", 200),
    ];
    for (path, status) in public_pages {
        let r = get(path).await;
        assert_eq!(r.status().as_u16(), status, "{path}");
        assert_always(path, &r);
        assert_public(path, &r);
        assert_scripts_carry_the_nonce(path, r).await;
    }

    let personal_pages = [
        "/it/desks/safe-house",
        "/it/book/pua-dalmine/day-centre",
        "/it/request/pua-dalmine/day-centre",
        "/it/manage",
        "/it/booking/ACDEFGHJ",
        "/it/staff",
    ];
    for path in personal_pages {
        let r = get(path).await;
        // Someone else's booking: the same page as for a code that does not exist, a 404.
        let expected = if path.contains("/booking/") { StatusCode::NOT_FOUND } else { StatusCode::OK };
        assert_eq!(r.status(), expected, "{path}");
        assert_always(path, &r);
        assert_personal(path, &r);
        assert_scripts_carry_the_nonce(path, r).await;
    }

    // The journey: its pages and the redirects between them hold the person's answers.
    let started = client.post(format!("{base}/it/start")).form(&[("who", "me"), ("area", "elderly")]).send().await.unwrap();
    assert_eq!(location(&started), "/it/questions/elderly");
    assert_always("POST /it/start", &started);
    let question = get("/it/questions/elderly/age").await;
    assert_always("a question", &question);
    assert_personal("a question", &question);
    assert_scripts_carry_the_nonce("a question", question).await;
    let results = get("/it/results/elderly").await;
    assert_eq!(location(&results), "/it/questions/elderly/age");
    assert_always("results too early", &results);
    assert_personal("results too early", &results);
    let answered = client.post(format!("{base}/it/questions/elderly/age")).form(&[("value", "80")]).send().await.unwrap();
    assert_always("an answer", &answered);
    let check = get("/it/check/elderly").await;
    assert_always("check your answers", &check);
    assert_personal("check your answers", &check);

    // Redirects, files, plain answers.
    for path in ["/", "/healthz", "/i18n/it.ftl", "/it/privacy/"] {
        let r = get(path).await;
        assert_always(path, &r);
    }
    // The quick exit keeps its own: the neutral site is not told where the person came from.
    let exit = get("/exit").await;
    assert_always("/exit", &exit);
    assert_eq!(exit.headers()[header::REFERRER_POLICY], "no-referrer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_busy_page_carries_them_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::throwaway(&dir.path().to_string_lossy(), None);
    // Any process is above 1 MB: every request gets the busy page.
    config.memory_limit_mb = 1;
    let running = server::start(config).await.unwrap();
    let busy = browser().get(format!("http://{}/it", running.addr)).send().await.unwrap();
    assert_eq!(busy.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_always("the busy page", &busy);
    running.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_https_browsers_are_told_to_come_back_over_https_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::throwaway(&dir.path().to_string_lossy(), None);
    config.public_url = "https://ponte.example".into();
    let running = server::start(config).await.unwrap();
    let home = browser().get(format!("http://{}/it", running.addr)).send().await.unwrap();
    assert_eq!(home.headers()[header::STRICT_TRANSPORT_SECURITY], "max-age=31536000");
    running.shutdown().await.unwrap();
}
