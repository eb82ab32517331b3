//! The phone profile: cold loads under Lighthouse's mobile throttling, set through the
//! DevTools protocol (chromedriver's `goog/cdp/execute`): 150 ms round trip, 1.6 Mbps down
//! (200,000 B/s), 750 kbps up (93,750 B/s), the CPU slowed 4×, a 412×823 phone viewport
//! (device scale 1.75, mobile, touch), and the files served gzip-encoded
//! ([`crate::gzip_server`]).
//!
//! Each load starts a new Chromium with a new profile (nothing cached), sets the
//! throttling, then navigates. A script the browser runs in the page before the page's own
//! (`Page.addScriptToEvaluateOnNewDocument`) checks two things at every animation frame,
//! from the first one (a `requestAnimationFrame` loop), each until it holds; times are
//! `performance.now()`, that is milliseconds since navigation start:
//!
//! - `names_visible_ms`: the first frame at which `document.body.innerText` (the text as
//!   laid out with the page's styles: what `display: none` hides does not count) contains
//!   all of [`NAMES`]. The figure is the time of the next painted frame after that check
//!   (a `requestAnimationFrame` callback, then a message task): when the names are on
//!   screen.
//! - `step_works_ms`: the first frame at which one step forward on the timeline works. On
//!   the app's page: it reads `aria-valuenow` of `[role=slider]`, dispatches a `keydown`
//!   `ArrowRight` `KeyboardEvent` (bubbling, cancelable) on the slider, and reads the value
//!   again, once synchronously and once more in a message task (after the microtasks the
//!   input scheduled, where the app's reactive updates run); the step works when either
//!   read differs from the first. The prerendered slider does not answer until the app has
//!   hydrated the page. On the comparison page (`--phone-compare`, `bench/leaflet/`:
//!   Leaflet and TimelineJS): it reads the id of TimelineJS's current slide (the one slide
//!   of `.tl-storyslider` without `inert`), dispatches a `click` `MouseEvent` on
//!   TimelineJS's next-slide button `.tl-slidenav-next` (absent until the timeline is
//!   built), and reads the id again in the same way. The figure is the time of the frame
//!   whose input worked, taken just before the input was dispatched; the next painted
//!   frame after it is kept too (`step_painted_samples_ms`). One input is checked at a
//!   time: a frame that comes while the last input's message task is pending dispatches
//!   none.
//!
//! Each load also keeps, for reading the figures: the first frame that saw
//! `<html data-app="live">` (the app has taken over its prerendered page), whether it was
//! set when the step worked, the number of inputs dispatched, the first contentful paint,
//! the app's `map-ready` mark, the load event and the HTML's last byte.
//!
//! A load ends one second after both figures (and the painted frame after the step) are in,
//! for late requests, once every request started by then has finished (20 s at most); a
//! load that has not both figures within [`LOAD_TIMEOUT`] of navigating fails, saying what
//! the page showed.
//!
//! Bytes are the browser's own count: the sum of `encodedDataLength` of
//! `Network.loadingFinished` (headers included) for every request to the server, from
//! chromedriver's performance log, split into what the first paint needs (the requests
//! DevTools types `Document` or `Stylesheet`: the HTML and CSS) and the whole first view
//! (every request until the load ends). A request to any other host than the page's
//! server fails the load.
//!
//! The CPU slowdown is DevTools' own: it suspends the page's main thread in short slices.
//! On a machine whose cores are busy with other work those slices stretch and the page runs
//! less than 4× slower; each load therefore times a fixed piece of JavaScript before the
//! throttling and after the load (`cpu_probe_slowdown_samples`) to show what it got.
//!
//! `--phone-compare N` ([`phone_compare`]) measures the app and the comparison page
//! alternately, N cold loads each, under the same profile: the comparison page is
//! assembled at run time in `target/phone-compare/leaflet/` from `bench/leaflet/`, Leaflet
//! and TimelineJS from `node_modules/` (pinned in `package.json`), the app's
//! `dist/story.geojson` and the basemap's GeoJSON files (`assets/basemap/`).
//!
//! `BENCH_DIST=DIR` loads the app's build from `DIR` (a copy of `dist/`) instead of `dist/`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use crate::browser::{cdp, launch_with, Browser};
use crate::gzip_server::serve_gzip;
use crate::run::{round2, write};
use crate::server::dist_dir;

/// Lighthouse's mobile profile (its simulated-throttling figures, applied as DevTools
/// throttling).
const LATENCY_MS: u32 = 150;
const DOWNLOAD_BYTES_PER_S: u32 = 200_000;
const UPLOAD_BYTES_PER_S: u32 = 93_750;
const CPU_SLOWDOWN: u32 = 4;
/// Lighthouse's phone (a Moto G Power): 412×823 CSS px at a device scale of 1.75.
const WIDTH: u32 = 412;
const HEIGHT: u32 = 823;
const DEVICE_SCALE: f64 = 1.75;

/// The names a reader must see: the city and the four towns of the journey's map, in the
/// English interface's spelling.
const NAMES: [&str; 5] = [
    "Petrograd",
    "Gatchina",
    "Krasnoye Selo",
    "Tsarskoye Selo",
    "Kronstadt",
];

/// How long after both figures are in the load goes on, for late requests.
const LATE_REQUESTS: Duration = Duration::from_secs(1);
/// A load that has not both figures by then is a failure.
const LOAD_TIMEOUT: Duration = Duration::from_secs(90);

/// The page a load measures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    /// The app's `dist/`.
    App,
    /// The comparison page, `bench/leaflet/`.
    Leaflet,
}

impl Page {
    /// Its name in the page's script ([`WATCH`]) and in the line printed after each load.
    fn key(self) -> &'static str {
        match self {
            Page::App => "app",
            Page::Leaflet => "leaflet",
        }
    }

    /// Its name in `bench/results.json` (`"page"`) and in the table.
    fn title(self) -> &'static str {
        match self {
            Page::App => "the app (Leptos, prerendered + wasm)",
            Page::Leaflet => "Leaflet 1.9.4 + TimelineJS 3.9.11",
        }
    }

    /// What "a step works" means on the page (see the module's comment).
    fn step_check(self) -> &'static str {
        match self {
            Page::App => "keydown ArrowRight dispatched on [role=slider] changes its aria-valuenow",
            Page::Leaflet => "click dispatched on TimelineJS's .tl-slidenav-next changes the current slide (the .tl-slide without inert)",
        }
    }
}

/// Runs in every new document before the page's scripts (see the module's comment).
/// `__NAMES__` is the JSON list of [`NAMES`], `__PAGE__` the [`Page::key`].
const WATCH: &str = r#"
(() => {
  if (location.protocol !== 'http:') { return; }
  const names = __NAMES__;
  const probes = {
    app: {
      target: () => document.querySelector('[role=slider]'),
      read: () => {
        const s = document.querySelector('[role=slider]');
        return s ? s.getAttribute('aria-valuenow') : null;
      },
      act: (s) => s.dispatchEvent(new KeyboardEvent('keydown', {
        key: 'ArrowRight', code: 'ArrowRight', bubbles: true, cancelable: true,
      })),
    },
    leaflet: {
      target: () => document.querySelector('.tl-slidenav-next'),
      read: () => {
        const s = document.querySelector('.tl-storyslider .tl-slide:not([inert])');
        return s ? s.id : null;
      },
      act: (b) => b.dispatchEvent(new MouseEvent('click', {
        bubbles: true, cancelable: true, view: window,
      })),
    },
  };
  const probe = probes['__PAGE__'];
  const out = {
    names_checked_ms: null, names_painted_ms: null, found: [], found_log: [],
    step_works_ms: null, step_painted_ms: null, step_attempts: 0,
    step_before: null, step_after: null, step_when_live: null,
    live_ms: null, frames: 0,
  };
  window.__phone = out;
  // The next painted frame: a frame callback, then a task, which runs once it is produced.
  const painted = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(0);
  });
  // A task: the microtasks queued before it have all run.
  const task = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then();
    channel.port2.postMessage(0);
  };
  const live = () => document.documentElement.dataset.app === 'live';
  let checking = false;
  const frame = () => {
    out.frames++;
    if (out.live_ms === null && live()) { out.live_ms = performance.now(); }
    if (out.names_checked_ms === null && document.body) {
      const text = document.body.innerText;
      const found = names.filter(n => text.includes(n));
      // Each change of what is found, for the message of a load that never ends.
      if (found.length !== out.found.length) {
        out.found_log.push([performance.now(), found.join('|')]);
      }
      out.found = found;
      if (out.found.length === names.length) {
        out.names_checked_ms = performance.now();
        painted(t => { out.names_painted_ms = t; });
      }
    }
    if (out.step_works_ms === null && !checking) {
      const target = probe.target();
      const before = target ? probe.read() : null;
      if (target && before !== null) {
        checking = true;
        out.step_attempts++;
        const t0 = performance.now();
        probe.act(target);
        const now = probe.read();
        task(() => {
          checking = false;
          const later = probe.read();
          out.step_before = before;
          out.step_after = later;
          if (now !== before || later !== before) {
            out.step_works_ms = t0;
            out.step_when_live = live();
            painted(t => { out.step_painted_ms = t; });
          }
        });
      }
    }
    if (out.names_checked_ms === null || out.step_works_ms === null) {
      requestAnimationFrame(frame);
    }
  };
  requestAnimationFrame(frame);
})();
"#;

/// What the bench reads from the page while it waits.
const READ: &str = r#"
const p = window.__phone;
if (!p) { return null; }
const mark = performance.getEntriesByName('map-ready');
const fcp = performance.getEntriesByName('first-contentful-paint');
const nav = performance.getEntriesByType('navigation')[0];
return Object.assign({}, p, {
  now: performance.now(),
  live: document.documentElement.dataset.app === 'live',
  map_ready_mark_ms: mark.length ? mark[0].startTime : null,
  first_contentful_paint_ms: fcp.length ? fcp[0].startTime : null,
  load_event_ms: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null,
  // The page's last byte: DevTools' added latency shows here, not in responseStart.
  html_response_end_ms: nav ? nav.responseEnd : null,
});
"#;

/// A fixed piece of JavaScript work, timed: run before the CPU is slowed and again after
/// the load, the ratio shows the slowdown held across the navigation. Only roughly: on a
/// machine whose cores are busy with other work, the page loses time to it either way.
const CPU_PROBE: &str = r#"
const t0 = performance.now();
let x = 0;
for (let i = 0; i < 20000000; i++) { x = (x + i * 7) % 1000003; }
return [performance.now() - t0, x];
"#;

/// The shortest of three runs of [`CPU_PROBE`], the one least disturbed by other work.
async fn cpu_probe(browser: &Browser) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let t = browser.eval(CPU_PROBE).await[0]
            .as_f64()
            .expect("the probe returns its time");
        best = best.min(t);
    }
    best
}

/// chromedriver's log of `type` since the last read (`POST /session/{id}/se/log`).
#[derive(Debug)]
struct Log(&'static str);

impl WebDriverCompatibleCommand for Log {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": self.0 }).to_string()),
        )
    }
}

/// The DevTools events in the performance log since the last read.
async fn devtools_events(browser: &Browser) -> Vec<Value> {
    let log = browser
        .client
        .issue_cmd(Log("performance"))
        .await
        .expect("the performance log");
    log.as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["message"].as_str())
        .filter_map(|m| serde_json::from_str::<Value>(m).ok())
        .map(|m| m["message"].clone())
        .collect()
}

/// One request to the server, as the Network domain reported it.
#[derive(Default)]
struct Request {
    url: String,
    /// DevTools' resource type: `Document`, `Stylesheet`, `Script`, `Fetch`, `Font`…
    kind: String,
    encoding: String,
    header_bytes: Option<u64>,
    transferred: Option<u64>,
    /// DevTools' monotonic clock, in seconds.
    sent_at: Option<f64>,
    finished_at: Option<f64>,
    failed: bool,
}

/// Schemes that stay in the browser: no network.
const BROWSER_INTERNAL: &[&str] = &[
    "data:",
    "blob:",
    "chrome:",
    "chrome-extension:",
    "about:",
    "devtools:",
];

/// The requests to `base` in `events`, merged into `requests` by request id; any request
/// to another host goes into `foreign`.
fn record(
    events: &[Value],
    base: &str,
    requests: &mut HashMap<String, Request>,
    foreign: &mut Vec<String>,
) {
    for event in events {
        let params = &event["params"];
        let Some(id) = params["requestId"].as_str() else {
            continue;
        };
        match event["method"].as_str().unwrap_or_default() {
            "Network.requestWillBeSent" => {
                let url = params["request"]["url"].as_str().unwrap_or_default();
                if url.starts_with(base) {
                    let r = requests.entry(id.to_string()).or_default();
                    r.url = url.to_string();
                    r.kind = params["type"].as_str().unwrap_or("Other").to_string();
                    r.sent_at = r.sent_at.or(params["timestamp"].as_f64());
                } else if !BROWSER_INTERNAL.iter().any(|s| url.starts_with(s)) {
                    foreign.push(url.to_string());
                }
            }
            "Network.responseReceived" => {
                if let Some(r) = requests.get_mut(id) {
                    let headers = params["response"]["headers"].as_object();
                    r.encoding = headers
                        .into_iter()
                        .flatten()
                        .find(|(k, _)| k.eq_ignore_ascii_case("content-encoding"))
                        .and_then(|(_, v)| v.as_str())
                        .unwrap_or("identity")
                        .to_string();
                    r.header_bytes = params["response"]["encodedDataLength"]
                        .as_f64()
                        .map(|b| b as u64);
                }
            }
            "Network.loadingFinished" => {
                if let Some(r) = requests.get_mut(id) {
                    r.transferred = params["encodedDataLength"].as_f64().map(|b| b as u64);
                    r.finished_at = params["timestamp"].as_f64();
                }
            }
            "Network.loadingFailed" => {
                if let Some(r) = requests.get_mut(id) {
                    r.failed = true;
                }
            }
            _ => {}
        }
    }
}

/// One cold load's figures.
struct Load {
    /// The painted frame after the check that found every name.
    names_ms: f64,
    /// The check itself.
    names_checked_ms: f64,
    /// The frame whose input stepped the timeline.
    step_ms: f64,
    step_painted_ms: Option<f64>,
    /// Inputs dispatched until one worked.
    step_attempts: u64,
    /// Whether `<html data-app="live">` was set when the step worked.
    step_when_live: Option<bool>,
    /// The app's page: when `<html data-app="live">` was first seen at a frame.
    live_ms: Option<f64>,
    first_contentful_paint_ms: Option<f64>,
    map_ready_mark_ms: Option<f64>,
    load_event_ms: Option<f64>,
    html_response_end_ms: Option<f64>,
    /// The CPU probe's time in the loaded page over its time before throttling.
    cpu_slowdown: f64,
    transferred: u64,
    body: u64,
    /// The requests of type `Document` and `Stylesheet`.
    html_css: u64,
    files: Vec<Value>,
    console_errors: Vec<String>,
}

async fn cold_load(base: &str, page: Page) -> Load {
    // A new browser, a new profile: nothing cached, no cookie, no service worker.
    let browser = launch_with(500, HEIGHT, &[]).await;
    let probe_before = cpu_probe(&browser).await;
    cdp(&browser, "Network.enable", json!({})).await;
    cdp(&browser, "Network.clearBrowserCache", json!({})).await;
    cdp(&browser, "Network.clearBrowserCookies", json!({})).await;
    cdp(
        &browser,
        "Network.emulateNetworkConditions",
        json!({
            "offline": false,
            "latency": LATENCY_MS,
            "downloadThroughput": DOWNLOAD_BYTES_PER_S,
            "uploadThroughput": UPLOAD_BYTES_PER_S,
        }),
    )
    .await;
    cdp(
        &browser,
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": CPU_SLOWDOWN }),
    )
    .await;
    cdp(
        &browser,
        "Emulation.setDeviceMetricsOverride",
        json!({
            "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": DEVICE_SCALE, "mobile": true,
        }),
    )
    .await;
    cdp(
        &browser,
        "Emulation.setTouchEmulationEnabled",
        json!({ "enabled": true, "maxTouchPoints": 5 }),
    )
    .await;
    let watch = WATCH
        .replace("__NAMES__", &json!(NAMES).to_string())
        .replace("__PAGE__", page.key());
    cdp(
        &browser,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": watch }),
    )
    .await;
    // Only this page's requests count.
    let mut requests = HashMap::new();
    let mut foreign = Vec::new();
    devtools_events(&browser).await;

    browser.client.goto(base).await.expect("open the page");
    let started = Instant::now();
    let state = loop {
        let state = browser.eval(READ).await;
        let done = ["names_painted_ms", "step_works_ms", "step_painted_ms"]
            .iter()
            .all(|key| state[*key].is_number());
        if done {
            break state;
        }
        if started.elapsed() >= LOAD_TIMEOUT {
            let missing: Vec<&str> = NAMES
                .iter()
                .copied()
                .filter(|n| {
                    !state["found"]
                        .as_array()
                        .is_some_and(|f| f.iter().any(|v| v == n))
                })
                .collect();
            panic!(
                "{} at {base}: not both figures within {LOAD_TIMEOUT:?} of navigating: {}; {} (page state: {state})",
                page.title(),
                if state["names_checked_ms"].is_number() {
                    "all five names visible".to_string()
                } else {
                    format!("names not yet in document.body.innerText: {missing:?}")
                },
                if state["step_works_ms"].is_number() {
                    "a step works".to_string()
                } else {
                    format!(
                        "no step forward worked ({}: {} inputs dispatched, last value {} before and {} after)",
                        page.step_check(),
                        state["step_attempts"],
                        state["step_before"],
                        state["step_after"]
                    )
                },
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    tokio::time::sleep(LATE_REQUESTS).await;

    // Every request started by now has finished (20 s at most).
    let waited = Instant::now();
    loop {
        record(
            &devtools_events(&browser).await,
            base,
            &mut requests,
            &mut foreign,
        );
        let pending = requests
            .values()
            .any(|r| r.transferred.is_none() && !r.failed);
        if !pending || waited.elapsed() > Duration::from_secs(20) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let cpu_slowdown = cpu_probe(&browser).await / probe_before;
    let console_errors = browser.console_errors().await;
    browser.close().await;
    assert!(
        foreign.is_empty(),
        "{} at {base} asked another host than its server for: {foreign:?}",
        page.title()
    );

    let mut rows: Vec<&Request> = requests.values().collect();
    rows.sort_by(|a, b| {
        a.sent_at
            .unwrap_or(f64::MAX)
            .total_cmp(&b.sent_at.unwrap_or(f64::MAX))
            .then_with(|| a.url.cmp(&b.url))
    });
    // Times relative to the page's own request (shortly after navigation start).
    let origin = rows
        .iter()
        .find(|r| r.kind == "Document")
        .and_then(|r| r.sent_at);
    let since = |t: Option<f64>| match (t, origin) {
        (Some(t), Some(o)) => Some(round2((t - o) * 1000.0)),
        _ => None,
    };
    let (mut transferred, mut body, mut html_css) = (0, 0, 0);
    let files = rows
        .iter()
        .map(|r| {
            let total = r.transferred.unwrap_or(0);
            let headers = r.header_bytes.unwrap_or(0).min(total);
            transferred += total;
            body += total - headers;
            let first_paint = r.kind == "Document" || r.kind == "Stylesheet";
            if first_paint {
                html_css += total;
            }
            let path = r.url.strip_prefix(base).unwrap_or(&r.url);
            json!({
                "file": if path.is_empty() { "index.html" } else { path },
                "type": r.kind,
                "first_paint": first_paint,
                "content_encoding": r.encoding,
                "transferred_bytes": total,
                "body_bytes": total - headers,
                "requested_at_ms": since(r.sent_at),
                "finished_at_ms": since(r.finished_at),
                "finished": r.transferred.is_some(),
            })
        })
        .collect();
    let ms = |key: &str| state[key].as_f64();
    Load {
        names_ms: ms("names_painted_ms").expect("checked above"),
        names_checked_ms: ms("names_checked_ms").expect("set before the painted time"),
        step_ms: ms("step_works_ms").expect("checked above"),
        step_painted_ms: ms("step_painted_ms"),
        step_attempts: state["step_attempts"].as_u64().unwrap_or(0),
        step_when_live: state["step_when_live"].as_bool(),
        live_ms: ms("live_ms"),
        first_contentful_paint_ms: ms("first_contentful_paint_ms"),
        map_ready_mark_ms: ms("map_ready_mark_ms"),
        load_event_ms: ms("load_event_ms"),
        html_response_end_ms: ms("html_response_end_ms"),
        cpu_slowdown,
        transferred,
        body,
        html_css,
        files,
        console_errors,
    }
}

/// The median (the mean of the two middle values for an even count), min and max.
fn spread(values: &[f64]) -> Value {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    json!({
        "n": n,
        "median_ms": round2(median),
        "min_ms": round2(v.first().copied().unwrap_or(f64::NAN)),
        "max_ms": round2(v.last().copied().unwrap_or(f64::NAN)),
    })
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// One load's line as it finishes.
fn report(page: Page, i: usize, loads: usize, run: &Load) {
    println!(
        "phone load {}/{loads}, {}: names visible at {:.0} ms, a step works at {:.0} ms ({} inputs{}), {} B transferred ({} B HTML + CSS), CPU probe {:.1}x slower{}",
        i + 1,
        page.key(),
        run.names_ms,
        run.step_ms,
        run.step_attempts,
        run.live_ms
            .map_or(String::new(), |t| format!("; app live at {t:.0} ms")),
        run.transferred,
        run.html_css,
        run.cpu_slowdown,
        if run.console_errors.is_empty() {
            String::new()
        } else {
            format!(", {} console errors", run.console_errors.len())
        }
    );
}

/// The figures of `runs` of `page`; the value `bench/results.json` keeps under `"phone"`
/// (the app) or `"phone_leaflet"`.
fn figures(page: Page, runs: &[Load], load_average_before: String) -> Value {
    let names: Vec<f64> = runs.iter().map(|r| r.names_ms).collect();
    let steps: Vec<f64> = runs.iter().map(|r| r.step_ms).collect();
    let bytes: Vec<u64> = runs.iter().map(|r| r.transferred).collect();
    let bodies: Vec<u64> = runs.iter().map(|r| r.body).collect();
    let html_css: Vec<u64> = runs.iter().map(|r| r.html_css).collect();
    let min_max = |v: &[u64]| json!({ "min": v.iter().min(), "max": v.iter().max() });
    let samples = |f: &dyn Fn(&Load) -> Option<f64>| {
        runs.iter().map(|r| f(r).map(round2)).collect::<Vec<_>>()
    };
    let errors: Vec<&String> = runs.iter().flat_map(|r| &r.console_errors).collect();
    json!({
        "page": page.title(),
        "profile": {
            "latency_ms": LATENCY_MS,
            "download_bytes_per_s": DOWNLOAD_BYTES_PER_S,
            "upload_bytes_per_s": UPLOAD_BYTES_PER_S,
            "cpu_slowdown": CPU_SLOWDOWN,
            "viewport": format!("{WIDTH}x{HEIGHT}"),
            "device_scale_factor": DEVICE_SCALE,
            "mobile": true,
            "touch": true,
            "content_encoding": "gzip -9 -n for html, js, wasm, css, svg, json, geojson",
            "cold": "a new Chromium and profile per load",
        },
        "measures": {
            "names_visible": "the painted frame after the first animation frame at which document.body.innerText contains every name",
            "step_works": page.step_check(),
            "html_css_bytes": "requests of DevTools type Document or Stylesheet",
            "transferred_bytes": "every request until 1 s after both figures (and those started by then finished)",
        },
        "names": NAMES,
        "names_visible_ms": spread(&names),
        "names_visible_samples_ms": names.iter().map(|v| round2(*v)).collect::<Vec<_>>(),
        "names_checked_samples_ms": samples(&|r| Some(r.names_checked_ms)),
        "step_works_ms": spread(&steps),
        "step_works_samples_ms": steps.iter().map(|v| round2(*v)).collect::<Vec<_>>(),
        "step_painted_samples_ms": samples(&|r| r.step_painted_ms),
        "step_attempts_samples": runs.iter().map(|r| r.step_attempts).collect::<Vec<_>>(),
        "step_when_app_live_samples": runs.iter().map(|r| r.step_when_live).collect::<Vec<_>>(),
        "app_live_samples_ms": samples(&|r| r.live_ms),
        "first_contentful_paint_samples_ms": samples(&|r| r.first_contentful_paint_ms),
        "map_ready_mark_samples_ms": samples(&|r| r.map_ready_mark_ms),
        "load_event_samples_ms": samples(&|r| r.load_event_ms),
        "html_response_end_samples_ms": samples(&|r| r.html_response_end_ms),
        "cpu_probe_slowdown_samples": runs.iter().map(|r| round2(r.cpu_slowdown)).collect::<Vec<_>>(),
        "html_css_bytes": runs.first().map_or(0, |r| r.html_css),
        "html_css_bytes_range": min_max(&html_css),
        "transferred_bytes": runs.first().map_or(0, |r| r.transferred),
        "transferred_bytes_range": min_max(&bytes),
        "body_bytes": runs.first().map_or(0, |r| r.body),
        "body_bytes_range": min_max(&bodies),
        "files": runs.first().map(|r| r.files.clone()).unwrap_or_default(),
        "console_errors": errors,
        "load_average_before": load_average_before,
        "load_average_after": load_average(),
    })
}

/// The app's build to load: `dist/`, or the folder `BENCH_DIST` names (a copy of a build,
/// so that a rebuild of `dist/` cannot change the files under a run).
pub(crate) fn app_dist() -> PathBuf {
    let Some(dir) = std::env::var_os("BENCH_DIST").map(PathBuf::from) else {
        return dist_dir();
    };
    assert!(
        dir.join("index.html").is_file(),
        "BENCH_DIST={} holds no built app (no index.html)",
        dir.display()
    );
    dir
}

/// `loads` cold loads of the app under the phone profile; the value `bench/results.json`
/// keeps under `"phone"`.
pub async fn phone(loads: usize) -> Value {
    assert!(loads > 0, "--phone takes a number of loads, at least 1");
    let server = serve_gzip(app_dist());
    let base = server.base_url.clone();
    let load_average_before = load_average();
    let mut runs = Vec::with_capacity(loads);
    for i in 0..loads {
        let run = cold_load(&base, Page::App).await;
        report(Page::App, i, loads, &run);
        runs.push(run);
    }
    figures(Page::App, &runs, load_average_before)
}

/// The profile's line of the table.
fn print_profile(p: &Value) {
    println!(
        "\nphone profile ({} ms RTT, {} B/s down, {} B/s up, CPU {}x, {}, gzip, cold):",
        p["profile"]["latency_ms"],
        p["profile"]["download_bytes_per_s"],
        p["profile"]["upload_bytes_per_s"],
        p["profile"]["cpu_slowdown"],
        p["profile"]["viewport"].as_str().unwrap_or_default(),
    );
}

/// A figure of `bench/results.json` as the table prints it: padding applies (it does not
/// to a `Value`), a string without its quotes, nothing as `-`.
fn text(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

/// One page's files and totals.
fn print_files(p: &Value) {
    println!("  {}:", text(&p["page"]));
    for f in p["files"].as_array().into_iter().flatten() {
        println!(
            "    {:<46} {:>9} B transferred ({}, {}){}",
            text(&f["file"]),
            text(&f["transferred_bytes"]),
            text(&f["type"]),
            text(&f["content_encoding"]),
            if f["first_paint"] == true {
                ", first paint"
            } else {
                ""
            },
        );
    }
    println!(
        "    {:<46} {:>9} B transferred ({} B of bodies; HTML + CSS {} B)",
        "total",
        text(&p["transferred_bytes"]),
        text(&p["body_bytes"]),
        text(&p["html_css_bytes"])
    );
}

/// The phone profile's lines of the table.
pub fn print(p: &Value) {
    if p.is_null() {
        return;
    }
    print_profile(p);
    print_files(p);
    for (name, key) in [
        ("phone, names visible", "names_visible_ms"),
        ("phone, a step works", "step_works_ms"),
    ] {
        let s = &p[key];
        println!(
            "{name:<28} median {:>7} ms   min {:>7} ms   max {:>7} ms   (n = {})",
            text(&s["median_ms"]),
            text(&s["min_ms"]),
            text(&s["max_ms"]),
            text(&s["n"])
        );
    }
}

/// The app and the comparison page side by side.
fn print_compare(app: &Value, leaflet: &Value) {
    print_profile(app);
    print_files(app);
    print_files(leaflet);
    let row = |name: &str, a: String, b: String| println!("{name:<34} {a:>24} {b:>24}");
    println!();
    row("", "app (Leptos)".into(), "Leaflet + TimelineJS".into());
    let ms = |s: &Value| {
        let round = |v: &Value| v.as_f64().map_or("-".into(), |v| format!("{v:.0}"));
        format!(
            "{} ms ({}-{})",
            round(&s["median_ms"]),
            round(&s["min_ms"]),
            round(&s["max_ms"])
        )
    };
    for (name, key) in [
        ("names visible, median (min-max)", "names_visible_ms"),
        ("a step works, median (min-max)", "step_works_ms"),
    ] {
        row(name, ms(&app[key]), ms(&leaflet[key]));
    }
    for (name, key) in [
        ("bytes, HTML + CSS (first paint)", "html_css_bytes"),
        ("bytes, whole first view", "transferred_bytes"),
    ] {
        row(
            name,
            format!("{} B", text(&app[key])),
            format!("{} B", text(&leaflet[key])),
        );
    }
    let count = |p: &Value, key: &str| p[key].as_array().map_or(0, Vec::len).to_string();
    row("files", count(app, "files"), count(leaflet, "files"));
    row(
        "console errors",
        count(app, "console_errors"),
        count(leaflet, "console_errors"),
    );
    let probe = |p: &Value| {
        p["cpu_probe_slowdown_samples"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .map(|v| format!("{v:.1}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    row("CPU probe slowdown (x)", probe(app), probe(leaflet));
    row(
        "loads",
        text(&app["names_visible_ms"]["n"]),
        text(&leaflet["names_visible_ms"]["n"]),
    );
}

/// `bench/results.json` as it is (an empty object if missing or unreadable), `figures`
/// set under their keys, written back and returned.
pub(crate) fn merge_into_results(figures: &[(&str, Value)]) -> Value {
    let path = "bench/results.json";
    let mut results = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    for (key, value) in figures {
        results[*key] = value.clone();
    }
    write(path, &results);
    results
}

/// `--phone N` alone: measures, then puts the figures under `"phone"` in
/// `bench/results.json`, keeping the other keys.
pub async fn phone_only(loads: usize) {
    let figures = phone(loads).await;
    let results = merge_into_results(&[("phone", figures)]);
    print(&results["phone"]);
}

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `from` to `to` (a file, or a folder's files, not recursing), making `to`'s
/// folder; a missing source fails with `hint`.
fn copy(from: &Path, to: &Path, hint: &str) {
    assert!(from.exists(), "{} is missing: {hint}", from.display());
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("create {}: {e}", to.display()));
        let entries =
            std::fs::read_dir(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display()));
        for entry in entries.flatten() {
            if entry.path().is_file() {
                copy(&entry.path(), &to.join(entry.file_name()), hint);
            }
        }
    } else {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|e| panic!("create {}: {e}", parent.display()));
        }
        std::fs::copy(from, to)
            .unwrap_or_else(|e| panic!("copy {} to {}: {e}", from.display(), to.display()));
    }
}

/// The basemap's GeoJSON files the comparison page draws (all of `assets/basemap/`).
const BASEMAP: [&str; 4] = [
    "region.geojson",
    "city.geojson",
    "city_1917.geojson",
    "railways.geojson",
];

/// Assembles the comparison page in `target/phone-compare/leaflet/` (remade on each run)
/// and returns the folder: `bench/leaflet/`'s page and script, Leaflet and TimelineJS from
/// `node_modules/`, `story.geojson` from the built `dist/`, the basemap's GeoJSON files.
fn leaflet_site(dist: &Path) -> PathBuf {
    let root = manifest_dir();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_relative() { root.join(t) } else { t })
        .unwrap_or_else(|| root.join("target"));
    let site = target.join("phone-compare/leaflet");
    if site.exists() {
        std::fs::remove_dir_all(&site).unwrap_or_else(|e| panic!("remove {}: {e}", site.display()));
    }
    let npm = "run `npm ci` in the project's folder (package.json pins leaflet and @knight-lab/timelinejs)";
    let leaflet = root.join("node_modules/leaflet/dist");
    let timeline = root.join("node_modules/@knight-lab/timelinejs/dist");
    let files: [(PathBuf, &str, &str); 9] = [
        (
            root.join("bench/leaflet/index.html"),
            "index.html",
            "bench/leaflet/ is the page's source",
        ),
        (
            root.join("bench/leaflet/story.js"),
            "story.js",
            "bench/leaflet/ is the page's source",
        ),
        (leaflet.join("leaflet.js"), "vendor/leaflet/leaflet.js", npm),
        (
            leaflet.join("leaflet.css"),
            "vendor/leaflet/leaflet.css",
            npm,
        ),
        (leaflet.join("images"), "vendor/leaflet/images", npm),
        (
            timeline.join("js/timeline.js"),
            "vendor/timelinejs/js/timeline.js",
            npm,
        ),
        (
            timeline.join("css/timeline.css"),
            "vendor/timelinejs/css/timeline.css",
            npm,
        ),
        (
            timeline.join("css/icons"),
            "vendor/timelinejs/css/icons",
            npm,
        ),
        (
            dist.join("story.geojson"),
            "story.geojson",
            "the app's build writes it: `trunk build --release --offline`",
        ),
    ];
    for (from, to, hint) in &files {
        copy(from, &site.join(to), hint);
    }
    // The basemap's four files, as `bench/leaflet/story.js` asks for them.
    for name in BASEMAP {
        copy(
            &root.join("assets/basemap").join(name),
            &site.join("basemap").join(name),
            "the basemap is in assets/basemap",
        );
    }
    site
}

/// `--phone-compare N`: N cold loads of the app and N of the comparison page
/// (`bench/leaflet/`), alternately, under the phone profile; the figures go under
/// `"phone"` and `"phone_leaflet"` in `bench/results.json`, keeping the other keys.
pub async fn phone_compare(loads: usize) {
    assert!(
        loads > 0,
        "--phone-compare takes a number of loads, at least 1"
    );
    let dist = app_dist();
    let site = leaflet_site(&dist);
    let app_server = serve_gzip(dist);
    let leaflet_server = serve_gzip(site.clone());
    println!(
        "comparison page assembled in {}, served at {}",
        site.display(),
        leaflet_server.base_url
    );
    let load_average_before = load_average();
    let (mut app, mut leaflet) = (Vec::with_capacity(loads), Vec::with_capacity(loads));
    for i in 0..loads {
        let run = cold_load(&app_server.base_url, Page::App).await;
        report(Page::App, i, loads, &run);
        app.push(run);
        let run = cold_load(&leaflet_server.base_url, Page::Leaflet).await;
        report(Page::Leaflet, i, loads, &run);
        leaflet.push(run);
    }
    let app = figures(Page::App, &app, load_average_before.clone());
    let leaflet = figures(Page::Leaflet, &leaflet, load_average_before);
    let results = merge_into_results(&[("phone", app), ("phone_leaflet", leaflet)]);
    print_compare(&results["phone"], &results["phone_leaflet"]);
}
