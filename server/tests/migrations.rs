//! Upgrading keeps what people saved: bookings made before requests without an appointment
//! existed (migration 0005 rebuilds the SQLite table) keep their time, seat, dossier and audit
//! trail, on SQLite and on PostgreSQL; after the upgrade a request without a time can be saved.
//! And the two backends' migrations, written twice, end in the same tables and columns.

mod common;

use common::TestDb;
use domain::{
    calendar::{Date, LocalDateTime, Time},
    dossier::{Channel, FilledBy, Status},
};
use server::{
    db::Db,
    demo, on_db,
    repo::{
        bookings::{self, NewBooking},
        desks,
        dossiers::{self, NewDossier},
        municipalities,
        staff::{self, AuditEntry},
    },
};

const NOW: i64 = 1_800_000_000;

/// The migrations of a backend named up to `last` (in file-name order), in a folder of their own.
fn migrations_up_to(backend: &str, last: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
    for entry in std::fs::read_dir(&source).unwrap() {
        let name = entry.unwrap().file_name();
        if name.to_str().is_some_and(|n| n <= last) {
            std::fs::copy(source.join(&name), dir.path().join(&name)).unwrap();
        }
    }
    dir
}

/// A booking and its dossier as a server of the 0004 schema wrote them (its columns only:
/// today's repository writes columns of later migrations); gives the booking's id and code.
async fn old_booking(db: &Db, key: &str, starts_at: LocalDateTime) -> (i64, domain::booking::BookingCode) {
    // Found by name only: the full desk reads tables that older schemas do not have.
    let (desk_id, _, _) = desks::names(db).await.unwrap().into_iter().find(|(_, slug, _)| slug == "sportello-sociale-dalmine").unwrap();
    let code = common::code_for(key);
    let booking = db.sql(
        "INSERT INTO bookings (code, request_key, desk_id, service, starts_at, seat, name, contact, language, pin_hash, created_at) \
         VALUES (?, ?, ?, 'home-care', ?, 1, 'M. R.', '3331234567', 'ar', 'x', ?) RETURNING id",
    ).into_owned();
    let dossier = db.sql(
        "INSERT INTO dossiers (booking_id, desk_id, service, answers, have, note, filled_by, language, consent_at, created_at, updated_at) \
         VALUES (?, ?, 'home-care', '{}', '[]', 'مرحبا', 'relative', 'ar', ?, ?, ?)",
    ).into_owned();
    let id: i64 = on_db!(db, pool => {
        let id: i64 = sqlx::query_scalar(&booking).bind(code.as_str()).bind(key).bind(desk_id).bind(starts_at.to_string()).bind(NOW)
            .fetch_one(pool).await.unwrap();
        sqlx::query(&dossier).bind(id).bind(desk_id).bind(NOW).bind(NOW).bind(NOW).execute(pool).await.unwrap();
        id
    });
    (id, code)
}

/// A request without a time, booked with today's repository.
async fn request(db: &Db, key: &str) -> bookings::Booking {
    let (desk_id, _, _) = desks::names(db).await.unwrap().into_iter().find(|(_, slug, _)| slug == "sportello-sociale-dalmine").unwrap();
    let dossier = NewDossier { draft: None, filled_by: FilledBy::Relative, note: Some("مرحبا".into()), channel: Channel::Online, recorded_by: None };
    let made = bookings::create(
        db,
        &NewBooking {
            request_key: key,
            code: common::code_for(key),
            desk_id,
            service: "home-care",
            starts_at: None,
            capacity: 1,
            name: "M. R.",
            contact: Some("3331234567"),
            language: "ar",
            pin_hash: "x",
            now: NOW,
            dossier: &dossier,
            helper: None,
        },
    )
    .await
    .unwrap();
    made.booking
}

async fn an_upgrade_keeps_every_booking_and_its_dossier(t: &TestDb, backend: &str) {
    let db = &t.db;
    let before = migrations_up_to(backend, "0004_~");
    let migrator = sqlx::migrate::Migrator::new(before.path()).await.unwrap();
    assert_eq!(migrator.iter().count(), 4);
    on_db!(db, pool => migrator.run(pool).await.unwrap());
    // Today's writers of the directory count its versions in a table of a later migration,
    // written so that it may find the table already there.
    let versions = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("migrations/{backend}/0011_directory_version.sql"));
    let versions = std::fs::read_to_string(versions).unwrap();
    on_db!(db, pool => { sqlx::raw_sql(&versions).execute(pool).await.unwrap(); });
    // The demo network as a database of that time could hold it: no territorial competence.
    municipalities::insert_all(db, &demo::demo_municipalities(), true).await.unwrap();
    let then: Vec<_> = demo::demo_desks().into_iter().map(|d| desks::Desk { serves: Vec::new(), ..d }).collect();
    desks::insert_all(db, &then, true).await.unwrap();
    let at = LocalDateTime { date: Date::parse("2027-03-02").unwrap(), time: Time(9 * 60) };
    let (old_id, old_code) = old_booking(db, "acdefghj", at).await;
    let old_dossier: i64 = {
        let sql = db.sql("SELECT id FROM dossiers WHERE booking_id = ?").into_owned();
        on_db!(db, pool => sqlx::query_scalar(&sql).bind(old_id).fetch_one(pool).await.unwrap())
    };
    let entry = |action: &str| AuditEntry {
        at: NOW,
        staff_id: None,
        action: action.into(),
        dossier_id: Some(old_dossier),
        address: "10.0.0.1".into(),
    };
    staff::audit(db, &entry("view")).await.unwrap();

    db.migrate().await.unwrap();

    let old = bookings::by_code(db, &old_code).await.unwrap().expect("the booking is still there");
    assert_eq!(
        (old.id, old.starts_at, old.name.as_deref(), old.contact.as_deref(), old.language.as_str(), old.status),
        (old_id, Some(at), Some("M. R."), Some("3331234567"), "ar", bookings::Status::Booked),
        "the booking as it was"
    );
    assert_eq!(bookings::count_at(db, old.desk_id, "home-care", at).await.unwrap(), 1, "its seat still taken");
    let dossier = dossiers::by_booking(db, old.id).await.unwrap().expect("its dossier is still there");
    assert_eq!(
        (dossier.id, dossier.filled_by, dossier.note.as_deref(), dossier.status, dossier.channel, dossier.recorded_by),
        (old_dossier, FilledBy::Relative, Some("مرحبا"), Status::Received, Channel::Online, None),
        "its dossier as it was, come online (the only way there was)"
    );
    let log = staff::audit_log(db, 10).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].action.as_str(), log[0].dossier_id), ("view", Some(old_dossier)));
    // Each Sportello Sociale now serves the residents of its own municipality.
    let desk = desks::by_id(db, old.desk_id).await.unwrap().unwrap();
    assert_eq!((desk.desk.kind.as_str(), desk.desk.serves.clone()), ("sportello-sociale", vec![desk.desk.municipality.clone()]));
    let caf = desks::by_slug(db, "caf-acli-dalmine").await.unwrap().unwrap();
    assert!(caf.desk.serves.is_empty(), "others serve anyone");
    // The same slot cannot be booked twice after the upgrade either.
    let twice = bookings::create(
        db,
        &NewBooking {
            request_key: "other",
            code: common::code("CDEFGHJK"),
            desk_id: old.desk_id,
            service: "home-care",
            starts_at: Some(at),
            capacity: 1,
            name: "A. B.",
            contact: None,
            language: "it",
            pin_hash: "x",
            now: NOW,
            dossier: &NewDossier { draft: None, filled_by: FilledBy::Person, note: None, channel: Channel::Online, recorded_by: None },
            helper: None,
        },
    )
    .await;
    assert!(matches!(twice, Err(bookings::BookError::SlotTaken)), "{twice:?}");
    // And a request without a time now fits.
    let request = request(db, "defghjkm").await;
    assert_eq!(request.starts_at, None);
    let dossier = dossiers::by_booking(db, request.id).await.unwrap().unwrap();
    assert_eq!((dossier.status, dossier.starts_at), (Status::Received, None));
}

#[tokio::test]
async fn sqlite() {
    let t = common::sqlite_without_schema().await;
    an_upgrade_keeps_every_booking_and_its_dossier(&t, "sqlite").await;
    t.cleanup().await;
}

#[tokio::test]
#[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
async fn postgres() {
    let t = common::postgres_without_schema().await;
    an_upgrade_keeps_every_booking_and_its_dossier(&t, "postgres").await;
    t.cleanup().await;
}

/// Every table and its columns, as the backend's catalogue lists them (sqlx's own table aside).
async fn tables_and_columns(db: &Db) -> std::collections::BTreeMap<String, Vec<String>> {
    let rows: Vec<(String, String)> = match db {
        Db::Sqlite(pool) => sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
        Db::Postgres(pool) => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    let mut tables = std::collections::BTreeMap::<String, Vec<String>>::new();
    for (table, column) in rows {
        tables.entry(table).or_default().push(column);
    }
    tables.values_mut().for_each(|columns| columns.sort());
    tables
}

#[tokio::test]
#[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
async fn both_backends_end_in_the_same_schema() {
    let (lite, pg) = (common::sqlite().await, common::postgres().await);
    let (on_sqlite, on_postgres) = (tables_and_columns(&lite.db).await, tables_and_columns(&pg.db).await);
    assert!(on_sqlite.len() >= 8, "the schema is read: {on_sqlite:?}");
    assert_eq!(on_sqlite, on_postgres);
    lite.cleanup().await;
    pg.cleanup().await;
}

/// An instance that may not change the schema (`PONTE_MIGRATE=false`) refuses to start on a
/// database that is behind, saying what to run, and starts on one that is up to date.
async fn a_schema_behind_is_named_not_used(t: &TestDb) {
    let behind = t.db.check_schema().await.unwrap_err();
    assert!(behind.to_string().contains("server migrate"), "{behind}");
    t.db.migrate().await.unwrap();
    t.db.check_schema().await.unwrap();
}

#[tokio::test]
async fn a_schema_behind_is_named_not_used_sqlite() {
    let t = common::sqlite_without_schema().await;
    a_schema_behind_is_named_not_used(&t).await;
    t.cleanup().await;
}

#[tokio::test]
#[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set PONTE_TEST_POSTGRES_URL to run it")]
async fn a_schema_behind_is_named_not_used_postgres() {
    let t = common::postgres_without_schema().await;
    a_schema_behind_is_named_not_used(&t).await;
    t.cleanup().await;
}
