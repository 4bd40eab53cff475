//! Repositories: the only code that writes SQL. Each function works on both backends.

pub mod attempts;
pub mod bookings;
pub mod desks;
pub mod dossiers;
pub mod helpers;
pub mod mediators;
pub mod municipalities;
pub mod retention;
pub mod staff;

use crate::{db::Db, on_db};

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

/// `id → name` of the rows of `table` with these ids, in one query however many there are.
async fn names_by_id(db: &Db, table: &'static str, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>, RepoError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let sql = db.sql(&format!("SELECT id, name FROM {table} WHERE id IN ({marks})")).into_owned();
    let rows = on_db!(db, pool => {
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql);
        for id in &ids {
            query = query.bind(id);
        }
        query.fetch_all(pool).await?
    });
    Ok(rows.into_iter().collect())
}
