//! The performance benchmark (issue "size and speed budget"): builds nothing itself; run
//! `scripts/bench.sh`, which builds the release `dist/` and then this. It serves `dist/` on
//! 127.0.0.1, drives headless Chromium, writes `bench/results.json` and prints a table.
//!
//! The full run ends with the phone profile (`phone.rs`): 10 cold loads under
//! Lighthouse's mobile throttling, the files served gzip-encoded, each timing when the five
//! towns' names are visible and when one step forward on the timeline works. `--phone N`
//! runs only that, with N loads (10 if no number follows), and puts its figures under
//! `"phone"` in `bench/results.json`, keeping the rest. `--phone-compare N` measures the
//! app and a comparison page of the same story built with Leaflet and TimelineJS
//! (`bench/leaflet/`) alternately, N cold loads each (10 if no number follows), and puts
//! their figures under `"phone"` and `"phone_leaflet"`.
//!
//! `--find N` types queries into the search a character at a time, N times over, the
//! reader showing both languages, and puts each keystroke's main-thread work and
//! input-to-painted time under `"find"` (issue 25's budget: p95 ≤ 16 ms).
//!
//! `--soak SECONDS` instead plays the timeline at the highest speed for that long and
//! records memory and console errors (`bench/soak-results.json`).
//!
//! `--serve-gzip` only serves `dist/` gzip-encoded, as the phone profile does, printing its
//! address and running until killed: `scripts/lighthouse.sh` points Lighthouse at it.
#![cfg_attr(target_arch = "wasm32", allow(dead_code))]

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/browser.rs"]
#[allow(dead_code)]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/server.rs"]
#[allow(dead_code)]
mod server;

#[cfg(not(target_arch = "wasm32"))]
mod gzip_server;
#[cfg(not(target_arch = "wasm32"))]
mod phone;
#[cfg(not(target_arch = "wasm32"))]
mod run;

/// The phone profile's number of cold loads when no number is given.
#[cfg(not(target_arch = "wasm32"))]
const PHONE_LOADS: usize = 10;

/// The release profile aborts on a panic, so a failed measurement would drop nothing and
/// leave its chromedriver and Chromium running (and slowing every later run). The panic
/// hook, which runs before the abort, kills the process group of each chromedriver this
/// process started (they run in their own group, Chromium with them), and removes their
/// profiles (`petrograd-e2e-PID-PORT` in the temporary directory, as `browser.rs` names them).
#[cfg(not(target_arch = "wasm32"))]
fn kill_browsers_on_panic() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        let me = std::process::id().to_string();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return;
        };
        for entry in entries.flatten() {
            let pid = entry.file_name().to_string_lossy().into_owned();
            if !pid.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // `pid (name) state ppid ...`: the name may hold spaces, so read after the `)`.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1));
            if ppid == Some(me.as_str()) {
                let group = format!("-{pid}");
                let _ = std::process::Command::new("kill")
                    .args(["-KILL", "--", &group])
                    .status();
            }
        }
        let profiles = format!("petrograd-e2e-{me}-");
        let tmp = std::env::temp_dir();
        for entry in std::fs::read_dir(&tmp).into_iter().flatten().flatten() {
            if entry.file_name().to_string_lossy().starts_with(&profiles) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    kill_browsers_on_panic();
    let args: Vec<String> = std::env::args().collect();
    let soak = args
        .iter()
        .position(|a| a == "--soak")
        .and_then(|i| args.get(i + 1))
        .map(|s| s.parse::<u64>().expect("--soak takes a number of seconds"));
    // `--phone N` and `--phone-compare N`: a number of cold loads, or the default.
    let loads = |flag: &str| {
        args.iter().position(|a| a == flag).map(|i| {
            match args.get(i + 1).filter(|s| !s.starts_with("--")) {
                Some(s) => s
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n > 0)
                    .unwrap_or_else(|| panic!("{flag} takes a number of cold loads, at least 1")),
                None => PHONE_LOADS,
            }
        })
    };
    if args.iter().any(|a| a == "--serve-gzip") {
        let server = gzip_server::serve_gzip(server::dist_dir());
        println!("{}", server.base_url);
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
    let phone = loads("--phone");
    let compare = loads("--phone-compare");
    let find = loads("--find");
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.block_on(async {
        if let Some(rounds) = find {
            run::find(rounds).await;
            return;
        }
        match (soak, compare, phone) {
            (Some(seconds), _, _) => run::soak(seconds).await,
            (None, Some(loads), _) => phone::phone_compare(loads).await,
            (None, None, Some(loads)) => phone::phone_only(loads).await,
            (None, None, None) => run::benchmark(PHONE_LOADS).await,
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn main() {}
