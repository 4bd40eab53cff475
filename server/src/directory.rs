//! The desk directory as the pages read it, over the database: nearest desks, free slots, and
//! the request form's desk (loaded by the handlers of `desk_pages`).

use crate::{
    db::Db,
    desk_index::{Candidate, DeskIndex, SearchFilter},
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

/// The first `shown` of the desks found, in the order they are shown: the desks serving the
/// person's municipality first (territorial competence), then nearest first when a place is
/// known (ties by name), else by municipality and name. Only those shown are sorted (the others
/// are only counted), and each distance is worked out once. Pure, so the benchmark can time it.
pub fn first_shown(found: Vec<Candidate<'_>>, from: Option<Point>, shown: usize) -> Vec<Candidate<'_>> {
    let mut keyed: Vec<(bool, f64, Candidate<'_>)> = found
        .into_iter()
        .map(|c| (c.competent, from.map_or(0.0, |p| p.distance_km(c.location)), c))
        .collect();
    let order = |a: &(bool, f64, Candidate<'_>), b: &(bool, f64, Candidate<'_>)| {
        let by_place = if from.is_some() {
            a.1.total_cmp(&b.1)
        } else {
            a.2.town.cmp(b.2.town)
        };
        b.0.cmp(&a.0).then(by_place).then_with(|| a.2.name.cmp(b.2.name))
    };
    if keyed.len() > shown && shown > 0 {
        keyed.select_nth_unstable_by(shown - 1, order);
    }
    keyed.truncate(shown);
    keyed.sort_by(order);
    keyed.into_iter().map(|(_, _, c)| c).collect()
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
pub async fn search(db: &Db, index: &DeskIndex, q: DeskQuery) -> Result<Option<DeskSearch>, RepoError> {
    if app::content::catalogue().service(&q.service).is_none() {
        return Ok(None);
    }
    let list = municipalities::list(db).await?;
    let (from, problem) = origin(db, &q, &list).await?;
    let filter = SearchFilter {
        service: &q.service,
        language: q.language.as_deref(),
        weekday: q.day.as_deref().and_then(Weekday::parse),
        step_free: q.step_free,
        resident_of: from.as_ref().and_then(|p| p.resident_of.as_ref()).map(|(code, _)| code.as_str()),
    };
    // Filtered and ordered in memory (the index holds every desk; one small query checks it is
    // the database's latest).
    let directory = index.snapshot(db).await?;
    let found = directory.candidates(&filter);
    let total = found.len();
    let point = from.as_ref().map(|p| p.point);
    let resident_of = from.as_ref().and_then(|p| p.resident_of.as_ref()).map(|(_, name)| name.clone());
    let found = first_shown(found, point, DESKS_SHOWN);
    let ids: Vec<i64> = found.iter().map(|c| c.id).collect();
    let now = now_unix();
    let desks = directory
        .by_ids(&ids)
        .into_iter()
        .zip(&found)
        .map(|(stored, c)| {
            let shown = card(stored, Some(&q.service), c.town, point.map(|p| p.distance_km(c.location)), now);
            DeskCard { serves: resident_of.clone().filter(|_| c.competent), ..shown }
        })
        .collect();
    let languages = directory.languages_for(&q.service);
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
        who: domain::journey::Who::Me,
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
        who: domain::journey::Who::Me,
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


#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: i64, latitude: f64, town: &'static str, name: &'static str, competent: bool) -> Candidate<'static> {
        Candidate { id, location: Point { latitude, longitude: 9.6 }, name, town, competent }
    }

    #[test]
    fn the_first_shown_are_the_competent_then_the_nearest_and_only_they_are_kept() {
        let found = vec![
            candidate(1, 45.9, "Zanica", "Far", false),
            candidate(2, 45.1, "Lallio", "Near", false),
            candidate(3, 46.5, "Bergamo", "Serves you", true),
            candidate(4, 45.5, "Dalmine", "Middle", false),
            candidate(5, 45.1, "Dalmine", "Also near", false),
        ];
        let from = Some(Point { latitude: 45.0, longitude: 9.6 });
        let ids = |shown: Vec<Candidate<'_>>| shown.iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(first_shown(found.clone(), from, 10)), [3, 5, 2, 4, 1], "ties by name");
        assert_eq!(ids(first_shown(found.clone(), from, 3)), [3, 5, 2]);
        assert_eq!(ids(first_shown(found.clone(), None, 3)), [3, 5, 4], "without a place: by town, then name");
        assert!(first_shown(found, from, 0).is_empty());
    }
}
