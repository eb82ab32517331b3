//! Odd and hostile links open a working default view: no script from the URL runs, no
//! console error, and the browser asks no other host for anything.

use crate::browser::{assert_only_local, launch};
use crate::server::serve_dist;

const HOSTILE: &[&str] = &[
    "?place=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
    "?place=<img src=x onerror=window.__pwned=1>",
    "?t=99999999999999999999&map=NaN,NaN,NaN",
    "?t=-1e309&map=1e999,-1e999,999&lang=xx&panel=javascript:window.__pwned=1",
    "?lang=fr&lang=en&place=smolny&place=gatchina",
    "?place=atlantis&t=abc&map=59.9,30.3",
    "?%00%ff%fe=%%%&&&===",
    "?map=0,0,0",
];

#[tokio::test]
async fn hostile_links_open_a_working_default_view() {
    let server = serve_dist("");
    let browser = launch(1280, 900).await;
    for query in HOSTILE {
        let url = format!("{}{}", server.base_url, query);
        browser.client.goto(&url).await.expect("open the app");
        browser.wait_for("#map svg").await;
        let slider = browser.wait_for("[role=slider]").await;
        let now = slider
            .attr("aria-valuenow")
            .await
            .expect("slider value")
            .unwrap_or_default();
        assert!(now.parse::<i64>().is_ok(), "{query}: slider value {now:?}");
        let pwned = browser.eval("return window.__pwned === 1").await;
        assert_eq!(pwned, false, "{query}: a script from the URL ran");
        // index.html's classic scripts are its `nomodule` one (it shows the cannot-run
        // message in browsers without ES modules) and the one that says a link's view is on
        // its way (#view-pending-check): those, and no other.
        let injected = browser
            .eval("return document.querySelectorAll('#map img, #reader img, script:not([type=module]):not([nomodule]):not(#view-pending-check)').length")
            .await;
        assert_eq!(injected, 0, "{query}: markup from the URL reached the page");
        let nomodule = browser
            .eval("return Array.from(document.querySelectorAll('script[nomodule]')).map(s => s.textContent)")
            .await;
        assert_eq!(
            nomodule,
            serde_json::json!(["document.getElementById(`no-app`).hidden=!1"]),
            "{query}: index.html's nomodule script, unchanged"
        );
        browser
            .assert_no_console_errors(&format!("after opening {query}"))
            .await;
    }
    assert_only_local(&browser.requested_urls().await);
    browser.close().await;
}

#[tokio::test]
async fn a_valid_link_still_applies_beside_a_bad_parameter() {
    let server = serve_dist("");
    let browser = launch(1280, 900).await;
    let url = format!("{}?lang=fr&t=NaN&place=nowhere", server.base_url);
    browser.client.goto(&url).await.expect("open the app");
    browser.wait_for("[role=slider]").await;
    let lang = browser.eval("return document.documentElement.lang").await;
    assert_eq!(lang, "fr", "lang=fr applies although t and place are bad");
    browser.close().await;
}
