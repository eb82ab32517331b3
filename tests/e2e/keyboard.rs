//! The app with the keyboard only: real key presses sent to whatever has focus, moving
//! focus with Tab as a keyboard user does.

use crate::browser::keys::{ARROW_RIGHT, ENTER, PAGE_DOWN, TAB};
use crate::browser::{open_app, Browser};

/// Presses Tab until the focused element matches `css`; fails after `max` presses, which
/// also catches keyboard traps.
async fn tab_to(browser: &Browser, css: &str, max: usize) {
    for _ in 0..max {
        browser.press(TAB).await;
        let found = browser
            .eval(&format!(
                "return !!(document.activeElement && document.activeElement.matches('{css}'))"
            ))
            .await;
        if found == true {
            return;
        }
    }
    let at = browser
        .eval("const e = document.activeElement; return e ? e.outerHTML.slice(0, 200) : null")
        .await;
    panic!("`{css}` not reached after {max} Tab presses; focus is on {at}");
}

/// Opens a reader tab as the ARIA tabs pattern has it: Tab reaches the selected tab only,
/// the arrow keys move between tabs, Enter opens one.
async fn open_tab(browser: &Browser, id: &str) {
    tab_to(browser, "[role=tab][aria-selected=true]", 80).await;
    for _ in 0..3 {
        let here = browser
            .eval(&format!("return document.activeElement.id === '{id}'"))
            .await;
        if here == true {
            browser.press(ENTER).await;
            return;
        }
        browser.press(ARROW_RIGHT).await;
    }
    panic!("the arrow keys never reached the tab #{id}");
}

async fn attr(browser: &Browser, css: &str, name: &str) -> String {
    browser
        .eval(&format!(
            "const e = document.querySelector('{css}'); return e ? e.getAttribute('{name}') : null"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn keyboard_alone_selects_kronstadt_moves_a_day_opens_a_footnote_and_switches_language() {
    let (server, browser) = open_app("?lang=en", 1280, 900).await;
    browser.wait_for("[role=slider]").await;

    // Select Kronstadt through the list of places.
    open_tab(&browser, "tab-places").await;
    browser
        .wait_for("button.place-button[data-place=kronstadt]")
        .await;
    tab_to(&browser, "button.place-button[data-place=kronstadt]", 80).await;
    browser.press(ENTER).await;
    browser.wait_for(".passages.place").await;
    let shown = browser
        .eval("return document.querySelector('.passages.place').textContent")
        .await;
    assert!(
        shown.as_str().unwrap_or_default().contains("Kronstadt"),
        "the reader shows Kronstadt's passages: {shown}"
    );

    // Move the timeline by a day, back to the start first with Home.
    browser
        .client
        .goto(&format!("{}?lang=en", server.base_url))
        .await
        .expect("reload");
    browser.wait_for("[role=slider]").await;
    tab_to(&browser, "[role=slider]", 80).await;
    let before: i64 = attr(&browser, "[role=slider]", "aria-valuenow")
        .await
        .parse()
        .expect("a number");
    browser.press(PAGE_DOWN).await;
    let after: i64 = attr(&browser, "[role=slider]", "aria-valuenow")
        .await
        .parse()
        .expect("a number");
    assert_eq!(after - before, 24 * 60, "PageDown moves the clock by a day");

    // Open a footnote in the full text.
    open_tab(&browser, "tab-text").await;
    browser.wait_for(".footnote-ref").await;
    tab_to(&browser, ".footnote-ref", 200).await;
    browser.press(ENTER).await;
    assert_eq!(
        attr(&browser, ".footnote-ref", "aria-expanded").await,
        "true"
    );

    // Switch the interface to French.
    tab_to(&browser, ".language-switch button[lang=fr]", 300).await;
    browser.press(ENTER).await;
    let lang = browser.eval("return document.documentElement.lang").await;
    assert_eq!(lang, "fr");

    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}
