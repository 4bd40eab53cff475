//! Click day, on SQLite and on PostgreSQL: a request the server cannot take now gets the busy
//! page in the person's language with the form's values, and sending that form again books
//! once; and the bookings confirmed to people survive the server being killed (SIGKILL) in the
//! middle of a burst. (How many people the server takes at once is measured by
//! `cargo xtask bench click-day`, not asserted here.)

mod common;

use common::{browser, free_slots, location, start_program, wait_until_up};
use reqwest::StatusCode;
use server::{
    config::Config,
    db::Db,
    repo::bookings::{self, Status},
};
use std::{
    path::Path,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

const DESK: &str = "sportello-sociale-boltiere";
const OTHER_DESK: &str = "sportello-sociale-azzano-san-paolo";
const SERVICE: &str = "home-care";

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The "try again" form of the busy page: where it posts, and its fields.
fn retry_form(page: &str) -> (String, Vec<(String, String)>) {
    let form = &page[page.find("<form").expect("a form to send again")..];
    let attribute = |tag: &str, name: &str| {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        unescape(&tag[start..start + tag[start..].find('"').unwrap()])
    };
    let action = attribute(&form[..form.find('>').unwrap()], "action");
    let fields = form
        .split("<input")
        .skip(1)
        .map(|tag| {
            let tag = &tag[..tag.find('>').unwrap()];
            assert!(tag.contains(r#"type="hidden""#), "{tag}");
            (attribute(tag, "name"), attribute(tag, "value"))
        })
        .collect();
    (action, fields)
}

async fn a_busy_server_answers_in_the_persons_language_and_keeps_the_form(url: Option<String>) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_string_lossy().into_owned();
    let mut config = Config::throwaway(&data, url.clone());
    // Every process is above 1 MB: this server turns every request away.
    config.memory_limit_mb = 1;
    let busy = server::start(config).await.unwrap();
    let base = format!("http://{}", busy.addr);
    let (desk_id, slots) = free_slots(&busy.db, DESK, SERVICE, 1).await;
    let typed = [
        ("slot", slots[0].to_string()),
        ("name", "Amina \"Haddad\" <Ali>".to_owned()),
        ("contact", "333 123 4567".to_owned()),
        ("language", "ar".to_owned()),
        ("consent", "yes".to_owned()),
        ("note", "أحتاج إلى مساعدة في المنزل & الدواء".to_owned()),
        ("request_key", "click-day-once".to_owned()),
    ];
    let r = browser().post(format!("{base}/ar/book/{DESK}/{SERVICE}")).form(&typed).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.headers()["retry-after"], "60");
    let page = r.text().await.unwrap();
    let ar = app::i18n::i18n_for("ar").unwrap();
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
    for id in ["busy-title", "busy-wait", "busy-not-sent", "busy-kept", "busy-retry"] {
        assert!(page.contains(&ar.t(id)), "{id} in Arabic: {page}");
    }
    let (action, fields) = retry_form(&page);
    assert_eq!(action, format!("/ar/book/{DESK}/{SERVICE}"));
    let typed: Vec<(String, String)> = typed.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    assert_eq!(fields, typed, "everything typed is in the form, as typed");
    assert_eq!(bookings::count_at(&busy.db, desk_id, SERVICE, slots[0]).await.unwrap(), 0, "nothing was booked");

    // A page read is offered again as a link; the health check still answers the proxy.
    let r = browser().get(format!("{base}/en/desks")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.text().await.unwrap().contains(r#"href="/en/desks""#));
    assert_eq!(browser().get(format!("{base}/healthz")).send().await.unwrap().status(), StatusCode::OK);
    busy.shutdown().await.unwrap();

    // A minute later, on the same database: the same form sent twice (a double tap) books once.
    let running = server::start(Config::throwaway(&data, url)).await.unwrap();
    let base = format!("http://{}", running.addr);
    let client = browser();
    let first = client.post(format!("{base}{action}")).form(&fields).send().await.unwrap();
    let again = client.post(format!("{base}{action}")).form(&fields).send().await.unwrap();
    assert!(location(&first).starts_with("/ar/booking/"), "{}", location(&first));
    assert_eq!(location(&again), location(&first));
    assert_eq!(bookings::count_at(&running.db, desk_id, SERVICE, slots[0]).await.unwrap(), 1);
    running.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn busy_page_sqlite() {
    a_busy_server_answers_in_the_persons_language_and_keeps_the_form(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
async fn busy_page_postgres() {
    let t = common::postgres_without_schema().await;
    a_busy_server_answers_in_the_persons_language_and_keeps_the_form(Some(t.url.clone())).await;
    t.cleanup().await;
}

/// How many confirmations reach people before the server is killed.
const KILL_AFTER: usize = 40;

async fn confirmed_bookings_survive_a_kill_during_a_burst(url: &str, data: &Path) {
    let (mut server, base) = start_program(data, url, &[]);
    wait_until_up(&base).await;
    let db = Db::connect(url).await.unwrap();
    let mut targets = Vec::new();
    for slug in [DESK, OTHER_DESK] {
        let (_, slots) = free_slots(&db, slug, SERVICE, 100).await;
        targets.extend(slots.into_iter().map(|s| (slug, s)));
    }
    let confirmed = Arc::new(Mutex::new(Vec::<String>::new()));
    let answered = Arc::new(AtomicUsize::new(0));
    let requests = targets.iter().enumerate().map(|(i, (slug, slot))| {
        let (confirmed, answered) = (confirmed.clone(), answered.clone());
        let url = format!("{base}/it/book/{slug}/{SERVICE}");
        let form = [
            ("slot", slot.to_string()),
            ("name", "Durability".to_owned()),
            ("language", "it".to_owned()),
            ("consent", "yes".to_owned()),
            ("request_key", format!("kill-{i}")),
        ];
        async move {
            if let Ok(r) = browser().post(url).form(&form).send().await {
                if let Some(code) = location(&r).strip_prefix("/it/booking/") {
                    confirmed.lock().unwrap().push(code.to_owned());
                }
            }
            answered.fetch_add(1, Ordering::SeqCst);
        }
    });
    let burst = tokio::spawn(futures::future::join_all(requests));
    while confirmed.lock().unwrap().len() < KILL_AFTER && answered.load(Ordering::SeqCst) < targets.len() {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    server.kill().expect("SIGKILL");
    server.wait().unwrap();
    burst.await.unwrap();
    let confirmed = confirmed.lock().unwrap().clone();
    assert!(confirmed.len() < targets.len(), "the server was killed before the burst ended");

    let (mut server, base) = start_program(data, url, &[]);
    wait_until_up(&base).await;
    for code in &confirmed {
        let booking = bookings::by_code(&db, &common::code(code)).await.unwrap();
        assert_eq!(booking.map(|b| b.status), Some(Status::Booked), "confirmed booking {code} is kept");
    }
    server.kill().unwrap();
    server.wait().unwrap();
    db.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_during_a_burst_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/ponte.db", dir.path().display());
    confirmed_bookings_survive_a_kill_during_a_burst(&url, dir.path()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
async fn kill_during_a_burst_postgres() {
    let t = common::postgres_without_schema().await;
    let dir = tempfile::tempdir().unwrap();
    confirmed_bookings_survive_a_kill_during_a_burst(&t.url, dir.path()).await;
    t.cleanup().await;
}
