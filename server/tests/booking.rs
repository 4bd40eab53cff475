//! Booking against a running server, as browsers without JavaScript post it, on SQLite and on
//! PostgreSQL: no double booking under 100 concurrent requests, capacity respected, a
//! resubmitted form books once, and a booking can be found again, moved and cancelled; a
//! request sent without an appointment is followed and withdrawn the same way.

mod common;

use common::{browser, free_slots, location, spawn_server_with};

use domain::{
    answers::Answer,
    calendar::LocalDateTime,
    dossier::{self, FilledBy},
};
use reqwest::{header, StatusCode};
use server::{
    db::Db,
    rate_limit::BookingLimits,
    repo::{bookings, desks, dossiers},
};

/// Sportello Sociale di Boltiere: one appointment at a time. Azzano San Paolo: two.
const ONE_SEAT: &str = "sportello-sociale-boltiere";
const TWO_SEATS: &str = "sportello-sociale-azzano-san-paolo";
const SERVICE: &str = "home-care";

/// The PIN a booking's own page shows to the browser that made it.
async fn shown_pin(client: &reqwest::Client, page_url: &str) -> String {
    let page = client.get(page_url).send().await.unwrap().text().await.unwrap();
    page.split("data-pin>").nth(1).and_then(|s| s.split('<').next()).expect("the PIN is shown").to_owned()
}

fn form(slot: &LocalDateTime, key: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slot", slot.to_string()),
        ("name", "M. R.".into()),
        ("contact", "333 123 4567".into()),
        ("language", "it".into()),
        ("consent", "yes".into()),
        ("request_key", key.into()),
    ]
}

/// Fires `n` booking requests for one slot at once, each from its own browser.
async fn storm(base: &str, slug: &str, slot: &LocalDateTime, n: usize) -> (usize, usize) {
    let url = format!("{base}/it/book/{slug}/{SERVICE}");
    let requests = (0..n).map(|i| {
        let (url, form) = (url.clone(), form(slot, &format!("storm{i}")));
        async move { browser().post(url).form(&form).send().await.unwrap() }
    });
    let responses = futures::future::join_all(requests).await;
    let (mut booked, mut taken) = (0, 0);
    for r in &responses {
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "every request gets an answer, never an error");
        let to = location(r);
        if to.starts_with("/it/booking/") {
            booked += 1;
        } else {
            assert_eq!(to, format!("/it/book/{slug}/{SERVICE}?from={}", slot.date), "the others are sent to the next times");
            taken += 1;
        }
    }
    (booked, taken)
}

async fn one_seat_is_booked_once_under_100_concurrent_requests(base: &str, db: &Db) {
    let (desk_id, slots) = free_slots(db, ONE_SEAT, SERVICE, 1).await;
    let (booked, taken) = storm(base, ONE_SEAT, &slots[0], 100).await;
    assert_eq!((booked, taken), (1, 99));
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, slots[0]).await.unwrap(), 1, "one row in the database");

    // Someone who lost the race sees why, and the form they filled in.
    let client = browser();
    let r = client.post(format!("{base}/it/book/{ONE_SEAT}/{SERVICE}")).form(&form(&slots[0], "late")).send().await.unwrap();
    let page = client.get(format!("{base}{}", location(&r))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Questo orario è stato appena preso"), "{page}");
    assert!(page.contains(r#"value="M. R.""#), "the name typed is kept");
    assert!(!page.contains(&format!(r#"value="{}""#, slots[0])), "the taken time is no longer offered");
}

async fn capacity_two_is_never_exceeded(base: &str, db: &Db) {
    let (desk_id, slots) = free_slots(db, TWO_SEATS, SERVICE, 1).await;
    let (booked, taken) = storm(base, TWO_SEATS, &slots[0], 40).await;
    assert_eq!((booked, taken), (2, 38));
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, slots[0]).await.unwrap(), 2);
}

async fn a_resubmitted_form_books_once(base: &str, db: &Db) {
    let (desk_id, slots) = free_slots(db, TWO_SEATS, SERVICE, 3).await;
    let slot = slots[2];
    let url = format!("{base}/it/book/{TWO_SEATS}/{SERVICE}");
    let client = browser();
    let first = client.post(&url).form(&form(&slot, "same-tap")).send().await.unwrap();
    // A double tap arriving together, then a reload of the POST.
    let twins = futures::future::join_all((0..5).map(|_| client.post(&url).form(&form(&slot, "same-tap")).send())).await;
    let again = client.post(&url).form(&form(&slot, "same-tap")).send().await.unwrap();
    let code = location(&first);
    assert!(code.starts_with("/it/booking/"), "{code}");
    for r in twins {
        assert_eq!(location(&r.unwrap()), code);
    }
    assert_eq!(location(&again), code);
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, slot).await.unwrap(), 1);
}

async fn a_booking_is_found_moved_and_cancelled(base: &str, db: &Db) {
    let (desk_id, slots) = free_slots(db, ONE_SEAT, SERVICE, 4).await;
    let (first, second) = (slots[2], slots[3]);
    let me = browser();
    let made = me.post(format!("{base}/it/book/{ONE_SEAT}/{SERVICE}")).form(&form(&first, "mine")).send().await.unwrap();
    let page_url = format!("{base}{}", location(&made));
    let code = page_url.rsplit('/').next().unwrap().to_owned();
    let response = me.get(&page_url).send().await.unwrap();
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store", "a shared phone's cache keeps no booking");
    let page = response.text().await.unwrap();
    assert!(page.contains("Appuntamento prenotato"));
    let pin = page.split("data-pin>").nth(1).and_then(|s| s.split('<').next()).expect("the PIN is shown once").to_owned();
    assert_eq!(pin.len(), 6);
    let again = me.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(again.contains("Appuntamento prenotato") && !again.contains("data-pin>"), "the PIN is shown once only");

    // Someone else's browser sees nothing, not even whether the code exists.
    let stranger = browser();
    let hidden = stranger.get(&page_url).send().await.unwrap();
    assert_eq!(hidden.status(), StatusCode::NOT_FOUND, "the same answer as for a code that does not exist");
    let hidden = hidden.text().await.unwrap();
    assert!(!hidden.contains("Appuntamento prenotato") && hidden.contains("Ritrova la tua prenotazione"));
    let ics = stranger.get(format!("{page_url}/calendar.ics")).send().await.unwrap();
    assert_eq!(ics.status(), StatusCode::NOT_FOUND);
    // Nor change it: cancelling, moving, the QR code and the booking's server functions answer
    // as if there were no booking, while its own browser gets them.
    let cancel = stranger.post(format!("{page_url}/cancel")).send().await.unwrap();
    assert_eq!(cancel.status(), StatusCode::NOT_FOUND);
    let reschedule = stranger.post(format!("{page_url}/reschedule")).form(&[("slot", second.to_string())]).send().await.unwrap();
    assert_eq!(reschedule.status(), StatusCode::NOT_FOUND);
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, first).await.unwrap(), 1, "still booked where it was");
    assert_eq!(stranger.get(format!("{page_url}/qr.svg")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(me.get(format!("{page_url}/qr.svg")).send().await.unwrap().status(), StatusCode::OK);
    // The pages load their data in their handlers: no endpoint hands it out, to anyone.
    for client in [&stranger, &me] {
        for endpoint in ["booking", "manage-error", "slots", "request-form", "desks", "journey"] {
            let r = client.post(format!("{base}/api/{endpoint}")).form(&[("code", code.as_str())]).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "/api/{endpoint}");
        }
    }
    // Moving a booking is offered only to the browser that may manage it.
    let change = format!("{base}/it/book/{ONE_SEAT}/{SERVICE}?change={code}");
    let theirs = stranger.get(&change).send().await.unwrap().text().await.unwrap();
    assert!(theirs.contains("Prenota un appuntamento") && !theirs.contains("Cambia l'orario"), "{theirs}");
    let mine = me.get(&change).send().await.unwrap().text().await.unwrap();
    assert!(mine.contains("Cambia l'orario"), "{mine}");

    // With a wrong PIN: the same message as for a code that does not exist.
    let wrong = stranger.post(format!("{base}/it/manage")).form(&[("code", code.as_str()), ("secret", "000000")]).send().await.unwrap();
    assert_eq!(location(&wrong), "/it/manage");
    let message = stranger.get(format!("{base}/it/manage")).send().await.unwrap().text().await.unwrap();
    assert!(message.contains("Non troviamo una prenotazione con questi dati"));
    // The phone number given is not enough: someone close to the person may know it.
    let phone = stranger.post(format!("{base}/it/manage")).form(&[("code", code.as_str()), ("secret", "3331234567")]).send().await.unwrap();
    assert_eq!(location(&phone), "/it/manage");
    // With the code typed loosely and the PIN: found.
    let typed = format!("{}-{}", &code[..4], &code[4..]).to_lowercase();
    let found = stranger.post(format!("{base}/it/manage")).form(&[("code", typed.as_str()), ("secret", pin.as_str())]).send().await.unwrap();
    assert_eq!(location(&found), format!("/it/booking/{code}"));
    let calendar = stranger.get(format!("{page_url}/calendar.ics")).send().await.unwrap().text().await.unwrap();
    assert!(calendar.contains(&format!("DTSTART;TZID=Europe/Rome:{}", first.to_string().replace(['-', ':'], "") + "00")), "{calendar}");

    // Move it: the old slot is free again, the new one taken.
    let moved = stranger
        .post(format!("{page_url}/reschedule"))
        .form(&[("slot", second.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&moved), format!("/it/booking/{code}"));
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, first).await.unwrap(), 0);
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, second).await.unwrap(), 1);

    // Cancel it: the slot is free and the personal data gone.
    let cancelled = stranger.post(format!("{page_url}/cancel")).send().await.unwrap();
    assert_eq!(location(&cancelled), format!("/it/booking/{code}"));
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, second).await.unwrap(), 0);
    let stored = bookings::by_code(db, &common::code(&code)).await.unwrap().unwrap();
    assert_eq!((stored.name, stored.contact), (None, None));
    let dossier = dossiers::by_booking(db, stored.id).await.unwrap().expect("every booking has a dossier");
    assert_eq!(dossier.status, dossier::Status::Withdrawn, "cancelling withdraws the request");
}

/// The desk receives the answers that led to the service, as codes, saved with the booking.
async fn a_booking_carries_the_answers_to_the_desk(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, TWO_SEATS, SERVICE, 5).await;
    let relative = browser();
    let start = relative.post(format!("{base}/ar/start")).form(&[("who", "other"), ("area", "elderly")]).send().await.unwrap();
    assert_eq!(location(&start), "/ar/questions/elderly");
    let age = relative.post(format!("{base}/ar/questions/elderly/age")).form(&[("value", "82")]).send().await.unwrap();
    assert_eq!(location(&age), "/ar/questions/elderly/lives-alone");
    let mut booking_form = form(&slots[4], "with-answers");
    booking_form[3] = ("language", "ar".into());
    booking_form.push(("note", "  أمي لا تمشي جيدًا ".into()));
    booking_form.push(("filled_by", "mediator".into()));
    let made = relative.post(format!("{base}/ar/book/{TWO_SEATS}/{SERVICE}")).form(&booking_form).send().await.unwrap();
    let code = location(&made).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("booked");
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().expect("saved with the booking");
    let draft = dossier.draft.expect("the answers went with it");
    assert_eq!(draft.area, "elderly");
    assert_eq!(draft.answers.get("age"), Some(&Answer::Number(82)), "answers are codes, not Arabic text");
    assert_eq!((dossier.filled_by, dossier.language.as_str()), (FilledBy::Mediator, "ar"), "the form's answer wins");
    assert_eq!(dossier.note.as_deref(), Some("أمي لا تمشي جيدًا"), "the person's words, as written");
    assert_eq!((dossier.service.as_str(), dossier.desk_id, dossier.status), (SERVICE, booking.desk_id, dossier::Status::Received));

    // Privacy notice: "when you book, the answers go to the desk and leave the session". Going
    // back to the results finds none, and a second booking carries none.
    let results = relative.get(format!("{base}/ar/results/elderly")).send().await.unwrap();
    assert_eq!(location(&results), "/ar?area=elderly", "the answers are no longer in the session");
    let again = relative.post(format!("{base}/ar/book/{TWO_SEATS}/{SERVICE}")).form(&form(&slots[2], "after-booking")).send().await.unwrap();
    let code = location(&again).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("booked");
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().expect("saved with the booking");
    assert_eq!((dossier.draft, dossier.filled_by), (None, FilledBy::Person));

    // Without an answer on the form, the journey's "someone I help" says a relative.
    let helper = browser();
    helper.post(format!("{base}/it/start")).form(&[("who", "other"), ("area", "elderly")]).send().await.unwrap();
    helper.post(format!("{base}/it/questions/elderly/age")).form(&[("value", "82")]).send().await.unwrap();
    let made = helper.post(format!("{base}/it/book/{TWO_SEATS}/{SERVICE}")).form(&form(&slots[1], "relative")).send().await.unwrap();
    let code = location(&made).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("booked");
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().expect("saved with the booking");
    assert_eq!(dossier.filled_by, FilledBy::Relative);

    // Booked straight away, without the questions: a dossier still, with no answers.
    let direct = browser().post(format!("{base}/it/book/{TWO_SEATS}/{SERVICE}")).form(&form(&slots[3], "direct")).send().await.unwrap();
    let code = location(&direct).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("booked");
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().expect("saved with the booking");
    assert_eq!((dossier.draft, dossier.filled_by), (None, FilledBy::Person));
}

/// A person can see and keep what Ponte holds about their booking (GDPR art. 15 and 20): the
/// browser that made it, or proved it knows the PIN, downloads it all as a JSON file; anyone
/// else gets nothing; once cancelled, the file holds no name, contact or answers either.
async fn a_person_downloads_what_ponte_holds_about_their_booking(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, TWO_SEATS, SERVICE, 1).await;
    let me = browser();
    me.post(format!("{base}/it/start")).form(&[("who", "me"), ("area", "elderly")]).send().await.unwrap();
    me.post(format!("{base}/it/questions/elderly/age")).form(&[("value", "82")]).send().await.unwrap();
    let mut booking_form = form(&slots[0], "download");
    booking_form.push(("note", "Vengo con mia figlia".into()));
    let made = me.post(format!("{base}/it/book/{TWO_SEATS}/{SERVICE}")).form(&booking_form).send().await.unwrap();
    let page_url = format!("{base}{}", location(&made));
    let code = page_url.rsplit('/').next().unwrap().to_owned();
    let page = me.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("/it/booking/{code}/data.json")), "the booking page offers the download");

    let file = me.get(format!("{page_url}/data.json")).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert!(file.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/json"));
    assert!(file.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment"));
    assert_eq!(file.headers()[header::CACHE_CONTROL], "no-store");
    let data: serde_json::Value = serde_json::from_str(&file.text().await.unwrap()).unwrap();
    assert_eq!(data["code"], code.as_str());
    assert_eq!(data["service"], SERVICE);
    assert_eq!(data["appointment"], slots[0].to_string().as_str());
    assert_eq!((data["name"].as_str(), data["note"].as_str()), (Some("M. R."), Some("Vengo con mia figlia")));
    assert!(data["contact"].as_str().is_some_and(|c| c.contains("3331234567")), "{data}");
    assert_eq!(data["answers"]["age"], 82, "the answers that went to the desk");
    assert_eq!(data["status"], "received");

    let stranger = browser();
    assert_eq!(stranger.get(format!("{page_url}/data.json")).send().await.unwrap().status(), StatusCode::NOT_FOUND);

    me.post(format!("{page_url}/cancel")).send().await.unwrap();
    let file = me.get(format!("{page_url}/data.json")).send().await.unwrap().text().await.unwrap();
    let data: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!((data["name"].is_null(), data["contact"].is_null(), data["note"].is_null()), (true, true, true), "{data}");
    assert_eq!(data["answers"], serde_json::json!({}), "{data}");
    assert_eq!(data["status"], "withdrawn");
}

async fn guessing_codes_is_rate_limited(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, TWO_SEATS, SERVICE, 5).await;
    let me = browser();
    let made = me.post(format!("{base}/it/book/{TWO_SEATS}/{SERVICE}")).form(&form(&slots[4], "guess")).send().await.unwrap();
    let code = location(&made).rsplit('/').next().unwrap().to_owned();
    let pin = shown_pin(&me, &format!("{base}{}", location(&made))).await;
    let guesser = browser();
    // Ten guesses of different codes from one address.
    for last in "ACDEFGHJKM".chars() {
        let guess = format!("ACDEFGH{last}");
        guesser.post(format!("{base}/it/manage")).form(&[("code", guess.as_str()), ("secret", "123456")]).send().await.unwrap();
    }
    // Even the right PIN is refused now, from this address, for a while.
    let r = guesser.post(format!("{base}/it/manage")).form(&[("code", code.as_str()), ("secret", pin.as_str())]).send().await.unwrap();
    assert_eq!(location(&r), "/it/manage");
    let page = guesser.get(format!("{base}/it/manage")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Troppi tentativi"));
}

async fn bad_forms_keep_what_was_typed(base: &str, _db: &Db) {
    let client = browser();
    let url = format!("{base}/it/book/{ONE_SEAT}/{SERVICE}");
    let r = client
        .post(&url)
        .form(&[("name", "Amina"), ("contact", "not a phone"), ("language", "it"), ("request_key", "bad")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), format!("/it/book/{ONE_SEAT}/{SERVICE}"));
    let page = client.get(&url).send().await.unwrap().text().await.unwrap();
    for message in ["Scegli un giorno e un'ora", "Scrivi un numero di telefono", "dicci che vuoi mandare le risposte"] {
        assert!(page.contains(message), "missing {message}");
    }
    assert!(page.contains(r#"value="Amina""#) && page.contains(r#"value="not a phone""#));
    // For someone the typist helps, the messages are about that person, in the summary and
    // beside the field.
    let daughter = browser();
    daughter.post(format!("{base}/it/start")).form(&[("who", "other"), ("area", "elderly")]).send().await.unwrap();
    daughter.post(&url).form(&[("name", "Giuseppe"), ("language", "it"), ("request_key", "bad-other")]).send().await.unwrap();
    let page = daughter.get(&url).send().await.unwrap().text().await.unwrap();
    let said = page.matches("dicci che la persona vuole mandare le risposte").count();
    assert_eq!(said, 2, "in the summary and beside the box: {page}");
    assert!(!page.contains("dicci che vuoi mandare"), "{page}");
}


/// A request without an appointment: sent from a desk's page, followed with its code and PIN,
/// seen by nobody else, and withdrawn with the personal data removed. It takes no slot.
async fn a_request_without_an_appointment_is_sent_followed_and_withdrawn(base: &str, db: &Db) {
    let url = format!("{base}/it/request/{ONE_SEAT}/{SERVICE}");
    let me = browser();
    let form = me.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("Manda una richiesta") && form.contains(r#"name="request_key""#), "{form}");
    // Without a contact the desk could not answer: refused, with what was typed kept.
    let fields = |contact: &str| {
        vec![
            ("name", "Amina K.".to_owned()),
            ("contact", contact.to_owned()),
            ("language", "ar".to_owned()),
            ("consent", "yes".to_owned()),
            ("note", "أحتاج إلى مساعدة في البيت".to_owned()),
            ("request_key", "request-once".to_owned()),
        ]
    };
    let refused = me.post(&url).form(&fields(" ")).send().await.unwrap();
    assert_eq!(location(&refused), format!("/it/request/{ONE_SEAT}/{SERVICE}"));
    let again = me.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(again.contains("Scrivi un telefono o una email") && again.contains(r#"value="Amina K.""#), "{again}");

    let (desk_id, slots) = free_slots(db, ONE_SEAT, SERVICE, 1).await;
    let sent = me.post(&url).form(&fields("amina@example.org")).send().await.unwrap();
    let page_url = format!("{base}{}", location(&sent));
    assert!(page_url.contains("/it/booking/"), "{page_url}");
    let code = page_url.rsplit('/').next().unwrap().to_owned();
    // Sent twice (a reload of the POST): still one request.
    let twice = me.post(&url).form(&fields("amina@example.org")).send().await.unwrap();
    assert_eq!(format!("{base}{}", location(&twice)), page_url);

    let stored = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("saved");
    assert_eq!((stored.starts_at, stored.desk_id, stored.contact.as_deref()), (None, desk_id, Some("amina@example.org")));
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, slots[0]).await.unwrap(), 0, "no slot is taken");
    let dossier = dossiers::by_booking(db, stored.id).await.unwrap().expect("the desk receives a dossier");
    assert_eq!((dossier.status, dossier.language.as_str(), dossier.starts_at), (dossier::Status::Received, "ar", None));
    assert_eq!(dossier.note.as_deref(), Some("أحتاج إلى مساعدة في البيت"));

    let page = me.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Richiesta inviata") && page.contains("Nessun appuntamento"), "{page}");
    assert!(page.contains("data-pin>") && page.contains("Ricevuta"), "the PIN once, and where it stands: {page}");
    assert!(!page.contains("calendar.ics") && !page.contains("?change="), "no time to add to a calendar or to move");
    assert_eq!(me.get(format!("{page_url}/calendar.ics")).send().await.unwrap().status(), StatusCode::NOT_FOUND);

    // Someone else finds it only with the code and the PIN; the e-mail given is not enough.
    let pin = page.split("data-pin>").nth(1).and_then(|s| s.split('<').next()).expect("the PIN").to_owned();
    let stranger = browser();
    let hidden = stranger.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(!hidden.contains("Richiesta inviata") && !hidden.contains("Amina"));
    let email = stranger.post(format!("{base}/it/manage")).form(&[("code", code.as_str()), ("secret", "Amina@Example.org")]).send().await.unwrap();
    assert_eq!(location(&email), "/it/manage");
    let found = stranger.post(format!("{base}/it/manage")).form(&[("code", code.as_str()), ("secret", pin.as_str())]).send().await.unwrap();
    assert_eq!(location(&found), format!("/it/booking/{code}"));

    let withdrawn = stranger.post(format!("{page_url}/cancel")).send().await.unwrap();
    assert_eq!(location(&withdrawn), format!("/it/booking/{code}"));
    let stored = bookings::by_code(db, &common::code(&code)).await.unwrap().unwrap();
    assert_eq!((stored.name, stored.contact), (None, None));
    let dossier = dossiers::by_booking(db, stored.id).await.unwrap().unwrap();
    assert_eq!((dossier.status, dossier.note, dossier.draft), (dossier::Status::Withdrawn, None, None));
    let page = stranger.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Richiesta ritirata"), "{page}");
}

/// A desk that does not take bookings online still takes requests; a desk that does not
/// provide the service takes neither.
async fn requests_go_to_desks_that_provide_the_service(base: &str, db: &Db) {
    let mut offline = desks::by_slug(db, ONE_SEAT).await.unwrap().unwrap().desk;
    offline.slug = "sportello-senza-prenotazioni".into();
    for s in &mut offline.services {
        s.bookable = false;
    }
    desks::insert_all(db, &[offline], false).await.unwrap();
    let client = browser();
    let booking_page = client.get(format!("{base}/it/book/sportello-senza-prenotazioni/{SERVICE}")).send().await.unwrap();
    assert_eq!(booking_page.status(), StatusCode::NOT_FOUND);
    let list = client.get(format!("{base}/it/desks/{SERVICE}")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("/it/request/sportello-senza-prenotazioni/home-care"), "the desk list offers the request");
    let url = format!("{base}/it/request/sportello-senza-prenotazioni/{SERVICE}");
    let fields = [("name", "G. B."), ("contact", "+39 333 765 4321"), ("language", "it"), ("consent", "yes"), ("request_key", "offline")];
    let sent = client.post(&url).form(&fields).send().await.unwrap();
    let code = location(&sent).rsplit('/').next().unwrap().to_owned();
    let stored = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("sent");
    assert_eq!((stored.starts_at, stored.contact.as_deref()), (None, Some("+393337654321")));

    let not_here = desks::by_slug(db, ONE_SEAT).await.unwrap().unwrap().desk;
    let other = catalogue_service_not_at(&not_here);
    let page = client.get(format!("{base}/it/request/{ONE_SEAT}/{other}")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    let post = client.post(format!("{base}/it/request/{ONE_SEAT}/{other}")).form(&fields).send().await.unwrap();
    assert_eq!(post.status(), StatusCode::NOT_FOUND);
}

/// A service of the catalogue that `desk` does not provide.
fn catalogue_service_not_at(desk: &desks::Desk) -> String {
    app::content::catalogue()
        .services
        .iter()
        .map(|s| s.id.clone())
        .find(|id| desk.service(id).is_none())
        .expect("a desk provides only some services")
}


/// The session id a response sets, if it sets one.
fn session_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("ponte_session="))
        .map(|rest| rest.split(';').next().unwrap_or_default().to_owned())
}

/// Whether a browser holding only the session id `id` sees the booking at `page_url`.
async fn opens_with(id: &str, page_url: &str) -> bool {
    let page = reqwest::Client::new()
        .get(page_url)
        .header(header::COOKIE, format!("ponte_session={id}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    page.contains("Appuntamento prenotato")
}

/// A session id seen before a booking (on a shared computer, or fixed by someone else) opens
/// nothing: the session that books, or proves it knows the PIN, goes on under a new id.
async fn the_session_id_changes_when_it_gains_a_booking(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, TWO_SEATS, SERVICE, 1).await;
    let me = browser();
    let started = me.post(format!("{base}/it/start")).form(&[("who", "me"), ("area", "elderly")]).send().await.unwrap();
    let before = session_cookie(&started).expect("the journey has a session");
    let made = me.post(format!("{base}/it/book/{TWO_SEATS}/{SERVICE}")).form(&form(&slots[0], "cycle")).send().await.unwrap();
    let after = session_cookie(&made).expect("the booking moves the session to a new id");
    assert_ne!(before, after);
    let page_url = format!("{base}{}", location(&made));
    let pin = shown_pin(&me, &page_url).await;
    assert!(opens_with(&after, &page_url).await, "the new id opens it");
    assert!(!opens_with(&before, &page_url).await, "the old id opens nothing");

    // The same for a browser that proves it knows the PIN.
    let other = browser();
    let visited = other.get(format!("{base}/it/manage")).send().await.unwrap();
    let seen = session_cookie(&visited).unwrap_or_default();
    let code = page_url.rsplit('/').next().unwrap();
    let found = other.post(format!("{base}/it/manage")).form(&[("code", code), ("secret", pin.as_str())]).send().await.unwrap();
    let cycled = session_cookie(&found).expect("a new id after the PIN");
    assert_ne!(seen, cycled);
    assert!(opens_with(&cycled, &page_url).await);
    if !seen.is_empty() {
        assert!(!opens_with(&seen, &page_url).await, "the id before the PIN opens nothing");
    }
}

/// The person erases their data: a past appointment keeps only its anonymous counts, one
/// still to come is cancelled (which erases it too).
async fn a_person_erases_their_data(base: &str, db: &Db) {
    let (desk_id, slots) = free_slots(db, TWO_SEATS, SERVICE, 2).await;
    let me = browser();
    let made = me.post(format!("{base}/it/book/{TWO_SEATS}/{SERVICE}")).form(&form(&slots[0], "erase-past")).send().await.unwrap();
    let page_url = format!("{base}{}", location(&made));
    let code = page_url.rsplit('/').next().unwrap().to_owned();
    let page = me.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("/erase\""), "an appointment to come is cancelled, not erased: {page}");
    // The appointment took place: its start moves to last year.
    let past = "2025-03-03T09:00";
    let sql = db.sql("UPDATE bookings SET starts_at = ? WHERE code = ?");
    match db {
        Db::Sqlite(pool) => sqlx::query(&sql).bind(past).bind(&code).execute(pool).await.map(|_| ()).unwrap(),
        Db::Postgres(pool) => sqlx::query(&sql).bind(past).bind(&code).execute(pool).await.map(|_| ()).unwrap(),
    };
    let page = me.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Cancella i tuoi dati") && !page.contains("Non puoi venire?"), "{page}");
    // Nobody else can erase it.
    assert_eq!(browser().post(format!("{page_url}/erase")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    let erased = me.post(format!("{page_url}/erase")).send().await.unwrap();
    assert_eq!(location(&erased), location(&made));
    let b = bookings::by_code(db, &common::code(&code)).await.unwrap().unwrap();
    let d = dossiers::by_booking(db, b.id).await.unwrap().unwrap();
    assert_eq!((b.name, b.contact, d.draft, d.note), (None, None, None, None), "the person's data is gone");
    assert_eq!((b.status, b.desk_id, b.service.as_str()), (bookings::Status::Booked, desk_id, SERVICE), "the counts stay");
    let page = me.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("I tuoi dati sono cancellati") && !page.contains("M. R."), "{page}");

    // An appointment still to come: erasing it cancels it, and frees its time.
    let made = me.post(format!("{base}/it/book/{TWO_SEATS}/{SERVICE}")).form(&form(&slots[1], "erase-future")).send().await.unwrap();
    let future = location(&made).rsplit('/').next().unwrap().to_owned();
    me.post(format!("{base}{}/erase", location(&made))).send().await.unwrap();
    let b = bookings::by_code(db, &common::code(&future)).await.unwrap().unwrap();
    assert_eq!((b.status, b.name), (bookings::Status::Cancelled, None));
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, slots[1]).await.unwrap(), 0);
}

/// A person behind the reverse proxy, by the address it forwards.
async fn post_from(client: &reqwest::Client, address: &str, url: &str, form: &[(&str, String)]) -> reqwest::Response {
    client.post(url).header("x-forwarded-for", address).form(form).send().await.unwrap()
}

/// Behind a trusted proxy, every person has their own limits: the bookings one address makes
/// in a day (at one desk and in all), and the wrong PINs it tries; IPv6 counted per /64.
async fn behind_a_proxy_each_person_has_their_own_limits(url: Option<String>) {
    let (running, base, _dir) = spawn_server_with(url, |c| {
        c.trusted_proxies = "127.0.0.1".parse().unwrap();
        c.booking_limits = BookingLimits::new(3, 2);
    })
    .await;
    let db = running.db.clone();
    let (_, slots) = free_slots(&db, TWO_SEATS, SERVICE, 6).await;
    let (_, other_slots) = free_slots(&db, ONE_SEAT, SERVICE, 2).await;
    let book = |desk: &str| format!("{base}/it/book/{desk}/{SERVICE}");
    let amina = browser();
    let first = post_from(&amina, "203.0.113.7", &book(TWO_SEATS), &form(&slots[0], "a1")).await;
    assert!(location(&first).starts_with("/it/booking/"));
    let second = post_from(&amina, "203.0.113.7", &book(TWO_SEATS), &form(&slots[1], "a2")).await;
    assert!(location(&second).starts_with("/it/booking/"));
    // A third at the same desk: refused, with the form kept and a way out.
    let third = post_from(&amina, "203.0.113.7", &book(TWO_SEATS), &form(&slots[2], "a3")).await;
    assert_eq!(location(&third), format!("/it/book/{TWO_SEATS}/{SERVICE}"));
    let page = amina.get(book(TWO_SEATS)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Oggi da questa connessione") && page.contains(r#"value="M. R.""#), "{page}");
    // The first form sent again still finds its booking.
    let again = post_from(&amina, "203.0.113.7", &book(TWO_SEATS), &form(&slots[0], "a1")).await;
    assert_eq!(location(&again), location(&first));
    // Another desk: one more in the day, then no more anywhere.
    let elsewhere = post_from(&amina, "203.0.113.7", &book(ONE_SEAT), &form(&other_slots[0], "a4")).await;
    assert!(location(&elsewhere).starts_with("/it/booking/"));
    let past_the_day = post_from(&amina, "203.0.113.7", &book(ONE_SEAT), &form(&other_slots[1], "a5")).await;
    assert_eq!(location(&past_the_day), format!("/it/book/{ONE_SEAT}/{SERVICE}"));

    // Someone else behind the same proxy is not held back by her.
    let other = post_from(&browser(), "203.0.113.8", &book(TWO_SEATS), &form(&slots[2], "b1")).await;
    assert!(location(&other).starts_with("/it/booking/"), "{}", location(&other));

    // IPv6: one /64 is one person (a phone changes the rest of its address at will).
    for (i, address) in ["2001:db8:1:2::1", "2001:db8:1:2::2"].iter().enumerate() {
        let r = post_from(&browser(), address, &book(TWO_SEATS), &form(&slots[3 + i], &format!("c{i}"))).await;
        assert!(location(&r).starts_with("/it/booking/"));
    }
    let same_network = post_from(&browser(), "2001:db8:1:2::3", &book(TWO_SEATS), &form(&slots[5], "c2")).await;
    assert_eq!(location(&same_network), format!("/it/book/{TWO_SEATS}/{SERVICE}"));

    // Wrong PINs from one address lock that address, not the person who has the right one.
    // (The PIN of her last booking is the one her page shows.)
    let code = location(&elsewhere).rsplit('/').next().unwrap().to_owned();
    let pin = shown_pin(&amina, &format!("{base}{}", location(&elsewhere))).await;
    let guesser = browser();
    let manage = format!("{base}/it/manage");
    for guess in ["ACDEFGHA", "ACDEFGHC", "ACDEFGHD", "ACDEFGHE", "ACDEFGHF", "ACDEFGHG", "ACDEFGHH", "ACDEFGHJ", "ACDEFGHK", "ACDEFGHM"] {
        post_from(&guesser, "198.51.100.9", &manage, &[("code", guess.into()), ("secret", "123456".into())]).await;
    }
    let locked = post_from(&guesser, "198.51.100.9", &manage, &[("code", code.clone()), ("secret", pin.clone())]).await;
    assert_eq!(location(&locked), "/it/manage");
    let owner = post_from(&browser(), "203.0.113.7", &manage, &[("code", code.clone()), ("secret", pin)]).await;
    assert_eq!(location(&owner), format!("/it/booking/{code}"));
    running.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn behind_a_proxy_each_person_has_their_own_limits_sqlite() {
    behind_a_proxy_each_person_has_their_own_limits(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
async fn behind_a_proxy_each_person_has_their_own_limits_postgres() {
    let t = common::postgres().await;
    behind_a_proxy_each_person_has_their_own_limits(Some(t.url.clone())).await;
    t.cleanup().await;
}

/// The take-home sheet: printed in the person's language, with the same facts in Italian below
/// for the desk; an Italian page needs no copy.
async fn a_printed_booking_carries_a_copy_for_the_desk_in_italian(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, TWO_SEATS, SERVICE, 6).await;
    let person = browser();
    // Answers first: the sheet lists the services that fit them, and why.
    person.post(format!("{base}/ar/start")).form(&[("who", "me"), ("area", "elderly")]).send().await.unwrap();
    person.post(format!("{base}/ar/questions/elderly/age")).form(&[("value", "79")]).send().await.unwrap();
    let mut sent = form(&slots[5], "take-home");
    sent.retain(|(k, _)| *k != "language");
    sent.push(("language", "ar".into()));
    let made = person.post(format!("{base}/ar/book/{TWO_SEATS}/{SERVICE}")).form(&sent).send().await.unwrap();
    let page = format!("{base}{}", location(&made));
    let code = page.rsplit('/').next().unwrap().to_owned();
    let printed = person.get(format!("{page}?print=1")).send().await.unwrap().text().await.unwrap();
    let copy = printed.split("data-copy-for-the-desk").nth(1).expect("a copy for the desk");
    let opening = printed.split("data-copy-for-the-desk").next().unwrap().rsplit("<section").next().unwrap();
    assert!(opening.contains(r#"lang="it""#) && opening.contains(r#"dir="ltr""#), "marked as Italian: {opening}");
    assert!(copy.contains("Per lo sportello") && copy.contains("Assistenza a casa (SAD)"), "{copy}");
    assert!(copy.contains("Documento di identità") && copy.contains(&format!("{}-{}", &code[..4], &code[4..])), "{copy}");
    assert!(printed.contains("في الأسفل نفس المعلومات باللغة الإيطالية"), "the person is told what it is");
    // Services and why, in Arabic for the person and in Italian for the desk.
    let theirs = printed.split("data-fits-and-why").nth(1).expect("services and why").split("</section>").next().unwrap();
    let listed = |part: &str| part.matches("data-fit=").count();
    assert!(listed(theirs) > 0, "{theirs}");
    assert_eq!(listed(copy), listed(theirs), "the same services in the copy: {copy}");
    assert!(copy.contains("Aiuti che fanno per te") || copy.contains("Aiuti da chiedere allo sportello"), "{copy}");
    let on_screen = person.get(&page).send().await.unwrap().text().await.unwrap();
    assert!(!on_screen.contains("data-copy-for-the-desk"), "only on the sheet to print");
    let italian = person.get(format!("{base}/it/booking/{code}?print=1")).send().await.unwrap().text().await.unwrap();
    assert!(italian.contains("Appuntamento prenotato") && !italian.contains("data-copy-for-the-desk"), "no copy of Italian in Italian");
}

against_running_server!(
    a_printed_booking_carries_a_copy_for_the_desk_in_italian,
    the_session_id_changes_when_it_gains_a_booking,
    one_seat_is_booked_once_under_100_concurrent_requests,
    capacity_two_is_never_exceeded,
    a_resubmitted_form_books_once,
    a_booking_is_found_moved_and_cancelled,
    a_booking_carries_the_answers_to_the_desk,
    a_person_downloads_what_ponte_holds_about_their_booking,
    a_person_erases_their_data,
    guessing_codes_is_rate_limited,
    bad_forms_keep_what_was_typed,
    a_request_without_an_appointment_is_sent_followed_and_withdrawn,
    requests_go_to_desks_that_provide_the_service,
);
