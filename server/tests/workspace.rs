//! The operators' workspace against a running server, on SQLite and on PostgreSQL: every role
//! against every staff endpoint (pages, forms, server functions), sign-in and sign-out, and
//! refusal of cross-site posts.

mod common;

use common::{app_code, browser, key_on_page, location, pass_second_factor};

use domain::staff::Role;
use reqwest::{header, Client, StatusCode};
use server::{
    db::Db,
    repo::{bookings, dossiers, staff::Actor},
    staff::create_account,
};

const PASSWORD: &str = "cavallo batteria graffetta";
const DESK: &str = "sportello-sociale-dalmine";
const OTHER_DESK: &str = "sportello-sociale-zanica";
const PERSON: &str = "Amina K.";
/// The mediator Amina names as her helper.
const HELPER: &str = "Karim Z.";

/// A browser signed in as a new account of `role`.
async fn staff_browser(base: &str, db: &Db, role: Role, email: &str, desks: &[&str]) -> Client {
    let desks: Vec<String> = desks.iter().map(std::string::ToString::to_string).collect();
    create_account(db, email, email, role, PASSWORD, &desks, &Actor::command(server::directory::now_unix())).await.unwrap();
    let client = browser();
    let r = client.post(format!("{base}/it/staff/sign-in")).form(&[("email", email), ("password", PASSWORD)]).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/second-factor");
    let cookie = r.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap();
    assert!(cookie.starts_with("ponte-staff=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let (_, enrolled) = pass_second_factor(&client, base, None, 0).await;
    assert_eq!(location(&enrolled), "/it/staff/second-factor", "to the recovery codes");
    client
}

/// Books at `DESK` as a citizen in Arabic, naming a mediator as helper; returns the citizen's
/// browser, the code, the dossier id.
async fn citizen_books(base: &str, db: &Db) -> (Client, String, i64) {
    citizen_books_in(base, db, "ar", "matrix").await
}

/// Books at `DESK` as a citizen in `language` (with `key` as the form's request key).
async fn citizen_books_in(base: &str, db: &Db, language: &str, key: &str) -> (Client, String, i64) {
    let citizen = browser();
    citizen.post(format!("{base}/{language}/start")).form(&[("who", "me"), ("area", "elderly")]).send().await.unwrap();
    citizen.post(format!("{base}/{language}/questions/elderly/age")).form(&[("value", "79")]).send().await.unwrap();
    let page = citizen.get(format!("{base}/{language}/book/{DESK}/home-care")).send().await.unwrap().text().await.unwrap();
    let slot = page.split("name=\"slot\" value=\"").nth(1).and_then(|s| s.split('"').next()).expect("a free slot").to_owned();
    let form = [
        ("slot", slot),
        ("name", PERSON.into()),
        ("contact", String::new()),
        ("language", language.into()),
        ("consent", "yes".into()),
        ("request_key", key.into()),
        ("helper_name", HELPER.into()),
        ("helper_relationship", "mediator".into()),
        ("helper_contact", "karim@example.org".into()),
        ("helper_consent", "yes".into()),
    ];
    let made = citizen.post(format!("{base}/{language}/book/{DESK}/home-care")).form(&form).send().await.unwrap();
    let code = location(&made).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("booked");
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().expect("with a dossier");
    (citizen, code, dossier.id)
}

/// A browser that opened the citizen's booking with the helper's PIN (shown once to the citizen).
async fn helper_of(base: &str, citizen: &Client, code: &str) -> Client {
    let page = citizen.get(format!("{base}/ar/booking/{code}")).send().await.unwrap().text().await.unwrap();
    let pin = page.split("data-helper-pin>").nth(1).and_then(|s| s.split('<').next()).expect("the helper's PIN").to_owned();
    let helper = browser();
    let found = helper.post(format!("{base}/ar/manage")).form(&[("code", code), ("secret", pin.as_str())]).send().await.unwrap();
    assert_eq!(location(&found), format!("/ar/booking/{code}"));
    helper
}

async fn every_role_sees_only_what_it_may(base: &str, db: &Db) {
    let (citizen, code, id) = citizen_books(base, db).await;
    let helper = helper_of(base, &citizen, &code).await;
    let roles = [
        ("anonymous", browser(), false),
        ("citizen who booked", citizen, false),
        ("the citizen's helper", helper, false),
        ("operator of the desk", staff_browser(base, db, Role::Operator, "op@dalmine.it", &[DESK]).await, true),
        ("operator of another desk", staff_browser(base, db, Role::Operator, "op@zanica.it", &[OTHER_DESK]).await, false),
        ("mediator", staff_browser(base, db, Role::Mediator, "mediatrice@ambito.it", &[]).await, false),
        ("administrator", staff_browser(base, db, Role::Administrator, "admin@ambito.it", &[]).await, false),
    ];
    for (role, client, allowed) in &roles {
        let inbox = client.get(format!("{base}/it/staff")).send().await.unwrap();
        assert_eq!(inbox.headers()[header::CACHE_CONTROL], "no-store", "{role}");
        let inbox = inbox.text().await.unwrap();
        let page = client.get(format!("{base}/it/staff/dossier/{id}")).send().await.unwrap();
        let page_status = page.status();
        let page = page.text().await.unwrap();
        // The pages load their data in their handlers: no endpoint hands it out on its own.
        for endpoint in ["staff-home", "staff-dossier", "staff-appointments", "staff-accounts", "staff-audit"] {
            let r = client.post(format!("{base}/api/{endpoint}")).header(header::ACCEPT, "application/json").form(&[("id", id.to_string())]).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{role}: /api/{endpoint}");
        }
        for (what, body) in [("inbox", &inbox), ("dossier page", &page)] {
            // (The dossier page links to itself in the language switch: only its content counts.)
            let linked = what != "dossier page" && body.contains(&format!("/it/staff/dossier/{id}\""));
            let listed = body.contains(&format!("\"id\":{id},"));
            let leaks = body.contains(&code) || body.contains(PERSON) || body.contains(HELPER) || linked || listed;
            if *allowed {
                assert!(body.contains(&code) || body.contains(PERSON) || linked || listed, "{role} should see the dossier in the {what}");
            } else {
                assert!(!leaks, "{role} must not see the dossier in the {what}: {body}");
            }
        }
        if *allowed {
            // In Italian, whatever language the person used: the answer is a code worded here.
            assert!(page.contains("79 anni") && page.contains(PERSON), "{page}");
            // Who follows it with the person: the desk may call them too.
            let plain = page.replace(['\u{2068}', '\u{2069}'], "");
            assert!(plain.contains(&format!("{HELPER} (mediatore culturale)")) && page.contains("karim@example.org"), "{page}");
            // Beside it, the same answer as the person read it, marked as Arabic written right to left.
            assert!(page.contains("<td lang=\"ar\" dir=\"rtl\">79 سنة"), "side by side with Arabic: {page}");
        } else {
            assert_eq!(page_status, StatusCode::NOT_FOUND, "{role}");
            assert!(page.contains("Richiesta non disponibile"), "{role}: {page}");
        }
        // The day's appointments, and marking who came: the desk's operator only.
        let day = dossiers::by_booking(db, dossiers_booking(db, id).await).await.unwrap().unwrap().starts_at;
        let day = day.expect("booked with a time").date.to_string();
        let appointments = client.get(format!("{base}/it/staff/appointments?date={day}")).send().await.unwrap().text().await.unwrap();
        let came = client.post(format!("{base}/it/staff/dossier/{id}/attendance")).form(&[("attendance", "attended")]).send().await.unwrap();
        if *allowed {
            assert!(appointments.contains(PERSON), "{role} sees who is coming");
            assert_eq!(location(&came), format!("/it/staff/appointments?date={day}"));
        } else {
            assert!(!appointments.contains(PERSON), "{role} must not see the appointments");
            assert_eq!(came.status(), StatusCode::NOT_FOUND, "{role}");
        }
        // Recording a request for a caller: operators only, at their own desks.
        let record_page = client.get(format!("{base}/it/staff/record")).send().await.unwrap();
        let record_key = format!("matrix-record-{}", role.replace(' ', "-"));
        let recorded = client.post(format!("{base}/it/staff/record")).form(&recorded_call(&record_key)).send().await.unwrap();
        let made = bookings::key_used(db, &record_key).await.unwrap();
        match *role {
            "operator of the desk" => {
                assert_eq!(record_page.status(), StatusCode::OK, "{role}");
                assert_eq!(location(&recorded), "/it/staff/record/done", "{role}");
                assert!(made, "{role} recorded it");
            }
            "operator of another desk" => {
                assert_eq!(record_page.status(), StatusCode::OK, "{role}");
                assert_eq!(location(&recorded), "/it/staff/record", "{role}: refused, not their desk");
                assert!(!made, "{role} recorded a request at another desk");
            }
            _ => {
                assert_eq!(record_page.status(), StatusCode::NOT_FOUND, "{role}");
                assert_eq!(recorded.status(), StatusCode::NOT_FOUND, "{role}");
                assert!(!made, "{role} recorded a request");
            }
        }
        // Mediators' pages: a mediator's own list; one appointment only to the mediator who
        // comes (nobody here); asking for one, the desk's operator; languages and presence of
        // a mediator account, administrators.
        let list = client.get(format!("{base}/it/staff/mediations")).send().await.unwrap().status();
        assert_eq!(list, if *role == "mediator" { StatusCode::OK } else { StatusCode::NOT_FOUND }, "{role}");
        let one = client.get(format!("{base}/it/staff/mediations/{id}")).send().await.unwrap();
        assert_eq!(one.status(), StatusCode::NOT_FOUND, "{role}");
        assert!(!one.text().await.unwrap().contains(PERSON), "{role}");
        let confirm = client.post(format!("{base}/it/staff/mediations/{id}/confirm")).send().await.unwrap();
        assert_eq!(confirm.status(), StatusCode::NOT_FOUND, "{role}");
        let day = rome_today().add_days(1).to_string();
        let ask = client.post(format!("{base}/it/staff/dossier/{id}/mediator")).form(&[("language", "ar"), ("day", day.as_str())]).send().await.unwrap();
        if *allowed {
            assert_eq!(location(&ask), format!("/it/staff/dossier/{id}#mediator"), "{role}");
        } else {
            assert_eq!(ask.status(), StatusCode::NOT_FOUND, "{role}");
        }
        let mediator = server::repo::staff::by_email(db, "mediatrice@ambito.it").await.unwrap().unwrap().id;
        let profile_page = client.get(format!("{base}/it/staff/accounts/{mediator}/mediator")).send().await.unwrap();
        let profile_form = [("language", "ar"), ("desk", DESK), ("weekday", "mon"), ("from", "09:00"), ("to", "12:00")];
        let set = client.post(format!("{base}/it/staff/accounts/{mediator}/mediator")).form(&profile_form).send().await.unwrap();
        if *role == "administrator" {
            assert_eq!(profile_page.status(), StatusCode::OK);
            assert_eq!(location(&set), format!("/it/staff/accounts/{mediator}/mediator"));
        } else {
            assert_eq!(profile_page.status(), StatusCode::NOT_FOUND, "{role}");
            assert_eq!(set.status(), StatusCode::NOT_FOUND, "{role}");
        }
        // Starting an assisted journey: operators and mediators (it empties the browser's
        // public session, not the staff sign-in).
        let assist_page = client.get(format!("{base}/it/staff/assist?person=ar")).send().await.unwrap().status();
        let agreed = [("person", "ar"), ("helper", "it"), ("how", "phone"), ("consent", "yes")];
        let assist = client.post(format!("{base}/it/staff/assist")).form(&agreed).send().await.unwrap();
        if matches!(*role, "operator of the desk" | "operator of another desk" | "mediator") {
            assert_eq!(assist_page, StatusCode::OK, "{role}");
            assert_eq!(location(&assist), "/ar/start", "{role}");
        } else {
            assert_eq!(assist_page, StatusCode::NOT_FOUND, "{role}");
            assert_eq!(assist.status(), StatusCode::NOT_FOUND, "{role}");
        }
        // Accounts: administrators only.
        let accounts_page = client.get(format!("{base}/it/staff/accounts")).send().await.unwrap().text().await.unwrap();
        let email = format!("new-{}@ambito.it", role.replace(' ', "-"));
        let new_account = [
            ("email", email.as_str()),
            ("name", "Nuovo Operatore"),
            ("role", "operator"),
            ("desk", DESK),
            ("password", "una frase lunga e facile"),
        ];
        let created = client.post(format!("{base}/it/staff/accounts")).form(&new_account).send().await.unwrap();
        let exists = server::repo::staff::by_email(db, &email).await.unwrap().is_some();
        if *role == "administrator" {
            assert!(accounts_page.contains("Account degli operatori") && accounts_page.contains("op@dalmine.it"));
            assert_eq!(location(&created), "/it/staff/accounts");
            assert!(exists);
        } else {
            assert!(!accounts_page.contains("Account degli operatori"), "{role}");
            assert_eq!(created.status(), StatusCode::NOT_FOUND, "{role}");
            assert!(!exists, "{role} created an account");
        }
        // The audit log: administrators only.
        let audit_page = client.get(format!("{base}/it/staff/audit")).send().await.unwrap();
        let audit_status = audit_page.status();
        let audit_page = audit_page.text().await.unwrap();
        if *role == "administrator" {
            assert!(audit_page.contains("Registro degli accessi") && audit_page.contains("op@dalmine.it"), "{audit_page}");
        } else {
            assert_eq!(audit_status, StatusCode::NOT_FOUND, "{role}");
            assert!(!audit_page.contains("Registro degli accessi"), "{role}");
        }
        // Changing it: only the desk's operator; for anyone else the dossier does not exist.
        let booking_id = dossiers_booking(db, id).await;
        let before = dossiers::by_booking(db, booking_id).await.unwrap().unwrap().status;
        let claim = client.post(format!("{base}/it/staff/dossier/{id}/claim")).send().await.unwrap();
        let change = client
            .post(format!("{base}/it/staff/dossier/{id}"))
            .form(&[("status", "documents-missing"), ("missing", "isee")])
            .send()
            .await
            .unwrap();
        if *allowed {
            assert_eq!(location(&claim), format!("/it/staff/dossier/{id}"), "{role}");
            assert_eq!(location(&change), format!("/it/staff/dossier/{id}"), "{role}");
            let page = client.get(format!("{base}/it/staff/dossier/{id}")).send().await.unwrap().text().await.unwrap();
            assert!(page.contains("data-handled-by>Tu<"), "taken by this operator");
        } else {
            assert_eq!(claim.status(), StatusCode::NOT_FOUND, "{role}");
            assert_eq!(change.status(), StatusCode::NOT_FOUND, "{role}");
            let after = dossiers::by_booking(db, booking_id).await.unwrap().unwrap().status;
            assert_eq!(after, before, "{role} changed nothing");
        }
    }
    // The person sees the missing document in Arabic on their booking page.
    let (_, citizen, _) = &roles[1];
    let mine = citizen.get(format!("{base}/ar/booking/{code}")).send().await.unwrap().text().await.unwrap();
    assert!(mine.contains("وثائق ناقصة"), "status in Arabic");
    let isee_ar = "ISEE";
    assert!(mine.split("data-missing").nth(1).is_some_and(|rest| rest.contains(isee_ar)), "{mine}");
    // The views and the change are in the audit log, with who and from where.
    let log = server::repo::staff::audit_log(db, 50).await.unwrap();
    assert!(log.iter().any(|e| e.action == "view" && e.dossier_id == Some(id) && e.address == "127.0.0.1"));
    assert!(log.iter().any(|e| e.action == "status:documents-missing" && e.dossier_id == Some(id)));
    assert!(log.iter().any(|e| e.action == "claim" && e.dossier_id == Some(id)));
    assert!(log.iter().any(|e| e.action == "attendance:attended" && e.dossier_id == Some(id)));
    // So are the reads of the lists: the inbox and the day's appointments, by the operator.
    let operator_id = log.iter().find(|e| e.action == "claim").and_then(|e| e.staff_id);
    assert!(log.iter().any(|e| e.action == "inbox" && e.staff_id == operator_id && e.dossier_id.is_none()));
    assert!(log.iter().any(|e| e.action == "day-list" && e.staff_id == operator_id));
    let booking = dossiers::by_booking(db, dossiers_booking(db, id).await).await.unwrap().unwrap();
    assert_eq!(booking.attendance, Some(domain::dossier::Attendance::Attended));
    let staff_on_it: std::collections::BTreeSet<_> = log.iter().filter(|e| e.dossier_id == Some(id)).filter_map(|e| e.staff_id).collect();
    assert_eq!(staff_on_it.len(), 1, "only the desk's operator");
    // The other lines about it are the person's helper's, in no staff member's name.
    assert!(log.iter().any(|e| e.dossier_id == Some(id) && e.staff_id.is_none() && e.action.starts_with("helper-pin-used:")));
}

fn rome_today() -> domain::calendar::Date {
    domain::calendar::rome_local(server::directory::now_unix()).date
}

async fn dossiers_booking(db: &Db, dossier_id: i64) -> i64 {
    let sql = db.sql("SELECT booking_id FROM dossiers WHERE id = ?");
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(&sql).bind(dossier_id).fetch_one(pool).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(&sql).bind(dossier_id).fetch_one(pool).await.unwrap(),
    }
}

async fn signing_out_ends_the_session_and_wrong_passwords_say_nothing(base: &str, db: &Db) {
    let operator = staff_browser(base, db, Role::Operator, "op@dalmine.it", &[DESK]).await;
    let inbox = operator.get(format!("{base}/it/staff")).send().await.unwrap().text().await.unwrap();
    assert!(inbox.contains("Richieste") && inbox.contains("op@dalmine.it"));
    let out = operator.post(format!("{base}/it/staff/sign-out")).send().await.unwrap();
    assert!(out.headers()[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"));
    let after = operator.get(format!("{base}/it/staff")).send().await.unwrap().text().await.unwrap();
    assert!(after.contains("Accesso operatori") && !after.contains("op@dalmine.it"));

    // Unknown account and wrong password: the same message, the e-mail kept.
    for email in ["nobody@dalmine.it", "op@dalmine.it"] {
        let client = browser();
        let r = client.post(format!("{base}/it/staff/sign-in")).form(&[("email", email), ("password", "wrong password!")]).send().await.unwrap();
        assert_eq!(location(&r), "/it/staff");
        assert!(r.headers().get(header::SET_COOKIE).is_none_or(|c| !c.to_str().unwrap().starts_with("ponte-staff=")));
        let page = client.get(format!("{base}/it/staff")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Email o password non riconosciute.") && page.contains(&format!("value=\"{email}\"")), "{page}");
    }
}

async fn a_refused_account_keeps_what_was_typed(base: &str, db: &Db) {
    let admin = staff_browser(base, db, Role::Administrator, "admin@ambito.it", &[]).await;
    let weak = [("email", "anna@comune.it"), ("name", "Anna Bianchi"), ("role", "operator"), ("desk", DESK), ("password", "password1234")];
    let r = admin.post(format!("{base}/it/staff/accounts")).form(&weak).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/accounts#new-account");
    let page = admin.get(format!("{base}/it/staff/accounts")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Questa password è troppo comune."), "the reason, in Italian");
    assert!(page.contains("value=\"anna@comune.it\"") && page.contains("value=\"Anna Bianchi\""), "kept");
    assert!(!page.contains("password1234"), "the password is never sent back");
    assert!(server::repo::staff::by_email(db, "anna@comune.it").await.unwrap().is_none());
}

async fn sign_in(client: &Client, base: &str, email: &str, password: &str) -> reqwest::Response {
    client.post(format!("{base}/it/staff/sign-in")).form(&[("email", email), ("password", password)]).send().await.unwrap()
}

/// The page's text after a form's redirect.
async fn page(client: &Client, base: &str, path: &str) -> String {
    client.get(format!("{base}{path}")).send().await.unwrap().text().await.unwrap()
}

/// A password an administrator sets is changed before anything else; a staff member changes
/// their own with the current one; an administrator resets and disables other accounts (never
/// their own), and every step is in the audit log.
async fn passwords_are_changed_reset_and_accounts_disabled(base: &str, db: &Db) {
    let admin = staff_browser(base, db, Role::Administrator, "admin@ambito.it", &[]).await;
    let chosen_by_admin = "tre parole scelte dall'amministratore";
    let form = [("email", "anna@comune.it"), ("name", "Anna Bianchi"), ("role", "operator"), ("desk", DESK), ("password", chosen_by_admin)];
    admin.post(format!("{base}/it/staff/accounts")).form(&form).send().await.unwrap();
    let anna_id = server::repo::staff::by_email(db, "anna@comune.it").await.unwrap().unwrap().id;

    // First sign-in: the app's code, then straight to the change-password page, and nowhere else.
    let anna = browser();
    let r = sign_in(&anna, base, "anna@comune.it", chosen_by_admin).await;
    assert_eq!(location(&r), "/it/staff/second-factor");
    let (secret, r) = pass_second_factor(&anna, base, None, 0).await;
    assert_eq!(location(&r), "/it/staff/second-factor");
    assert!(page(&anna, base, "/it/staff/second-factor").await.contains("I tuoi codici di riserva"));
    let inbox = anna.get(format!("{base}/it/staff")).send().await.unwrap();
    assert_eq!(location(&inbox), "/it/staff/password", "the inbox waits for the new password");
    let form = anna.post(format!("{base}/it/staff/accounts")).form(&[("email", "x@comune.it")]).send().await.unwrap();
    assert_eq!(form.status(), StatusCode::FORBIDDEN, "forms wait too");
    assert!(page(&anna, base, "/it/staff/password").await.contains("Un amministratore ha scelto questa password"));

    // Wrong current password, different repetition, the same password: each says why.
    let change = |current: &str, new: &str, repeated: &str| {
        [("current", current.to_owned()), ("new", new.to_owned()), ("repeated", repeated.to_owned())]
    };
    let mine = "la mia bicicletta gialla corre";
    for (form, message) in [
        (change("non è questa", mine, mine), "La password di adesso non è giusta."),
        (change(chosen_by_admin, mine, "un'altra"), "Le due nuove password non sono uguali."),
        (change(chosen_by_admin, chosen_by_admin, chosen_by_admin), "La nuova password è uguale a quella di adesso."),
        (change(chosen_by_admin, "password1234", "password1234"), "Questa password è troppo comune."),
    ] {
        let r = anna.post(format!("{base}/it/staff/password")).form(&form).send().await.unwrap();
        assert_eq!(location(&r), "/it/staff/password");
        assert!(page(&anna, base, "/it/staff/password").await.contains(message), "{message}");
    }
    let r = anna.post(format!("{base}/it/staff/password")).form(&change(chosen_by_admin, mine, mine)).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/password");
    assert!(page(&anna, base, "/it/staff/password").await.contains("Password cambiata."));
    assert!(page(&anna, base, "/it/staff").await.contains("Richieste"), "the same session goes on");
    assert_eq!(location(&sign_in(&browser(), base, "anna@comune.it", chosen_by_admin).await), "/it/staff", "refused");
    let again = browser();
    assert_eq!(location(&sign_in(&again, base, "anna@comune.it", mine).await), "/it/staff/second-factor", "her own");
    let (_, r) = pass_second_factor(&again, base, Some(&secret), 1).await;
    assert_eq!(location(&r), "/it/staff", "the app's next code; the password is hers now");

    // The administrator resets it: her sessions end, the temporary password is shown once.
    let r = admin.post(format!("{base}/it/staff/accounts/{anna_id}/reset")).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/accounts");
    let accounts = page(&admin, base, "/it/staff/accounts").await;
    let temporary = accounts
        .split("data-temporary-password>")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("the temporary password is shown")
        .to_owned();
    assert!(!page(&admin, base, "/it/staff/accounts").await.contains(&temporary), "only once");
    assert!(!page(&anna, base, "/it/staff").await.contains("Richieste"), "her session ended");
    assert_eq!(location(&sign_in(&anna, base, "anna@comune.it", &temporary).await), "/it/staff/second-factor");
    let enrol_again = page(&anna, base, "/it/staff/second-factor").await;
    let new_secret = key_on_page(&enrol_again).expect("a reset clears the app: she enrols again");
    assert_ne!(new_secret, secret);
    let r = anna.post(format!("{base}/it/staff/second-factor")).form(&[("code", app_code(&new_secret, 0))]).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/second-factor");
    assert_eq!(location(&anna.get(format!("{base}/it/staff")).send().await.unwrap()), "/it/staff/password");

    // Disabled: her session ends and she cannot sign in; enabled again, she can.
    let r = admin.post(format!("{base}/it/staff/accounts/{anna_id}/active")).form(&[("active", "false")]).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/accounts");
    assert!(page(&admin, base, "/it/staff/accounts").await.contains("Spento"));
    assert!(!page(&anna, base, "/it/staff/password").await.contains("Password di adesso"), "signed out");
    let refused = sign_in(&anna, base, "anna@comune.it", &temporary).await;
    assert_eq!(location(&refused), "/it/staff");
    admin.post(format!("{base}/it/staff/accounts/{anna_id}/active")).form(&[("active", "true")]).send().await.unwrap();
    assert_eq!(location(&sign_in(&browser(), base, "anna@comune.it", &temporary).await), "/it/staff/second-factor");

    // Only administrators, and never on their own account.
    let admin_id = server::repo::staff::by_email(db, "admin@ambito.it").await.unwrap().unwrap().id;
    let own = admin.post(format!("{base}/it/staff/accounts/{admin_id}/active")).form(&[("active", "false")]).send().await.unwrap();
    assert_eq!(own.status(), StatusCode::NOT_FOUND);
    let operator = staff_browser(base, db, Role::Operator, "op@comune.it", &[DESK]).await;
    let by_operator = operator.post(format!("{base}/it/staff/accounts/{anna_id}/reset")).send().await.unwrap();
    assert_eq!(by_operator.status(), StatusCode::NOT_FOUND);

    let log = server::repo::staff::audit_log(db, 100).await.unwrap();
    let done: Vec<(Option<i64>, String)> = log.iter().map(|e| (e.staff_id, e.action.clone())).collect();
    for expected in [
        (Some(admin_id), format!("account-created:{anna_id}")),
        (Some(anna_id), "password-changed".to_owned()),
        (Some(admin_id), format!("password-reset:{anna_id}")),
        (Some(admin_id), format!("account-disabled:{anna_id}")),
        (Some(admin_id), format!("account-enabled:{anna_id}")),
    ] {
        assert!(done.contains(&expected), "{expected:?} in {done:?}");
    }
}

/// The password alone opens nothing but the second-factor page. The first time it enrols the
/// app (QR code and key, the same on every visit) and shows the recovery codes once; then
/// every sign-in asks for the app's code, and a code works once.
async fn the_password_alone_opens_nothing_but_the_second_factor(base: &str, db: &Db) {
    let now = server::directory::now_unix();
    create_account(db, "op@dalmine.it", "Op", Role::Operator, PASSWORD, &[DESK.to_owned()], &Actor::command(now)).await.unwrap();
    let client = browser();
    assert_eq!(location(&sign_in(&client, base, "op@dalmine.it", PASSWORD).await), "/it/staff/second-factor");
    for path in ["/it/staff", "/it/staff/appointments", "/it/staff/password", "/it/staff/accounts", "/it/staff/audit"] {
        let r = client.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(location(&r), "/it/staff/second-factor", "{path}");
    }
    let form = [("current", PASSWORD), ("new", "un'altra password lunga"), ("repeated", "un'altra password lunga")];
    let change = client.post(format!("{base}/it/staff/password")).form(&form).send().await.unwrap();
    assert_eq!(change.status(), StatusCode::FORBIDDEN);

    let enrolment = page(&client, base, "/it/staff/second-factor").await;
    assert!(enrolment.contains("Proteggi il tuo account con il telefono"));
    let secret = key_on_page(&enrolment).expect("the key to type");
    assert_eq!(key_on_page(&page(&client, base, "/it/staff/second-factor").await), Some(secret.clone()), "the same key");
    let qr = client.get(format!("{base}/it/staff/second-factor/qr.svg")).send().await.unwrap();
    assert_eq!(qr.status(), StatusCode::OK);
    assert_eq!(qr.headers()[header::CONTENT_TYPE], "image/svg+xml");
    assert_eq!(qr.headers()[header::CACHE_CONTROL], "no-store");
    assert_eq!(browser().get(format!("{base}/it/staff/second-factor/qr.svg")).send().await.unwrap().status(), StatusCode::NOT_FOUND);

    let right = app_code(&secret, 0);
    let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
    let r = client.post(format!("{base}/it/staff/second-factor")).form(&[("code", wrong.as_str())]).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/second-factor");
    assert!(page(&client, base, "/it/staff/second-factor").await.contains("Il codice non è giusto o è già stato usato."));
    let r = client.post(format!("{base}/it/staff/second-factor")).form(&[("code", right.as_str())]).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/second-factor");
    let codes = page(&client, base, "/it/staff/second-factor").await;
    assert_eq!(codes.matches("<li><code>").count(), 10, "ten recovery codes: {codes}");
    assert!(!page(&client, base, "/it/staff/second-factor").await.contains("<li><code>"), "shown once");
    assert!(page(&client, base, "/it/staff").await.contains("Richieste"), "signed in");
    let qr = client.get(format!("{base}/it/staff/second-factor/qr.svg")).send().await.unwrap();
    assert_eq!(qr.status(), StatusCode::NOT_FOUND, "enrolled: the secret is never shown again");

    // Someone else with the password: asked for the code, shown no key, and the code used a
    // moment ago does not work again.
    let other = browser();
    assert_eq!(location(&sign_in(&other, base, "op@dalmine.it", PASSWORD).await), "/it/staff/second-factor");
    let asked = page(&other, base, "/it/staff/second-factor").await;
    assert!(asked.contains("Codici di riserva rimasti: \u{2068}10\u{2069}") && key_on_page(&asked).is_none(), "{asked}");
    let r = other.post(format!("{base}/it/staff/second-factor")).form(&[("code", right.as_str())]).send().await.unwrap();
    assert_eq!(location(&r), "/it/staff/second-factor");
    assert!(page(&other, base, "/it/staff/second-factor").await.contains("Il codice non è giusto o è già stato usato."));
    assert_eq!(location(&other.get(format!("{base}/it/staff")).send().await.unwrap()), "/it/staff/second-factor");
}

async fn cross_site_posts_are_refused(base: &str, db: &Db) {
    let client = browser();
    let forged = client
        .post(format!("{base}/it/staff/sign-in"))
        .header(header::ORIGIN, "https://evil.example")
        .form(&[("email", "op@dalmine.it"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let fetched = client
        .post(format!("{base}/it/start"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("who", "me"), ("area", "elderly")])
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.status(), StatusCode::FORBIDDEN);
    let booking = client
        .post(format!("{base}/it/manage"))
        .header(header::ORIGIN, "null")
        .form(&[("code", "AAAA-AAAA"), ("secret", "000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(booking.status(), StatusCode::FORBIDDEN, "an opaque origin is not this site");
    // The same post from this site goes through.
    let own = base.to_owned();
    let same = client
        .post(format!("{base}/it/manage"))
        .header(header::ORIGIN, own)
        .header("sec-fetch-site", "same-origin")
        .form(&[("code", "AAAA-AAAA"), ("secret", "000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), StatusCode::SEE_OTHER);
    // A personal page is sent with `Referrer-Policy: no-referrer`, so a browser posts its forms
    // with `Origin: null`; its `Sec-Fetch-Site` says they come from this site.
    let no_referrer = client
        .post(format!("{base}/it/manage"))
        .header(header::ORIGIN, "null")
        .header("sec-fetch-site", "same-origin")
        .form(&[("code", "AAAA-AAAA"), ("secret", "000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(no_referrer.status(), StatusCode::SEE_OTHER);
    let _ = db;
}

async fn a_referral_and_an_outcome_reach_the_person_in_their_language(base: &str, db: &Db) {
    let (citizen, code, id) = citizen_books(base, db).await;
    let operator = staff_browser(base, db, Role::Operator, "op@dalmine.it", &[DESK]).await;
    let dossier = format!("{base}/it/staff/dossier/{id}");

    // "Referred" without a service: back with the reason, the other choices kept, nothing saved.
    let r = operator
        .post(&dossier)
        .form(&[("status", "referred"), ("referred_desk", OTHER_DESK), ("note", "chiamare lunedì")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), format!("/it/staff/dossier/{id}#decide-heading"));
    let page = operator.get(&dossier).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Scegli il servizio a cui mandi la richiesta."), "the reason, in Italian");
    assert!(page.contains(&format!("value=\"{OTHER_DESK}\" selected")) && page.contains("chiamare lunedì"), "kept: {page}");
    assert!(page.contains("href=\"#referred-service\""), "the summary links to the field");
    let booking_id = dossiers_booking(db, id).await;
    assert_eq!(dossiers::by_booking(db, booking_id).await.unwrap().unwrap().status, domain::dossier::Status::Received);
    let again = operator.get(&dossier).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains("Scegli il servizio a cui mandi la richiesta."), "the message is shown once");

    // Referred to a service at a named desk: the person reads it in Arabic, with where to go.
    let r = operator
        .post(&dossier)
        .form(&[("status", "referred"), ("referred_service", "home-care"), ("referred_desk", OTHER_DESK)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), format!("/it/staff/dossier/{id}"));
    let page = operator.get(&dossier).send().await.unwrap().text().await.unwrap();
    assert!(page.split("data-referred>").nth(1).is_some_and(|rest| rest.contains("Zanica")), "{page}");
    let mine = citizen.get(format!("{base}/ar/booking/{code}")).send().await.unwrap().text().await.unwrap();
    let referred = mine.split("data-referred>").nth(1).expect("the referral is shown");
    assert!(referred.contains("أرسل المكتب طلبك إلى") && referred.contains("Zanica"), "{referred}");
    assert!(mine.contains(&format!("href=\"/ar/book/{OTHER_DESK}/home-care\"")), "booking there is one tap away");

    // Closed with an outcome; an unknown outcome is refused like a missing one.
    let r = operator.post(&dossier).form(&[("status", "closed"), ("outcome", "lost")]).send().await.unwrap();
    assert_eq!(location(&r), format!("/it/staff/dossier/{id}#decide-heading"));
    operator.get(&dossier).send().await.unwrap();
    operator.post(&dossier).form(&[("status", "closed"), ("outcome", "not-eligible")]).send().await.unwrap();
    let mine = citizen.get(format!("{base}/ar/booking/{code}")).send().await.unwrap().text().await.unwrap();
    assert!(mine.split("data-outcome>").nth(1).is_some_and(|rest| rest.starts_with("النتيجة: لا تتوفر فيك الشروط")), "{mine}");
    assert!(!mine.contains("data-referred"), "the referral went with its status");
    let log = server::repo::staff::audit_log(db, 50).await.unwrap();
    assert!(["status:referred", "status:closed"].iter().all(|a| log.iter().any(|e| e.action == *a && e.dossier_id == Some(id))));
}

/// A request sent without an appointment reaches its desk's inbox, marked as such, and only
/// that desk's; the desk asks for a document and the person reads it in Arabic. It is not an
/// appointment of the day, so nobody can mark it attended.
async fn a_request_without_an_appointment_is_worked_like_a_booking(base: &str, db: &Db) {
    let citizen = browser();
    let form = [
        ("name", PERSON),
        ("contact", "333 000 1111"),
        ("language", "ar"),
        ("consent", "yes"),
        ("request_key", "no-appointment"),
    ];
    let sent = citizen.post(format!("{base}/ar/request/{DESK}/home-care")).form(&form).send().await.unwrap();
    let code = location(&sent).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("sent");
    let id = dossiers::by_booking(db, booking.id).await.unwrap().expect("with a dossier").id;

    let operator = staff_browser(base, db, Role::Operator, "op@dalmine.it", &[DESK]).await;
    let other = staff_browser(base, db, Role::Operator, "op@zanica.it", &[OTHER_DESK]).await;
    let inbox = operator.get(format!("{base}/it/staff")).send().await.unwrap().text().await.unwrap();
    let row = inbox.split(&format!("data-code=\"{code}\"")).next().and_then(|before| before.rsplit("<tr").next());
    assert!(row.is_some_and(|r| r.contains("Senza appuntamento")), "listed as a request without an appointment: {inbox}");
    let theirs = other.get(format!("{base}/it/staff")).send().await.unwrap().text().await.unwrap();
    assert!(!theirs.contains(&code));
    let refused = other.get(format!("{base}/it/staff/dossier/{id}")).send().await.unwrap().text().await.unwrap();
    assert!(!refused.contains(PERSON) && !refused.contains("333 000 1111"));

    let dossier = format!("{base}/it/staff/dossier/{id}");
    let page = operator.get(&dossier).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(PERSON) && page.contains("3330001111") && page.contains("Senza appuntamento"), "{page}");
    let r = operator.post(&dossier).form(&[("status", "documents-missing"), ("missing", "isee")]).send().await.unwrap();
    assert_eq!(location(&r), format!("/it/staff/dossier/{id}"));
    let mine = citizen.get(format!("{base}/ar/booking/{code}")).send().await.unwrap().text().await.unwrap();
    let missing = mine.split("data-missing>").nth(1).expect("the missing documents are listed");
    assert!(missing.contains("ISEE"), "{missing}");

    let came = operator.post(format!("{dossier}/attendance")).form(&[("attendance", "attended")]).send().await.unwrap();
    assert_eq!(came.status(), StatusCode::NOT_FOUND, "no appointment to attend");
    assert_eq!(bookings::by_code(db, &common::code(&code)).await.unwrap().unwrap().starts_at, None);
}

/// The record form as an operator at `DESK` posts it for a caller from Romania.
fn recorded_call(key: &str) -> Vec<(&'static str, String)> {
    vec![
        ("channel", "phone".into()),
        ("desk", DESK.into()),
        ("service", "home-care".into()),
        ("name", "Ion Popescu".into()),
        ("contact", "+40 712 345 678".into()),
        ("language", "ro".into()),
        ("note", "Mama mea nu mai poate merge singură".into()),
        ("consent", "yes".into()),
        ("request_key", key.into()),
    ]
}

async fn an_operator_records_a_phone_request_for_a_caller_who_then_follows_it_in_romanian(base: &str, db: &Db) {
    let operator = staff_browser(base, db, Role::Operator, "op@dalmine.it", &[DESK]).await;
    let record = format!("{base}/it/staff/record");
    // Without how it came and without the caller's agreement: refused, nothing typed is lost.
    let mut incomplete = recorded_call("call-incomplete");
    incomplete.retain(|(k, _)| *k != "channel" && *k != "consent");
    let refused = operator.post(&record).form(&incomplete).send().await.unwrap();
    assert_eq!(location(&refused), "/it/staff/record");
    let form = operator.get(&record).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("Scegli come è arrivata la richiesta") && form.contains(r#"value="Ion Popescu""#), "{form}");
    assert!(!bookings::key_used(db, "call-incomplete").await.unwrap());

    let saved = operator.post(&record).form(&recorded_call("call-ro")).send().await.unwrap();
    assert_eq!(location(&saved), "/it/staff/record/done");
    let done = operator.get(format!("{base}/it/staff/record/done")).send().await.unwrap().text().await.unwrap();
    let shown = |mark: &str| done.split(&format!("{mark}>")).nth(1).and_then(|s| s.split('<').next()).map(str::to_owned);
    let (code, pin) = (shown("data-code").expect("the code to read out"), shown("data-pin").expect("the PIN to read out"));
    assert!(done.contains("/ro/manage"), "where the caller follows it, in Romanian: {done}");
    let again = operator.get(format!("{base}/it/staff/record/done")).send().await.unwrap();
    assert_eq!(location(&again), "/it/staff/record", "the PIN is shown once");

    // The desk's dossier: how it came, who recorded it, in the caller's language.
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("saved");
    assert_eq!((booking.starts_at, booking.language.as_str(), booking.contact.as_deref()), (None, "ro", Some("+40712345678")));
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().unwrap();
    assert_eq!(dossier.channel, domain::dossier::Channel::Phone);
    let page = operator.get(format!("{base}/it/staff/dossier/{}", dossier.id)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("data-channel>Per telefono<") && page.contains("data-recorded-by>op@dalmine.it<"), "{page}");
    let log = server::repo::staff::audit_log(db, 50).await.unwrap();
    assert!(log.iter().any(|e| e.action == "recorded" && e.dossier_id == Some(dossier.id) && e.staff_id == dossier.recorded_by));

    // The caller, on their own phone, in Romanian, with the code and PIN read out to them.
    let caller = browser();
    let found = caller.post(format!("{base}/ro/manage")).form(&[("code", code.as_str()), ("secret", pin.as_str())]).send().await.unwrap();
    assert_eq!(location(&found), format!("/ro/booking/{}", code.replace('-', "")));
    let theirs = caller.get(format!("{base}{}", location(&found))).send().await.unwrap().text().await.unwrap();
    assert!(theirs.contains("data-request-status") && theirs.contains("lang=\"ro\""), "{theirs}");
}

/// What a page shows between its tags, without the isolation marks Fluent puts around values.
fn plain(page: &str) -> String {
    page.replace(['\u{2068}', '\u{2069}'], "")
}

/// An administrator sets a mediator's languages and presence (one row).
async fn set_presence(admin: &Client, base: &str, account: i64, languages: &[&str], row: [&str; 4]) -> reqwest::Response {
    let mut form: Vec<(&str, &str)> = languages.iter().map(|l| ("language", *l)).collect();
    form.extend([("desk", row[0]), ("weekday", row[1]), ("from", row[2]), ("to", row[3])]);
    // The blank rows the page offers come along and count for nothing.
    form.extend([("desk", ""), ("weekday", ""), ("from", ""), ("to", "")]);
    admin.post(format!("{base}/it/staff/accounts/{account}/mediator")).form(&form).send().await.unwrap()
}

async fn account_id(db: &Db, email: &str) -> i64 {
    server::repo::staff::by_email(db, email).await.unwrap().unwrap().id
}

/// Mediators: an administrator sets who speaks what and when they are at which desk (and the
/// desks' public languages follow); a mediator sees only the appointments that fit them,
/// offers to come, reads only those they come to (not the desk's notes, not the contact); an
/// operator asks for a mediator of a language and one of them takes it; the desk sees
/// "mediator confirmed"; a cancelled appointment leaves every list.
async fn mediators_see_and_take_only_what_fits_them(base: &str, db: &Db) {
    let (citizen, code, arabic) = citizen_books(base, db).await;
    let (_, _, urdu) = citizen_books_in(base, db, "ur", "mediators-ur").await;
    let booking = dossiers::by_booking(db, dossiers_booking(db, arabic).await).await.unwrap().unwrap();
    let at = booking.starts_at.expect("an appointment");
    let weekday = at.date.weekday().as_str();
    let admin = staff_browser(base, db, Role::Administrator, "admin@ambito.it", &[]).await;
    let operator = staff_browser(base, db, Role::Operator, "op@dalmine.it", &[DESK]).await;
    let other_operator = staff_browser(base, db, Role::Operator, "op@zanica.it", &[OTHER_DESK]).await;
    let amal = staff_browser(base, db, Role::Mediator, "amal@mediatori.it", &[]).await;
    let bilal = staff_browser(base, db, Role::Mediator, "bilal@mediatori.it", &[]).await;
    let carla = staff_browser(base, db, Role::Mediator, "carla@mediatori.it", &[]).await;
    let nobody = staff_browser(base, db, Role::Mediator, "senza-profilo@mediatori.it", &[]).await;
    let (amal_id, bilal_id, carla_id) =
        (account_id(db, "amal@mediatori.it").await, account_id(db, "bilal@mediatori.it").await, account_id(db, "carla@mediatori.it").await);

    // A refused form comes back as typed, with what to mend.
    let refused = set_presence(&admin, base, amal_id, &[], [DESK, weekday, "12:00", "09:00"]).await;
    assert_eq!(location(&refused), format!("/it/staff/accounts/{amal_id}/mediator"));
    let form = plain(&page(&admin, base, &location(&refused)).await);
    assert!(form.contains("Scegli almeno una lingua.") && form.contains("Scrivi l'ora di inizio e di fine"), "{form}");
    assert!(form.contains("value=\"12:00\"") && form.contains("href=\"#presence-1-from\""), "kept and linked: {form}");
    // Only administrators set it; for anyone else the page does not exist.
    for (who, client) in [("operator", &operator), ("mediator", &amal)] {
        let r = set_presence(client, base, amal_id, &["ar"], [DESK, weekday, "00:00", "24:00"]).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{who}");
        let r = client.get(format!("{base}/it/staff/accounts/{amal_id}/mediator")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{who}");
    }
    // Amal: Arabic at the desk on the appointment's weekday, all day. Bilal: Urdu, there too.
    // Carla: Arabic, at another desk.
    for (id, languages, desk) in [(amal_id, ["ar"], DESK), (bilal_id, ["ur"], DESK), (carla_id, ["ar"], OTHER_DESK)] {
        let saved = set_presence(&admin, base, id, &languages, [desk, weekday, "00:00", "24:00"]).await;
        assert_eq!(location(&saved), format!("/it/staff/accounts/{id}/mediator"));
    }
    let saved = page(&admin, base, &format!("/it/staff/accounts/{bilal_id}/mediator")).await;
    assert!(saved.contains("name=\"language\" value=\"ur\" checked"), "{saved}");
    // The desk's public languages follow: Urdu on that weekday, from Bilal's presence.
    let desk = server::repo::desks::by_slug(db, DESK).await.unwrap().unwrap().desk;
    let urdu_days = desk.languages.iter().find(|l| l.code == "ur").map(|l| l.mediator_days.clone());
    assert_eq!(urdu_days, Some(vec![at.date.weekday()]), "{:?}", desk.languages);
    // Only active mediators count, and the search's index (read once per directory version)
    // follows: Dario (Urdu, at the other desk) disabled, his Urdu is gone from it; enabled
    // again, it is back.
    let now = server::directory::now_unix();
    let dario = create_account(db, "dario@mediatori.it", "Dario", Role::Mediator, PASSWORD, &[], &Actor::command(now)).await.unwrap();
    set_presence(&admin, base, dario, &["ur"], [OTHER_DESK, weekday, "00:00", "24:00"]).await;
    let index = server::desk_index::DeskIndex::default();
    let other_desk = server::repo::desks::by_slug(db, OTHER_DESK).await.unwrap().unwrap().id;
    let urdu_there = || async {
        let snapshot = index.snapshot(db).await.unwrap();
        snapshot.by_ids(&[other_desk])[0].desk.languages.iter().any(|l| l.code == "ur")
    };
    assert!(urdu_there().await);
    for (active, spoken) in [("false", false), ("true", true)] {
        let r = admin.post(format!("{base}/it/staff/accounts/{dario}/active")).form(&[("active", active)]).send().await.unwrap();
        assert_eq!(location(&r), "/it/staff/accounts");
        assert_eq!(urdu_there().await, spoken, "active: {active}");
    }

    // Each mediator's list: only what fits them, without the person's name yet.
    let listed = |page: &str, id: i64| page.contains(&format!("data-mediation=\"{id}\""));
    let amal_list = page(&amal, base, "/it/staff/mediations").await;
    assert!(listed(&amal_list, arabic) && !listed(&amal_list, urdu) && !amal_list.contains(PERSON), "{amal_list}");
    let bilal_list = page(&bilal, base, "/it/staff/mediations").await;
    assert!(listed(&bilal_list, urdu) && !listed(&bilal_list, arabic), "{bilal_list}");
    for (who, client) in [("another desk", &carla), ("no languages yet", &nobody)] {
        let list = page(client, base, "/it/staff/mediations").await;
        assert!(!listed(&list, arabic) && !listed(&list, urdu), "{who}: {list}");
        let r = client.post(format!("{base}/it/staff/mediations/{arabic}/confirm")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{who} cannot take what is not theirs");
    }
    let r = operator.get(format!("{base}/it/staff/mediations")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "not an operator's page");

    // Before Amal says she will come, she reads nothing of the dossier.
    let r = amal.get(format!("{base}/it/staff/mediations/{arabic}")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let confirmed = amal.post(format!("{base}/it/staff/mediations/{arabic}/confirm")).send().await.unwrap();
    assert_eq!(location(&confirmed), "/it/staff/mediations");
    let amal_list = plain(&page(&amal, base, "/it/staff/mediations").await);
    assert!(amal_list.contains("Ci sarai tu") && amal_list.contains(PERSON), "{amal_list}");
    let mediation = plain(&page(&amal, base, &format!("/it/staff/mediations/{arabic}")).await);
    assert!(mediation.contains(PERSON) && mediation.contains("Documenti da portare"), "{mediation}");
    assert!(!mediation.contains("karim@example.org") && !mediation.contains(HELPER), "no contact, no helper: {mediation}");
    assert!(!mediation.contains("79 anni"), "not the person's answers: {mediation}");
    // The dossier page itself stays the desk's; the others still read nothing.
    let r = amal.get(format!("{base}/it/staff/dossier/{arabic}")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    for (who, client) in [("another mediator", &carla), ("operator", &operator)] {
        let r = client.get(format!("{base}/it/staff/mediations/{arabic}")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{who}");
    }
    // The desk sees who comes: in the inbox, the day's list and the dossier.
    let mark = "Mediatore confermato: amal@mediatori.it";
    assert!(plain(&page(&operator, base, "/it/staff").await).contains(mark));
    assert!(plain(&page(&operator, base, &format!("/it/staff/appointments?date={}", at.date)).await).contains(mark));
    assert!(plain(&page(&operator, base, &format!("/it/staff/dossier/{arabic}")).await).contains(mark));

    // The operator asks for an Urdu mediator for the other person; a day in the past is refused.
    let ask = |client: &Client, day: String| {
        let client = client.clone();
        let url = format!("{base}/it/staff/dossier/{urdu}/mediator");
        async move { client.post(url).form(&[("language", "ur".to_owned()), ("day", day)]).send().await.unwrap() }
    };
    let urdu_day = dossiers::by_booking(db, dossiers_booking(db, urdu).await).await.unwrap().unwrap().starts_at.unwrap().date;
    let past = ask(&operator, "2020-01-01".into()).await;
    assert_eq!(location(&past), format!("/it/staff/dossier/{urdu}#mediator"));
    assert!(page(&operator, base, &format!("/it/staff/dossier/{urdu}")).await.contains("Scegli un giorno da oggi in poi."));
    let r = ask(&other_operator, urdu_day.to_string()).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "not their desk");
    for (who, client) in [("mediator", &bilal), ("administrator", &admin)] {
        assert_eq!(ask(client, urdu_day.to_string()).await.status(), StatusCode::NOT_FOUND, "{who}");
    }
    assert!(server::repo::mediators::of_dossiers(db, &[urdu]).await.unwrap().is_empty(), "nobody asked yet");
    ask(&operator, urdu_day.to_string()).await;
    let asked = plain(&page(&operator, base, "/it/staff").await);
    assert!(asked.contains("Mediatore chiesto: اردو") || asked.contains("Mediatore chiesto:"), "{asked}");
    let bilal_list = plain(&page(&bilal, base, "/it/staff/mediations").await);
    assert!(listed(&bilal_list, urdu) && bilal_list.contains("Lo sportello chiede un mediatore"), "{bilal_list}");
    assert!(!listed(&page(&amal, base, "/it/staff/mediations").await, urdu), "Amal does not speak Urdu");
    let taken = bilal.post(format!("{base}/it/staff/mediations/{urdu}/confirm")).send().await.unwrap();
    assert_eq!(location(&taken), "/it/staff/mediations");
    assert!(plain(&page(&operator, base, &format!("/it/staff/dossier/{urdu}")).await).contains("Mediatore confermato: bilal@mediatori.it"));
    // Bilal can no longer come: only he can say so, and the request is open again.
    let r = amal.post(format!("{base}/it/staff/mediations/{urdu}/release")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "not Amal's to release");
    let released = bilal.post(format!("{base}/it/staff/mediations/{urdu}/release")).send().await.unwrap();
    assert_eq!(location(&released), "/it/staff/mediations");
    assert!(plain(&page(&operator, base, &format!("/it/staff/dossier/{urdu}")).await).contains("Mediatore chiesto:"));
    let bilal_list = plain(&page(&bilal, base, "/it/staff/mediations").await);
    assert!(listed(&bilal_list, urdu) && bilal_list.contains("Lo sportello chiede un mediatore"), "{bilal_list}");
    let r = bilal.get(format!("{base}/it/staff/mediations/{urdu}")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "no longer his to read");

    // The person cancels: nobody is expected any more, and the mediator reads nothing.
    let cancelled = citizen.post(format!("{base}/ar/booking/{code}/cancel")).send().await.unwrap();
    assert!(cancelled.status().is_redirection());
    assert!(!listed(&page(&amal, base, "/it/staff/mediations").await, arabic));
    let r = amal.get(format!("{base}/it/staff/mediations/{arabic}")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // All of it is in the audit log, in the name of who did it.
    let log = server::repo::staff::audit_log(db, 200).await.unwrap();
    assert!(log.iter().any(|e| e.action == format!("mediator-profile:{amal_id}")));
    assert!(log.iter().any(|e| e.action == "mediator-confirmed" && e.staff_id == Some(amal_id) && e.dossier_id == Some(arabic)));
    assert!(log.iter().any(|e| e.action == "mediator-confirmed" && e.staff_id == Some(bilal_id) && e.dossier_id == Some(urdu)));
    assert!(log.iter().any(|e| e.action == "mediator-asked" && e.dossier_id == Some(urdu)));
    assert!(log.iter().any(|e| e.action == "mediator-released" && e.staff_id == Some(bilal_id) && e.dossier_id == Some(urdu)));
    assert!(log.iter().any(|e| e.action == "view" && e.staff_id == Some(amal_id) && e.dossier_id == Some(arabic)));
}

/// Answers every question still open from `first` (the area's questions): the first choice, the
/// first municipality, or 79.
async fn answer_every_question(client: &Client, base: &str, first: &str) {
    for _ in 0..30 {
        let at = location(&client.get(format!("{base}{first}")).send().await.unwrap());
        if at.contains("/check/") {
            return;
        }
        let question = page(client, base, &at).await;
        let choice = |marker: &str| question.split(marker).nth(1).and_then(|s| s.split('"').next()).map(str::to_owned);
        let value = choice("name=\"value\" value=\"")
            .or_else(|| question.contains("<select").then(|| choice("<option value=\"").filter(|v| !v.is_empty())).flatten())
            .or_else(|| question.split("<option value=\"").nth(2).and_then(|s| s.split('"').next()).map(str::to_owned))
            .unwrap_or_else(|| "79".to_owned());
        client.post(format!("{base}{at}")).form(&[("value", value)]).send().await.unwrap();
    }
    panic!("the questions never end");
}

/// An assisted journey: a mediator picks Arabic for the person and Italian for herself, records
/// how the person agreed (nothing starts without it), and they answer the questions with the
/// Italian beside the Arabic; she books on her day at the desk. The desk sees how it came, who
/// helped, how the person agreed, and that she comes. Ending it leaves nothing of the person in
/// the browser; once she has signed out, what is booked is nobody's but the person's.
async fn a_mediator_books_with_a_person_in_arabic_beside_italian(base: &str, db: &Db) {
    let admin = staff_browser(base, db, Role::Administrator, "admin@ambito.it", &[]).await;
    let operator = staff_browser(base, db, Role::Operator, "op@dalmine.it", &[DESK]).await;
    let amal = staff_browser(base, db, Role::Mediator, "amal@mediatori.it", &[]).await;
    let amal_id = account_id(db, "amal@mediatori.it").await;

    let start = plain(&page(&amal, base, "/it/staff").await);
    assert!(start.contains("Inizia con una persona"), "{start}");
    let consent = plain(&page(&amal, base, "/it/staff/assist?person=ar&helper=it").await);
    assert!(consent.contains("Ti aiuto a rispondere ad alcune domande") && consent.contains("lang=\"ar\" dir=\"rtl\""), "{consent}");
    let without = [("person", "ar"), ("helper", "it"), ("how", "in-person")];
    let refused = amal.post(format!("{base}/it/staff/assist")).form(&without).send().await.unwrap();
    assert_eq!(location(&refused), "/it/staff/assist?person=ar&helper=it");
    let again = plain(&page(&amal, base, &location(&refused)).await);
    assert!(again.contains("Senza il sì della persona non si inizia") && again.contains("value=\"in-person\" checked"), "{again}");
    // Whatever is posted, only known language codes go back into the address.
    let odd = [("person", "ar\r\nSet-Cookie: x=1"), ("helper", "it&person=zz"), ("how", "in-person")];
    let refused = amal.post(format!("{base}/it/staff/assist")).form(&odd).send().await.unwrap();
    assert_eq!(location(&refused), "/it/staff/assist?person=&helper=");
    let agreed = [("person", "ar"), ("helper", "it"), ("how", "in-person"), ("consent", "yes")];
    let started = amal.post(format!("{base}/it/staff/assist")).form(&agreed).send().await.unwrap();
    assert_eq!(location(&started), "/ar/start");

    // Every step a page in Arabic with the Italian beside it.
    amal.post(format!("{base}/ar/start")).form(&[("who", "me"), ("area", "elderly")]).send().await.unwrap();
    let question = page(&amal, base, "/ar/questions/elderly/age").await;
    let beside = question.split("side-by-side__beside").nth(1).expect("the Italian beside the Arabic");
    assert!(beside.contains("lang=\"it\" dir=\"ltr\"") && plain(beside).contains("Quanti anni hai?"), "{question}");
    assert!(question.contains("assist-bar"), "the bar to end it");
    answer_every_question(&amal, base, "/ar/questions/elderly").await;
    let check = plain(&page(&amal, base, "/ar/check/elderly").await);
    assert!(check.split("side-by-side__beside").nth(1).is_some_and(|b| b.contains("Controlla le risposte") && b.contains("79")), "{check}");
    let results = plain(&page(&amal, base, "/ar/results/elderly").await);
    assert!(results.split("side-by-side__beside").nth(1).is_some_and(|b| b.contains("Documenti da portare") || b.contains("data-fit")), "{results}");

    // She books on a day she is at the desk.
    let book = page(&amal, base, &format!("/ar/book/{DESK}/home-care")).await;
    let slot = book.split("name=\"slot\" value=\"").nth(1).and_then(|s| s.split('"').next()).expect("a free slot").to_owned();
    let at = domain::calendar::LocalDateTime::parse(&slot).expect("a slot");
    let saved = set_presence(&admin, base, amal_id, &["ar"], [DESK, at.date.weekday().as_str(), "00:00", "24:00"]).await;
    assert_eq!(location(&saved), format!("/it/staff/accounts/{amal_id}/mediator"));
    let form = [
        ("slot", slot.as_str()),
        ("name", PERSON),
        ("contact", "+39 333 123 4567"),
        ("language", "ar"),
        ("consent", "yes"),
        ("request_key", "assisted-ar"),
    ];
    let made = amal.post(format!("{base}/ar/book/{DESK}/home-care")).form(&form).send().await.unwrap();
    let code = location(&made).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("booked");
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().unwrap();
    assert_eq!(
        (dossier.channel, dossier.recorded_by, dossier.consent_how),
        (domain::dossier::Channel::Mediator, Some(amal_id), Some(domain::assist::ConsentHow::InPerson))
    );
    assert!(dossier.draft.is_some(), "the answers travel with it");
    let seen = plain(&page(&operator, base, &format!("/it/staff/dossier/{}", dossier.id)).await);
    assert!(seen.contains("data-channel>Con un mediatore<") && seen.contains("data-recorded-by>amal@mediatori.it<"), "{seen}");
    assert!(seen.contains("data-consent=\"in-person\">Di persona") && seen.contains("Mediatore confermato: amal@mediatori.it"), "{seen}");
    // The take-home sheet, in Arabic, while the journey is open.
    let sheet = amal.get(format!("{base}/ar/booking/{code}?print=1")).send().await.unwrap();
    assert_eq!(sheet.status(), StatusCode::OK);

    // Ended: the browser forgets the person.
    let ended = amal.post(format!("{base}/it/staff/assist/end")).send().await.unwrap();
    assert_eq!(location(&ended), "/it/staff");
    let gone = amal.get(format!("{base}/ar/booking/{code}")).send().await.unwrap();
    assert_ne!(gone.status(), StatusCode::OK, "the person's booking is not open in the helper's browser any more");
    let log = server::repo::staff::audit_log(db, 200).await.unwrap();
    assert!(log.iter().any(|e| e.action == "assist-started" && e.staff_id == Some(amal_id)));
    assert!(log.iter().any(|e| e.action == "recorded" && e.staff_id == Some(amal_id) && e.dossier_id == Some(dossier.id)));
    assert!(log.iter().any(|e| e.action == "mediator-confirmed" && e.staff_id == Some(amal_id) && e.dossier_id == Some(dossier.id)));

    // Signed out halfway: the booking is the person's own, in nobody's name.
    amal.post(format!("{base}/it/staff/assist")).form(&agreed).send().await.unwrap();
    amal.post(format!("{base}/ar/start")).form(&[("who", "me"), ("area", "elderly")]).send().await.unwrap();
    amal.post(format!("{base}/it/staff/sign-out")).send().await.unwrap();
    let book = page(&amal, base, &format!("/ar/book/{DESK}/home-care")).await;
    let slot = book.split("name=\"slot\" value=\"").nth(1).and_then(|s| s.split('"').next()).expect("a free slot").to_owned();
    let form = [("slot", slot.as_str()), ("name", PERSON), ("contact", ""), ("language", "ar"), ("consent", "yes"), ("request_key", "assisted-signed-out")];
    let made = amal.post(format!("{base}/ar/book/{DESK}/home-care")).form(&form).send().await.unwrap();
    let code = location(&made).rsplit('/').next().unwrap().to_owned();
    let booking = bookings::by_code(db, &common::code(&code)).await.unwrap().expect("booked");
    let dossier = dossiers::by_booking(db, booking.id).await.unwrap().unwrap();
    assert_eq!((dossier.channel, dossier.recorded_by, dossier.consent_how), (domain::dossier::Channel::Online, None, None));
}

against_running_server!(
    a_mediator_books_with_a_person_in_arabic_beside_italian,
    mediators_see_and_take_only_what_fits_them,
    an_operator_records_a_phone_request_for_a_caller_who_then_follows_it_in_romanian,
    every_role_sees_only_what_it_may,
    a_referral_and_an_outcome_reach_the_person_in_their_language,
    a_request_without_an_appointment_is_worked_like_a_booking,
    signing_out_ends_the_session_and_wrong_passwords_say_nothing,
    a_refused_account_keeps_what_was_typed,
    passwords_are_changed_reset_and_accounts_disabled,
    the_password_alone_opens_nothing_but_the_second_factor,
    cross_site_posts_are_refused,
);
