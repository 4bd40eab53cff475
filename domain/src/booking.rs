//! What a booking form must contain, and the booking codes people write down.

use crate::calendar::LocalDateTime;
use serde::{Deserialize, Serialize};

/// Letters and digits that cannot be mistaken for one another when read aloud, handwritten or
/// typed on a phone (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
pub const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
/// Characters in a booking code (25^8 ≈ 1.5 × 10^11 codes).
pub const CODE_LENGTH: usize = 8;

/// A code from random bytes (one byte per character; the tiny bias of `% 25` is irrelevant
/// here because codes are never enough on their own: a PIN or the contact is also needed).
pub fn code_from_random(bytes: [u8; CODE_LENGTH]) -> String {
    bytes.iter().map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char).collect()
}

/// How a code is shown: `K7MX-4QPT`.
pub fn display_code(code: &str) -> String {
    if code.len() == CODE_LENGTH {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_owned()
    }
}

/// The code as typed by a person (spaces, dashes, lower case) in stored form, or `None` when it
/// cannot be a code.
pub fn normalize_code(typed: &str) -> Option<String> {
    let code: String =
        typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    (code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// The contact as stored: an e-mail address in lower case, or a phone number as digits (with a
/// leading `+` kept), so that "333 123 4567" and "3331234567" match when managing a booking.
pub fn normalize_contact(typed: &str) -> String {
    let typed = typed.trim();
    if typed.contains('@') {
        typed.to_lowercase()
    } else {
        let plus = typed.starts_with('+');
        let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
        if plus {
            format!("+{digits}")
        } else {
            digits
        }
    }
}

/// A problem with the booking form; each maps to a translated message next to its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormError {
    SlotMissing,
    NameMissing,
    NameTooLong,
    ContactInvalid,
    /// A request without an appointment needs a way to be answered.
    ContactMissing,
    LanguageMissing,
    ConsentMissing,
    NoteTooLong,
}

impl FormError {
    /// The form field the message belongs to.
    pub fn field(self) -> &'static str {
        match self {
            FormError::SlotMissing => "slot",
            FormError::NameMissing | FormError::NameTooLong => "name",
            FormError::ContactInvalid | FormError::ContactMissing => "contact",
            FormError::LanguageMissing => "language",
            FormError::ConsentMissing => "consent",
            FormError::NoteTooLong => "note",
        }
    }

    /// The id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            FormError::SlotMissing => "book-error-slot",
            FormError::NameMissing => "book-error-name",
            FormError::NameTooLong => "book-error-name-long",
            FormError::ContactInvalid => "book-error-contact",
            FormError::ContactMissing => "book-error-contact-missing",
            FormError::LanguageMissing => "book-error-language",
            FormError::ConsentMissing => "book-error-consent",
            FormError::NoteTooLong => "book-error-note-long",
        }
    }
}

/// What the booking form posted, as typed (kept to fill the form again after an error).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingForm {
    pub slot: String,
    pub name: String,
    pub contact: String,
    pub language: String,
    pub consent: bool,
    /// Anything the person wants the desk to know, in their own words (optional).
    #[serde(default)]
    pub note: String,
    /// Who is filling in the form (`person`, `relative`, `mediator`; optional).
    #[serde(default)]
    pub filled_by: String,
}

/// A booking form that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidBooking {
    pub slot: LocalDateTime,
    pub person: ValidPerson,
}

/// What the person said about themselves, once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPerson {
    pub name: String,
    /// Normalized e-mail or phone, if given (always, for a request without an appointment).
    pub contact: Option<String>,
    pub language: String,
    pub note: Option<String>,
}

pub const NAME_MAX_CHARS: usize = 80;
pub const NOTE_MAX_CHARS: usize = 1000;

/// Checks the booking form; every problem is reported at once. `languages` are the codes a
/// person may choose as their preferred language.
pub fn validate(form: &BookingForm, languages: &[&str]) -> Result<ValidBooking, Vec<FormError>> {
    let slot = LocalDateTime::parse(form.slot.trim());
    let mut errors = Vec::new();
    if slot.is_none() {
        errors.push(FormError::SlotMissing);
    }
    let person = validate_person(form, languages, false, errors);
    match (slot, person) {
        (Some(slot), Ok(person)) => Ok(ValidBooking { slot, person }),
        (_, Err(errors)) => Err(errors),
        (None, Ok(_)) => Err(vec![FormError::SlotMissing]),
    }
}

/// Checks the form of a request without an appointment (its `slot` is ignored). The desk
/// answers it, so a contact is required.
pub fn validate_request(form: &BookingForm, languages: &[&str]) -> Result<ValidPerson, Vec<FormError>> {
    validate_person(form, languages, true, Vec::new())
}

/// The fields about the person, shared by both forms, after the problems found so far.
fn validate_person(
    form: &BookingForm,
    languages: &[&str],
    contact_required: bool,
    mut errors: Vec<FormError>,
) -> Result<ValidPerson, Vec<FormError>> {
    let name = form.name.trim();
    if name.is_empty() {
        errors.push(FormError::NameMissing);
    } else if name.chars().count() > NAME_MAX_CHARS {
        errors.push(FormError::NameTooLong);
    }
    let contact = normalize_contact(&form.contact);
    if form.contact.trim().is_empty() {
        if contact_required {
            errors.push(FormError::ContactMissing);
        }
    } else if !is_email(&contact) && !is_phone(&contact) {
        errors.push(FormError::ContactInvalid);
    }
    if !languages.contains(&form.language.as_str()) {
        errors.push(FormError::LanguageMissing);
    }
    if !form.consent {
        errors.push(FormError::ConsentMissing);
    }
    let note = form.note.trim();
    if note.chars().count() > NOTE_MAX_CHARS {
        errors.push(FormError::NoteTooLong);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidPerson {
        name: name.to_owned(),
        contact: (!contact.is_empty()).then_some(contact),
        language: form.language.clone(),
        note: (!note.is_empty()).then(|| note.to_owned()),
    })
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        && !s.contains(char::is_whitespace) && s.len() <= 254
}

fn is_phone(s: &str) -> bool {
    let digits = s.trim_start_matches('+');
    (6..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> BookingForm {
        BookingForm {
            slot: "2026-11-24T09:30".into(),
            name: "  Amina K. ".into(),
            contact: "333 123 4567".into(),
            language: "ar".into(),
            consent: true,
            note: "  أحتاج إلى كرسي متحرك ".into(),
            filled_by: "mediator".into(),
        }
    }

    #[test]
    fn a_complete_form_is_accepted_and_normalized() {
        let ok = validate(&form(), &["it", "ar"]).unwrap();
        assert_eq!(ok.slot.to_string(), "2026-11-24T09:30");
        let ok = ok.person;
        assert_eq!(ok.name, "Amina K.");
        assert_eq!(ok.contact.as_deref(), Some("3331234567"));
        assert_eq!(ok.note.as_deref(), Some("أحتاج إلى كرسي متحرك"), "kept as written, trimmed");
        let no_note = BookingForm { note: "   ".into(), ..form() };
        assert_eq!(validate(&no_note, &["ar"]).unwrap().person.note, None);
        let no_contact = BookingForm { contact: " ".into(), ..form() };
        assert_eq!(validate(&no_contact, &["ar"]).unwrap().person.contact, None);
        let email = BookingForm { contact: "Amina@Example.org".into(), ..form() };
        assert_eq!(validate(&email, &["ar"]).unwrap().person.contact.as_deref(), Some("amina@example.org"));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = BookingForm {
            slot: "tomorrow".into(),
            name: String::new(),
            contact: "abc".into(),
            language: "xx".into(),
            consent: false,
            note: "x".repeat(NOTE_MAX_CHARS + 1),
            filled_by: String::new(),
        };
        assert_eq!(
            validate(&bad, &["it"]).unwrap_err(),
            vec![
                FormError::SlotMissing,
                FormError::NameMissing,
                FormError::ContactInvalid,
                FormError::LanguageMissing,
                FormError::ConsentMissing,
                FormError::NoteTooLong
            ]
        );
        let long = BookingForm { name: "x".repeat(81), ..form() };
        assert_eq!(validate(&long, &["ar"]).unwrap_err(), vec![FormError::NameTooLong]);
    }

    #[test]
    fn a_request_without_a_time_needs_a_contact_and_no_slot() {
        let request = BookingForm { slot: String::new(), ..form() };
        let ok = validate_request(&request, &["ar"]).unwrap();
        assert_eq!((ok.name.as_str(), ok.contact.as_deref()), ("Amina K.", Some("3331234567")));
        assert_eq!(ok.note.as_deref(), Some("أحتاج إلى كرسي متحرك"));
        let no_contact = BookingForm { contact: "  ".into(), ..request.clone() };
        assert_eq!(validate_request(&no_contact, &["ar"]).unwrap_err(), vec![FormError::ContactMissing]);
        let bad = BookingForm { contact: "abc".into(), consent: false, ..request };
        assert_eq!(
            validate_request(&bad, &["ar"]).unwrap_err(),
            vec![FormError::ContactInvalid, FormError::ConsentMissing]
        );
        assert_eq!(FormError::ContactMissing.field(), "contact");
    }

    #[test]
    fn codes_are_unambiguous_and_forgiving_to_type() {
        let code = code_from_random([0, 1, 2, 3, 200, 255, 24, 25]);
        assert_eq!(code.len(), CODE_LENGTH);
        assert_eq!(normalize_code(&display_code(&code).to_lowercase()), Some(code.clone()));
        assert_eq!(normalize_code(" acde fghj "), Some("ACDEFGHJ".into()));
        assert_eq!(normalize_code("ACDEFGH0"), None, "0 is not in the alphabet");
        assert_eq!(normalize_code("ACD"), None);
    }
}
