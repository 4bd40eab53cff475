//! Black-box tests of the running server: it is started on a free port with a fresh SQLite
//! database and spoken to over HTTP, as a browser or a load balancer would.

use reqwest::{header, redirect::Policy, Client, StatusCode};
mod common;

use server::Running;

struct App {
    running: Running,
    base: String,
    client: Client,
    _dir: tempfile::TempDir,
}

async fn spawn() -> App {
    let (running, base, dir) = common::spawn_server().await;
    let client = Client::builder().redirect(Policy::none()).build().unwrap();
    App { running, base, client, _dir: dir }
}

impl App {
    async fn get(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self.client.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.unwrap()
    }
}

fn location(response: &reqwest::Response) -> &str {
    response.headers()[header::LOCATION].to_str().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_check_follows_the_database() {
    let app = spawn().await;
    let ok = app.get("/healthz", &[]).await;
    assert_eq!(ok.status(), StatusCode::OK);
    app.running.db.close().await;
    let down = app.get("/healthz", &[]).await;
    assert_eq!(down.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn root_redirects_to_the_negotiated_language() {
    let app = spawn().await;
    for (headers, expected) in [
        (vec![("accept-language", "ar-EG,ar;q=0.9,en;q=0.5")], "/ar"),
        (vec![("accept-language", "en-US,en;q=0.9")], "/en"),
        (vec![("accept-language", "de-DE")], "/it"),
        (vec![], "/it"),
        (vec![("accept-language", "ar"), ("cookie", "ponte_lang=en")], "/en"),
    ] {
        let response = app.get("/", &headers).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{headers:?}");
        assert_eq!(location(&response), expected, "{headers:?}");
        assert!(response.headers()[header::VARY].to_str().unwrap().contains("Accept-Language"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_carry_their_language_and_direction() {
    let app = spawn().await;
    let arabic = app.get("/ar", &[]).await;
    assert_eq!(arabic.status(), StatusCode::OK);
    let html = arabic.text().await.unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#), "{}", &html[..300]);
    for script in ["/islands.js", ".wasm", "/i18n/", "leptos-island"] {
        assert!(!html.contains(script), "the home page is plain HTML, without {script}");
    }

    let html = app.get("/en/privacy", &[]).await.text().await.unwrap();
    assert!(html.contains(r#"<html lang="en" dir="ltr""#));
    assert!(html.contains("<h1>Privacy</h1>"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_pages_answer_404_in_the_negotiated_language() {
    let app = spawn().await;
    let unknown_lang = app.get("/xx", &[("accept-language", "en")]).await;
    assert_eq!(unknown_lang.status(), StatusCode::NOT_FOUND);
    assert!(unknown_lang.headers().get(header::SET_COOKIE).is_none());
    assert!(unknown_lang.text().await.unwrap().contains("Page not found"));
    let unknown_page = app.get("/it/nessuna-pagina", &[]).await;
    assert_eq!(unknown_page.status(), StatusCode::NOT_FOUND);
    assert!(unknown_page.text().await.unwrap().contains("Pagina non trovata"));
    // Forms under a language Ponte does not ship are not handled at all.
    for path in ["/xx/start", "/xx/manage", "/xx/staff/sign-in", "/xx/book/sportello-sociale-dalmine/home-care"] {
        let r = app.client.post(format!("{}{path}", app.base)).form(&[("who", "me")]).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trailing_slash_redirects_to_the_one_address_of_the_page() {
    let app = spawn().await;
    let response = app.get("/it/start/?who=me", &[]).await;
    assert_eq!(response.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(location(&response), "/it/start?who=me");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_start_form_keeps_answers_and_explains_what_is_missing() {
    let app = spawn().await;
    let html = app.get("/en/start?who=other", &[]).await.text().await.unwrap();
    assert!(html.contains("Choose what you need help with."));
    assert!(!html.contains("Choose who needs help."));
    let other = html.split("id=\"who-other\"").nth(1).unwrap().split('>').next().unwrap();
    assert!(other.contains("checked"), "the earlier answer stays selected: {other}");

    let chosen = app.get("/en/start?who=me&area=housing", &[]).await.text().await.unwrap();
    assert!(chosen.contains("<h1>Housing</h1>"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_browser_downloads_one_language_at_a_time() {
    let app = spawn().await;
    let ar = app.get("/i18n/ar.ftl", &[]).await;
    assert_eq!(ar.status(), StatusCode::OK);
    assert!(ar.headers()[header::CACHE_CONTROL].to_str().unwrap().contains("immutable"));
    let text = ar.text().await.unwrap();
    assert!(text.contains("language-name = العربية"));
    assert!(!text.contains("language-name = English"));
    assert_eq!(app.get("/i18n/xx.ftl", &[]).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_sent_compressed() {
    let app = spawn().await;
    let br = app.get("/it/privacy", &[("accept-encoding", "br")]).await;
    assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
    let gzip = app.get("/it/privacy", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.headers()[header::CONTENT_ENCODING], "gzip");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_is_clean() {
    let app = spawn().await;
    assert_eq!(app.get("/healthz", &[]).await.status(), StatusCode::OK);
    let addr = app.running.addr;
    app.running.shutdown().await.unwrap();
    assert!(reqwest::get(format!("http://{addr}/healthz")).await.is_err(), "no longer listening");
}

/// Nothing a database says reaches a response (it can name tables, values or the server): a
/// failed query is logged, and the person is told only that the service is unavailable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_database_shows_no_internals() {
    let app = spawn().await;
    app.running.db.close().await;
    let page = app.get("/it/desks/home-care", &[]).await;
    let results = app.get("/it/results/elderly", &[]).await;
    for (what, response) in [("the desk list", page), ("a journey page", results)] {
        let status = response.status();
        let body = response.text().await.unwrap().to_lowercase();
        assert!(status.is_server_error(), "{what}: {status}");
        for internal in ["pool", "sqlx", "sqlite", "database error", "closed"] {
            assert!(!body.contains(internal), "{what} shows `{internal}`: {body}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_request_body_is_refused_before_it_is_read() {
    let app = spawn().await;
    // The largest real form (a booking with a 1,000-character note, encoded) is far below the
    // limit; 100 KB is not a form a person fills in.
    let note = "è".repeat(1000);
    let fits = app
        .client
        .post(format!("{}/it/manage", app.base))
        .form(&[("code", "ACDE-FGHJ"), ("secret", "123456"), ("note", note.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(fits.status(), StatusCode::SEE_OTHER);
    for path in ["/it/manage", "/it/start", "/it/staff/sign-in"] {
        let huge = app
            .client
            .post(format!("{}{path}", app.base))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(format!("code={}", "A".repeat(100 * 1024)))
            .send()
            .await
            .unwrap();
        assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
    }
    app.running.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_the_same_for_everyone_stay_the_same_and_a_query_is_never_kept() {
    let app = spawn().await;
    // Asked first with choices carried back: that page is for this address only.
    let chosen = app.get("/en/start?who=other", &[]).await.text().await.unwrap();
    let other = |html: &str| html.split("id=\"who-other\"").nth(1).unwrap().split('>').next().unwrap().to_owned();
    assert!(other(&chosen).contains("checked"));
    for path in ["/en/start", "/uk", "/uk/start", "/uk/accessibility", "/uk/privacy", "/uk/staff/privacy"] {
        let first = app.get(path, &[]).await;
        assert_eq!(first.status(), StatusCode::OK, "{path}");
        let kind = first.headers()[header::CONTENT_TYPE].clone();
        let first = first.text().await.unwrap();
        let again = app.get(path, &[]).await;
        assert_eq!(again.headers()[header::CONTENT_TYPE], kind, "{path}");
        assert_eq!(again.text().await.unwrap(), first, "{path}");
        if path == "/en/start" {
            assert!(!other(&first).contains("checked"), "nothing is chosen on the plain page: {}", other(&first));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_pages_in_the_language_of_the_address() {
    let app = spawn().await;
    let post = |path: &str, body: &'static str| {
        app.client
            .post(format!("{}{path}", app.base))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .body(body)
            .send()
    };
    // Not a booking code: not found, without a look-up, in Ukrainian.
    let gone = post("/uk/booking/NOT-A-CODE/cancel", "").await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let html = gone.text().await.unwrap();
    assert!(html.contains(r#"<html lang="uk" dir="ltr">"#) && html.contains("Такої сторінки немає"), "{html}");
    // A form no page of Ponte sends (one field twice): refused, in Arabic, saying nothing of why.
    let odd = post("/ar/start", "who=me&who=other").await.unwrap();
    assert_eq!(odd.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = odd.text().await.unwrap();
    assert!(html.contains(r#"dir="rtl""#) && html.contains("لا نستطيع قراءة النموذج"), "{html}");
    assert!(!html.contains("unsupported"), "the cause goes to the log only");
}
