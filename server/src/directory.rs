//! The desk directory as the pages read it, over the database: nearest desks, free slots, and
//! the request form's desk (loaded by the handlers of `desk_pages`).

use crate::{
    db::Db,
    repo::{
        bookings,
        desks::{self, StoredDesk},
        municipalities, RepoError,
    },
};
use app::desks::{DaySlots, DeskCard, DeskQuery, DeskSearch, PlaceProblem, RequestFormView, SlotsView};
use domain::{
    calendar::{rome_local, Date, LocalDateTime, Time, Weekday},
    desks::{address_is_secret, calendar_page, free_slots, Point, BOOKING_HORIZON_DAYS},
};

pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// The public card of a desk. `service` decides whether a booking link is offered.
pub fn card(stored: &StoredDesk, service: Option<&str>, municipality: &str, distance_km: Option<f64>, now: i64) -> DeskCard {
    let d = &stored.desk;
    let local = rome_local(now);
    DeskCard {
        slug: d.slug.clone(),
        name: d.name.clone(),
        kind: d.kind.clone(),
        municipality: municipality.to_owned(),
        address: (!address_is_secret(&d.kind)).then(|| d.address.clone()),
        phone: d.phone.clone(),
        email: d.email.clone(),
        distance_km,
        status: d.hours.status(local),
        languages: d.languages.clone(),
        access: d.access,
        bookable: service.is_some_and(|s| d.slot_rule(s).is_some()),
        today: local.date,
        serves: None,
    }
}

/// Where distances are measured from, what the page calls it, and the municipality whose
/// residents the person is taken to be (for territorial competence).
struct Place {
    point: Point,
    label: String,
    resident_of: Option<(String, String)>,
}

impl Place {
    fn of(m: &municipalities::Municipality, label: String) -> Place {
        Place {
            point: Point { latitude: m.latitude, longitude: m.longitude },
            label,
            resident_of: Some((m.istat_code.clone(), m.name.clone())),
        }
    }
}

/// Where the person is, from what they gave: the municipality chosen (or the one nearest to
/// the browser's position, see `desk_pages::near`), else the postcode.
async fn origin(
    db: &Db,
    q: &DeskQuery,
    list: &[municipalities::Municipality],
) -> Result<(Option<Place>, Option<PlaceProblem>), RepoError> {
    if let Some(m) = q.municipality.as_deref().and_then(|code| list.iter().find(|m| m.istat_code == code)) {
        return Ok((Some(Place::of(m, m.name.clone())), None));
    }
    if let Some(postcode) = &q.postcode {
        let found = municipalities::by_postcode(db, postcode).await?;
        return Ok(match found.first() {
            Some(m) => (Some(Place::of(m, postcode.clone())), None),
            None => (None, Some(PlaceProblem::PostcodeUnknown)),
        });
    }
    if q.location_invalid {
        return Ok((None, Some(PlaceProblem::LocationInvalid)));
    }
    Ok((None, None))
}

/// The longest list of desks shown: the nearest ones. A place or a filter narrows it.
pub const DESKS_SHOWN: usize = 30;

/// Puts the desks found in the order they are shown: the desks serving the person's
/// municipality first (territorial competence), then nearest first when a place is known (ties
/// by name), else by municipality and name. Pure, so the benchmark can time it alone.
pub fn order(found: &mut [desks::Candidate], from: Option<Point>) {
    match from {
        Some(p) => found.sort_by(|a, b| {
            b.competent
                .cmp(&a.competent)
                .then_with(|| p.distance_km(a.location).total_cmp(&p.distance_km(b.location)))
                .then_with(|| a.name.cmp(&b.name))
        }),
        None => found.sort_by(|a, b| a.town.cmp(&b.town).then_with(|| a.name.cmp(&b.name))),
    }
}

pub fn random_token(bytes: usize) -> String {
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// A desk's card for one of its services, with the name of its town.
async fn card_of(db: &Db, stored: &StoredDesk, service: &str, now: i64) -> Result<DeskCard, RepoError> {
    let town = municipalities::list(db)
        .await?
        .into_iter()
        .find(|m| m.istat_code == stored.desk.municipality)
        .map(|m| m.name)
        .unwrap_or_default();
    Ok(card(stored, Some(service), &town, None, now))
}

/// The desks providing `q.service` that pass its filters, those serving the person's
/// municipality first, then nearest first; `None` for a service Ponte does not know.
pub async fn search(db: &Db, q: DeskQuery) -> Result<Option<DeskSearch>, RepoError> {
    if app::content::catalogue().service(&q.service).is_none() {
        return Ok(None);
    }
    let list = municipalities::list(db).await?;
    let (from, problem) = origin(db, &q, &list).await?;
    let filter = desks::SearchFilter {
        service: &q.service,
        language: q.language.as_deref(),
        weekday: q.day.as_deref().and_then(Weekday::parse),
        step_free: q.step_free,
        resident_of: from.as_ref().and_then(|p| p.resident_of.as_ref()).map(|(code, _)| code.as_str()),
    };
    // Only ids and coordinates for every desk that qualifies; details for those shown.
    let mut found = desks::candidates(db, filter).await?;
    let point = from.as_ref().map(|p| p.point);
    let resident_of = from.as_ref().and_then(|p| p.resident_of.as_ref()).map(|(_, name)| name.clone());
    order(&mut found, point);
    let total = found.len();
    found.truncate(DESKS_SHOWN);
    let ids: Vec<i64> = found.iter().map(|c| c.id).collect();
    let now = now_unix();
    let desks = desks::by_ids(db, &ids)
        .await?
        .iter()
        .filter_map(|stored| {
            // Looked up by id: a desk removed between the two queries is simply left out.
            let c = found.iter().find(|c| c.id == stored.id)?;
            let shown = card(stored, Some(&q.service), &c.town, point.map(|p| p.distance_km(c.location)), now);
            Some(DeskCard { serves: resident_of.clone().filter(|_| c.competent), ..shown })
        })
        .collect();
    let languages = desks::languages_for(db, &q.service).await?;
    Ok(Some(DeskSearch {
        desks,
        total,
        municipalities: list.into_iter().map(|m| (m.istat_code, m.name)).collect(),
        from: from.map(|p| p.label),
        problem,
        languages,
        query: q,
    }))
}

/// The free slots of a desk's service for a week of days from `from` (the first day with a free
/// slot when `None`); `None` when the desk does not exist or does not take bookings for it.
pub async fn slots(db: &Db, slug: &str, service: &str, from: Option<Date>) -> Result<Option<SlotsView>, RepoError> {
    let Some(stored) = desks::by_slug(db, slug).await? else { return Ok(None) };
    let Some(rule) = stored.desk.slot_rule(service) else { return Ok(None) };
    let now = now_unix();
    let today = rome_local(now).date;
    let at = |date: Date| LocalDateTime { date, time: Time(0) };
    let booked = bookings::booked_counts(db, stored.id, service, at(today), at(today.add_days(BOOKING_HORIZON_DAYS))).await?;
    let free = |date| free_slots(&stored.desk.hours, rule, date, &booked, now);
    let page = calendar_page(today, from, |date| !free(date).is_empty());
    let days = page
        .days
        .into_iter()
        .map(|date| DaySlots {
            date,
            free: free(date),
            mediators: stored
                .desk
                .languages
                .iter()
                .filter(|l| !l.mediator_days.is_empty() && l.spoken_on(date))
                .map(|l| l.code.clone())
                .collect(),
        })
        .collect();
    Ok(Some(SlotsView {
        desk: card_of(db, &stored, service, now).await?,
        days,
        earlier: page.earlier,
        later: page.later,
        refused: None,
        request_key: random_token(16),
        rescheduling: None,
    }))
}

/// The request form of a desk that provides `service` (bookable online or not).
pub async fn request_form(db: &Db, slug: &str, service: &str) -> Result<Option<RequestFormView>, RepoError> {
    let Some(stored) = desks::by_slug(db, slug).await? else { return Ok(None) };
    if stored.desk.service(service).is_none() {
        return Ok(None);
    }
    Ok(Some(RequestFormView {
        desk: card_of(db, &stored, service, now_unix()).await?,
        refused: None,
        request_key: random_token(16),
    }))
}

/// The municipality of the network nearest to `point`.
pub fn nearest_municipality(point: Point, list: &[municipalities::Municipality]) -> Option<&municipalities::Municipality> {
    list.iter().min_by(|a, b| {
        let da = point.distance_km(Point { latitude: a.latitude, longitude: a.longitude });
        let db = point.distance_km(Point { latitude: b.latitude, longitude: b.longitude });
        da.total_cmp(&db)
    })
}

