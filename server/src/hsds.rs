//! Import and export of the desk directory in the Open Referral HSDS 3 JSON shape, so that a
//! network can load its own directory and share it.
//!
//! Mapping: one `organization` per desk, with one physical `location` (address, coordinates,
//! phones, accessibility, languages, weekly `schedules`) and one `service` per service it gives,
//! linked by a `service_at_location`. What HSDS has no field for travels in `x_ponte` objects
//! (desk kind, ISTAT code, patron saint, closures, booking rules), which HSDS readers ignore; a
//! language a mediator speaks on some days carries them in its note (`"mediator: tue,thu"`).
//! The export writes them from the mediators' accounts; an import checks them but does not
//! store them, since mediators' days come from their accounts (`repo::mediators`). An import is checked completely first: every problem names the record and
//! the field; nothing is written unless everything is valid, and then all in one transaction.

use crate::{
    db::Db,
    repo::{
        desks::{self, Desk, DeskService},
        municipalities, RepoError,
    },
};
use domain::{
    calendar::{Date, MonthDay, Time, Weekday},
    desks::{Access, Closure, DeskLanguage, Hours, Opening, Point},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
pub struct Directory {
    pub organizations: Vec<Organization>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default)]
    pub services: Vec<Service>,
    #[serde(default)]
    pub locations: Vec<Location>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: String,
    #[serde(default = "active")]
    pub status: String,
    #[serde(default)]
    pub service_at_locations: Vec<ServiceAtLocation>,
}

fn active() -> String {
    "active".into()
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: String,
    pub location_id: String,
    #[serde(default)]
    pub x_ponte: Option<BookingRule>,
}

/// How a service is booked at a location (Ponte extension).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BookingRule {
    pub bookable: bool,
    pub slot_minutes: u16,
    pub capacity: u16,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    #[serde(default = "physical")]
    pub location_type: String,
    pub name: String,
    pub latitude: f64,
    pub longitude: f64,
    #[serde(default)]
    pub addresses: Vec<Address>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub languages: Vec<Language>,
    #[serde(default)]
    pub accessibility: Vec<Accessibility>,
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    pub x_ponte: LocationExtension,
}

fn physical() -> String {
    "physical".into()
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Address {
    pub address_1: String,
    pub city: String,
    pub postal_code: String,
    #[serde(default)]
    pub state_province: String,
    #[serde(default = "italy")]
    pub country: String,
    #[serde(default = "physical")]
    pub address_type: String,
}

fn italy() -> String {
    "IT".into()
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
}

/// A language spoken; `note` lists mediator days (`"mediator: tue,thu"`), empty = every day.
#[derive(Debug, Serialize, Deserialize)]
pub struct Language {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Accessibility {
    /// `step_free`, `hearing_loop`, `accessible_toilet`; or `steps`, `no_hearing_loop`,
    /// `no_accessible_toilet` when known to be missing.
    pub description: String,
}

/// A weekly opening range (`freq: WEEKLY`, `byday: MO`, `opens_at`, `closes_at`).
#[derive(Debug, Serialize, Deserialize)]
pub struct Schedule {
    #[serde(default = "weekly")]
    pub freq: String,
    pub byday: String,
    pub opens_at: String,
    pub closes_at: String,
}

fn weekly() -> String {
    "WEEKLY".into()
}

#[derive(Debug, Serialize, Deserialize)]
pub struct LocationExtension {
    pub kind: String,
    pub municipality_istat: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patron_saint: Option<String>,
    #[serde(default)]
    pub closures: Vec<ClosureRange>,
    #[serde(default = "day")]
    pub min_notice_minutes: i64,
    /// ISTAT codes of the municipalities whose residents the desk serves (territorial
    /// competence); none: open to anyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves_istat: Vec<String>,
}

fn day() -> i64 {
    24 * 60
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ClosureRange {
    pub first: String,
    pub last: String,
}

const BYDAY: [(&str, Weekday); 7] = [
    ("MO", Weekday::Mon),
    ("TU", Weekday::Tue),
    ("WE", Weekday::Wed),
    ("TH", Weekday::Thu),
    ("FR", Weekday::Fri),
    ("SA", Weekday::Sat),
    ("SU", Weekday::Sun),
];

/// Every desk as HSDS.
pub fn export(desks: &[Desk], municipality_names: &std::collections::HashMap<String, String>) -> Directory {
    let organizations = desks
        .iter()
        .map(|d| {
            let location_id = format!("{}-location", d.slug);
            let mut accessibility = Vec::new();
            for (flag, name) in [
                (d.access.step_free, "step_free"),
                (d.access.hearing_loop, "hearing_loop"),
                (d.access.accessible_toilet, "accessible_toilet"),
            ] {
                if flag == Some(true) {
                    accessibility.push(Accessibility { description: name.into() });
                }
            }
            for (flag, name) in [
                (d.access.step_free, "steps"),
                (d.access.hearing_loop, "no_hearing_loop"),
                (d.access.accessible_toilet, "no_accessible_toilet"),
            ] {
                if flag == Some(false) {
                    accessibility.push(Accessibility { description: name.into() });
                }
            }
            let street = d.address.split(", ").next().unwrap_or(&d.address).to_owned();
            Organization {
                id: d.slug.clone(),
                name: d.name.clone(),
                email: d.email.clone(),
                services: d
                    .services
                    .iter()
                    .map(|s| Service {
                        id: format!("{}:{}", d.slug, s.service),
                        name: s.service.clone(),
                        status: active(),
                        service_at_locations: vec![ServiceAtLocation {
                            id: format!("{}:{}@location", d.slug, s.service),
                            location_id: location_id.clone(),
                            x_ponte: Some(BookingRule { bookable: s.bookable, slot_minutes: s.slot_minutes, capacity: s.capacity }),
                        }],
                    })
                    .collect(),
                locations: vec![Location {
                    id: location_id.clone(),
                    location_type: physical(),
                    name: d.name.clone(),
                    latitude: d.location.latitude,
                    longitude: d.location.longitude,
                    addresses: vec![Address {
                        address_1: street,
                        city: municipality_names.get(&d.municipality).cloned().unwrap_or_default(),
                        postal_code: d.postcode.clone(),
                        state_province: String::new(),
                        country: italy(),
                        address_type: physical(),
                    }],
                    phones: d.phone.iter().map(|p| Phone { number: p.clone() }).collect(),
                    languages: d
                        .languages
                        .iter()
                        .map(|l| Language {
                            code: l.code.clone(),
                            note: (!l.mediator_days.is_empty()).then(|| {
                                format!("mediator: {}", l.mediator_days.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(","))
                            }),
                        })
                        .collect(),
                    accessibility,
                    schedules: d
                        .hours
                        .weekly
                        .iter()
                        .map(|o| Schedule {
                            freq: weekly(),
                            byday: BYDAY.iter().find(|(_, w)| *w == o.weekday).map(|(b, _)| b.to_string()).unwrap_or_default(),
                            opens_at: format!("{:02}:{:02}", o.opens.hour(), o.opens.minute()),
                            closes_at: format!("{:02}:{:02}", o.closes.hour(), o.closes.minute()),
                        })
                        .collect(),
                    x_ponte: LocationExtension {
                        kind: d.kind.clone(),
                        municipality_istat: d.municipality.clone(),
                        patron_saint: d.hours.patron_saint.map(|(m, day)| MonthDay { month: m, day }.to_string()),
                        closures: d
                            .hours
                            .closures
                            .iter()
                            .map(|c| ClosureRange { first: c.first.to_string(), last: c.last.to_string() })
                            .collect(),
                        min_notice_minutes: d.min_notice_minutes,
                        serves_istat: d.serves.clone(),
                    },
                }],
            }
        })
        .collect();
    Directory { organizations }
}

/// Why an import was refused: every problem found, each naming its record and field.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not HSDS JSON as Ponte reads it: at {path}: {message}")]
    Shape { path: String, message: String },
    #[error("the file has {} problem(s), nothing was imported:\n{}", .0.len(), .0.join("\n"))]
    Invalid(Vec<String>),
    #[error("nothing was imported: {0}")]
    Database(#[from] RepoError),
}

/// Parses the JSON, reporting the exact path of a malformed value.
pub fn parse(json: &str) -> Result<Directory, ImportError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de)
        .map_err(|e| ImportError::Shape { path: e.path().to_string(), message: e.inner().to_string() })
}

/// Turns HSDS records into desks, checking everything. `known_municipalities` are ISTAT codes.
pub fn to_desks(dir: &Directory, known_municipalities: &[String]) -> Result<Vec<Desk>, ImportError> {
    let mut problems = Vec::new();
    let mut desks = Vec::new();
    let catalogue = app::content::catalogue();
    for (i, org) in dir.organizations.iter().enumerate() {
        let at = |field: &str| format!("organizations[{i}] (id `{}`): {field}", org.id);
        if !is_slug(&org.id) {
            problems.push(format!("{}: use lower-case letters, digits and dashes", at("id")));
        }
        let Some(loc) = org.locations.first() else {
            problems.push(format!("{}: a desk needs one physical location", at("locations")));
            continue;
        };
        if org.locations.len() > 1 {
            problems.push(format!("{}: one location per organization (one desk each)", at("locations")));
        }
        let lat = |f: &str| at(&format!("locations[0].{f}"));
        let location = Point { latitude: loc.latitude, longitude: loc.longitude };
        if !location.is_valid() {
            problems.push(format!("{}: {}, {} is not a place on Earth", lat("latitude/longitude"), loc.latitude, loc.longitude));
        }
        let Some(address) = loc.addresses.first() else {
            problems.push(format!("{}: missing", lat("addresses")));
            continue;
        };
        if !known_municipalities.contains(&loc.x_ponte.municipality_istat) {
            problems.push(format!(
                "{}: `{}` is not a municipality of this network",
                lat("x_ponte.municipality_istat"),
                loc.x_ponte.municipality_istat
            ));
        }
        for code in loc.x_ponte.serves_istat.iter().filter(|c| !known_municipalities.contains(*c)) {
            problems.push(format!("{}: `{code}` is not a municipality of this network", lat("x_ponte.serves_istat")));
        }
        if catalogue.providers.iter().all(|p| p.id != loc.x_ponte.kind) {
            problems.push(format!("{}: `{}` is not a desk kind", lat("x_ponte.kind"), loc.x_ponte.kind));
        }
        let mut weekly = Vec::new();
        for (j, s) in loc.schedules.iter().enumerate() {
            let f = |name: &str| lat(&format!("schedules[{j}].{name}"));
            let day = BYDAY.iter().find(|(b, _)| *b == s.byday).map(|(_, w)| *w);
            let (opens, closes) = (Time::parse(&s.opens_at), Time::parse(&s.closes_at));
            if s.freq != "WEEKLY" {
                problems.push(format!("{}: only WEEKLY schedules are read", f("freq")));
            }
            match (day, opens, closes) {
                (Some(weekday), Some(opens), Some(closes)) if opens < closes => {
                    weekly.push(Opening { weekday, opens, closes });
                }
                (None, _, _) => problems.push(format!("{}: `{}` is not MO, TU, WE, TH, FR, SA or SU", f("byday"), s.byday)),
                (_, None, _) => problems.push(format!("{}: `{}` is not a time (HH:MM)", f("opens_at"), s.opens_at)),
                (_, _, None) => problems.push(format!("{}: `{}` is not a time (HH:MM)", f("closes_at"), s.closes_at)),
                _ => problems.push(format!("{}: closes at {} before it opens at {}", f("closes_at"), s.closes_at, s.opens_at)),
            }
        }
        let mut closures = Vec::new();
        for (j, c) in loc.x_ponte.closures.iter().enumerate() {
            match (Date::parse(&c.first), Date::parse(&c.last)) {
                (Some(first), Some(last)) if first <= last => closures.push(Closure { first, last }),
                _ => problems.push(format!("{}: `{}`–`{}` is not a range of dates (YYYY-MM-DD)", lat(&format!("x_ponte.closures[{j}]")), c.first, c.last)),
            }
        }
        let patron = match &loc.x_ponte.patron_saint {
            None => None,
            Some(text) => match MonthDay::parse(text) {
                Some(m) => Some((m.month, m.day)),
                None => {
                    problems.push(format!("{}: `{text}` is not a day of the year (MM-DD)", lat("x_ponte.patron_saint")));
                    None
                }
            },
        };
        let mut languages = Vec::new();
        for (j, l) in loc.languages.iter().enumerate() {
            let days: Vec<Weekday> = match l.note.as_deref().and_then(|n| n.strip_prefix("mediator:")) {
                None => Vec::new(),
                Some(list) => {
                    let parsed: Vec<Option<Weekday>> = list.split(',').map(|d| Weekday::parse(d.trim())).collect();
                    if parsed.iter().any(Option::is_none) {
                        problems.push(format!("{}: days must be mon … sun", lat(&format!("languages[{j}].note"))));
                    }
                    parsed.into_iter().flatten().collect()
                }
            };
            if l.code.is_empty() || l.code.len() > 8 {
                problems.push(format!("{}: `{}` is not a language code", lat(&format!("languages[{j}].code")), l.code));
            }
            languages.push(DeskLanguage { code: l.code.clone(), mediator_days: days });
        }
        let has = |name: &str| loc.accessibility.iter().any(|a| a.description == name);
        let known = |yes: &str, no: &str| if has(yes) { Some(true) } else if has(no) { Some(false) } else { None };
        let access = Access {
            step_free: known("step_free", "steps"),
            hearing_loop: known("hearing_loop", "no_hearing_loop"),
            accessible_toilet: known("accessible_toilet", "no_accessible_toilet"),
        };
        let mut services = Vec::new();
        for (j, s) in org.services.iter().enumerate() {
            if catalogue.service(&s.name).is_none() {
                problems.push(format!("{}: `{}` is not a service of the catalogue", at(&format!("services[{j}].name")), s.name));
                continue;
            }
            let rule = s.service_at_locations.first().and_then(|l| l.x_ponte.clone());
            let rule = rule.unwrap_or(BookingRule { bookable: false, slot_minutes: 30, capacity: 1 });
            if !(5..=480).contains(&rule.slot_minutes) || !(1..=50).contains(&rule.capacity) {
                problems.push(format!("{}: slot_minutes 5–480 and capacity 1–50", at(&format!("services[{j}].service_at_locations[0].x_ponte"))));
            }
            services.push(DeskService {
                service: s.name.clone(),
                bookable: rule.bookable && s.status == "active",
                slot_minutes: rule.slot_minutes,
                capacity: rule.capacity,
            });
        }
        desks.push(Desk {
            slug: org.id.clone(),
            name: org.name.clone(),
            kind: loc.x_ponte.kind.clone(),
            municipality: loc.x_ponte.municipality_istat.clone(),
            address: format!("{}, {} {}", address.address_1, address.postal_code, address.city),
            postcode: address.postal_code.clone(),
            location,
            phone: loc.phones.first().map(|p| p.number.clone()),
            email: org.email.clone(),
            access,
            hours: Hours { weekly, closures, patron_saint: patron },
            min_notice_minutes: loc.x_ponte.min_notice_minutes.max(0),
            services,
            languages,
            serves: loc.x_ponte.serves_istat.clone(),
        }
        .sorted());
    }
    let mut seen = std::collections::HashSet::new();
    for d in &desks {
        if !seen.insert(&d.slug) {
            problems.push(format!("organizations (id `{}`): the same id twice", d.slug));
        }
    }
    if problems.is_empty() {
        Ok(desks)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Imports a file: checks everything, then adds all desks in one transaction (or none).
pub async fn import(db: &Db, json: &str) -> Result<usize, ImportError> {
    let dir = parse(json)?;
    let known: Vec<String> = municipalities::list(db).await?.into_iter().map(|m| m.istat_code).collect();
    let desks = to_desks(&dir, &known)?;
    desks::insert_all(db, &desks, false).await?;
    Ok(desks.len())
}

/// The whole directory as HSDS JSON.
pub async fn export_json(db: &Db) -> Result<String, RepoError> {
    let names = municipalities::list(db).await?.into_iter().map(|m| (m.istat_code, m.name)).collect();
    let desks: Vec<Desk> = desks::all(db).await?.into_iter().map(|s| s.desk).collect();
    Ok(serde_json::to_string_pretty(&export(&desks, &names)).expect("plain data serializes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_codes() -> Vec<String> {
        crate::demo::demo_desks().iter().map(|d| d.municipality.clone()).collect()
    }

    #[test]
    fn the_demo_directory_survives_a_round_trip() {
        let desks = crate::demo::demo_desks();
        let json = serde_json::to_string(&export(&desks, &Default::default())).unwrap();
        let back = to_desks(&parse(&json).unwrap(), &demo_codes()).unwrap();
        assert_eq!(back.len(), desks.len());
        for (a, b) in desks.iter().zip(&back) {
            assert_eq!(a.hours, b.hours, "{}", a.slug);
            assert_eq!(a.services, b.services, "{}", a.slug);
            assert_eq!(a.languages, b.languages, "{}", a.slug);
            assert_eq!(a.access, b.access, "{}", a.slug);
            assert_eq!((a.location, &a.kind, &a.phone), (b.location, &b.kind, &b.phone));
        }
    }

    #[test]
    fn a_malformed_value_names_its_path() {
        let json = r#"{"organizations": [{"id": "a", "name": "A", "locations": [{"id": "l", "name": "L", "latitude": "north"}]}]}"#;
        let err = parse(json).unwrap_err().to_string();
        assert!(err.contains("organizations[0].locations[0].latitude"), "{err}");
    }

    #[test]
    fn every_invalid_field_is_reported_with_its_record() {
        let desks = crate::demo::demo_desks();
        let mut dir = export(&desks[..2], &Default::default());
        dir.organizations[1].locations[0].schedules[0].opens_at = "25:00".into();
        dir.organizations[1].services[0].name = "no-such-service".into();
        dir.organizations[0].locations[0].x_ponte.municipality_istat = "999999".into();
        let err = to_desks(&dir, &demo_codes()).unwrap_err().to_string();
        assert!(err.contains(&format!("organizations[1] (id `{}`): locations[0].schedules[0].opens_at: `25:00`", desks[1].slug)), "{err}");
        assert!(err.contains("services[0].name: `no-such-service` is not a service"), "{err}");
        assert!(err.contains(&format!("organizations[0] (id `{}`): locations[0].x_ponte.municipality_istat", desks[0].slug)), "{err}");
        assert!(err.contains("3 problem(s)"), "{err}");
    }
}
