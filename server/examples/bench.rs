//! Benchmarks (measured and reported, never asserted):
//!
//! 1. nearest-desk search over 10,000 desks: ordering alone, and whole searches through SQLite;
//! 2. booking against the running server: p50/p99 latency at 100 bookings per second offered
//!    (open loop: each request leaves on schedule, whether the ones before it have been answered
//!    or not), and the highest throughput 32 clients reach booking as fast as they can; on
//!    SQLite, and on PostgreSQL when `PONTE_TEST_POSTGRES_URL` is set;
//! 3. server rendering of the home page against a bare axum handler returning the same bytes,
//!    side by side, requests per second.
//!
//! Each prints its lines as it goes, and the table of all results (with the targets of issue 13)
//! at the end. Run: `cargo xtask bench search` (or `cargo run --release -p server --example
//! bench`).

use app::desks::DeskQuery;
use domain::{
    calendar::{rome_local, LocalDateTime},
    desks::{day_slots, Point},
};
use server::{
    desk_index::{Candidate, DeskIndex},
    directory::{self, first_shown, now_unix},
    repo::desks::{self, Desk, DeskService},
};
use std::time::{Duration, Instant};

const DESKS: usize = 10_000;
/// Bookings per second offered in the open-loop run.
const OPEN_LOOP_RATE: usize = 100;
const SERVICE: &str = "home-care";

/// A line of the final table: what was measured, the result, the target.
struct Row {
    what: String,
    measured: String,
    target: &'static str,
}

fn row(what: impl Into<String>, measured: String, target: &'static str) -> Row {
    Row { what: what.into(), measured, target }
}

fn print_table(rows: &[Row]) {
    let machine = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| info.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned()))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, std::num::NonZero::get);
    println!("
## Results ({cores} cores, {machine})
");
    println!("| measured | result | target |\n|---|---|---|");
    for r in rows {
        println!("| {} | {} | {} |", r.what, r.measured, r.target);
    }
}

/// A pseudo-random sequence (xorshift), so runs are comparable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 1_000_000) as f64 / 1_000_000.0
    }
}

/// 10,000 desks spread over Lombardy, each a copy of a demo desk at another place.
fn region(municipality: &str) -> Vec<Desk> {
    let templates = server::demo::demo_desks();
    let mut rng = Rng(42);
    (0..DESKS)
        .map(|i| {
            let t = &templates[i % templates.len()];
            Desk {
                slug: format!("bench-{i}"),
                municipality: municipality.to_owned(),
                location: Point { latitude: 44.7 + rng.next() * 1.8, longitude: 8.5 + rng.next() * 2.8 },
                services: vec![DeskService { service: SERVICE.into(), bookable: true, slot_minutes: 30, capacity: 1 }],
                ..t.clone()
            }
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn search_benchmark() -> Vec<Row> {
    let mut rows = Vec::new();
    // Ordering alone: 10,000 candidates by distance from a random place.
    let region_desks = region("016091");
    let candidates: Vec<Candidate<'_>> = region_desks
        .iter()
        .enumerate()
        .map(|(i, d)| Candidate { id: i as i64, location: d.location, name: &d.name, town: "", competent: i % 50 == 0 })
        .collect();
    let mut rng = Rng(7);
    let runs = 200;
    let started = Instant::now();
    for _ in 0..runs {
        let from = Point { latitude: 45.0 + rng.next(), longitude: 9.0 + rng.next() };
        let shown = first_shown(candidates.clone(), Some(from), directory::DESKS_SHOWN);
        assert_eq!(shown.len(), directory::DESKS_SHOWN);
    }
    let per_query = started.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!("search, ordering only: {DESKS} desks, {per_query:.2} ms per query");
    rows.push(row(format!("nearest desk, {DESKS} desks, ordering"), format!("{per_query:.2} ms"), "< 5 ms"));

    let dir = tempfile::tempdir().unwrap();
    let db = server::db::Db::connect(&format!("sqlite://{}/bench.db", dir.path().display())).await.unwrap();
    db.migrate().await.unwrap();
    server::demo::load_if_empty(&db).await.unwrap();
    desks::insert_all(&db, &region_desks, false).await.unwrap();
    let queries = [
        ("from a municipality", DeskQuery { municipality: Some("016091".into()), ..DeskQuery::default() }),
        ("no place", DeskQuery::default()),
        (
            "from a municipality, Arabic, open Friday, step-free",
            DeskQuery {
                municipality: Some("016091".into()),
                language: Some("ar".into()),
                day: Some("fri".into()),
                step_free: true,
                ..DeskQuery::default()
            },
        ),
    ];
    // The server's index, loaded by a first search (as after a start or a directory change).
    let index = DeskIndex::default();
    let started = Instant::now();
    directory::search(&db, &index, DeskQuery { service: SERVICE.into(), ..DeskQuery::default() }).await.unwrap();
    let load = started.elapsed().as_secs_f64() * 1000.0;
    println!("search index: {} desks loaded in {load:.0} ms (once, and again after a directory change)", DESKS + 17);
    rows.push(row(format!("desk search index, {} desks, loading", DESKS + 17), format!("{load:.0} ms"), "reported"));
    for (label, query) in queries {
        let runs = 50;
        let started = Instant::now();
        let mut found = None;
        for _ in 0..runs {
            let q = DeskQuery { service: SERVICE.into(), ..query.clone() };
            found = directory::search(&db, &index, q).await.unwrap();
        }
        let found = found.unwrap();
        let per_query = started.elapsed().as_secs_f64() * 1000.0 / runs as f64;
        println!(
            "whole search (index and queries, SQLite), {label}: {} desks, {} match, {} shown, {per_query:.1} ms per query",
            DESKS + 17,
            found.total,
            found.desks.len(),
        );
        rows.push(row(format!("whole desk search (SQLite), {label}"), format!("{per_query:.1} ms"), "< 5 ms"));
    }
    rows
}

async fn booking_benchmark(label: &str, url: Option<String>) -> Vec<Row> {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_string_lossy().into_owned();
    let config = server::config::Config::throwaway(&data, url);
    let running = server::start(config).await.unwrap();
    let base = format!("http://{}", running.addr);
    // Every free slot of every demo desk for the next weeks: each request books a different one.
    let now = now_unix();
    let today = rome_local(now).date;
    let mut targets = Vec::new();
    for stored in desks::all(&running.db).await.unwrap() {
        for s in &stored.desk.services {
            if s.service != SERVICE {
                continue;
            }
            for day in 0..60 {
                let date = today.add_days(day);
                let rule = stored.desk.slot_rule(SERVICE).expect("bench desks take bookings");
                for time in day_slots(&stored.desk.hours, rule, date, now) {
                    targets.push((stored.desk.slug.clone(), LocalDateTime { date, time }));
                }
            }
        }
    }
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let book = |client: reqwest::Client, base: String, i: usize, slug: String, slot: LocalDateTime| async move {
        let form = [
            ("slot", slot.to_string()),
            ("name", "Bench".into()),
            ("contact", String::new()),
            ("language", "it".into()),
            ("consent", "yes".into()),
            ("request_key", format!("bench{i}")),
        ];
        let r = client.post(format!("{base}/it/book/{slug}/{SERVICE}")).form(&form).send().await;
        r.ok().and_then(|r| r.headers().get("location").map(|l| l.to_str().unwrap_or("").starts_with("/it/booking/"))) == Some(true)
    };

    // Open loop: 100 bookings per second offered for 10 s; latency from each one's scheduled
    // departure, so a server that falls behind shows it.
    let offered = OPEN_LOOP_RATE * 10;
    let mut open_targets: Vec<_> = targets.drain(..offered.min(targets.len())).collect();
    let started = Instant::now();
    let mut sent = Vec::new();
    for (i, (slug, slot)) in open_targets.drain(..).enumerate() {
        let due = started + Duration::from_secs_f64(i as f64 / OPEN_LOOP_RATE as f64);
        tokio::time::sleep_until(due.into()).await;
        let request = book(client.clone(), base.clone(), i, slug, slot);
        sent.push(tokio::spawn(async move { (request.await, due.elapsed()) }));
    }
    let (mut times, mut errors) = (Vec::new(), 0);
    for request in sent {
        let (booked, took) = request.await.unwrap();
        times.push(took);
        errors += usize::from(!booked);
    }
    times.sort();
    let (p50, p99) = (percentile(&times, 0.5).as_secs_f64() * 1000.0, percentile(&times, 0.99).as_secs_f64() * 1000.0);
    println!(
        "booking on {label}, open loop: {} bookings offered at {OPEN_LOOP_RATE}/s, p50 {p50:.1} ms, p99 {p99:.1} ms, {errors} not booked",
        times.len(),
    );
    let mut rows = vec![row(
        format!("booking on {label}, {OPEN_LOOP_RATE}/s offered (open loop), p50 / p99"),
        format!("{p50:.1} / {p99:.1} ms ({errors} of {} not booked)", times.len()),
        "p99 < 50 ms",
    )];

    // Closed loop: the highest sustained rate, 32 clients booking as fast as they are answered.
    let total = targets.len().min(2_000);
    let concurrency = 32;
    let started = Instant::now();
    let queue = std::sync::Arc::new(tokio::sync::Mutex::new(targets.into_iter().take(total).enumerate()));
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (queue, client, base) = (queue.clone(), client.clone(), base.clone());
        workers.push(tokio::spawn(async move {
            let mut times = Vec::new();
            let mut errors = 0;
            loop {
                let Some((i, (slug, slot))) = queue.lock().await.next() else { break };
                let t = Instant::now();
                let booked = book(client.clone(), base.clone(), offered + i, slug, slot).await;
                times.push(t.elapsed());
                errors += usize::from(!booked);
            }
            (times, errors)
        }));
    }
    let mut times = Vec::new();
    let mut errors = 0;
    for w in workers {
        let (t, e) = w.await.unwrap();
        times.extend(t);
        errors += e;
    }
    let elapsed = started.elapsed();
    times.sort();
    let rate = total as f64 / elapsed.as_secs_f64();
    let (p50, p99) = (percentile(&times, 0.5).as_secs_f64() * 1000.0, percentile(&times, 0.99).as_secs_f64() * 1000.0);
    println!(
        "booking on {label}, as fast as possible: {total} bookings, {concurrency} concurrent clients, {rate:.0} bookings/s, p50 {p50:.1} ms, p99 {p99:.1} ms, {errors} not booked",
    );
    rows.push(row(
        format!("booking on {label}, highest sustained rate ({concurrency} clients)"),
        format!("{rate:.0}/s, p99 {p99:.1} ms ({errors} of {total} not booked)"),
        "reported",
    ));
    running.shutdown().await.unwrap();
    rows
}

/// Requests per second that `clients` concurrent clients get from `url` in `seconds`.
async fn requests_per_second(url: &str, clients: usize, seconds: u64) -> f64 {
    let client = reqwest::Client::new();
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let workers: Vec<_> = (0..clients)
        .map(|_| {
            let (client, url) = (client.clone(), url.to_owned());
            tokio::spawn(async move {
                let mut done = 0u64;
                while Instant::now() < until {
                    let ok = match client.get(&url).send().await {
                        Ok(r) => r.status().is_success() && r.bytes().await.is_ok(),
                        Err(_) => false,
                    };
                    assert!(ok, "{url} did not answer 200");
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut total = 0;
    for w in workers {
        total += w.await.unwrap();
    }
    total as f64 / started.elapsed().as_secs_f64()
}

/// The home page from the server, and the same bytes from a bare axum handler, one after the
/// other on the same machine with the same clients: as served (rendered once, then from
/// memory: `static_pages`), and rendered for every request (an address with a query is not
/// kept).
async fn render_benchmark() -> Vec<Row> {
    let dir = tempfile::tempdir().unwrap();
    let config = server::config::Config::throwaway(&dir.path().to_string_lossy(), None);
    let running = server::start(config).await.unwrap();
    let mut rows = Vec::new();
    for (what, path) in [("served", "/it"), ("rendered for every request", "/it?every=request")] {
        let home = format!("http://{}{path}", running.addr);
        let (rendered, plain, bytes) = against_bare_axum(&home, path).await;
        let share = 100.0 * rendered / plain;
        println!(
            "home page {what} ({bytes} bytes), 16 clients: {rendered:.0} requests/s, bare axum with the same bytes {plain:.0} requests/s: {share:.0} %",
        );
        rows.push(row(
            format!("home page {what}, against bare axum with the same bytes"),
            format!("{rendered:.0} vs {plain:.0} requests/s: {share:.0} %"),
            ">= 30 %",
        ));
    }
    running.shutdown().await.unwrap();
    rows
}

/// Requests per second of `url`, and of a bare axum handler answering the same bytes at the
/// same path, and the page's size.
async fn against_bare_axum(url: &str, path: &str) -> (f64, f64, usize) {
    let page = reqwest::get(url).await.unwrap().text().await.unwrap();
    let bytes = page.len();
    let bare = axum::Router::new().route(
        "/it",
        axum::routing::get(move || {
            let page = page.clone();
            async move { ([(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")], page) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let bare_url = format!("http://{}{path}", listener.local_addr().unwrap());
    let serving = tokio::spawn(async move { axum::serve(listener, bare).await.unwrap() });
    let (clients, seconds) = (16, 10);
    let rendered = requests_per_second(url, clients, seconds).await;
    let plain = requests_per_second(&bare_url, clients, seconds).await;
    serving.abort();
    (rendered, plain, bytes)
}

#[tokio::main]
async fn main() {
    let mut rows = render_benchmark().await;
    rows.extend(search_benchmark().await);
    rows.extend(booking_benchmark("SQLite", None).await);
    match std::env::var("PONTE_TEST_POSTGRES_URL") {
        Ok(admin) => {
            let name = format!("ponte_bench_{}", std::process::id());
            let pool = sqlx::PgPool::connect(&admin).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(&pool).await.unwrap();
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
            rows.extend(booking_benchmark("PostgreSQL", Some(format!("{base}/{name}"))).await);
            sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).execute(&pool).await.unwrap();
        }
        Err(_) => println!("booking on PostgreSQL: skipped (set PONTE_TEST_POSTGRES_URL)"),
    }
    print_table(&rows);
}
