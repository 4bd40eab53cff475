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
        let pin: Option<(BookingCode, String)> = session.get(NEW_PIN_KEY).await?;
        view.new_pin = pin.filter(|(c, _)| *c == view.code).map(|(_, pin)| pin);
        if view.new_pin.is_some() {
            session.remove::<(BookingCode, String)>(NEW_PIN_KEY).await?;
        }
        let helper_pin: Option<(BookingCode, String, String)> = session.get(NEW_HELPER_PIN_KEY).await?;
        view.new_helper_pin = helper_pin.filter(|(c, _, _)| *c == view.code).map(|(_, name, pin)| (name, pin));
        if view.new_helper_pin.is_some() {
            session.remove::<(BookingCode, String, String)>(NEW_HELPER_PIN_KEY).await?;
        }
        let refused: Option<(BookingCode, HelperForm, Vec<FormError>)> = session.get(HELPER_FORM_KEY).await?;
        if let Some((_, form, errors)) = refused.filter(|(c, _, _)| *c == view.code) {
            session.remove::<(BookingCode, HelperForm, Vec<FormError>)>(HELPER_FORM_KEY).await?;
            view.helper_form = Some((form, errors));
        }
    }
    Ok(render::page(&state, request, view).await)
}

async fn booking_view(db: &Db, b: bookings::Booking, access: Access) -> Result<Option<BookingView>, RepoError> {
    let Some(stored) = desks::by_id(db, b.desk_id).await? else { return Ok(None) };
    let minutes = stored.desk.service(&b.service).map_or(30, |s| s.slot_minutes);
    let request = match dossiers::by_booking(db, b.id).await? {
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
    }))
}
