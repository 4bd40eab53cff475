//! The privacy notice (`locales/*/privacy.ftl`), statement by statement: each test is named
//! after what the notice tells a person, and fails when the code stops doing it. Statements
//! tested elsewhere: "if you book, your answers go to the desk" and leave the session
//! (`booking.rs`, `a_booking_carries_the_answers_to_the_desk`); "the PIN is stored in a form
//! that cannot be read" (`pin.rs`); "the log has no internet address or booking code"
//! (`telemetry.rs`); "Ponte loads nothing from other sites" and "Back after the quick exit
//! shows nothing" (browser tests, `pages.spec.ts` and `journey.spec.ts`); about someone you give
//! a PIN: they "see the booking" but "cannot download your data or give PINs to others", "if
//! you take their PIN away, we delete [their name and contact] at once", and "when they use
//! their PIN, we write it in the access log: who, what and when, without an internet address"
//! (`helpers.rs`); "if you call or come to the desk, an operator can write the request for you;
//! we also store how it came and who wrote it" (`workspace.rs`,
//! `an_operator_records_a_phone_request_for_a_caller_who_then_follows_it_in_romanian`); "the
//! mediator who comes sees your name, the day, the time, the desk, the service and the
//! documents to bring; not your answers, your message, or your phone or email" (`workspace.rs`,
//! `mediators_see_and_take_only_what_fits_them`); "if a mediator or an operator answers the
//! questions with you, we store who helped you and how you said yes" (`workspace.rs`,
//! `a_mediator_books_with_a_person_in_arabic_beside_italian`).

mod common;

use common::{browser, free_slots, helper_rows, location, spawn_server};
use domain::calendar::{rome_local, LocalDateTime};
use reqwest::{header, Client, StatusCode};
use server::{
    config::Config,
    db::Db,
    directory::now_unix,
    repo::{bookings, dossiers, municipalities},
    sessions::{self, Store},
};
use tower_sessions::session_store::ExpiredDeletion;

const DESK: &str = "sportello-sociale-azzano-san-paolo";
const SERVICE: &str = "home-care";
const MINUTE: i64 = 60;
const DAY: i64 = 86_400;

async fn post(client: &Client, url: String, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(url).form(form).send().await.unwrap()
}

/// A browser that has started a journey in `area` and answered its first question `q` with `v`.
async fn journey(base: &str, area: &str, q: &str, v: &str) -> Client {
    let client = browser();
    post(&client, format!("{base}/it/start"), &[("who", "me"), ("area", area)]).await;
    let answered = post(&client, format!("{base}/it/questions/{area}/{q}"), &[("value", v)]).await;
    assert_eq!(answered.status(), StatusCode::SEE_OTHER);
    client
}

/// A page's text without the marks Fluent puts around each variable (bidi isolation).
async fn page_text(client: &Client, url: String) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "")
}

/// Books `slot` (or, with `None`, sends a request without an appointment) at the demo desk
/// with everything personal a form carries: name, contact, a note, someone who helps. Returns
/// the booking's page.
async fn book_with_personal_data(client: &Client, base: &str, slot: Option<LocalDateTime>, key: &str) -> String {
    let mut form = vec![
        ("name", "Maria Rossi".to_owned()),
        ("contact", "333 123 4567".to_owned()),
        ("language", "it".to_owned()),
        ("consent", "yes".to_owned()),
        ("note", "Mia madre non cammina bene".to_owned()),
        ("request_key", key.to_owned()),
        ("helper_name", "Sara Rossi".to_owned()),
        ("helper_relationship", "family".to_owned()),
        ("helper_contact", "sara@example.org".to_owned()),
        ("helper_consent", "yes".to_owned()),
    ];
    let kind = match slot {
        Some(at) => {
            form.push(("slot", at.to_string()));
            "book"
        }
        None => "request",
    };
    let made = client.post(format!("{base}/it/{kind}/{DESK}/{SERVICE}")).form(&form).send().await.unwrap();
    let page = location(&made);
    assert!(page.starts_with("/it/booking/"), "saved: {page}");
    format!("{base}{page}")
}

fn code_of(page: &str) -> String {
    page.rsplit('/').next().unwrap().to_owned()
}

async fn sessions_stored(db: &Db) -> i64 {
    let Db::Sqlite(pool) = db else { panic!("these tests read the SQLite session table") };
    sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions").fetch_one(pool).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn if_you_do_not_book_your_answers_are_deleted_within_35_minutes_of_the_last_answer() {
    assert_eq!(sessions::DRAFT_GONE_WITHIN_MINUTES, 35, "the number the notice states");
    let (running, base, _dir) = spawn_server().await;
    let Db::Sqlite(pool) = &running.db else { unreachable!() };
    let person = journey(&base, "elderly", "age", "82").await;
    let expiry: i64 = sqlx::query_scalar("SELECT CAST(strftime('%s', expiry_date) AS INTEGER) FROM tower_sessions")
        .fetch_one(pool)
        .await
        .unwrap();
    let idle = expiry - now_unix();
    assert!((29 * MINUTE..=30 * MINUTE).contains(&idle), "the answers are not read again after 30 minutes: {idle} s");

    // 30 minutes later (the clock moved by moving the expiry into the past), the clean-up that
    // runs every 5 minutes deletes them.
    sqlx::query("UPDATE tower_sessions SET expiry_date = datetime('now', '-1 second')").execute(pool).await.unwrap();
    Store::prepare(&running.db, true).await.unwrap().delete_expired().await.unwrap();
    assert_eq!(sessions_stored(&running.db).await, 0, "no answers left in the database");
    let results = person.get(format!("{base}/it/questions/elderly")).send().await.unwrap();
    assert_eq!(location(&results), "/it?area=elderly", "the person starts again");
    let notice = page_text(&browser(), format!("{base}/it/privacy")).await;
    assert!(notice.contains("entro 35 minuti"), "the notice states the same period");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_quick_exit_deletes_your_answers() {
    let (running, base, _dir) = spawn_server().await;
    let person = journey(&base, "safety", "danger-now", "no").await;
    assert_eq!(sessions_stored(&running.db).await, 1);

    let exit = person.get(format!("{base}/exit")).send().await.unwrap();
    assert_eq!(exit.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&exit), "https://www.ilmeteo.it/");
    assert_eq!(exit.headers()[header::REFERRER_POLICY], "no-referrer", "the neutral site is not told where from");
    assert_eq!(sessions_stored(&running.db).await, 0, "the answers are gone from the server");
    let back = person.get(format!("{base}/it/questions/safety/safe-place")).send().await.unwrap();
    assert_eq!(location(&back), "/it", "Back finds no journey, and no word of the area");
}

/// Privacy notice: "after the appointment we wait N days, then delete name, contacts and
/// answers"; "for a request without an appointment, N days after the last change"; "only
/// counts without names remain". Run on SQLite and PostgreSQL, with the clock given.
async fn personal_data_is_deleted_the_set_number_of_days_after_the_appointment(base: &str, db: &Db) {
    let days = 180;
    // An appointment at least three days away, so that the request's period ends first.
    let today = rome_local(now_unix()).date;
    let (_, slots) = free_slots(db, DESK, SERVICE, 200).await;
    let slot = *slots.iter().find(|s| s.date.days_since_epoch() >= today.days_since_epoch() + 3).expect("a free time");
    let person = journey(base, "elderly", "age", "82").await;
    let appointment = code_of(&book_with_personal_data(&person, base, Some(slot), "retention-appointment").await);
    let request = code_of(&book_with_personal_data(&browser(), base, None, "retention-request").await);

    let personal = |code: String| async move {
        let b = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("the row stays");
        let d = dossiers::by_booking(db, b.id).await.unwrap().expect("the dossier stays");
        let helpers = helper_rows(db, b.id).await;
        assert_eq!(helpers.len(), 1, "the helper's row stays");
        let helper = helpers[0].0.is_some() || helpers[0].1.is_some();
        (b.name.is_some() || b.contact.is_some() || d.draft.is_some() || d.note.is_some() || helper, (b.desk_id, b.service, b.starts_at))
    };
    let now = now_unix();
    let days_to_appointment = slot.date.days_since_epoch() - today.days_since_epoch();
    let purge_at = |days_later: i64| server::retention::purge(db, now + days_later * DAY, days as u32);

    // A request without an appointment: kept for the period after its last change.
    purge_at(days - 1).await.unwrap();
    assert!(personal(request.clone()).await.0, "the request is kept until its period ends");
    purge_at(days + 1).await.unwrap();
    assert!(!personal(request).await.0, "then emptied");

    // The appointment: kept for the period after the day it takes place.
    let (had, counted) = personal(appointment.clone()).await;
    assert!(had, "the appointment's period has not begun");
    purge_at(days_to_appointment + days - 1).await.unwrap();
    assert!(personal(appointment.clone()).await.0, "kept until the period ends");
    purge_at(days_to_appointment + days + 1).await.unwrap();
    let (has, still_counted) = personal(appointment).await;
    assert!(!has, "name, contact, answers and message are deleted, and the helper's name and contact");
    assert_eq!(still_counted, counted, "desk, service and day remain, for the counts");
}

/// Privacy notice: "if you cancel the booking, we delete them at once".
async fn if_you_cancel_your_data_is_deleted_at_once(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, DESK, SERVICE, 2).await;
    let person = journey(base, "elderly", "age", "82").await;
    let page = book_with_personal_data(&person, base, Some(slots[1]), "retention-cancel").await;
    let code = code_of(&page);
    let cancelled = person.post(format!("{page}/cancel")).send().await.unwrap();
    assert_eq!(cancelled.status(), StatusCode::SEE_OTHER);
    let b = bookings::by_code(db, &common::code(&code)).await.unwrap().unwrap();
    let d = dossiers::by_booking(db, b.id).await.unwrap().unwrap();
    assert_eq!((b.name, b.contact, d.draft, d.note), (None, None, None, None));
    assert_eq!(helper_rows(db, b.id).await, vec![(None, None, true, false)], "the helper's name and contact too");
}

/// Privacy notice: the internet address counts wrong attempts and bookings, "in a form that
/// cannot be read", and the counts are deleted after two days at most.
async fn your_address_is_counted_unreadably_and_forgotten_within_two_days(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, DESK, SERVICE, 1).await;
    book_with_personal_data(&browser(), base, Some(slots[0]), "counted").await;
    let guess = [("code", "ACDE-FGHJ"), ("secret", "123456")];
    post(&browser(), format!("{base}/it/manage"), &guess).await;
    let read = |sql: &'static str| async move {
        match db {
            Db::Sqlite(pool) => sqlx::query_as::<_, (String, i64)>(sql).fetch_all(pool).await.unwrap(),
            Db::Postgres(pool) => sqlx::query_as::<_, (String, i64)>(sql).fetch_all(pool).await.unwrap(),
        }
    };
    let counts = read("SELECT attempt_key, window_start FROM attempts").await;
    assert!(counts.len() >= 4, "the booking and the guess are counted: {counts:?}");
    for (key, _) in &counts {
        assert!(key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit()), "a hash, not `{key}`");
        assert!(!key.contains("127.0.0.1") && !key.contains("ACDEFGHJ"));
    }
    let now = now_unix();
    server::retention::purge(db, now + DAY, 180).await.unwrap();
    assert_eq!(read("SELECT attempt_key, window_start FROM attempts").await.len(), counts.len(), "kept the first day");
    let purged = server::retention::purge(db, now + 2 * DAY + 1, 180).await.unwrap();
    assert_eq!(purged.attempt_counts as usize, counts.len());
    assert!(read("SELECT attempt_key, window_start FROM attempts").await.is_empty(), "gone after two days");
    let notice = page_text(&browser(), format!("{base}/it/privacy")).await;
    assert!(notice.contains("per contare i tentativi sbagliati e le prenotazioni. Lo salviamo in una forma che non si può leggere."));
    assert!(notice.contains("le prenotazioni per 24 ore. Dopo 2 giorni al massimo cancelliamo anche questi conti."), "{notice}");
}

against_running_server!(
    personal_data_is_deleted_the_set_number_of_days_after_the_appointment,
    if_you_cancel_your_data_is_deleted_at_once,
    your_address_is_counted_unreadably_and_forgotten_within_two_days,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_cookie_is_set_only_when_you_choose_a_language() {
    let (_running, base, _dir) = spawn_server().await;
    let client = browser();
    for page in ["/ar", "/en/privacy", "/it/start?who=me"] {
        let read = client.get(format!("{base}{page}")).send().await.unwrap();
        assert_eq!(read.status(), StatusCode::OK, "{page}");
        assert!(read.headers().get(header::SET_COOKIE).is_none(), "reading {page} sets no cookie");
    }

    let html = client.get(format!("{base}/it/start?who=me")).send().await.unwrap().text().await.unwrap();
    let link = "/language/ar?page=/ar/start%3Fwho%3Dme";
    assert!(html.contains(&format!(r#"href="{link}""#)), "the switch goes through the server");
    let chosen = client.get(format!("{base}{link}")).send().await.unwrap();
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&chosen), "/ar/start?who=me", "the same page, in the chosen language");
    let cookie = chosen.headers()[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("ponte_lang=ar;") && cookie.contains("Max-Age=31536000"), "one year: {cookie}");
    let home = client.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(location(&home), "/ar", "and / opens in it next time");

    let elsewhere = client.get(format!("{base}/language/ar?page=//evil.example/ar")).send().await.unwrap();
    assert_eq!(location(&elsewhere), "/ar", "never to another site");
    let unknown = client.get(format!("{base}/language/xx?page=/xx")).send().await.unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn there_are_no_other_cookies_and_the_session_ends_after_30_minutes() {
    let (running, base, _dir) = spawn_server().await;
    let (_, slots) = free_slots(&running.db, DESK, SERVICE, 1).await;
    let person = browser();
    let mut set = Vec::new();
    let mut remember = |r: &reqwest::Response| {
        set.extend(r.headers().get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_owned()));
    };
    for page in ["/it", "/it/start?who=me&area=elderly", "/it/desks/home-care", "/it/privacy"] {
        remember(&person.get(format!("{base}{page}")).send().await.unwrap());
    }
    remember(&post(&person, format!("{base}/it/start"), &[("who", "me"), ("area", "elderly")]).await);
    remember(&post(&person, format!("{base}/it/questions/elderly/age"), &[("value", "82")]).await);
    let slot = slots[0].to_string();
    let form = [("slot", slot.as_str()), ("name", "M. R."), ("language", "it"), ("consent", "yes"), ("request_key", "cookies")];
    let made = post(&person, format!("{base}/it/book/{DESK}/{SERVICE}"), &form).await;
    remember(&made);
    remember(&person.get(format!("{base}{}", location(&made))).send().await.unwrap());
    remember(&person.get(format!("{base}/language/en?page=/en")).send().await.unwrap());

    let names: std::collections::BTreeSet<&str> = set.iter().filter_map(|c| c.split('=').next()).collect();
    assert_eq!(names, ["ponte_lang", "ponte_session"].into(), "{set:?}");
    let session = set.iter().find(|c| c.starts_with("ponte_session=")).unwrap();
    assert!(session.contains("HttpOnly") && session.contains("Max-Age=1800"), "30 minutes: {session}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn your_position_is_rounded_used_to_find_the_nearest_municipality_and_never_put_in_an_address() {
    let (running, base, _dir) = spawn_server().await;
    let verdellino = municipalities::list(&running.db).await.unwrap().into_iter().find(|m| m.name == "Verdellino").unwrap();
    let client = browser();
    // Near Verdellino's town hall, as a browser reports it, with the filters already chosen.
    let near = post(
        &client,
        format!("{base}/it/desks/{SERVICE}/near"),
        &[("lat", "45.60312"), ("lon", "9.61044"), ("language", "ar"), ("step_free", "on"), ("day", "no-such-day")],
    )
    .await;
    assert_eq!(near.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&near), format!("/it/desks/{SERVICE}?municipality={}&language=ar&step_free=on", verdellino.istat_code));
    let page = client.get(format!("{base}{}", location(&near))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Verdellino"), "the list starts from the nearest municipality");
    assert!(!page.contains("45.60") && !page.contains("9.61"), "the page carries no coordinates");

    let nowhere = post(&client, format!("{base}/it/desks/{SERVICE}/near"), &[("lat", "95"), ("lon", "9.6")]).await;
    assert_eq!(location(&nowhere), format!("/it/desks/{SERVICE}?location=invalid"));
    let message = client.get(format!("{base}{}", location(&nowhere))).send().await.unwrap().text().await.unwrap();
    assert!(message.contains("class=\"error-message\"") || message.contains("role=\"alert\""), "the person is told");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_notice_names_the_controller_and_the_periods_that_whoever_runs_ponte_sets() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::throwaway(&dir.path().to_string_lossy(), None);
    config.controller.name = "Comune di Lallio".into();
    config.controller.contact = "protocollo@pec.comune.lallio.bg.it".into();
    config.controller.dpo_contact = "rpd@comune.lallio.bg.it".into();
    config.retention_days = 365;
    let running = server::start(config).await.unwrap();
    let base = format!("http://{}", running.addr);
    for (page, days) in [("/it/privacy", "365 giorni"), ("/en/privacy", "365 days"), ("/ar/privacy", "365")] {
        let html = page_text(&browser(), format!("{base}{page}")).await;
        for said in ["Comune di Lallio", "protocollo@pec.comune.lallio.bg.it", "rpd@comune.lallio.bg.it", days] {
            assert!(html.contains(said), "{page} says {said}");
        }
    }
    let staff = page_text(&browser(), format!("{base}/it/staff/privacy")).await;
    assert!(staff.contains("Comune di Lallio") && staff.contains("argon2id"));
    assert!(staff.contains("30 minuti") && staff.contains("12 ore"), "the staff session's limits");
    running.shutdown().await.unwrap();
}
