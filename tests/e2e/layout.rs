//! Layout from phones to desktops: the reader as a bottom sheet on a phone, touch targets of
//! at least 24 px (WCAG 2.2 SC 2.5.8), and text enlarged to 200 % without loss (SC 1.4.4
//! and 1.4.10).
//!
//! Widths come from DevTools' device metrics ([`open_sized`]): headless Chromium does not
//! make a window narrower than 500 px, so `--window-size=375,…` alone would test 500 px.

use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;

use crate::browser::keys::{ENTER, TAB};
use crate::browser::{cdp, launch, set_viewport, Browser};
use crate::server::{serve_dist, DistServer};

/// Serves `dist/`, starts a browser whose viewport is exactly `width`×`height` and opens the
/// app with `query`; waits for the map and the timeline.
pub async fn open_sized(query: &str, width: u32, height: u32) -> (DistServer, Browser) {
    let server = serve_dist("");
    let browser = launch(width.max(500), height).await;
    set_viewport(&browser, width, height).await;
    goto(&browser, &server, query).await;
    let inner = browser.eval("return innerWidth").await;
    assert_eq!(inner, json!(width), "the viewport is {width} px wide");
    (server, browser)
}

async fn goto(browser: &Browser, server: &DistServer, query: &str) {
    browser
        .client
        .goto(&format!("{}{query}", server.base_url))
        .await
        .expect("open the app");
    browser.wait_for("#map svg").await;
    browser.wait_for("[role=slider]").await;
    browser.wait_settled().await;
}

/// The reader sheet as the page lays it out: the toggle's state and the boxes that matter.
#[derive(Debug)]
struct Sheet {
    expanded: String,
    top: f64,
    bottom: f64,
    height: f64,
    viewport: f64,
    /// The first heading of the panel is inside the sheet's visible box and the viewport.
    heading_seen: bool,
    tabs_shown: bool,
}

async fn sheet(browser: &Browser) -> Sheet {
    let v = browser
        .eval(
            r#"
const s = document.querySelector('#reader').getBoundingClientRect();
const h = document.querySelector('#reader-panel :is(h2, h3)');
const b = h ? h.getBoundingClientRect() : null;
const seen = !!b && b.height > 0 && b.top >= s.top - 1 && b.bottom <= Math.min(s.bottom, innerHeight) + 1;
const tabs = document.querySelector('#reader [role=tablist]').getBoundingClientRect();
return [document.querySelector('.sheet-toggle').getAttribute('aria-expanded'), s.top, s.bottom,
        s.height, innerHeight, seen, tabs.height > 0];
"#,
        )
        .await;
    let n = |i: usize| v[i].as_f64().unwrap_or(f64::NAN);
    Sheet {
        expanded: v[0].as_str().unwrap_or_default().to_string(),
        top: n(1),
        bottom: n(2),
        height: n(3),
        viewport: n(4),
        heading_seen: v[5] == true,
        tabs_shown: v[6] == true,
    }
}

/// Collapsed: down to the bottom of the screen, short, its first heading showing. (It may
/// reach past the bottom while the page is at its very top: a sticky box stays inside the
/// main region, and a header made tall by large text pushes that region down.)
fn assert_collapsed(s: &Sheet, when: &str) {
    assert_eq!(s.expanded, "false", "{when}: the sheet is collapsed: {s:?}");
    assert!(
        s.bottom >= s.viewport - 1.0 && s.top >= 0.0 && s.top < s.viewport,
        "{when}: the collapsed sheet sits on the bottom of the screen: {s:?}"
    );
    assert!(
        s.height <= 0.45 * s.viewport,
        "{when}: the collapsed sheet is short: {s:?}"
    );
    assert!(
        s.heading_seen,
        "{when}: the collapsed sheet shows the passage's heading: {s:?}"
    );
}

/// Expanded: nearly the whole height, entirely on the screen, its tabs and heading shown.
fn assert_expanded(s: &Sheet, when: &str) {
    assert_eq!(s.expanded, "true", "{when}: the sheet is expanded: {s:?}");
    assert!(
        s.top >= 0.0 && s.bottom <= s.viewport + 1.0 && s.height >= 0.75 * s.viewport,
        "{when}: the expanded sheet fills nearly the whole screen, all of it on it: {s:?}"
    );
    assert!(
        s.tabs_shown && s.heading_seen,
        "{when}: the expanded sheet shows its tabs and heading: {s:?}"
    );
}

async fn click_toggle(browser: &Browser) {
    browser
        .client
        .find(Locator::Css(".sheet-toggle"))
        .await
        .expect("the sheet's toggle")
        .click()
        .await
        .expect("the toggle takes a click");
    browser.wait_settled().await;
}

/// On a phone, expands the sheet; then opens the first footnote, if the view shows one.
async fn expand_and_open_a_note(browser: &Browser, phone: bool) {
    if phone {
        click_toggle(browser).await;
    }
    if let Ok(note) = browser.client.find(Locator::Css(".footnote-ref")).await {
        note.click()
            .await
            .expect("the footnote marker takes a click");
        browser.wait_settled().await;
    }
}

#[tokio::test]
async fn the_reader_is_a_bottom_sheet_on_a_phone_that_expands_by_button_keyboard_and_skip_link() {
    let (server, browser) = open_sized("?lang=en", 375, 667).await;
    let toggle = browser
        .eval(
            r#"const t = document.querySelector('.sheet-toggle'); const r = t.getBoundingClientRect();
return [t.tagName, t.getAttribute('aria-controls'), !!document.getElementById(t.getAttribute('aria-controls')),
        r.width, r.height, t.textContent.trim()]"#,
        )
        .await;
    assert_eq!(
        toggle,
        json!([
            "BUTTON",
            "reader-panel",
            true,
            toggle[3].clone(),
            toggle[4].clone(),
            "Reading panel"
        ]),
        "the toggle is a button that names and controls the panel"
    );
    assert!(
        toggle[3].as_f64() > Some(100.0) && toggle[4].as_f64() >= Some(24.0),
        "the toggle is shown: {toggle}"
    );
    let order = browser
        .eval(
            r#"const y = s => document.querySelector(s).getBoundingClientRect().top + scrollY;
return [y('#map'), y('#timeline'), y('#reader')]"#,
        )
        .await;
    assert!(
        order[0].as_f64() < order[1].as_f64(),
        "the map comes before the timeline: {order}"
    );
    let s = sheet(&browser).await;
    assert_collapsed(&s, "first view");
    assert!(
        !s.tabs_shown,
        "the collapsed sheet gives the tabs' room to the heading"
    );

    // The button expands and collapses it.
    click_toggle(&browser).await;
    assert_expanded(&sheet(&browser).await, "after a click on the toggle");
    click_toggle(&browser).await;
    assert_collapsed(&sheet(&browser).await, "after a second click");

    // The keyboard: Enter on the toggle, and the focus entering the sheet expands it.
    browser
        .eval("document.querySelector('.sheet-toggle').focus(); return true")
        .await;
    browser.press(ENTER).await;
    browser.wait_settled().await;
    assert_expanded(&sheet(&browser).await, "after Enter on the toggle");
    browser.press(ENTER).await;
    browser.wait_settled().await;
    assert_collapsed(&sheet(&browser).await, "after Enter again");
    browser.press(TAB).await;
    browser.wait_settled().await;
    let focus = browser
        .eval("return !!document.activeElement.closest('#reader-panel')")
        .await;
    assert_eq!(focus, true, "Tab after the toggle goes into the panel");
    assert_expanded(&sheet(&browser).await, "with the focus inside the sheet");

    // The focus leaving the sheet collapses it, so the timeline is not hidden behind it.
    browser
        .eval("document.querySelector('[role=slider]').focus(); return true")
        .await;
    browser.wait_settled().await;
    assert_collapsed(&sheet(&browser).await, "with the focus on the timeline");
    let slider = browser
        .eval(
            "const r = document.querySelector('[role=slider]').getBoundingClientRect(); \
             const s = document.querySelector('#reader').getBoundingClientRect(); \
             return r.bottom <= s.top + 1",
        )
        .await;
    assert_eq!(slider, true, "the focused slider is not under the sheet");

    // The skip link, from a fresh page: the first Tab, then Enter.
    goto(&browser, &server, "?lang=en").await;
    browser.press(TAB).await;
    let skip = browser
        .eval("return document.activeElement.matches('.skip-link')")
        .await;
    assert_eq!(skip, true, "the first Tab reaches the skip link");
    browser.press(ENTER).await;
    browser.wait_settled().await;
    let focused = browser.eval("return document.activeElement.id").await;
    assert_eq!(focused, "reader", "the skip link focuses the reader");
    assert_expanded(&sheet(&browser).await, "after the skip link");

    // The sheet's motion follows prefers-reduced-motion.
    let animation = "return getComputedStyle(document.querySelector('#reader')).animationName";
    assert_eq!(
        browser.eval(animation).await,
        "sheet-up",
        "the sheet slides up"
    );
    cdp(
        &browser,
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
    )
    .await;
    assert_eq!(
        browser.eval(animation).await,
        "none",
        "no slide with reduced motion"
    );

    browser.assert_no_console_errors("using the sheet").await;
    browser.close().await;
}

#[tokio::test]
async fn a_desktop_keeps_the_reader_beside_the_map_with_no_sheet_toggle() {
    let (_server, browser) = open_sized("?lang=fr", 1280, 900).await;
    let v = browser
        .eval(
            r#"const r = s => document.querySelector(s).getBoundingClientRect();
const t = r('.sheet-toggle');
return [r('#reader').left >= r('#map').right, r('#timeline').top >= r('#map').bottom,
        t.width + t.height === 0, getComputedStyle(document.querySelector('#reader')).position,
        r('#reader [role=tablist]').height > 0]"#,
        )
        .await;
    assert_eq!(
        v,
        json!([true, true, true, "static", true]),
        "reader right of the map, timeline under it, no toggle, no sheet, tabs shown"
    );
    browser.close().await;
}

/// Every visible target, measured (WCAG 2.2 SC 2.5.8): at least 24×24 CSS px, or no other
/// target within the 24 px circle centred on it. Inline buttons in a sentence (names,
/// footnote markers) are the SC's exception. Returns the failures, the number of targets,
/// the smallest target and the exempted ones.
const TARGETS_JS: &str = r#"
const MIN = 24;
const sel = 'button, a[href], input, select, textarea, [tabindex="0"], [role=button], [role=tab], [role=slider], [role=link], [role=checkbox]';
const vw = innerWidth, vh = innerHeight;
function describe(e) {
  const cls = typeof e.className === 'string' ? e.className : (e.className && e.className.baseVal) || '';
  const label = e.getAttribute('aria-label') || e.textContent || e.value || '';
  return `<${e.tagName.toLowerCase()}${e.id ? ' id=' + e.id : ''}${cls ? ' class="' + cls + '"' : ''}> "${label.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
}
// Cut off by an ancestor that hides its overflow (not one that scrolls: that content is
// reachable), as the collapsed sheet's content is.
function cutOff(e) {
  const r = e.getBoundingClientRect();
  let l = r.left, t = r.top, ri = r.right, b = r.bottom;
  const cut = v => v === 'hidden' || v === 'clip';
  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
    const cs = getComputedStyle(a);
    if (cut(cs.overflowX) || cut(cs.overflowY) || cs.clipPath !== 'none' || cs.clip !== 'auto') {
      const q = a.getBoundingClientRect();
      l = Math.max(l, q.left); t = Math.max(t, q.top); ri = Math.min(ri, q.right); b = Math.min(b, q.bottom);
    }
  }
  return !(ri - l > 0.5 && b - t > 0.5);
}
function shown(e) {
  const r = e.getBoundingClientRect();
  if (r.width < 0.5 || r.height < 0.5) return false;
  if (getComputedStyle(e).visibility !== 'visible' || e.closest('[hidden], .visually-hidden')) return false;
  if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0) return false; // the unfocused skip link
  return !cutOff(e);
}
// Under a sticky or fixed layer that is not its own (the phone's sheet over the map).
function under(e, r) {
  const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
  if (x < 0 || y < 0 || x >= vw || y >= vh) return false;
  for (let at = document.elementFromPoint(x, y); at; at = at.parentElement) {
    if (at === e || at.contains(e)) return false;
    const p = getComputedStyle(at).position;
    if (p === 'sticky' || p === 'fixed') return true;
  }
  return false;
}
function inSentence(e) {
  if (!(e instanceof HTMLElement) || !getComputedStyle(e).display.startsWith('inline')) return false;
  let block = e.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  if (!block) return false;
  return (block.textContent || '').trim().length - (e.textContent || '').trim().length >= 20;
}
const targets = [], exempt = [];
for (const e of document.querySelectorAll(sel)) {
  if (!shown(e)) continue;
  const r = e.getBoundingClientRect();
  if (under(e, r)) continue;
  const small = r.width < MIN - 0.01 || r.height < MIN - 0.01;
  if (small && inSentence(e)) { exempt.push(describe(e)); continue; }
  targets.push({ e, r, cx: (r.left + r.right) / 2, cy: (r.top + r.bottom) / 2, small });
}
const failures = [];
let smallest = null;
for (const a of targets) {
  const size = Math.min(a.r.width, a.r.height);
  if (!smallest || size < smallest[0]) smallest = [size, `${describe(a.e)} ${a.r.width.toFixed(1)}×${a.r.height.toFixed(1)} px`];
  if (!a.small) continue;
  const clash = targets.find(b => {
    if (b === a || a.e.contains(b.e) || b.e.contains(a.e)) return false;
    if (b.small) return Math.hypot(a.cx - b.cx, a.cy - b.cy) < MIN;
    const dx = Math.max(b.r.left - a.cx, 0, a.cx - b.r.right);
    const dy = Math.max(b.r.top - a.cy, 0, a.cy - b.r.bottom);
    return Math.hypot(dx, dy) < MIN / 2;
  });
  if (clash) failures.push(`${describe(a.e)} is ${a.r.width.toFixed(1)}×${a.r.height.toFixed(1)} px and its 24 px circle meets ${describe(clash.e)}`);
}
return { failures, count: targets.length, smallest, exempt };
"#;

/// Measures the targets in the current view, at the top of the page and scrolled to its
/// end (where the phone's sheet covers nothing); adds failures to `failures` and keeps
/// the smallest target seen.
async fn measure_targets(
    browser: &Browser,
    view: &str,
    failures: &mut Vec<String>,
    smallest: &mut Option<(f64, String)>,
) {
    for (at, scroll) in [
        ("top", "0"),
        ("end", "document.documentElement.scrollHeight"),
    ] {
        browser
            .eval(&format!("window.scrollTo(0, {scroll}); return true"))
            .await;
        // At that scroll (or as far as the page goes), and nothing moving any more.
        browser
            .wait_until(
                &format!(
                    "(e => Math.abs(e.scrollTop - Math.min({scroll}, e.scrollHeight - e.clientHeight)) <= 1)(document.scrollingElement)"
                ),
                Duration::from_secs(5),
            )
            .await;
        browser.wait_settled().await;
        let v = browser.eval(TARGETS_JS).await;
        let count = v["count"].as_u64().unwrap_or(0);
        assert!(count >= 5, "{view} ({at}): only {count} targets found: {v}");
        for f in v["failures"].as_array().into_iter().flatten() {
            failures.push(format!("{view} ({at}): {}", f.as_str().unwrap_or_default()));
        }
        if let (Some(size), Some(what)) = (v["smallest"][0].as_f64(), v["smallest"][1].as_str()) {
            if smallest.as_ref().is_none_or(|(s, _)| size < *s) {
                *smallest = Some((size, format!("{what} in {view}")));
            }
        }
        eprintln!(
            "targets, {view} ({at}): {count} measured, smallest {}, exempt in sentences: {}",
            v["smallest"][1],
            v["exempt"].as_array().map_or(0, Vec::len)
        );
    }
}

async fn touch_targets(width: u32, height: u32) {
    let (server, browser) = open_sized("?lang=en", width, height).await;
    let phone = width <= 768;
    let mut failures = Vec::new();
    let mut smallest = None;

    measure_targets(&browser, "first view", &mut failures, &mut smallest).await;
    browser
        .eval("document.querySelector('.skip-link').focus(); return true")
        .await;
    measure_targets(&browser, "skip link focused", &mut failures, &mut smallest).await;
    if phone {
        click_toggle(&browser).await;
        measure_targets(&browser, "sheet expanded", &mut failures, &mut smallest).await;
    }
    for (view, query) in [
        ("place selected", "?lang=fr&place=gatchina"),
        ("full text, a note open", "?lang=en&panel=text"),
        ("list of places", "?lang=fr&panel=places"),
    ] {
        goto(&browser, &server, query).await;
        expand_and_open_a_note(&browser, phone).await;
        measure_targets(&browser, view, &mut failures, &mut smallest).await;
    }
    browser.assert_no_console_errors("measuring targets").await;
    browser.close().await;
    eprintln!("smallest target at {width} px: {smallest:?}");
    assert!(
        failures.is_empty(),
        "targets under 24×24 px with another target too close, at {width} px:\n{}",
        failures.join("\n")
    );
}

#[tokio::test]
async fn touch_targets_are_24_px_or_spaced_on_a_phone() {
    touch_targets(375, 667).await;
}

#[tokio::test]
async fn touch_targets_are_24_px_or_spaced_on_a_desktop() {
    touch_targets(1280, 900).await;
}

/// With the text enlarged: every element holding text (headings, buttons, labels, the
/// timeline's labels and the value shown beside the slider, the passages) must show all of
/// it: none may hide its own overflow with text left over, nor sit outside an ancestor that
/// hides its overflow. The collapsed sheet's panel is cut short on purpose and left out
/// (its heading is checked by [`assert_collapsed`]). Returns the problems and how many
/// elements were checked.
const CLIPPED_TEXT_JS: &str = r#"
const TEXT = 'h1, h2, h3, h4, button, label, .subtitle, .row-label, .day-label, .tick-label, .now-label p, .when, .step-note, .passage blockquote, .memoir p, .places li, .credit';
function describe(e) {
  const cls = typeof e.className === 'string' ? e.className : (e.className && e.className.baseVal) || '';
  return `<${e.tagName.toLowerCase()}${e.id ? ' id=' + e.id : ''}${cls ? ' class="' + cls + '"' : ''}> "${(e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
}
const cut = v => v === 'hidden' || v === 'clip';
const toggle = document.querySelector('.sheet-toggle');
const collapsed = toggle.getBoundingClientRect().height > 0 && toggle.getAttribute('aria-expanded') === 'false';
const problems = [];
let checked = 0;
for (const e of document.querySelectorAll(TEXT)) {
  if (e.closest('.visually-hidden, [hidden], svg')) continue;
  if (collapsed && e.closest('#reader-panel')) continue;
  const r = e.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (!(e.textContent || '').trim()) continue;
  checked++;
  const cs = getComputedStyle(e);
  if ((cut(cs.overflowX) && e.scrollWidth > e.clientWidth + 1) || (cut(cs.overflowY) && e.scrollHeight > e.clientHeight + 1)) {
    problems.push(`${describe(e)} cuts its own text: ${e.scrollWidth}×${e.scrollHeight} px of content in ${e.clientWidth}×${e.clientHeight} px`);
    continue;
  }
  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
    const as = getComputedStyle(a);
    if (!(cut(as.overflowX) || cut(as.overflowY))) continue;
    const q = a.getBoundingClientRect();
    if ((cut(as.overflowX) && (r.left < q.left - 1 || r.right > q.right + 1)) || (cut(as.overflowY) && (r.top < q.top - 1 || r.bottom > q.bottom + 1))) {
      problems.push(`${describe(e)} (${r.width.toFixed(0)}×${r.height.toFixed(0)} px at ${r.left.toFixed(0)},${r.top.toFixed(0)}) is cut by ${describe(a)} (${q.width.toFixed(0)}×${q.height.toFixed(0)} px at ${q.left.toFixed(0)},${q.top.toFixed(0)})`);
      break;
    }
  }
}
const d = document.documentElement;
return { problems, checked, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
"#;

/// The controls that must stay on the page, each with a size and not cut off.
const CONTROLS_JS: &str = r#"
const wanted = ['.language-switch button', '.map-controls button', '.play-controls .play', '.play-controls select', '[role=slider]'].concat(arguments[0]);
const missing = [];
for (const s of wanted) {
  const all = [...document.querySelectorAll(s)].filter(e => !e.closest('[hidden]'));
  if (!all.length) missing.push(`${s}: not in the page`);
  for (const e of all) {
    const r = e.getBoundingClientRect();
    let ok = r.width >= 1 && r.height >= 1;
    for (let a = e.parentElement; ok && a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX === 'hidden' || cs.overflowY === 'hidden') {
        const q = a.getBoundingClientRect();
        ok = r.left >= q.left - 1 && r.right <= q.right + 1 && r.top >= q.top - 1 && r.bottom <= q.bottom + 1;
      }
    }
    if (!ok) missing.push(`${s} "${(e.getAttribute('aria-label') || e.textContent).trim().slice(0, 30)}": ${r.width.toFixed(0)}×${r.height.toFixed(0)} px at ${r.left.toFixed(0)},${r.top.toFixed(0)}, hidden or cut off`);
  }
}
return missing;
"#;

/// Checks the current view with the text enlarged; adds problems to `problems`.
async fn check_text(browser: &Browser, view: &str, controls: &[&str], problems: &mut Vec<String>) {
    let v = browser.eval(CLIPPED_TEXT_JS).await;
    let checked = v["checked"].as_u64().unwrap_or(0);
    assert!(checked >= 10, "{view}: only {checked} text elements: {v}");
    for p in v["problems"].as_array().into_iter().flatten() {
        problems.push(format!("{view}: {}", p.as_str().unwrap_or_default()));
    }
    let (sw, cw) = (v["scrollWidth"].as_f64(), v["clientWidth"].as_f64());
    if sw > cw.map(|c| c + 1.0) {
        problems.push(format!(
            "{view}: the page scrolls sideways: {sw:?} px of content in {cw:?} px"
        ));
    }
    let missing = browser
        .client
        .execute(CONTROLS_JS, vec![json!(controls)])
        .await
        .expect("the controls script runs");
    for m in missing.as_array().into_iter().flatten() {
        problems.push(format!("{view}: {}", m.as_str().unwrap_or_default()));
    }
    eprintln!("text at 200 %, {view}: {checked} elements checked, page {sw:?}/{cw:?} px wide");
}

async fn enlarge_text(browser: &Browser) {
    browser
        .eval("document.documentElement.style.fontSize = '200%'; return true")
        .await;
    browser.wait_settled().await;
}

async fn text_at_200_percent(width: u32, height: u32) {
    let (server, browser) = open_sized("?lang=fr", width, height).await;
    let phone = width <= 768;
    let mut problems = Vec::new();
    let reader_controls: &[&str] = &["[role=tab]", ".passage-actions button"];

    enlarge_text(&browser).await;
    if phone {
        // Collapsed, the sheet clips its content on purpose; its toggle and heading show.
        let s = sheet(&browser).await;
        assert_collapsed(&s, "text at 200 %");
        check_text(
            &browser,
            "first view, sheet collapsed",
            &[".sheet-toggle"],
            &mut problems,
        )
        .await;
        click_toggle(&browser).await;
        assert_expanded(&sheet(&browser).await, "text at 200 %, toggle clicked");
        check_text(
            &browser,
            "first view, sheet expanded",
            reader_controls,
            &mut problems,
        )
        .await;
        click_toggle(&browser).await;
        assert_collapsed(
            &sheet(&browser).await,
            "text at 200 %, toggle clicked again",
        );
    } else {
        check_text(&browser, "first view", reader_controls, &mut problems).await;
    }
    for (view, query, controls) in [
        (
            "full text, a note open",
            "?lang=en&panel=text",
            &[".footnote-close"][..],
        ),
        (
            "list of places",
            "?lang=fr&panel=places",
            &[".place-button"][..],
        ),
        (
            "place selected",
            "?lang=en&place=gatchina",
            &[".back-to-now"][..],
        ),
    ] {
        goto(&browser, &server, query).await;
        enlarge_text(&browser).await;
        expand_and_open_a_note(&browser, phone).await;
        check_text(&browser, view, controls, &mut problems).await;
    }
    browser
        .assert_no_console_errors("with the text enlarged")
        .await;
    browser.close().await;
    assert!(
        problems.is_empty(),
        "text at 200 % loses something at {width} px:\n{}",
        problems.join("\n")
    );
}

#[tokio::test]
async fn text_at_200_percent_loses_nothing_at_320_px() {
    text_at_200_percent(320, 640).await;
}

#[tokio::test]
async fn text_at_200_percent_loses_nothing_at_1280_px() {
    text_at_200_percent(1280, 900).await;
}

/// Issue 17: what a browser leaves of 1280×800 and 1366×768 screens shows the whole tool
/// with the page unscrolled: the map, the slider, both timeline rows with the play
/// controls, and the reader's tabs with the first passage.
#[tokio::test]
async fn the_whole_tool_is_in_the_first_view_of_a_laptop() {
    for (width, height) in [(1280, 660), (1366, 640)] {
        for lang in ["en", "fr"] {
            let (_server, browser) = open_sized(&format!("?lang={lang}"), width, height).await;
            browser.wait_for(".passages .passage blockquote").await;
            browser.wait_settled().await;
            let outside = browser
                .eval(
                    r#"
const wanted = ['#map svg', '[role=slider]', '.lane.journey', '.lane.context', '.play',
                '#reader [role=tablist]', '.passages .passage blockquote'];
const out = [];
for (const css of wanted) {
  const e = document.querySelector(css);
  const r = e ? e.getBoundingClientRect() : null;
  if (!r || r.height === 0 || r.top < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
    out.push(css + ' ' + (r ? `${r.top}..${r.bottom}` : 'missing'));
}
if (scrollY !== 0) out.push('page scrolled ' + scrollY);
if (out.length) for (const css of ['.app-header', '.app-main', '#map', '#timeline', '#reader', '.timeline-bar', '.timeline-rows', '.app-footer']) {
  const e = document.querySelector(css);
  if (e) { const r = e.getBoundingClientRect(); out.push(`(${css} ${r.top}..${r.bottom})`); }
}
return out;"#,
                )
                .await;
            assert_eq!(
                outside,
                json!([]),
                "{width}×{height}, {lang}: outside the first view"
            );
            browser.close().await;
        }
    }
}
