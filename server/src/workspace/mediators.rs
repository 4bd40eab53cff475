//! Mediators in the workspace. Who may do what, checked here on every request:
//! - a mediator: their own list (the appointments in their languages at their desks, days and
//!   hours, and the mediators asked for in their languages), saying "I will be there", and
//!   reading only the appointments they come to, without the desk's notes or answers;
//! - an operator: asking for a mediator for a dossier of their desks;
//! - an administrator: setting a mediator account's languages and presence.
//!
//! Every read of a person's data and every change is written to the audit log.

use super::{
    audit_entry,
    reads::{audit_read, take},
    staff_with_role,
};
use crate::{
    client_address::ClientAddress,
    directory::now_unix,
    error::{AppError, Answer},
    form::Posted,
    lang::Lang,
    render,
    repo::{
        desks, dossiers,
        mediators::{self, Mediation},
        staff::{self as accounts, Staff},
        RepoError,
    },
    AppState,
};
use app::{
    content::{catalogue, language_codes},
    paths,
    workspace::{
        MediationRow, MediationState, MediationView, MediatorMark, MediatorProfilePage, MyMediations, MEDIATION_GONE_KEY,
        MEDIATOR_ASK_KEY, MEDIATOR_FORM_KEY, MEDIATOR_SAVED_KEY,
    },
};
use axum::{
    extract::{Path, Request, State},
    http::HeaderMap,
    response::{IntoResponse, Redirect},
};
use domain::{
    audit::AuditAction,
    calendar::{rome_local, Date},
    lang::DEFAULT_LANG,
    mediation::{self, PresenceForm, Profile, ProfileError, ProfileForm},
    staff::Role,
};
use std::collections::HashMap;
use tower_sessions::Session;

/// The languages a mediator may speak for the network: every shipped one but Italian.
fn mediator_languages() -> Vec<String> {
    language_codes().into_iter().filter(|l| *l != DEFAULT_LANG).map(str::to_owned).collect()
}

/// The desk's view of the mediations of these dossiers: asked for, or who comes.
pub(super) async fn marks(state: &AppState, dossier_ids: &[i64]) -> Result<HashMap<i64, MediatorMark>, RepoError> {
    let found = mediators::of_dossiers(&state.db, dossier_ids).await?;
    let names = accounts::names_by_id(&state.db, &found.values().filter_map(|m| m.mediator).collect::<Vec<_>>()).await?;
    Ok(found
        .into_iter()
        .map(|(id, m)| {
            let mark = match m.mediator {
                Some(who) => MediatorMark::Confirmed { language: m.language, day: m.day, name: names.get(&who).cloned().unwrap_or_default() },
                None => MediatorMark::Asked { language: m.language, day: m.day },
            };
            (id, mark)
        })
        .collect())
}

/// What mediator `me` may see from today: the lines of their list, by dossier, with the
/// language and day each would be taken for.
/// `profile` is theirs; `all_desks` the network's desks as (id, slug, name).
async fn my_rows(
    state: &AppState,
    me: &Staff,
    profile: &Profile,
    all_desks: &[(i64, String, String)],
) -> Result<Vec<(MediationRow, String, Date)>, RepoError> {
    let today = rome_local(now_unix()).date;
    let slug_of = |id: i64| all_desks.iter().find(|(i, _, _)| *i == id).map(|(_, slug, _)| slug.as_str()).unwrap_or_default();
    let name_of = |id: i64| all_desks.iter().find(|(i, _, _)| *i == id).map(|(_, _, name)| name.clone()).unwrap_or_default();
    let taken: Vec<Mediation> = mediators::open_or_mine(&state.db, me.id, today).await?;
    let coming = dossiers::coming_for_mediator(&state.db, me.id, &today.to_string()).await?;
    let known = dossiers::by_ids(&state.db, &taken.iter().map(|m| m.dossier_id).collect::<Vec<_>>()).await?;
    let mut rows: Vec<(MediationRow, String, Date)> = Vec::new();
    for m in taken {
        let Some(d) = known.iter().find(|d| d.id == m.dossier_id) else { continue };
        let state = if m.mediator == Some(me.id) { MediationState::Mine } else { MediationState::Asked };
        let row = MediationRow {
            dossier: d.id,
            starts_at: d.starts_at,
            day: m.day,
            desk: name_of(d.desk_id),
            service: d.service.clone(),
            language: m.language.clone(),
            state,
            name: (state == MediationState::Mine).then(|| d.name.clone()).flatten(),
        };
        rows.push((row, m.language, m.day));
    }
    for d in coming {
        let Some(at) = d.starts_at.filter(|at| profile.fits(slug_of(d.desk_id), *at, &d.language)) else { continue };
        let row = MediationRow {
            dossier: d.id,
            starts_at: Some(at),
            day: at.date,
            desk: name_of(d.desk_id),
            service: d.service.clone(),
            language: d.language.clone(),
            state: MediationState::Open,
            name: None,
        };
        rows.push((row, d.language, at.date));
    }
    rows.sort_by_key(|(r, _, _)| (r.day, r.starts_at, r.dossier));
    Ok(rows)
}

/// `GET /<lang>/staff/mediations`: a mediator's own list (the read is audited).
pub(crate) async fn my_mediations_page(
    State(state): State<AppState>,
    address: ClientAddress,
    session: Session,
    request: Request,
) -> Answer {
    let me = staff_with_role(&state, request.headers(), Role::Mediator, now_unix()).await?;
    let gone = take::<bool>(&session, MEDIATION_GONE_KEY).await?.unwrap_or(false);
    let page = async {
        let profile = mediators::profile(&state.db, me.id).await?;
        let names = desks::names(&state.db).await?;
        let desk_name = |slug: &str| names.iter().find(|(_, s, _)| s == slug).map(|(_, _, n)| n.clone()).unwrap_or_default();
        let rows = my_rows(&state, &me, &profile, &names).await?;
        audit_read(&state, &me, &address, AuditAction::InboxRead, None).await?;
        Ok::<_, RepoError>(MyMediations {
            name: me.name.clone(),
            languages: profile.languages,
            presence: profile.presence.iter().map(|p| (desk_name(&p.desk), p.weekday, p.from, p.to)).collect(),
            rows: rows.into_iter().map(|(r, _, _)| r).collect(),
            gone,
        })
    };
    let page = page.await.map_err(|e| AppError::unavailable("mediations", e))?;
    Ok(render::page(&state, request, Some(page)).await)
}

/// `POST /<lang>/staff/mediations/<dossier>/confirm`: "I will be there", for a line of the
/// mediator's own list only; when another mediator took it first, the list says so.
pub(crate) async fn confirm(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    session: Session,
    headers: HeaderMap,
) -> Answer {
    let me = staff_with_role(&state, &headers, Role::Mediator, now_unix()).await?;
    let rows = async {
        let profile = mediators::profile(&state.db, me.id).await?;
        my_rows(&state, &me, &profile, &desks::names(&state.db).await?).await
    };
    let rows = rows.await.map_err(|e| AppError::unavailable("mediations", e))?;
    let Some((_, language, day)) = rows.into_iter().find(|(r, _, _)| r.dossier == id && r.state != MediationState::Mine) else {
        return Err(AppError::NotFound);
    };
    let audit = audit_entry(&me, AuditAction::MediatorConfirmed, Some(id), &address);
    let taken = mediators::confirm(&state.db, me.id, id, &language, day, &audit).await.map_err(|e| AppError::unavailable("mediation", e))?;
    if !taken {
        session.insert(MEDIATION_GONE_KEY, true).await?;
    }
    Ok(Redirect::to(&paths::staff_mediations(lang)).into_response())
}

/// `POST /<lang>/staff/mediations/<dossier>/release`: "I can no longer come", only for the
/// mediator who said they would; anyone else gets the same 404 as for nothing there.
pub(crate) async fn release(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    headers: HeaderMap,
) -> Answer {
    let me = staff_with_role(&state, &headers, Role::Mediator, now_unix()).await?;
    let audit = audit_entry(&me, AuditAction::MediatorReleased, Some(id), &address);
    match mediators::release(&state.db, me.id, id, &audit).await {
        Ok(true) => Ok(Redirect::to(&paths::staff_mediations(lang)).into_response()),
        Ok(false) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("mediation", e)),
    }
}

/// `GET /<lang>/staff/mediations/<dossier>`: the appointment a mediator comes to, only theirs
/// (the read is audited); anyone else gets the page "not available".
pub(crate) async fn mediation_page(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    request: Request,
) -> Answer {
    let me = super::signed_in(&state, request.headers(), now_unix()).await?.filter(|me| me.role == Role::Mediator);
    let Some(me) = me else { return Ok(render::page::<MediationView>(&state, request, None).await) };
    let view = async {
        let Some(d) = dossiers::get_for_mediator(&state.db, me.id, id).await? else { return Ok(None) };
        audit_read(&state, &me, &address, AuditAction::View, Some(d.id)).await?;
        let desk = desks::by_ids(&state.db, &[d.desk_id]).await?.into_iter().next();
        let day = mediators::of_dossiers(&state.db, &[d.id]).await?.remove(&d.id).map(|m| m.day);
        let documents = catalogue()
            .service(&d.service)
            .map(|s| s.documents.iter().map(|r| r.id().to_owned()).collect())
            .unwrap_or_default();
        Ok::<_, RepoError>(Some(MediationView {
            dossier: d.id,
            code: d.code,
            starts_at: d.starts_at,
            day: day.or(d.starts_at.map(|at| at.date)).unwrap_or_else(|| rome_local(now_unix()).date),
            desk: desk.as_ref().map(|s| s.desk.name.clone()).unwrap_or_default(),
            address: desk.map(|s| s.desk.address).unwrap_or_default(),
            service: d.service,
            name: d.name,
            language: d.language,
            status: d.status,
            documents,
        }))
    };
    let view = view.await.map_err(|e| AppError::unavailable("mediation", e))?;
    Ok(render::page(&state, request, view).await)
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct AskPosted {
    language: String,
    day: String,
}

/// `POST /<lang>/staff/dossier/<id>/mediator`: an operator of the dossier's desk asks for a
/// mediator of a language on a day; mediators of that language see it in their list.
pub(crate) async fn ask(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    session: Session,
    headers: HeaderMap,
    Posted(posted): Posted<AskPosted>,
) -> Answer {
    let me = staff_with_role(&state, &headers, Role::Operator, now_unix()).await?;
    // Another desk's dossier does not exist for them.
    let mine = dossiers::get_for_staff(&state.db, me.id, id).await.map_err(|e| AppError::unavailable("dossier", e))?;
    if mine.is_none() {
        return Err(AppError::NotFound);
    }
    let back = format!("{}#mediator", paths::staff_dossier(lang, id));
    let language = mediator_languages().into_iter().find(|l| *l == posted.language.trim());
    let day = Date::parse(posted.day.trim()).filter(|d| *d >= rome_local(now_unix()).date);
    let (Some(language), Some(day)) = (language, day) else {
        session.insert(MEDIATOR_ASK_KEY, id).await?;
        return Ok(Redirect::to(&back).into_response());
    };
    let audit = audit_entry(&me, AuditAction::MediatorAsked, Some(id), &address);
    // Asked already (by a colleague, or a mediator offered to come): the page shows which.
    match mediators::ask(&state.db, me.id, id, &language, day, &audit).await {
        Ok(_) => Ok(Redirect::to(&back).into_response()),
        Err(e) => Err(AppError::unavailable("mediator request", e)),
    }
}

/// The mediator form as posted: ticked languages and rows of presence (one field of each per row).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct ProfilePosted {
    language: Vec<String>,
    desk: Vec<String>,
    weekday: Vec<String>,
    from: Vec<String>,
    to: Vec<String>,
}

impl ProfilePosted {
    fn form(self) -> ProfileForm {
        let field = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
        let rows = self.desk.len().max(self.weekday.len()).max(self.from.len()).max(self.to.len());
        ProfileForm {
            languages: self.language,
            presence: (0..rows)
                .map(|i| PresenceForm {
                    desk: field(&self.desk, i),
                    weekday: field(&self.weekday, i),
                    from: field(&self.from, i),
                    to: field(&self.to, i),
                })
                .collect(),
        }
    }
}

/// `GET /<lang>/staff/accounts/<id>/mediator`: a mediator account's languages and presence,
/// for administrators only (another account's id, or a non-mediator's, is "not available").
pub(crate) async fn profile_page(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, i64)>,
    session: Session,
    request: Request,
) -> Answer {
    let me = super::signed_in(&state, request.headers(), now_unix()).await?.filter(|me| me.role == Role::Administrator);
    if me.is_none() {
        return Ok(render::page::<MediatorProfilePage>(&state, request, None).await);
    }
    let refused = take::<(i64, ProfileForm, Vec<ProfileError>)>(&session, MEDIATOR_FORM_KEY).await?.filter(|(of, _, _)| *of == id);
    let saved = take::<i64>(&session, MEDIATOR_SAVED_KEY).await? == Some(id);
    let page = async {
        let account = accounts::by_id(&state.db, id).await?.filter(|a| a.role == Role::Mediator);
        let Some(account) = account else { return Ok(None) };
        let stored = mediators::profile(&state.db, id).await?;
        let (form, errors) = match refused {
            Some((_, form, errors)) => (form, errors),
            None => (ProfileForm::from(&stored), Vec::new()),
        };
        let desks = desks::names(&state.db).await?.into_iter().map(|(_, slug, name)| (slug, name)).collect();
        Ok::<_, RepoError>(Some(MediatorProfilePage {
            id,
            name: account.name,
            email: account.email,
            form,
            errors,
            desks,
            languages: mediator_languages(),
            saved,
        }))
    };
    let page = page.await.map_err(|e| AppError::unavailable("mediator profile", e))?;
    Ok(render::page(&state, request, page).await)
}

/// `POST /<lang>/staff/accounts/<id>/mediator`: an administrator sets a mediator's languages and
/// presence (all of it, replacing what was there); a refused form comes back as typed.
pub(crate) async fn set_profile(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, i64)>,
    address: ClientAddress,
    session: Session,
    headers: HeaderMap,
    Posted(posted): Posted<ProfilePosted>,
) -> Answer {
    let me = staff_with_role(&state, &headers, Role::Administrator, now_unix()).await?;
    let page = paths::staff_mediator_profile(lang, id);
    let form = posted.form();
    let all_desks = desks::names(&state.db).await.map_err(|e| AppError::unavailable("desks", e))?;
    let slugs: Vec<&str> = all_desks.iter().map(|(_, slug, _)| slug.as_str()).collect();
    let languages = mediator_languages();
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let profile = match mediation::validate(&form, &slugs, &languages) {
        Ok(profile) => profile,
        Err(errors) => {
            session.insert(MEDIATOR_FORM_KEY, (id, &form, errors)).await?;
            return Ok(Redirect::to(&page).into_response());
        }
    };
    let audit = audit_entry(&me, AuditAction::MediatorProfileSet(id), None, &address);
    match mediators::set_profile(&state.db, id, &profile, &audit).await {
        Ok(true) => {
            session.insert(MEDIATOR_SAVED_KEY, id).await?;
            Ok(Redirect::to(&page).into_response())
        }
        Ok(false) => Err(AppError::NotFound),
        Err(e) => Err(AppError::unavailable("mediator profile", e)),
    }
}
