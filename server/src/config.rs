//! Settings from `PONTE_*` environment variables, each with a safe default. An invalid value
//! stops start-up with a message naming the variable.

use crate::{client_address::TrustedProxies, rate_limit::BookingLimits};
use std::{net::SocketAddr, path::PathBuf, time::Duration};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `PONTE_ADDR`: where to listen. Default `127.0.0.1:3000`.
    pub addr: SocketAddr,
    /// `PONTE_DATA_DIR`: folder for the embedded database. Default `data`.
    pub data_dir: PathBuf,
    /// `PONTE_DATABASE_URL`: `sqlite://...` or `postgres://...`.
    /// Default `sqlite://<data dir>/ponte.db`.
    pub database_url: String,
    /// `PONTE_LOG`: a tracing filter such as `info` or `server=debug,info`. Default `info`.
    pub log: String,
    /// `PONTE_LOG_FORMAT`: `text` or `json`. Default `text`.
    pub log_format: LogFormat,
    /// `PONTE_PUBLIC_URL`: the address people use, without trailing slash (links in e-mails,
    /// calendar files; `https://` turns on secure cookies). Default `http://<addr>`.
    pub public_url: String,
    /// `PONTE_SITE_DIR`: the built site (wasm, JS, CSS) from cargo-leptos. Default `target/site`.
    pub site_dir: PathBuf,
    /// `PONTE_DEMO_DATA`: `true` loads the demo network into an empty database. Default `false`:
    /// a real network's database never fills with invented desks by mistake (the run command
    /// and the tests turn it on).
    pub demo_data: bool,
    /// `PONTE_PSEUDO_LOCALE`: `true` also serves the pseudo-locale (`/ar-XB/...`: accented,
    /// longer, right-to-left Italian) for the browser tests. Default `false`.
    pub pseudo_locale: bool,
    /// `PONTE_PIN_KEY_FILE`: the keys of the booking PINs' keyed hash, outside the database
    /// (created with one key when missing). Default `<data dir>/pin-keys`.
    pub pin_key_file: PathBuf,
    /// `PONTE_MAX_IN_FLIGHT`: requests served at once; more wait (see `busy_wait`). Default 64.
    pub max_in_flight: usize,
    /// `PONTE_BUSY_WAIT_MS`: how long a request waits for its turn before it gets the "many
    /// people right now" page (503). Default 2000.
    pub busy_wait: Duration,
    /// `PONTE_MEMORY_LIMIT_MB`: resident memory the server keeps under; past 90 % of it new
    /// requests get the "many people right now" page until memory is back. Default 512.
    pub memory_limit_mb: u64,
    /// `PONTE_RETENTION_DAYS`: days a person's name, contact, answers and notes are kept after
    /// the appointment (for a request without one: after its last change); then the daily job
    /// deletes them (`retention`). Default 180.
    pub retention_days: u32,
    /// Who answers for the data, as the privacy page names them: `PONTE_CONTROLLER` (the Ambito
    /// or municipality that runs Ponte), `PONTE_CONTROLLER_CONTACT` (how to write to it) and
    /// `PONTE_DPO_CONTACT` (its data protection officer). Defaults name the demo network, with
    /// `.example` addresses that reach nobody: a real deployment sets all three.
    pub controller: Controller,
    /// `PONTE_TRUSTED_PROXIES`: the reverse proxies (addresses or networks, comma-separated)
    /// whose `Forwarded` / `X-Forwarded-For` headers name the client. Default none: the
    /// connection's address is the client's.
    pub trusted_proxies: TrustedProxies,
    /// `PONTE_BOOKINGS_PER_ADDRESS` (default 30) and `PONTE_BOOKINGS_PER_ADDRESS_AT_DESK`
    /// (default 10): new bookings and requests one address may make in a day, at all desks and
    /// at one desk, so that a script cannot fill a desk's calendar.
    pub booking_limits: BookingLimits,
    /// `PONTE_MIGRATE`: `true` (default) brings the schema up to date at start; `false` only
    /// checks it is, for an application role that does not own the tables (README,
    /// "Deploying"), after `server migrate` was run as the owner.
    pub migrate: bool,
}

/// The data controller as the privacy notice names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Controller {
    pub name: String,
    pub contact: String,
    pub dpo_contact: String,
}

#[derive(Debug, thiserror::Error)]
#[error("{variable}={value:?} is not valid: {expected}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub value: String,
    pub expected: &'static str,
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// A server on a free local port with its data in `data_dir` and the demo network, on the
    /// database at `database_url` (SQLite in `data_dir` when `None`): for tests and benchmarks.
    pub fn throwaway(data_dir: &str, database_url: Option<String>) -> Config {
        Config::from_lookup(|name| match name {
            "PONTE_ADDR" => Some("127.0.0.1:0".into()),
            "PONTE_DATA_DIR" => Some(data_dir.to_owned()),
            "PONTE_SITE_DIR" => Some(format!("{data_dir}/site")),
            "PONTE_DATABASE_URL" => database_url.clone(),
            "PONTE_DEMO_DATA" => Some("true".into()),
            // Tests run many servers in one process: its memory is not one server's, so the
            // memory gate is set out of reach (a test that wants it sets its own).
            "PONTE_MEMORY_LIMIT_MB" => Some("1000000".into()),
            // Every test person books from 127.0.0.1: the limits per address are tested on
            // their own (`server/tests/booking.rs`).
            "PONTE_BOOKINGS_PER_ADDRESS" | "PONTE_BOOKINGS_PER_ADDRESS_AT_DESK" => Some("1000000".into()),
            _ => None,
        })
        .expect("throw-away settings are valid")
    }

    /// Reads settings through `lookup` (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let invalid = |variable, value: String, expected| ConfigError { variable, value, expected };

        let addr = match get("PONTE_ADDR") {
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
            Some(v) => v
                .parse()
                .map_err(|_| invalid("PONTE_ADDR", v, "an address and port such as 127.0.0.1:3000"))?,
        };
        let data_dir = PathBuf::from(get("PONTE_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = match get("PONTE_DATABASE_URL") {
            None => format!("sqlite://{}/ponte.db", data_dir.display()),
            Some(v) if v.starts_with("sqlite:") || v.starts_with("postgres://") || v.starts_with("postgresql://") => v,
            Some(v) => {
                return Err(invalid("PONTE_DATABASE_URL", v, "a URL starting with sqlite:// or postgres://"))
            }
        };
        let log = get("PONTE_LOG").unwrap_or_else(|| "info".into());
        if tracing_subscriber::EnvFilter::try_new(&log).is_err() {
            return Err(invalid("PONTE_LOG", log, "a log filter such as info, debug or server=debug,info"));
        }
        let log_format = match get("PONTE_LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(v) => return Err(invalid("PONTE_LOG_FORMAT", v.into(), "text or json")),
        };
        let public_url = match get("PONTE_PUBLIC_URL") {
            None => format!("http://{addr}"),
            Some(v) if (v.starts_with("http://") || v.starts_with("https://")) && !v.ends_with('/') && !v.contains(char::is_whitespace) => v,
            Some(v) => {
                return Err(invalid("PONTE_PUBLIC_URL", v, "an http:// or https:// address without a trailing slash"))
            }
        };
        let site_dir = PathBuf::from(get("PONTE_SITE_DIR").unwrap_or_else(|| "target/site".into()));
        let demo_data = match get("PONTE_DEMO_DATA").as_deref() {
            Some("true" | "1" | "yes") => true,
            None | Some("false" | "0" | "no") => false,
            Some(v) => return Err(invalid("PONTE_DEMO_DATA", v.into(), "true or false")),
        };
        let pseudo_locale = match get("PONTE_PSEUDO_LOCALE").as_deref() {
            Some("true" | "1" | "yes") => true,
            None | Some("false" | "0" | "no") => false,
            Some(v) => return Err(invalid("PONTE_PSEUDO_LOCALE", v.into(), "true or false")),
        };
        let migrate = match get("PONTE_MIGRATE").as_deref() {
            None | Some("true" | "1" | "yes") => true,
            Some("false" | "0" | "no") => false,
            Some(v) => return Err(invalid("PONTE_MIGRATE", v.into(), "true or false")),
        };
        let pin_key_file = get("PONTE_PIN_KEY_FILE").map_or_else(|| data_dir.join("pin-keys"), PathBuf::from);
        let count = |variable: &'static str, default: u64, expected: &'static str| match get(variable) {
            None => Ok(default),
            Some(v) => v.trim().parse::<u64>().ok().filter(|n| *n > 0).ok_or(invalid(variable, v, expected)),
        };
        let max_in_flight = count("PONTE_MAX_IN_FLIGHT", 64, "a whole number above 0, such as 64")? as usize;
        let busy_wait = Duration::from_millis(count("PONTE_BUSY_WAIT_MS", 2000, "milliseconds above 0, such as 2000")?);
        let memory_limit_mb = count("PONTE_MEMORY_LIMIT_MB", 512, "megabytes above 0, such as 512")?;
        let retention_days = count("PONTE_RETENTION_DAYS", 180, "days above 0, such as 180")?;
        let retention_days = u32::try_from(retention_days)
            .map_err(|_| invalid("PONTE_RETENTION_DAYS", retention_days.to_string(), "days above 0, such as 180"))?;
        let controller = Controller {
            name: get("PONTE_CONTROLLER").unwrap_or_else(|| "Ambito territoriale di Dalmine (rete di prova)".into()),
            contact: get("PONTE_CONTROLLER_CONTACT").unwrap_or_else(|| "ufficio.piano@ambito-dalmine.example".into()),
            dpo_contact: get("PONTE_DPO_CONTACT").unwrap_or_else(|| "dpo@ambito-dalmine.example".into()),
        };
        let trusted_proxies = match get("PONTE_TRUSTED_PROXIES") {
            None => TrustedProxies::default(),
            Some(v) => v.parse().map_err(|_| {
                invalid("PONTE_TRUSTED_PROXIES", v, "addresses or networks separated by commas, such as 10.0.0.5,fd00::/8")
            })?,
        };
        let per_day = |variable: &'static str, default: u64| {
            count(variable, default, "a whole number above 0, such as 10")
                .and_then(|n| u32::try_from(n).map_err(|_| invalid(variable, n.to_string(), "a whole number above 0, such as 10")))
        };
        let booking_limits = BookingLimits::new(
            per_day("PONTE_BOOKINGS_PER_ADDRESS", 30)?,
            per_day("PONTE_BOOKINGS_PER_ADDRESS_AT_DESK", 10)?,
        );
        Ok(Config {
            addr,
            data_dir,
            database_url,
            log,
            log_format,
            public_url,
            site_dir,
            demo_data,
            pseudo_locale,
            pin_key_file,
            max_in_flight,
            busy_wait,
            memory_limit_mb,
            retention_days,
            controller,
            trusted_proxies,
            booking_limits,
            migrate,
        })
    }

    /// Whether people reach the site over https (cookies are then marked Secure).
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_are_safe_for_a_laptop() {
        let c = config(&[]).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, "sqlite://data/ponte.db");
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        assert!(!c.is_https());
        assert!(!c.demo_data, "no invented desks unless asked for");
        assert!(!c.pseudo_locale, "the test language is never served unless asked for");
        assert!(c.migrate, "the schema is brought up to date at start");
        assert_eq!(c.pin_key_file, PathBuf::from("data/pin-keys"));
        assert_eq!((c.max_in_flight, c.busy_wait, c.memory_limit_mb), (64, Duration::from_secs(2), 512));
        assert_eq!(c.retention_days, 180);
        assert_eq!(c.trusted_proxies, TrustedProxies::default(), "forwarding headers ignored unless a proxy is named");
        assert_eq!((c.booking_limits.per_address.max, c.booking_limits.per_address_at_desk.max), (30, 10));
        assert!(c.controller.contact.ends_with(".example"), "the demo's contacts reach nobody");
    }

    #[test]
    fn database_follows_the_data_dir() {
        let c = config(&[("PONTE_DATA_DIR", "/var/lib/ponte")]).unwrap();
        assert_eq!(c.database_url, "sqlite:///var/lib/ponte/ponte.db");
    }

    #[test]
    fn invalid_values_name_the_variable() {
        for (var, value) in [
            ("PONTE_ADDR", "localhost"),
            ("PONTE_DATABASE_URL", "mysql://x"),
            ("PONTE_LOG", "info,[["),
            ("PONTE_LOG_FORMAT", "xml"),
            ("PONTE_PUBLIC_URL", "https://ponte.example/"),
            ("PONTE_DEMO_DATA", "maybe"),
            ("PONTE_PSEUDO_LOCALE", "maybe"),
            ("PONTE_MAX_IN_FLIGHT", "0"),
            ("PONTE_BUSY_WAIT_MS", "soon"),
            ("PONTE_MEMORY_LIMIT_MB", "-1"),
            ("PONTE_RETENTION_DAYS", "0"),
            ("PONTE_TRUSTED_PROXIES", "10.0.0.1,proxy"),
            ("PONTE_BOOKINGS_PER_ADDRESS", "0"),
            ("PONTE_BOOKINGS_PER_ADDRESS_AT_DESK", "many"),
            ("PONTE_MIGRATE", "later"),
        ] {
            let err = config(&[(var, value)]).unwrap_err();
            assert_eq!(err.variable, var);
            assert!(err.to_string().starts_with(var), "{err}");
        }
    }

    #[test]
    fn whoever_runs_ponte_names_the_controller() {
        let c = config(&[
            ("PONTE_CONTROLLER", "Comune di Lallio"),
            ("PONTE_CONTROLLER_CONTACT", "protocollo@pec.comune.lallio.bg.it"),
            ("PONTE_DPO_CONTACT", "rpd@comune.lallio.bg.it"),
            ("PONTE_RETENTION_DAYS", "365"),
        ])
        .unwrap();
        assert_eq!(c.controller.name, "Comune di Lallio");
        assert_eq!(c.controller.dpo_contact, "rpd@comune.lallio.bg.it");
        assert_eq!(c.retention_days, 365);
    }

    #[test]
    fn https_public_url_means_secure_cookies() {
        assert!(config(&[("PONTE_PUBLIC_URL", "https://ponte.example")]).unwrap().is_https());
    }
}
