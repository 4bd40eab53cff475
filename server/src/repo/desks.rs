//! The desk directory: desks, what they provide, languages, hours and closures.

use super::RepoError;
use crate::{
    db::{is_unique_violation, Db},
    on_db,
};
use domain::{
    calendar::{Time, Weekday},
    desks::{Access, Closure, DeskLanguage, Hours, Opening, Point, SlotRule},
};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use std::collections::HashMap;

/// A service as one desk provides it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeskService {
    pub service: String,
    #[serde(default = "yes")]
    pub bookable: bool,
    #[serde(default = "default_slot_minutes")]
    pub slot_minutes: u16,
    #[serde(default = "one")]
    pub capacity: u16,
}

fn yes() -> bool {
    true
}
fn default_slot_minutes() -> u16 {
    30
}
fn one() -> u16 {
    1
}
fn default_notice() -> i64 {
    24 * 60
}

/// A desk with everything about it, as stored and as imported or exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Desk {
    pub slug: String,
    pub name: String,
    /// A provider id of `content/providers.toml` (`sportello-sociale`, `centro-antiviolenza`, …).
    pub kind: String,
    /// ISTAT code of the municipality.
    pub municipality: String,
    pub address: String,
    pub postcode: String,
    pub location: Point,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub access: Access,
    #[serde(default)]
    pub hours: Hours,
    #[serde(default = "default_notice")]
    pub min_notice_minutes: i64,
    #[serde(default)]
    pub services: Vec<DeskService>,
    #[serde(default)]
    pub languages: Vec<DeskLanguage>,
    /// ISTAT codes of the municipalities whose residents this desk serves (territorial
    /// competence: a municipality's own services). Empty: open to anyone, wherever they live.
    #[serde(default)]
    pub serves: Vec<String>,
}

impl Desk {
    pub fn service(&self, id: &str) -> Option<&DeskService> {
        self.services.iter().find(|s| s.service == id)
    }

    /// The desk with its lists in the order they are read back from the database.
    pub fn sorted(mut self) -> Desk {
        self.services.sort_by(|a, b| a.service.cmp(&b.service));
        self.languages.sort_by(|a, b| a.code.cmp(&b.code));
        self.hours.weekly.sort_by_key(|o| (o.weekday, o.opens));
        self.hours.closures.sort_by_key(|c| c.first);
        self.serves.sort();
        self
    }

    /// How `service` is booked here, if it can be.
    pub fn slot_rule(&self, service: &str) -> Option<SlotRule> {
        self.service(service).filter(|s| s.bookable).map(|s| SlotRule {
            minutes: s.slot_minutes,
            capacity: s.capacity,
            min_notice_minutes: self.min_notice_minutes,
        })
    }
}

/// A stored desk: its database id and the desk.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDesk {
    pub id: i64,
    pub desk: Desk,
}

const INSERT_DESK: &str = "INSERT INTO desks (slug, name, kind, municipality, address, postcode, latitude, \
    longitude, phone, email, step_free, hearing_loop, accessible_toilet, patron_saint, min_notice_minutes, is_demo) \
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
const INSERT_SERVICE: &str =
    "INSERT INTO desk_services (desk_id, service, bookable, slot_minutes, capacity) VALUES (?, ?, ?, ?, ?)";
const INSERT_LANGUAGE: &str = "INSERT INTO desk_languages (desk_id, language) VALUES (?, ?)";
const INSERT_HOURS: &str = "INSERT INTO desk_hours (desk_id, weekday, opens, closes) VALUES (?, ?, ?, ?)";
const INSERT_CLOSURE: &str = "INSERT INTO desk_closures (desk_id, first_day, last_day) VALUES (?, ?, ?)";
const INSERT_SERVED: &str = "INSERT INTO desk_municipalities (desk_id, municipality) VALUES (?, ?)";

/// Adds desks in one transaction: all of them or none. A slug used twice is
/// [`RepoError::Duplicate`]; an unknown municipality fails the foreign key. Only the languages
/// the desk's staff speak every day are stored: when a mediator is there comes from the
/// mediators' accounts (`repo::mediators`), so languages with mediator days are left out.
pub async fn insert_all(db: &Db, desks: &[Desk], is_demo: bool) -> Result<(), RepoError> {
    let (desk_sql, service_sql, language_sql, hours_sql, closure_sql, served_sql) = (
        db.sql(INSERT_DESK),
        db.sql(INSERT_SERVICE),
        db.sql(INSERT_LANGUAGE),
        db.sql(INSERT_HOURS),
        db.sql(INSERT_CLOSURE),
        db.sql(INSERT_SERVED),
    );
    let result: Result<(), sqlx::Error> = on_db!(db, pool => async {
        let mut tx = pool.begin_with(db.write_begin()).await?;
        for d in desks {
            let id: i64 = sqlx::query_scalar(&desk_sql)
                .bind(&d.slug)
                .bind(&d.name)
                .bind(&d.kind)
                .bind(&d.municipality)
                .bind(&d.address)
                .bind(&d.postcode)
                .bind(d.location.latitude)
                .bind(d.location.longitude)
                .bind(&d.phone)
                .bind(&d.email)
                .bind(d.access.step_free)
                .bind(d.access.hearing_loop)
                .bind(d.access.accessible_toilet)
                .bind(d.hours.patron_saint.map(|(m, day)| format!("{m:02}-{day:02}")))
                .bind(d.min_notice_minutes as i32)
                .bind(is_demo)
                .fetch_one(&mut *tx)
                .await?;
            for s in &d.services {
                sqlx::query(&service_sql)
                    .bind(id)
                    .bind(&s.service)
                    .bind(s.bookable)
                    .bind(i32::from(s.slot_minutes))
                    .bind(i32::from(s.capacity))
                    .execute(&mut *tx)
                    .await?;
            }
            for l in d.languages.iter().filter(|l| l.mediator_days.is_empty()) {
                sqlx::query(&language_sql).bind(id).bind(&l.code).execute(&mut *tx).await?;
            }
            for o in &d.hours.weekly {
                sqlx::query(&hours_sql)
                    .bind(id)
                    .bind(i32::from(o.weekday.number()))
                    .bind(i32::from(o.opens.0))
                    .bind(i32::from(o.closes.0))
                    .execute(&mut *tx)
                    .await?;
            }
            for c in &d.hours.closures {
                sqlx::query(&closure_sql)
                    .bind(id)
                    .bind(c.first.to_string())
                    .bind(c.last.to_string())
                    .execute(&mut *tx)
                    .await?;
            }
            for m in &d.serves {
                sqlx::query(&served_sql).bind(id).bind(m).execute(&mut *tx).await?;
            }
        }
        sqlx::query(BUMP_DIRECTORY_VERSION).execute(&mut *tx).await?;
        tx.commit().await
    }.await);
    result.map_err(|e| if is_unique_violation(&e) { RepoError::Duplicate("desk") } else { e.into() })
}

const DESK_COLUMNS: &str = "d.id, d.slug, d.name, d.kind, d.municipality, d.address, d.postcode, d.latitude, \
    d.longitude, d.phone, d.email, d.step_free, d.hearing_loop, d.accessible_toilet, d.patron_saint, \
    d.min_notice_minutes";

/// Reads the desks selected by `filter` (a SQL condition on `d`, with `?` placeholders bound
/// to `args`) with all their details, in seven queries whatever their number.
async fn load(db: &Db, filter: &str, args: &[&str]) -> Result<Vec<StoredDesk>, RepoError> {
    let desks_sql = db.sql(&format!("SELECT {DESK_COLUMNS} FROM desks d WHERE {filter} ORDER BY d.name, d.id")).into_owned();
    let services_sql = db.sql(&format!(
        "SELECT x.desk_id, x.service, x.bookable, x.slot_minutes, x.capacity FROM desk_services x \
         JOIN desks d ON d.id = x.desk_id WHERE {filter} ORDER BY x.service"
    )).into_owned();
    let languages_sql = db.sql(&format!(
        "SELECT x.desk_id, x.language FROM desk_languages x \
         JOIN desks d ON d.id = x.desk_id WHERE {filter} ORDER BY x.language"
    )).into_owned();
    // The weekdays active mediators are there, for each language they speak.
    let mediators_sql = db.sql(&format!(
        "SELECT DISTINCT p.desk_id, l.language, p.weekday FROM mediator_presence p \
         JOIN mediator_languages l ON l.staff_id = p.staff_id \
         JOIN staff s ON s.id = p.staff_id AND s.active AND s.role = 'mediator' \
         JOIN desks d ON d.id = p.desk_id WHERE {filter} ORDER BY l.language, p.weekday"
    )).into_owned();
    let hours_sql = db.sql(&format!(
        "SELECT x.desk_id, x.weekday, x.opens, x.closes FROM desk_hours x \
         JOIN desks d ON d.id = x.desk_id WHERE {filter} ORDER BY x.weekday, x.opens"
    )).into_owned();
    let closures_sql = db.sql(&format!(
        "SELECT x.desk_id, x.first_day, x.last_day FROM desk_closures x \
         JOIN desks d ON d.id = x.desk_id WHERE {filter} ORDER BY x.first_day"
    )).into_owned();
    let served_sql = db.sql(&format!(
        "SELECT x.desk_id, x.municipality FROM desk_municipalities x \
         JOIN desks d ON d.id = x.desk_id WHERE {filter} ORDER BY x.municipality"
    )).into_owned();

    let mut desks: Vec<StoredDesk> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    on_db!(db, pool => {
        macro_rules! fetch {
            ($sql:expr) => {{
                let mut q = sqlx::query($sql);
                for a in args {
                    q = q.bind(*a);
                }
                q.fetch_all(pool).await?
            }};
        }
        for row in fetch!(&desks_sql) {
            let id: i64 = row.try_get("id")?;
            let patron: Option<String> = row.try_get("patron_saint")?;
            let desk = Desk {
                slug: row.try_get("slug")?,
                name: row.try_get("name")?,
                kind: row.try_get("kind")?,
                municipality: row.try_get("municipality")?,
                address: row.try_get("address")?,
                postcode: row.try_get("postcode")?,
                location: Point { latitude: row.try_get("latitude")?, longitude: row.try_get("longitude")? },
                phone: row.try_get("phone")?,
                email: row.try_get("email")?,
                access: Access {
                    step_free: row.try_get("step_free")?,
                    hearing_loop: row.try_get("hearing_loop")?,
                    accessible_toilet: row.try_get("accessible_toilet")?,
                },
                hours: Hours {
                    patron_saint: patron
                        .as_deref()
                        .and_then(domain::calendar::MonthDay::parse)
                        .map(|m| (m.month, m.day)),
                    ..Hours::default()
                },
                min_notice_minutes: i64::from(row.try_get::<i32, _>("min_notice_minutes")?),
                services: Vec::new(),
                languages: Vec::new(),
                serves: Vec::new(),
            };
            index.insert(id, desks.len());
            desks.push(StoredDesk { id, desk });
        }
        for row in fetch!(&services_sql) {
            let id: i64 = row.try_get("desk_id")?;
            if let Some(&i) = index.get(&id) {
                desks[i].desk.services.push(DeskService {
                    service: row.try_get("service")?,
                    bookable: row.try_get("bookable")?,
                    slot_minutes: row.try_get::<i32, _>("slot_minutes")? as u16,
                    capacity: row.try_get::<i32, _>("capacity")? as u16,
                });
            }
        }
        for row in fetch!(&languages_sql) {
            let id: i64 = row.try_get("desk_id")?;
            if let Some(&i) = index.get(&id) {
                desks[i].desk.languages.push(DeskLanguage { code: row.try_get("language")?, mediator_days: Vec::new() });
            }
        }
        for row in fetch!(&mediators_sql) {
            let id: i64 = row.try_get("desk_id")?;
            let weekday = Weekday::from_number(row.try_get::<i32, _>("weekday")? as u8);
            if let (Some(&i), Some(weekday)) = (index.get(&id), weekday) {
                domain::mediation::add_mediator_day(&mut desks[i].desk.languages, row.try_get("language")?, weekday);
            }
        }
        for row in fetch!(&hours_sql) {
            let id: i64 = row.try_get("desk_id")?;
            let weekday = Weekday::from_number(row.try_get::<i32, _>("weekday")? as u8);
            if let (Some(&i), Some(weekday)) = (index.get(&id), weekday) {
                desks[i].desk.hours.weekly.push(Opening {
                    weekday,
                    opens: Time(row.try_get::<i32, _>("opens")? as u16),
                    closes: Time(row.try_get::<i32, _>("closes")? as u16),
                });
            }
        }
        for row in fetch!(&closures_sql) {
            let id: i64 = row.try_get("desk_id")?;
            let first = domain::calendar::Date::parse(&row.try_get::<String, _>("first_day")?);
            let last = domain::calendar::Date::parse(&row.try_get::<String, _>("last_day")?);
            if let (Some(&i), Some(first), Some(last)) = (index.get(&id), first, last) {
                desks[i].desk.hours.closures.push(Closure { first, last });
            }
        }
        for row in fetch!(&served_sql) {
            let id: i64 = row.try_get("desk_id")?;
            if let Some(&i) = index.get(&id) {
                desks[i].desk.serves.push(row.try_get("municipality")?);
            }
        }
        Ok::<_, RepoError>(())
    })?;
    Ok(desks)
}

/// The directory's version: one more after every write of desks or municipalities (each
/// writer runs [`BUMP_DIRECTORY_VERSION`] in its transaction). The search index
/// (`desk_index`) loads the directory again when it differs.
pub async fn directory_version(db: &Db) -> Result<i64, RepoError> {
    let sql = "SELECT version FROM directory_version WHERE id = 1";
    Ok(on_db!(db, pool => sqlx::query_scalar(sql).fetch_one(pool).await?))
}

/// What every transaction that writes desks or municipalities runs before it commits.
pub(crate) const BUMP_DIRECTORY_VERSION: &str = "UPDATE directory_version SET version = version + 1 WHERE id = 1";

/// The desks with these ids, with all their details, in the order of `ids`.
pub async fn by_ids(db: &Db, ids: &[i64]) -> Result<Vec<StoredDesk>, RepoError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Integers written into the SQL, never text: nothing to inject, one query for any backend.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let mut found = load(db, &format!("d.id IN ({list})"), &[]).await?;
    found.sort_by_key(|s| ids.iter().position(|id| *id == s.id));
    Ok(found)
}

/// One desk by its public id.
pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<StoredDesk>, RepoError> {
    Ok(load(db, "d.slug = ?", &[slug]).await?.into_iter().next())
}

/// One desk by its database id.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<StoredDesk>, RepoError> {
    let id = id.to_string();
    // Bound as text and cast, so one filter serves both backends.
    Ok(load(db, "d.id = CAST(? AS BIGINT)", &[&id]).await?.into_iter().next())
}

/// Every desk (for exports).
pub async fn all(db: &Db) -> Result<Vec<StoredDesk>, RepoError> {
    load(db, "1 = 1", &[]).await
}

/// Every desk's (id, slug, name), by name: the choices of the workspace's forms, without
/// loading hours and services.
pub async fn names(db: &Db) -> Result<Vec<(i64, String, String)>, RepoError> {
    let sql = "SELECT id, slug, name FROM desks ORDER BY name, slug";
    Ok(on_db!(db, pool => sqlx::query_as::<_, (i64, String, String)>(sql).fetch_all(pool).await?))
}

/// The names of the desks with these ids, in one query however many there are.
pub async fn names_by_id(db: &Db, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>, RepoError> {
    super::names_by_id(db, "desks", ids).await
}

/// How many desks a dossier's referral list offers: the nearest to the desk that refers.
pub const REFERRAL_CHOICES: i64 = 40;

/// (id, slug, name) of the `limit` desks nearest to desk `from` (itself included), by name,
/// plus desk `keep` wherever it is (the one already chosen). Distances are compared on a flat
/// map scaled at `from`'s latitude: exact enough to pick a region's nearest desks, in one light
/// query whatever the size of the network.
pub async fn nearest_names(db: &Db, from: i64, limit: i64, keep: Option<i64>) -> Result<Vec<(i64, String, String)>, RepoError> {
    let latitude_sql = db.sql("SELECT latitude FROM desks WHERE id = ?");
    let Some(latitude) = on_db!(db, pool => sqlx::query_scalar::<_, f64>(&latitude_sql).bind(from).fetch_optional(pool).await?)
    else {
        return Ok(Vec::new());
    };
    let squeeze = latitude.to_radians().cos().powi(2);
    let sql = db.sql(
        "SELECT d.id, d.slug, d.name FROM desks d JOIN desks f ON f.id = ? \
         ORDER BY (d.latitude - f.latitude) * (d.latitude - f.latitude) \
         + (d.longitude - f.longitude) * (d.longitude - f.longitude) * ?, d.id LIMIT ?",
    );
    let mut found: Vec<(i64, String, String)> = on_db!(db, pool => sqlx::query_as(&sql)
        .bind(from)
        .bind(squeeze)
        .bind(limit)
        .fetch_all(pool)
        .await?);
    if let Some(id) = keep.filter(|id| !found.iter().any(|(i, _, _)| i == id)) {
        let one = db.sql("SELECT id, slug, name FROM desks WHERE id = ?");
        found.extend(on_db!(db, pool => sqlx::query_as::<_, (i64, String, String)>(&one).bind(id).fetch_optional(pool).await?));
    }
    found.sort_by(|a, b| (&a.2, &a.1).cmp(&(&b.2, &b.1)));
    Ok(found)
}

pub async fn count(db: &Db) -> Result<i64, RepoError> {
    Ok(on_db!(db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM desks").fetch_one(pool).await?))
}
