//! Recording a request for someone who called or came to the counter: only an operator, only
//! at one of their desks. The request is made as the person's own would be (a code, a PIN, a
//! dossier; a helper if the person names one), marked with how it came and who recorded it, and
//! audited in the operator's name; the code and PIN are shown once, to be read out.

use super::{reads::take, staff_with_role};
use crate::{
    booking::{create_with_fresh_code, languages_at, new_booking, request_key, NewPins, PersonForm, Where},
    client_address::ClientAddress,
    directory::{now_unix, random_token},
    error::{AppError, Answer},
    form::Posted,
    lang::Lang,
    render,
    repo::{
        desks::{self, StoredDesk},
        dossiers::{self, NewDossier, Recorder},
        staff as accounts,
    },
    AppState,
};
use app::{
    content::{language, language_codes},
    paths,
    workspace::{RecordForm, RecordPage, RecordProblem, RefusedRecord, RECORDED_KEY, RECORD_FORM_KEY},
};
use axum::{
    extract::{Request, State},
    http::HeaderMap,
    response::{IntoResponse, Redirect},
};
use domain::{
    assist::ConsentHow,
    booking::{self as rules, BookingCode},
    dossier::{Channel, FilledBy},
    staff::Role,
};
use tower_sessions::Session;

/// What was saved, for the page that shows it once to the operator who recorded it.
#[derive(serde::Serialize, serde::Deserialize)]
struct Recorded {
    code: BookingCode,
    pin: String,
    /// The helper's name and PIN, if the person named one.
    helper_pin: Option<(String, String)>,
    dossier: i64,
    /// The language the person's pages are in.
    language: String,
}

/// The form as posted: the choices, and the person's fields as the request form has them.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct RecordPosted {
    desk: String,
    service: String,
    channel: String,
    #[serde(flatten)]
    person: PersonForm,
}

/// The desks of operator `me`.
async fn my_desks(state: &AppState, me: i64) -> Result<Vec<StoredDesk>, AppError> {
    let ids = accounts::desks_of(&state.db, me).await.map_err(|e| AppError::unavailable("staff desks", e))?;
    desks::by_ids(&state.db, &ids).await.map_err(|e| AppError::unavailable("desks", e))
}

/// `GET /<lang>/staff/record`: the form, as last refused (once).
pub(crate) async fn record_page(State(state): State<AppState>, session: Session, request: Request) -> Answer {
    let me = staff_with_role(&state, request.headers(), Role::Operator, now_unix()).await?;
    let desks = my_desks(&state, me.id).await?;
    let mut desk_languages: Vec<String> =
        desks.iter().flat_map(|d| d.desk.languages.iter().map(|l| l.code.clone())).collect();
    desk_languages.sort();
    desk_languages.dedup();
    let page = RecordPage::Form {
        desks: desks.into_iter().map(|d| (d.desk.slug, d.desk.name)).collect(),
        desk_languages,
        refused: take::<RefusedRecord>(&session, RECORD_FORM_KEY).await?.map(Box::new),
        request_key: random_token(16),
    };
    Ok(render::page(&state, request, Some(page)).await)
}

/// `GET /<lang>/staff/record/done`: the code and PINs just made, shown once to the operator who
/// recorded them; afterwards the page is the form again.
pub(crate) async fn recorded_page(State(state): State<AppState>, Lang(lang): Lang, session: Session, request: Request) -> Answer {
    staff_with_role(&state, request.headers(), Role::Operator, now_unix()).await?;
    match take::<Recorded>(&session, RECORDED_KEY).await? {
        Some(Recorded { code, pin, helper_pin, dossier, language }) => {
            let page = RecordPage::Recorded { code, pin, helper_pin, dossier, language };
            Ok(render::page(&state, request, Some(page)).await)
        }
        None => Ok(Redirect::to(&paths::staff_record(lang)).into_response()),
    }
}

/// `POST /<lang>/staff/record`.
pub(crate) async fn record(
    State(state): State<AppState>,
    Lang(lang): Lang,
    address: ClientAddress,
    session: Session,
    headers: HeaderMap,
    Posted(posted): Posted<RecordPosted>,
) -> Answer {
    let now = now_unix();
    let me = staff_with_role(&state, &headers, Role::Operator, now).await?;
    let form = RecordForm {
        desk: posted.desk.clone(),
        service: posted.service.clone(),
        channel: posted.channel.clone(),
        person: rules::BookingForm { slot: String::new(), ..posted.person.as_typed() },
    };
    // Only one of the operator's own desks, and a service it provides.
    let desks = my_desks(&state, me.id).await?;
    let desk = desks.into_iter().find(|d| d.desk.slug == posted.desk);
    let mut problems = Vec::new();
    match &desk {
        None => problems.push(RecordProblem::Desk),
        Some(d) if d.desk.service(&posted.service).is_none() => problems.push(RecordProblem::Service),
        Some(_) => {}
    }
    let channel = Channel::parse(&posted.channel).filter(|c| Channel::RECORDED.contains(c));
    if channel.is_none() {
        problems.push(RecordProblem::Channel);
    }
    let languages: Vec<&str> = match &desk {
        Some(d) => languages_at(d),
        None => language_codes(),
    };
    let person = rules::validate_request(&form.person, &languages);
    let (Some(desk), Some(channel), Ok(person), true) = (&desk, channel, &person, problems.is_empty()) else {
        let errors = person.err().unwrap_or_default();
        session.insert(RECORD_FORM_KEY, RefusedRecord { form, problems, errors }).await?;
        return Ok(Redirect::to(&paths::staff_record(lang)).into_response());
    };
    let pins = NewPins::for_person(&state, person);
    // The operator ticked that the person agreed, on the phone or there at the counter.
    let consent_how = if channel == Channel::Phone { ConsentHow::Phone } else { ConsentHow::InPerson };
    let recorder = Recorder { staff_id: me.id, address: address.to_string(), consent_how, consent_at: now };
    let dossier =
        NewDossier { draft: None, filled_by: FilledBy::Person, note: person.note.clone(), channel, recorded_by: Some(recorder) };
    let key = request_key(&posted.person.request_key);
    let at = Where { desk_id: desk.id, service: &posted.service, slot: None };
    let booking = new_booking(&key, at, person, &pins, &dossier, now);
    let made = create_with_fresh_code(&state, booking).await.map_err(|e| AppError::unavailable("record", e))?;
    let saved = dossiers::by_booking(&state.db, made.booking.id).await.map_err(|e| AppError::unavailable("record", e))?;
    let Some(saved) = saved else { return Err(AppError::unavailable("record", "no dossier")) };
    if made.new {
        // The person's pages are in their language when Ponte speaks it, else in Italian.
        let pages_in = language(&person.language).map_or(domain::lang::DEFAULT_LANG, |l| l.code).to_owned();
        let helper = person.helper.as_ref().zip(pins.helper).map(|(h, (pin, _))| (h.name.clone(), pin));
        let recorded = Recorded { code: made.booking.code.clone(), pin: pins.pin, helper_pin: helper, dossier: saved.id, language: pages_in };
        session.insert(RECORDED_KEY, recorded).await?;
        tracing::info!(desk = %desk.desk.slug, channel = channel.as_str(), "request recorded by an operator");
        return Ok(Redirect::to(&paths::staff_recorded(lang)).into_response());
    }
    // The same form sent twice: its request exists, its PIN was shown the first time.
    Ok(Redirect::to(&paths::staff_dossier(lang, saved.id)).into_response())
}
