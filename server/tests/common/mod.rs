//! Test databases: a fresh SQLite file, or a fresh PostgreSQL database on the server at
//! `PONTE_TEST_POSTGRES_URL`. Without that variable when the tests are built, every PostgreSQL
//! test is marked ignored (`server/build.rs`), so the output says it did not run.

#![allow(dead_code)]

use server::db::Db;
use std::sync::atomic::{AtomicU32, Ordering};

pub(crate) struct TestDb {
    pub db: Db,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

pub(crate) async fn sqlite() -> TestDb {
    let t = sqlite_without_schema().await;
    t.db.migrate().await.unwrap();
    t
}

/// A fresh SQLite file with no tables yet (to test the migrations themselves).
pub(crate) async fn sqlite_without_schema() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/ponte.db", dir.path().display());
    let db = Db::connect(&url).await.unwrap();
    TestDb { db, url, _dir: Some(dir), postgres: None }
}

/// A new PostgreSQL database with the schema.
pub(crate) async fn postgres() -> TestDb {
    let t = postgres_without_schema().await;
    t.db.migrate().await.unwrap();
    t
}

/// A new, empty PostgreSQL database.
pub(crate) async fn postgres_without_schema() -> TestDb {
    let admin_url = std::env::var("PONTE_TEST_POSTGRES_URL")
        .expect("PONTE_TEST_POSTGRES_URL was set when the tests were built: set it again to run them");
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "ponte_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos()
    );
    let admin = sqlx::PgPool::connect(&admin_url).await.expect("PONTE_TEST_POSTGRES_URL reachable");
    sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(&admin).await.unwrap();
    admin.close().await;
    let url = with_database(&admin_url, &name);
    let db = Db::connect(&url).await.unwrap();
    TestDb { db, url, _dir: None, postgres: Some((admin_url, name)) }
}

/// The same server URL with another database name.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let base = base.rsplit_once('/').map_or(base, |(b, _)| b);
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

impl TestDb {
    /// Closes the pool and drops a PostgreSQL test database.
    pub(crate) async fn cleanup(self) {
        self.db.close().await;
        if let Some((admin_url, name)) = &self.postgres {
            if let Ok(admin) = sqlx::PgPool::connect(admin_url).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .execute(&admin)
                    .await;
                admin.close().await;
            }
        }
    }
}

/// Runs an async test body against SQLite and against PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let t = $crate::common::sqlite().await;
                super::$name(&t.db).await;
                t.cleanup().await;
            }

            #[tokio::test]
            #[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
            async fn postgres() {
                let t = $crate::common::postgres().await;
                super::$name(&t.db).await;
                t.cleanup().await;
            }
        }
    )*};
}

/// The real server on a free port with a fresh SQLite database, as the browser tests use it.
pub(crate) async fn spawn_server() -> (server::Running, String, tempfile::TempDir) {
    spawn_server_on(None).await
}

/// The real server (with the demo network) on a free port, on the database at `url`, or on a
/// fresh SQLite database when `url` is `None`.
pub(crate) async fn spawn_server_on(url: Option<String>) -> (server::Running, String, tempfile::TempDir) {
    spawn_server_with(url, |_| {}).await
}

/// [`spawn_server_on`], with the settings changed by `edit` first.
pub(crate) async fn spawn_server_with(
    url: Option<String>,
    edit: impl FnOnce(&mut server::config::Config),
) -> (server::Running, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_string_lossy().into_owned();
    let mut config = server::config::Config::throwaway(&data, url);
    edit(&mut config);
    let running = server::start(config).await.unwrap();
    let base = format!("http://{}", running.addr);
    (running, base, dir)
}

/// Runs an async test body against a running server (with the demo network) on SQLite and on
/// PostgreSQL; the body gets the base URL and the server's database.
#[macro_export]
macro_rules! against_running_server {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn sqlite() {
                let (running, base, _dir) = $crate::common::spawn_server_on(None).await;
                let db = running.db.clone();
                super::$name(&base, &db).await;
                running.shutdown().await.unwrap();
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            #[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
            async fn postgres() {
                let t = $crate::common::postgres().await;
                let (running, base, _dir) = $crate::common::spawn_server_on(Some(t.url.clone())).await;
                let db = running.db.clone();
                super::$name(&base, &db).await;
                running.shutdown().await.unwrap();
                t.cleanup().await;
            }
        }
    )*};
}

/// A client that sends what a browser sends: cookies, and `Accept: text/html` (pages answer
/// such requests with real redirects). A request that gets no answer in a minute fails the
/// test instead of hanging it.
pub(crate) fn browser() -> reqwest::Client {
    use reqwest::header;
    let mut headers = header::HeaderMap::new();
    headers.insert(header::ACCEPT, header::HeaderValue::from_static("text/html,*/*;q=0.8"));
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap()
}

/// Where a redirect points, or "" when the response is not one.
pub(crate) fn location(r: &reqwest::Response) -> String {
    r.headers().get(reqwest::header::LOCATION).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

/// The code an authenticator app with the secret `secret` (base32) shows `steps_ahead` steps
/// of 30 seconds from now (1: the next code, which the server also takes).
pub(crate) fn app_code(secret: &str, steps_ahead: i64) -> String {
    use server::totp;
    let bytes = totp::from_base32(secret).expect("a base32 secret");
    let step = totp::step_of(server::directory::now_unix()) + steps_ahead;
    format!("{:06}", totp::code(&bytes, step, totp::DIGITS))
}

/// The app's key the enrolment page shows, without its spaces.
pub(crate) fn key_on_page(page: &str) -> Option<String> {
    let shown = page.split("id=\"secret\"").nth(1)?.split_once('>')?.1.split("</code>").next()?;
    Some(shown.chars().filter(char::is_ascii_alphanumeric).collect())
}

/// Passes the second factor for `client`, which has just given its password: on the enrolment
/// page it enrols with the key shown; on the code page it gives the code of `secret` (an
/// earlier enrolment's) `steps_ahead` steps from now. Returns the app's secret and the last
/// answer (a redirect to the next page).
pub(crate) async fn pass_second_factor(
    client: &reqwest::Client,
    base: &str,
    secret: Option<&str>,
    steps_ahead: i64,
) -> (String, reqwest::Response) {
    let page = client.get(format!("{base}/it/staff/second-factor")).send().await.unwrap().text().await.unwrap();
    let secret = match key_on_page(&page) {
        Some(shown) => shown,
        None => secret.expect("enrolled: the secret of the enrolment").to_owned(),
    };
    let r = client
        .post(format!("{base}/it/staff/second-factor"))
        .form(&[("code", app_code(&secret, steps_ahead))])
        .send()
        .await
        .unwrap();
    (secret, r)
}

/// The first `n` free slots of a desk's service, as the booking page offers them, with the
/// desk's id.
pub(crate) async fn free_slots(db: &Db, slug: &str, service: &str, n: usize) -> (i64, Vec<domain::calendar::LocalDateTime>) {
    use server::{directory::now_unix, repo::desks};
    let stored = desks::by_slug(db, slug).await.unwrap().expect("demo desk");
    let rule = stored.desk.slot_rule(service).expect("the desk takes bookings for the service");
    let now = now_unix();
    let today = domain::calendar::rome_local(now).date;
    let mut found = Vec::new();
    for day in 0..60 {
        let date = today.add_days(day);
        for time in domain::desks::day_slots(&stored.desk.hours, rule, date, now) {
            found.push(domain::calendar::LocalDateTime { date, time });
        }
        if found.len() >= n {
            break;
        }
    }
    found.truncate(n);
    (stored.id, found)
}

/// The server program itself (not the library), as it runs in production, on a free port, with
/// its data in `data` on the database at `url`, the demo network, and `settings` on top.
/// Returns the process and its base URL; [`wait_until_up`] waits for it.
pub(crate) fn start_program(data: &std::path::Path, url: &str, settings: &[(&str, &str)]) -> (std::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .env("PONTE_ADDR", format!("127.0.0.1:{port}"))
        .env("PONTE_DATA_DIR", data)
        .env("PONTE_SITE_DIR", data.join("site"))
        .env("PONTE_DATABASE_URL", url)
        .env("PONTE_DEMO_DATA", "true")
        // Every simulated person books from 127.0.0.1.
        .env("PONTE_BOOKINGS_PER_ADDRESS", "1000000")
        .env("PONTE_BOOKINGS_PER_ADDRESS_AT_DESK", "1000000")
        .env("PONTE_LOG", "error")
        .envs(settings.iter().copied())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("the server program starts");
    (child, format!("http://127.0.0.1:{port}"))
}

/// Waits (a minute at most) until the server at `base` answers its health check.
pub(crate) async fn wait_until_up(base: &str) {
    for _ in 0..600 {
        if reqwest::get(format!("{base}/healthz")).await.is_ok_and(|r| r.status().is_success()) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the server at {base} did not start within a minute");
}

/// A booking code as a test has it (from an address, typed), checked.
pub(crate) fn code(text: &str) -> domain::booking::BookingCode {
    domain::booking::BookingCode::typed(text).unwrap_or_else(|| panic!("`{text}` is not a booking code"))
}

/// A valid booking code made from a test's key: the same key, the same code.
pub(crate) fn code_for(key: &str) -> domain::booking::BookingCode {
    domain::booking::BookingCode::from_random(std::array::from_fn(|i| key.as_bytes().get(i).copied().unwrap_or(0)))
}

/// What the database holds about a booking's helpers, removed ones included, first named
/// first: (name, contact, whether a PIN opens it, whether the person removed them).
#[allow(dead_code)] // not every test binary reads helpers
pub(crate) async fn helper_rows(db: &Db, booking_id: i64) -> Vec<(Option<String>, Option<String>, bool, bool)> {
    let sql = db.sql("SELECT name, contact, pin_hash, removed_at FROM booking_helpers WHERE booking_id = ? ORDER BY id").into_owned();
    // name, contact, PIN hash, when removed
    type Stored = (Option<String>, Option<String>, Option<String>, Option<i64>);
    let rows: Vec<Stored> =
        server::on_db!(db, pool => sqlx::query_as(&sql).bind(booking_id).fetch_all(pool).await.unwrap());
    rows.into_iter().map(|(name, contact, pin, removed)| (name, contact, pin.is_some(), removed.is_some())).collect()
}
