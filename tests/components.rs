//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use petrograd1917::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element in the test page, so each test mounts into its own node.
fn host() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("append the host");
    host.unchecked_into()
}

#[wasm_bindgen_test]
fn app_mounts_the_three_regions() {
    let host = host();
    let handle = leptos::mount::mount_to(host.clone(), App);
    for id in ["map", "timeline", "reader"] {
        let region = host
            .query_selector(&format!("#{id}"))
            .expect("a valid selector")
            .unwrap_or_else(|| panic!("region #{id} missing"));
        assert!(
            region.get_attribute("aria-label").is_some(),
            "#{id} has no label"
        );
    }
    drop(handle);
}
