//! Rebuilds the server when a migration is added: `sqlx::migrate!` embeds the folders at
//! compile time, and cargo would not otherwise notice a new file.
//!
//! Also tells the tests whether a PostgreSQL server is given (`PONTE_TEST_POSTGRES_URL`): without
//! one, the PostgreSQL tests are compiled as ignored, so the test output says they did not run
//! rather than reporting them as passed. The same for the two instances behind a reverse proxy,
//! which also need Debian's nginx (`cargo xtask test` installs it).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo::rerun-if-env-changed=PONTE_TEST_POSTGRES_URL");
    println!("cargo::rustc-check-cfg=cfg(postgres_tests)");
    if std::env::var("PONTE_TEST_POSTGRES_URL").is_ok_and(|url| !url.trim().is_empty()) {
        println!("cargo::rustc-cfg=postgres_tests");
    }
    println!("cargo::rerun-if-changed={NGINX}");
    println!("cargo::rustc-check-cfg=cfg(nginx_tests)");
    if std::path::Path::new(NGINX).exists() {
        println!("cargo::rustc-cfg=nginx_tests");
    }
}

/// Where Debian installs nginx.
const NGINX: &str = "/usr/sbin/nginx";
