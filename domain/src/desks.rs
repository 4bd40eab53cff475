//! Desks: opening hours (weekly ranges, closures, public holidays, the patron saint), whether a
//! desk is open now, the bookable slots of a day, and the distance to a desk.

use crate::calendar::{national_holidays, rome_to_unix, Date, LocalDateTime, MonthDay, Time, Weekday};
use serde::{Deserialize, Serialize};

/// One opening range of a weekday (a desk may open several times a day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opening {
    pub weekday: Weekday,
    pub opens: Time,
    pub closes: Time,
}

/// Days a desk is closed besides holidays (both days included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub first: Date,
    pub last: Date,
}

/// When a desk is open. All times are Europe/Rome wall-clock times.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Hours {
    pub weekly: Vec<Opening>,
    pub closures: Vec<Closure>,
    /// The local patron saint's day, a holiday in that municipality only.
    pub patron_saint: Option<(u8, u8)>,
}

/// What a person sees next to every desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenStatus {
    /// Open now; closes at this time today.
    OpenUntil(Time),
    /// Closed now; opens at this moment (today, tomorrow or a later day).
    OpensAt(LocalDateTime),
    /// No opening in the next weeks (a long closure, or no hours published).
    Closed,
}

/// How far ahead [`Hours::status`] looks for the next opening.
const LOOK_AHEAD_DAYS: i64 = 31;

impl Hours {
    /// Whether the desk is closed for the whole day: a public holiday, the patron saint's day
    /// or a closure.
    pub fn closed_on(&self, date: Date) -> bool {
        national_holidays(date.year).contains(&date)
            || self.patron_saint.is_some_and(|(month, day)| MonthDay { month, day }.is(date))
            || self.closures.iter().any(|c| c.first <= date && date <= c.last)
    }

    /// The opening ranges of a date, in order (none when closed that day).
    pub fn ranges_on(&self, date: Date) -> Vec<(Time, Time)> {
        if self.closed_on(date) {
            return Vec::new();
        }
        let weekday = date.weekday();
        let mut ranges: Vec<_> =
            self.weekly.iter().filter(|o| o.weekday == weekday).map(|o| (o.opens, o.closes)).collect();
        ranges.sort();
        ranges
    }

    /// Open now (until when), or when it opens next.
    pub fn status(&self, now: LocalDateTime) -> OpenStatus {
        if let Some(&(_, closes)) =
            self.ranges_on(now.date).iter().find(|(opens, closes)| *opens <= now.time && now.time < *closes)
        {
            return OpenStatus::OpenUntil(closes);
        }
        for ahead in 0..=LOOK_AHEAD_DAYS {
            let date = now.date.add_days(ahead);
            let next = self.ranges_on(date).into_iter().map(|(opens, _)| opens).find(|&opens| ahead > 0 || opens > now.time);
            if let Some(time) = next {
                return OpenStatus::OpensAt(LocalDateTime { date, time });
            }
        }
        OpenStatus::Closed
    }

    /// Problems with the hours as written (for imports): each is a sentence in English for the
    /// administrator.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for o in &self.weekly {
            if o.opens >= o.closes {
                problems.push(format!("{} opens at {} but closes at {}", o.weekday.as_str(), o.opens, o.closes));
            }
        }
        for c in &self.closures {
            if c.first > c.last {
                problems.push(format!("closure from {} ends before it starts ({})", c.first, c.last));
            }
        }
        problems
    }
}

/// How a service is booked at a desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotRule {
    /// Length of one appointment.
    pub minutes: u16,
    /// Appointments at the same time (counters or operators working in parallel).
    pub capacity: u16,
    /// The earliest a slot may start after the booking, in minutes.
    pub min_notice_minutes: i64,
}

/// The start times of the appointments of one day, before subtracting what is booked: on a grid
/// from each opening, ending before it closes, not in the skipped hour of a daylight-saving
/// change, and at least the minimum notice after `now_unix`.
pub fn day_slots(hours: &Hours, rule: SlotRule, date: Date, now_unix: i64) -> Vec<Time> {
    let mut slots = Vec::new();
    if rule.minutes == 0 {
        return slots;
    }
    for (opens, closes) in hours.ranges_on(date) {
        let mut start = opens.0;
        while start + rule.minutes <= closes.0 {
            let at = LocalDateTime { date, time: Time(start) };
            if rome_to_unix(at).is_some_and(|utc| utc >= now_unix + rule.min_notice_minutes * 60) {
                slots.push(Time(start));
            }
            start += rule.minutes;
        }
    }
    slots
}

/// Whether `at` is one of the slots of its day (what a posted booking must be).
pub fn is_slot(hours: &Hours, rule: SlotRule, at: LocalDateTime, now_unix: i64) -> bool {
    day_slots(hours, rule, at.date, now_unix).contains(&at.time)
}

/// The free start times of one day: its slots ([`day_slots`]) but those booked to capacity
/// (`booked`: the appointments at each start time).
pub fn free_slots(
    hours: &Hours,
    rule: SlotRule,
    date: Date,
    booked: &std::collections::HashMap<LocalDateTime, u16>,
    now_unix: i64,
) -> Vec<Time> {
    day_slots(hours, rule, date, now_unix)
        .into_iter()
        .filter(|t| booked.get(&LocalDateTime { date, time: *t }).copied().unwrap_or(0) < rule.capacity)
        .collect()
}

/// Days shown on one page of a desk's calendar.
pub const DAYS_PER_PAGE: i64 = 7;
/// How far ahead people can book, in days from today.
pub const BOOKING_HORIZON_DAYS: i64 = 90;

/// The days one page of a desk's calendar shows, and the first days of the pages before and
/// after it (none before today, none past the booking horizon).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarPage {
    pub days: Vec<Date>,
    pub earlier: Option<Date>,
    pub later: Option<Date>,
}

/// The page from `from` (kept between today and the horizon) or, without one, from the first
/// day `has_free` says has a free slot (today when none has).
pub fn calendar_page(today: Date, from: Option<Date>, has_free: impl Fn(Date) -> bool) -> CalendarPage {
    let last = today.add_days(BOOKING_HORIZON_DAYS);
    let start = match from {
        Some(d) => d.clamp(today, last),
        None => (0..BOOKING_HORIZON_DAYS).map(|n| today.add_days(n)).find(|d| has_free(*d)).unwrap_or(today),
    };
    let end = start.add_days(DAYS_PER_PAGE);
    CalendarPage {
        days: (0..DAYS_PER_PAGE).map(|n| start.add_days(n)).filter(|d| *d < last).collect(),
        earlier: (start > today).then(|| start.add_days(-DAYS_PER_PAGE).max(today)),
        later: (end < last).then_some(end),
    }
}

/// A point on Earth in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub latitude: f64,
    pub longitude: f64,
}

impl Point {
    /// Great-circle distance in kilometres (haversine, mean Earth radius).
    pub fn distance_km(self, other: Point) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0088;
        let (phi1, phi2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let d_phi = (other.latitude - self.latitude).to_radians();
        let d_lambda = (other.longitude - self.longitude).to_radians();
        let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }

    pub fn is_valid(self) -> bool {
        (-90.0..=90.0).contains(&self.latitude) && (-180.0..=180.0).contains(&self.longitude)
    }

    /// The point to about a kilometre (two decimals: 1.1 km north-south, under 1 km east-west
    /// in Italy): enough to order desks by distance, too coarse to find a home.
    pub fn coarse(self) -> Point {
        let round = |degrees: f64| (degrees * 100.0).round() / 100.0;
        Point { latitude: round(self.latitude), longitude: round(self.longitude) }
    }
}

#[cfg(test)]
mod point_tests {
    use super::*;

    #[test]
    fn a_position_is_kept_to_about_a_kilometre() {
        let home = Point { latitude: 45.603_871, longitude: 9.614_42 };
        let kept = home.coarse();
        assert_eq!(kept, Point { latitude: 45.60, longitude: 9.61 });
        let moved = home.distance_km(kept);
        assert!(moved > 0.3 && moved < 1.0, "{moved} km");
    }
}

/// A language spoken at a desk: by the staff every day (no days listed), or by a mediator
/// present on some weekdays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskLanguage {
    pub code: String,
    pub mediator_days: Vec<Weekday>,
}

impl DeskLanguage {
    /// Whether someone speaks it at the desk on this date.
    pub fn spoken_on(&self, date: Date) -> bool {
        self.mediator_days.is_empty() || self.mediator_days.contains(&date.weekday())
    }
}

/// Accessibility of a desk's premises (`None` = not known).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Access {
    pub step_free: Option<bool>,
    pub hearing_loop: Option<bool>,
    pub accessible_toilet: Option<bool>,
}

/// Desk kinds whose address must never be published (people in danger go there).
pub fn address_is_secret(kind: &str) -> bool {
    kind == "centro-antiviolenza"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> LocalDateTime {
        LocalDateTime::parse(s).unwrap()
    }

    /// Mon–Fri 9:00–12:30, Tuesday and Thursday also 14:00–17:00; patron saint 26 July.
    fn desk() -> Hours {
        let mut weekly = Vec::new();
        for day in [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri] {
            weekly.push(Opening { weekday: day, opens: Time::hm(9, 0), closes: Time::hm(12, 30) });
        }
        for day in [Weekday::Tue, Weekday::Thu] {
            weekly.push(Opening { weekday: day, opens: Time::hm(14, 0), closes: Time::hm(17, 0) });
        }
        Hours {
            weekly,
            closures: vec![Closure { first: Date::parse("2026-08-10").unwrap(), last: Date::parse("2026-08-21").unwrap() }],
            patron_saint: Some((7, 26)),
        }
    }

    #[test]
    fn open_now_and_next_opening() {
        let h = desk();
        // Monday 23 November 2026, 10:00.
        assert_eq!(h.status(at("2026-11-23T10:00")), OpenStatus::OpenUntil(Time::hm(12, 30)));
        assert_eq!(h.status(at("2026-11-23T12:30")), OpenStatus::OpensAt(at("2026-11-24T09:00")));
        assert_eq!(h.status(at("2026-11-24T13:00")), OpenStatus::OpensAt(at("2026-11-24T14:00")));
        assert_eq!(h.status(at("2026-11-24T08:59")), OpenStatus::OpensAt(at("2026-11-24T09:00")));
        // Friday evening: next Monday.
        assert_eq!(h.status(at("2026-11-27T18:00")), OpenStatus::OpensAt(at("2026-11-30T09:00")));
        assert_eq!(Hours::default().status(at("2026-11-27T18:00")), OpenStatus::Closed);
    }

    #[test]
    fn holidays_patron_saint_and_closures_close_the_desk() {
        let h = desk();
        // Easter Monday 2026 is 6 April: opens Tuesday.
        assert_eq!(h.status(at("2026-04-06T10:00")), OpenStatus::OpensAt(at("2026-04-07T09:00")));
        // 8 December (Tuesday), Christmas period.
        assert!(h.ranges_on(Date::parse("2026-12-08").unwrap()).is_empty());
        assert_eq!(h.status(at("2026-12-24T18:00")), OpenStatus::OpensAt(at("2026-12-28T09:00")));
        // Patron saint on Monday 26 July 2027.
        assert!(h.closed_on(Date::parse("2027-07-26").unwrap()));
        // Summer closure.
        assert_eq!(h.status(at("2026-08-12T10:00")), OpenStatus::OpensAt(at("2026-08-24T09:00")));
    }

    #[test]
    fn slots_respect_hours_length_and_notice() {
        let h = desk();
        let rule = SlotRule { minutes: 30, capacity: 1, min_notice_minutes: 0 };
        let tuesday = Date::parse("2026-11-24").unwrap();
        let slots = day_slots(&h, rule, tuesday, 0);
        // 9:00 … 12:00 (7 slots: 12:30 would end after closing) and 14:00 … 16:30 (6).
        assert_eq!(slots.len(), 13);
        assert_eq!(slots[0], Time::hm(9, 0));
        assert_eq!(slots[6], Time::hm(12, 0));
        assert_eq!(slots[12], Time::hm(16, 30));
        let long = SlotRule { minutes: 45, ..rule };
        assert_eq!(day_slots(&h, long, tuesday, 0).last(), Some(&Time::hm(16, 15)));
        // Minimum notice: booking on Tuesday 10:05 with 24 hours' notice leaves Wednesday 10:30 on.
        let now = rome_to_unix(at("2026-11-24T10:05")).unwrap();
        let noticed = SlotRule { min_notice_minutes: 24 * 60, ..rule };
        assert!(day_slots(&h, noticed, tuesday, now).is_empty());
        let wednesday = day_slots(&h, noticed, tuesday.add_days(1), now);
        assert_eq!(wednesday.first(), Some(&Time::hm(10, 30)));
        assert!(is_slot(&h, noticed, at("2026-11-25T11:00"), now));
        assert!(!is_slot(&h, noticed, at("2026-11-25T11:15"), now));
    }

    #[test]
    fn a_slot_booked_to_capacity_is_not_free() {
        let h = desk();
        let rule = SlotRule { minutes: 30, capacity: 2, min_notice_minutes: 0 };
        let tuesday = Date::parse("2026-11-24").unwrap();
        let booked = std::collections::HashMap::from([(at("2026-11-24T09:00"), 2), (at("2026-11-24T09:30"), 1)]);
        let free = free_slots(&h, rule, tuesday, &booked, 0);
        assert_eq!(free.first(), Some(&Time::hm(9, 30)), "9:00 is full, 9:30 has a seat left");
        assert_eq!(free.len(), day_slots(&h, rule, tuesday, 0).len() - 1);
    }

    #[test]
    fn a_calendar_page_opens_on_the_first_free_day_and_stays_within_the_horizon() {
        let today = Date::parse("2026-11-24").unwrap();
        let first_free = today.add_days(10);
        let page = calendar_page(today, None, |d| d >= first_free);
        assert_eq!(page.days.first(), Some(&first_free));
        assert_eq!(page.days.len(), DAYS_PER_PAGE as usize);
        assert_eq!(page.earlier, Some(first_free.add_days(-DAYS_PER_PAGE)));
        assert_eq!(page.later, Some(first_free.add_days(DAYS_PER_PAGE)));
        // Nothing free: today. A page asked for in the past opens today, with nothing before it.
        assert_eq!(calendar_page(today, None, |_| false).days.first(), Some(&today));
        let past = calendar_page(today, Some(today.add_days(-30)), |_| true);
        assert_eq!((past.days.first(), past.earlier), (Some(&today), None));
        // The last page ends at the horizon, with nothing after it.
        let end = calendar_page(today, Some(today.add_days(BOOKING_HORIZON_DAYS - 3)), |_| true);
        assert_eq!((end.days.len(), end.later), (3, None));
        assert!(end.days.iter().all(|d| *d < today.add_days(BOOKING_HORIZON_DAYS)));
    }

    #[test]
    fn no_slot_in_the_hour_skipped_by_summer_time() {
        let night = Hours {
            weekly: vec![Opening { weekday: Weekday::Sun, opens: Time::hm(1, 0), closes: Time::hm(4, 0) }],
            ..Hours::default()
        };
        let rule = SlotRule { minutes: 30, capacity: 1, min_notice_minutes: 0 };
        let slots = day_slots(&night, rule, Date::parse("2026-03-29").unwrap(), 0);
        let shown: Vec<String> = slots.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["1:00", "1:30", "3:00", "3:30"]);
    }

    #[test]
    fn great_circle_distance() {
        let dalmine = Point { latitude: 45.65, longitude: 9.60 };
        let bergamo = Point { latitude: 45.6983, longitude: 9.6773 };
        let d = dalmine.distance_km(bergamo);
        assert!((7.0..8.5).contains(&d), "{d}");
        let rome = Point { latitude: 41.9028, longitude: 12.4964 };
        let milan = Point { latitude: 45.4642, longitude: 9.19 };
        assert!((475.0..485.0).contains(&rome.distance_km(milan)));
        assert_eq!(dalmine.distance_km(dalmine), 0.0);
    }
}
