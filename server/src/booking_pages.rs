//! The citizens' booking pages, each loaded by its handler and rendered as a pure view:
//! - finding a booking again (`/<lang>/manage`), with the message of the last refused try;
//! - a booking's page (`/<lang>/booking/<code>`): the confirmation just after booking, the
//!   request's status and the documents the desk still needs, the time to move or cancel. The
//!   handler checks that this browser session may see it (it made the booking, or proved it
//!   knows the code with the PIN), loads it, and renders the page's pure view; anyone else gets
//!   the same "find your booking" page with a 404, whether the code exists or not.

use crate::{
    booking::{my_booking, Access},
    db::Db,
    directory::{card, now_unix},
    error::{AppError, Answer},
    render,
    repo::{
        bookings::{self, Status},
        desks, dossiers, helpers, RepoError,
    },
    AppState,
};
use app::desks::{
    BookingView, HelperView, ManageForm, ReferralView, RequestView, HELPER_FORM_KEY, MANAGE_ERROR_KEY,
    NEW_HELPER_PIN_KEY, NEW_PIN_KEY,
};
use axum::extract::{Path, Request, State};
use domain::{
    booking::{BookingCode, FormError},
    calendar::rome_local,
    helper::HelperForm,
};
use tower_sessions::Session;

/// `GET /<lang>/manage`: the form to find a booking again, with the message of the last refused
/// try (once; the same message whether the code exists or not).
pub(crate) async fn manage_page(State(state): State<AppState>, session: Session, request: Request) -> Answer {
    let error = session.remove::<String>(MANAGE_ERROR_KEY).await?;
    Ok(render::page(&state, request, Some(ManageForm { error })).await)
}

/// `GET /<lang>/booking/<code>`.
pub(crate) async fn booking_page(
    State(state): State<AppState>,
    Path((_, code)): Path<(String, String)>,
    session: Session,
    request: Request,
) -> Answer {
    // Not a code, not one of this browser's, or a helper's the person removed: the page's
    // "not available" view.
    let opened = match BookingCode::try_from(code) {
        Ok(code) => match my_booking(&state, &session, &code).await {
            Ok(opened) => Some(opened),
            Err(AppError::NotFound) => None,
            Err(e) => return Err(e),
        },
        Err(_) => None,
    };
    let view = match opened {
        Some((booking, access)) => {
            booking_view(&state.db, booking, access).await.map_err(|e| AppError::unavailable("booking", e))?
        }
        None => None,
    };
    let mut view = view;
    if let Some(view) = view.as_mut() {
        // The PINs are shown once: whoever opens the page after the person (on a shared
        // phone, from the history) does not find them.
        view.new_pin = take_for(&session, NEW_PIN_KEY, &view.code).await?;
        view.new_helper_pin = take_for(&session, NEW_HELPER_PIN_KEY, &view.code).await?;
        view.helper_form = take_for::<(HelperForm, Vec<FormError>)>(&session, HELPER_FORM_KEY, &view.code).await?;
    }
    Ok(render::page(&state, request, view).await)
}

/// A value a form left in the session for the page of booking `code` (a PIN just made, a
/// refused form), taken once: `None`, and left there, when it is for another booking.
async fn take_for<T: serde::Serialize + serde::de::DeserializeOwned>(
    session: &Session,
    key: &str,
    code: &BookingCode,
) -> Result<Option<T>, AppError> {
    let stored: Option<(BookingCode, T)> = session.get(key).await?;
    match stored {
        Some((for_code, value)) if for_code == *code => {
            session.remove::<(BookingCode, T)>(key).await?;
            Ok(Some(value))
        }
        _ => Ok(None),
    }
}

async fn booking_view(db: &Db, b: bookings::Booking, access: Access) -> Result<Option<BookingView>, RepoError> {
    let Some(stored) = desks::by_id(db, b.desk_id).await? else { return Ok(None) };
    let minutes = stored.desk.service(&b.service).map_or(30, |s| s.slot_minutes);
    let dossier = dossiers::by_booking(db, b.id).await?;
    // The answers behind the take-home sheet's "services and why": the person's own, not a
    // helper's to read.
    let draft = dossier.as_ref().and_then(|d| d.draft.clone()).filter(|_| access == Access::Person);
    let request = match dossier {
        Some(d) => {
            let referral = match d.referral {
                Some((service, desk)) => {
                    let desk = match desk {
                        Some(id) => desks::by_id(db, id).await?.map(|other| {
                            let bookable = other.desk.service(&service).is_some();
                            (other.desk.slug, other.desk.name, bookable)
                        }),
                        None => None,
                    };
                    Some(ReferralView { service, desk })
                }
                None => None,
            };
            Some(RequestView { status: d.status, missing: d.missing, referral, outcome: d.outcome })
        }
        None => None,
    };
    let now = now_unix();
    Ok(Some(BookingView {
        code: b.code,
        desk: card(&stored, None, "", None, now),
        service: b.service,
        past: b.starts_at.is_some_and(|at| at <= rome_local(now)),
        // A name is asked on every form: without one, the data was erased.
        erased: b.name.is_none() && b.status != Status::Cancelled,
        starts_at: b.starts_at,
        minutes,
        cancelled: b.status == Status::Cancelled,
        language: b.language,
        new_pin: None,
        request,
        as_helper: access != Access::Person,
        // Who else can see it is the person's business (and another helper's contact is not
        // a helper's).
        helpers: if access == Access::Person { helpers::of_booking(db, b.id).await? } else { Vec::new() }
            .into_iter()
            .map(|h| HelperView { id: h.id, name: h.name, relationship: h.relationship })
            .collect(),
        new_helper_pin: None,
        helper_form: None,
        draft,
    }))
}
