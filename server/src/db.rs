//! The database: embedded SQLite by default, PostgreSQL for several app instances. The
//! backend is chosen from the URL scheme. sqlx's `Any` driver cannot carry the types we need,
//! so [`Db`] is an enum and [`on_db!`] writes a query once for both backends.

use sqlx::{
    postgres::{PgPool, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous},
};
use std::{borrow::Cow, str::FromStr, time::Duration};

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot bring the database schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot prepare the session table: {0}")]
    Sessions(String),
    #[error(
        "the database schema is at version {applied} and this version of Ponte needs {needed}: \
         run `server migrate` with the owner's PONTE_DATABASE_URL first (PONTE_MIGRATE=false)"
    )]
    SchemaBehind { applied: i64, needed: i64 },
    #[error("cannot read the schema version: {0}")]
    SchemaVersion(#[source] sqlx::Error),
    #[error("cannot back up the database: {0}")]
    Backup(String),
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Runs `$body` with `$pool` bound to the backend's pool (or anything else the match yields),
/// so one piece of code serves SQLite and PostgreSQL.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// How long a request waits for a database connection before it is told to come back.
const POOL_WAIT: Duration = Duration::from_secs(5);

impl Db {
    /// Opens the database at `url`. SQLite files are created when missing, with WAL,
    /// `synchronous=FULL` (a saved booking survives a power cut) and foreign keys on.
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        if url.starts_with("postgres") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(POOL_WAIT)
                .connect(url)
                .await
                .map_err(DbError::Connect)?;
            Ok(Db::Postgres(pool))
        } else {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(DbError::Connect)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                // Deleted personal data (retention, erasure) is overwritten in the file, not
                // left readable in free pages until they happen to be reused.
                .pragma("secure_delete", "on")
                .busy_timeout(Duration::from_secs(10));
            // SQLite has one writer at a time: under a burst writers queue for the lock and
            // requests queue for a connection. The number of requests served at once is bounded
            // (`busy.rs`), so the queue is short; a wait longer than these limits means the
            // machine is overwhelmed, and the person gets the "try again in a minute" page.
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(POOL_WAIT)
                .connect_with(options)
                .await
                .map_err(DbError::Connect)?;
            Ok(Db::Sqlite(pool))
        }
    }

    /// Applies the migrations of this backend (one folder per backend).
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// Checks, without changing anything, that every migration of this version has been
    /// applied: for an application role that may not change the schema (`PONTE_MIGRATE=false`).
    pub async fn check_schema(&self) -> Result<(), DbError> {
        let migrations = match self {
            Db::Sqlite(_) => &SQLITE_MIGRATIONS,
            Db::Postgres(_) => &POSTGRES_MIGRATIONS,
        };
        let needed = migrations.iter().map(|m| m.version).max().unwrap_or(0);
        let sql = "SELECT MAX(version) FROM _sqlx_migrations WHERE success";
        let applied: Result<Option<i64>, sqlx::Error> =
            on_db!(self, pool => sqlx::query_scalar(sql).fetch_one(pool).await);
        let applied = match applied {
            Ok(v) => v.unwrap_or(0),
            // No migrations table: nothing was ever applied.
            Err(sqlx::Error::Database(e)) if e.message().contains("_sqlx_migrations") => 0,
            Err(e) => return Err(DbError::SchemaVersion(e)),
        };
        if applied < needed {
            return Err(DbError::SchemaBehind { applied, needed });
        }
        Ok(())
    }

    /// Writes a consistent copy of a SQLite database to `to` (a new file) while it is in use:
    /// `VACUUM INTO` reads one snapshot and never blocks the writers for long. PostgreSQL is
    /// backed up with its own tools (`pg_dump`, README "Backups").
    pub async fn backup(&self, to: &std::path::Path) -> Result<(), DbError> {
        match self {
            Db::Sqlite(pool) => {
                if to.exists() {
                    return Err(DbError::Backup(format!("{} exists already; choose a new file", to.display())));
                }
                let to = to.to_str().ok_or_else(|| DbError::Backup("the backup path is not valid UTF-8".into()))?;
                sqlx::query("VACUUM INTO ?").bind(to).execute(pool).await.map_err(|e| DbError::Backup(e.to_string()))?;
                Ok(())
            }
            Db::Postgres(_) => Err(DbError::Backup(
                "a PostgreSQL database is backed up with pg_dump (README, \"Backups\")".into(),
            )),
        }
    }

    /// Whether the database answers a trivial query within two seconds.
    pub async fn is_reachable(&self) -> bool {
        let ping = async {
            on_db!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|_| ()))
        };
        matches!(tokio::time::timeout(Duration::from_secs(2), ping).await, Ok(Ok(())))
    }

    pub async fn close(&self) {
        on_db!(self, pool => pool.close().await);
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// The statement that opens a transaction that will write. On SQLite `BEGIN IMMEDIATE`
    /// takes the write lock at once: a transaction that reads and then writes (a booking checks
    /// the free seats first) can then never fail half-way on a lock upgrade, and writers queue
    /// up in order. PostgreSQL's row locks and unique indexes do that job there.
    pub fn write_begin(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "BEGIN IMMEDIATE",
            Db::Postgres(_) => "BEGIN",
        }
    }

    /// SQL written with `?` placeholders, turned into `$1, $2, ...` for PostgreSQL.
    /// (Question marks inside string literals are not supported: bind values instead.)
    pub fn sql<'a>(&self, sql: &'a str) -> Cow<'a, str> {
        match self {
            Db::Sqlite(_) => Cow::Borrowed(sql),
            Db::Postgres(_) => {
                let mut out = String::with_capacity(sql.len() + 8);
                let mut n = 0;
                for c in sql.chars() {
                    if c == '?' {
                        n += 1;
                        out.push('$');
                        out.push_str(&n.to_string());
                    } else {
                        out.push(c);
                    }
                }
                Cow::Owned(out)
            }
        }
    }
}

/// Whether an error is a unique-constraint violation (on either backend).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}
