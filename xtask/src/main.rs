//! The two commands of the README, each doing its own set-up on a fresh Debian machine:
//!
//! - `cargo xtask run`: build the site in release mode and serve it on http://127.0.0.1:3000
//!   (SQLite database under `data/`, demo network loaded into an empty database).
//! - `cargo xtask test`: unit and integration tests (also against PostgreSQL when
//!   `PONTE_TEST_POSTGRES_URL` is set), release build, then the browser tests and the size
//!   report against a server started on a free port with a throw-away database.
//!
//! Only the standard library is used, so this builds in seconds.

mod locales;

use std::{
    env,
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, ExitCode, Stdio},
    thread,
    time::{Duration, Instant},
};

const CARGO_LEPTOS_VERSION: &str = "0.3.10";
const BINARYEN_NPM_DIR: &str = "end2end";
/// The password of the operators made for the browser tests (throw-away database only).
const E2E_STAFF_PASSWORD: &str = "cavallo batteria graffetta e2e";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = workspace_root();
    env::set_current_dir(&root).expect("workspace root");
    let result = match args.first().map(String::as_str) {
        Some("run") => run(),
        Some("test") => test(),
        Some("setup") => setup(false),
        Some("bench") => bench(args.get(1).map(String::as_str)),
        Some("locales") => match args.get(1).map(String::as_str) {
            None => locales::report(),
            Some("mark") if args.len() > 2 => locales::mark(&args[2], &args[3..]),
            Some(_) => Err("usage: cargo xtask locales [mark <lang> [<message id>...]]".to_owned()),
        },
        Some("stress") => match args.get(1).map(|n| n.parse::<usize>()) {
            None => stress(STRESS_RUNS),
            Some(Ok(runs)) if runs > 0 => stress(runs),
            Some(_) => Err("stress takes a number of runs".to_owned()),
        },
        _ => {
            eprintln!("usage: cargo xtask <run|test|setup|bench [search|click-day|pages]|stress [runs]|locales [mark <lang> [<id>...]]>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn step(title: &str) {
    println!("\n==> {title}");
    let _ = std::io::stdout().flush();
}

/// Runs a command, streaming its output; fails with the command line when it fails.
fn sh(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// A command's standard output, or None when it cannot run or fails.
fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn is_root() -> bool {
    output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0")
}

/// PATH with the npm tools (wasm-opt from `binaryen`) and cargo's bin folder in front.
fn tool_path() -> String {
    let npm_bin = workspace_root().join(BINARYEN_NPM_DIR).join("node_modules/.bin");
    let cargo_bin = env::var("CARGO_HOME").map_or_else(|_| PathBuf::from(env::var("HOME").unwrap_or_default()).join(".cargo"), PathBuf::from)
        .join("bin");
    format!("{}:{}:{}", npm_bin.display(), cargo_bin.display(), env::var("PATH").unwrap_or_default())
}

/// The wasm-bindgen version pinned in Cargo.lock: the CLI must be exactly the same.
fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string("Cargo.lock").map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock names no wasm-bindgen version".into())
}

/// Installs what is missing: the wasm target, cargo-leptos, the wasm-bindgen CLI, the npm
/// packages (wasm-opt, Playwright, axe) and, for tests, Debian's Chromium.
fn setup(for_tests: bool) -> Result {
    step("checking tools");
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|t| t.trim() == "wasm32-unknown-unknown") {
        sh(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    let leptos_version = output("cargo", &["leptos", "--version"]).unwrap_or_default();
    if !leptos_version.contains(CARGO_LEPTOS_VERSION) {
        println!("installing cargo-leptos {CARGO_LEPTOS_VERSION} (about 15 minutes, once)");
        sh(Command::new("cargo").args([
            "install",
            "cargo-leptos",
            "--version",
            CARGO_LEPTOS_VERSION,
            "--locked",
            "--features",
            "no_downloads",
        ]))?;
    }

    let wbg = locked_wasm_bindgen_version()?;
    let installed = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if installed.split_whitespace().nth(1) != Some(wbg.as_str()) {
        println!("installing wasm-bindgen-cli {wbg} (about 2 minutes, once)");
        // Without --locked: its lock file names a crate version the registry no longer serves.
        sh(Command::new("cargo")
            .args(["install", "wasm-bindgen-cli", "--version", &wbg, "--force"])
            .env("CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS", "fallback"))?;
    }

    if output("npm", &["--version"]).is_none() {
        if is_root() {
            sh(Command::new("apt-get").args(["update", "-q"]))?;
            sh(Command::new("apt-get").args(["install", "-y", "-q", "nodejs", "npm"]))?;
        } else {
            return Err("Node.js and npm are needed: sudo apt-get install nodejs npm".into());
        }
    }
    let npm_dir = workspace_root().join(BINARYEN_NPM_DIR);
    let stamp = npm_dir.join("node_modules/.package-lock.json");
    let lock = npm_dir.join("package-lock.json");
    let fresh = match (std::fs::metadata(&stamp), std::fs::metadata(&lock)) {
        (Ok(s), Ok(l)) => s.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if !fresh {
        sh(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&npm_dir)
            // Playwright drives Debian's Chromium; it must never download a browser.
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    }

    // Debian's Chromium for the browser tests, the Noto fonts of every shipped script (a cheap
    // Android phone has them; `end2end/tests/scripts.spec.ts` checks no text is drawn as tofu),
    // and nginx as the reverse proxy in front of two instances (`server/tests/instances.rs`;
    // without nginx that test reports itself ignored).
    let missing: Vec<&str> = [
        (chromium(), "chromium"),
        (NOTO.to_owned(), "fonts-noto-core"),
        (NOTO_CJK.to_owned(), "fonts-noto-cjk"),
        (NGINX.to_owned(), "nginx"),
    ]
        .into_iter()
        .filter(|(path, _)| for_tests && !Path::new(path).exists())
        .map(|(_, package)| package)
        .collect();
    if !missing.is_empty() {
        if is_root() {
            sh(Command::new("apt-get").args(["update", "-q"]))?;
            sh(Command::new("apt-get").args(["install", "-y", "-q"]).args(&missing).env("DEBIAN_FRONTEND", "noninteractive"))?;
        } else if missing.iter().any(|p| p.starts_with("chromium") || p.starts_with("fonts")) {
            return Err("the browser tests need Debian's Chromium and Noto fonts: sudo apt-get install chromium fonts-noto-core fonts-noto-cjk nginx".into());
        } else {
            println!("note: without nginx (sudo apt-get install nginx) the two-instance test is reported as ignored");
        }
    }
    Ok(())
}

/// A font of each package of Noto fonts the browser tests need (Nastaliq for Urdu, Bengali,
/// Gurmukhi and Naskh are in the core package; Chinese in the CJK one).
const NOTO: &str = "/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf";
const NOTO_CJK: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/// Debian's nginx, the reverse proxy of the two-instance test (`server/build.rs` looks for the
/// same path).
const NGINX: &str = "/usr/sbin/nginx";

fn chromium() -> String {
    env::var("PONTE_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

fn build_site() -> Result {
    step("building the site (release: server, WebAssembly, CSS)");
    sh(Command::new("cargo").args(["leptos", "build", "--release"]).env("PATH", tool_path()))
}

fn server_binary() -> PathBuf {
    workspace_root().join("target/release/server")
}

fn run() -> Result {
    setup(false)?;
    build_site()?;
    step("serving on http://127.0.0.1:3000 (Ctrl-C stops)");
    let mut cmd = Command::new(server_binary());
    cmd.env("PONTE_SITE_DIR", workspace_root().join("target/site"));
    // The run command shows the demo network (the server alone starts with none).
    if env::var_os("PONTE_DEMO_DATA").is_none() {
        cmd.env("PONTE_DEMO_DATA", "true");
    }
    sh(&mut cmd)
}

/// The Lighthouse release `cargo xtask bench pages` installs (under `target/`, never a
/// dependency of the tests).
const LIGHTHOUSE_VERSION: &str = "12.8.2";

/// Benchmarks, reported and never asserted: `search` (rendering against bare axum, nearest
/// desk, bookings), `click-day` (bursts against the release server as its own process) and
/// `pages` (first-visit sizes and Lighthouse against the release server); all when none is
/// named.
fn bench(which: Option<&str>) -> Result {
    let (search, click_day, pages) = match which {
        None => (true, true, true),
        Some("search") => (true, false, false),
        Some("click-day") => (false, true, false),
        Some("pages") => (false, false, true),
        Some(other) => return Err(format!("unknown benchmark `{other}`: search, click-day or pages")),
    };
    setup(pages)?;
    if pages {
        build_site()?;
        step("benchmark: first visits and Lighthouse (release server, demo network)");
        let lighthouse_dir = workspace_root().join("target/lighthouse");
        let entry = lighthouse_dir.join("node_modules/lighthouse/core/index.js");
        if !entry.exists() {
            std::fs::create_dir_all(&lighthouse_dir).map_err(|e| format!("{}: {e}", lighthouse_dir.display()))?;
            sh(Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--no-save", &format!("lighthouse@{LIGHTHOUSE_VERSION}")])
                .current_dir(&lighthouse_dir))?;
        }
        let server = TestServer::start(&[])?;
        for script in ["size-report.mjs", "lighthouse.mjs"] {
            sh(Command::new("node")
                .arg(script)
                .current_dir(BINARYEN_NPM_DIR)
                .env("PONTE_BASE_URL", &server.base_url)
                .env("PONTE_CHROMIUM", chromium())
                .env("PONTE_LIGHTHOUSE", &entry))?;
        }
    }
    if search {
        step("benchmark: nearest desk and bookings");
        sh(Command::new("cargo").args(["run", "--release", "-p", "server", "--example", "bench"]))?;
    }
    if click_day {
        build_site()?;
        step("benchmark: click day (bursts of bookings against the release server)");
        sh(Command::new("cargo").args(["build", "--release", "-p", "server", "--example", "click_day"]))?;
        sh(Command::new(workspace_root().join("target/release/examples/click_day")).env("PONTE_SERVER_BIN", server_binary()))?;
    }
    Ok(())
}

/// The integration tests that render the most pages (every kind of page, both databases when
/// `PONTE_TEST_POSTGRES_URL` is set), run again and again by `cargo xtask stress`.
const STRESS_TESTS: [&str; 4] = ["journey", "http", "security_headers", "privacy_notice"];
const STRESS_RUNS: usize = 200;
/// A run of one test binary takes a few seconds; one that takes this long has a request that
/// never got its answer: a stalled render.
const STRESS_TIMEOUT: Duration = Duration::from_secs(120);

/// `cargo xtask stress [runs]`: runs [`STRESS_TESTS`] `runs` times while every core is kept
/// busy, and reports how many runs failed or stalled (Leptos renders once stalled under CPU
/// load; the server no longer works around it, so this shows that none does).
fn stress(runs: usize) -> Result {
    step("building the integration tests");
    let built = Command::new("cargo")
        .args(["test", "--no-run", "--message-format=json"])
        .args(packages(&["server"]))
        .args(STRESS_TESTS.iter().flat_map(|t| ["--test", t]))
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if !built.status.success() {
        return Err("building the integration tests failed".to_owned());
    }
    let executables: Vec<(String, PathBuf)> = String::from_utf8_lossy(&built.stdout)
        .lines()
        .filter_map(|line| {
            let exe = json_string_after(line, "\"executable\":")?;
            let name = json_string_after(line, "\"name\":")?;
            STRESS_TESTS.contains(&name.as_str()).then(|| (name, PathBuf::from(exe)))
        })
        .collect();
    if executables.len() != STRESS_TESTS.len() {
        return Err(format!("expected {} test binaries, cargo built {executables:?}", STRESS_TESTS.len()));
    }

    let cores = thread::available_parallelism().map_or(2, std::num::NonZero::get);
    step(&format!("{runs} runs of {} under load ({cores} busy threads)", STRESS_TESTS.join(", ")));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let burners: Vec<_> = (0..cores)
        .map(|_| {
            let stop = stop.clone();
            thread::spawn(move || {
                let mut x: u64 = 1;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
                }
            })
        })
        .collect();
    let logs = workspace_root().join("target/stress");
    let _ = std::fs::remove_dir_all(&logs);
    std::fs::create_dir_all(&logs).map_err(|e| format!("cannot create {}: {e}", logs.display()))?;
    let started = Instant::now();
    let (mut failed, mut stalled, mut slowest) = (Vec::new(), Vec::new(), Duration::ZERO);
    for run in 1..=runs {
        for (name, exe) in &executables {
            let began = Instant::now();
            // The run's output, kept when it fails or stalls.
            let log_path = logs.join(format!("run-{run}-{name}.log"));
            let log = std::fs::File::create(&log_path).map_err(|e| format!("cannot write {}: {e}", log_path.display()))?;
            let log_err = log.try_clone().map_err(|e| e.to_string())?;
            let mut child = Command::new(exe)
                .current_dir(workspace_root().join("server"))
                .stdout(log)
                .stderr(log_err)
                .spawn()
                .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
            let status = loop {
                if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                    break Some(status);
                }
                if began.elapsed() > STRESS_TIMEOUT {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                thread::sleep(Duration::from_millis(50));
            };
            slowest = slowest.max(began.elapsed());
            match status {
                Some(s) if s.success() => {
                    let _ = std::fs::remove_file(&log_path);
                }
                Some(s) => failed.push(format!("run {run}: {name} ({s}), output in {}", log_path.display())),
                None => stalled.push(format!("run {run}: {name}, output in {}", log_path.display())),
            }
        }
        if run % 10 == 0 {
            println!("{run}/{runs} runs, {:.0} s, {} failed, {} stalled", started.elapsed().as_secs_f64(), failed.len(), stalled.len());
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for burner in burners {
        let _ = burner.join();
    }
    println!(
        "\n{runs} runs x {} test binaries in {:.0} s under load; slowest binary run {:.1} s; {} failed, {} stalled (no answer within {} s)",
        executables.len(),
        started.elapsed().as_secs_f64(),
        slowest.as_secs_f64(),
        failed.len(),
        stalled.len(),
        STRESS_TIMEOUT.as_secs()
    );
    for line in failed.iter().chain(&stalled) {
        println!("  {line}");
    }
    if failed.is_empty() && stalled.is_empty() {
        Ok(())
    } else {
        Err("some runs failed or stalled".to_owned())
    }
}

/// The string value that follows `key` on a line of cargo's JSON messages (no escapes in the
/// paths and names we read).
fn json_string_after(line: &str, key: &str) -> Option<String> {
    let rest = &line[line.find(key)? + key.len()..];
    let rest = rest.strip_prefix('"')?;
    Some(rest[..rest.find('"')?].to_owned())
}

/// The crates built for the server (the app with its `ssr` feature): what the tests and the
/// lints cover.
const SERVER_SIDE: [&str; 3] = ["domain", "app", "server"];

/// `--package` for each of `names`, with the app's server feature.
fn packages(names: &[&str]) -> Vec<String> {
    names.iter().flat_map(|n| ["--package".to_owned(), (*n).to_owned()]).chain(["--features".into(), "app/ssr".into()]).collect()
}

fn test() -> Result {
    setup(true)?;

    step("translations (missing messages fail, stale ones are listed)");
    locales::report()?;

    // Lints first: a warning fails the run before the long steps. The server side and the
    // tools (the WebAssembly crate is a thin entry point, built by cargo-leptos below).
    step("lints (clippy, warnings are errors)");
    sh(Command::new("cargo")
        .args(["clippy", "--all-targets"])
        .args(packages(&[SERVER_SIDE.as_slice(), &["xtask"]].concat()))
        .args(["--", "--deny", "warnings"]))?;

    step("unit and integration tests");
    match env::var("PONTE_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => println!("database tests run on SQLite and on PostgreSQL"),
        _ => println!(
            "PONTE_TEST_POSTGRES_URL is not set: database tests run on SQLite only, and the PostgreSQL \
             ones are reported as ignored"
        ),
    }
    // One invocation, so the packages share one build (app with `ssr`); xtask's own tests too.
    sh(Command::new("cargo").arg("test").args(packages(&[SERVER_SIDE.as_slice(), &["xtask"]].concat())))?;

    build_site()?;

    step("browser tests");
    let mut server = TestServer::start(&[])?;
    server.create_test_staff()?;
    let base = server.base_url.clone();
    // A second server that turns every request away (any process is above 1 MB), to test the
    // "many people right now" page in a browser.
    let busy = TestServer::start(&[("PONTE_MEMORY_LIMIT_MB", "1")])?;
    let playwright = sh(Command::new("npx")
        .args(["playwright", "test"])
        .current_dir(BINARYEN_NPM_DIR)
        .env("PONTE_BASE_URL", &base)
        .env("PONTE_BUSY_BASE_URL", &busy.base_url)
        .env("PONTE_CHROMIUM", chromium())
        .env("PONTE_E2E_STAFF_PASSWORD", E2E_STAFF_PASSWORD)
        // Shared by the workers: the staff's app keys and the codes already used (each is
        // accepted once). Inside the server's fresh data directory, so never from an earlier run.
        .env("PONTE_E2E_STATE_DIR", server.data_dir.join("e2e-state"))
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));

    step("size of a first visit");
    let sizes = sh(Command::new("node")
        .arg("size-report.mjs")
        .current_dir(BINARYEN_NPM_DIR)
        .env("PONTE_BASE_URL", &base)
        .env("PONTE_CHROMIUM", chromium()));

    step("graceful shutdown");
    let stopped = server.stop_gracefully();
    playwright?;
    sizes?;
    stopped?;
    println!("\nall tests passed");
    Ok(())
}

/// The release server on a free port with a fresh database, for the browser tests.
struct TestServer {
    child: Child,
    base_url: String,
    data_dir: PathBuf,
}

impl TestServer {
    fn start(settings: &[(&str, &str)]) -> Result<TestServer> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let data_dir = workspace_root().join(format!("target/e2e-data-{port}"));
        let _ = std::fs::remove_dir_all(&data_dir);
        let child = Command::new(server_binary())
            .env("PONTE_ADDR", format!("127.0.0.1:{port}"))
            .env("PONTE_DATA_DIR", &data_dir)
            .env_remove("PONTE_DATABASE_URL")
            .env("PONTE_SITE_DIR", workspace_root().join("target/site"))
            .env("PONTE_DEMO_DATA", "true")
            // The pseudo-locale's pages (`end2end/tests/pseudo.spec.ts`).
            .env("PONTE_PSEUDO_LOCALE", "true")
            // Every browser test books from 127.0.0.1.
            .env("PONTE_BOOKINGS_PER_ADDRESS", "1000000")
            .env("PONTE_BOOKINGS_PER_ADDRESS_AT_DESK", "1000000")
            .env("PONTE_LOG", env::var("PONTE_LOG").unwrap_or_else(|_| "warn".into()))
            .envs(settings.iter().copied())
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        let mut server = TestServer { child, base_url: format!("http://127.0.0.1:{port}"), data_dir };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if health_status(port) == Some(200) {
                println!("server ready at {}", server.base_url);
                return Ok(server);
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("the server exited during start-up ({status})"));
            }
            if Instant::now() > deadline {
                let _ = server.child.kill();
                return Err("the server did not become healthy within 60 s".into());
            }
            thread::sleep(Duration::from_millis(200));
        }
    }

    /// The staff the workspace browser test signs in as (an operator per demo desk it uses, an
    /// administrator, mediators), made
    /// with the server's own `create-staff` command (the password goes in on standard input).
    fn create_test_staff(&self) -> Result {
        for (role, email, name, desk) in [
            ("operator", "operatore.dalmine@ponte.test", "Operatore Dalmine", Some("sportello-sociale-dalmine")),
            ("operator", "operatore.zanica@ponte.test", "Operatore Zanica", Some("sportello-sociale-zanica")),
            ("administrator", "amministrazione@ponte.test", "Amministrazione", None),
            // One mediator per browser project (the two run at once; each sets its own presence).
            ("mediator", "mediatrice.js@ponte.test", "Mediatrice JS", None),
            ("mediator", "mediatrice.nojs@ponte.test", "Mediatrice senza JS", None),
        ] {
            let mut child = Command::new(server_binary())
                .args(["create-staff", role, email, name])
                .args(desk)
                .env("PONTE_DATA_DIR", &self.data_dir)
                .env_remove("PONTE_DATABASE_URL")
                .env("PONTE_LOG", "warn")
                .stdin(Stdio::piped())
                .spawn()
                .map_err(|e| format!("cannot run create-staff: {e}"))?;
            if let Some(mut stdin) = child.stdin.take() {
                writeln!(stdin, "{E2E_STAFF_PASSWORD}").map_err(|e| format!("create-staff: {e}"))?;
            }
            let status = child.wait().map_err(|e| format!("create-staff: {e}"))?;
            if !status.success() {
                return Err(format!("create-staff {email} failed ({status})"));
            }
        }
        Ok(())
    }

    /// Sends SIGTERM and expects a clean exit: in-flight requests finish, the process ends 0.
    fn stop_gracefully(&mut self) -> Result {
        let pid = self.child.id().to_string();
        sh(Command::new("kill").args(["-TERM", &pid]))?;
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) if status.success() => {
                    println!("server stopped cleanly on SIGTERM");
                    return Ok(());
                }
                Ok(Some(status)) => return Err(format!("server exited with {status} on SIGTERM")),
                Ok(None) if Instant::now() > deadline => {
                    let _ = self.child.kill();
                    return Err("server did not stop within 20 s of SIGTERM".into());
                }
                _ => thread::sleep(Duration::from_millis(100)),
            }
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// The status code of `GET /healthz`, with a minimal HTTP/1.1 client (std only).
fn health_status(port: u16) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    response.split_whitespace().nth(1)?.parse().ok()
}
