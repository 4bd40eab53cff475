//! Ponte's server: wires configuration, database, sessions and routes, and runs until told
//! to stop (SIGTERM or Ctrl-C), finishing the requests already under way.

pub mod assets;
mod booking;
mod booking_pages;
mod desk_pages;
pub mod busy;
pub mod client_address;
pub mod config;
pub mod db;
pub mod demo;
pub mod desk_index;
pub mod directory;
mod error;
mod form;
pub mod hsds;
mod ics;
mod journey;
mod journey_pages;
mod plain_page;
mod qr;
mod lang;
mod middleware;
pub mod retention;
pub mod rate_limit;
pub mod repo;
mod render;
mod routes;
mod static_pages;
pub mod pin;
pub mod secret;
pub mod session_turns;
pub mod sessions;
pub mod staff;
pub mod telemetry;
pub mod totp;
pub mod second_factor;
mod workspace;

use config::Config;
use db::{Db, DbError};
use leptos::prelude::LeptosOptions;
use std::{net::SocketAddr, sync::Arc, time::Duration};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

/// jemalloc, in every binary that serves Ponte (the server, its tests, the benchmarks): it
/// gives a burst's memory back within seconds (README, "Click day"), and renders the home page
/// about 40 % more often per second than the system's allocator (`cargo xtask bench`).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// The largest request body accepted, on every route.
pub const MAX_REQUEST_BODY: usize = 64 * 1024;

/// What every handler can reach. Every extractor and middleware of every request takes a copy,
/// so a copy is one pointer.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What [`AppState`] points to.
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub config: Arc<Config>,
    pub pin_keys: Arc<pin::PinKeys>,
    /// The directory's search index (`desk_index`), kept beside the database it reads.
    pub desk_index: Arc<desk_index::DeskIndex>,
    /// The pages that are the same for everyone, once rendered.
    pub rendered: static_pages::Rendered,
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("cannot load the demo data: {0}")]
    Demo(#[from] repo::RepoError),
    #[error(transparent)]
    PinKeys(#[from] pin::PinKeyError),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("server error: {0}")]
    Serve(#[from] std::io::Error),
}

/// A started server: its address, its database, and the switch that stops it gracefully.
pub struct Running {
    pub addr: SocketAddr,
    pub db: Db,
    stop: oneshot::Sender<()>,
    task: JoinHandle<Result<(), std::io::Error>>,
}

impl Running {
    /// Stops accepting connections, waits for in-flight requests, closes the database.
    pub async fn shutdown(self) -> Result<(), StartError> {
        let _ = self.stop.send(());
        let served = self.task.await.expect("server task panicked");
        self.db.close().await;
        Ok(served?)
    }
}

/// Opens the configured database (creating the SQLite data folder) and brings its schema up
/// to date, or with `PONTE_MIGRATE=false` checks that it is.
pub async fn open_database(config: &Config) -> Result<Db, StartError> {
    if config.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir).map_err(|source| StartError::DataDir {
            path: config.data_dir.display().to_string(),
            source,
        })?;
    }
    let db = Db::connect(&config.database_url).await?;
    if config.migrate {
        db.migrate().await?;
    } else {
        db.check_schema().await?;
    }
    Ok(db)
}

/// Prepares everything and starts serving in the background.
pub async fn start(config: Config) -> Result<Running, StartError> {
    let db = open_database(&config).await?;
    let pin_keys = Arc::new(pin::PinKeys::load_or_create(&config.pin_key_file)?);
    let store = sessions::Store::prepare(&db, config.migrate).await?;
    store.clone().spawn_cleanup(Duration::from_secs(sessions::CLEANUP_EVERY_MINUTES as u64 * 60));
    retention::spawn_daily(db.clone(), config.retention_days);
    if config.pseudo_locale {
        app::content::enable_pseudo_locale();
    }
    if config.demo_data && demo::load_if_empty(&db).await? {
        tracing::info!("loaded the demo network (Ambito di Dalmine) into the empty database");
    }
    assets::precompress(config.site_dir.join("pkg")).await;

    let leptos_options = LeptosOptions::builder()
        .output_name("ponte")
        .site_root(config.site_dir.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .build();
    let secure = config.is_https();
    let state = AppState(Arc::new(Shared {
        leptos_options,
        db: db.clone(),
        config: Arc::new(config.clone()),
        pin_keys,
        desk_index: Arc::default(),
        rendered: static_pages::Rendered::default(),
    }));
    let gate = busy::Gate::new(config.max_in_flight, config.busy_wait, config.memory_limit_mb);
    let trusted_proxies = Arc::new(config.trusted_proxies.clone());
    let app = routes::router(state.clone())
        .layer(store.layer(secure))
        // Around the session layer: a session is read and written back by one request at a time.
        .layer(axum::middleware::from_fn_with_state(session_turns::SessionTurns::default(), session_turns::one_at_a_time))
        .layer(axum::middleware::from_fn_with_state(trusted_proxies, client_address::resolve))
        // No form a person fills in comes near it (a booking with its longest note: about
        // 12 KB encoded); a larger body is refused before it is read.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_REQUEST_BODY))
        // A request that gets no turn costs no session read.
        .layer(axum::middleware::from_fn_with_state(gate, busy::shed))
        // Outermost of all: every response carries them, the busy page included.
        .layer(axum::middleware::from_fn_with_state(state, middleware::security_headers));

    let listener = TcpListener::bind(config.addr)
        .await
        .map_err(|source| StartError::Bind { addr: config.addr, source })?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    tracing::info!(%addr, backend = db.backend(), "Ponte is listening on http://{addr}");
    Ok(Running { addr, db, stop, task })
}

/// Serves until SIGTERM or Ctrl-C, then shuts down gracefully.
pub async fn run(config: Config) -> Result<(), StartError> {
    let running = start(config).await?;
    shutdown_signal().await;
    tracing::info!("stopping: finishing the requests under way");
    running.shutdown().await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
