//! Cultural mediators: the languages each speaks and when they are at which desk (their
//! presence), which appointments they may help with, and the form an administrator fills in
//! to set both. The desks' public "a mediator speaks Arabic on Mondays" is read from the
//! presence of active mediators, never kept by hand beside it.

use crate::{
    calendar::{LocalDateTime, Time, Weekday},
    desks::DeskLanguage,
    lang::DEFAULT_LANG,
};
use serde::{Deserialize, Serialize};

/// A mediator is at a desk every `weekday` from `from` to `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    /// The desk's slug.
    pub desk: String,
    pub weekday: Weekday,
    pub from: Time,
    pub to: Time,
}

impl Presence {
    /// Whether the mediator is at `desk` at `at`.
    pub fn covers(&self, desk: &str, at: LocalDateTime) -> bool {
        self.desk == desk && at.date.weekday() == self.weekday && self.from <= at.time && at.time < self.to
    }
}

/// What a mediator account adds to an account: languages (codes) and presence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub languages: Vec<String>,
    pub presence: Vec<Presence>,
}

impl Profile {
    /// Whether this mediator may help with an appointment at `desk` at `at` of a person who
    /// speaks `language`: they speak it, it is not the desk's own Italian, and they are there.
    pub fn fits(&self, desk: &str, at: LocalDateTime, language: &str) -> bool {
        language != DEFAULT_LANG
            && self.languages.iter().any(|l| l == language)
            && self.presence.iter().any(|p| p.covers(desk, at))
    }
}

/// A mediator speaks `code` at a desk on `weekday`: a language its staff speak every day stays
/// so; another gains the day (in the order of the week), in the order of language codes.
pub fn add_mediator_day(languages: &mut Vec<DeskLanguage>, code: String, weekday: Weekday) {
    match languages.iter_mut().find(|l| l.code == code) {
        Some(l) if l.mediator_days.is_empty() => {}
        Some(l) => {
            if !l.mediator_days.contains(&weekday) {
                l.mediator_days.push(weekday);
                l.mediator_days.sort();
            }
        }
        None => {
            let at = languages.iter().position(|l| l.code > code).unwrap_or(languages.len());
            languages.insert(at, DeskLanguage { code, mediator_days: vec![weekday] });
        }
    }
}

/// One row of presence as the form posts it (every field as typed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenceForm {
    pub desk: String,
    pub weekday: String,
    pub from: String,
    pub to: String,
}

impl PresenceForm {
    fn is_blank(&self) -> bool {
        [&self.desk, &self.weekday, &self.from, &self.to].iter().all(|f| f.trim().is_empty())
    }
}

/// The mediator form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileForm {
    pub languages: Vec<String>,
    pub presence: Vec<PresenceForm>,
}

impl From<&Profile> for ProfileForm {
    fn from(p: &Profile) -> ProfileForm {
        ProfileForm {
            languages: p.languages.clone(),
            presence: p
                .presence
                .iter()
                .map(|r| PresenceForm {
                    desk: r.desk.clone(),
                    weekday: r.weekday.as_str().to_owned(),
                    from: format!("{:02}:{:02}", r.from.hour(), r.from.minute()),
                    to: format!("{:02}:{:02}", r.to.hour(), r.to.minute()),
                })
                .collect(),
        }
    }
}

/// What is wrong with a mediator form; `row` counts presence rows from 1 as the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProfileError {
    /// No language besides Italian.
    NoLanguage,
    /// A row without one of the desks of the network.
    Desk { row: usize },
    /// A row without a day of the week.
    Weekday { row: usize },
    /// A row whose hours are missing, not times, or end before they start.
    Hours { row: usize },
}

impl ProfileError {
    /// The message that says what to mend.
    pub fn message_id(self) -> &'static str {
        match self {
            ProfileError::NoLanguage => "staff-mediator-error-language",
            ProfileError::Desk { .. } => "staff-mediator-error-desk",
            ProfileError::Weekday { .. } => "staff-mediator-error-weekday",
            ProfileError::Hours { .. } => "staff-mediator-error-hours",
        }
    }

    /// The presence row it is about, if any.
    pub fn row(self) -> Option<usize> {
        match self {
            ProfileError::NoLanguage => None,
            ProfileError::Desk { row } | ProfileError::Weekday { row } | ProfileError::Hours { row } => Some(row),
        }
    }
}

/// Checks a mediator form against the network's desks (slugs) and the languages a mediator may
/// speak; blank rows are left out, unknown languages dropped. Every problem at once.
pub fn validate(form: &ProfileForm, desks: &[&str], languages: &[&str]) -> Result<Profile, Vec<ProfileError>> {
    let mut chosen: Vec<String> = form
        .languages
        .iter()
        .filter(|l| l.as_str() != DEFAULT_LANG && languages.contains(&l.as_str()))
        .cloned()
        .collect();
    chosen.sort();
    chosen.dedup();
    let mut errors = Vec::new();
    if chosen.is_empty() {
        errors.push(ProfileError::NoLanguage);
    }
    let mut presence = Vec::new();
    for (i, r) in form.presence.iter().enumerate().filter(|(_, r)| !r.is_blank()) {
        let row = i + 1;
        let desk = desks.iter().find(|d| **d == r.desk.trim());
        let weekday = Weekday::parse(r.weekday.trim());
        let hours = Time::parse(r.from.trim()).zip(Time::parse(r.to.trim())).filter(|(from, to)| from < to);
        if desk.is_none() {
            errors.push(ProfileError::Desk { row });
        }
        if weekday.is_none() {
            errors.push(ProfileError::Weekday { row });
        }
        if hours.is_none() {
            errors.push(ProfileError::Hours { row });
        }
        if let (Some(desk), Some(weekday), Some((from, to))) = (desk, weekday, hours) {
            presence.push(Presence { desk: (*desk).to_owned(), weekday, from, to });
        }
    }
    if errors.is_empty() {
        Ok(Profile { languages: chosen, presence })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;

    fn at(date: &str, time: &str) -> LocalDateTime {
        LocalDateTime { date: Date::parse(date).unwrap(), time: Time::parse(time).unwrap() }
    }

    fn row(desk: &str, weekday: &str, from: &str, to: &str) -> PresenceForm {
        PresenceForm { desk: desk.into(), weekday: weekday.into(), from: from.into(), to: to.into() }
    }

    const DESKS: [&str; 2] = ["dalmine", "zanica"];
    const LANGUAGES: [&str; 3] = ["it", "ar", "ur"];

    #[test]
    fn a_mediator_fits_appointments_in_their_languages_at_their_desks_in_their_hours() {
        // 2027-03-01 is a Monday.
        let form = ProfileForm { languages: vec!["ar".into()], presence: vec![row("dalmine", "mon", "09:00", "12:00")] };
        let profile = validate(&form, &DESKS, &LANGUAGES).unwrap();
        assert!(profile.fits("dalmine", at("2027-03-01", "09:00"), "ar"));
        assert!(profile.fits("dalmine", at("2027-03-01", "11:30"), "ar"));
        assert!(!profile.fits("dalmine", at("2027-03-01", "12:00"), "ar"), "ends at noon");
        assert!(!profile.fits("dalmine", at("2027-03-02", "10:00"), "ar"), "not on Tuesdays");
        assert!(!profile.fits("zanica", at("2027-03-01", "10:00"), "ar"), "not at another desk");
        assert!(!profile.fits("dalmine", at("2027-03-01", "10:00"), "ur"), "not another language");
        assert!(!profile.fits("dalmine", at("2027-03-01", "10:00"), "it"), "Italian needs no mediator");
    }

    #[test]
    fn a_form_is_checked_row_by_row_and_blank_rows_are_left_out() {
        let form = ProfileForm {
            languages: vec!["it".into(), "xx".into()],
            presence: vec![
                row("dalmine", "mon", "09:00", "12:00"),
                row("nowhere", "someday", "12:00", "09:00"),
                row("", "", "", ""),
                row("zanica", "tue", "9", "12:00"),
            ],
        };
        let errors = validate(&form, &DESKS, &LANGUAGES).unwrap_err();
        assert_eq!(
            errors,
            vec![
                ProfileError::NoLanguage,
                ProfileError::Desk { row: 2 },
                ProfileError::Weekday { row: 2 },
                ProfileError::Hours { row: 2 },
                ProfileError::Hours { row: 4 },
            ]
        );
        let fixed = ProfileForm {
            languages: vec!["ur".into(), "ar".into(), "ar".into()],
            presence: vec![row("dalmine", "mon", "09:00", "12:00"), row("", "", "", ""), row(" zanica ", "tue", "9:00", "12:30")],
        };
        let profile = validate(&fixed, &DESKS, &LANGUAGES).unwrap();
        assert_eq!(profile.languages, vec!["ar", "ur"]);
        assert_eq!(profile.presence.len(), 2);
        assert_eq!(ProfileForm::from(&profile).presence[1], row("zanica", "tue", "09:00", "12:30"));
    }
}
