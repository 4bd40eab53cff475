//! Helpers (`domain::helper`) against a running server, as browsers without JavaScript post
//! the forms, on SQLite and on PostgreSQL: a daughter named on the booking form gets her own PIN
//! for the same code; with it she looks, moves and cancels, each use audited; the person adds
//! and removes helpers from the booking's page, and a removed helper's PIN opens nothing; the
//! form asks about the person helped, not about the helper; a helper without the person's
//! consent is refused with everything typed kept.

mod common;

use common::{browser, free_slots, helper_rows, location};
use domain::{audit::AuditAction, calendar::LocalDateTime};
use reqwest::{Client, StatusCode};
use server::{
    db::Db,
    repo::{bookings, dossiers, staff},
};

const DESK: &str = "sportello-sociale-azzano-san-paolo";
const SERVICE: &str = "home-care";

/// A page's text without the marks Fluent puts around each variable (bidi isolation).
async fn page_text(client: &Client, url: &str) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "")
}

/// What a page shows between `data-<mark>>` and the next tag.
fn shown(page: &str, mark: &str) -> Option<String> {
    page.split(&format!("{mark}>")).nth(1).and_then(|s| s.split('<').next()).map(str::to_owned)
}

fn person_form(slot: &LocalDateTime, key: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slot", slot.to_string()),
        ("name", "Giovanni Bianchi".into()),
        ("contact", "333 123 4567".into()),
        ("language", "it".into()),
        ("consent", "yes".into()),
        ("request_key", key.into()),
    ]
}

fn daughter() -> Vec<(&'static str, String)> {
    vec![
        ("helper_name", "Sara Bianchi".into()),
        ("helper_relationship", "family".into()),
        ("helper_contact", "340 111 2222".into()),
        ("helper_consent", "yes".into()),
    ]
}

/// Opens a booking in a fresh browser with `pin` ("find my booking").
async fn open_with(base: &str, code: &str, pin: &str) -> (Client, reqwest::Response) {
    let client = browser();
    let r = client.post(format!("{base}/it/manage")).form(&[("code", code), ("secret", pin)]).send().await.unwrap();
    (client, r)
}

/// The audit lines about one booking's dossier, oldest first, as (action, staff, address).
async fn audit_of(db: &Db, booking_id: i64) -> Vec<(String, Option<i64>, String)> {
    let dossier = dossiers::by_booking(db, booking_id).await.unwrap().unwrap().id;
    let mut lines: Vec<_> = staff::audit_log(db, 10_000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.dossier_id == Some(dossier))
        .map(|e| (e.action, e.staff_id, e.address))
        .collect();
    lines.reverse();
    lines
}

async fn a_helper_named_on_the_booking_form_looks_moves_and_cancels_with_her_own_pin(base: &str, db: &Db) {
    let (desk_id, slots) = free_slots(db, DESK, SERVICE, 3).await;
    let father = browser();
    let mut form = person_form(&slots[1], "with-daughter");
    form.extend(daughter());
    let made = father.post(format!("{base}/it/book/{DESK}/{SERVICE}")).form(&form).send().await.unwrap();
    let page_url = format!("{base}{}", location(&made));
    assert!(page_url.contains("/it/booking/"), "booked: {page_url}");
    let code = page_url.rsplit('/').next().unwrap().to_owned();
    let page = page_text(&father, &page_url).await;
    let (pin, helper_pin) = (shown(&page, "data-pin").unwrap(), shown(&page, "data-helper-pin").unwrap());
    assert_eq!(helper_pin.len(), 6);
    assert_ne!(pin, helper_pin, "the helper has a PIN of her own");
    assert!(page.contains("Questo è il PIN di Sara Bianchi"), "{page}");
    assert!(page.contains("Sara Bianchi (familiare)") && page.contains("Togli Sara Bianchi"), "the person sees who else can open it");
    let again = page_text(&father, &page_url).await;
    assert!(shown(&again, "data-helper-pin").is_none(), "her PIN is shown once only");
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().unwrap();
    assert_eq!(helper_rows(db, booking.id).await, vec![(Some("Sara Bianchi".into()), Some("3401112222".into()), true, false)]);

    // Sara, on her own phone, with the code and her PIN.
    let (sara, found) = open_with(base, &code, &helper_pin).await;
    assert_eq!(location(&found), format!("/it/booking/{code}"));
    let hers = page_text(&sara, &page_url).await;
    assert!(hers.contains("data-as-helper") && hers.contains("Appuntamento prenotato"), "{hers}");
    assert!(!hers.contains("Togli Sara") && !hers.contains("data.json"), "who may help and the data file are the person's");
    // What stays the person's answers her as if there were nothing there.
    for (what, r) in [
        ("data file", sara.get(format!("{page_url}/data.json")).send().await.unwrap()),
        ("erase", sara.post(format!("{page_url}/erase")).send().await.unwrap()),
        ("add helper", sara.post(format!("{page_url}/helpers")).form(&daughter()).send().await.unwrap()),
        ("remove helper", sara.post(format!("{page_url}/helpers/1/remove")).send().await.unwrap()),
    ] {
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{what}");
    }
    assert_eq!(helper_rows(db, booking.id).await.len(), 1, "she added no one");
    // She moves the appointment.
    let moved = sara.post(format!("{page_url}/reschedule")).form(&[("slot", slots[2].to_string())]).send().await.unwrap();
    assert_eq!(location(&moved), format!("/it/booking/{code}"));
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, slots[2]).await.unwrap(), 1);
    assert_eq!(bookings::count_at(db, desk_id, SERVICE, slots[1]).await.unwrap(), 0);
    // And cancels it: her name and contact go with her father's.
    let cancelled = sara.post(format!("{page_url}/cancel")).send().await.unwrap();
    assert_eq!(location(&cancelled), format!("/it/booking/{code}"));
    assert!(page_text(&sara, &page_url).await.contains("Appuntamento annullato"), "she sees what became of it");
    assert_eq!(helper_rows(db, booking.id).await, vec![(None, None, true, false)]);

    // Every use of her PIN is in the audit log, with the dossier, no staff member, no address.
    let helper = match audit_of(db, booking.id).await.first().and_then(|(a, _, _)| AuditAction::parse(a)) {
        Some(AuditAction::HelperAdded(id)) => id,
        other => panic!("the first line records her consent: {other:?}"),
    };
    let expected: Vec<_> = [
        AuditAction::HelperAdded(helper),
        AuditAction::HelperPinUsed(helper),
        AuditAction::HelperMoved(helper),
        AuditAction::HelperCancelled(helper),
    ]
    .into_iter()
    .map(|a| (a.as_text(), None, String::new()))
    .collect();
    assert_eq!(audit_of(db, booking.id).await, expected);
}

async fn the_person_adds_and_removes_a_helper_whose_pin_then_opens_nothing(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, DESK, SERVICE, 2).await;
    let father = browser();
    let made = father.post(format!("{base}/it/book/{DESK}/{SERVICE}")).form(&person_form(&slots[0], "add-later")).send().await.unwrap();
    let page_url = format!("{base}{}", location(&made));
    let code = page_url.rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().unwrap();
    let first = page_text(&father, &page_url).await;
    assert!(first.contains("Dai un PIN a chi ti aiuta") && !first.contains("Chi altro vede"), "no helper yet, a form to add one");

    // Without his consent ticked: refused, with what he typed, and a message by the field.
    let no_consent: Vec<_> = daughter().into_iter().filter(|(k, _)| *k != "helper_consent").collect();
    let refused = father.post(format!("{page_url}/helpers")).form(&no_consent).send().await.unwrap();
    assert_eq!(location(&refused), format!("/it/booking/{code}#add-helper"));
    let page = page_text(&father, &page_url).await;
    assert!(page.contains("serve l'accordo della persona") && page.contains(r#"value="Sara Bianchi""#), "{page}");
    assert!(helper_rows(db, booking.id).await.is_empty());

    let added = father.post(format!("{page_url}/helpers")).form(&daughter()).send().await.unwrap();
    assert_eq!(location(&added), format!("/it/booking/{code}"));
    let page = page_text(&father, &page_url).await;
    let helper_pin = shown(&page, "data-helper-pin").expect("her PIN is shown once");
    let (sara, found) = open_with(base, &code, &helper_pin).await;
    assert_eq!(location(&found), format!("/it/booking/{code}"));
    assert!(page_text(&sara, &page_url).await.contains("data-as-helper"));

    // The person's data file says who else can open it.
    let data = father.get(format!("{page_url}/data.json")).send().await.unwrap().text().await.unwrap();
    let data: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(data["helpers"][0]["name"], "Sara Bianchi");
    assert_eq!(data["helpers"][0]["relationship"], "family");
    assert_eq!(data["helpers"][0]["contact"], "3401112222");

    // He removes her: her session and her PIN open nothing, her name and contact are gone.
    let helper = audit_of(db, booking.id).await.iter().find_map(|(a, _, _)| match AuditAction::parse(a) {
        Some(AuditAction::HelperAdded(id)) => Some(id),
        _ => None,
    });
    let helper = helper.expect("adding her is audited");
    let removed = father.post(format!("{page_url}/helpers/{helper}/remove")).send().await.unwrap();
    assert_eq!(location(&removed), format!("/it/booking/{code}"));
    let page = page_text(&father, &page_url).await;
    assert!(!page.contains("Sara Bianchi"), "no longer listed");
    assert_eq!(helper_rows(db, booking.id).await, vec![(None, None, false, true)]);
    let hers = sara.get(&page_url).send().await.unwrap();
    assert_eq!(hers.status(), StatusCode::NOT_FOUND, "her session no longer opens it");
    let move_it = sara.post(format!("{page_url}/reschedule")).form(&[("slot", slots[1].to_string())]).send().await.unwrap();
    assert_eq!(move_it.status(), StatusCode::NOT_FOUND);
    let cancel = sara.post(format!("{page_url}/cancel")).send().await.unwrap();
    assert_eq!(cancel.status(), StatusCode::NOT_FOUND);
    let (_, again) = open_with(base, &code, &helper_pin).await;
    assert_eq!(location(&again), "/it/manage", "her PIN is refused like a wrong one");
    assert!(page_text(&father, &page_url).await.contains("Appuntamento prenotato"), "the booking itself stays");
    let actions: Vec<_> = audit_of(db, booking.id).await.into_iter().map(|(a, _, _)| a).collect();
    assert_eq!(
        actions,
        [AuditAction::HelperAdded(helper), AuditAction::HelperPinUsed(helper), AuditAction::HelperRemoved(helper)]
            .map(AuditAction::as_text)
    );
}

async fn the_form_asks_about_the_person_helped_and_refuses_a_helper_without_consent(base: &str, db: &Db) {
    let (_, slots) = free_slots(db, DESK, SERVICE, 1).await;
    let daughter_phone = browser();
    let started = daughter_phone.post(format!("{base}/it/start")).form(&[("who", "other"), ("area", "elderly")]).send().await.unwrap();
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let book = format!("{base}/it/book/{DESK}/{SERVICE}");
    let form = page_text(&daughter_phone, &book).await;
    assert!(form.contains("I dati della persona che aiuti") && form.contains("La lingua che preferisce"), "{form}");
    assert!(
        form.contains("Vuoi seguire anche tu la prenotazione?") && form.contains("La persona che aiuto è d'accordo"),
        "the helper asks to follow it, with the person's agreement"
    );
    assert!(form.contains(r#"value="relative" checked"#), "filled in by a relative");
    let request = page_text(&daughter_phone, &format!("{base}/it/request/{DESK}/{SERVICE}")).await;
    assert!(request.contains("Il suo telefono o la sua email"), "the request form too");
    // Someone booking for themself is asked about themself.
    let own = page_text(&browser(), &book).await;
    assert!(own.contains("I tuoi dati") && own.contains("Qualcuno ti aiuta?"), "{own}");

    // Her name without the person's agreement: nothing is booked, everything typed comes back.
    let mut sent = person_form(&slots[0], "no-consent");
    sent.extend(daughter().into_iter().filter(|(k, _)| *k != "helper_consent"));
    let refused = daughter_phone.post(&book).form(&sent).send().await.unwrap();
    assert!(location(&refused).starts_with(&format!("/it/book/{DESK}/{SERVICE}")), "back to the form");
    let again = page_text(&daughter_phone, &book).await;
    assert!(again.contains("serve l'accordo della persona"), "{again}");
    assert!(again.contains(r#"value="Sara Bianchi""#) && again.contains(r#"value="Giovanni Bianchi""#), "nothing typed is lost");
    let fold = again.split("<details").find(|d| d.contains("id=\"helper\"")).and_then(|d| d.split('>').next()).unwrap_or_default().to_owned();
    assert!(fold.contains(" open"), "the helper fields are open on the problem: {fold}");
}

against_running_server!(
    a_helper_named_on_the_booking_form_looks_moves_and_cancels_with_her_own_pin,
    the_person_adds_and_removes_a_helper_whose_pin_then_opens_nothing,
    the_form_asks_about_the_person_helped_and_refuses_a_helper_without_consent,
);
