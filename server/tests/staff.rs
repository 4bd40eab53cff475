//! Staff accounts, sessions, the audit log and who may read which dossier, on SQLite and on
//! PostgreSQL, at the level of the repositories and the sign-in service.

mod common;

use domain::{
    calendar::{Date, LocalDateTime, Time},
    dossier::{Channel, Decision, DecisionForm, FilledBy, Outcome, Status},
    staff::{PasswordProblem, Role},
};
use server::{
    client_address::ClientAddress,
    db::Db,
    demo,
    repo::{
        bookings::{self, NewBooking},
        desks,
        dossiers::{self, NewDossier},
        staff::{self, Actor, AuditEntry, SessionLimits},
    },
    second_factor::{self, verify, Passed, SecondFactorError},
    staff::{create_account, current, reset_password, session_of, sign_in, sign_out, AccountError, SignInError},
    totp,
};

const PASSWORD: &str = "cavallo batteria graffetta";
const NOW: i64 = 1_800_000_000;

/// Loads the demo network (its mediators' accounts write audit lines) and gives how many
/// lines it wrote, so that a test reads only its own ([`own_log`]).
async fn demo_network(db: &Db) -> usize {
    demo::load_if_empty(db).await.unwrap();
    staff::audit_log(db, 1000).await.unwrap().len()
}

/// The audit lines written after the demo network's `demo_lines`, newest first.
async fn own_log(db: &Db, demo_lines: usize) -> Vec<AuditEntry> {
    let mut log = staff::audit_log(db, 10_000).await.unwrap();
    log.truncate(log.len() - demo_lines);
    log
}

async fn operator(db: &Db, email: &str, desk: &str) -> i64 {
    create_account(db, email, "Operatore", Role::Operator, PASSWORD, &[desk.to_owned()], &Actor::command(NOW)).await.unwrap()
}

/// A booking (and so a dossier) at `desk`.
async fn book(db: &Db, desk: &str, key: &str) -> i64 {
    let stored = desks::by_slug(db, desk).await.unwrap().unwrap();
    let dossier = NewDossier { draft: None, filled_by: FilledBy::Person, note: None, channel: Channel::Online, recorded_by: None };
    let made = bookings::create(
        db,
        &NewBooking {
            request_key: key,
            code: common::code_for(key),
            desk_id: stored.id,
            service: "home-care",
            starts_at: Some(LocalDateTime { date: Date::parse("2027-03-02").unwrap(), time: Time(9 * 60) }),
            capacity: 1,
            name: "M. R.",
            contact: None,
            language: "ar",
            pin_hash: "x",
            now: NOW,
            dossier: &dossier,
            helper: None,
        },
    )
    .await
    .unwrap();
    dossiers::by_booking(db, made.booking.id).await.unwrap().unwrap().id
}

async fn accounts_refuse_weak_passwords_and_duplicates(db: &Db) {
    let demo_lines = demo_network(db).await;
    let weak = create_account(db, "a@comune.it", "A", Role::Administrator, "password1234", &[], &Actor::command(NOW)).await;
    assert!(matches!(weak, Err(AccountError::Password(PasswordProblem::TooCommon))), "{weak:?}");
    let short = create_account(db, "a@comune.it", "A", Role::Administrator, "short", &[], &Actor::command(NOW)).await;
    assert!(matches!(short, Err(AccountError::Password(PasswordProblem::TooShort))), "{short:?}");
    let long_name = create_account(db, "n@comune.it", &"N".repeat(101), Role::Administrator, PASSWORD, &[], &Actor::command(NOW)).await;
    assert!(matches!(long_name, Err(AccountError::NameTooLong)), "{long_name:?}");
    let long_email = format!("{}@comune.it", "e".repeat(250));
    let long_email = create_account(db, &long_email, "E", Role::Administrator, PASSWORD, &[], &Actor::command(NOW)).await;
    assert!(matches!(long_email, Err(AccountError::Email(_))), "{long_email:?}");
    let deskless = create_account(db, "o@comune.it", "O", Role::Operator, PASSWORD, &[], &Actor::command(NOW)).await;
    assert!(matches!(deskless, Err(AccountError::NoDesk)), "{deskless:?}");
    create_account(db, " Anna@Comune.IT ", "Anna", Role::Administrator, PASSWORD, &[], &Actor::command(NOW)).await.unwrap();
    let again = create_account(db, "anna@comune.it", "Anna", Role::Administrator, PASSWORD, &[], &Actor::command(NOW)).await;
    assert!(matches!(again, Err(AccountError::Repo(server::repo::RepoError::Duplicate(_)))), "{again:?}");
    // Only the account made is in the audit log, with who made it, from where.
    let log = own_log(db, demo_lines).await;
    let anna = staff::by_email(db, "anna@comune.it").await.unwrap().unwrap().id;
    let lines: Vec<(Option<i64>, &str, &str)> = log.iter().map(|e| (e.staff_id, e.action.as_str(), e.address.as_str())).collect();
    assert_eq!(lines, [(None, format!("account-created:{anna}").as_str(), "command line")]);
    let by_anna = Actor { staff_id: Some(anna), address: "10.0.0.4", at: NOW };
    let made = create_account(db, "bruno@comune.it", "Bruno", Role::Mediator, PASSWORD, &[], &by_anna).await.unwrap();
    let newest = staff::audit_log(db, 1).await.unwrap().remove(0);
    assert_eq!((newest.staff_id, newest.action, newest.address), (Some(anna), format!("account-created:{made}"), "10.0.0.4".to_owned()));
    let stored = staff::by_email(db, "anna@comune.it").await.unwrap().unwrap();
    assert!(stored.password_hash.starts_with("$argon2id$"), "argon2id, never the password");
    // Anna and Bruno, beside the demo network's mediators (each wrote two lines: its account and its languages and presence).
    let demo_mediators = demo_lines as i64 / 2;
    assert_eq!(staff::count(db).await.unwrap(), demo_mediators + 2);
}

/// A person's device at `ip`.
fn from(ip: &str) -> ClientAddress {
    ClientAddress(ip.parse().unwrap())
}

async fn sign_in_never_says_whether_an_account_exists_and_is_rate_limited(db: &Db) {
    let demo_lines = demo_network(db).await;
    let id = operator(db, "op@comune.it", "sportello-sociale-dalmine").await;
    let unknown = sign_in(db, "nobody@comune.it", PASSWORD, &from("10.0.0.1"), NOW).await;
    let wrong = sign_in(db, "op@comune.it", "not the password", &from("10.0.0.1"), NOW).await;
    assert!(matches!(unknown, Err(SignInError::Refused)) && matches!(wrong, Err(SignInError::Refused)));
    let (token, who) = sign_in(db, "OP@comune.it", PASSWORD, &from("10.0.0.1"), NOW).await.unwrap();
    assert_eq!(who.role, Role::Operator);
    let cookie = format!("ponte-staff={token}");
    assert_eq!(session_of(db, &cookie, false, NOW + 60).await.unwrap().map(|s| (s.staff.id, s.verified)), Some((who.id, false)));
    assert_eq!(current(db, &cookie, false, NOW + 60).await.unwrap(), None, "the password alone opens nothing");
    // Four more failures on the account (five in all): even the right password waits.
    for _ in 0..4 {
        let _ = sign_in(db, "op@comune.it", "still wrong", &from("10.0.0.2"), NOW).await;
    }
    let blocked = sign_in(db, "op@comune.it", PASSWORD, &from("10.0.0.3"), NOW).await;
    assert!(matches!(blocked, Err(SignInError::TooMany)), "{blocked:?}");

    // Every attempt checked is in the audit log, with the account when it exists; the one
    // past the limit was not checked and is not there.
    let mut log = own_log(db, demo_lines).await;
    log.reverse();
    let lines: Vec<(Option<i64>, &str, &str)> =
        log.iter().map(|e| (e.staff_id, e.action.as_str(), e.address.as_str())).collect();
    let created = format!("account-created:{id}");
    let mut expected = vec![
        // Made on the command line: no account did it.
        (None, created.as_str(), "command line"),
        (None, "sign-in-refused", "10.0.0.1"),
        (Some(who.id), "sign-in-refused", "10.0.0.1"),
        (Some(who.id), "sign-in", "10.0.0.1"),
    ];
    expected.extend([(Some(who.id), "sign-in-refused", "10.0.0.2"); 4]);
    assert_eq!(lines, expected);
}

/// The code an app with `secret` shows at `t`.
fn app_code(secret: &[u8], t: i64) -> String {
    format!("{:06}", totp::code(secret, totp::step_of(t), totp::DIGITS))
}

async fn the_second_factor_is_enrolled_once_and_each_code_works_once(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let id = operator(db, "op@comune.it", "sportello-sociale-dalmine").await;
    let here = from("10.0.0.1");
    let signed_in = |t: i64| async move { sign_in(db, "op@comune.it", PASSWORD, &from("10.0.0.1"), t).await.unwrap() };
    let (token, me) = signed_in(NOW).await;
    let cookie = format!("ponte-staff={token}");

    // Enrolment: the secret offered stays the same however often the page is opened.
    let enrolment = second_factor::enrolment(db, &me).await.unwrap();
    let me_again = staff::by_email(db, "op@comune.it").await.unwrap().unwrap();
    assert_eq!(second_factor::enrolment(db, &me_again).await.unwrap(), enrolment);
    assert!(enrolment.uri.starts_with("otpauth://totp/Ponte:op@comune.it?secret="), "{}", enrolment.uri);
    let secret = totp::from_base32(&enrolment.secret).unwrap();
    assert_eq!(secret.len(), totp::SECRET_BYTES);
    let right = app_code(&secret, NOW);
    let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
    let refused = verify(db, &me_again, &wrong, &token, &here, NOW).await;
    assert!(matches!(refused, Err(SecondFactorError::Refused)), "{refused:?}");
    assert_eq!(current(db, &cookie, false, NOW).await.unwrap(), None);
    let Ok(Passed::Enrolled { recovery_codes }) = verify(db, &me_again, &right, &token, &here, NOW).await else {
        panic!("the right code enrols")
    };
    assert_eq!(recovery_codes.len(), second_factor::RECOVERY_CODES);
    assert_eq!(current(db, &cookie, false, NOW + 1).await.unwrap().map(|s| s.id), Some(id), "now signed in");

    // The next sign-in: the code already used is refused, the next one is taken.
    let (token, me) = signed_in(NOW + 5).await;
    assert!(me.second_factor.enrolled);
    let replayed = verify(db, &me, &right, &token, &here, NOW + 5).await;
    assert!(matches!(replayed, Err(SecondFactorError::Refused)), "a code works once: {replayed:?}");
    assert_eq!(verify(db, &me, &app_code(&secret, NOW + 30), &token, &here, NOW + 35).await.unwrap(), Passed::Verified);
    // Another instance that read the account before that code was used cannot take it again.
    let (other_token, _) = signed_in(NOW + 36).await;
    let stale = verify(db, &me, &app_code(&secret, NOW + 30), &other_token, &here, NOW + 36).await;
    assert!(matches!(stale, Err(SecondFactorError::Refused)), "{stale:?}");

    // A recovery code, however typed, works once.
    let (token, me) = signed_in(NOW + 40).await;
    let typed = recovery_codes[0].to_uppercase().replace('-', " ");
    assert_eq!(verify(db, &me, &typed, &token, &here, NOW + 40).await.unwrap(), Passed::Verified);
    let (token, me) = signed_in(NOW + 45).await;
    let again = verify(db, &me, &recovery_codes[0], &token, &here, NOW + 45).await;
    assert!(matches!(again, Err(SecondFactorError::Refused)), "{again:?}");
    assert_eq!(staff::recovery_codes_left(db, id).await.unwrap(), 9);

    let mut log = staff::audit_log(db, 30).await.unwrap();
    log.reverse();
    let second_factor_lines: Vec<&str> =
        log.iter().map(|e| e.action.as_str()).filter(|a| a.contains("second-factor") || a.contains("recovery")).collect();
    assert_eq!(
        second_factor_lines,
        [
            "second-factor-refused",
            "second-factor-enrolled",
            "second-factor-refused",
            "second-factor",
            "second-factor-refused",
            "recovery-code-used",
            "second-factor-refused"
        ]
    );

    // A reset (a lost phone) clears the app and the codes: the next sign-in enrols again.
    reset_password(db, id, &Actor::command(NOW + 50)).await.unwrap();
    let reset = staff::by_email(db, "op@comune.it").await.unwrap().unwrap();
    assert_eq!(reset.second_factor, staff::SecondFactor::default());
    assert_eq!(staff::recovery_codes_left(db, id).await.unwrap(), 0);
}

async fn a_burst_of_guesses_is_counted_before_any_password_is_checked(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    operator(db, "op@comune.it", "sportello-sociale-dalmine").await;
    // Twenty guesses at once, from twenty addresses: the limit per account holds however many
    // are under way together, because each is counted before its password is checked.
    let guesses = (0..20).map(|i| {
        let address = from(&format!("10.0.1.{i}"));
        async move { sign_in(db, "op@comune.it", "a guess", &address, NOW).await }
    });
    let results = futures::future::join_all(guesses).await;
    let checked = results.iter().filter(|r| matches!(r, Err(SignInError::Refused))).count();
    let too_many = results.iter().filter(|r| matches!(r, Err(SignInError::TooMany))).count();
    assert_eq!((checked, too_many), (5, 15), "{results:?}");
    let log = staff::audit_log(db, 50).await.unwrap();
    let sign_ins = log.iter().filter(|e| e.action.starts_with("sign-in")).count();
    assert_eq!(sign_ins, 5, "only the checked attempts are audited");
    // The lockout is in the database: another server on it (here: the same calls) sees it.
    let later = sign_in(db, "op@comune.it", PASSWORD, &from("10.0.2.1"), NOW + 60).await;
    assert!(matches!(later, Err(SignInError::TooMany)), "{later:?}");
    // It ends with its window.
    assert!(sign_in(db, "op@comune.it", PASSWORD, &from("10.0.2.1"), NOW + 15 * 60 + 1).await.is_ok());
}

async fn sessions_end_when_idle_after_twelve_hours_and_at_sign_out(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let id = operator(db, "op@comune.it", "sportello-sociale-dalmine").await;
    let limits = SessionLimits::STAFF;
    staff::open_session(db, "busy", id, NOW).await.unwrap();
    // Used every 20 minutes: alive for 12 hours, then over however busy.
    let mut t = NOW;
    while t + 20 * 60 < NOW + limits.absolute {
        t += 20 * 60;
        assert!(staff::session_staff(db, "busy", t, limits).await.unwrap().is_some(), "alive at +{}s", t - NOW);
    }
    assert!(staff::session_staff(db, "busy", NOW + limits.absolute, limits).await.unwrap().is_none());
    assert!(staff::session_staff(db, "busy", NOW + 60, limits).await.unwrap().is_none(), "an ended session stays ended");

    staff::open_session(db, "idle", id, NOW).await.unwrap();
    assert!(staff::session_staff(db, "idle", NOW + limits.idle - 1, limits).await.unwrap().is_some());
    assert!(staff::session_staff(db, "idle", NOW + 2 * limits.idle, limits).await.unwrap().is_none(), "30 minutes idle");

    let (token, _) = sign_in(db, "op@comune.it", PASSWORD, &from("10.0.0.1"), NOW).await.unwrap();
    let cookie = format!("ponte-staff={token}");
    sign_out(db, &cookie, false).await.unwrap();
    assert!(current(db, &cookie, false, NOW + 1).await.unwrap().is_none(), "signed out");
}

async fn operators_read_only_their_desks_dossiers(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let dalmine = operator(db, "dalmine@comune.it", "sportello-sociale-dalmine").await;
    let zanica = operator(db, "zanica@comune.it", "sportello-sociale-zanica").await;
    let admin = create_account(db, "admin@ambito.it", "Admin", Role::Administrator, PASSWORD, &[], &Actor::command(NOW)).await.unwrap();
    let ours = book(db, "sportello-sociale-dalmine", "aaaa1111").await;
    let theirs = book(db, "sportello-sociale-zanica", "bbbb2222").await;

    let listed: Vec<i64> = dossiers::for_staff(db, dalmine).await.unwrap().iter().map(|d| d.id).collect();
    assert_eq!(listed, [ours]);
    assert!(dossiers::get_for_staff(db, dalmine, ours).await.unwrap().is_some());
    assert!(dossiers::get_for_staff(db, dalmine, theirs).await.unwrap().is_none(), "another desk's dossier by id");
    assert!(dossiers::for_staff(db, admin).await.unwrap().is_empty(), "administrators run the network, not cases");

    let decision = Decision {
        status: Status::DocumentsMissing,
        missing: vec!["isee".into()],
        referral: None,
        outcome: None,
        note: None,
    };
    let audit = |who: i64| AuditEntry {
        at: NOW,
        staff_id: Some(who),
        action: "status:documents-missing".into(),
        dossier_id: Some(theirs),
        address: "10.0.0.1".into(),
    };
    assert!(!dossiers::decide(db, dalmine, theirs, &decision, &audit(dalmine)).await.unwrap(), "cannot change another desk's");
    assert!(dossiers::decide(db, zanica, theirs, &decision, &audit(zanica)).await.unwrap());
    let log = staff::audit_log(db, 10).await.unwrap();
    let changes: Vec<&AuditEntry> = log.iter().filter(|e| e.dossier_id.is_some()).collect();
    assert_eq!(changes, [&audit(zanica)], "the change is logged with it, the refused attempt changes nothing");
    let changed = dossiers::get_for_staff(db, zanica, theirs).await.unwrap().unwrap();
    assert_eq!((changed.status, changed.missing, changed.claimed_by), (Status::DocumentsMissing, vec!["isee".to_owned()], Some(zanica)));
}

async fn a_referral_names_a_service_and_a_desk_and_closing_keeps_its_outcome(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let zanica = operator(db, "zanica@comune.it", "sportello-sociale-zanica").await;
    let id = book(db, "sportello-sociale-zanica", "dddd4444").await;
    let audit = |action: &str| AuditEntry {
        at: NOW,
        staff_id: Some(zanica),
        action: action.into(),
        dossier_id: Some(id),
        address: "10.0.0.1".into(),
    };
    let referred = DecisionForm {
        status: "referred".into(),
        referred_service: "home-care".into(),
        referred_desk: "sportello-sociale-dalmine".into(),
        ..DecisionForm::default()
    };
    let decision = referred.decide().unwrap();
    assert!(dossiers::decide(db, zanica, id, &decision, &audit("status:referred")).await.unwrap());
    let d = dossiers::get_for_staff(db, zanica, id).await.unwrap().unwrap();
    let dalmine = desks::by_slug(db, "sportello-sociale-dalmine").await.unwrap().unwrap().id;
    assert_eq!((d.status, d.referral), (Status::Referred, Some(("home-care".to_owned(), Some(dalmine)))));

    let closed = DecisionForm { status: "closed".into(), outcome: "not-eligible".into(), ..referred };
    assert!(dossiers::decide(db, zanica, id, &closed.decide().unwrap(), &audit("status:closed")).await.unwrap());
    let d = dossiers::get_for_staff(db, zanica, id).await.unwrap().unwrap();
    assert_eq!((d.status, d.outcome, d.referral), (Status::Closed, Some(Outcome::NotEligible), None), "the referral went with the status");
}

async fn the_audit_log_only_grows(db: &Db) {
    let demo_lines = demo_network(db).await;
    let id = operator(db, "op@comune.it", "sportello-sociale-dalmine").await;
    let dossier = book(db, "sportello-sociale-dalmine", "cccc3333").await;
    let entry =
        AuditEntry { at: NOW, staff_id: Some(id), action: "view".into(), dossier_id: Some(dossier), address: "10.0.0.9".into() };
    staff::audit(db, &entry).await.unwrap();
    assert_eq!(staff::audit_log(db, 10).await.unwrap().first(), Some(&entry));
    let change = db.sql("UPDATE audit_log SET action = 'nothing'");
    let erase = db.sql("DELETE FROM audit_log");
    match db {
        Db::Sqlite(pool) => {
            assert!(sqlx::query(&change).execute(pool).await.is_err());
            assert!(sqlx::query(&erase).execute(pool).await.is_err());
        }
        Db::Postgres(pool) => {
            assert!(sqlx::query(&change).execute(pool).await.is_err());
            assert!(sqlx::query(&erase).execute(pool).await.is_err());
            assert!(sqlx::query("TRUNCATE audit_log").execute(pool).await.is_err(), "not even the owner empties it");
        }
    }
    // The account's creation and the view are still there.
    assert_eq!(own_log(db, demo_lines).await.len(), 2);
}

on_both_backends!(
    accounts_refuse_weak_passwords_and_duplicates,
    sign_in_never_says_whether_an_account_exists_and_is_rate_limited,
    the_second_factor_is_enrolled_once_and_each_code_works_once,
    a_burst_of_guesses_is_counted_before_any_password_is_checked,
    sessions_end_when_idle_after_twelve_hours_and_at_sign_out,
    operators_read_only_their_desks_dossiers,
    a_referral_names_a_service_and_a_desk_and_closing_keeps_its_outcome,
    the_audit_log_only_grows,
);
