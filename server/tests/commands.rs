//! The server program's commands, run as an administrator runs them: a bad directory file is
//! refused with a non-zero exit and a message that names the problem, and nothing is imported.

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
