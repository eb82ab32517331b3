//! Headless Chromium driven through chromedriver, with the browser's own logs: the console
//! (errors must fail a test) and the network (every request the page made, to prove the
//! app asks no other host for anything).

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::server::{serve_dist, DistServer};

/// Chromium's flags that work on these machines: no sandbox as root, no GPU, and no
/// background networking, which would otherwise keep trying to reach Google's hosts.
const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
];

/// How many frames in a row the page must not change for [`Browser::wait_settled`], about
/// 170 ms at 60 frames a second: the app answers a resize, or does the work it puts off to
/// the next frame, within a frame or two, and an animated view changes the map every frame.
const STILL_FRAMES: u32 = 10;

/// A browser session; chromedriver (and with it Chromium) is killed when this is dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: TempDir,
}

/// A folder removed (with its content) when dropped.
pub struct TempDir(pub std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for Browser {
    /// Kills chromedriver's whole process group, Chromium included: killing the driver
    /// alone (as a failed test does) would leave its Chromium running, and a pile of
    /// orphaned browsers slows every later test down.
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

fn find_on_path(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// Starts chromedriver and a fresh headless Chromium at `width`×`height`. A missing browser
/// or driver fails the test with the command that installs them; it never skips.
pub async fn launch(width: u32, height: u32) -> Browser {
    launch_with(width, height, &[]).await
}

/// [`launch`] with extra Chromium flags (the benchmark asks for precise memory figures).
pub async fn launch_with(width: u32, height: u32, extra_args: &[&str]) -> Browser {
    let driver_path = std::env::var_os("CHROMEDRIVER")
        .map(std::path::PathBuf::from)
        .or_else(|| find_on_path("chromedriver"))
        .expect("chromedriver not found on PATH: install it with `apt-get install -y chromium chromium-driver` (scripts/setup.sh --browser does)");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).is_file(),
        "Chromium not found at {chromium}: install it with `apt-get install -y chromium chromium-driver` (scripts/setup.sh --browser does)"
    );
    let port = free_port();
    let mut driver = Command::new(driver_path);
    driver.arg(format!("--port={port}"));
    // E2E_DRIVER_LOG=dir keeps chromedriver's verbose log of every command, to see where a
    // test waits.
    if let Some(dir) = std::env::var_os("E2E_DRIVER_LOG") {
        let log = std::path::Path::new(&dir).join(format!("chromedriver-{port}.log"));
        driver
            .arg("--verbose")
            .arg(format!("--log-path={}", log.display()));
    }
    let driver = driver
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile = std::env::temp_dir().join(format!("petrograd-e2e-{}-{port}", std::process::id()));
    let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|s| s.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.push(format!("--window-size={width},{height}"));
    args.extend(extra_args.iter().map(|a| a.to_string()));
    let caps = json!({
        "goog:chromeOptions": { "binary": chromium, "args": args },
        "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
    });
    let caps = match caps {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    };
    let webdriver = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let client = loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&webdriver)
            .await
        {
            Ok(client) => break client,
            Err(e) if started.elapsed() < Duration::from_secs(20) => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("could not start Chromium through chromedriver: {e}"),
        }
    };
    // A page that takes longer than this to load is a failure, not a five-minute wait.
    client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(30)),
            Some(Duration::from_secs(30)),
            None,
        ))
        .await
        .expect("set timeouts");
    Browser {
        client,
        driver,
        _profile: TempDir(profile),
    }
}

/// A chromedriver endpoint fantoccini has no method for: `POST /session/{id}/{path}` with a
/// JSON body. It serves the log (`se/log`: the browser console and the DevTools network
/// events) and DevTools commands (`goog/cdp/execute`).
#[derive(Debug)]
struct SessionPost {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for SessionPost {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// The log of `kind` (`browser` or `performance`) since the last read.
fn get_log(kind: &str) -> SessionPost {
    SessionPost {
        path: "se/log",
        body: json!({ "type": kind }),
    }
}

impl Browser {
    /// Console entries at one of `levels` since the last call (chromedriver drains the log),
    /// as (level, message).
    async fn console_at(&self, levels: &[&str]) -> Vec<(String, String)> {
        let log = self
            .client
            .issue_cmd(get_log("browser"))
            .await
            .expect("the browser console log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|e| levels.iter().any(|level| e["level"] == *level))
            .map(|e| {
                let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
                (text(&e["level"]), text(&e["message"]))
            })
            .collect()
    }

    /// The messages of the console entries at level SEVERE since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        let entries = self.console_at(&["SEVERE"]).await;
        entries.into_iter().map(|(_, message)| message).collect()
    }

    /// Console entries at level SEVERE or WARNING since the last call, as `LEVEL: message`:
    /// the app must take over its prerendered page without a word in the console.
    pub async fn console_messages(&self) -> Vec<String> {
        let entries = self.console_at(&["SEVERE", "WARNING"]).await;
        entries
            .into_iter()
            .map(|(level, message)| format!("{level}: {message}"))
            .collect()
    }

    /// Fails the test if the console logged an error since the last look; `when` says
    /// what the page was doing.
    pub async fn assert_no_console_errors(&self, when: &str) {
        let errors = self.console_errors().await;
        assert!(errors.is_empty(), "console errors {when}: {errors:?}");
    }

    /// Every URL the page asked the network for since the last call, from the DevTools
    /// `Network.requestWillBeSent` events (the browser's own record, not the page's).
    pub async fn requested_urls(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(get_log("performance"))
            .await
            .expect("the performance log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["message"].as_str())
            .filter_map(|m| serde_json::from_str::<Value>(m).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|m| {
                m["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(String::from)
            })
            .collect()
    }

    /// Waits (up to 15 s) for an element, failing with the selector named; on the app's
    /// page, also for the app to have taken over the prerendered view (see [`Self::wait_live`]).
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        // Live first: the app may redraw what the prerendered page showed (a link's view).
        self.wait_live().await;
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element matches `{css}` after 15 s: {e}"))
    }

    /// Waits (up to 15 s) until the page is no longer only the prerendered first view: the
    /// app has hydrated it and applied the link's view (`<html data-app="live">`), or it
    /// cannot run and says so (#no-app shown: scripts off, a failed download), or this is
    /// not the app's page (no #app, e.g. the memoir's text or the panic view).
    pub async fn wait_live(&self) {
        let script = "const app = document.getElementById('app'); const notice = document.getElementById('no-app');
                      return !app || document.documentElement.dataset.app === 'live'
                        || (!!notice && getComputedStyle(notice).display !== 'none');";
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(15) {
            if self.eval(script).await == json!(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the app did not take over the prerendered page within 15 s");
    }

    /// Waits until the JavaScript expression `condition` is true (truthy), evaluating it
    /// every 25 ms for up to `timeout`; fails naming the condition. An expression that
    /// throws (an element not there yet) counts as not true.
    pub async fn wait_until(&self, condition: &str, timeout: Duration) {
        let script =
            format!("try {{ return !!({condition}); }} catch (e) {{ return 'it throws: ' + e; }}");
        let start = Instant::now();
        loop {
            let value = self.eval(&script).await;
            if value == json!(true) {
                return;
            }
            if start.elapsed() >= timeout {
                let why = value
                    .as_str()
                    .map(|e| format!(" ({e})"))
                    .unwrap_or_default();
                panic!(
                    "still not true after {:.1} s{why}: {condition}",
                    timeout.as_secs_f64()
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits (up to 15 s) until the page is still: no CSS animation or transition running,
    /// and no change to the DOM, the window's size or its scroll, for [`STILL_FRAMES`]
    /// frames in a row. The map's animated views, a resize observer's redraw and the work
    /// the app puts off to the next frame all change the DOM, so this is the end of them.
    /// Fails naming what kept changing.
    pub async fn wait_settled(&self) {
        let script = r#"
const [frames, limit] = arguments;
const done = arguments[arguments.length - 1];
const name = n => n.nodeType !== 1 ? n.nodeName
  : n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')
    + (typeof n.className === 'string' && n.className.trim() ? '.' + n.className.trim().split(/\s+/).join('.') : '');
let quiet = 0, changing = 'nothing';
const observer = new MutationObserver(records => {
  quiet = 0;
  const r = records[records.length - 1];
  changing = `the DOM (${r.type}${r.attributeName ? ' ' + r.attributeName : ''} of ${name(r.target)})`;
});
observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
const windowState = () => [innerWidth, innerHeight, scrollX, scrollY].join(', ');
let last = windowState();
const start = performance.now();
const frame = () => {
  const running = document.getAnimations().filter(a => a.playState === 'running');
  const now = windowState();
  if (running.length) {
    quiet = 0;
    changing = 'animations: ' + running.map(a => a.animationName || a.transitionProperty || 'a script\'s').join(', ');
  } else if (now !== last) {
    quiet = 0;
    changing = `the window (width, height, scroll x, y: ${last} -> ${now})`;
  } else {
    quiet++;
  }
  last = now;
  if (quiet >= frames || performance.now() - start > limit) {
    observer.disconnect();
    done(quiet >= frames ? null : changing);
  } else {
    requestAnimationFrame(frame);
  }
};
requestAnimationFrame(frame);
"#;
        let changing = self
            .client
            .execute_async(script, vec![json!(STILL_FRAMES), json!(15_000)])
            .await
            .unwrap_or_else(|e| panic!("waiting for the page to settle: {e}"));
        if let Some(what) = changing.as_str() {
            panic!("the page did not settle within 15 s: still changing: {what}");
        }
    }

    /// Waits until the viewport is `width`×`height` CSS px (after [`set_viewport`]) and
    /// the page has settled at that size ([`Self::wait_settled`]): the resize observers
    /// have measured it and what they redraw is drawn.
    pub async fn wait_resized(&self, width: u32, height: u32) {
        self.wait_until(
            &format!("innerWidth === {width} && innerHeight === {height}"),
            Duration::from_secs(15),
        )
        .await;
        self.wait_settled().await;
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// The text of every element matching `css`, in document order.
    pub async fn all_text(&self, css: &str) -> Vec<String> {
        let script = format!(
            "return Array.from(document.querySelectorAll('{css}')).map(e => e.textContent)"
        );
        strings(&self.eval(&script).await)
    }

    /// Runs an asynchronous script (it ends by calling `arguments[arguments.length - 1]`
    /// with a list of strings) and returns the list; `what` says what failed if it throws.
    pub async fn eval_async_strings(&self, script: &str, what: &str) -> Vec<String> {
        let result = self
            .client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        strings(&result)
    }

    /// The address bar's query, once it contains `wanted` (it is written a moment after
    /// each change, debounced), or as it is after 3 s.
    pub async fn wait_for_search(&self, wanted: &str) -> String {
        let mut found = String::new();
        for _ in 0..30 {
            found = self
                .eval("return location.search")
                .await
                .as_str()
                .unwrap_or_default()
                .to_string();
            if found.contains(wanted) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        found
    }

    /// Ends the session and stops the driver.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// Serves `dist/` at the root, starts a browser at `width`×`height` and opens the app with
/// `query` (e.g. `"?lang=en"`, or `""`). The server must be kept alive as long as the page.
pub async fn open_app(query: &str, width: u32, height: u32) -> (DistServer, Browser) {
    open_app_on(serve_dist(""), query, width, height).await
}

/// [`open_app`] on another server (the fixture story's build).
pub async fn open_app_on(
    server: DistServer,
    query: &str,
    width: u32,
    height: u32,
) -> (DistServer, Browser) {
    let browser = launch(width, height).await;
    browser
        .client
        .goto(&format!("{}{query}", server.base_url))
        .await
        .expect("open the app");
    (server, browser)
}

/// Fails if any request went to a host other than 127.0.0.1. `data:` and `blob:` URLs stay
/// in the page; `chrome://` and `about:` are the browser's own start page, not the network.
pub fn assert_only_local(urls: &[String]) {
    assert!(
        urls.iter().any(|u| u.starts_with("http://127.0.0.1:")),
        "the network log recorded no request to the app: {urls:?}"
    );
    let browser_internal = [
        "data:",
        "blob:",
        "chrome:",
        "chrome-extension:",
        "about:",
        "devtools:",
    ];
    let foreign: Vec<&String> = urls
        .iter()
        .filter(|u| !u.starts_with("http://127.0.0.1:"))
        .filter(|u| !browser_internal.iter().any(|scheme| u.starts_with(scheme)))
        .collect();
    assert!(foreign.is_empty(), "requests to other hosts: {foreign:?}");
}

/// Sends a DevTools command to the page, failing the test with its name if it is refused.
pub async fn cdp(browser: &Browser, cmd: &'static str, params: Value) {
    cdp_result(browser, cmd, params).await;
}

/// [`cdp`], returning the command's result.
pub async fn cdp_result(browser: &Browser, cmd: &'static str, params: Value) -> Value {
    browser
        .client
        .issue_cmd(SessionPost {
            path: "goog/cdp/execute",
            body: json!({ "cmd": cmd, "params": params }),
        })
        .await
        .unwrap_or_else(|e| panic!("DevTools command {cmd} failed: {e}"))
}

/// Makes the page's viewport exactly `width`×`height` CSS px; it lasts across navigations.
pub async fn set_viewport(browser: &Browser, width: u32, height: u32) {
    cdp(
        browser,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
    )
    .await;
}

/// WebDriver's codes for the keys the tests press (for `send_keys` and [`Browser::press`]).
pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const ENTER: &str = "\u{E007}";
    pub const ESCAPE: &str = "\u{E00C}";
    pub const PAGE_DOWN: &str = "\u{E00F}";
    pub const END: &str = "\u{E010}";
    pub const ARROW_RIGHT: &str = "\u{E014}";
}

impl Browser {
    /// The timeline slider's value, in story minutes.
    pub async fn slider_value(&self) -> i64 {
        self.eval(
            "return Number(document.querySelector('[role=slider]').getAttribute('aria-valuenow'))",
        )
        .await
        .as_i64()
        .expect("aria-valuenow is a number")
    }

    /// Presses and releases a key on whatever has focus, through WebDriver's input actions
    /// (as a real keyboard would: no element is targeted).
    pub async fn press(&self, key: &str) {
        let value = key.chars().next().expect("a key code");
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.client
            .perform_actions(keys)
            .await
            .expect("the key press is delivered");
    }
}

/// The strings of a JSON list (anything else reads as none).
fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(String::from))
        .collect()
}
