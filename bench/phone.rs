//! The phone profile: cold loads under Lighthouse's mobile throttling, set through the
//! DevTools protocol (chromedriver's `goog/cdp/execute`): 150 ms round trip, 1.6 Mbps down
//! (200,000 B/s), 750 kbps up (93,750 B/s), the CPU slowed 4×, a 412×823 phone viewport
//! (device scale 1.75, mobile, touch), and the files served gzip-encoded
//! ([`crate::gzip_server`]).
//!
//! Each load starts a new Chromium with a new profile (nothing cached), sets the
//! throttling, then navigates. A script the browser runs in the page before the app's own
//! (`Page.addScriptToEvaluateOnNewDocument`) watches the map: the map shows all its places
//! when every place of `assets/story/places.geojson` that has a geometry has its
//! `g.place[data-place]` group with a `.marker`, the map's SVG has a size, and at least one
//! place is placed (shown, with a `transform`). Each time what is shown changes (a place's `transform`, `display`
//! or `class`), it takes the time of the next painted frame (a `requestAnimationFrame`
//! callback, then a message task) with `performance.now()`, that is since navigation
//! start. The figure is that time for the last change: the first frame that shows every
//! place where it stays (the map fitted to its final size). The load ends once nothing has
//! changed for two seconds.
//!
//! Bytes are the browser's own count: the sum of `encodedDataLength` of
//! `Network.loadingFinished` (headers included) for every request to the server, from
//! chromedriver's performance log.
//!
//! The CPU slowdown is DevTools' own: it suspends the page's main thread in short slices.
//! On a machine whose cores are busy with other work those slices stretch and the page runs
//! less than 4× slower; each load therefore times a fixed piece of JavaScript before the
//! throttling and after the load (`cpu_probe_slowdown_samples`) to show what it got.

use std::collections::HashMap;
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

/// How long the map must stay unchanged before a load counts as finished.
const QUIET_MS: f64 = 2000.0;
/// A load that has not shown the map by then is a failure.
const LOAD_TIMEOUT: Duration = Duration::from_secs(90);

/// Runs in every new document before the page's scripts (see the module's comment).
/// `__WANT__` is the number of places in the story.
const WATCH: &str = r#"
(() => {
  if (location.protocol !== 'http:') { return; }
  const want = __WANT__;
  const out = { first_dom_ms: null, last_dom_ms: null, painted_ms: null, changes: 0 };
  window.__phone = out;
  let shown = '';
  const check = () => {
    const groups = document.querySelectorAll('g.place[data-place]');
    const ids = new Set();
    let sig = '', placed = 0;
    for (const g of groups) {
      if (!g.querySelector('.marker')) { continue; }
      const id = g.getAttribute('data-place'), d = g.getAttribute('display');
      const t = g.getAttribute('transform'), c = g.getAttribute('class');
      ids.add(id);
      if (d !== 'none' && t) { placed++; }
      sig += id + '|' + d + '|' + t + '|' + c + ';';
    }
    if (ids.size < want || placed === 0 || sig === shown) { return; }
    const svg = groups[0].ownerSVGElement;
    const r = svg ? svg.getBoundingClientRect() : null;
    if (!r || r.width < 1 || r.height < 1) { return; }
    shown = sig;
    const now = performance.now();
    if (out.first_dom_ms === null) { out.first_dom_ms = now; }
    out.last_dom_ms = now;
    const change = ++out.changes;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (out.changes === change) { out.painted_ms = performance.now(); }
      };
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['transform', 'display', 'class'],
  });
  // A change the observer cannot see (the SVG getting its size) is caught at the next frame.
  const started = performance.now();
  const poll = () => { check(); if (performance.now() - started < 60000) { requestAnimationFrame(poll); } };
  requestAnimationFrame(poll);
})();
"#;

/// What the bench reads from the page while it waits.
const READ: &str = r#"
const p = window.__phone;
if (!p) { return null; }
const mark = performance.getEntriesByName('map-ready');
const nav = performance.getEntriesByType('navigation')[0];
return {
  first_dom_ms: p.first_dom_ms, last_dom_ms: p.last_dom_ms, painted_ms: p.painted_ms,
  changes: p.changes, now: performance.now(),
  map_ready_mark_ms: mark.length ? mark[0].startTime : null,
  load_event_ms: nav ? nav.loadEventEnd : null,
  // The page's last byte: DevTools' added latency shows here, not in responseStart.
  html_response_end_ms: nav ? nav.responseEnd : null,
  // What the watch sees, for the message of a load that never ends.
  groups: document.querySelectorAll('g.place[data-place]').length,
  markers: document.querySelectorAll('g.place[data-place] .marker').length,
  placed: [...document.querySelectorAll('g.place[data-place]')]
    .filter(g => g.getAttribute('display') !== 'none' && g.getAttribute('transform')).length,
};
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
    encoding: String,
    header_bytes: Option<u64>,
    transferred: Option<u64>,
    failed: bool,
}

/// The requests to `base` in `events`, merged into `requests` by request id.
fn record(events: &[Value], base: &str, requests: &mut HashMap<String, Request>) {
    for event in events {
        let params = &event["params"];
        let Some(id) = params["requestId"].as_str() else {
            continue;
        };
        match event["method"].as_str().unwrap_or_default() {
            "Network.requestWillBeSent" => {
                let url = params["request"]["url"].as_str().unwrap_or_default();
                if url.starts_with(base) {
                    requests.entry(id.to_string()).or_default().url = url.to_string();
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
    shown_ms: f64,
    first_dom_ms: f64,
    /// How many times what the map shows changed before it settled.
    changes: u64,
    map_ready_mark_ms: Option<f64>,
    load_event_ms: Option<f64>,
    html_response_end_ms: Option<f64>,
    /// The CPU probe's time in the loaded app over its time before throttling.
    cpu_slowdown: f64,
    transferred: u64,
    body: u64,
    files: Vec<Value>,
    console_errors: Vec<String>,
}

async fn cold_load(base: &str, places: usize) -> Load {
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
    cdp(
        &browser,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": WATCH.replace("__WANT__", &places.to_string()) }),
    )
    .await;
    // Only this page's requests count.
    let mut requests = HashMap::new();
    devtools_events(&browser).await;

    browser.client.goto(base).await.expect("open the app");
    let started = Instant::now();
    let state = loop {
        let state = browser.eval(READ).await;
        let painted = state["painted_ms"].as_f64();
        let last = state["last_dom_ms"].as_f64();
        let now = state["now"].as_f64();
        if let (Some(painted), Some(last), Some(now)) = (painted, last, now) {
            if painted >= last && now - painted >= QUIET_MS {
                break state;
            }
        }
        assert!(
            started.elapsed() < LOAD_TIMEOUT,
            "the map did not show its {places} places within {LOAD_TIMEOUT:?} of loading (page state: {state})"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    };

    // Every request to the server finished (the favicon may come last).
    let waited = Instant::now();
    loop {
        record(&devtools_events(&browser).await, base, &mut requests);
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

    let mut rows: Vec<&Request> = requests.values().collect();
    rows.sort_by(|a, b| a.url.cmp(&b.url));
    let (mut transferred, mut body) = (0, 0);
    let files = rows
        .iter()
        .map(|r| {
            let total = r.transferred.unwrap_or(0);
            let headers = r.header_bytes.unwrap_or(0).min(total);
            transferred += total;
            body += total - headers;
            let path = r.url.strip_prefix(base).unwrap_or(&r.url);
            json!({
                "file": if path.is_empty() { "index.html" } else { path },
                "content_encoding": r.encoding,
                "transferred_bytes": total,
                "body_bytes": total - headers,
                "finished": r.transferred.is_some(),
            })
        })
        .collect();
    let ms = |key: &str| state[key].as_f64();
    Load {
        shown_ms: ms("painted_ms").expect("checked above"),
        first_dom_ms: ms("first_dom_ms").expect("set with the painted time"),
        changes: state["changes"].as_u64().unwrap_or(0),
        map_ready_mark_ms: ms("map_ready_mark_ms"),
        load_event_ms: ms("load_event_ms"),
        html_response_end_ms: ms("html_response_end_ms"),
        cpu_slowdown,
        transferred,
        body,
        files,
        console_errors,
    }
}

/// The number of places the map must show: the features of `places.geojson` that have a
/// geometry (a place known only by name, such as a room, has no marker).
fn story_places() -> usize {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/story/places.geojson");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let json: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    let n = json["features"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| !f["geometry"].is_null())
        .count();
    assert!(n > 0, "{} lists no place", path.display());
    n
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

/// `loads` cold loads of the phone profile; the value `bench/results.json` keeps under
/// `"phone"`.
pub async fn phone(loads: usize) -> Value {
    assert!(loads > 0, "--phone takes a number of loads, at least 1");
    let places = story_places();
    let server = serve_gzip(dist_dir());
    let base = server.base_url.clone();
    let load_average_before = load_average();
    let mut runs = Vec::with_capacity(loads);
    for i in 0..loads {
        let run = cold_load(&base, places).await;
        println!(
            "phone load {}/{loads}: map shown at {:.0} ms (all places in the DOM at {:.0} ms, {} changes; map-ready mark {}), {} B transferred, CPU probe {:.1}x slower",
            i + 1,
            run.shown_ms,
            run.first_dom_ms,
            run.changes,
            run.map_ready_mark_ms.map_or("none".into(), |t| format!("{t:.0} ms")),
            run.transferred,
            run.cpu_slowdown
        );
        runs.push(run);
    }
    let shown: Vec<f64> = runs.iter().map(|r| r.shown_ms).collect();
    let bytes: Vec<u64> = runs.iter().map(|r| r.transferred).collect();
    let bodies: Vec<u64> = runs.iter().map(|r| r.body).collect();
    let min_max = |v: &[u64]| json!({ "min": v.iter().min(), "max": v.iter().max() });
    let errors: Vec<&String> = runs.iter().flat_map(|r| &r.console_errors).collect();
    json!({
        "profile": {
            "latency_ms": LATENCY_MS,
            "download_bytes_per_s": DOWNLOAD_BYTES_PER_S,
            "upload_bytes_per_s": UPLOAD_BYTES_PER_S,
            "cpu_slowdown": CPU_SLOWDOWN,
            "viewport": format!("{WIDTH}x{HEIGHT}"),
            "device_scale_factor": DEVICE_SCALE,
            "mobile": true,
            "touch": true,
            "content_encoding": "gzip -9 -n for html, js, wasm, css, svg, json",
            "cold": "a new Chromium and profile per load",
            "places": places,
        },
        "map_shown_ms": spread(&shown),
        "map_shown_samples_ms": shown.iter().map(|v| round2(*v)).collect::<Vec<_>>(),
        "all_places_in_dom_samples_ms": runs.iter().map(|r| round2(r.first_dom_ms)).collect::<Vec<_>>(),
        "changes_before_settled_samples": runs.iter().map(|r| r.changes).collect::<Vec<_>>(),
        "map_ready_mark_samples_ms": runs.iter().map(|r| r.map_ready_mark_ms.map(round2)).collect::<Vec<_>>(),
        "load_event_samples_ms": runs.iter().map(|r| r.load_event_ms.map(round2)).collect::<Vec<_>>(),
        "html_response_end_samples_ms": runs.iter().map(|r| r.html_response_end_ms.map(round2)).collect::<Vec<_>>(),
        "cpu_probe_slowdown_samples": runs.iter().map(|r| round2(r.cpu_slowdown)).collect::<Vec<_>>(),
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

/// The phone profile's lines of the table.
pub fn print(p: &Value) {
    if p.is_null() {
        return;
    }
    let s = &p["map_shown_ms"];
    println!(
        "\nphone profile ({} ms RTT, {} B/s down, {} B/s up, CPU {}x, {}, gzip, cold):",
        p["profile"]["latency_ms"],
        p["profile"]["download_bytes_per_s"],
        p["profile"]["upload_bytes_per_s"],
        p["profile"]["cpu_slowdown"],
        p["profile"]["viewport"].as_str().unwrap_or_default(),
    );
    for f in p["files"].as_array().into_iter().flatten() {
        println!(
            "  {:<48} {:>9} B transferred ({})",
            f["file"].as_str().unwrap_or_default(),
            f["transferred_bytes"],
            f["content_encoding"].as_str().unwrap_or_default(),
        );
    }
    println!(
        "  {:<48} {:>9} B transferred ({} B of bodies)",
        "total", p["transferred_bytes"], p["body_bytes"]
    );
    println!(
        "{:<28} median {:>7} ms   min {:>7} ms   max {:>7} ms   (n = {})",
        "phone, map shows all places", s["median_ms"], s["min_ms"], s["max_ms"], s["n"]
    );
}

/// `--phone N` alone: measures, then puts the figures under `"phone"` in
/// `bench/results.json`, keeping the other keys.
pub async fn phone_only(loads: usize) {
    let figures = phone(loads).await;
    let path = "bench/results.json";
    let mut results = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    results["phone"] = figures;
    write(path, &results);
    print(&results["phone"]);
}
