//! The booking forms (they work without JavaScript): book a slot or send a request without one,
//! find a booking again with its code, cancel (a request: withdraw), move to another time; and the calendar file and QR code of a booking. Each post
//! answers with a 303 to the page to show, so reloading never posts twice.
//!
//! Who may do what: anyone may book; a booking is seen, changed or cancelled only from a browser
//! session that made it or proved it knows the code with the PIN or the contact given.

use crate::{
    error::{Answer, AppError},
    lang::Lang,
    client_address::ClientAddress,
    directory::{now_unix, random_token},
    rate_limit::{self, Limit, MANAGE_PER_ADDRESS, MANAGE_PER_CODE},
    form::{ticked, Posted},
    ics,
    repo::{
        bookings::{self, BookError, NewBooking, Status},
        dossiers::{self, NewDossier},
        desks,
    },
    AppState,
};
use app::{
    content::{catalogue, language_codes},
    journey::DRAFT_KEY,
    desks::{Refusal, RefusedBooking, BOOKINGS_KEY, BOOKING_FORM_KEY, MANAGE_ERROR_KEY, NEW_PIN_KEY},
    i18n::i18n_for,
    paths,
};
use axum::{
    extract::{FromRequestParts, Path, State},
    http::request::Parts,
    http::header,
    response::{IntoResponse, Redirect},
};
use domain::{
    booking::{self as rules, BookingCode, BookingForm, FormError, ValidPerson},
    calendar::{rome_local, LocalDateTime},
    desks::is_slot,
    dossier::FilledBy,
    journey::Draft,
    results::evaluate,
};
use tower_sessions::Session;


/// The codes this browser session may manage.
pub(crate) async fn my_codes(session: &Session) -> Result<Vec<BookingCode>, AppError> {
    Ok(session.get::<Vec<BookingCode>>(BOOKINGS_KEY).await?.unwrap_or_default())
}

/// Lets this session open `code` (it made the booking, or proved it knows the PIN), under a new
/// session id: an id seen before (on a shared computer, fixed by someone else) opens nothing.
async fn remember(session: &Session, code: &BookingCode) -> Result<(), AppError> {
    let mut codes = my_codes(session).await?;
    if !codes.contains(code) {
        codes.push(code.clone());
    }
    session.insert(BOOKINGS_KEY, codes).await?;
    Ok(session.cycle_id().await?)
}

/// The request the desk receives: the journey's answers when they led to this service (a
/// draft about something else is not the desk's business), and who filled them in.
async fn dossier_from(session: &Session, service: &str) -> NewDossier {
    let draft = session.get::<Draft>(DRAFT_KEY).await.ok().flatten().filter(|d| {
        evaluate(catalogue(), &d.area, &d.answers)
            .services
            .iter()
            .any(|r| r.service.id == service && r.is_offered())
    });
    let filled_by = draft.as_ref().map_or(FilledBy::Person, |d| FilledBy::from_who(d.who));
    NewDossier { draft, filled_by, note: None }
}

fn new_pin() -> String {
    use rand::Rng;
    format!("{:06}", rand::rng().random_range(0..1_000_000))
}

fn new_code() -> BookingCode {
    use rand::RngCore;
    let mut bytes = [0u8; rules::CODE_LENGTH];
    rand::rng().fill_bytes(&mut bytes);
    BookingCode::from_random(bytes)
}

/// The booking code of a `/<lang>/booking/<code>/...` address. What cannot be a code is not
/// found, without a look-up.
pub(crate) struct CodeInPath(pub BookingCode);

impl<S: Send + Sync> FromRequestParts<S> for CodeInPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<CodeInPath, AppError> {
        let Path((_, code)) = Path::<(String, String)>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        BookingCode::try_from(code).map(CodeInPath).map_err(|_| AppError::NotFound)
    }
}

/// A request key as the form sent it, or a fresh one when it is missing or malformed (then a
/// resubmission is not recognised, but nothing else breaks).
fn request_key(sent: &str) -> String {
    let ok = !sent.is_empty()
        && sent.len() <= 64
        && sent.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        sent.to_owned()
    } else {
        random_token(16)
    }
}

/// Back to the booking page with what was typed and what went wrong.
async fn refuse(
    session: &Session,
    back: String,
    form: BookingForm,
    errors: Vec<FormError>,
    refusal: Option<Refusal>,
) -> Answer {
    session.insert(BOOKING_FORM_KEY, RefusedBooking { form, errors, refusal }).await?;
    Ok(Redirect::to(&back).into_response())
}

/// What the booking and request forms post: about the person (and the slot, if any), and the
/// key that makes sending it twice harmless.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct PersonForm {
    slot: String,
    name: String,
    contact: String,
    language: String,
    consent: Option<String>,
    note: String,
    filled_by: String,
    request_key: String,
}

impl PersonForm {
    /// The form as typed, to check and to show again.
    fn as_typed(&self) -> BookingForm {
        BookingForm {
            slot: self.slot.clone(),
            name: self.name.clone(),
            contact: self.contact.clone(),
            language: self.language.clone(),
            consent: ticked(self.consent.as_ref()),
            note: self.note.clone(),
            filled_by: self.filled_by.clone(),
        }
    }
}

/// The desk with this slug, or the response to give when there is none.
async fn desk_named(state: &AppState, slug: &str) -> Result<desks::StoredDesk, AppError> {
    match desks::by_slug(&state.db, slug).await {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("desk lookup", e)),
    }
}

/// The languages a person may choose at a desk: the site's, and those spoken there.
fn languages_at(stored: &desks::StoredDesk) -> Vec<&str> {
    let mut languages = language_codes();
    languages.extend(stored.desk.languages.iter().map(|l| l.code.as_str()));
    languages
}

/// `POST /<lang>/book/<desk>/<service>`: books the slot chosen.
pub(crate) async fn book(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, service)): Path<(String, String, String)>,
    address: ClientAddress,
    session: Session,
    Posted(posted): Posted<PersonForm>,
) -> Answer {
    let stored = desk_named(&state, &slug).await?;
    let Some(rule) = stored.desk.slot_rule(&service) else { return Err(AppError::NotFound) };
    let form = posted.as_typed();
    let back = paths::book(lang, &slug, &service);
    let valid = match rules::validate(&form, &languages_at(&stored)) {
        Ok(v) => v,
        Err(errors) => return refuse(&session, back, form, errors, None).await,
    };
    if !is_slot(&stored.desk.hours, rule, valid.slot, now_unix()) {
        return refuse(&session, back, form, vec![FormError::SlotMissing], None).await;
    }
    // On a click day most people ask for a slot that is already full: they are told at once,
    // before the journey's answers are read and a write transaction waits for its turn. (The
    // transaction checks again: this read only saves work.)
    let sent_key = posted.request_key;
    match bookings::count_at(&state.db, stored.id, &service, valid.slot).await {
        // A form sent again after its booking was made goes on to find that booking.
        Ok(taken) if taken >= i64::from(rule.capacity) && !bookings::key_used(&state.db, &sent_key).await.unwrap_or(true) => {
            let from = format!("{back}?from={}", valid.slot.date);
            return refuse(&session, from, form, Vec::new(), Some(Refusal::SlotTaken)).await;
        }
        Ok(_) => {}
        Err(e) => return Err(AppError::unavailable("slot lookup", e)),
    }
    let saving = Saving { lang, stored: &stored, service: &service, slot: Some((valid.slot, rule.capacity)), back, address };
    save(&state, &session, &saving, form, valid.person, &sent_key).await
}

/// `POST /<lang>/request/<desk>/<service>`: sends the desk a request without an appointment.
/// Any desk that provides the service takes one, also where it cannot be booked online.
pub(crate) async fn request(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, service)): Path<(String, String, String)>,
    address: ClientAddress,
    session: Session,
    Posted(posted): Posted<PersonForm>,
) -> Answer {
    let stored = desk_named(&state, &slug).await?;
    if stored.desk.service(&service).is_none() {
        return Err(AppError::NotFound);
    }
    let form = BookingForm { slot: String::new(), ..posted.as_typed() };
    let back = paths::request(lang, &slug, &service);
    let person = match rules::validate_request(&form, &languages_at(&stored)) {
        Ok(v) => v,
        Err(errors) => return refuse(&session, back, form, errors, None).await,
    };
    let saving = Saving { lang, stored: &stored, service: &service, slot: None, back, address };
    save(&state, &session, &saving, form, person, &posted.request_key).await
}

/// Where a checked form is saved: a desk's service, at a slot (start, seats) or without one,
/// the form page to go back to, and who sent it (for the limits per address).
struct Saving<'a> {
    lang: &'static str,
    stored: &'a desks::StoredDesk,
    service: &'a str,
    slot: Option<(LocalDateTime, u16)>,
    back: String,
    address: ClientAddress,
}

/// Takes back a booking counted by the limits per address that was not made after all.
async fn give_back(state: &AppState, limits: &[(Limit, &[&str])]) {
    if let Err(e) = rate_limit::give_back_all(&state.db, limits).await {
        tracing::warn!(error = %e, "could not take back a booking's count");
    }
}

/// Saves the booking or request with its dossier in one transaction (a resubmitted form finds
/// the first one), gives this browser its code and, once, its PIN, and shows its page.
async fn save(
    state: &AppState,
    session: &Session,
    to: &Saving<'_>,
    form: BookingForm,
    person: ValidPerson,
    sent_key: &str,
) -> Answer {
    let from_journey = dossier_from(session, to.service).await;
    // What the form says about who fills it in wins over what the journey suggests.
    let filled_by = FilledBy::parse(&form.filled_by).unwrap_or(from_journey.filled_by);
    let dossier = NewDossier { note: person.note.clone(), filled_by, ..from_journey };
    let key = request_key(sent_key);
    let now = now_unix();
    // Counted before the booking is made, so that a burst from one address cannot slip past;
    // a refusal, a form sent again, a taken slot or a failure gives its count back.
    let address = to.address.limit_key();
    let limits = &state.config.booking_limits;
    let limits: [(Limit, &[&str]); 2] =
        [(limits.per_address, &[address.as_str()]), (limits.per_address_at_desk, &[address.as_str(), to.stored.desk.slug.as_str()])];
    match rate_limit::take_all(&state.db, &limits, now).await {
        Ok(true) => {}
        // A form sent again after its booking was made goes on to find that booking.
        Ok(false) if bookings::key_used(&state.db, &key).await.unwrap_or(false) => {}
        Ok(false) => {
            // Only bookings made count: a refused one is not held against the other limit.
            give_back(state, &limits).await;
            tracing::info!(desk = %to.stored.desk.slug, "bookings per address refused");
            return refuse(session, to.back.clone(), form, Vec::new(), Some(Refusal::TooManyToday)).await;
        }
        Err(e) => return Err(AppError::unavailable("booking limits", e)),
    }
    let pin = new_pin();
    let pin_hash = state.pin_keys.protect(&pin);
    let mut attempts = 0;
    let made = loop {
        let code = new_code();
        let booking = NewBooking {
            request_key: &key,
            code: &code,
            desk_id: to.stored.id,
            service: to.service,
            starts_at: to.slot.map(|(at, _)| at),
            capacity: to.slot.map_or(1, |(_, seats)| seats),
            name: &person.name,
            contact: person.contact.as_ref().map(rules::Contact::as_str),
            language: &person.language,
            pin_hash: &pin_hash,
            now,
            dossier: &dossier,
        };
        match bookings::create(&state.db, &booking).await {
            Ok(made) => break made,
            Err(BookError::CodeInUse) if attempts < 5 => attempts += 1,
            Err(BookError::SlotTaken) => {
                let from = to.slot.map(|(at, _)| at.date.to_string()).unwrap_or_default();
                give_back(state, &limits).await;
                return refuse(session, format!("{}?from={from}", to.back), form, Vec::new(), Some(Refusal::SlotTaken)).await;
            }
            Err(e) => {
                give_back(state, &limits).await;
                return Err(AppError::unavailable("booking", e));
            }
        }
    };
    if !made.new {
        give_back(state, &limits).await;
    }
    let code = made.booking.code.clone();
    remember(session, &code).await?;
    // The answers now travel with the booking, to the desk; the session keeps none of them.
    if let Err(e) = session.remove_value(DRAFT_KEY).await {
        tracing::warn!(error = %e, "could not delete the journey's answers from the session");
    }
    if made.new {
        session.insert(NEW_PIN_KEY, (code.clone(), pin)).await?;
        let kind = if to.slot.is_some() { "booking made" } else { "request sent" };
        tracing::info!(desk = %to.stored.desk.slug, service = %to.service, "{kind}");
    }
    Ok(Redirect::to(&paths::booking(to.lang, code.as_str())).into_response())
}

/// "Find my booking": the code and the PIN, as typed.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct ManageForm {
    code: String,
    secret: String,
}

/// `POST /<lang>/manage`: the code plus the PIN. Not the contact: someone close to the person
/// (an abusive partner) may know their phone number and e-mail. The same message, and the same
/// work (a look-up and a keyed hash), for a code that does not exist and a wrong PIN, so neither
/// the answer nor its time says whether a code exists; failures are counted per address and
/// per code.
pub(crate) async fn manage(
    State(state): State<AppState>,
    Lang(lang): Lang,
    address: ClientAddress,
    session: Session,
    Posted(form): Posted<ManageForm>,
) -> Answer {
    let refuse = |message: &'static str| {
        let session = session.clone();
        async move {
            session.insert(MANAGE_ERROR_KEY, message).await?;
            Ok(Redirect::to(&paths::manage(lang)).into_response())
        }
    };
    let code = BookingCode::typed(&form.code);
    // Counted before the PIN is checked, so that a burst of guesses cannot all be checked at
    // once; the right PIN gives its attempt back.
    let address_key = address.limit_key();
    let code_key = code.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_default();
    let limits: [(Limit, &[&str]); 2] =
        [(MANAGE_PER_ADDRESS, &[address_key.as_str()]), (MANAGE_PER_CODE, &[code_key.as_str()])];
    match rate_limit::take_all(&state.db, &limits, now_unix()).await {
        Ok(true) => {}
        Ok(false) => return refuse("manage-too-many").await,
        Err(e) => return Err(AppError::unavailable("manage limits", e)),
    }
    let secret = form.secret.trim();
    let booking = match &code {
        Some(code) => match bookings::by_code(&state.db, code).await {
            Ok(b) => b,
            Err(e) => return Err(AppError::unavailable("booking lookup", e)),
        },
        None => None,
    };
    let proven = match &booking {
        Some(b) if !secret.is_empty() => state.pin_keys.matches(secret, &b.pin_hash).await,
        _ => {
            // As much work as checking a PIN.
            let _ = state.pin_keys.protect(secret);
            false
        }
    };
    match booking.filter(|_| proven) {
        Some(b) => {
            if let Err(e) = rate_limit::give_back_all(&state.db, &limits).await {
                tracing::warn!(error = %e, "could not take back a look-up's count");
            }
            remember(&session, &b.code).await?;
            Ok(Redirect::to(&paths::booking(lang, b.code.as_str())).into_response())
        }
        None => {
            // Neither the address nor the code: the counts above are what matters.
            tracing::info!("booking lookup refused");
            refuse("manage-not-found").await
        }
    }
}

/// The booking behind `code` when this session may manage it.
async fn my_booking(state: &AppState, session: &Session, code: &BookingCode) -> Result<bookings::Booking, AppError> {
    if !my_codes(session).await?.contains(code) {
        return Err(AppError::NotFound);
    }
    match bookings::by_code(&state.db, code).await {
        Ok(Some(b)) => Ok(b),
        Ok(None) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("booking lookup", e)),
    }
}

/// The desk a booking is at.
async fn desk_of(state: &AppState, booking: &bookings::Booking) -> Result<desks::StoredDesk, AppError> {
    match desks::by_id(&state.db, booking.desk_id).await {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("desk lookup", e)),
    }
}

/// Everything Ponte holds about a booking or request, as its person may read it (GDPR art. 15,
/// and art. 20 in a machine-readable form): what they gave and what the desk told them. Codes
/// (service, answers, documents) as stored, so the file reads the same in every language.
#[derive(serde::Serialize)]
struct PersonalData {
    code: BookingCode,
    desk: String,
    service: String,
    /// Europe/Rome; `None` for a request without an appointment.
    appointment: Option<String>,
    sent_on: String,
    status: &'static str,
    name: Option<String>,
    contact: Option<String>,
    language: String,
    filled_by: &'static str,
    note: Option<String>,
    area: Option<String>,
    answers: domain::answers::Answers,
    documents_you_have: Vec<String>,
    documents_missing: Vec<String>,
    outcome: Option<&'static str>,
}

/// `GET /<lang>/booking/<code>/data.json`: [`PersonalData`], for the browser that made the
/// booking or proved it knows the PIN (anyone else: 404), as a file to keep.
pub(crate) async fn personal_data(
    State(state): State<AppState>,
    CodeInPath(code): CodeInPath,
    session: Session,
) -> Answer {
    let booking = my_booking(&state, &session, &code).await?;
    let (desk, dossier) = match (desk_of(&state, &booking).await, dossiers::by_booking(&state.db, booking.id).await) {
        (Ok(desk), Ok(dossier)) => (desk, dossier),
        (Err(e), _) => return Err(e),
        (_, Err(e)) => return Err(AppError::unavailable("dossier lookup", e)),
    };
    let draft = dossier.as_ref().and_then(|d| d.draft.clone());
    let data = PersonalData {
        code: booking.code.clone(),
        desk: desk.desk.name,
        service: booking.service,
        appointment: booking.starts_at.map(|at| at.to_string()),
        sent_on: rome_local(booking.created_at).date.to_string(),
        status: dossier.as_ref().map_or("received", |d| d.status.as_str()),
        name: booking.name,
        contact: booking.contact,
        language: booking.language,
        filled_by: dossier.as_ref().map_or(FilledBy::Person, |d| d.filled_by).as_str(),
        note: dossier.as_ref().and_then(|d| d.note.clone()),
        area: draft.as_ref().map(|d| d.area.clone()),
        answers: draft.as_ref().map(|d| d.answers.clone()).unwrap_or_default(),
        documents_you_have: draft.map(|d| d.have.into_iter().collect()).unwrap_or_default(),
        documents_missing: dossier.as_ref().map(|d| d.missing.clone()).unwrap_or_default(),
        outcome: dossier.as_ref().and_then(|d| d.outcome).map(domain::dossier::Outcome::as_str),
    };
    let Ok(json) = serde_json::to_string_pretty(&data) else { return Err(AppError::unavailable("personal data", "not serialisable")) };
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"ponte-{code}.json\"")),
        ],
        json,
    )
        .into_response())
}

/// `POST /<lang>/booking/<code>/cancel`: frees the slot and removes name and contact.
pub(crate) async fn cancel(
    State(state): State<AppState>,
    Lang(lang): Lang,
    CodeInPath(code): CodeInPath,
    session: Session,
) -> Answer {
    my_booking(&state, &session, &code).await?;
    if let Err(e) = bookings::cancel(&state.db, &code, now_unix()).await {
        return Err(AppError::unavailable("cancel", e));
    }
    Ok(Redirect::to(&paths::booking(lang, code.as_str())).into_response())
}

/// `POST /<lang>/booking/<code>/erase`: the person erases what Ponte holds about them (GDPR
/// art. 17). An appointment still to come is cancelled, which erases it too; a past one keeps
/// only its anonymous counts.
pub(crate) async fn erase(
    State(state): State<AppState>,
    Lang(lang): Lang,
    CodeInPath(code): CodeInPath,
    session: Session,
) -> Answer {
    let booking = my_booking(&state, &session, &code).await?;
    let now = now_unix();
    let to_come = booking.status == Status::Booked && booking.starts_at.is_some_and(|at| at > rome_local(now));
    let done = if to_come { bookings::cancel(&state.db, &code, now).await } else { bookings::erase(&state.db, &code).await };
    if let Err(e) = done {
        return Err(AppError::unavailable("erase", e));
    }
    tracing::info!("personal data erased at the person's request");
    Ok(Redirect::to(&paths::booking(lang, code.as_str())).into_response())
}

/// Another time for a booking.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct SlotForm {
    slot: String,
}

/// `POST /<lang>/booking/<code>/reschedule`: moves the booking to the slot chosen; the old slot
/// is freed in the same transaction.
pub(crate) async fn reschedule(
    State(state): State<AppState>,
    Lang(lang): Lang,
    CodeInPath(code): CodeInPath,
    session: Session,
    Posted(chosen): Posted<SlotForm>,
) -> Answer {
    let booking = match my_booking(&state, &session, &code).await {
        Ok(b) if b.status == Status::Booked => b,
        Ok(_) => return Ok(Redirect::to(&paths::booking(lang, code.as_str())).into_response()),
        Err(e) => return Err(e),
    };
    let stored = desk_of(&state, &booking).await?;
    let Some(rule) = stored.desk.slot_rule(&booking.service) else { return Err(AppError::NotFound) };
    let back = format!("{}?change={code}", paths::book(lang, &stored.desk.slug, &booking.service));
    let form = BookingForm { slot: chosen.slot, ..BookingForm::default() };
    let slot = LocalDateTime::parse(form.slot.trim()).filter(|s| is_slot(&stored.desk.hours, rule, *s, now_unix()));
    let Some(slot) = slot else {
        return refuse(&session, back, form, vec![FormError::SlotMissing], None).await;
    };
    if Some(slot) == booking.starts_at {
        return Ok(Redirect::to(&paths::booking(lang, code.as_str())).into_response());
    }
    match bookings::reschedule(&state.db, &code, slot, rule.capacity).await {
        Ok(()) => Ok(Redirect::to(&paths::booking(lang, code.as_str())).into_response()),
        Err(BookError::SlotTaken) => {
            let back = format!("{back}&from={}", slot.date);
            refuse(&session, back, form, Vec::new(), Some(Refusal::SlotTaken)).await
        }
        Err(e) => Err(AppError::unavailable("reschedule", e)),
    }
}

/// `GET /<lang>/booking/<code>/calendar.ics`: the appointment for a calendar app.
pub(crate) async fn calendar(
    State(state): State<AppState>,
    Lang(lang): Lang,
    CodeInPath(code): CodeInPath,
    session: Session,
) -> Answer {
    let Some(i18n) = i18n_for(lang) else { return Err(AppError::NotFound) };
    let (booking, starts_at) = match my_booking(&state, &session, &code).await {
        Ok(b) if b.status == Status::Booked => match b.starts_at {
            Some(at) => (b, at),
            // A request without an appointment has nothing to put in a calendar.
            None => return Err(AppError::NotFound),
        },
        Ok(_) => return Err(AppError::NotFound),
        Err(e) => return Err(e),
    };
    let stored = desk_of(&state, &booking).await?;
    let service = catalogue().service(&booking.service).map(|s| i18n.t(&domain::messages::service_name(&s.id)));
    let summary = i18n.t_with("ics-summary", &[("service", service.unwrap_or_default().into())]);
    let description = i18n.t_with("ics-description", &[("code", code.shown().into())]);
    let location = if domain::desks::address_is_secret(&stored.desk.kind) {
        format!("{} – {}", stored.desk.name, stored.desk.phone.clone().unwrap_or_default())
    } else {
        format!("{}, {}", stored.desk.name, stored.desk.address)
    };
    let host = state.config.public_url.trim_start_matches("https://").trim_start_matches("http://").to_owned();
    let uid = format!("{code}@{host}");
    let minutes = stored.desk.service(&booking.service).map_or(30, |s| s.slot_minutes);
    let body = ics::calendar(&ics::Event {
        uid: &uid,
        starts_at,
        minutes,
        summary: &summary,
        location: &location,
        description: &description,
        now_unix: now_unix(),
    });
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"ponte-{code}.ics\"")),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}

/// `GET /<lang>/booking/<code>/qr.svg`: the booking code as a QR code, for the printed page.
pub(crate) async fn qr(State(state): State<AppState>, CodeInPath(code): CodeInPath, session: Session) -> Answer {
    my_booking(&state, &session, &code).await?;
    crate::qr::svg_response(&code.shown(), 160)
}
