//! The basemap end to end: at the default view the basemap covers the whole map on every
//! window from a small phone to a large desktop (no hatched band of "no data"), and
//! zoomed into the city the map draws the city of 1917 (canals, avenues, districts' names
//! in the language chosen), with no axe finding.

use std::time::Duration;

use serde_json::Value;

use crate::a11y::{audit, axe_source};
use crate::browser::{launch, set_viewport, Browser};
use crate::server::{serve_dist, DistServer};

/// Opens the app in a viewport of exactly `width`×`height` and waits for the map's first
/// full view.
async fn open_sized(query: &str, width: u32, height: u32) -> (DistServer, Browser) {
    let server = serve_dist("");
    let browser = launch(width.max(500), height).await;
    set_viewport(&browser, width, height).await;
    browser
        .client
        .goto(&format!("{}{query}", server.base_url))
        .await
        .expect("open the app");
    browser.wait_for("svg.map-svg[data-ready='true']").await;
    browser.wait_for(".basemap path.water").await;
    // The page's layout settles (the resize observer refits the whole-story view).
    browser.wait_settled().await;
    (server, browser)
}

/// The map's box and the basemap water extent's box on screen, as
/// `[left, top, right, bottom]` each: `getBoundingClientRect` of an SVG element is its
/// box after every transform, i.e. where the extent is drawn.
async fn frame_and_extent(browser: &Browser) -> ([f64; 4], [f64; 4]) {
    let v = browser
        .eval(
            "const box = e => { const r = e.getBoundingClientRect();
                                return [r.left, r.top, r.right, r.bottom]; };
             return [box(document.querySelector('svg.map-svg')),
                     box(document.querySelector('.basemap path.water'))];",
        )
        .await;
    let four = |v: &Value| {
        let n: Vec<f64> = v
            .as_array()
            .expect("a box")
            .iter()
            .map(|x| x.as_f64().expect("a number"))
            .collect();
        [n[0], n[1], n[2], n[3]]
    };
    (four(&v[0]), four(&v[1]))
}

/// Whether `extent` covers `frame`, to half a pixel.
fn covers(extent: [f64; 4], frame: [f64; 4]) -> bool {
    extent[0] <= frame[0] + 0.5
        && extent[1] <= frame[1] + 0.5
        && extent[2] >= frame[2] - 0.5
        && extent[3] >= frame[3] - 0.5
}

#[tokio::test]
async fn the_basemap_covers_the_map_at_the_default_view_on_every_window() {
    let mut failures = Vec::new();
    for (w, h) in [(320, 568), (1280, 660), (1920, 1080), (2560, 1440)] {
        let (_server, browser) = open_sized("", w, h).await;
        let inner = browser.eval("return [innerWidth, innerHeight]").await;
        assert_eq!(inner, serde_json::json!([w, h]), "the viewport is {w}×{h}");
        let (frame, extent) = frame_and_extent(&browser).await;
        assert!(
            frame[2] - frame[0] > 100.0 && frame[3] - frame[1] > 100.0,
            "{w}×{h}: the map is {frame:?}"
        );
        if !covers(extent, frame) {
            failures.push(format!("{w}×{h}: map {frame:?}, basemap {extent:?}"));
        }
        browser.close().await;
    }
    assert!(
        failures.is_empty(),
        "the basemap leaves part of the map uncovered:\n{}",
        failures.join("\n")
    );
}

/// The measure above can see a hatched band: zoomed out as far as the map goes on a large
/// screen, the view is wider than the basemap's extent, and the test says so.
#[tokio::test]
async fn zoomed_out_past_the_story_the_frame_shows_beyond_the_basemap() {
    let (_server, browser) = open_sized("", 2560, 1440).await;
    for _ in 0..4 {
        browser
            .wait_for(".map button.zoom-out")
            .await
            .click()
            .await
            .expect("zoom out");
        // Its animation ends (at the smallest zoom the press changes nothing).
        browser.wait_settled().await;
    }
    let (frame, extent) = frame_and_extent(&browser).await;
    assert!(
        !covers(extent, frame),
        "at the smallest zoom the basemap {extent:?} still covers the map {frame:?}"
    );
    browser.close().await;
}

/// One wheel event on the map at `(x, y)` from its top-left corner.
async fn wheel(browser: &Browser, delta_y: f64, x: f64, y: f64) {
    browser
        .eval(&format!(
            "const s = document.querySelector('svg.map-svg');
             const r = s.getBoundingClientRect();
             s.dispatchEvent(new WheelEvent('wheel', {{ deltaY: {delta_y}, deltaMode: 0,
               clientX: r.left + {x}, clientY: r.top + {y}, bubbles: true, cancelable: true }}));
             return true;"
        ))
        .await;
}

/// Where a position is on the map, from the map's own view (its data attributes).
async fn screen_of(browser: &Browser, lon: f64, lat: f64) -> (f64, f64) {
    use petrograd1917::logic::geo::{LonLat, Viewport};
    let v = browser
        .eval(
            "const s = document.querySelector('svg.map-svg');
             return [s.dataset.centre, s.dataset.zoom, s.clientWidth, s.clientHeight];",
        )
        .await;
    let centre: Vec<f64> = v[0]
        .as_str()
        .expect("data-centre")
        .split(',')
        .map(|x| x.parse().expect("a number"))
        .collect();
    let zoom: f64 = v[1].as_str().expect("data-zoom").parse().expect("a number");
    let view = Viewport::new(
        LonLat::new(centre[0], centre[1]),
        zoom,
        v[2].as_f64().expect("width"),
        v[3].as_f64().expect("height"),
    );
    let p = view.lonlat_to_screen(LonLat::new(lon, lat));
    (p.x, p.y)
}

/// The map's zoom, from its data attribute.
async fn zoom(browser: &Browser) -> f64 {
    browser
        .eval("return document.querySelector('svg.map-svg').dataset.zoom")
        .await
        .as_str()
        .expect("data-zoom")
        .parse()
        .expect("a number")
}

/// The ids of the city's names written on the map, and their text.
async fn city_labels(browser: &Browser) -> Vec<(String, String)> {
    let v = browser
        .eval(
            "return [...document.querySelectorAll('text.city-label')]
               .map(t => [t.dataset.id, t.textContent]);",
        )
        .await;
    v.as_array()
        .expect("a list")
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().unwrap_or_default().to_owned(),
                pair[1].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn zoomed_into_the_city_the_map_draws_the_city_of_1917() {
    // A link to the city centre at zoom 12.2, where the city level is drawn but its names
    // not yet; then the wheel, over the Neva between the Petrograd side and the Fontanka,
    // until they are written (from zoom 12.35), the districts round the centre in view.
    let (_server, browser) = open_sized("?lang=en&map=59.948%2C30.32%2C12.2", 1280, 900).await;
    browser.wait_for(".basemap[data-level='city']").await;
    assert!(
        city_labels(&browser).await.is_empty(),
        "names written at zoom 12.2"
    );
    for _ in 0..12 {
        let before = zoom(&browser).await;
        if before >= 12.8 {
            break;
        }
        let (x, y) = screen_of(&browser, 30.3200, 59.9480).await;
        wheel(&browser, -100.0, x, y).await;
        // The wheel zooms at once (no animation): the map's view says so.
        browser
            .wait_until(
                &format!("Number(document.querySelector('svg.map-svg').dataset.zoom) > {before}"),
                Duration::from_secs(5),
            )
            .await;
    }
    let z = zoom(&browser).await;
    assert!((12.8..13.6).contains(&z), "zoom {z}");
    browser.wait_for(".basemap[data-level='city']").await;
    for css in [
        "path.canal[data-id='fontanka']",
        "path.street[data-id='nevsky']",
        "path.bridge[data-id='dvortsovy']",
        "text.city-label.district",
    ] {
        browser.wait_for(css).await;
    }
    let drawn = |css: &'static str| {
        let browser = &browser;
        async move {
            browser
                .eval(&format!(
                    "const e = document.querySelector(\"{css}\");
                     const r = e.getBoundingClientRect();
                     return r.width + r.height > 20 && e.getAttribute('d').length > 10;"
                ))
                .await
        }
    };
    for css in [
        "path.canal[data-id='fontanka']",
        "path.street[data-id='nevsky']",
    ] {
        assert_eq!(drawn(css).await, Value::Bool(true), "{css} is not drawn");
    }
    let english = city_labels(&browser).await;
    assert!(
        english.iter().any(|(_, t)| t == "Vyborg side"
            || t == "Petrograd side"
            || t == "Vasilievsky Island"
            || t.starts_with("Okhta")),
        "no district named: {english:?}"
    );

    let axe = axe_source();
    let findings = audit(&browser, &axe).await;
    assert!(findings.is_empty(), "axe at the city's zoom: {findings:#?}");

    // The names follow the language switch.
    browser
        .eval("document.querySelector('.language-switch button[lang=fr]').click(); return true;")
        .await;
    browser
        .wait_until(
            "document.documentElement.lang === 'fr'",
            Duration::from_secs(5),
        )
        .await;
    browser.wait_settled().await;
    let french = city_labels(&browser).await;
    assert!(
        french.iter().any(|(_, t)| t == "côté de Vyborg"
            || t == "côté de Pétrograd"
            || t == "île Vassilievski"
            || t.starts_with("Okhta")),
        "no district named in French: {french:?}"
    );
    assert!(
        !french
            .iter()
            .any(|(_, t)| t == "Vyborg side" || t == "Petrograd side"),
        "English names left after the switch: {french:?}"
    );
    let findings = audit(&browser, &axe).await;
    assert!(
        findings.is_empty(),
        "axe at the city's zoom, in French: {findings:#?}"
    );
    browser
        .assert_no_console_errors("zoomed into the city")
        .await;
    browser.close().await;
}
