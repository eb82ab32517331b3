//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use petrograd1917::ui::{app, mount_with};
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
    let handle = mount_with(&host, app);
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

/// Waits for the browser's next task, so that Leptos' scheduled effects have run.
async fn next_task() {
    sleep_ms(20).await;
}

fn slider(host: &web_sys::HtmlElement) -> web_sys::Element {
    host.query_selector("[role=slider]")
        .expect("a valid selector")
        .expect("the timeline slider")
}

#[wasm_bindgen_test]
async fn page_down_on_the_timeline_moves_the_clock_a_day_and_the_label_follows() {
    let host = host();
    let handle = mount_with(&host, app);
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
    use petrograd1917::ui::data_problems;

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
    let handle = mount_with(&host, |parent| {
        let _ = parent.append_child(&data_problems(&problems));
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

/// Waits `ms` milliseconds of the browser's time.
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn a_bound_attribute_is_set_at_once_and_follows_its_signal_until_unmounted() {
    use petrograd1917::ui::dom::{bind_attr, El};
    use petrograd1917::ui::reactive::*;

    let host = host();
    let lang = std::cell::Cell::new(None);
    let handle = mount_with(&host, |parent| {
        let signal = RwSignal::new(String::from("en"));
        let el = El::new("p").done();
        bind_attr(&el, "lang", move || signal.get());
        let _ = parent.append_child(&el);
        lang.set(Some(signal));
    });
    let p = host
        .query_selector("p")
        .expect("a valid selector")
        .expect("the <p>");
    assert_eq!(
        p.get_attribute("lang").as_deref(),
        Some("en"),
        "set when built"
    );
    let signal = lang.get().expect("the signal");
    signal.set(String::from("fr"));
    next_task().await;
    assert_eq!(
        p.get_attribute("lang").as_deref(),
        Some("fr"),
        "follows the signal"
    );
    drop(handle);
    assert!(
        host.query_selector("p")
            .expect("a valid selector")
            .is_none(),
        "unmounted"
    );
}

#[wasm_bindgen_test]
async fn a_dropped_timer_never_fires_again() {
    use petrograd1917::ui::dom::{after, every};
    use std::cell::Cell;
    use std::rc::Rc;

    let ticks = Rc::new(Cell::new(0));
    let counter = ticks.clone();
    let interval = every(10, move || counter.set(counter.get() + 1));
    assert!(interval.is_some(), "the interval starts");
    sleep_ms(80).await;
    assert!(ticks.get() > 0, "the interval ticks");
    drop(interval);
    let stopped_at = ticks.get();
    sleep_ms(80).await;
    assert_eq!(
        ticks.get(),
        stopped_at,
        "no tick after the timer is dropped"
    );

    let fired = Rc::new(Cell::new(false));
    let flag = fired.clone();
    let once = after(20, move || flag.set(true));
    drop(once);
    sleep_ms(60).await;
    assert!(
        !fired.get(),
        "a timeout dropped before its time never fires"
    );
    let flag = fired.clone();
    let kept = after(20, move || flag.set(true));
    sleep_ms(60).await;
    assert!(fired.get(), "a timeout kept fires");
    drop(kept);
}
