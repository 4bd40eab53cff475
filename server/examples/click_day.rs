//! Click day (measured and reported, never asserted): a burst of bookings against the release
//! server, started as its own process so that its memory is its own.
//!
//! 1. 1,000 booking attempts at one slot from 200 concurrent clients;
//! 2. 2,000 attempts at another slot from 2,000 clients at once (past what the machine serves
//!    in time: some are asked to come back);
//! 3. 2,000 bookings over many slots from 200 concurrent clients;
//!
//! on SQLite, and on PostgreSQL when `PONTE_TEST_POSTGRES_URL` is set. For each: bookings made,
//! refused as taken, shed with 503, other errors, connection failures, p50/p99 latency, the
//! server's peak resident memory (`VmHWM`, reset before each burst) and its resident memory 15 s
//! after the burst (does the allocator give memory back?).
//!
//! Run: `cargo xtask bench click-day` (builds the release server, then this). Extra settings
//! for the server are passed through from the environment (`PONTE_MAX_IN_FLIGHT`, ...).
//! A server whose memory passes `PONTE_BENCH_RSS_GUARD_MB` (default 4096) is stopped, so that
//! measuring an unbounded server does not take the machine down.

use domain::calendar::{rome_local, LocalDateTime};
use server::{
    db::Db,
    directory::now_unix,
    repo::{bookings, desks},
};
use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

const SERVICE: &str = "home-care";
/// Two seats per slot.
const ONE_SLOT_DESK: &str = "sportello-sociale-azzano-san-paolo";
const CLIENTS: usize = 200;
/// When memory is read again after a burst: allocators give memory back after a delay (jemalloc
/// purges unused pages after 10 s).
const AFTER: Duration = Duration::from_secs(15);

struct Server {
    child: Child,
    base: String,
    pid: u32,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start_server(bin: &Path, data: &Path, url: &str) -> Server {
    let port = free_port();
    let mut child = Command::new(bin)
        .env("PONTE_ADDR", format!("127.0.0.1:{port}"))
        .env("PONTE_DATA_DIR", data)
        .env("PONTE_SITE_DIR", data.join("site"))
        .env("PONTE_DATABASE_URL", url)
        .env("PONTE_DEMO_DATA", "true")
        // Every simulated person books from 127.0.0.1.
        .env("PONTE_BOOKINGS_PER_ADDRESS", "1000000")
        .env("PONTE_BOOKINGS_PER_ADDRESS_AT_DESK", "1000000")
        .env("PONTE_LOG", "error")
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    let pid = child.id();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    for _ in 0..600 {
        if client.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status().is_success()) {
            return Server { child, base, pid };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not start within a minute");
}

fn status_kb(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[derive(Default)]
struct Tally {
    made: usize,
    taken: usize,
    shed: usize,
    errors: usize,
    connection_failures: usize,
    times: Vec<Duration>,
}

enum Outcome {
    Made,
    Taken,
    Shed,
    Error,
    NoConnection,
}

async fn attempt(client: &reqwest::Client, base: &str, slug: &str, slot: &LocalDateTime, key: &str) -> Outcome {
    let form = [
        ("slot", slot.to_string()),
        ("name", "Click Day".into()),
        ("contact", String::new()),
        ("language", "it".into()),
        ("consent", "yes".into()),
        ("request_key", key.into()),
    ];
    match client.post(format!("{base}/it/book/{slug}/{SERVICE}")).form(&form).send().await {
        Err(e) if e.is_connect() => Outcome::NoConnection,
        Err(_) => Outcome::Error,
        Ok(r) => {
            let to = r.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default();
            match r.status().as_u16() {
                303 if to.starts_with("/it/booking/") => Outcome::Made,
                303 if to.contains("?from=") => Outcome::Taken,
                503 if r.headers().contains_key("retry-after") => Outcome::Shed,
                _ => Outcome::Error,
            }
        }
    }
}

/// Fires `targets` (desk, slot) from `clients` clients, each with its own connections.
async fn burst(base: &str, targets: Vec<(String, LocalDateTime)>, clients: usize, run: &str) -> Tally {
    let queue = Arc::new(std::sync::Mutex::new(targets.into_iter().enumerate()));
    let mut workers = Vec::new();
    for _ in 0..clients {
        let (queue, base, run) = (queue.clone(), base.to_owned(), run.to_owned());
        workers.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(120))
                .build()
                .unwrap();
            let mut tally = Tally::default();
            loop {
                let next = queue.lock().unwrap().next();
                let Some((i, (slug, slot))) = next else { break };
                let started = Instant::now();
                let outcome = attempt(&client, &base, &slug, &slot, &format!("{run}-{i}")).await;
                match outcome {
                    Outcome::NoConnection => tally.connection_failures += 1,
                    answered => {
                        tally.times.push(started.elapsed());
                        match answered {
                            Outcome::Made => tally.made += 1,
                            Outcome::Taken => tally.taken += 1,
                            Outcome::Shed => tally.shed += 1,
                            _ => tally.errors += 1,
                        }
                    }
                }
            }
            tally
        }));
    }
    let mut all = Tally::default();
    for w in workers {
        let t = w.await.unwrap();
        all.made += t.made;
        all.taken += t.taken;
        all.shed += t.shed;
        all.errors += t.errors;
        all.connection_failures += t.connection_failures;
        all.times.extend(t.times);
    }
    all.times.sort();
    all
}

/// Free slots of the home-care service, desk by desk, day by day.
async fn free_slots(db: &Db, only: Option<&str>, limit: usize) -> Vec<(String, LocalDateTime, u16)> {
    let now = now_unix();
    let today = rome_local(now).date;
    let mut found = Vec::new();
    for stored in desks::all(db).await.unwrap() {
        if only.is_some_and(|slug| slug != stored.desk.slug) {
            continue;
        }
        let Some(rule) = stored.desk.slot_rule(SERVICE) else { continue };
        for day in 0..90 {
            let date = today.add_days(day);
            for time in domain::desks::day_slots(&stored.desk.hours, rule, date, now) {
                found.push((stored.desk.slug.clone(), LocalDateTime { date, time }, rule.capacity));
            }
        }
    }
    found.truncate(limit);
    found
}

fn ms(d: Option<&Duration>) -> String {
    d.map_or("-".into(), |d| format!("{:.0} ms", d.as_secs_f64() * 1000.0))
}

fn percentile(sorted: &[Duration], p: f64) -> Option<&Duration> {
    (!sorted.is_empty()).then(|| &sorted[((sorted.len() as f64 - 1.0) * p).round() as usize])
}

/// Reads the server's memory every 20 ms and stops it past the guard.
fn watch_memory(pid: u32, guard_kb: u64, stop: Arc<AtomicBool>, stopped_it: Arc<AtomicU64>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            if status_kb(pid, "VmRSS:").is_some_and(|kb| kb > guard_kb) {
                stopped_it.store(status_kb(pid, "VmRSS:").unwrap_or(guard_kb), Ordering::Relaxed);
                let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    })
}

async fn scenario(server: &Server, db: &Db, label: &str, backend: &str, clients: usize, targets: Vec<(String, LocalDateTime)>) {
    let guard_kb = std::env::var("PONTE_BENCH_RSS_GUARD_MB").ok().and_then(|v| v.parse::<u64>().ok()).unwrap_or(4096) * 1024;
    // Peak resident memory counts from here (writing 5 to clear_refs resets VmHWM).
    let _ = std::fs::write(format!("/proc/{}/clear_refs", server.pid), "5");
    let before_kb = status_kb(server.pid, "VmRSS:").unwrap_or(0);
    let (stop, stopped_it) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicU64::new(0)));
    let watcher = watch_memory(server.pid, guard_kb, stop.clone(), stopped_it.clone());
    let started = Instant::now();
    let tally = burst(&server.base, targets.clone(), clients, &format!("{backend}-{label}")).await;
    let elapsed = started.elapsed();
    let peak_kb = status_kb(server.pid, "VmHWM:").unwrap_or(0);
    stop.store(true, Ordering::Relaxed);
    watcher.join().unwrap();
    tokio::time::sleep(AFTER).await;
    let after_kb = status_kb(server.pid, "VmRSS:");
    let killed = stopped_it.load(Ordering::Relaxed);
    let peak = if killed > 0 { format!("> {} MB (stopped)", killed / 1024) } else { format!("{} MB", peak_kb / 1024) };
    let after = after_kb.map_or("-".into(), |kb| format!("{} MB", kb / 1024));
    // What the database holds, whatever the clients were told.
    let mut stored = 0;
    let mut slots: Vec<_> = targets.iter().map(|(slug, slot)| (slug.clone(), *slot)).collect();
    slots.sort_by_key(|(slug, slot)| (slug.clone(), slot.to_string()));
    slots.dedup();
    for (slug, slot) in &slots {
        let id = desks::by_slug(db, slug).await.unwrap().unwrap().id;
        stored += bookings::count_at(db, id, SERVICE, *slot).await.unwrap();
    }
    println!(
        "| {backend} | {label} | {} | {stored} | {} | {} | {} | {} | {} | {} | {:.0}/s | {} MB | {peak} | {after} |",
        tally.made,
        tally.taken,
        tally.shed,
        tally.errors,
        tally.connection_failures,
        ms(percentile(&tally.times, 0.5)),
        ms(percentile(&tally.times, 0.99)),
        targets.len() as f64 / elapsed.as_secs_f64(),
        before_kb / 1024,
    );
}

/// Each burst meets a freshly started server (on the same database), so that one burst's
/// memory, or a server stopped by the guard, does not colour the next.
async fn backend(bin: &Path, backend: &str, url: &str, data: &Path) {
    let server = start_server(bin, data, url).await;
    let db = Db::connect(url).await.unwrap();
    let one = free_slots(&db, Some(ONE_SLOT_DESK), 1).await;
    let (slug, slot, _) = one.first().cloned().expect("a free slot at the demo desk");
    scenario(&server, &db, "1,000 attempts, one slot (2 seats), 200 clients", backend, CLIENTS, vec![(slug.clone(), slot); 1000]).await;
    drop(server);
    // Ten times the clients, all at once: past what 2 cores serve in the time people wait.
    let server = start_server(bin, data, url).await;
    let (_, next, _) = free_slots(&db, Some(ONE_SLOT_DESK), 2).await.pop().expect("a second free slot");
    scenario(&server, &db, "2,000 attempts, one slot (2 seats), 2,000 clients", backend, 2_000, vec![(slug, next); 2_000]).await;
    drop(server);
    let server = start_server(bin, data, url).await;
    // Slots of other desks: the first bursts filled two here.
    let many: Vec<_> = free_slots(&db, None, 20_000).await.into_iter().filter(|(desk, _, _)| desk != ONE_SLOT_DESK).collect();
    // Two thousand bookings: one per seat, over as many slots as that takes.
    let mut targets = Vec::new();
    for (slug, slot, capacity) in many {
        for _ in 0..capacity {
            targets.push((slug.clone(), slot));
        }
    }
    targets.truncate(2_000);
    scenario(&server, &db, "2,000 bookings, many slots, 200 clients", backend, CLIENTS, targets).await;
    db.close().await;
}

#[tokio::main]
async fn main() {
    let bin = PathBuf::from(std::env::var("PONTE_SERVER_BIN").unwrap_or_else(|_| "target/release/server".into()));
    println!("click day against {}", bin.display());
    println!("| backend | burst | made (told) | booked (in the database) | refused: taken | shed: 503 | other errors | connection failures | p50 | p99 | attempts per second | memory before | peak memory | memory 15 s after |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("sqlite");
    backend(&bin, "SQLite", &format!("sqlite://{}/ponte.db", sqlite.display()), &sqlite).await;
    match std::env::var("PONTE_TEST_POSTGRES_URL") {
        Ok(admin) => {
            let name = format!("ponte_click_day_{}", std::process::id());
            let pool = sqlx::PgPool::connect(&admin).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(&pool).await.unwrap();
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
            let pg = dir.path().join("postgres");
            backend(&bin, "PostgreSQL", &format!("{base}/{name}"), &pg).await;
            sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).execute(&pool).await.unwrap();
        }
        Err(_) => println!("PostgreSQL: skipped (set PONTE_TEST_POSTGRES_URL)"),
    }
}
