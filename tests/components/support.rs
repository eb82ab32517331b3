//! What the component tests share: a fresh host for each mount, the app mounted on a given
//! URL and taken down again, DOM queries that say what they missed, synthetic events, and
//! waits on conditions (never fixed long sleeps: the machine may be slow or busy).
//!
//! The tests of one binary run one after another in one page, and the app reads and
//! writes that page's URL and ids (`#reader`, `#tab-text`, `#p-p01`): so each mount starts
//! from a URL of its own, and [`Mounted`] unmounts the app, removes its host and puts the
//! plain URL back when it goes.

use std::any::Any;
use std::fmt::Debug;
use std::ops::Deref;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// How long a wait on the app gives it before the test fails. Generous: effects, debounced
/// URL writes (250 ms) and animation frames all land well within it on an idle machine,
/// and the machine running the tests may not be idle.
pub const TIMEOUT_MS: f64 = 4000.0;

/// The attribute that marks the hosts these tests add to the page.
const HOST_MARK: &str = "data-component-test-host";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// The id of the style sheet [`host`] adds to the test page.
const STYLE_ID: &str = "component-test-style";

/// The little of the app's layout the tests need. The app's style sheets are not in the
/// test page, and the map sizes its drawing from its box's measured size: unstyled, the
/// box would take its size from the drawing (an inline SVG, plus the line's descent) and
/// grow a few pixels at every measure, so the view would never settle, nor would
/// anything that waits for it (the URL is written once the state has rested). As in
/// `map.css`, the box has a size of its own and the drawing fills it.
const STYLE: &str = "
[data-component-test-host] .map { position: relative; width: 640px; height: 420px; }
[data-component-test-host] .map-svg {
  display: block; position: absolute; inset: 0; width: 100%; height: 100%;
}
";

/// A fresh host element in the test page, so each test mounts into its own node. Hosts a
/// failed test left behind (a panic skips its clean-up) are removed first, so their ids
/// never shadow the new app's.
pub fn host() -> HtmlElement {
    let document = document();
    if document.get_element_by_id(STYLE_ID).is_none() {
        let style = document.create_element("style").expect("a style element");
        style.set_id(STYLE_ID);
        style.set_text_content(Some(STYLE));
        document
            .body()
            .expect("a body")
            .append_child(&style)
            .expect("append the style");
    }
    if let Ok(stale) = document.query_selector_all(&format!("[{HOST_MARK}]")) {
        for i in 0..stale.length() {
            if let Some(el) = stale.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                el.remove();
            }
        }
    }
    let host = document.create_element("div").expect("a div");
    host.set_attribute(HOST_MARK, "").expect("mark the host");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("append the host");
    host.unchecked_into()
}

/// Waits `ms` milliseconds of the browser's time.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits for the browser's next task, so that Leptos' scheduled effects have run.
pub async fn next_task() {
    sleep_ms(20).await;
}

/// Polls `value` about every 16 ms (a frame) until it equals `expected`; fails after
/// [`TIMEOUT_MS`] naming `what` and the last value seen, which says more than a bare
/// "timed out".
pub async fn wait_eq<T: PartialEq + Debug>(what: &str, value: impl Fn() -> T, expected: T) {
    let start = js_sys::Date::now();
    loop {
        let now = value();
        if now == expected {
            return;
        }
        if js_sys::Date::now() - start > TIMEOUT_MS {
            panic!("{what}: expected {expected:?}, still {now:?} after {TIMEOUT_MS} ms");
        }
        sleep_ms(16).await;
    }
}

/// Polls `condition` about every 16 ms until it holds; fails after [`TIMEOUT_MS`].
pub async fn wait_until(what: &str, condition: impl Fn() -> bool) {
    wait_eq(what, condition, true).await;
}

/// Sets the page's query string (`"?t=600"`, or `""` for the plain URL) without loading
/// the page, as a link opened in the app would have it.
pub fn set_query(query: &str) {
    let window = web_sys::window().expect("a window");
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("a history")
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .expect("replaceState");
}

/// The page's query string, with its `?` (empty for the plain URL).
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The whole app, mounted on a URL; derefs to its host, the root of every query.
pub struct Mounted {
    host: HtmlElement,
    handle: Option<Box<dyn Any>>,
}

impl Mounted {
    /// Opens the app on `query` (`""` for the default view) and lets it apply the URL.
    pub async fn app(query: &str) -> Self {
        set_query(query);
        let host = host();
        let handle = leptos::mount::mount_to(host.clone(), petrograd1917::ui::App);
        next_task().await;
        Self {
            host,
            handle: Some(Box::new(handle)),
        }
    }
}

impl Deref for Mounted {
    type Target = HtmlElement;

    fn deref(&self) -> &HtmlElement {
        &self.host
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        // Unmounting drops the app's timers (the pending URL write, playback) with it.
        drop(self.handle.take());
        self.host.remove();
        set_query("");
    }
}

/// The first element under `root` matching `selector`, or a failure naming it.
pub fn find(root: &Element, selector: &str) -> Element {
    try_find(root, selector).unwrap_or_else(|| panic!("nothing matches {selector}"))
}

/// The first element under `root` matching `selector`, if any.
pub fn try_find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("a valid selector")
}

/// Every element under `root` matching `selector`, in document order.
pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The text of the first match, trimmed; empty when nothing matches, so that waits on a
/// text can start before the element exists.
pub fn text(root: &Element, selector: &str) -> String {
    try_find(root, selector)
        .and_then(|el| el.text_content())
        .map(|t| t.trim().to_string())
        .unwrap_or_default()
}

/// The texts of every match, trimmed.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    find_all(root, selector)
        .iter()
        .map(|el| el.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

/// An attribute of the first match; `None` when it or the element is missing.
pub fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    try_find(root, selector).and_then(|el| el.get_attribute(name))
}

/// An attribute of every match.
pub fn attrs(root: &Element, selector: &str, name: &str) -> Vec<String> {
    find_all(root, selector)
        .iter()
        .map(|el| el.get_attribute(name).unwrap_or_default())
        .collect()
}

/// Whether the first match is hidden by its own `hidden` attribute.
pub fn is_hidden(root: &Element, selector: &str) -> bool {
    find(root, selector).has_attribute("hidden")
}

/// Whether an element has a class.
pub fn has_class(el: &Element, class: &str) -> bool {
    el.class_list().contains(class)
}

/// Clicks the first match as a user would (a real, bubbling `click`).
pub fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Dispatches a bubbling `click` on any element, SVG ones included (they have no
/// `click()`).
pub fn dispatch_click(el: &Element) {
    let event = web_sys::Event::new("click").expect("an event");
    event.init_event_with_bubbles_and_cancelable("click", true, true);
    el.dispatch_event(&event).expect("dispatch");
}

/// Presses `key` on `el`: a bubbling, cancelable `keydown`.
pub fn press(el: &Element, key: &str) {
    press_with(el, key, false);
}

/// Presses `key` on `el`, with Shift held if `shift`.
pub fn press_with(el: &Element, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event");
    el.dispatch_event(&event).expect("dispatch");
}

/// Picks `value` in the first `<select>` matching `selector`, as a user would: the value
/// changes, then a bubbling `change` says so.
pub fn choose(root: &Element, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = find(root, selector).unchecked_into();
    select.set_value(value);
    let event = web_sys::Event::new("change").expect("an event");
    event.init_event_with_bubbles_and_cancelable("change", true, false);
    select.dispatch_event(&event).expect("dispatch");
}

/// The value of the first `<select>` matching `selector`.
pub fn selected(root: &Element, selector: &str) -> String {
    find(root, selector)
        .unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// Gives the focus to an element (HTML or SVG: both have `focus()`).
pub fn focus(el: &Element) {
    el.unchecked_ref::<HtmlElement>()
        .focus()
        .expect("focus the element");
}

/// The focused element's id (empty when it has none or nothing is focused).
pub fn focused_id() -> String {
    document()
        .active_element()
        .map(|el| el.id())
        .unwrap_or_default()
}

/// Whether `el` has the focus.
pub fn is_focused(el: &Element) -> bool {
    document()
        .active_element()
        .is_some_and(|active| active.is_same_node(Some(el)))
}

/// The document's element by id (the popovers a button's `aria-controls` names).
pub fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
}

/// The `<html>` element's `lang`.
pub fn page_lang() -> Option<String> {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
}

/// The timeline slider.
pub fn slider(root: &Element) -> Element {
    find(root, "[role=slider]")
}

/// The story clock as the slider says it: minutes since 26 October 1917 00:00 (Julian).
pub fn clock(root: &Element) -> i32 {
    attr(root, "[role=slider]", "aria-valuenow")
        .and_then(|v| v.parse().ok())
        .expect("a numeric aria-valuenow")
}

/// Which reader tab is selected, by its `data-panel` (`passages`, `text`, `places`).
pub fn selected_tab(root: &Element) -> String {
    attr(root, "[role=tab][aria-selected=true]", "data-panel").unwrap_or_default()
}

/// Types `value` into the first `<input>` matching `selector`, as a keystroke leaves it:
/// the value changes, then a bubbling `input` says so.
pub fn type_into(root: &Element, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = find(root, selector).unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("input").expect("an event");
    event.init_event_with_bubbles_and_cancelable("input", true, false);
    input.dispatch_event(&event).expect("dispatch");
}
