//! Offline after the first visit, installable, and a message when the app cannot run: the
//! service worker that the release build generates with Workbox (scripts/service_worker.mjs),
//! the web app manifest and its icons, the Content-Security-Policy that allows them, and
//! index.html's bilingual #no-app message.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{json, Value};

use crate::a11y::{audit, axe_source};
use crate::browser::{assert_only_local, cdp, cdp_result, launch, Browser, TempDir};
use crate::server::{dist_dir, serve_dir, serve_dist};

const MEMOIR: &str = "raskolnikov-la-revolution-d-octobre.txt";

/// Waits until a service worker controls the page and is active, and returns its script
/// URL and its registration's scope.
async fn wait_for_control(browser: &Browser) -> (String, String) {
    let script = r#"
const done = arguments[arguments.length - 1];
navigator.serviceWorker.ready.then(function (registration) {
  (function check() {
    const c = navigator.serviceWorker.controller;
    if (c && c.state === 'activated') done([c.scriptURL, registration.scope]);
    else setTimeout(check, 50);
  })();
}, function (e) { done(['error: ' + e, '']); });
"#;
    let result = browser
        .client
        .execute_async(script, vec![])
        .await
        .expect("a service worker controls the page within 30 s");
    let text = |i: usize| result[i].as_str().unwrap_or_default().to_string();
    (text(0), text(1))
}

/// The paths (without query) of every entry in the page's Cache Storage, one per entry.
async fn cached_paths(browser: &Browser) -> Vec<String> {
    let script = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const paths = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
  }
  done(paths);
})().catch(e => done(['error: ' + e]));
"#;
    browser
        .eval_async_strings(script, "the cache is readable")
        .await
}

/// Waits for the map, the timeline and a passage of the reader, and returns the passage's
/// first words.
async fn wait_for_app(browser: &Browser) -> String {
    browser.wait_for("#map svg").await;
    browser.wait_for("[role=slider]").await;
    let passage = browser.wait_for(".passage blockquote").await;
    passage.text().await.expect("the passage's text")
}

/// Whether the #no-app message is shown.
pub(crate) async fn no_app_shown(browser: &Browser) -> bool {
    browser
        .eval("const m = document.getElementById('no-app'); return !!m && getComputedStyle(m).display !== 'none' && m.getClientRects().length > 0;")
        .await
        .as_bool()
        .expect("a boolean")
}

/// A fresh folder under the system's temporary one, removed when the guard is dropped.
pub(crate) fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!(
        "petrograd-e2e-offline-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a temporary folder");
    TempDir(dir)
}

/// Copies the files of `from` (dist/ has no sub-folders) into the new folder `to`.
pub(crate) fn copy_build(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy's folder");
    for entry in std::fs::read_dir(from).expect("read the build") {
        let path = entry.expect("a build entry").path();
        assert!(
            path.is_file(),
            "{} is not a file: dist/ was expected flat",
            path.display()
        );
        let name = path.file_name().expect("a file name");
        std::fs::copy(&path, to.join(name)).expect("copy a built file");
    }
}

/// Regenerates `dir`/sw.js with the release build's own hook, as a new build would.
fn regenerate_service_worker(dir: &Path) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/service_worker.mjs");
    let status = Command::new("node").arg(&script).arg(dir).status().expect(
        "node runs scripts/service_worker.mjs (install Node.js; scripts/setup.sh runs npm ci)",
    );
    assert!(
        status.success(),
        "{} failed on {}",
        script.display(),
        dir.display()
    );
}

fn files_of(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("read a build")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[tokio::test]
async fn after_one_visit_the_app_works_with_the_server_gone() {
    let server = serve_dist("petrograd1917/");
    let base = server.base_url.clone();
    let browser = launch(1280, 900).await;
    browser.client.goto(&base).await.expect("open the app");
    wait_for_app(&browser).await;
    assert!(
        !no_app_shown(&browser).await,
        "the cannot-run message shows on a normal load"
    );
    let (script, scope) = wait_for_control(&browser).await;
    assert_eq!(
        script,
        format!("{base}sw.js"),
        "the service worker's script"
    );
    assert_eq!(
        scope, base,
        "the worker's scope is the app's folder, at a sub-path too"
    );
    browser.assert_no_console_errors("on the first visit").await;

    server.stop();
    browser
        .client
        .refresh()
        .await
        .expect("reload with the server gone");
    let first_words = wait_for_app(&browser).await;
    assert!(!first_words.trim().is_empty(), "an empty passage");
    assert!(
        !no_app_shown(&browser).await,
        "the cannot-run message shows offline"
    );

    // A link with a view in its query opens offline too.
    browser
        .client
        .goto(&format!("{base}?lang=fr&place=gatchina"))
        .await
        .expect("open a link offline");
    browser
        .wait_for(".passages.place .passage blockquote")
        .await;
    let quotes = browser
        .eval("return Array.from(document.querySelectorAll('.passages.place .passage blockquote')).map(q => q.textContent.trim())")
        .await;
    assert!(
        quotes
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .any(|q| q.starts_with("Tout Gatchina me fit l'impression")),
        "Gatchina's passages offline: {quotes}"
    );
    let lang = browser.eval("return document.documentElement.lang").await;
    assert_eq!(lang, "fr", "the link's language applies offline");

    browser.assert_no_console_errors("offline").await;

    // The memoir's text is precached as itself, not answered with the app's page.
    browser
        .client
        .goto(&format!("{base}{MEMOIR}"))
        .await
        .expect("open the memoir's text offline");
    let text = browser.eval("return document.body.innerText").await;
    let text = text.as_str().unwrap_or_default();
    assert!(
        text.contains("La Révolution d'Octobre (souvenirs sur Lénine)")
            && text.contains("F. Raskolnikov"),
        "the memoir's text offline starts: {:?}",
        text.chars().take(200).collect::<String>()
    );
    // A text document has no icon link, so Chromium asks the host's root for /favicon.ico,
    // outside the app's folder and its worker's scope: offline, that fails, and is the one
    // error allowed here.
    let errors = browser.console_errors().await;
    assert!(
        errors.iter().all(|e| e.starts_with(&format!(
            "{}favicon.ico ",
            base.trim_end_matches("petrograd1917/")
        ))),
        "console errors with the memoir's text offline: {errors:?}"
    );
    assert_only_local(&browser.requested_urls().await);
    browser.close().await;
}

#[tokio::test]
async fn a_new_build_shows_on_the_load_after_the_one_that_finds_it() {
    let work = temp_dir("update");
    let live = work.0.join("live");
    let next = work.0.join("next");
    copy_build(&dist_dir(), &live);
    let server = serve_dir(live.clone(), "");
    let base = server.base_url.clone();
    let browser = launch(1280, 900).await;
    browser.client.goto(&base).await.expect("open the app");
    wait_for_app(&browser).await;
    wait_for_control(&browser).await;
    let old_title = browser.client.title().await.expect("title");

    // The new build: one file differs (index.html's title), and sw.js is regenerated by the
    // release build's own hook.
    copy_build(&dist_dir(), &next);
    let index = std::fs::read_to_string(next.join("index.html")).expect("read index.html");
    let changed = index.replacen(
        "<title>Petrograd 1917 ",
        "<title>Petrograd 1917 (rebuilt) ",
        1,
    );
    assert_ne!(changed, index, "index.html has the expected <title>");
    std::fs::write(next.join("index.html"), changed).expect("write the changed index.html");
    regenerate_service_worker(&next);
    let old_sw = std::fs::read(live.join("sw.js")).expect("read the old sw.js");
    let new_sw = std::fs::read(next.join("sw.js")).expect("read the new sw.js");
    assert_ne!(
        old_sw, new_sw,
        "the regenerated sw.js names index.html's new revision"
    );
    // Deploy it: the server's folder now holds the new build.
    std::fs::rename(&live, work.0.join("old")).expect("move the old build away");
    std::fs::rename(&next, &live).expect("put the new build in place");

    // The load that finds the new worker is the old build, whole, from the old worker.
    browser
        .client
        .goto(&base)
        .await
        .expect("load after the deploy");
    wait_for_app(&browser).await;
    let title = browser.client.title().await.expect("title");
    assert_eq!(
        title, old_title,
        "the first load after a deploy is the old build, from the cache"
    );

    // The new worker installs in the background and takes over (skipWaiting).
    let settled = browser
        .client
        .execute_async(
            r#"
const done = arguments[arguments.length - 1];
(async () => {
  const r = await navigator.serviceWorker.getRegistration();
  await r.update();
  while (r.installing || r.waiting || !r.active || r.active.state !== 'activated')
    await new Promise(resolve => setTimeout(resolve, 50));
  done('activated');
})().catch(e => done('error: ' + e));
"#,
            vec![],
        )
        .await
        .expect("the new worker activates within 30 s");
    assert_eq!(settled, json!("activated"));

    // The next load is the new build, and it runs.
    browser.client.goto(&base).await.expect("the next load");
    wait_for_app(&browser).await;
    let title = browser.client.title().await.expect("title");
    assert!(
        title.starts_with("Petrograd 1917 (rebuilt) "),
        "the load after the new worker took over shows the new build: {title:?}"
    );
    browser.assert_no_console_errors("after the update").await;

    // Nothing of the old build is left beside the new one: one entry per file of the new
    // build (sw.js aside), one index.html among them.
    let mut cached = cached_paths(&browser).await;
    cached.sort();
    let expected: Vec<String> = files_of(&live)
        .into_iter()
        .filter(|f| f != "sw.js")
        .map(|f| format!("/{f}"))
        .collect();
    assert_eq!(cached, expected, "the precache after the update");

    // Offline, the new build stays.
    server.stop();
    browser.client.refresh().await.expect("reload offline");
    wait_for_app(&browser).await;
    let title = browser.client.title().await.expect("title");
    assert!(
        title.starts_with("Petrograd 1917 (rebuilt) "),
        "offline after the update: {title:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn with_scripts_off_the_page_says_so_in_both_languages() {
    let server = serve_dist("");
    let browser = launch(1280, 900).await;
    cdp(
        &browser,
        "Emulation.setScriptExecutionDisabled",
        json!({ "value": true }),
    )
    .await;
    browser
        .client
        .goto(&server.base_url)
        .await
        .expect("open the app");
    let message = browser.wait_for("#no-app").await;
    assert!(
        message.is_displayed().await.expect("displayed?"),
        "the message is hidden with scripts off"
    );
    let text = message.text().await.expect("the message's text");
    for words in [
        "the map and the timeline cannot move",
        "la carte et la frise ne peuvent pas bouger",
        "La Révolution d'Octobre",
        "story.geojson",
    ] {
        assert!(text.contains(words), "{words:?} missing from: {text}");
    }
    // The notice stands beside the prerendered first view, which the app has not taken
    // over (nothing has measured the map).
    let app = browser
        .eval("return [document.querySelectorAll('#map, #timeline, #reader').length, document.querySelector('svg.map-svg').getAttribute('data-ready')]")
        .await;
    assert_eq!(
        app,
        json!([3, "false"]),
        "the prerendered view with scripts off"
    );
    browser.close().await;
}

#[tokio::test]
async fn when_the_app_cannot_download_or_start_the_page_says_so_and_links_the_memoir() {
    let axe = axe_source();
    let browser = launch(1280, 900).await;
    // The wasm or the glue missing (404), and a wasm that downloads but cannot start.
    for (case, suffix, corrupt) in [
        ("wasm-missing", "_bg.wasm", false),
        ("glue-missing", ".js", false),
        ("wasm-corrupt", "_bg.wasm", true),
    ] {
        let work = temp_dir(case);
        let dir: PathBuf = work.0.join("dist");
        copy_build(&dist_dir(), &dir);
        let broken: Vec<String> = files_of(&dir)
            .into_iter()
            .filter(|f| f.starts_with("petrograd1917-") && f.ends_with(suffix))
            .collect();
        assert_eq!(broken.len(), 1, "one file ending in {suffix}: {broken:?}");
        let file = dir.join(&broken[0]);
        if corrupt {
            std::fs::write(&file, b"\0asm but not really").expect("corrupt the wasm");
        } else {
            std::fs::remove_file(&file).expect("remove the file");
        }
        let server = serve_dir(dir, "petrograd1917/");
        let base = server.base_url.clone();
        browser.client.goto(&base).await.expect("open the app");
        let mut shown = false;
        for _ in 0..100 {
            if no_app_shown(&browser).await {
                shown = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(shown, "{case}: no message after 10 s");
        let errors = browser.console_errors().await;
        assert!(
            errors
                .iter()
                .any(|e| e.contains(&broken[0]) || e.contains("WebAssembly")),
            "{case}: the console does not say what failed: {errors:?}"
        );
        let links = browser
            .eval("return Array.from(document.querySelectorAll('#no-app a')).map(a => a.href)")
            .await;
        let expected = format!("{base}{MEMOIR}");
        let data = format!("{base}story.geojson");
        assert_eq!(
            links,
            json!([expected, data, expected, data]),
            "the memoir and the data, in each language"
        );
        let memoir = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; fetch(document.querySelector('#no-app a').href).then(r => r.text().then(t => done([r.status, t]))).catch(e => done([0, String(e)]));",
                vec![],
            )
            .await
            .expect("fetch the memoir");
        assert_eq!(memoir[0], json!(200), "the memoir's link answers");
        assert!(
            memoir[1]
                .as_str()
                .unwrap_or_default()
                .contains("F. Raskolnikov"),
            "the memoir's text"
        );
        let violations = audit(&browser, &axe).await;
        assert!(
            violations.is_empty(),
            "axe, the message ({case}): {violations:#?}"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn the_manifest_makes_the_app_installable() {
    let server = serve_dist("petrograd1917/");
    let base = server.base_url.clone();
    let browser = launch(1280, 900).await;
    browser.client.goto(&base).await.expect("open the app");
    wait_for_app(&browser).await;
    wait_for_control(&browser).await;

    // Parsed by the page's own fetch, from the link in index.html.
    let manifest = browser
        .client
        .execute_async(
            r#"
const done = arguments[arguments.length - 1];
(async () => {
  const link = document.querySelector('link[rel=manifest]');
  const manifest = await (await fetch(link.href)).json();
  const icons = [];
  for (const icon of manifest.icons) {
    const response = await fetch(new URL(icon.src, link.href));
    const bitmap = await createImageBitmap(await response.blob()).catch(() => null);
    icons.push({ sizes: icon.sizes, status: response.status, type: response.headers.get('content-type'),
                 width: bitmap && bitmap.width, height: bitmap && bitmap.height });
  }
  done({ manifest, icons });
})().catch(e => done({ error: String(e) }));
"#,
            vec![],
        )
        .await
        .expect("the manifest and its icons");
    assert!(manifest["error"].is_null(), "{manifest}");
    let m = &manifest["manifest"];
    assert_eq!(m["short_name"], "Petrograd 1917");
    assert!(
        m["name"]
            .as_str()
            .unwrap_or_default()
            .contains("Raskolnikov"),
        "{m}"
    );
    assert_eq!(m["start_url"], "./");
    assert_eq!(m["scope"], "./");
    assert_eq!(m["display"], "standalone");
    // The colours are the app's own (style/main.css: --paper, --accent).
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("style/main.css"))
        .expect("read style/main.css");
    for (field, variable) in [("background_color", "--paper"), ("theme_color", "--accent")] {
        let colour = m[field].as_str().unwrap_or_default();
        assert!(
            css.contains(&format!("{variable}: {colour};")),
            "{field} {colour:?} is not main.css's {variable}"
        );
    }
    let icons = manifest["icons"].as_array().expect("icons");
    let sizes: Vec<&str> = icons.iter().filter_map(|i| i["sizes"].as_str()).collect();
    assert_eq!(sizes, ["any", "192x192", "512x512"]);
    for icon in icons {
        assert_eq!(icon["status"], 200, "{icon}");
        assert!(
            icon["type"]
                .as_str()
                .unwrap_or_default()
                .starts_with("image/"),
            "{icon}"
        );
        if let Some((w, h)) = icon["sizes"].as_str().and_then(|s| s.split_once('x')) {
            assert_eq!(icon["width"].to_string(), w, "{icon}");
            assert_eq!(icon["height"].to_string(), h, "{icon}");
        }
    }

    // Chromium's own reading: no manifest error and nothing that stops installation.
    let read = cdp_result(&browser, "Page.getAppManifest", json!({})).await;
    assert_eq!(
        read["errors"],
        json!([]),
        "Chromium's manifest errors: {read}"
    );
    let installable = cdp_result(&browser, "Page.getInstallabilityErrors", json!({})).await;
    assert_eq!(
        installable["installabilityErrors"],
        json!([]),
        "Chromium's installability errors: {installable}"
    );
    browser.assert_no_console_errors("installable").await;
    browser.close().await;
}

/// The policy in the built index.html allows the app's own origin and nothing else, the
/// service worker and the manifest included, and each inline script by its hash only.
#[test]
fn the_content_security_policy_allows_only_the_apps_own_origin() {
    let html = std::fs::read_to_string(dist_dir().join("index.html")).expect("read index.html");
    let start = html
        .find("http-equiv=\"Content-Security-Policy\" content=\"")
        .expect("a Content-Security-Policy in index.html");
    let rest = &html[start..];
    let rest = &rest[rest.find("content=\"").expect("content") + 9..];
    let policy = &rest[..rest.find('"').expect("the policy's end")];
    let mut directives = std::collections::BTreeMap::new();
    for directive in policy.split(';') {
        let mut words = directive.split_whitespace();
        if let Some(name) = words.next() {
            directives.insert(
                name.to_string(),
                words.map(String::from).collect::<Vec<_>>(),
            );
        }
    }
    for (name, sources) in &directives {
        for source in sources {
            let allowed = matches!(source.as_str(), "'self'" | "'none'")
                || (name == "script-src"
                    && (source == "'wasm-unsafe-eval'" || source.starts_with("'sha256-")))
                || (name == "style-src" && source == "'unsafe-inline'")
                || (name == "img-src" && source == "data:");
            assert!(allowed, "{name} allows {source}: {policy}");
        }
    }
    for name in ["default-src", "worker-src", "manifest-src", "connect-src"] {
        assert_eq!(
            directives.get(name),
            Some(&vec!["'self'".to_string()]),
            "{name}: {policy}"
        );
    }
    let inline_scripts = html.matches("<script").count();
    let hashes = directives["script-src"]
        .iter()
        .filter(|s| s.starts_with("'sha256-"))
        .count();
    assert_eq!(
        hashes, inline_scripts,
        "one hash per inline script: {policy}"
    );
}
