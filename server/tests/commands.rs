//! The server program's commands, run as an administrator runs them: a bad directory file is
//! refused with a non-zero exit and a message that names the problem, and nothing is imported;
//! a backup taken while the server runs restores every booking.

mod common;

use std::process::Command;

fn server_command(data: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command.env("PONTE_DATA_DIR", data).env("PONTE_DEMO_DATA", "false").env("PONTE_LOG", "error").env_remove("PONTE_DATABASE_URL");
    command
}

#[test]
fn a_bad_directory_file_is_refused_with_a_failing_exit() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("directory.json");
    std::fs::write(&bad, r#"{"organizations": [{"name": 12}]}"#).unwrap();
    let out = server_command(dir.path()).args(["import-hsds", bad.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success(), "a bad file must fail the command (scripts check the exit code)");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("ponte:"), "says what went wrong: {said}");

    let missing = server_command(dir.path()).args(["import-hsds", "/no/such/file.json"]).output().unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /no/such/file.json"));

    // Nothing was imported: the export lists no desk.
    let export = server_command(dir.path()).arg("export-hsds").output().unwrap();
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    let json: serde_json::Value = serde_json::from_slice(&export.stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len).or_else(|| json["organizations"].as_array().map(Vec::len)), Some(0), "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serving_restores_every_booking() {
    let (running, base, dir) = common::spawn_server().await;
    let (_, slots) = common::free_slots(&running.db, "sportello-sociale-boltiere", "home-care", 1).await;
    let me = common::browser();
    let form = [
        ("slot", slots[0].to_string()),
        ("name", "M. R.".to_owned()),
        ("language", "it".to_owned()),
        ("consent", "yes".to_owned()),
        ("request_key", "backup".to_owned()),
    ];
    let made = me.post(format!("{base}/it/book/sportello-sociale-boltiere/home-care")).form(&form).send().await.unwrap();
    let page = common::location(&made).clone();
    let code = page.rsplit('/').next().unwrap().to_owned();
    let shown = me.get(format!("{base}{page}")).send().await.unwrap().text().await.unwrap();
    let pin = shown.split("data-pin>").nth(1).and_then(|s| s.split('<').next()).expect("the PIN is shown").to_owned();

    // The command, as a nightly job runs it, while the server serves.
    let backup = dir.path().join("backup.db");
    let out = server_command(dir.path()).arg("backup").arg(&backup).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let again = server_command(dir.path()).arg("backup").arg(&backup).output().unwrap();
    assert!(!again.status.success(), "an existing file is never overwritten");
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    running.shutdown().await.unwrap();

    // Restored: a server on the copy, with the same PIN key file, finds the booking with its
    // code and PIN.
    let url = format!("sqlite://{}", backup.display());
    let pin_keys = dir.path().join("pin-keys");
    let (restored, base, _restored_dir) = common::spawn_server_with(Some(url), |c| c.pin_key_file = pin_keys).await;
    let r = common::browser().post(format!("{base}/it/manage")).form(&[("code", code.as_str()), ("secret", pin.as_str())]).send().await.unwrap();
    assert_eq!(common::location(&r), page);
    restored.shutdown().await.unwrap();
}
