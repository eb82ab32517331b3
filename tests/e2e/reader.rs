//! The reader on the real story: places list, passages by visit, clicking a passage,
//! links that restore the view, footnotes by keyboard.

use fantoccini::Locator;

use crate::browser::keys::{ENTER, ESCAPE};
use crate::browser::{open_app, Browser};

async fn all_text(browser: &Browser, css: &str) -> Vec<String> {
    let script =
        format!("return Array.from(document.querySelectorAll('{css}')).map(e => e.textContent)");
    browser
        .eval(&script)
        .await
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(String::from))
        .collect()
}

#[tokio::test]
async fn selecting_gatchina_in_the_places_list_shows_both_days_and_passages_move_the_clock() {
    let (_server, browser) = open_app("?lang=en&t=2000", 1280, 900).await;
    browser
        .wait_for("#tab-places")
        .await
        .click()
        .await
        .expect("places tab");
    browser
        .wait_for("button[data-place=gatchina]")
        .await
        .click()
        .await
        .expect("select Gatchina");
    browser.wait_for(".passages.place").await;
    let t = browser.slider_value().await;
    assert!(
        (0..24 * 60).contains(&t),
        "the clock jumps to the 26th: {t}"
    );
    let whens = all_text(&browser, ".passages.place .when").await;
    assert!(whens.iter().any(|w| w.contains("26 October")), "{whens:?}");
    assert!(whens.iter().any(|w| w.contains("27 October")), "{whens:?}");
    // The address bar follows a moment later (it is debounced).
    let mut search = String::new();
    for _ in 0..30 {
        search = browser
            .eval("return location.search")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string();
        if search.contains("place=gatchina") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(search.contains("place=gatchina"), "{search}");
    // The last passage listed (the 27th) moves the clock when its button is pressed.
    let before = browser.slider_value().await;
    let goes = browser
        .client
        .find_all(Locator::Css(".passages.place .passage .go"))
        .await
        .expect("passage buttons");
    browser
        .eval("const g = document.querySelectorAll('.passages.place .passage .go'); g[g.length - 1].click(); return null")
        .await;
    assert!(!goes.is_empty(), "Gatchina has passages with a moment");
    let after = browser.slider_value().await;
    assert_ne!(before, after, "clicking a passage moves the clock");
    // Read in context opens the full text at that paragraph.
    browser
        .eval("document.querySelector('.passages.place .passage .read').click(); return null")
        .await;
    browser.wait_for(".memoir .current").await;
    let selected = browser
        .eval("return document.querySelector('#tab-text').getAttribute('aria-selected')")
        .await;
    assert_eq!(selected, "true");
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn a_link_restores_the_view_after_reload() {
    let (_server, browser) = open_app("?t=1560&panel=text&lang=fr", 1280, 900).await;
    browser.wait_for(".memoir .current").await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for(".memoir .current").await;
    assert_eq!(browser.slider_value().await, 1560);
    let selected = browser
        .eval("return document.querySelector('#tab-text').getAttribute('aria-selected')")
        .await;
    assert_eq!(selected, "true");
    let day = browser
        .wait_for(".now-day")
        .await
        .text()
        .await
        .expect("text");
    assert!(day.contains("vendredi 27 octobre 1917"), "{day}");
    browser.close().await;
}

#[tokio::test]
async fn a_footnote_opens_with_enter_and_closes_with_escape() {
    let (_server, browser) = open_app("?panel=text&lang=en", 1280, 900).await;
    let marker = browser.wait_for(".memoir .footnote-ref").await;
    browser
        .eval("document.querySelector('.memoir .footnote-ref').focus(); return null")
        .await;
    marker.send_keys(ENTER).await.expect("Enter");
    assert_eq!(
        marker.attr("aria-expanded").await.expect("attr").as_deref(),
        Some("true")
    );
    let shown = browser
        .eval("const b = document.querySelector('.memoir .footnote-ref'); const n = document.getElementById(b.getAttribute('aria-controls')); return !n.hidden && n.textContent.length > 10")
        .await;
    assert_eq!(shown, true);
    marker.send_keys(ESCAPE).await.expect("Escape");
    assert_eq!(
        marker.attr("aria-expanded").await.expect("attr").as_deref(),
        Some("false")
    );
    browser.close().await;
}
