//! Repository tests: the same assertions on SQLite and on PostgreSQL.

mod common;

use domain::calendar::Weekday;
use server::{
    db::Db,
    demo,
    desk_index::{DeskIndex, SearchFilter},
    hsds,
    repo::{desks, municipalities, municipalities::Municipality, RepoError},
    sessions::Store,
};
use tower_sessions::{
    cookie::time::{Duration, OffsetDateTime},
    session::{Id, Record},
    session_store::SessionStore,
};

fn town(code: &str, name: &str, postcode: &str) -> Municipality {
    Municipality {
        istat_code: code.into(),
        name: name.into(),
        province: "BG".into(),
        postcode: postcode.into(),
        latitude: 45.65,
        longitude: 9.6,
    }
}

async fn municipalities_are_listed_by_name(db: &Db) {
    municipalities::insert(db, &town("2", "Zanica", "24050"), false).await.unwrap();
    municipalities::insert(db, &town("1", "Curno", "24035"), false).await.unwrap();
    let names: Vec<_> = municipalities::list(db).await.unwrap().into_iter().map(|m| m.name).collect();
    assert_eq!(names, ["Curno", "Zanica"]);
    let curno = &municipalities::list(db).await.unwrap()[0];
    assert_eq!(curno, &town("1", "Curno", "24035"));
}

async fn the_same_municipality_twice_is_refused_cleanly(db: &Db) {
    municipalities::insert(db, &town("1", "Curno", "24035"), false).await.unwrap();
    let again = municipalities::insert(db, &town("1", "Curno bis", "24035"), false).await;
    assert!(matches!(again, Err(RepoError::Duplicate("municipality"))), "{again:?}");
    assert_eq!(municipalities::count(db).await.unwrap(), 1);
}

async fn a_failed_batch_inserts_nothing(db: &Db) {
    let batch = [town("1", "Curno", "24035"), town("2", "Mozzo", "24030"), town("1", "Curno", "24035")];
    assert!(municipalities::insert_all(db, &batch, false).await.is_err());
    assert_eq!(municipalities::count(db).await.unwrap(), 0, "all or nothing");
}

async fn villages_sharing_a_postcode_are_all_found(db: &Db) {
    let batch = [town("1", "Levate", "24040"), town("2", "Boltiere", "24040"), town("3", "Curno", "24035")];
    municipalities::insert_all(db, &batch, false).await.unwrap();
    let found: Vec<_> =
        municipalities::by_postcode(db, "24040").await.unwrap().into_iter().map(|m| m.name).collect();
    assert_eq!(found, ["Boltiere", "Levate"]);
    assert!(municipalities::by_postcode(db, "00000").await.unwrap().is_empty());
}

async fn demo_data_loads_once_into_an_empty_database(db: &Db) {
    assert!(demo::load_if_empty(db).await.unwrap());
    let all = municipalities::list(db).await.unwrap();
    assert_eq!(all.len(), 17, "the 17 municipalities of the Ambito di Dalmine");
    assert!(all.iter().any(|m| m.name == "Dalmine" && m.postcode == "24044"));
    assert!(!demo::load_if_empty(db).await.unwrap(), "never loaded twice");
    assert_eq!(municipalities::count(db).await.unwrap(), 17);
}

async fn desks_are_stored_with_everything_about_them(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let expected = demo::demo_desks();
    assert_eq!(desks::count(db).await.unwrap(), expected.len() as i64);
    for want in &expected {
        let got = desks::by_slug(db, &want.slug).await.unwrap().expect("stored");
        assert_eq!(&got.desk, want);
        assert_eq!(desks::by_id(db, got.id).await.unwrap().map(|d| d.desk.slug), Some(want.slug.clone()));
    }
}

/// The search's filters, applied to the index of what the database holds, pick exactly the
/// desks the desk data says.
async fn the_search_filters_as_the_desk_data_says(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let directory = DeskIndex::default().snapshot(db).await.unwrap();
    let all = demo::demo_desks();
    let service = all[0].services[0].service.clone();
    let filters = [
        SearchFilter { service: &service, language: None, weekday: None, step_free: false, resident_of: None },
        SearchFilter { service: &service, language: Some("ar"), weekday: None, step_free: false, resident_of: None },
        SearchFilter { service: &service, language: None, weekday: Some(Weekday::Fri), step_free: false, resident_of: None },
        SearchFilter { service: &service, language: Some("en"), weekday: Some(Weekday::Thu), step_free: true, resident_of: None },
    ];
    let mut sizes = Vec::new();
    for filter in filters {
        let mut want: Vec<_> = all
            .iter()
            .filter(|d| d.service(filter.service).is_some())
            .filter(|d| filter.language.is_none_or(|l| d.languages.iter().any(|x| x.code == l)))
            .filter(|d| filter.weekday.is_none_or(|w| d.hours.weekly.iter().any(|o| o.weekday == w)))
            .filter(|d| !filter.step_free || d.access.step_free == Some(true))
            .map(|d| d.slug.clone())
            .collect();
        want.sort();
        let found = directory.candidates(&filter);
        let ids: Vec<i64> = found.iter().map(|c| c.id).collect();
        let loaded = directory.by_ids(&ids);
        assert_eq!(loaded.iter().map(|s| s.id).collect::<Vec<_>>(), ids, "details come back in the order asked");
        let mut got: Vec<_> = loaded.into_iter().map(|s| s.desk.slug.clone()).collect();
        got.sort();
        assert_eq!(got, want, "{filter:?}");
        sizes.push(want.len());
    }
    assert!(sizes[1..].iter().all(|n| *n > 0 && *n < sizes[0]), "each filter narrows the list: {sizes:?}");
    let spoken: std::collections::BTreeSet<_> = all
        .iter()
        .filter(|d| d.service(&service).is_some())
        .flat_map(|d| d.languages.iter().map(|l| l.code.clone()))
        .collect();
    assert!(spoken.len() > 1);
    assert_eq!(directory.languages_for(&service), spoken.into_iter().collect::<Vec<_>>());
}

/// A region-sized search: every qualifying desk is counted, the nearest page is shown in order.
async fn the_search_shows_the_nearest_desks_first_and_counts_them_all(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let template = demo::demo_desks().into_iter().find(|d| d.slug == "pua-dalmine").unwrap();
    let service = template.services[0].service.clone();
    // The server's index, first loaded before the copies exist: it must see them afterwards.
    let index = DeskIndex::default();
    let query = |service: &str, municipality: Option<&str>| app::desks::DeskQuery {
        service: service.to_owned(),
        municipality: municipality.map(str::to_owned),
        ..Default::default()
    };
    let before = server::directory::search(db, &index, query(&service, Some("016091"))).await.unwrap().unwrap().total;
    // 45 copies on a line going north, farther and farther from Dalmine.
    let copies: Vec<_> = (0..45)
        .map(|i| desks::Desk {
            slug: format!("copy-{i}"),
            location: domain::desks::Point { latitude: 45.7 + f64::from(i) * 0.01, longitude: 9.6 },
            ..template.clone()
        })
        .collect();
    desks::insert_all(db, &copies, false).await.unwrap();
    // Searched from a municipality just south of the line, north of every demo desk.
    let north = server::repo::municipalities::Municipality {
        istat_code: "999001".into(),
        name: "Nord".into(),
        province: "BG".into(),
        postcode: "24999".into(),
        latitude: 45.69,
        longitude: 9.6,
    };
    server::repo::municipalities::insert(db, &north, false).await.unwrap();
    let found_service = service.clone();
    let found = server::directory::search(db, &index, query(&service, Some(&north.istat_code))).await.unwrap().expect("a known service");
    let already = demo::demo_desks().iter().filter(|d| d.service(&found_service).is_some()).count();
    assert_eq!(found.total, already + 45, "the demo desks and the 45 copies");
    assert_eq!(before, already, "before the copies");
    assert_eq!(found.desks.len(), server::directory::DESKS_SHOWN);
    let distances: Vec<f64> = found.desks.iter().map(|d| d.distance_km.expect("a place was given")).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "nearest first: {distances:?}");
    let slugs: Vec<_> = found.desks.iter().map(|d| d.slug.as_str()).collect();
    assert_eq!(&slugs[..3], ["copy-0", "copy-1", "copy-2"]);
    assert!(!slugs.contains(&"copy-44"), "the farthest are left for a narrower search");
}

/// Territorial competence: searching from a municipality lists first the desks that serve its
/// residents (its own Sportello Sociale, and any other desk that serves it, even far away),
/// each saying so; then the others, nearest first. Desks that serve no one in particular (a
/// CAF) are never marked.
async fn the_desks_serving_where_the_person_lives_come_first(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let lallio = "016122";
    let own = desks::by_slug(db, "sportello-sociale-lallio").await.unwrap().unwrap();
    assert_eq!(own.desk.serves, [lallio], "stored and read back");
    let far = desks::Desk {
        slug: "polo-lontano".into(),
        serves: vec![lallio.into(), "016091".into()],
        location: domain::desks::Point { latitude: 46.4, longitude: 9.6 },
        ..own.desk.clone()
    };
    desks::insert_all(db, &[far], false).await.unwrap();
    let query = app::desks::DeskQuery { service: "home-care".into(), municipality: Some(lallio.into()), ..Default::default() };
    let found = server::directory::search(db, &DeskIndex::default(), query).await.unwrap().expect("a known service");
    let shown: Vec<(&str, Option<&str>)> = found.desks.iter().map(|d| (d.slug.as_str(), d.serves.as_deref())).collect();
    assert_eq!(&shown[..2], [("sportello-sociale-lallio", Some("Lallio")), ("polo-lontano", Some("Lallio"))]);
    assert!(shown[2..].iter().all(|(_, serves)| serves.is_none()), "{shown:?}");
    let distances: Vec<f64> = found.desks[2..].iter().map(|d| d.distance_km.unwrap()).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "then nearest first: {distances:?}");

    let open_to_all = app::desks::DeskQuery { service: "isee-help".into(), municipality: Some(lallio.into()), ..Default::default() };
    let found = server::directory::search(db, &DeskIndex::default(), open_to_all).await.unwrap().unwrap();
    assert!(!found.desks.is_empty() && found.desks.iter().all(|d| d.serves.is_none()), "a CAF serves everyone alike");
}

async fn an_hsds_import_is_all_or_nothing(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let before = desks::count(db).await.unwrap();
    let exported = hsds::export_json(db).await.unwrap();
    // Re-importing the export: the first desk already exists, so nothing at all is added.
    let again = hsds::import(db, &exported).await;
    assert!(matches!(again, Err(hsds::ImportError::Database(RepoError::Duplicate("desk")))), "{again:?}");
    assert_eq!(desks::count(db).await.unwrap(), before);
    // The same directory under new ids is imported whole.
    let renamed = exported.replace("\"id\": \"", "\"id\": \"new-");
    let added = hsds::import(db, &renamed).await.unwrap();
    assert_eq!(added as i64, before);
    assert_eq!(desks::count(db).await.unwrap(), before * 2);
    let copy = desks::by_slug(db, "new-pua-dalmine").await.unwrap().expect("imported");
    let original = desks::by_slug(db, "pua-dalmine").await.unwrap().unwrap();
    assert_eq!(copy.desk.hours, original.desk.hours);
    assert_eq!(copy.desk.services, original.desk.services);
}

async fn sessions_are_stored_in_the_database(db: &Db) {
    let store = Store::prepare(db, true).await.unwrap();
    let mut record = Record {
        id: Id::default(),
        data: [("lang".to_owned(), serde_json::json!("ar"))].into_iter().collect(),
        expiry_date: OffsetDateTime::now_utc() + Duration::minutes(30),
    };
    store.create(&mut record).await.unwrap();
    // A second store on the same database (another app instance) sees the session.
    let other_instance = Store::prepare(db, true).await.unwrap();
    let loaded = other_instance.load(&record.id).await.unwrap().expect("session found");
    assert_eq!(loaded.data, record.data);
    store.delete(&record.id).await.unwrap();
    assert!(other_instance.load(&record.id).await.unwrap().is_none());
}

async fn the_database_reports_itself_reachable(db: &Db) {
    assert!(db.is_reachable().await);
    db.close().await;
    assert!(!db.is_reachable().await);
}

/// A dossier's referral list offers the desks nearest to the desk that refers (a flat map
/// scaled at its latitude), not the whole network, plus the desk already chosen.
async fn the_referral_list_offers_the_nearest_desks(db: &Db) {
    demo::load_if_empty(db).await.unwrap();
    let template = demo::demo_desks().into_iter().find(|d| d.slug == "pua-dalmine").unwrap();
    let at = |slug: &str, latitude: f64, longitude: f64| desks::Desk {
        slug: slug.into(),
        name: slug.to_uppercase(),
        location: domain::desks::Point { latitude, longitude },
        ..template.clone()
    };
    // A line of desks going north from 47°N, far from the demo network (about 45.65°N), and
    // one 0.013° east of the first: about 1.0 km there, nearer than 0.01° north (1.1 km).
    let mut far_north: Vec<_> = (0..30).map(|i| at(&format!("north-{i:02}"), 47.0 + f64::from(i) * 0.01, 9.6)).collect();
    far_north.push(at("east", 47.0, 9.613));
    desks::insert_all(db, &far_north, false).await.unwrap();
    let from = desks::by_slug(db, "north-00").await.unwrap().unwrap().id;
    let slugs = |found: &[(i64, String, String)]| found.iter().map(|(_, s, _)| s.clone()).collect::<Vec<_>>();

    let two = desks::nearest_names(db, from, 2, None).await.unwrap();
    assert_eq!(slugs(&two), ["east", "north-00"], "by name; east is nearer than north-01 once longitude is scaled");
    let ten = desks::nearest_names(db, from, 10, None).await.unwrap();
    let mut want: Vec<String> = (0..9).map(|i| format!("north-{i:02}")).collect();
    want.insert(0, "east".into());
    assert_eq!(slugs(&ten), want);
    let dalmine = desks::by_slug(db, "pua-dalmine").await.unwrap().unwrap().id;
    let kept = desks::nearest_names(db, from, 10, Some(dalmine)).await.unwrap();
    assert_eq!(kept.len(), 11);
    assert!(kept.iter().any(|(id, _, _)| *id == dalmine), "the desk already chosen stays a choice");
    assert!(desks::nearest_names(db, -1, 10, None).await.unwrap().is_empty(), "no such desk");
}

on_both_backends!(
    municipalities_are_listed_by_name,
    the_same_municipality_twice_is_refused_cleanly,
    a_failed_batch_inserts_nothing,
    villages_sharing_a_postcode_are_all_found,
    demo_data_loads_once_into_an_empty_database,
    desks_are_stored_with_everything_about_them,
    the_search_filters_as_the_desk_data_says,
    the_search_shows_the_nearest_desks_first_and_counts_them_all,
    the_desks_serving_where_the_person_lives_come_first,
    the_referral_list_offers_the_nearest_desks,
    an_hsds_import_is_all_or_nothing,
    sessions_are_stored_in_the_database,
    the_database_reports_itself_reachable,
);
