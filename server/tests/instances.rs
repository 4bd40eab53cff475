//! Two instances of the server program on one PostgreSQL database, behind Debian's nginx as a
//! municipality's IT would run them (the configuration is the README's, "Deploying": the owner
//! runs `server migrate`, the instances run as an application role that does not own the
//! tables, `server/deploy/postgres-app-role.sql`, which cannot touch the audit log): bookings
//! raced across both never double-book, a session made on one is valid on the other, a lockout
//! on one holds on the other, and killing one in the middle of a run loses no booking that was
//! confirmed. Needs PostgreSQL and nginx (`cargo xtask test` installs it); without either the
//! test is reported as ignored (`server/build.rs`).

mod common;

use common::{browser, free_slots, location, start_program, wait_until_up};
use reqwest::StatusCode;
use server::{
    db::Db,
    repo::bookings::{self, Status},
};
use std::{
    path::Path,
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::Duration,
};

const ONE_SEAT: &str = "sportello-sociale-boltiere";
const OTHER_DESK: &str = "sportello-sociale-azzano-san-paolo";
const SERVICE: &str = "home-care";

/// The proxy in front of the instances, as the README's "Deploying" shows it, with its files in
/// a folder of the test's own.
fn nginx_config(dir: &Path, listen: u16, instances: &[&str]) -> String {
    let upstreams: String =
        instances.iter().map(|base| format!("        server {} max_fails=1 fail_timeout=2s;\n", base.trim_start_matches("http://"))).collect();
    let dir = dir.display();
    format!(
        "daemon off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream ponte {{
{upstreams}    }}
    server {{
        listen 127.0.0.1:{listen};
        client_max_body_size 64k;
        location / {{
            proxy_pass http://ponte;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout;
        }}
    }}
}}
"
    )
}

/// A child process that is killed when the test ends, passed or failed.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_nginx(dir: &Path, instances: &[&str]) -> (Process, String) {
    let port = free_port();
    let conf = dir.join("nginx.conf");
    std::fs::write(&conf, nginx_config(dir, port, instances)).unwrap();
    let child = Command::new("/usr/sbin/nginx")
        .arg("-c")
        .arg(&conf)
        .arg("-p")
        .arg(dir)
        .arg("-e")
        .arg(dir.join("error.log"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx starts");
    (Process(child), format!("http://127.0.0.1:{port}"))
}

fn booking_form(slot: &str, key: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slot", slot.to_owned()),
        ("name", "M. R.".into()),
        ("language", "it".into()),
        ("consent", "yes".into()),
        ("request_key", key.into()),
    ]
}

async fn two_instances_behind_nginx_share_everything(url: &str, data: &Path) {
    let pin_keys = data.join("pin-keys");
    let pin_keys = pin_keys.to_str().unwrap();
    let settings = [("PONTE_TRUSTED_PROXIES", "127.0.0.1"), ("PONTE_PIN_KEY_FILE", pin_keys), ("PONTE_MIGRATE", "false")];
    // One after the other: the first loads the demo network into the empty tables.
    let (first, first_base) = start_program(data, url, &settings);
    let mut first = Some(Process(first));
    wait_until_up(&first_base).await;
    let (second, second_base) = start_program(data, url, &settings);
    let _second = Process(second);
    wait_until_up(&second_base).await;
    let (_nginx, proxy) = start_nginx(data, &[&first_base, &second_base]);
    wait_until_up(&proxy).await;
    let db = Db::connect(url).await.unwrap();

    // Bookings raced across both: a one-seat slot is booked once.
    let (desk_id, slots) = free_slots(&db, ONE_SEAT, SERVICE, 40).await;
    let book = format!("{proxy}/it/book/{ONE_SEAT}/{SERVICE}");
    let race = (0..60).map(|i| {
        let (book, form) = (book.clone(), booking_form(&slots[0].to_string(), &format!("race-{i}")));
        async move { browser().post(book).form(&form).send().await.unwrap() }
    });
    let answers = futures::future::join_all(race).await;
    let made = answers.iter().filter(|r| location(r).starts_with("/it/booking/")).count();
    assert!(answers.iter().all(|r| r.status() == StatusCode::SEE_OTHER), "every request answered through the proxy");
    assert_eq!(made, 1, "one seat, one booking");
    assert_eq!(bookings::count_at(&db, desk_id, SERVICE, slots[0]).await.unwrap(), 1);
    let booked = answers.iter().find(|r| location(r).starts_with("/it/booking/")).map(location).unwrap();

    // A session made through one instance opens the booking on both, asked directly.
    let amina = browser();
    let mine = amina.post(&book).form(&booking_form(&slots[1].to_string(), "amina")).send().await.unwrap();
    let page = location(&mine);
    assert!(page.starts_with("/it/booking/"), "{page}");
    let code = page.rsplit('/').next().unwrap().to_owned();
    let own_page = amina.get(format!("{proxy}{page}")).send().await.unwrap().text().await.unwrap();
    let pin = own_page.split("data-pin>").nth(1).and_then(|s| s.split('<').next()).expect("the PIN is shown").to_owned();
    let opens = |client: reqwest::Client, url: String| async move {
        client.get(url).send().await.unwrap().text().await.unwrap().contains("Appuntamento prenotato")
    };
    for base in [&first_base, &second_base] {
        assert!(opens(amina.clone(), format!("{base}{page}")).await, "the session opens the booking on {base}");
    }
    assert!(!opens(browser(), format!("{second_base}{page}")).await, "another browser does not");

    // A lockout counted on both holds on both: ten wrong guesses from one person's address,
    // spread by the proxy over the two instances; then even the right PIN is refused on each,
    // while the owner, from their own address, gets in.
    let guesser = "198.51.100.23";
    for last in "ACDEFGHJKM".chars() {
        let r = browser()
            .post(format!("{proxy}/it/manage"))
            .header("x-forwarded-for", guesser)
            .form(&[("code", format!("ACDEFGH{last}")), ("secret", "000000".to_owned())])
            .send()
            .await
            .unwrap();
        assert_eq!(location(&r), "/it/manage");
    }
    for base in [&first_base, &second_base] {
        let r = browser()
            .post(format!("{base}/it/manage"))
            .header("x-forwarded-for", guesser)
            .form(&[("code", code.as_str()), ("secret", pin.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(location(&r), "/it/manage", "locked out on {base}");
    }
    let owner = browser()
        .post(format!("{proxy}/it/manage"))
        .header("x-forwarded-for", "203.0.113.50")
        .form(&[("code", code.as_str()), ("secret", pin.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&owner), page);

    // Killing one instance in the middle of a run loses no confirmed booking; the proxy sends
    // the rest to the other.
    let (_, other_slots) = free_slots(&db, OTHER_DESK, SERVICE, 60).await;
    let targets: Vec<(&str, String)> = slots[2..]
        .iter()
        .map(|s| (ONE_SEAT, s.to_string()))
        .chain(other_slots.iter().map(|s| (OTHER_DESK, s.to_string())))
        .collect();
    let confirmed = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut killed = false;
    for (i, chunk) in targets.chunks(10).enumerate() {
        let requests = chunk.iter().enumerate().map(|(j, (desk, slot))| {
            let confirmed = confirmed.clone();
            let url = format!("{proxy}/it/book/{desk}/{SERVICE}");
            let form = booking_form(slot, &format!("kill-{i}-{j}"));
            async move {
                if let Ok(r) = browser().post(url).form(&form).send().await {
                    if let Some(code) = location(&r).strip_prefix("/it/booking/") {
                        confirmed.lock().unwrap().push(code.to_owned());
                    }
                }
            }
        });
        let run = futures::future::join_all(requests);
        if i == 3 {
            // In the middle of this chunk's requests.
            let kill = async {
                tokio::time::sleep(Duration::from_millis(5)).await;
                let mut instance = first.take().unwrap();
                instance.0.kill().expect("SIGKILL");
                instance.0.wait().unwrap();
            };
            tokio::join!(run, kill);
            killed = true;
        } else {
            run.await;
        }
    }
    assert!(killed);
    let confirmed = confirmed.lock().unwrap().clone();
    assert!(confirmed.len() >= targets.len() - 10, "after the kill the other instance takes the bookings: {}", confirmed.len());
    for code in &confirmed {
        let booking = bookings::by_code(&db, &common::code(code)).await.unwrap();
        assert_eq!(booking.map(|b| b.status), Some(Status::Booked), "confirmed booking {code} is kept");
    }
    let first_booked = booked.rsplit('/').next().unwrap();
    assert!(bookings::by_code(&db, &common::code(first_booked)).await.unwrap().is_some());

    db.close().await;
}

/// `url` with `user` instead of its user.
fn as_user(url: &str, user: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let rest = rest.split_once('@').map_or(rest, |(_, host)| host);
    format!("{scheme}://{user}@{rest}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[cfg_attr(
    not(all(postgres_tests, nginx_tests)),
    ignore = "two instances: set PONTE_TEST_POSTGRES_URL and install nginx (cargo xtask test does) to run it"
)]
async fn two_instances_behind_nginx() {
    let t = common::postgres_without_schema().await;
    let dir = tempfile::tempdir().unwrap();
    // The owner brings the schema up to date with the command the README gives.
    let migrate = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("migrate")
        .env("PONTE_DATABASE_URL", &t.url)
        .env("PONTE_DATA_DIR", dir.path())
        .env("PONTE_LOG", "error")
        .output()
        .unwrap();
    assert!(migrate.status.success(), "{}", String::from_utf8_lossy(&migrate.stderr));
    // The application role, with the grants of the deployment file (roles are shared by the
    // whole PostgreSQL server: a name of this run's own).
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let role = format!("ponte_app_{}_{nanos}", std::process::id());
    let owner = sqlx::PgPool::connect(&t.url).await.unwrap();
    sqlx::raw_sql(&format!("CREATE ROLE {role} LOGIN")).execute(&owner).await.unwrap();
    let grants = include_str!("../deploy/postgres-app-role.sql").replace("ponte_app", &role);
    sqlx::raw_sql(&grants).execute(&owner).await.unwrap();
    let app_url = as_user(&t.url, &role);

    two_instances_behind_nginx_share_everything(&app_url, dir.path()).await;

    // What the application role may and may not do with the audit log and the schema.
    let app = sqlx::PgPool::connect(&app_url).await.unwrap();
    sqlx::query("INSERT INTO audit_log (at, staff_id, action, dossier_id, address) VALUES (1, NULL, 'sign-in-refused', NULL, 'test')")
        .execute(&app)
        .await
        .expect("the application appends to the audit log");
    for forbidden in [
        "UPDATE audit_log SET action = 'view'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "DROP TABLE bookings",
        "CREATE TABLE ponte_extra (id INT)",
        "DELETE FROM _sqlx_migrations",
    ] {
        assert!(sqlx::query(forbidden).execute(&app).await.is_err(), "the application role may not: {forbidden}");
    }
    // Not even the owner empties the audit log.
    assert!(sqlx::query("TRUNCATE audit_log").execute(&owner).await.is_err(), "TRUNCATE is refused by the trigger");
    app.close().await;
    owner.close().await;
    t.cleanup().await;
    let admin = sqlx::PgPool::connect(&std::env::var("PONTE_TEST_POSTGRES_URL").unwrap()).await.unwrap();
    sqlx::raw_sql(&format!("DROP ROLE IF EXISTS {role}")).execute(&admin).await.unwrap();
    admin.close().await;
}
