//! The performance benchmark (issue "size and speed budget"): builds nothing itself; run
//! `scripts/bench.sh`, which builds the release `dist/` and then this. It serves `dist/` on
//! 127.0.0.1, drives headless Chromium, writes `bench/results.json` and prints a table.
//!
//! `--soak SECONDS` instead plays the timeline at the highest speed for that long and
//! records memory and console errors (`bench/soak-results.json`).
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
mod run;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let soak = args
        .iter()
        .position(|a| a == "--soak")
        .and_then(|i| args.get(i + 1))
        .map(|s| s.parse::<u64>().expect("--soak takes a number of seconds"));
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.block_on(async {
        match soak {
            Some(seconds) => run::soak(seconds).await,
            None => run::benchmark().await,
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn main() {}
