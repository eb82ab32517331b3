//! Embedding (issue 25): the embedded view (`embed=1`) in a 640×360 frame of a page served
//! from another port, so another origin, as a course page would hold it; and the Embed
//! dialog's snippet of the current view.

use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;

use crate::a11y::{audit, axe_source};
use crate::browser::keys::ARROW_RIGHT;
use crate::browser::{cdp, launch, open_app, set_viewport, Browser, TempDir};
use crate::server::{serve_dir, serve_dist};

/// The five places of the journey, as the map labels them in English.
const PLACES: [&str; 5] = [
    "Petrograd",
    "Gatchina",
    "Krasnoye Selo",
    "Tsarskoye Selo",
    "Kronstadt",
];

/// A host page holding the app's `src` in a 640×360 frame.
fn host_page(src: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("petrograd-host-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder for the host page");
    std::fs::write(
        dir.join("index.html"),
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>A course page</title></head>\
             <body><main><h1>A course page</h1><iframe src=\"{src}\" width=\"640\" height=\"360\" \
             title=\"Petrograd 1917\" style=\"border:0\" allow=\"clipboard-write\"></iframe></main></body></html>"
        ),
    )
    .expect("write the host page");
    TempDir(dir)
}

/// In the frame: whether the page scrolls, and the five places' labels that are drawn
/// inside the frame, inside the map and on top (not under the reader's sheet or a control).
async fn frame_layout(browser: &Browser) -> serde_json::Value {
    browser
        .eval(
            r#"
const map = document.querySelector('#map').getBoundingClientRect();
const shown = [...document.querySelectorAll('.place-label')].filter(l => {
  const r = l.getBoundingClientRect();
  if (r.width === 0 || r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom) return false;
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!top && !!top.closest('#map');
}).map(l => l.textContent);
const slider = document.querySelector('[role=slider]').getBoundingClientRect();
const root = document.documentElement;
return [root.scrollWidth <= innerWidth && root.scrollHeight <= innerHeight, shown,
        slider.top >= 0 && slider.bottom <= innerHeight && slider.width > 100, innerWidth, innerHeight,
        root.classList.contains('embed')];
"#,
        )
        .await
}

#[tokio::test]
async fn the_embedded_view_works_in_a_frame_of_another_origin_and_opens_in_full() {
    let app = serve_dist("");
    let host_dir = host_page(&format!("{}?embed=1&lang=en", app.base_url));
    let host = serve_dir(host_dir.0.clone(), "");
    assert_ne!(app.base_url, host.base_url, "two ports, two origins");
    let browser = launch(1000, 700).await;
    browser
        .client
        .goto(&host.base_url)
        .await
        .expect("open the host page");
    let frame = browser
        .client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("iframe"))
        .await
        .expect("the frame");
    frame.enter_frame().await.expect("enter the frame");
    browser.wait_live().await;
    browser.wait_settled().await;

    let layout = frame_layout(&browser).await;
    assert_eq!(
        layout[0],
        json!(true),
        "no scrolling in the frame: {layout}"
    );
    for place in PLACES {
        assert!(
            layout[1]
                .as_array()
                .is_some_and(|s| s.contains(&json!(place))),
            "{place} is shown in the frame: {layout}"
        );
    }
    assert_eq!(
        layout[2],
        json!(true),
        "the timeline is in the frame: {layout}"
    );
    assert_eq!(
        (layout[3].clone(), layout[4].clone()),
        (json!(640), json!(360))
    );
    assert_eq!(layout[5], json!(true));

    // The keyboard: the timeline's slider takes the arrows inside the frame.
    browser
        .client
        .find(Locator::Css("[role=slider]"))
        .await
        .expect("the slider")
        .click()
        .await
        .expect("click the track");
    browser.wait_settled().await;
    let before = browser.slider_value().await;
    browser.press(ARROW_RIGHT).await;
    browser.wait_settled().await;
    let after = browser.slider_value().await;
    assert!(
        after > before,
        "ArrowRight moves the clock: {before} → {after}"
    );

    // axe finds nothing in the embedded page.
    let violations = audit(&browser, &axe_source()).await;
    assert!(violations.is_empty(), "axe in the frame: {violations:#?}");

    // "Open the full app": a new tab at the same view, not embedded.
    browser
        .wait_until(
            &format!("location.search.includes('t={after}')"),
            Duration::from_secs(5),
        )
        .await;
    let link = browser
        .eval("const a = document.querySelector('a.open-full'); return [a.target, a.href, a.getBoundingClientRect().height > 0]")
        .await;
    assert_eq!(link[0], json!("_blank"), "{link}");
    assert_eq!(link[2], json!(true), "the link is shown: {link}");
    let href = link[1].as_str().expect("the link's address").to_string();
    assert!(
        href.starts_with(&app.base_url)
            && href.contains(&format!("t={after}"))
            && !href.contains("embed"),
        "{href}"
    );
    let windows = browser.client.windows().await.expect("the windows");
    browser
        .client
        .find(Locator::Css("a.open-full"))
        .await
        .expect("the link")
        .click()
        .await
        .expect("click the link");
    let mut opened = None;
    for _ in 0..50 {
        let now = browser.client.windows().await.expect("the windows");
        if let Some(new) = now.into_iter().find(|w| !windows.contains(w)) {
            opened = Some(new);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let opened = opened.expect("a new tab opens");
    browser
        .client
        .switch_to_window(opened)
        .await
        .expect("switch to the new tab");
    browser.wait_live().await;
    let full = browser
        .eval("return [document.documentElement.classList.contains('embed'), location.href]")
        .await;
    assert_eq!(full[0], json!(false), "the full app: {full}");
    assert_eq!(browser.slider_value().await, after, "at the same moment");
    browser.assert_no_console_errors("embedding").await;
    browser.close().await;
    app.stop();
    host.stop();
}

/// The embedded layout at the frame sizes the Embed dialog offers: nothing scrolls, the map
/// and the timeline are in the frame, the sheet's toggle is on the top line; from 640×360
/// up the five places are shown clear of everything. At 400×300 the map, some 150 px
/// high, is below the height its lowest zoom fits the story in (360 px): it shows the
/// story's middle, and the test says so rather than asking for the five.
#[tokio::test]
async fn the_embedded_layout_fits_each_offered_frame_size() {
    let server = serve_dist("");
    let browser = launch(1280, 720).await;
    for (width, height) in [(400, 300), (640, 360), (800, 450), (1280, 720)] {
        set_viewport(&browser, width, height).await;
        browser
            .client
            .goto(&format!("{}?embed=1&lang=en", server.base_url))
            .await
            .expect("open the embedded page");
        browser.wait_live().await;
        browser.wait_settled().await;
        let layout = frame_layout(&browser).await;
        let size = format!("{width}×{height}");
        assert_eq!(layout[0], json!(true), "{size}: no scrolling: {layout}");
        assert_eq!(
            layout[2],
            json!(true),
            "{size}: the timeline is in the frame: {layout}"
        );
        assert_eq!(
            (layout[3].clone(), layout[4].clone()),
            (json!(width), json!(height)),
            "{size}"
        );
        let toggle = browser
            .eval(
                "const t = document.querySelector('.sheet-toggle').getBoundingClientRect();
                 const m = document.querySelector('#map').getBoundingClientRect();
                 return t.height > 0 && t.bottom <= m.top + 1 && t.right <= innerWidth",
            )
            .await;
        assert_eq!(toggle, json!(true), "{size}: the toggle on the top line");
        let shown = layout[1].as_array().cloned().unwrap_or_default();
        if width >= 640 {
            for place in PLACES {
                assert!(
                    shown.contains(&json!(place)),
                    "{size}: {place} shown: {layout}"
                );
            }
        } else {
            assert!(shown.len() >= 2, "{size}: the map shows places: {layout}");
        }
    }
    browser
        .assert_no_console_errors("the embedded layouts")
        .await;
    browser.close().await;
    server.stop();
}

/// The embedded page's first view is the prerendered HTML laid out for the frame before the
/// app runs: with the wasm never arriving, the places and the timeline are in the frame,
/// nothing scrolls, and the notice that the app cannot run leaves the map's places clear.
#[tokio::test]
async fn the_embedded_first_view_is_laid_out_before_the_app_runs() {
    let server = serve_dist("");
    let browser = launch(640, 360).await;
    set_viewport(&browser, 640, 360).await;
    cdp(&browser, "Network.enable", json!({})).await;
    cdp(
        &browser,
        "Network.setBlockedURLs",
        json!({ "urls": ["*.wasm"] }),
    )
    .await;
    browser
        .client
        .goto(&format!("{}?embed=1", server.base_url))
        .await
        .expect("open the embedded page");
    browser.wait_live().await;
    let notice = browser
        .eval("return getComputedStyle(document.getElementById('no-app')).display !== 'none' && document.documentElement.dataset.app !== 'live'")
        .await;
    assert_eq!(notice, json!(true), "the app did not run: the notice shows");
    let layout = frame_layout(&browser).await;
    assert_eq!(layout[0], json!(true), "no scrolling: {layout}");
    assert_eq!(layout[5], json!(true), "laid out for a frame: {layout}");
    for place in PLACES {
        assert!(
            layout[1]
                .as_array()
                .is_some_and(|s| s.contains(&json!(place))),
            "{place} is shown before the app runs: {layout}"
        );
    }
    browser.close().await;
    server.stop();
}

#[tokio::test]
async fn the_embed_dialog_gives_the_snippet_of_the_current_view() {
    let (server, browser) = open_app("?lang=fr&t=990", 1280, 900).await;
    let open = browser.wait_for(".embed-open").await;
    browser.wait_for_search("t=990").await;
    open.click().await.expect("open the dialog");
    browser
        .wait_until(
            "document.querySelector('.embed-dialog').open",
            Duration::from_secs(5),
        )
        .await;
    let code = browser
        .eval("return document.getElementById('embed-code').value")
        .await;
    let expected_src = format!("src=\"{}?t=990&amp;lang=fr&amp;embed=1\"", server.base_url);
    let code = code.as_str().expect("the snippet").to_string();
    assert!(code.starts_with("<iframe "), "{code}");
    assert!(code.contains(&expected_src), "{code}");
    assert!(code.contains("width=\"640\" height=\"360\""), "{code}");
    assert!(code.contains("title=\"Petrograd 1917"), "{code}");
    // Another size: the snippet and the preview follow.
    browser
        .eval("document.querySelector('input[name=embed-size][value=\"1280x720\"]').click(); return true")
        .await;
    let seen = browser
        .eval(
            "const f = document.querySelector('.embed-frame').getBoundingClientRect();
             return [document.getElementById('embed-code').value.includes('width=\"1280\" height=\"720\"'),
                     Math.round(f.width), Math.round(f.height)]",
        )
        .await;
    assert_eq!(seen, json!([true, 213, 120]));
    let violations = audit(&browser, &axe_source()).await;
    assert!(
        violations.is_empty(),
        "axe with the dialog open: {violations:#?}"
    );
    browser.press(crate::browser::keys::ESCAPE).await;
    browser
        .wait_until(
            "!document.querySelector('.embed-dialog').open",
            Duration::from_secs(5),
        )
        .await;
    browser.assert_no_console_errors("the embed dialog").await;
    browser.close().await;
}
