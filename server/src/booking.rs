//! The booking forms (they work without JavaScript): book a slot or send a request without one,
//! find a booking again with its code, cancel (a request: withdraw), move to another time; and the calendar file and QR code of a booking. Each post
//! answers with a 303 to the page to show, so reloading never posts twice.
//!
//! Who may do what: anyone may book; a booking is seen, changed or cancelled only from a browser
//! session that made it or proved it knows the code with the PIN, the person's or a helper's
//! (`domain::helper`). A helper can look, move and cancel, and each of these is audited; who may
//! help, the data file and erasing stay the person's.

use crate::{
    error::{Answer, AppError},
    lang::Lang,
    client_address::ClientAddress,
    directory::{now_unix, random_token},
    rate_limit::{self, Limit, MANAGE_PER_ADDRESS, MANAGE_PER_CODE},
    form::{ticked, Posted},
    ics, workspace,
    repo::{
        bookings::{self, BookError, NewBooking, Status},
        dossiers::{self, NewDossier, Recorder},
        staff::Staff,
        desks,
        helpers::{self, NewHelper},
    },
    AppState,
};
use app::{
    content::{catalogue, language_codes},
    journey::DRAFT_KEY,
    desks::{
        Refusal, RefusedBooking, BOOKINGS_KEY, BOOKING_FORM_KEY, HELPER_FORM_KEY, HELPING_KEY, MANAGE_ERROR_KEY,
        NEW_HELPER_PIN_KEY, NEW_PIN_KEY,
    },
    i18n::i18n_for,
    paths,
};
use axum::{
    extract::{FromRequestParts, Path, State},
    http::request::Parts,
    http::{header, HeaderMap},
    response::{IntoResponse, Redirect},
};
use domain::{
    assist::{self, Assisted},
    audit::AuditAction,
    booking::{self as rules, BookingCode, BookingForm, FormError, ValidPerson},
    helper::{validate_helper, HelperForm, ValidHelper},
    calendar::{rome_local, LocalDateTime},
    desks::is_slot,
    dossier::{Channel, FilledBy},
    journey::Draft,
    results::evaluate,
};
use tower_sessions::Session;


/// How this browser session may open a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// It made the booking, or proved it knows the person's PIN.
    Person,
    /// It proved it knows the PIN of this helper (the person may have removed them since:
    /// [`my_booking`] checks).
    Helper(i64),
}

impl Access {
    /// The helper, when it is one.
    pub(crate) fn helper(self) -> Option<i64> {
        match self {
            Access::Person => None,
            Access::Helper(helper) => Some(helper),
        }
    }
}

/// The codes this browser session opened as their person.
async fn person_codes(session: &Session) -> Result<Vec<BookingCode>, AppError> {
    Ok(session.get::<Vec<BookingCode>>(BOOKINGS_KEY).await?.unwrap_or_default())
}

/// The codes this browser session opened with a helper's PIN, with the helper.
async fn helper_codes(session: &Session) -> Result<Vec<(BookingCode, i64)>, AppError> {
    Ok(session.get::<Vec<(BookingCode, i64)>>(HELPING_KEY).await?.unwrap_or_default())
}

/// How this session may open `code`, if at all (as the person when it knows both PINs).
pub(crate) async fn access_to(session: &Session, code: &BookingCode) -> Result<Option<Access>, AppError> {
    if person_codes(session).await?.contains(code) {
        return Ok(Some(Access::Person));
    }
    Ok(helper_codes(session).await?.into_iter().find(|(c, _)| c == code).map(|(_, helper)| Access::Helper(helper)))
}

/// Lets this session open `code` as `access` (it made the booking, or proved it knows a PIN),
/// under a new session id: an id seen before (on a shared computer, fixed by someone else)
/// opens nothing.
async fn remember(session: &Session, code: &BookingCode, access: Access) -> Result<(), AppError> {
    match access {
        Access::Person => {
            let mut codes = person_codes(session).await?;
            if !codes.contains(code) {
                codes.push(code.clone());
            }
            session.insert(BOOKINGS_KEY, codes).await?;
        }
        Access::Helper(helper) => {
            let mut codes = helper_codes(session).await?;
            codes.retain(|(c, _)| c != code);
            codes.push((code.clone(), helper));
            session.insert(HELPING_KEY, codes).await?;
        }
    }
    Ok(session.cycle_id().await?)
}

/// The request the desk receives: the journey's answers when they led to this service (a
/// draft about something else is not the desk's business), and who filled them in; how it
/// came, and the staff member who recorded it, when one helps in an assisted journey.
async fn dossier_from(session: &Session, service: &str, helping: Option<&(Staff, Assisted)>, address: &ClientAddress) -> NewDossier {
    let draft = session.get::<Draft>(DRAFT_KEY).await.ok().flatten().filter(|d| {
        evaluate(catalogue(), &d.area, &d.answers)
            .services
            .iter()
            .any(|r| r.service.id == service && r.is_offered())
    });
    let filled_by = draft.as_ref().map_or(FilledBy::Person, |d| FilledBy::from_who(d.who));
    let (channel, recorded_by) = match helping {
        Some((me, assisted)) => (
            assist::channel(me.role, assisted.how),
            Some(Recorder { staff_id: me.id, address: address.to_string(), consent_how: assisted.how, consent_at: assisted.consent_at }),
        ),
        None => (Channel::Online, None),
    };
    NewDossier { draft, filled_by, note: None, channel, recorded_by }
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

/// Saves `booking` (a booking or a request, made by the person or recorded for them), under
/// another random code while its code is taken (five tries: with 1.5 × 10^11 codes, a sixth
/// collision means something else is wrong).
pub(crate) async fn create_with_fresh_code(state: &AppState, booking: NewBooking<'_>) -> Result<bookings::Made, BookError> {
    let mut booking = booking;
    let mut attempts = 0;
    loop {
        match bookings::create(&state.db, &booking).await {
            Err(BookError::CodeInUse) if attempts < 5 => {
                attempts += 1;
                booking.code = new_code();
            }
            done => return done,
        }
    }
}

/// A new booking PIN and what to store of it.
fn new_pin_with_hash(state: &AppState) -> (String, String) {
    let pin = new_pin();
    let hash = state.pin_keys.protect(&pin);
    (pin, hash)
}

/// The PINs of a new booking, each to show once and to store keyed: the person's, and their
/// helper's when they named one.
pub(crate) struct NewPins {
    pub pin: String,
    pin_hash: String,
    /// (PIN, what to store).
    pub helper: Option<(String, String)>,
}

impl NewPins {
    pub(crate) fn for_person(state: &AppState, person: &ValidPerson) -> NewPins {
        let (pin, pin_hash) = new_pin_with_hash(state);
        NewPins { pin, pin_hash, helper: person.helper.as_ref().map(|_| new_pin_with_hash(state)) }
    }
}

/// Where a booking goes: a desk's service, at a slot (start, seats) or, for a request, without.
pub(crate) struct Where<'a> {
    pub desk_id: i64,
    pub service: &'a str,
    pub slot: Option<(LocalDateTime, u16)>,
}

/// The booking of a checked person (and their helper), with its dossier, under a fresh code.
pub(crate) fn new_booking<'a>(
    request_key: &'a str,
    at: Where<'a>,
    person: &'a ValidPerson,
    pins: &'a NewPins,
    dossier: &'a NewDossier,
    now: i64,
) -> NewBooking<'a> {
    NewBooking {
        request_key,
        code: new_code(),
        desk_id: at.desk_id,
        service: at.service,
        starts_at: at.slot.map(|(start, _)| start),
        capacity: at.slot.map_or(1, |(_, seats)| seats),
        name: &person.name,
        contact: person.contact.as_ref().map(rules::Contact::as_str),
        language: &person.language,
        pin_hash: &pins.pin_hash,
        now,
        dossier,
        helper: person.helper.as_ref().zip(pins.helper.as_ref()).map(|(h, (_, hash))| new_helper(h, hash, now)),
    }
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
pub(crate) fn request_key(sent: &str) -> String {
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
    pub(crate) request_key: String,
    #[serde(flatten)]
    helper: HelperFields,
}

/// Someone the person lets follow and manage the booking, as the forms post it (on the booking
/// and request forms, and alone on a booking's page).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct HelperFields {
    helper_name: String,
    helper_relationship: String,
    helper_contact: String,
    helper_consent: Option<String>,
}

impl HelperFields {
    fn as_typed(&self) -> HelperForm {
        HelperForm {
            name: self.helper_name.clone(),
            relationship: self.helper_relationship.clone(),
            contact: self.helper_contact.clone(),
            consent: ticked(self.helper_consent.as_ref()),
        }
    }
}

impl PersonForm {
    /// The form as typed, to check and to show again.
    pub(crate) fn as_typed(&self) -> BookingForm {
        BookingForm {
            slot: self.slot.clone(),
            name: self.name.clone(),
            contact: self.contact.clone(),
            language: self.language.clone(),
            consent: ticked(self.consent.as_ref()),
            note: self.note.clone(),
            filled_by: self.filled_by.clone(),
            helper: self.helper.as_typed(),
        }
    }
}

/// What to store of a helper the person agreed to `now`, with their keyed PIN.
fn new_helper<'a>(helper: &'a ValidHelper, pin_hash: &'a str, now: i64) -> NewHelper<'a> {
    NewHelper {
        name: &helper.name,
        relationship: helper.relationship,
        contact: helper.contact.as_ref().map(rules::Contact::as_str),
        pin_hash,
        consent_at: now,
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
pub(crate) fn languages_at(stored: &desks::StoredDesk) -> Vec<&str> {
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
    headers: HeaderMap,
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
    let saving = Saving { lang, stored: &stored, service: &service, slot: Some((valid.slot, rule.capacity)), back, address, headers: &headers };
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
    headers: HeaderMap,
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
    let saving = Saving { lang, stored: &stored, service: &service, slot: None, back, address, headers: &headers };
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
    /// The request's headers: the staff cookie of a helper in an assisted journey.
    headers: &'a HeaderMap,
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
    let helping = workspace::helping(state, session, to.headers).await?;
    let from_journey = dossier_from(session, to.service, helping.as_ref(), &to.address).await;
    // What the form says about who fills it in wins over what the journey suggests.
    let filled_by = FilledBy::parse(&form.filled_by).unwrap_or(from_journey.filled_by);
    let dossier = NewDossier { note: person.note.clone(), filled_by, ..from_journey };
    let key = request_key(sent_key);
    let now = now_unix();
    // Counted before the booking is made, so that a burst from one address cannot slip past;
    // a refusal, a form sent again, a taken slot or a failure gives its count back.
    let address = to.address.limit_key();
    let limits = &state.config.booking_limits;
    let all: [(Limit, &[&str]); 2] =
        [(limits.per_address, &[address.as_str()]), (limits.per_address_at_desk, &[address.as_str(), to.stored.desk.slug.as_str()])];
    // A signed-in helper books for one person after another from the same desk's computer:
    // their bookings are in their name and audited instead.
    let limits: &[(Limit, &[&str])] = if helping.is_some() { &[] } else { &all };
    match rate_limit::take_all(&state.db, limits, now).await {
        Ok(true) => {}
        // A form sent again after its booking was made goes on to find that booking.
        Ok(false) if bookings::key_used(&state.db, &key).await.unwrap_or(false) => {}
        Ok(false) => {
            // Only bookings made count: a refused one is not held against the other limit.
            give_back(state, limits).await;
            tracing::info!(desk = %to.stored.desk.slug, "bookings per address refused");
            return refuse(session, to.back.clone(), form, Vec::new(), Some(Refusal::TooManyToday)).await;
        }
        Err(e) => return Err(AppError::unavailable("booking limits", e)),
    }
    let pins = NewPins::for_person(state, &person);
    let at = Where { desk_id: to.stored.id, service: to.service, slot: to.slot };
    let made = match create_with_fresh_code(state, new_booking(&key, at, &person, &pins, &dossier, now)).await {
        Ok(made) => made,
        Err(BookError::SlotTaken) => {
            let from = to.slot.map(|(at, _)| at.date.to_string()).unwrap_or_default();
            give_back(state, limits).await;
            return refuse(session, format!("{}?from={from}", to.back), form, Vec::new(), Some(Refusal::SlotTaken)).await;
        }
        Err(e) => {
            give_back(state, limits).await;
            return Err(AppError::unavailable("booking", e));
        }
    };
    if !made.new {
        give_back(state, limits).await;
    }
    let code = made.booking.code.clone();
    remember(session, &code, Access::Person).await?;
    // The answers now travel with the booking, to the desk; the session keeps none of them.
    if let Err(e) = session.remove_value(DRAFT_KEY).await {
        tracing::warn!(error = %e, "could not delete the journey's answers from the session");
    }
    if made.new {
        if let (Some((me, _)), Some((at, _))) = (&helping, to.slot) {
            let dossier = dossiers::by_booking(&state.db, made.booking.id).await.map_err(|e| AppError::unavailable("booking", e))?;
            if let Some(dossier) = dossier {
                workspace::mediator_comes(state, me, dossier.id, &to.stored.desk.slug, at, &person.language, &to.address).await?;
            }
        }
        session.insert(NEW_PIN_KEY, (code.clone(), pins.pin)).await?;
        if let (Some(helper), Some((pin, _))) = (&person.helper, pins.helper) {
            session.insert(NEW_HELPER_PIN_KEY, (code.clone(), (helper.name.clone(), pin))).await?;
        }
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
        Some(b) if !secret.is_empty() => whose_pin(&state, b, secret).await?,
        _ => {
            // As much work as checking a wrong PIN: the keyed hash, and the helpers' look-up.
            let _ = state.pin_keys.protect(secret);
            let _ = helpers::pins_of(&state.db, 0).await;
            None
        }
    };
    match booking.zip(proven) {
        Some((b, access)) => {
            if let Err(e) = rate_limit::give_back_all(&state.db, &limits).await {
                tracing::warn!(error = %e, "could not take back a look-up's count");
            }
            if let Access::Helper(helper) = access {
                audit_helper(&state, &b, AuditAction::HelperPinUsed(helper)).await?;
            }
            remember(&session, &b.code, access).await?;
            Ok(Redirect::to(&paths::booking(lang, b.code.as_str())).into_response())
        }
        None => {
            // Neither the address nor the code: the counts above are what matters.
            tracing::info!("booking lookup refused");
            refuse("manage-not-found").await
        }
    }
}

/// Whose PIN `secret` is for booking `b`: its person's, one of its helpers', or no one's.
async fn whose_pin(state: &AppState, b: &bookings::Booking, secret: &str) -> Result<Option<Access>, AppError> {
    if state.pin_keys.matches(secret, &b.pin_hash).await {
        return Ok(Some(Access::Person));
    }
    let pins = helpers::pins_of(&state.db, b.id).await.map_err(|e| AppError::unavailable("helper lookup", e))?;
    for (helper, pin_hash) in pins {
        if state.pin_keys.matches(secret, &pin_hash).await {
            return Ok(Some(Access::Helper(helper)));
        }
    }
    Ok(None)
}

/// Writes what a helper did with booking `b` to the audit log; an act that cannot be audited
/// is not done.
async fn audit_helper(state: &AppState, b: &bookings::Booking, action: AuditAction) -> Result<(), AppError> {
    helpers::audit(&state.db, b.id, action, now_unix()).await.map_err(|e| AppError::unavailable("helper audit", e))
}

/// The booking behind `code` when this session may manage it, and as whom. A helper the person
/// removed opens nothing any more, whatever their session remembers.
pub(crate) async fn my_booking(
    state: &AppState,
    session: &Session,
    code: &BookingCode,
) -> Result<(bookings::Booking, Access), AppError> {
    let Some(access) = access_to(session, code).await? else { return Err(AppError::NotFound) };
    let booking = match bookings::by_code(&state.db, code).await {
        Ok(Some(b)) => b,
        Ok(None) => return Err(AppError::NotFound),
        Err(e) => return Err(AppError::unavailable("booking lookup", e)),
    };
    if let Access::Helper(helper) = access {
        match helpers::may_open(&state.db, booking.id, helper).await {
            Ok(true) => {}
            Ok(false) => return Err(AppError::NotFound),
            Err(e) => return Err(AppError::unavailable("helper lookup", e)),
        }
    }
    Ok((booking, access))
}

/// The booking behind `code` when this session opened it as its person (choosing helpers, the
/// data file and erasing are the person's alone); anyone else, a helper included: 404.
async fn persons_booking(state: &AppState, session: &Session, code: &BookingCode) -> Result<bookings::Booking, AppError> {
    match my_booking(state, session, code).await? {
        (b, Access::Person) => Ok(b),
        (_, Access::Helper(_)) => Err(AppError::NotFound),
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
    /// Who else may open it, and since when (Europe/Rome day).
    helpers: Vec<HelperData>,
}

#[derive(serde::Serialize)]
struct HelperData {
    name: Option<String>,
    relationship: &'static str,
    contact: Option<String>,
    agreed_on: String,
}

/// `GET /<lang>/booking/<code>/data.json`: [`PersonalData`], for the browser that made the
/// booking or proved it knows the person's PIN (anyone else, a helper included: 404), as a
/// file to keep.
pub(crate) async fn personal_data(
    State(state): State<AppState>,
    CodeInPath(code): CodeInPath,
    session: Session,
) -> Answer {
    let booking = persons_booking(&state, &session, &code).await?;
    let helpers = helpers::of_booking(&state.db, booking.id).await.map_err(|e| AppError::unavailable("helper lookup", e))?;
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
        helpers: helpers
            .into_iter()
            .map(|h| HelperData {
                name: h.name,
                relationship: h.relationship.as_str(),
                contact: h.contact,
                agreed_on: rome_local(h.consent_at).date.to_string(),
            })
            .collect(),
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

/// `POST /<lang>/booking/<code>/cancel`: frees the slot and removes name and contact (the
/// person's and their helpers').
pub(crate) async fn cancel(
    State(state): State<AppState>,
    Lang(lang): Lang,
    CodeInPath(code): CodeInPath,
    session: Session,
) -> Answer {
    let (_, access) = my_booking(&state, &session, &code).await?;
    if let Err(e) = bookings::cancel(&state.db, &code, now_unix(), access.helper()).await {
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
    let booking = persons_booking(&state, &session, &code).await?;
    let now = now_unix();
    let to_come = booking.status == Status::Booked && booking.starts_at.is_some_and(|at| at > rome_local(now));
    let done = if to_come { bookings::cancel(&state.db, &code, now, None).await } else { bookings::erase(&state.db, &code).await };
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
    let (booking, access) = match my_booking(&state, &session, &code).await {
        Ok((b, access)) if b.status == Status::Booked => (b, access),
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
    match bookings::reschedule(&state.db, &code, slot, rule.capacity, access.helper()).await {
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
        Ok((b, _)) if b.status == Status::Booked => match b.starts_at {
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

/// `POST /<lang>/booking/<code>/helpers`: the person lets someone follow and manage the
/// booking (they agree on the form). The helper's PIN is shown once on the booking's page; a
/// refused form comes back there with what was typed.
pub(crate) async fn add_helper(
    State(state): State<AppState>,
    Lang(lang): Lang,
    CodeInPath(code): CodeInPath,
    session: Session,
    Posted(posted): Posted<HelperFields>,
) -> Answer {
    let booking = persons_booking(&state, &session, &code).await?;
    let here = paths::booking(lang, code.as_str());
    let form = posted.as_typed();
    let helper = match validate_helper(&form) {
        Ok(Some(helper)) => helper,
        // Nothing typed: nothing to add, no message needed beyond the empty fields.
        Ok(None) => return Ok(Redirect::to(&here).into_response()),
        Err(errors) => {
            session.insert(HELPER_FORM_KEY, (code.clone(), (form, errors))).await?;
            return Ok(Redirect::to(&format!("{here}#add-helper")).into_response());
        }
    };
    let (pin, pin_hash) = new_pin_with_hash(&state);
    match helpers::add(&state.db, booking.id, &new_helper(&helper, &pin_hash, now_unix())).await {
        Ok(Some(_)) => {
            session.insert(NEW_HELPER_PIN_KEY, (code.clone(), (helper.name, pin))).await?;
            tracing::info!("helper added to a booking");
        }
        // Cancelled meanwhile: the page says so.
        Ok(None) => {}
        Err(e) => return Err(AppError::unavailable("add helper", e)),
    }
    Ok(Redirect::to(&here).into_response())
}

/// `POST /<lang>/booking/<code>/helpers/<id>/remove`: the person takes a helper's access away
/// (their PIN opens nothing any more, their name and contact are deleted).
pub(crate) async fn remove_helper(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, code, helper)): Path<(String, String, String)>,
    session: Session,
) -> Answer {
    let (Ok(code), Ok(helper)) = (BookingCode::try_from(code), helper.parse::<i64>()) else { return Err(AppError::NotFound) };
    let booking = persons_booking(&state, &session, &code).await?;
    match helpers::remove(&state.db, booking.id, helper, now_unix()).await {
        Ok(true) => tracing::info!("helper removed from a booking"),
        // Removed already (a second tap): the page shows the helpers left.
        Ok(false) => {}
        Err(e) => return Err(AppError::unavailable("remove helper", e)),
    }
    Ok(Redirect::to(&paths::booking(lang, code.as_str())).into_response())
}
