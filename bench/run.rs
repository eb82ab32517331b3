//! The measurements themselves. Each in-page measurement takes its time stamps with
//! `performance.now()` and waits for the *painted* frame: a `requestAnimationFrame`
//! callback, then a message task, which runs only after that frame was produced.

use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};

use crate::browser::{launch_with, Browser};
use crate::server::{dist_dir, serve_dist};

/// Chromium flags for figures that can be compared: exact heap sizes and a callable GC.
const FLAGS: &[&str] = &["--enable-precise-memory-info", "--js-flags=--expose-gc"];

/// Helpers injected into the page before a measurement.
const PAGE_HELPERS: &str = r#"
window.__bench = {
  painted: () => new Promise(resolve => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  })),
  memory: async () => {
    if (window.gc) { window.gc(); }
    await new Promise(r => setTimeout(r, 50));
    if (window.gc) { window.gc(); }
    return {
      js_heap: performance.memory ? performance.memory.usedJSHeapSize : null,
      wasm: window.wasmBindings && window.wasmBindings.wasmMemoryBytes ? window.wasmBindings.wasmMemoryBytes() : null,
      wasm_live: window.wasmBindings && window.wasmBindings.wasmLiveBytes ? window.wasmBindings.wasmLiveBytes() : null,
    };
  },
  // Main-thread work of an input: its handlers, the reactive updates they schedule (the
  // microtasks drained), then style and layout forced; no vsync wait and no paint.
  work: async (t0) => {
    for (let i = 0; i < 4; i++) { await null; }
    document.body.getBoundingClientRect();
    return performance.now() - t0;
  },
  pointer: (target, type, x, y) => target.dispatchEvent(new PointerEvent(type, {
    clientX: x, clientY: y, pointerId: 1, pointerType: 'mouse', isPrimary: true,
    button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true,
  })),
};
"#;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn summary(mut values: Vec<f64>) -> Value {
    values.sort_by(f64::total_cmp);
    json!({
        "n": values.len(),
        "median_ms": round2(percentile(&values, 0.5)),
        "p95_ms": round2(percentile(&values, 0.95)),
        "max_ms": round2(values.last().copied().unwrap_or(f64::NAN)),
    })
}

pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn gzip_size(path: &Path) -> u64 {
    let out = std::process::Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .arg(path)
        .output()
        .expect("gzip runs");
    out.stdout.len() as u64
}

async fn open(url: &str) -> Browser {
    let browser = launch_with(1280, 800, FLAGS).await;
    browser.client.goto(url).await.expect("open the app");
    wait_for_mark(&browser, "map-ready").await;
    browser.eval(PAGE_HELPERS).await;
    browser
}

/// Waits for a `performance.mark` the app sets, and returns its time since navigation.
async fn wait_for_mark(browser: &Browser, name: &str) -> f64 {
    for _ in 0..300 {
        let v = browser
            .eval(&format!(
                "const m = performance.getEntriesByName('{name}'); return m.length ? m[0].startTime : null;"
            ))
            .await;
        if let Some(t) = v.as_f64() {
            return t;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the app never set the performance mark `{name}`");
}

async fn run_async(browser: &Browser, body: &str) -> Value {
    let script = format!(
        "const done = arguments[arguments.length - 1]; (async () => {{ {body} }})().then(done, e => done({{error: String(e)}}));"
    );
    let value = browser
        .client
        .execute_async(&script, vec![])
        .await
        .unwrap_or_else(|e| panic!("in-page measurement failed: {e}"));
    if let Some(error) = value.get("error") {
        panic!("in-page measurement threw: {error}");
    }
    value
}

/// The two columns of `[work, painted]` pairs.
fn columns(value: &Value) -> (Vec<f64>, Vec<f64>) {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|pair| Some((pair.get(0)?.as_f64()?, pair.get(1)?.as_f64()?)))
        .unzip()
}

/// Scrubs the timeline by pressing the pointer on `steps` points across the slider,
/// `rounds` times, and returns each step's input-to-painted-frame time.
const SCRUB: &str = r#"
const slider = document.querySelector('[role=slider]');
const r = slider.getBoundingClientRect();
const times = [];
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < STEPS; i++) {
    const x = r.left + r.width * (i + 0.5) / STEPS, y = r.top + r.height / 2;
    const t0 = performance.now();
    __bench.pointer(slider, 'pointerdown', x, y);
    __bench.pointer(slider, 'pointerup', x, y);
    const work = await __bench.work(t0);
    times.push([work, await __bench.painted() - t0]);
  }
}
return times;
"#;

/// Drags the map by small steps, then zooms with the wheel in and out, measuring each
/// event's input-to-painted-frame time.
const PAN_ZOOM: &str = r#"
const svg = document.querySelector('#map svg');
const r = svg.getBoundingClientRect();
const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
const times = [];
for (let round = 0; round < 2; round++) {
  let x = cx, y = cy;
  __bench.pointer(svg, 'pointerdown', x, y);
  for (let i = 0; i < 60; i++) {
    x += (i < 30 ? 4 : -4); y += (i % 2 ? 2 : -2);
    const t0 = performance.now();
    __bench.pointer(svg, 'pointermove', x, y);
    const work = await __bench.work(t0);
    times.push([work, await __bench.painted() - t0]);
  }
  __bench.pointer(svg, 'pointerup', x, y);
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    svg.dispatchEvent(new WheelEvent('wheel', {
      clientX: cx + 40, clientY: cy - 30, deltaY: i < 30 ? -60 : 60, deltaMode: 0,
      bubbles: true, cancelable: true,
    }));
    const work = await __bench.work(t0);
    times.push([work, await __bench.painted() - t0]);
  }
}
return times;
"#;

/// Types queries into the search field a character at a time, as a reader does, the
/// reader showing both languages (so both texts are searched), and returns each
/// keystroke's main-thread work and input-to-painted time. The first keystroke also folds
/// the texts (the search's index is made when first needed).
const FIND: &str = r#"
const field = document.getElementById('find-field');
const times = [];
for (const query of QUERIES) {
  for (let n = 1; n <= query.length; n++) {
    field.value = query.slice(0, n);
    const t0 = performance.now();
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const work = await __bench.work(t0);
    times.push([work, await __bench.painted() - t0]);
  }
  field.value = '';
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await __bench.painted();
}
return times;
"#;

/// The queries typed: names in either language and their other forms, common words (many
/// hits), a phrase, nothing found.
const FIND_QUERIES: &str = r#"["Krasnov", "Lenine", "Ilyich", "Pushkin", "Gatchina", "cosaques", "the", "révolution", "Smolny Institute", "les", "xyzzy"]"#;

/// `--find ROUNDS`: the keystroke figures of [`FIND`], `rounds` times over, under `"find"`
/// in `bench/results.json`, keeping the rest.
pub async fn find(rounds: usize) {
    let server = serve_dist("");
    let browser = open(&format!("{}?lang=en&read=both", server.base_url)).await;
    // The translation arrives after the first view; both texts are searched once it has.
    for _ in 0..200 {
        let arrived = browser
            .eval("return !!document.querySelector('.passage blockquote.translated')")
            .await;
        if arrived == json!(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let script = FIND.replace("QUERIES", FIND_QUERIES);
    let (mut work, mut painted) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let (w, p) = columns(&run_async(&browser, &script).await);
        work.extend(w);
        painted.extend(p);
    }
    let errors = browser.console_errors().await;
    browser.close().await;
    let figures = json!({
        "queries": serde_json::from_str::<Value>(FIND_QUERIES).unwrap_or(Value::Null),
        "rounds": rounds,
        "keystroke_work": summary(work),
        "keystroke_painted": summary(painted),
        "console_errors": errors,
    });
    let results = crate::phone::merge_into_results(&[("find", figures)]);
    for (name, key) in [
        ("find, main-thread work", "keystroke_work"),
        ("find, input to painted", "keystroke_painted"),
    ] {
        let r = &results["find"][key];
        println!(
            "{name:<28} median {:>7} ms   p95 {:>7} ms   (n = {})",
            r["median_ms"], r["p95_ms"], r["n"]
        );
    }
}

/// Every file the first view loads, raw and gzipped, from the browser's own request log.
async fn first_view_sizes(base_url: &str) -> (Vec<Value>, u64, u64) {
    let browser = open(base_url).await;
    let urls = browser.requested_urls().await;
    browser.close().await;
    let dist = dist_dir();
    let mut files: Vec<String> = urls
        .iter()
        .filter_map(|u| u.strip_prefix(base_url))
        .map(|p| p.split(['?', '#']).next().unwrap_or_default().to_string())
        .map(|p| if p.is_empty() { "index.html".into() } else { p })
        .collect();
    files.sort();
    files.dedup();
    let (mut raw_total, mut gzip_total) = (0, 0);
    let rows = files
        .iter()
        .filter(|f| dist.join(f).is_file())
        .map(|f| {
            let path = dist.join(f);
            let raw = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            let gz = gzip_size(&path);
            raw_total += raw;
            gzip_total += gz;
            json!({ "file": f, "raw_bytes": raw, "gzip_bytes": gz })
        })
        .collect();
    (rows, raw_total, gzip_total)
}

/// The whole benchmark, the phone profile's `phone_loads` cold loads last.
pub async fn benchmark(phone_loads: usize) {
    let server = serve_dist("");
    let base = server.base_url.clone();

    let (files, raw_total, gzip_total) = first_view_sizes(&base).await;

    let mut ready = Vec::new();
    for _ in 0..10 {
        let browser = launch_with(1280, 800, FLAGS).await;
        browser.client.goto(&base).await.expect("open the app");
        ready.push(wait_for_mark(&browser, "map-ready").await);
        browser.close().await;
    }

    let browser = open(&base).await;
    let memory_after_load = run_async(&browser, "return await __bench.memory();").await;
    let scrub_script = SCRUB.replace("ROUNDS", "1").replace("STEPS", "500");
    let (scrub_work, scrub) = columns(&run_async(&browser, &scrub_script).await);
    let (pan_zoom_work, pan_zoom) = columns(&run_async(&browser, PAN_ZOOM).await);
    let memory_before_scrubs = run_async(&browser, "return await __bench.memory();").await;
    run_async(
        &browser,
        &SCRUB.replace("ROUNDS", "2").replace("STEPS", "500"),
    )
    .await;
    let memory_after_scrubs = run_async(&browser, "return await __bench.memory();").await;
    let errors = browser.console_errors().await;
    browser.close().await;

    let phone = crate::phone::phone(phone_loads).await;

    let growth = |key: &str| {
        let a = memory_before_scrubs[key].as_f64().unwrap_or(f64::NAN);
        let b = memory_after_scrubs[key].as_f64().unwrap_or(f64::NAN);
        b - a
    };
    let results = json!({
        "first_view": { "files": files, "raw_bytes": raw_total, "gzip_bytes": gzip_total },
        "map_ready_ms": summary(ready.clone()),
        "map_ready_samples_ms": ready.iter().map(|v| round2(*v)).collect::<Vec<_>>(),
        "scrub_latency": summary(scrub),
        "scrub_work": summary(scrub_work),
        "pan_zoom_frame": summary(pan_zoom),
        "pan_zoom_work": summary(pan_zoom_work),
        "memory": {
            "after_load": memory_after_load,
            "before_1000_scrubs": memory_before_scrubs,
            "after_1000_scrubs": memory_after_scrubs,
            "growth_js_heap_bytes": growth("js_heap"),
            "growth_wasm_bytes": growth("wasm"),
        },
        "console_errors": errors,
        "phone": phone,
    });
    write("bench/results.json", &results);
    print_table(&results);
}

pub(crate) fn write(path: &str, value: &Value) {
    let text = serde_json::to_string_pretty(value).expect("JSON serialises");
    std::fs::write(path, text + "\n").unwrap_or_else(|e| panic!("write {path}: {e}"));
    println!("wrote {path}");
}

fn print_table(r: &Value) {
    println!("\nfirst view files:");
    for f in r["first_view"]["files"].as_array().into_iter().flatten() {
        println!(
            "  {:<48} {:>9} B raw {:>8} B gzip",
            f["file"].as_str().unwrap_or_default(),
            f["raw_bytes"],
            f["gzip_bytes"]
        );
    }
    println!(
        "  {:<48} {:>9} B raw {:>8} B gzip",
        "total", r["first_view"]["raw_bytes"], r["first_view"]["gzip_bytes"]
    );
    for (name, key) in [
        ("map ready (10 cold loads)", "map_ready_ms"),
        ("scrub, input to painted", "scrub_latency"),
        ("scrub, main-thread work", "scrub_work"),
        ("pan/zoom, input to painted", "pan_zoom_frame"),
        ("pan/zoom, main-thread work", "pan_zoom_work"),
    ] {
        println!(
            "{name:<28} median {:>7} ms   p95 {:>7} ms   (n = {})",
            r[key]["median_ms"], r[key]["p95_ms"], r[key]["n"]
        );
    }
    println!(
        "memory growth after 1,000 scrub steps: JS heap {} B, wasm {} B",
        r["memory"]["growth_js_heap_bytes"], r["memory"]["growth_wasm_bytes"]
    );
    crate::phone::print(&r["phone"]);
}

/// Plays the timeline at its highest speed for `seconds`, restarting at the end, and
/// records memory each minute and every console error.
pub async fn soak(seconds: u64) {
    let server = crate::server::serve_dir(crate::phone::app_dist(), "");
    let query = std::env::var("SOAK_QUERY").unwrap_or_default();
    let browser = open(&format!("{}{query}", server.base_url)).await;
    let start_memory = run_async(&browser, "return await __bench.memory();").await;
    let mut samples = vec![json!({ "second": 0, "memory": start_memory.clone() })];
    let started = std::time::Instant::now();
    let mut restarts = 0;
    let play = r#"
const select = document.querySelector('.speed select');
if (select) { select.selectedIndex = select.options.length - 1; select.dispatchEvent(new Event('change', {bubbles: true})); }
const slider = document.querySelector('[role=slider]');
if (slider.getAttribute('aria-valuenow') === slider.getAttribute('aria-valuemax')) {
  slider.focus();
  slider.dispatchEvent(new KeyboardEvent('keydown', {key: 'Home', bubbles: true}));
}
const button = document.querySelector('.play');
// Playing shows the pause icon; the button has no aria-pressed (its name says Play or Pause).
if (button.querySelector('.play-icon').textContent !== '❚❚') { button.click(); return true; }
return false;
"#;
    let mut next_sample = 60;
    while started.elapsed().as_secs() < seconds {
        if browser.eval(play).await.as_bool() == Some(true) {
            restarts += 1;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
        let elapsed = started.elapsed().as_secs();
        if elapsed >= next_sample {
            let memory = run_async(&browser, "return await __bench.memory();").await;
            samples.push(json!({ "second": elapsed, "memory": memory }));
            next_sample += 60;
        }
    }
    browser.eval("document.querySelector('.play .play-icon').textContent === '❚❚' && document.querySelector('.play').click(); return null;").await;
    let end_memory = run_async(&browser, "return await __bench.memory();").await;
    let errors = browser.console_errors().await;
    browser.close().await;
    let growth = |key: &str| {
        end_memory[key].as_f64().unwrap_or(f64::NAN)
            - start_memory[key].as_f64().unwrap_or(f64::NAN)
    };
    let results = json!({
        "seconds": seconds,
        "query": query,
        "plays_started": restarts,
        "samples": samples,
        "growth_js_heap_bytes": growth("js_heap"),
        "growth_wasm_bytes": growth("wasm"),
        "growth_wasm_live_bytes": growth("wasm_live"),
        "console_errors": errors,
    });
    // `SOAK_OUT` names another file, so that runs with other panels open keep their figures.
    let out = std::env::var("SOAK_OUT").unwrap_or_else(|_| "bench/soak-results.json".into());
    write(&out, &results);
    println!(
        "soak {seconds} s, {restarts} plays: JS heap growth {} B, wasm memory growth {} B (live heap bytes {}), {} console errors",
        results["growth_js_heap_bytes"],
        results["growth_wasm_bytes"],
        results["growth_wasm_live_bytes"],
        results["console_errors"].as_array().map_or(0, Vec::len)
    );
}
