//! `server`: serves Ponte. All settings come from `PONTE_*` environment variables (README).
//!
//! `server import-hsds <file.json>` adds desks from an Open Referral HSDS 3 file (all or none);
//! `server export-hsds` prints the whole directory as HSDS JSON.
//! `server create-staff <role> <email> <name> [desk-slug ...]` creates a staff account (the
//! first administrator, typically), reading the password from the first line of standard input
//! so that it never shows in the shell history or the process list.
//! `server migrate` brings the schema up to date and exits (as the tables' owner, when the
//! instances run as an application role with `PONTE_MIGRATE=false`).
//! `server backup <file>` writes a consistent copy of the SQLite database to a new file while
//! the server runs.

use std::process::ExitCode;

/// Threads for blocking work (password hashing, file reads). Tokio's default, 512, lets a burst
/// start hundreds of memory-hungry jobs at once; CPU-heavy work also waits for a per-core
/// permit (`secret::CPU_WORK`).
const BLOCKING_THREADS: usize = 16;

fn main() -> ExitCode {
    match tokio::runtime::Builder::new_multi_thread().enable_all().max_blocking_threads(BLOCKING_THREADS).build() {
        Ok(runtime) => runtime.block_on(serve()),
        Err(e) => {
            eprintln!("ponte: cannot start the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve() -> ExitCode {
    let config = match server::config::Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("ponte: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    server::telemetry::init(&config);
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => match server::run(config).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                tracing::error!(error = %e, "ponte stopped");
                ExitCode::FAILURE
            }
        },
        Some("import-hsds" | "export-hsds") => match directory_command(config, &args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ponte: {e}");
                ExitCode::FAILURE
            }
        },
        Some("create-staff") => match create_staff(config, &args[1..]).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ponte: {e}");
                ExitCode::FAILURE
            }
        },
        Some("migrate") => match migrate(config).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ponte: {e}");
                ExitCode::FAILURE
            }
        },
        Some("backup") => match backup(config, args.get(1)).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ponte: {e}");
                ExitCode::FAILURE
            }
        },
        Some(other) => {
            eprintln!(
                "ponte: unknown command `{other}`; use no argument to serve, or import-hsds <file>, export-hsds, \
                 create-staff <role> <email> <name> [desk-slug ...], migrate, backup <new file>"
            );
            ExitCode::from(2)
        }
    }
}

async fn directory_command(config: server::config::Config, args: &[String]) -> Result<(), String> {
    let db = server::open_database(&config).await.map_err(|e| e.to_string())?;
    let result = if args[0] == "import-hsds" {
        let path = args.get(1).ok_or("import-hsds needs the path of an HSDS JSON file")?;
        let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        server::hsds::import(&db, &json).await.map(|n| eprintln!("imported {n} desks from {path}")).map_err(|e| e.to_string())
    } else {
        server::hsds::export_json(&db).await.map(|json| println!("{json}")).map_err(|e| e.to_string())
    };
    db.close().await;
    result
}

async fn create_staff(config: server::config::Config, args: &[String]) -> Result<(), String> {
    use domain::staff::Role;
    let usage = "usage: create-staff <operator|mediator|administrator> <email> <name> [desk-slug ...] < password";
    let [role, email, name, desks @ ..] = args else { return Err(usage.into()) };
    let role = Role::parse(role).ok_or(usage)?;
    let mut password = String::new();
    std::io::stdin().read_line(&mut password).map_err(|e| format!("cannot read the password: {e}"))?;
    let password = password.trim_end_matches(['\r', '\n']);
    let db = server::open_database(&config).await.map_err(|e| e.to_string())?;
    let now = server::directory::now_unix();
    let by = server::repo::staff::Actor::command(now);
    let result = server::staff::create_account(&db, email, name, role, password, desks, &by).await;
    db.close().await;
    let id = result.map_err(|e| e.to_string())?;
    eprintln!("created {} account {id} for {email}", role.as_str());
    Ok(())
}

async fn migrate(mut config: server::config::Config) -> Result<(), String> {
    config.migrate = true;
    let db = server::open_database(&config).await.map_err(|e| e.to_string())?;
    let sessions = server::sessions::Store::prepare(&db, true).await.map(|_| ()).map_err(|e| e.to_string());
    db.close().await;
    sessions?;
    eprintln!("the {} database schema is up to date", config.database_url.split(':').next().unwrap_or_default());
    Ok(())
}

async fn backup(config: server::config::Config, to: Option<&String>) -> Result<(), String> {
    let to = to.ok_or("usage: backup <new file>")?;
    let db = server::db::Db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    let result = db.backup(std::path::Path::new(to)).await.map_err(|e| e.to_string());
    db.close().await;
    result?;
    eprintln!("backed up to {to}");
    Ok(())
}
