//! What a booking form must contain, and the booking codes people write down.

use crate::{
    calendar::LocalDateTime,
    helper::{validate_helper, HelperForm, ValidHelper},
};
use serde::{Deserialize, Serialize};

/// Letters and digits that cannot be mistaken for one another when read aloud, handwritten or
/// typed on a phone (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
pub const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
/// Characters in a booking code (25^8 ≈ 1.5 × 10^11 codes).
pub const CODE_LENGTH: usize = 8;

/// A booking's code: what the person writes down, reads out on the phone, and finds in the
/// address of their booking's page. Only a valid code can be made, so a handler given one has
/// already refused anything else.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BookingCode(String);

impl BookingCode {
    /// A code from random bytes (one byte per character; the tiny bias of `% 25` is irrelevant
    /// here because codes are never enough on their own: a PIN is also needed).
    pub fn from_random(bytes: [u8; CODE_LENGTH]) -> BookingCode {
        BookingCode(bytes.iter().map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char).collect())
    }

    /// The code as typed by a person (spaces, dashes, lower case), or `None` when it cannot be
    /// a code.
    pub fn typed(typed: &str) -> Option<BookingCode> {
        let code: String =
            typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        BookingCode::try_from(code).ok()
    }

    /// As stored and in addresses: `K7MX4QPT`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As shown to people, in two halves that are easier to read out and copy: `K7MX-4QPT`.
    pub fn shown(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// A code exactly as stored (eight characters of the alphabet), or the reason it is not one.
impl TryFrom<String> for BookingCode {
    type Error = &'static str;

    fn try_from(code: String) -> Result<BookingCode, &'static str> {
        if code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
            Ok(BookingCode(code))
        } else {
            Err("not a booking code")
        }
    }
}

impl From<BookingCode> for String {
    fn from(code: BookingCode) -> String {
        code.0
    }
}

impl std::fmt::Display for BookingCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a person can be reached: an e-mail address in lower case, or a phone number as digits
/// (with a leading `+` kept), so that "333 123 4567" and "3331234567" are the same contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    Phone(String),
}

impl Contact {
    /// The contact as typed: `Ok(None)` when nothing was typed, `Err` when it is neither an
    /// e-mail address nor a phone number.
    pub fn typed(typed: &str) -> Result<Option<Contact>, FormError> {
        let typed = typed.trim();
        if typed.is_empty() {
            return Ok(None);
        }
        let contact = if typed.contains('@') {
            Contact::Email(typed.to_lowercase())
        } else {
            let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
            Contact::Phone(if typed.starts_with('+') { format!("+{digits}") } else { digits })
        };
        let valid = match &contact {
            Contact::Email(e) => is_email(e),
            Contact::Phone(p) => is_phone(p),
        };
        if valid { Ok(Some(contact)) } else { Err(FormError::ContactInvalid) }
    }

    /// As stored.
    pub fn as_str(&self) -> &str {
        match self {
            Contact::Email(s) | Contact::Phone(s) => s,
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
    /// Something was typed about a helper, but not their name.
    HelperNameMissing,
    HelperNameTooLong,
    HelperRelationshipMissing,
    HelperContactInvalid,
    /// A helper was named without the person's consent.
    HelperConsentMissing,
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
            FormError::HelperNameMissing | FormError::HelperNameTooLong => "helper-name",
            FormError::HelperRelationshipMissing => "helper-relationship",
            FormError::HelperContactInvalid => "helper-contact",
            FormError::HelperConsentMissing => "helper-consent",
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
            FormError::HelperNameMissing => "helper-error-name",
            FormError::HelperNameTooLong => "helper-error-name-long",
            FormError::HelperRelationshipMissing => "helper-error-relationship",
            FormError::HelperContactInvalid => "helper-error-contact",
            FormError::HelperConsentMissing => "helper-error-consent",
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
    /// Someone the person lets follow and manage the booking (optional).
    #[serde(default)]
    pub helper: HelperForm,
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
    /// If given (always, for a request without an appointment).
    pub contact: Option<Contact>,
    pub language: String,
    pub note: Option<String>,
    pub helper: Option<ValidHelper>,
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
    let contact = Contact::typed(&form.contact).unwrap_or_else(|e| {
        errors.push(e);
        None
    });
    if contact.is_none() && contact_required && form.contact.trim().is_empty() {
        errors.push(FormError::ContactMissing);
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
    let helper = validate_helper(&form.helper).unwrap_or_else(|mut problems| {
        errors.append(&mut problems);
        None
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidPerson {
        name: name.to_owned(),
        contact,
        language: form.language.clone(),
        note: (!note.is_empty()).then(|| note.to_owned()),
        helper,
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
            helper: HelperForm::default(),
        }
    }

    #[test]
    fn a_complete_form_is_accepted_and_normalized() {
        let ok = validate(&form(), &["it", "ar"]).unwrap();
        assert_eq!(ok.slot.to_string(), "2026-11-24T09:30");
        let ok = ok.person;
        assert_eq!(ok.name, "Amina K.");
        assert_eq!(ok.contact, Some(Contact::Phone("3331234567".into())));
        assert_eq!(ok.note.as_deref(), Some("أحتاج إلى كرسي متحرك"), "kept as written, trimmed");
        let no_note = BookingForm { note: "   ".into(), ..form() };
        assert_eq!(validate(&no_note, &["ar"]).unwrap().person.note, None);
        let no_contact = BookingForm { contact: " ".into(), ..form() };
        assert_eq!(validate(&no_contact, &["ar"]).unwrap().person.contact, None);
        let email = BookingForm { contact: "Amina@Example.org".into(), ..form() };
        assert_eq!(validate(&email, &["ar"]).unwrap().person.contact, Some(Contact::Email("amina@example.org".into())));
        let plus = BookingForm { contact: "+39 333-123 4567".into(), ..form() };
        assert_eq!(validate(&plus, &["ar"]).unwrap().person.contact.as_ref().map(Contact::as_str), Some("+393331234567"));
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
            helper: HelperForm { name: "Sara".into(), ..HelperForm::default() },
        };
        assert_eq!(
            validate(&bad, &["it"]).unwrap_err(),
            vec![
                FormError::SlotMissing,
                FormError::NameMissing,
                FormError::ContactInvalid,
                FormError::LanguageMissing,
                FormError::ConsentMissing,
                FormError::NoteTooLong,
                FormError::HelperRelationshipMissing,
                FormError::HelperConsentMissing,
            ]
        );
        let long = BookingForm { name: "x".repeat(81), ..form() };
        assert_eq!(validate(&long, &["ar"]).unwrap_err(), vec![FormError::NameTooLong]);
    }

    #[test]
    fn a_request_without_a_time_needs_a_contact_and_no_slot() {
        let request = BookingForm { slot: String::new(), ..form() };
        let ok = validate_request(&request, &["ar"]).unwrap();
        assert_eq!((ok.name.as_str(), ok.contact.as_ref().map(Contact::as_str)), ("Amina K.", Some("3331234567")));
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
        let code = BookingCode::from_random([0, 1, 2, 3, 200, 255, 24, 25]);
        assert_eq!(code.as_str().len(), CODE_LENGTH);
        assert_eq!(BookingCode::typed(&code.shown().to_lowercase()), Some(code.clone()));
        assert_eq!(BookingCode::typed(" acde fghj ").map(|c| c.shown()), Some("ACDE-FGHJ".into()));
        assert_eq!(BookingCode::typed("ACDEFGH0"), None, "0 is not in the alphabet");
        assert_eq!(BookingCode::typed("ACD"), None);
        assert!(BookingCode::try_from("acdefghj".to_owned()).is_err(), "stored codes are upper case");
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<BookingCode>(&json).unwrap(), code);
        assert!(serde_json::from_str::<BookingCode>("\"NOTACODE1\"").is_err());
    }
}
