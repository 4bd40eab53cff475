//! `server`: serves Ponte. All settings come from `PONTE_*` environment variables (README).

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let config = match server::config::Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("ponte: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    server::telemetry::init(&config);
    match server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "ponte stopped");
            ExitCode::FAILURE
        }
    }
}
