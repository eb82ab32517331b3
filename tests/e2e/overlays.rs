//! The story's overlays on the map: the map Lenin asked for at his question (the anchorage,
//! the channel, the two ranges with their labels), gone a step later; Krasnov's advance on
//! Gatchina on the 27th at noon, drawn apart from Raskolnikov's own routes; and the reader
//! saying in words what the map shows.

use std::time::Duration;

use serde_json::Value;

use crate::browser::{keys, launch, set_viewport, Browser};
use crate::server::{serve_dist, DistServer};

/// 27 October 1917, 23:10 (story minutes from 26 October, 00:00): Lenin's question.
const LENINS_QUESTION: u32 = 24 * 60 + 23 * 60 + 10;
/// 27 October 1917, noon.
const NOON_27: u32 = 24 * 60 + 12 * 60;

/// The app at `query` in a viewport of exactly 1280×800 (a laptop's), as the layout
/// tests set it: the map's size then does not depend on the browser's own bars.
async fn open_laptop(query: &str) -> (DistServer, Browser) {
    let server = serve_dist("");
    let browser = launch(1280, 900).await;
    set_viewport(&browser, 1280, 800).await;
    browser
        .client
        .goto(&format!("{}{query}", server.base_url))
        .await
        .expect("open the app");
    (server, browser)
}

/// The box of the first element matching `css` and the map's box, as
/// `[left, top, right, bottom]` each; `None` when there is no such element.
async fn boxes(browser: &Browser, css: &str) -> Option<([f64; 4], [f64; 4])> {
    let script = format!(
        "const e = document.querySelector({css:?}); if (!e) return null;
         const a = e.getBoundingClientRect(), m = document.querySelector('#map svg').getBoundingClientRect();
         return [a.left, a.top, a.right, a.bottom, m.left, m.top, m.right, m.bottom];"
    );
    let v = browser.eval(&script).await;
    let n: Vec<f64> = v.as_array()?.iter().filter_map(Value::as_f64).collect();
    (n.len() == 8).then(|| ([n[0], n[1], n[2], n[3]], [n[4], n[5], n[6], n[7]]))
}

fn inside(a: [f64; 4], m: [f64; 4], slack: f64) -> bool {
    a[0] >= m[0] - slack && a[1] >= m[1] - slack && a[2] <= m[2] + slack && a[3] <= m[3] + slack
}

fn overlapping(a: [f64; 4], m: [f64; 4]) -> bool {
    a[0] < m[2] && a[2] > m[0] && a[1] < m[3] && a[3] > m[1] && a[2] > a[0] && a[3] > a[1]
}

/// Waits until `css`'s box lies inside the map (the view's fit animation ends).
async fn wait_inside(browser: &Browser, css: &str) -> [f64; 4] {
    let mut last = None;
    for _ in 0..60 {
        last = boxes(browser, css).await;
        if let Some((a, m)) = last {
            if inside(a, m, 2.0) {
                return a;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css} is not inside the map: {last:?}");
}

#[tokio::test]
async fn lenins_map_is_on_the_map_at_his_question_and_gone_a_step_later() {
    let (_server, browser) = open_laptop(&format!("?lang=en&t={LENINS_QUESTION}")).await;
    browser.wait_for("[data-overlay=range-12-inch]").await;
    // Both rings, the anchorage and the channel are drawn, whole, in view.
    for id in [
        "range-12-inch",
        "range-120-mm",
        "lenin-anchorage",
        "sea-channel",
    ] {
        wait_inside(
            &browser,
            &format!("[data-overlay={id}] .overlay-shape, [data-overlay={id}] .overlay-mark"),
        )
        .await;
    }
    let big = wait_inside(&browser, "[data-overlay=range-12-inch] .overlay-shape").await;
    let small = wait_inside(&browser, "[data-overlay=range-120-mm] .overlay-shape").await;
    assert!(
        big[2] - big[0] > small[2] - small[0],
        "the 12-inch ring is the wider: {big:?} {small:?}"
    );
    // Their labels are on the map, along the rings, and say they are approximate.
    let labels = browser.all_text("#map .overlay-label").await;
    for words in ["12-inch guns", "120 mm", "Anchorage", "Sea channel"] {
        assert!(
            labels.iter().any(|l| l.contains(words)),
            "{words} in {labels:?}"
        );
    }
    assert!(
        labels.iter().all(|l| l.contains("approximate")),
        "{labels:?}"
    );
    wait_inside(&browser, "[data-overlay=range-12-inch] .overlay-label").await;
    // The reader says which places are within reach and which are not, from the data.
    let reach = browser
        .all_text(".on-the-map [data-overlay=range-12-inch] .reach")
        .await;
    let reach = reach.join(" ");
    assert!(
        reach.contains("Within reach: Oranienbaum, Peterhof")
            && reach.contains("Out of reach: Krasnoye Selo, Pulkovo Heights, Gatchina"),
        "{reach}"
    );
    let sources = browser.all_text(".on-the-map .overlay-source").await;
    assert!(
        sources.iter().any(|s| s.contains("23,228 m")),
        "the range's source: {sources:?}"
    );
    // A step later (the telegraph, 23:40), the rings are gone.
    browser
        .eval("document.querySelector('[role=slider]').focus(); return true")
        .await;
    browser.press(keys::ARROW_RIGHT).await;
    let mut gone = false;
    for _ in 0..30 {
        let rings = browser
            .eval("return document.querySelectorAll('#map [data-overlay^=range]').length")
            .await;
        if rings == 0 {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let now = browser.slider_value().await;
    assert!(gone, "the rings are gone at minute {now}");
    assert_eq!(now, i64::from(24 * 60 + 23 * 60 + 40), "the next step");
    // And from the reader's list (Krasnov's advance stays: he holds Gatchina).
    let listed = browser
        .eval("return document.querySelectorAll('.on-the-map [data-overlay^=range]').length")
        .await;
    assert_eq!(listed, 0, "the reader no longer lists the ranges");
    let still = browser.all_text(".on-the-map h4").await;
    assert!(still.iter().any(|t| t.contains("Krasnov")), "{still:?}");
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn on_the_27th_at_noon_the_map_shows_krasnovs_advance_apart_from_his_route() {
    let (_server, browser) = open_laptop(&format!("?lang=en&t={NOON_27}")).await;
    browser.wait_for("[data-overlay=krasnov-advance]").await;
    let mut seen = None;
    for _ in 0..40 {
        seen = boxes(&browser, "[data-overlay=krasnov-advance] .overlay-shape").await;
        if seen.is_some_and(|(a, m)| overlapping(a, m)) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (advance, map) = seen.expect("the advance is drawn");
    assert!(overlapping(advance, map), "in view: {advance:?} {map:?}");
    assert!(
        boxes(&browser, "[data-overlay=krasnov-advance] .overlay-arrow")
            .await
            .is_some_and(|(a, m)| overlapping(a, m)),
        "its arrowhead at Gatchina is in view"
    );
    // Styled as the government's side, not as his route.
    let colours = browser
        .eval(
            "const s = e => getComputedStyle(document.querySelector(e)).stroke;
             return [s('[data-overlay=krasnov-advance] .overlay-shape'), s('#map .route')];",
        )
        .await;
    let colours = colours.as_array().cloned().unwrap_or_default();
    assert_eq!(colours.len(), 2, "{colours:?}");
    assert_ne!(colours[0], colours[1], "another style than his route");
    let class = browser
        .eval(
            "return document.querySelector('[data-overlay=krasnov-advance]').getAttribute('class')",
        )
        .await;
    assert!(
        class
            .as_str()
            .is_some_and(|c| c.contains("side-government")),
        "{class}"
    );
    let items = browser.all_text(".on-the-map li").await;
    assert!(
        items.iter().any(|i| i.contains("Krasnov")),
        "the reader names it: {items:?}"
    );
    // Lenin's map is not there yet.
    let rings = browser
        .eval("return document.querySelectorAll('#map [data-overlay^=range]').length")
        .await;
    assert_eq!(rings, 0);
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}
