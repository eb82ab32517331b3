//! The page loads, the wasm renders the three regions, and nothing goes wrong on the way.

use crate::browser::{assert_only_local, launch, open_app};
use crate::server::serve_dist;

#[tokio::test]
async fn page_renders_three_regions_with_no_error_and_no_foreign_request() {
    let (server, browser) = open_app("", 1280, 900).await;
    for region in ["#map", "#timeline", "#reader"] {
        browser.wait_for(region).await;
    }
    let title = browser
        .eval("return document.querySelector('h1').textContent")
        .await;
    assert_eq!(title, "Petrograd 1917");
    browser.assert_no_console_errors("during the test").await;
    assert_only_local(&browser.requested_urls().await);
    let served = server.requests.lock().expect("request log").clone();
    assert!(
        served.iter().any(|p| p.ends_with(".wasm")),
        "the server never served the wasm: {served:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn app_works_under_a_sub_path() {
    let server = serve_dist("petrograd1917/");
    let browser = launch(1280, 900).await;
    browser
        .client
        .goto(&server.base_url)
        .await
        .expect("open the app");
    browser.wait_for("#map").await;
    browser.assert_no_console_errors("under a sub-path").await;
    browser.close().await;
}
