//! Rebuilds the server when a migration is added: `sqlx::migrate!` embeds the folders at
//! compile time, and cargo would not otherwise notice a new file.
//!
//! Also tells the tests whether a PostgreSQL server is given (`PONTE_TEST_POSTGRES_URL`): without
//! one, the PostgreSQL tests are compiled as ignored, so the test output says they did not run
//! rather than reporting them as passed.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo::rerun-if-env-changed=PONTE_TEST_POSTGRES_URL");
    println!("cargo::rustc-check-cfg=cfg(postgres_tests)");
    if std::env::var("PONTE_TEST_POSTGRES_URL").is_ok_and(|url| !url.trim().is_empty()) {
        println!("cargo::rustc-cfg=postgres_tests");
    }
}
