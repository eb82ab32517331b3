//! Accessibility audits with axe-core (all its rules: WCAG 2.0–2.2 A and AA, and its best
//! practices) on the real app: the first
//! view (also with the map's legend open), a place selected, the full text with a footnote
//! open, the map's overlays (Lenin's map, Krasnov's advance), the timeline focused; in both languages, on a phone and on a desktop width; on the
//! phone, also with the reader's sheet expanded; and a search's hits.

use crate::browser::{launch, set_viewport, Browser};
use crate::server::serve_dist;

/// axe-core from the project's node_modules (scripts/setup.sh installs it).
pub(crate) fn axe_source() -> String {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core not found at {} ({e}): run scripts/setup.sh (npm ci)",
            path.display()
        )
    })
}

/// Runs axe on the page, every rule of it, and returns the violations, each as "rule: nodes".
pub(crate) async fn audit(browser: &Browser, axe: &str) -> Vec<String> {
    browser.eval(&format!("{axe}; return true;")).await;
    let script = r#"
const done = arguments[arguments.length - 1];
axe.run(document)
  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
  .catch(e => done(['axe failed: ' + e]));
"#;
    browser.eval_async_strings(script, "axe runs").await
}

/// Waits until the page is still (animations, the map's view and the redraws done) before
/// auditing; the address bar's debounced write changes nothing axe reads.
async fn settle(browser: &Browser) {
    browser.wait_settled().await;
}

async fn audit_all_views(width: u32, height: u32, lang: &str) {
    let axe = axe_source();
    let server = serve_dist("");
    let browser = launch(width.max(500), height).await;
    // Headless Chromium keeps windows at least 500 px wide: the phone's width is set on the
    // viewport itself.
    set_viewport(&browser, width, height).await;
    let phone = width <= 768;
    let base = &server.base_url;
    let mut failures = Vec::new();

    let views = [
        ("first view", format!("{base}?lang={lang}")),
        (
            "place selected",
            format!("{base}?lang={lang}&place=gatchina"),
        ),
        ("full text", format!("{base}?lang={lang}&panel=text")),
        (
            "passages in both languages",
            format!("{base}?lang={lang}&place=gatchina&read=both"),
        ),
        (
            "full text in both languages",
            format!("{base}?lang={lang}&panel=text&read=both"),
        ),
        // 27 October, 23:10: Lenin's question, his map on the map and in the reader.
        ("Lenin's map", format!("{base}?lang={lang}&t=2830")),
        // 27 October, noon: Krasnov's advance on Gatchina.
        ("Krasnov's advance", format!("{base}?lang={lang}&t=2160")),
        // A search: the Find tab with its hits, the timeline's and the map's marks.
        (
            "a search",
            format!("{base}?lang={lang}&q=Gatchina&read=both"),
        ),
    ];
    for (name, url) in &views {
        browser.client.goto(url).await.expect("open the app");
        browser.wait_for("#map svg").await;
        browser.wait_for("[role=slider]").await;
        if *name == "full text" {
            browser.wait_for(".footnote-ref").await;
            browser
                .eval("document.querySelector('.footnote-ref').click(); return true;")
                .await;
            let open = browser
                .eval(
                    "return document.querySelector('.footnote-ref').getAttribute('aria-expanded')",
                )
                .await;
            assert_eq!(open, "true", "the footnote opened");
        }
        settle(&browser).await;
        for v in audit(&browser, &axe).await {
            failures.push(format!("{name}: {v}"));
        }
        if *name == "first view" {
            // The map's legend opened: its lines' words and its samples audited too.
            browser
                .eval("document.querySelector('.map-legend summary').click(); return true;")
                .await;
            let open = browser
                .eval("return document.querySelector('.map-legend').open")
                .await;
            assert_eq!(open, true, "the map legend opened");
            settle(&browser).await;
            for v in audit(&browser, &axe).await {
                failures.push(format!("{name}, map legend open: {v}"));
            }
        }
        if phone {
            browser
                .eval("document.querySelector('.sheet-toggle').click(); return true;")
                .await;
            let open = browser
                .eval(
                    "return document.querySelector('.sheet-toggle').getAttribute('aria-expanded')",
                )
                .await;
            assert_eq!(open, "true", "the sheet expanded");
            settle(&browser).await;
            for v in audit(&browser, &axe).await {
                failures.push(format!("{name}, sheet expanded: {v}"));
            }
        }
    }
    browser
        .eval("document.querySelector('[role=slider]').focus(); return true;")
        .await;
    settle(&browser).await;
    for v in audit(&browser, &axe).await {
        failures.push(format!("timeline focused: {v}"));
    }
    browser.assert_no_console_errors("during the audits").await;
    browser.close().await;
    assert!(
        failures.is_empty(),
        "axe violations at {width}px, lang={lang}:\n{}",
        failures.join("\n")
    );
}

#[tokio::test]
async fn axe_finds_nothing_in_english_on_a_desktop() {
    audit_all_views(1280, 900, "en").await;
}

#[tokio::test]
async fn axe_finds_nothing_in_french_on_a_desktop() {
    audit_all_views(1280, 900, "fr").await;
}

#[tokio::test]
async fn axe_finds_nothing_in_english_on_a_phone() {
    audit_all_views(375, 740, "en").await;
}

#[tokio::test]
async fn axe_finds_nothing_in_french_on_a_phone() {
    audit_all_views(375, 740, "fr").await;
}
