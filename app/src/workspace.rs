//! The operators' workspace as the pages see it, and the server functions that read it.
//!
//! The server crate implements [`Workspace`] over its database and plugs it into the Leptos
//! context. Every server function here is a public endpoint: each one hands the request to the
//! workspace, which finds the signed-in staff member from the request's own cookie and returns
//! only what that person may see (nothing at all when signed out).

use domain::{
    answers::Answer,
    calendar::LocalDateTime,
    dossier::{FilledBy, Status},
    staff::Role,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Session key: the sign-in form as last refused (e-mail typed, message id).
pub const SIGN_IN_KEY: &str = "staff_sign_in";

/// Who is signed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffBadge {
    pub name: String,
    pub role: Role,
    /// Names of the desks they work for.
    pub desks: Vec<String>,
}

/// One request in the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxRow {
    pub id: i64,
    /// The booking code, which the person shows at the desk.
    pub code: String,
    pub starts_at: LocalDateTime,
    pub desk: String,
    pub service: String,
    pub area: Option<String>,
    pub language: String,
    pub filled_by: FilledBy,
    pub status: Status,
    /// The colleague handling it.
    pub claimed_by: Option<String>,
    /// The person's language is not Italian: a mediator may be needed.
    pub needs_mediator: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inbox {
    pub me: StaffBadge,
    /// Requests per status, for every status (zeros included).
    pub counts: Vec<(Status, usize)>,
    pub filter: Option<Status>,
    pub rows: Vec<InboxRow>,
}

/// What `/staff` shows: the sign-in form, or the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum StaffHome {
    SignIn { email: String, error: Option<String> },
    Inbox(Inbox),
}

/// A dossier as its desk's operator reads it. Answers are codes: the page words them in the
/// operator's language and, beside it, in the person's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DossierView {
    pub id: i64,
    pub code: String,
    pub starts_at: LocalDateTime,
    pub desk: String,
    pub service: String,
    pub name: Option<String>,
    pub contact: Option<String>,
    pub language: String,
    pub filled_by: FilledBy,
    pub status: Status,
    pub area: Option<String>,
    /// (question id, answer) in the order the questions are asked.
    pub answers: Vec<(String, Answer)>,
    /// Documents the person said they have.
    pub have: Vec<String>,
    /// The documents the service asks for (the choices for "documents missing").
    pub documents: Vec<String>,
    pub missing: Vec<String>,
    /// The operator's note with the last change.
    pub note: Option<String>,
    /// The person's own words, as written (in `language`).
    pub person_note: Option<String>,
}

/// One line of the audit log, as an administrator reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    /// Europe/Rome wall-clock time.
    pub at: LocalDateTime,
    pub staff: String,
    /// `view`, or `status:<status>`.
    pub action: String,
    pub dossier: Option<i64>,
    pub address: String,
}

/// The operators' side of the database; implemented by the server.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait Workspace: Send + Sync {
    /// The inbox of the request's signed-in staff member, or `None` when nobody is signed in.
    async fn inbox(&self, request: &http::request::Parts, filter: Option<Status>) -> Result<Option<Inbox>, String>;
    /// A dossier, only for an operator of its desk (the view is written to the audit log).
    async fn dossier(&self, request: &http::request::Parts, id: i64) -> Result<Option<DossierView>, String>;
    /// The latest audit log lines, for administrators only.
    async fn audit(&self, request: &http::request::Parts) -> Result<Option<Vec<AuditRow>>, String>;
}

#[cfg(feature = "ssr")]
pub type SharedWorkspace = std::sync::Arc<dyn Workspace>;

#[cfg(feature = "ssr")]
fn workspace() -> Result<(SharedWorkspace, http::request::Parts), ServerFnError> {
    let workspace = use_context::<SharedWorkspace>().ok_or_else(|| ServerFnError::new("workspace not configured"))?;
    let parts = use_context::<http::request::Parts>().ok_or_else(|| ServerFnError::new("no request"))?;
    Ok((workspace, parts))
}

/// The sign-in form or the inbox, for whoever sends the request.
#[server(prefix = "/api", endpoint = "staff-home")]
pub async fn workspace_home(status: Option<String>) -> Result<StaffHome, ServerFnError> {
    let (workspace, parts) = workspace()?;
    let filter = status.as_deref().and_then(Status::parse);
    if let Some(inbox) = workspace.inbox(&parts, filter).await.map_err(ServerFnError::new)? {
        return Ok(StaffHome::Inbox(inbox));
    }
    let session: tower_sessions::Session = leptos_axum::extract().await?;
    let refused: Option<(String, String)> =
        session.remove(SIGN_IN_KEY).await.map_err(|e| ServerFnError::new(format!("session unavailable: {e}")))?;
    Ok(match refused {
        Some((email, error)) => StaffHome::SignIn { email, error: Some(error) },
        None => StaffHome::SignIn { email: String::new(), error: None },
    })
}

/// One dossier, for an operator of its desk only.
#[server(prefix = "/api", endpoint = "staff-dossier")]
pub async fn staff_dossier(id: i64) -> Result<Option<DossierView>, ServerFnError> {
    let (workspace, parts) = workspace()?;
    workspace.dossier(&parts, id).await.map_err(ServerFnError::new)
}

/// The audit log, for administrators only.
#[server(prefix = "/api", endpoint = "staff-audit")]
pub async fn staff_audit() -> Result<Option<Vec<AuditRow>>, ServerFnError> {
    let (workspace, parts) = workspace()?;
    workspace.audit(&parts).await.map_err(ServerFnError::new)
}
