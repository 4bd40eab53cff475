//! Sessions live in the database (never in process memory), so that several app instances can
//! share them and a restart logs nobody out.

use crate::db::{Db, DbError};
use async_trait::async_trait;
use std::time::Duration;
use tower_sessions::{
    cookie::{time, SameSite},
    session::{Id, Record},
    session_store::{self, ExpiredDeletion, SessionStore},
    Expiry, SessionManagerLayer,
};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// The session store of the configured backend.
#[derive(Debug, Clone)]
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// Idle sessions end after 30 minutes: the answers of a journey not sent with a booking are
/// not read again after that.
pub const IDLE_TIMEOUT_MINUTES: i64 = 30;
/// The session cookie; over HTTPS with the `__Host-` prefix, so the browser keeps it only if
/// it is `Secure`, for the whole site and this host alone (no sub-domain can set or read it).
pub const COOKIE: &str = "ponte_session";
pub const SECURE_COOKIE: &str = "__Host-ponte_session";

/// How often ended sessions are deleted from the database.
pub const CLEANUP_EVERY_MINUTES: i64 = 5;

/// At most this long after a person's last step, answers they did not send are deleted (the
/// privacy notice says so).
pub const DRAFT_GONE_WITHIN_MINUTES: i64 = IDLE_TIMEOUT_MINUTES + CLEANUP_EVERY_MINUTES;

impl Store {
    /// The store for `db`, with its table created if missing when `create_table` (not for an
    /// application role that may not change the schema: `server migrate` created it).
    pub async fn prepare(db: &Db, create_table: bool) -> Result<Store, DbError> {
        let store = match db {
            Db::Sqlite(pool) => Store::Sqlite(SqliteStore::new(pool.clone())),
            Db::Postgres(pool) => Store::Postgres(PostgresStore::new(pool.clone())),
        };
        if !create_table {
            return Ok(store);
        }
        let migrated = match &store {
            Store::Sqlite(s) => s.migrate().await,
            Store::Postgres(s) => s.migrate().await,
        };
        migrated.map_err(|e| DbError::Sessions(e.to_string()))?;
        Ok(store)
    }

    /// The tower layer that loads and saves sessions, with a cookie fit for the deployment.
    pub fn layer(self, secure: bool) -> SessionManagerLayer<Store> {
        SessionManagerLayer::new(self)
            .with_name(if secure { SECURE_COOKIE } else { COOKIE })
            .with_path("/")
            .with_http_only(true)
            .with_secure(secure)
            .with_same_site(SameSite::Lax)
            .with_expiry(Expiry::OnInactivity(time::Duration::minutes(IDLE_TIMEOUT_MINUTES)))
    }

    /// Deletes expired sessions every `period`, for as long as the process runs.
    pub fn spawn_cleanup(self, period: Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(period);
            loop {
                interval.tick().await;
                if let Err(e) = self.delete_expired().await {
                    tracing::warn!(error = %e, "could not delete expired sessions");
                }
            }
        })
    }
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.create(record).await,
            Store::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.save(record).await,
            Store::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Store::Sqlite(s) => s.load(id).await,
            Store::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.delete(id).await,
            Store::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for Store {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            Store::Sqlite(s) => s.delete_expired().await,
            Store::Postgres(s) => s.delete_expired().await,
        }
    }
}
