//! Repositories: the only code that writes SQL. Each function works on both backends.

pub mod attempts;
pub mod bookings;
pub mod desks;
pub mod dossiers;
pub mod municipalities;
pub mod retention;
pub mod staff;

#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// A record with the same unique key exists (a clean 4xx for the caller, never a 500).
    #[error("{0} already exists")]
    Duplicate(&'static str),
    /// The record to change does not exist (any more).
    #[error("no such {0}")]
    NotFound(&'static str),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

impl RepoError {
    /// What a server function sends back when a `what` query failed: the details go to the log
    /// here and never to the browser (a database's message can name tables, values, the server).
    pub fn logged(self, what: &str) -> String {
        tracing::error!(error = %self, "{what} query failed");
        format!("{what} unavailable")
    }
}
