//! Dates and times as the desks live them: civil dates, times of day and the Europe/Rome clock.
//!
//! Small and dependency-free on purpose (it also runs in the browser). Desks' hours are local
//! times; the only conversion needed is between UTC instants and Europe/Rome wall-clock time,
//! which follows the EU rule in force since 1996: summer time (UTC+2) from the last Sunday of
//! March at 01:00 UTC to the last Sunday of October at 01:00 UTC, otherwise UTC+1.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Day of the week, Monday first (ISO 8601 numbers 1–7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    /// 1 = Monday … 7 = Sunday.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(n: u8) -> Option<Weekday> {
        Weekday::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// The short name used in forms, URLs and message ids (`mon` … `sun`).
    pub fn as_str(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }

    pub fn parse(s: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01. Howard Hinnant's `civil_from_days`.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        let n = (self.days_since_epoch() + 3).rem_euclid(7);
        Weekday::ALL[n as usize]
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The last `weekday` of a month.
    fn last_weekday_of(year: i32, month: u8, weekday: Weekday) -> Date {
        let last = Date { year, month, day: days_in_month(year, month) };
        let back = (last.weekday() as i64 - weekday as i64).rem_euclid(7);
        last.add_days(-back)
    }

    /// Easter Sunday (Gregorian computus, Meeus/Jones/Butcher).
    pub fn easter(year: i32) -> Date {
        let a = year % 19;
        let b = year / 100;
        let c = year % 100;
        let d = b / 4;
        let e = b % 4;
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let i = c / 4;
        let k = c % 4;
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        Date { year, month: month as u8, day: day as u8 }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a date (YYYY-MM-DD)")))
    }
}

/// A time of day in minutes after midnight (0–1439); 24:00 (1440) only as the end of a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub u16);

impl Time {
    pub fn hm(hour: u16, minute: u16) -> Time {
        Time(hour * 60 + minute)
    }

    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    pub fn minute(self) -> u16 {
        self.0 % 60
    }

    /// Parses `H:MM` or `HH:MM` (up to `24:00`).
    pub fn parse(s: &str) -> Option<Time> {
        let (h, m) = s.split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (m < 60 && (h < 24 || (h == 24 && m == 0))).then(|| Time::hm(h, m))
    }
}

impl fmt::Display for Time {
    /// `9:00`, `14:30`: the way Italian desks write their hours.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{:02}", self.hour(), self.minute())
    }
}

impl Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:02}:{:02}", self.hour(), self.minute()))
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        let s = String::deserialize(d)?;
        Time::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a time (HH:MM)")))
    }
}

/// A wall-clock moment in Europe/Rome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
    pub date: Date,
    pub time: Time,
}

impl LocalDateTime {
    /// `YYYY-MM-DDTHH:MM`, the form slots are stored and posted in.
    pub fn parse(s: &str) -> Option<LocalDateTime> {
        let (d, t) = s.split_once('T')?;
        let time = Time::parse(t).filter(|t| t.0 < 24 * 60)?;
        Some(LocalDateTime { date: Date::parse(d)?, time })
    }
}

impl fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{:02}:{:02}", self.date, self.time.hour(), self.time.minute())
    }
}

impl Serialize for LocalDateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LocalDateTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<LocalDateTime, D::Error> {
        let s = String::deserialize(d)?;
        LocalDateTime::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a local date-time")))
    }
}

/// Europe/Rome: UTC offset in minutes at a UTC instant (seconds since the Unix epoch).
pub fn rome_offset_minutes(unix_seconds: i64) -> i64 {
    let date = Date::from_days_since_epoch(unix_seconds.div_euclid(86_400));
    let start = Date::last_weekday_of(date.year, 3, Weekday::Sun).days_since_epoch() * 86_400 + 3600;
    let end = Date::last_weekday_of(date.year, 10, Weekday::Sun).days_since_epoch() * 86_400 + 3600;
    if (start..end).contains(&unix_seconds) {
        120
    } else {
        60
    }
}

/// The Europe/Rome wall clock at a UTC instant.
pub fn rome_local(unix_seconds: i64) -> LocalDateTime {
    let local = unix_seconds + rome_offset_minutes(unix_seconds) * 60;
    let date = Date::from_days_since_epoch(local.div_euclid(86_400));
    let time = Time((local.rem_euclid(86_400) / 60) as u16);
    LocalDateTime { date, time }
}

/// The UTC instant of a Europe/Rome wall-clock time, or `None` for a time that does not exist
/// (the hour skipped when summer time starts). In the repeated hour of October the earlier
/// (summer-time) instant is chosen.
pub fn rome_to_unix(local: LocalDateTime) -> Option<i64> {
    let naive = local.date.days_since_epoch() * 86_400 + i64::from(local.time.0) * 60;
    [120, 60].into_iter().map(|offset| naive - offset * 60).find(|&utc| rome_local(utc) == local)
}

/// Italian national public holidays of a year (Law 260/1949 and later), Easter Monday included.
pub fn national_holidays(year: i32) -> Vec<Date> {
    let fixed = [(1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26)];
    let mut days: Vec<Date> = fixed.iter().filter_map(|&(m, d)| Date::new(year, m, d)).collect();
    // St Francis of Assisi is a national holiday again from 2026 (Law 151/2025).
    if year >= 2026 {
        days.extend(Date::new(year, 10, 4));
    }
    days.push(Date::easter(year).add_days(1));
    days.sort();
    days
}

/// A day of the year without a year (a patron saint's day): `MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

impl MonthDay {
    pub fn parse(s: &str) -> Option<MonthDay> {
        let (m, d) = s.split_once('-')?;
        let (month, day) = (m.parse().ok()?, d.parse().ok()?);
        (m.len() == 2 && d.len() == 2 && Date::new(2024, month, day).is_some()).then_some(MonthDay { month, day })
    }

    pub fn is(self, date: Date) -> bool {
        date.month == self.month && date.day == self.day
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn days_round_trip_and_weekdays() {
        for days in -800_000..800_000i64 {
            if days % 997 == 0 {
                assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
            }
        }
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2026-11-22").weekday(), Weekday::Sun);
        assert_eq!(d("2024-02-29").add_days(1), d("2024-03-01"));
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::parse("2025-13-01"), None);
    }

    #[test]
    fn easter_and_easter_monday() {
        assert_eq!(Date::easter(2024), d("2024-03-31"));
        assert_eq!(Date::easter(2025), d("2025-04-20"));
        assert_eq!(Date::easter(2026), d("2026-04-05"));
        assert_eq!(Date::easter(2027), d("2027-03-28"));
        assert!(national_holidays(2026).contains(&d("2026-04-06")));
        assert!(national_holidays(2027).contains(&d("2027-03-29")));
        assert!(national_holidays(2026).contains(&d("2026-06-02")));
        assert!(!national_holidays(2025).contains(&d("2025-10-04")));
    }

    #[test]
    fn rome_clock_across_daylight_saving_changes() {
        // 2026-03-29 01:00 UTC: clocks go from 02:00 to 03:00.
        let before = rome_to_unix(LocalDateTime::parse("2026-03-29T01:59").unwrap()).unwrap();
        assert_eq!(rome_local(before + 60).to_string(), "2026-03-29T03:00");
        assert_eq!(rome_to_unix(LocalDateTime::parse("2026-03-29T02:30").unwrap()), None);
        // 2026-10-25 01:00 UTC: clocks go back from 03:00 to 02:00.
        let summer = rome_to_unix(LocalDateTime::parse("2026-10-25T02:30").unwrap()).unwrap();
        assert_eq!(rome_offset_minutes(summer), 120);
        assert_eq!(rome_local(summer + 3600).to_string(), "2026-10-25T02:30");
        // Winter and summer noon.
        let jan = rome_to_unix(LocalDateTime::parse("2026-01-15T12:00").unwrap()).unwrap();
        assert_eq!(jan % 86_400, 11 * 3600);
        let jul = rome_to_unix(LocalDateTime::parse("2026-07-15T12:00").unwrap()).unwrap();
        assert_eq!(jul % 86_400, 10 * 3600);
    }

    #[test]
    fn parsing_times() {
        assert_eq!(Time::parse("9:00"), Some(Time(540)));
        assert_eq!(Time::parse("24:00"), Some(Time(1440)));
        assert_eq!(Time::parse("24:01"), None);
        assert_eq!(Time::parse("12:5"), None);
        assert_eq!(LocalDateTime::parse("2026-11-23T24:00"), None);
        assert_eq!(Time(570).to_string(), "9:30");
        assert_eq!(MonthDay::parse("07-26").map(|m| m.to_string()), Some("07-26".into()));
        assert_eq!(MonthDay::parse("02-30"), None);
    }
}
