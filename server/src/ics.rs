//! Calendar files (RFC 5545) for a booking, in the desk's time zone (Europe/Rome, with its
//! VTIMEZONE so every calendar app places the appointment at the desk's wall-clock time).

use domain::calendar::{rome_local, rome_to_unix, LocalDateTime, Time};

pub(crate) struct Event<'a> {
    pub uid: &'a str,
    pub starts_at: LocalDateTime,
    pub minutes: u16,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    pub now_unix: i64,
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
    out
}

fn local_stamp(at: LocalDateTime) -> String {
    let d = at.date;
    format!("{:04}{:02}{:02}T{:02}{:02}00", d.year, d.month, d.day, at.time.hour(), at.time.minute())
}

fn utc_stamp(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let d = domain::calendar::Date::from_days_since_epoch(days);
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", d.year, d.month, d.day, secs / 3600, secs / 60 % 60, secs % 60)
}

const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Rome",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// The calendar file of one appointment.
pub(crate) fn calendar(e: &Event<'_>) -> String {
    // The end is computed on the real clock, so an appointment across a clock change keeps
    // its length.
    let end = rome_to_unix(e.starts_at)
        .map_or(LocalDateTime { date: e.starts_at.date, time: Time(e.starts_at.time.0 + e.minutes) }, |start| rome_local(start + i64::from(e.minutes) * 60));
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Ponte//Sportelli sociali//IT".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    lines.extend(VTIMEZONE.iter().map(std::string::ToString::to_string));
    lines.extend([
        "BEGIN:VEVENT".into(),
        format!("UID:{}", e.uid),
        format!("DTSTAMP:{}", utc_stamp(e.now_unix)),
        format!("DTSTART;TZID=Europe/Rome:{}", local_stamp(e.starts_at)),
        format!("DTEND;TZID=Europe/Rome:{}", local_stamp(end)),
        format!("SUMMARY:{}", escape(e.summary)),
        format!("LOCATION:{}", escape(e.location)),
        format!("DESCRIPTION:{}", escape(e.description)),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ]);
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_calendar_in_the_desk_time_zone() {
        let text = calendar(&Event {
            uid: "ACDEFGHJ@ponte.example",
            starts_at: LocalDateTime::parse("2026-11-24T09:30").unwrap(),
            minutes: 45,
            summary: "Appuntamento: Assegno di inclusione",
            location: "Piazza Libertà 1, 24044 Dalmine (BG)",
            description: "Codice ACDE-FGHJ; porta i documenti\nGrazie",
            now_unix: 1_795_000_000,
        });
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;TZID=Europe/Rome:20261124T093000\r\n"));
        assert!(text.contains("DTEND;TZID=Europe/Rome:20261124T101500\r\n"));
        assert!(text.contains("LOCATION:Piazza Libertà 1\\, 24044 Dalmine (BG)\r\n"));
        assert!(text.contains("DESCRIPTION:Codice ACDE-FGHJ\\; porta i documenti\\nGrazie\r\n"));
        assert!(text.contains("TZID:Europe/Rome\r\n"));
        assert!(text.contains("DTSTAMP:2026"), "{text}");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets: {line}");
        }
    }

    #[test]
    fn long_lines_are_folded_between_characters() {
        let folded = fold(&format!("SUMMARY:{}", "è".repeat(60)));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), format!("SUMMARY:{}\r\n", "è".repeat(60)));
    }
}
