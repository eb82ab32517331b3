//! The map end to end: first view, drag, wheel zoom, the zoom buttons, double-click, pinch,
//! selecting a place, city places, the legend.

use petrograd1917::logic::geo::{LonLat, Point, Viewport};
use serde_json::Value;

use crate::browser::{open_app, set_viewport, Browser};
use crate::server::DistServer;

async fn open(w: u32, h: u32) -> (DistServer, Browser) {
    let (server, browser) = open_app("", w, h).await;
    browser.wait_for("svg.map-svg[data-ready='true']").await;
    browser
        .wait_for(".place-label[data-place='gatchina']")
        .await;
    (server, browser)
}

/// One wheel event on the map at `(x, y)` from its top-left corner (a notch is 100).
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

/// One wheel event at the map's centre.
async fn wheel_at_centre(browser: &Browser, delta_y: f64) {
    let v = view(browser).await;
    wheel(browser, delta_y, v.width / 2.0, v.height / 2.0).await;
}

/// The svg's view as the app sees it, from its data attributes.
async fn view(browser: &Browser) -> Viewport {
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
    Viewport::new(
        LonLat::new(centre[0], centre[1]),
        zoom,
        v[2].as_f64().expect("width"),
        v[3].as_f64().expect("height"),
    )
}

/// Waits for the map to come to rest: a gesture's redraw, a button's or a key's animated
/// view, the layout's answer to it.
async fn settle(browser: &Browser) {
    browser.wait_settled().await;
}

/// Zooms in three notches at the centre and returns the view: at the whole-story view the
/// region's limits may stop a pan or shift a zoom.
async fn zoom_into_the_region(browser: &Browser) -> Viewport {
    wheel_at_centre(browser, -300.0).await;
    settle(browser).await;
    view(browser).await
}

#[tokio::test]
async fn first_view_labels_the_five_towns_readably() {
    let (_server, browser) = open(1280, 900).await;
    for id in [
        "petrograd",
        "gatchina",
        "krasnoye-selo",
        "tsarskoye-selo",
        "kronstadt",
    ] {
        let r = browser
            .eval(&format!(
                "const l = document.querySelector(\".place-label[data-place='{id}']\");
                 if (!l) return null;
                 const b = l.getBoundingClientRect();
                 const m = document.querySelector('svg.map-svg').getBoundingClientRect();
                 return [b.left >= m.left && b.right <= m.right && b.top >= m.top
                         && b.bottom <= m.bottom && b.width > 0,
                         parseFloat(getComputedStyle(l).fontSize)];"
            ))
            .await;
        assert!(r.is_array(), "no label for {id}");
        assert_eq!(r[0], Value::Bool(true), "label of {id} not inside the map");
        assert!(
            r[1].as_f64().unwrap_or(0.0) >= 11.0,
            "label of {id} too small: {r:?}"
        );
    }
    // Gathered: Smolny is not shown at the regional view.
    let smolny = browser
        .eval("return document.querySelector(\".place-label[data-place='smolny']\") !== null")
        .await;
    assert_eq!(smolny, Value::Bool(false));
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn a_drag_moves_the_map() {
    let (_server, browser) = open(1280, 900).await;
    let before = zoom_into_the_region(&browser).await;
    let transform_before = browser
        .eval("return document.querySelector('g.layer-space').getAttribute('transform')")
        .await;
    browser
        .eval(
            "const s = document.querySelector('svg.map-svg');
             const r = s.getBoundingClientRect();
             const x = r.left + r.width / 2 + 30, y = r.top + r.height / 2 + 90;
             const ev = (type, dx, dy, buttons) => s.dispatchEvent(new PointerEvent(type, {
               pointerId: 7, pointerType: 'mouse', isPrimary: true, bubbles: true,
               button: 0, buttons, clientX: x + dx, clientY: y + dy }));
             ev('pointerdown', 0, 0, 1);
             for (let i = 1; i <= 10; i++) ev('pointermove', 10 * i, 5 * i, 1);
             ev('pointerup', 100, 50, 0);
             return true;",
        )
        .await;
    settle(&browser).await;
    let after = view(&browser).await;
    let transform_after = browser
        .eval("return document.querySelector('g.layer-space').getAttribute('transform')")
        .await;
    assert_ne!(transform_before, transform_after, "the layers did not move");
    // The map follows the pointer: what was at the centre is now 100 px right, 50 down.
    let p = after.lonlat_to_screen(before.centre);
    let c = after.screen_centre();
    assert!(
        (p.x - c.x - 100.0).abs() < 2.0 && (p.y - c.y - 50.0).abs() < 2.0,
        "old centre at {p:?}, screen centre {c:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_wheel_step_zooms_around_the_cursor() {
    let (_server, browser) = open(1280, 900).await;
    let before = zoom_into_the_region(&browser).await;
    let cursor = Point::new(before.width * 0.3, before.height * 0.6);
    let under = before.screen_to_lonlat(cursor);
    wheel(&browser, -100.0, cursor.x, cursor.y).await;
    settle(&browser).await;
    let after = view(&browser).await;
    assert!(
        after.zoom > before.zoom + 0.1,
        "{} -> {}",
        before.zoom,
        after.zoom
    );
    let p = after.lonlat_to_screen(under);
    assert!(
        p.distance_to(cursor) < 3.0,
        "point under the cursor moved from {cursor:?} to {p:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn clicking_gatchina_selects_it() {
    let (_server, browser) = open(1280, 900).await;
    browser
        .wait_for("g.place[data-place='gatchina'] .marker")
        .await
        .click()
        .await
        .expect("click the Gatchina marker");
    settle(&browser).await;
    let pressed = browser
        .eval("return document.querySelector(\"g.place[data-place='gatchina']\").getAttribute('aria-pressed')")
        .await;
    assert_eq!(pressed, Value::String("true".into()));
    // The address bar follows a moment later (it is debounced).
    browser.wait_for_search("place=gatchina").await;
    let url = browser.client.current_url().await.expect("the URL");
    assert!(
        url.as_str().contains("place=gatchina"),
        "URL does not name the place: {url}"
    );
    browser.close().await;
}

#[tokio::test]
async fn zooming_into_petrograd_reveals_the_city_places() {
    let (_server, browser) = open(1280, 900).await;
    let v = view(&browser).await;
    let petrograd = v.lonlat_to_screen(LonLat::new(30.3351, 59.9343));
    // Three wheel notches per step over Petrograd, until the city places show.
    for _ in 0..4 {
        wheel(&browser, -200.0, petrograd.x, petrograd.y).await;
    }
    settle(&browser).await;
    let zoom = view(&browser).await.zoom;
    assert!(zoom >= 11.5, "zoom {zoom}");
    for id in ["smolny", "warsaw-station"] {
        let shown = browser
            .eval(&format!(
                "const g = document.querySelector(\"g.place[data-place='{id}']\");
                 return g !== null && g.getAttribute('display') !== 'none';"
            ))
            .await;
        assert_eq!(shown, Value::Bool(true), "{id} not shown at zoom {zoom}");
    }
    let city_labels = browser
        .eval(
            "return [...document.querySelectorAll('.place-label')]
               .filter(l => ['smolny', 'warsaw-station', 'baltic-station', 'military-district-staff',
                             'winter-palace', 'chasseurs-barracks', 'izmailovsky-regiment']
                 .includes(l.dataset.place)).length",
        )
        .await;
    assert!(
        city_labels.as_u64().unwrap_or(0) >= 2,
        "city places unlabelled: {city_labels}"
    );
    let petrograd_hidden = browser
        .eval("return document.querySelector(\"g.place[data-place='petrograd']\").getAttribute('display')")
        .await;
    assert_eq!(petrograd_hidden, Value::String("none".into()));
    browser.close().await;
}

/// Clicks one of the map's buttons (`zoom-in`, `zoom-out`, `whole-story`) and waits for
/// its animation.
async fn press_button(browser: &Browser, class: &str) {
    browser
        .wait_for(&format!(".map button.{class}"))
        .await
        .click()
        .await
        .expect("click the map button");
    settle(browser).await;
}

#[tokio::test]
async fn the_zoom_buttons_zoom_by_one_and_whole_story_goes_back() {
    let (_server, browser) = open(1280, 900).await;
    let first = view(&browser).await;
    press_button(&browser, "zoom-in").await;
    let zoomed = view(&browser).await;
    assert!(
        (zoomed.zoom - first.zoom - 1.0).abs() < 1e-3,
        "{} -> {}",
        first.zoom,
        zoomed.zoom
    );
    // Around the centre: what was there stays there.
    let p = zoomed.lonlat_to_screen(first.centre);
    assert!(p.distance_to(zoomed.screen_centre()) < 2.0, "{p:?}");
    press_button(&browser, "zoom-out").await;
    assert!((view(&browser).await.zoom - first.zoom).abs() < 1e-3);
    press_button(&browser, "zoom-in").await;
    press_button(&browser, "zoom-in").await;
    press_button(&browser, "whole-story").await;
    let back = view(&browser).await;
    assert!((back.zoom - first.zoom).abs() < 1e-3, "{back:?}");
    let p = back.lonlat_to_screen(first.centre);
    assert!(p.distance_to(back.screen_centre()) < 2.0, "{p:?}");
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn a_double_click_zooms_in_around_it_and_with_shift_out() {
    let (_server, browser) = open(1280, 900).await;
    let before = zoom_into_the_region(&browser).await;
    let at = Point::new(before.width * 0.4, before.height * 0.55);
    let under = before.screen_to_lonlat(at);
    let dblclick = |shift: bool| {
        format!(
            "const s = document.querySelector('svg.map-svg');
             const r = s.getBoundingClientRect();
             s.dispatchEvent(new MouseEvent('dblclick', {{ bubbles: true, cancelable: true,
               clientX: r.left + {}, clientY: r.top + {}, shiftKey: {shift} }}));
             return true;",
            at.x, at.y
        )
    };
    browser.eval(&dblclick(false)).await;
    settle(&browser).await;
    let after = view(&browser).await;
    assert!(
        (after.zoom - before.zoom - 1.0).abs() < 1e-3,
        "{} -> {}",
        before.zoom,
        after.zoom
    );
    let p = after.lonlat_to_screen(under);
    assert!(
        p.distance_to(at) < 3.0,
        "the point under the pointer moved to {p:?}"
    );
    browser.eval(&dblclick(true)).await;
    settle(&browser).await;
    assert!((view(&browser).await.zoom - before.zoom).abs() < 1e-3);
    browser.close().await;
}

#[tokio::test]
async fn two_fingers_spreading_twice_as_far_zoom_in_by_one() {
    let (_server, browser) = open(1280, 900).await;
    let before = zoom_into_the_region(&browser).await;
    // Two touches 100 px apart about the centre, moved to 200 px apart.
    browser
        .eval(
            "const s = document.querySelector('svg.map-svg');
             const r = s.getBoundingClientRect();
             const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
             const ev = (type, id, x) => s.dispatchEvent(new PointerEvent(type, {
               pointerId: id, pointerType: 'touch', isPrimary: id === 1, bubbles: true,
               cancelable: true, button: 0, buttons: type === 'pointerup' ? 0 : 1,
               clientX: cx + x, clientY: cy }));
             ev('pointerdown', 1, -50);
             ev('pointerdown', 2, 50);
             for (let i = 1; i <= 10; i++) {
               ev('pointermove', 1, -50 - 5 * i);
               ev('pointermove', 2, 50 + 5 * i);
             }
             ev('pointerup', 1, -100);
             ev('pointerup', 2, 100);
             return true;",
        )
        .await;
    settle(&browser).await;
    let after = view(&browser).await;
    assert!(
        (after.zoom - before.zoom - 1.0).abs() < 0.02,
        "{} -> {}",
        before.zoom,
        after.zoom
    );
    browser.close().await;
}

/// Opens the map's legend and returns whether it is open and the text it shows.
async fn open_legend(browser: &Browser) -> (bool, String) {
    browser
        .wait_for(".map-legend summary")
        .await
        .click()
        .await
        .expect("click the legend's title");
    settle(browser).await;
    let v = browser
        .eval("const d = document.querySelector('.map-legend'); return [d.open, d.innerText];")
        .await;
    (
        v[0].as_bool().unwrap_or(false),
        v[1].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
async fn the_legend_says_what_the_lines_mean_in_english_and_french() {
    let words = [
        (
            "en",
            &[
                "Legend",
                "train",
                "car",
                "on foot",
                "means unknown",
                "route guessed",
                "position uncertain",
            ][..],
        ),
        (
            "fr",
            &[
                "Légende",
                "train",
                "voiture",
                "à pied",
                "moyen inconnu",
                "itinéraire supposé",
                "position incertaine",
            ][..],
        ),
    ];
    for (lang, words) in words {
        let (_server, browser) = open_app(&format!("?lang={lang}"), 1280, 900).await;
        browser.wait_for("svg.map-svg[data-ready='true']").await;
        // Closed at first: only its title shows.
        let closed = browser
            .eval("return document.querySelector('.map-legend').open")
            .await;
        assert_eq!(closed, Value::Bool(false), "{lang}: the legend starts open");
        let (open, text) = open_legend(&browser).await;
        assert!(open, "{lang}: the legend did not open");
        for word in words {
            assert!(text.contains(word), "{lang}: no \"{word}\" in {text:?}");
        }
        browser.assert_no_console_errors("opening the legend").await;
        browser.close().await;
    }
}

#[tokio::test]
async fn on_a_phone_the_open_legend_stays_inside_the_map() {
    let (_server, browser) = open_app("?lang=fr", 1280, 900).await;
    set_viewport(&browser, 375, 667).await;
    browser.wait_for("svg.map-svg[data-ready='true']").await;
    let (open, _) = open_legend(&browser).await;
    assert!(open, "the legend did not open");
    let v = browser
        .eval(
            "const r = s => document.querySelector(s).getBoundingClientRect();
             const l = r('.map-legend'), m = r('#map .map'), c = r('.map-controls'), n = r('.map-north');
             const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
             return [l.left >= m.left && l.right <= m.right && l.top >= m.top && l.bottom <= m.bottom,
                     apart(l, c), apart(l, n), l.width > 0];",
        )
        .await;
    assert_eq!(
        v,
        serde_json::json!([true, true, true, true]),
        "the legend inside the map, clear of the buttons and the north arrow"
    );
    browser.close().await;
}

#[tokio::test]
async fn focus_on_a_place_shows_its_tooltip_and_arrow_keys_pan() {
    let (_server, browser) = open(1280, 900).await;
    browser
        .eval("document.querySelector(\"g.place[data-place='gatchina']\").focus(); return true;")
        .await;
    browser
        .wait_until(
            "document.querySelector('.map-tooltip[role=tooltip]') !== null",
            std::time::Duration::from_secs(5),
        )
        .await;
    let tip = browser
        .eval(
            "const t = document.querySelector('.map-tooltip[role=tooltip]');
             return t ? t.textContent : null;",
        )
        .await;
    assert!(
        tip.as_str().is_some_and(|t| t.contains("Gatchina")),
        "tooltip: {tip}"
    );
    // The traveller's title is SVG's own, so it names the marker.
    let ns = browser
        .eval("return document.querySelector('g.traveller title').namespaceURI")
        .await;
    assert_eq!(ns, Value::String("http://www.w3.org/2000/svg".into()));
    let before = zoom_into_the_region(&browser).await;
    browser
        .eval("document.querySelector('svg.map-svg').focus(); return true;")
        .await;
    let gone = browser
        .eval("return document.querySelector('.map-tooltip') === null")
        .await;
    assert_eq!(gone, Value::Bool(true), "the tooltip outlived the focus");
    browser.press(crate::browser::keys::ARROW_RIGHT).await;
    settle(&browser).await;
    let after = view(&browser).await;
    let moved = after.lonlat_to_screen(before.centre);
    assert!(
        (moved.x - (after.width / 2.0 - 100.0)).abs() < 2.0,
        "the right arrow moved the old centre to {moved:?}"
    );
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn places_the_zoom_hides_are_out_of_the_accessibility_tree() {
    let (_server, browser) = open(1280, 900).await;
    // At the region's zoom the city's places gather under Petrograd: hidden, and hidden
    // from screen readers; every place shown is a button with a name.
    let v = browser
        .eval(
            "const places = [...document.querySelectorAll('g.place[data-place]')];
             const hidden = places.filter(g => g.getAttribute('display') === 'none');
             const shown = places.filter(g => g.getAttribute('display') !== 'none');
             return [hidden.length,
                     hidden.filter(g => g.getAttribute('aria-hidden') !== 'true').map(g => g.dataset.place),
                     shown.filter(g => g.getAttribute('aria-hidden') === 'true' || !g.getAttribute('aria-label')).map(g => g.dataset.place)];",
        )
        .await;
    assert!(
        v[0].as_u64().is_some_and(|n| n > 0),
        "no place hidden at the region's zoom: {v}"
    );
    assert_eq!(
        v[1],
        serde_json::json!([]),
        "hidden places still in the tree"
    );
    assert_eq!(
        v[2],
        serde_json::json!([]),
        "shown places without a name, or hidden"
    );
    browser.close().await;
}
