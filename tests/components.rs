//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner).
//!
//! The whole app is mounted from nothing (the `csr` feature) into a host element of the
//! test page, and driven through the DOM only: classes, roles, ARIA attributes and texts,
//! never the components' internals, so the parts can be rewritten under the tests. The
//! expectations come from the bundled story (`assets/story/`). One module per part; the
//! shared mounting, queries, events and waits are in `components/support.rs`.
//!
//! All tests run one after another in one page, whose URL the app reads and writes: each
//! mounts on a URL of its own and leaves the plain URL behind (see `support::Mounted`).
#![cfg(target_arch = "wasm32")]

// The heap test counts live bytes with the app's diagnostics allocator: without the
// feature it could not run, and a silent skip would hide a leak.
#[cfg(not(feature = "diagnostics"))]
compile_error!("the component tests count the heap: run them with `--features csr,diagnostics`");

/// Counts live heap bytes for `components/heap.rs`, as the app's binary does for the soak.
#[global_allocator]
static ALLOCATOR: &stats_alloc::StatsAlloc<std::alloc::System> =
    petrograd1917::ui::diagnostics::ALLOCATOR;

#[path = "components/find.rs"]
mod find;
#[path = "components/full_text.rs"]
mod full_text;
#[path = "components/heap.rs"]
mod heap;
#[path = "components/interface.rs"]
mod interface;
#[path = "components/map.rs"]
mod map;
#[path = "components/on_the_map.rs"]
mod on_the_map;
#[path = "components/passages.rs"]
mod passages;
#[path = "components/places.rs"]
mod places;
#[path = "components/reading.rs"]
mod reading;
#[path = "components/support.rs"]
mod support;
#[path = "components/timeline.rs"]
mod timeline;
#[path = "components/url.rs"]
mod url;

use leptos::prelude::*;
use petrograd1917::ui::{App, DataProblems};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use support::{host, next_task, set_query};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn app_mounts_the_three_regions() {
    set_query("");
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

fn slider(host: &web_sys::HtmlElement) -> web_sys::Element {
    host.query_selector("[role=slider]")
        .expect("a valid selector")
        .expect("the timeline slider")
}

#[wasm_bindgen_test]
async fn page_down_on_the_timeline_moves_the_clock_a_day_and_the_label_follows() {
    set_query("");
    let host = host();
    let handle = leptos::mount::mount_to(host.clone(), App);
    next_task().await;
    let slider = slider(&host);
    let before: i32 = slider
        .get_attribute("aria-valuenow")
        .and_then(|v| v.parse().ok())
        .expect("a numeric value");
    let spoken_before = slider.get_attribute("aria-valuetext").unwrap_or_default();
    assert!(
        spoken_before.contains("1917"),
        "spoken value: {spoken_before}"
    );

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("PageDown");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event");
    slider.dispatch_event(&event).expect("dispatch");
    next_task().await;

    let after: i32 = slider
        .get_attribute("aria-valuenow")
        .and_then(|v| v.parse().ok())
        .expect("a numeric value");
    assert_eq!(after - before, 24 * 60, "PageDown moves one day");
    let spoken_after = slider.get_attribute("aria-valuetext").unwrap_or_default();
    assert_ne!(
        spoken_before, spoken_after,
        "the spoken value follows the clock"
    );
    drop(handle);
}

#[wasm_bindgen_test]
fn broken_story_data_is_listed_as_text_naming_file_record_and_field() {
    use petrograd1917::story::{load, StoryFiles};

    let bundled = StoryFiles::BUNDLED;
    let hostile = "<img src=x onerror=window.__pwned=1>";
    let people = bundled
        .people
        .replacen("\"id\": \"lenin\"", &format!("\"id\": \"{hostile}\""), 1);
    assert_ne!(people, bundled.people, "the edit applies to the real data");
    let files = StoryFiles {
        people: &people,
        ..bundled
    };
    let problems = match load(&files) {
        Ok(_) => panic!("a person id with markup in it must be rejected"),
        Err(problems) => problems,
    };
    let host = host();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <DataProblems problems=problems /> }
    });
    let items = host.query_selector_all("li").expect("a valid selector");
    assert_eq!(items.length() as usize, shown.len(), "one item per problem");
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("people.json"), "the file is named: {text}");
    assert!(
        host.query_selector("img")
            .expect("a valid selector")
            .is_none(),
        "markup from the data must render as text"
    );
    assert!(
        text.contains("<img"),
        "the hostile id is shown as text: {text}"
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_language_switch_follows_the_state_and_unmounting_removes_the_app() {
    set_query("");
    let host = host();
    let handle = leptos::mount::mount_to(host.clone(), App);
    next_task().await;
    let pressed = |host: &web_sys::HtmlElement| {
        let buttons = host
            .query_selector_all(".language-switch button[aria-pressed=true]")
            .expect("a valid selector");
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .filter_map(|b| b.dyn_into::<web_sys::Element>().ok())
            .filter_map(|b| b.get_attribute("lang"))
            .collect::<Vec<_>>()
    };
    assert_eq!(pressed(&host).len(), 1, "one language is pressed");
    let other = if pressed(&host) == ["fr"] { "en" } else { "fr" };
    let button: web_sys::HtmlElement = host
        .query_selector(&format!(".language-switch button[lang={other}]"))
        .expect("a valid selector")
        .expect("the other language's button")
        .unchecked_into();
    button.click();
    next_task().await;
    assert_eq!(
        pressed(&host),
        [other],
        "the pressed button follows the choice"
    );
    let root_lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"));
    assert_eq!(root_lang.as_deref(), Some(other), "so does the page's lang");
    drop(handle);
    next_task().await;
    assert!(
        host.query_selector("#map")
            .expect("a valid selector")
            .is_none(),
        "unmounted"
    );
}
