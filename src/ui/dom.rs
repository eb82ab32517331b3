//! A small builder for the DOM that the app draws by hand.
//!
//! Why by hand: in Leptos every element, attribute and closure of a `view!` is its own
//! type with its own build, rebuild and drop code, and they were most of the wasm (issue 8
//! measures it; `docs/performance.md`). The whole page is built here instead, with one
//! copy of the code for every element: each call below is one `web-sys` call, and text
//! always goes in as a text node, never as HTML. What follows the state is set at once
//! and kept in step by an effect ([`bind_attr`], [`bind_text`], [`bind_flag`]).
//!
//! Events are caught once per container, with [`listen`] or [`on`], and find their target
//! with [`closest`] and `data-*` attributes. Timers and animation frames ([`after`],
//! [`every`], [`next_frame`]) are here too.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Document, Element, Event, Node, Text};

use crate::ui::effect::effect_now;

/// The SVG namespace, for the map's hand-built elements.
pub const SVG: &str = "http://www.w3.org/2000/svg";

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect_throw("the app runs in a page with a document")
}

/// An element under construction.
pub struct El(Element);

impl El {
    /// An HTML element.
    pub fn new(tag: &str) -> El {
        El(document()
            .create_element(tag)
            .expect_throw("a constant tag name is valid"))
    }

    /// An SVG element.
    pub fn svg(tag: &str) -> El {
        El(document()
            .create_element_ns(Some(SVG), tag)
            .expect_throw("a constant tag name is valid"))
    }

    /// Sets an attribute (its value as text).
    pub fn attr(self, name: &str, value: &str) -> El {
        set_attr(&self.0, name, value);
        self
    }

    /// Sets the `class` attribute.
    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }

    /// Sets a boolean attribute such as `hidden` when `on`.
    pub fn flag(self, name: &str, on: bool) -> El {
        if on {
            set_attr(&self.0, name, "");
        }
        self
    }

    /// Appends text, as a text node.
    pub fn text(self, text: &str) -> El {
        append_text(&self.0, text);
        self
    }

    /// Appends a child element.
    pub fn child(self, child: El) -> El {
        append(&self.0, &child.0);
        self
    }

    /// Appends a child element when there is one.
    pub fn child_opt(self, child: Option<El>) -> El {
        if let Some(child) = child {
            append(&self.0, &child.0);
        }
        self
    }

    /// Appends an element built elsewhere.
    pub fn child_el(self, child: Element) -> El {
        append(&self.0, &child);
        self
    }

    /// Appends the element to `parent`, once it is built.
    pub fn append_to(self, parent: &Node) {
        append(parent, &self.0);
    }

    /// The element, to append elsewhere or keep.
    pub fn done(self) -> Element {
        self.0
    }

    /// The element while building, to hand to a function that fills it.
    pub fn element(&self) -> &Element {
        &self.0
    }
}

/// Sets an attribute; the names are constants, so a failure is a bug worth ignoring.
pub fn set_attr(el: &Element, name: &str, value: &str) {
    let _ = el.set_attribute(name, value);
}

/// Sets an attribute unless `last`, the value written before, already says it, and keeps
/// the new value there: the map redraws every frame of a pan, and most of its attributes
/// do not change. `last` must start as what the element holds (empty: write it empty).
pub fn set_attr_cached(el: &Element, name: &str, value: &str, last: &mut String) {
    if last != value {
        set_attr(el, name, value);
        value.clone_into(last);
    }
}

/// Appends a node.
pub fn append(parent: &Node, child: &Node) {
    let _ = parent.append_child(child);
}

/// Appends a text node.
pub fn append_text(parent: &Node, text: &str) {
    text_node(parent, text);
}

/// Appends a text node and returns it, to change its text later.
pub fn text_node(parent: &Node, text: &str) -> Text {
    let node = document().create_text_node(text);
    append(parent, &node);
    node
}

/// Removes every child of `parent`, to draw it again.
pub fn clear(parent: &Element) {
    parent.set_text_content(None);
}

/// The element an event happened in, or its nearest ancestor, that matches `selector`.
pub fn closest(ev: &Event, selector: &str) -> Option<Element> {
    ev.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Every element under `root` that matches `selector`.
pub fn each(root: &Element, selector: &str, mut f: impl FnMut(Element)) {
    let Ok(list) = root.query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            f(el);
        }
    }
}

/// Listens to `events` on `el` with one handler. For parts of the page mounted once, as
/// the map is: the handler is never removed, and lives as long as the page.
pub fn listen(el: &Element, events: &[&str], handler: Box<dyn FnMut(Event)>) {
    let handler = Closure::wrap(handler);
    for event in events {
        let _ = el.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    }
    handler.forget();
}

/// Gives class `current` to the elements under `root` whose `data-step` is `step`, and
/// takes it from the others: the marks of the current step follow the clock without
/// drawing the list again.
pub fn mark_current_step(root: &Element, selector: &str, step: Option<usize>) {
    let step = step.map(|i| i.to_string());
    each_chosen(
        root,
        selector,
        "data-step",
        step.as_deref(),
        |el, current| {
            let _ = el.class_list().toggle_with_force("current", current);
        },
    );
}

/// Calls `mark` on every element under `root` that matches `selector`, with whether its
/// attribute `key` says `chosen`: the pressed button of a group, the selected tab and the
/// current step's marks follow a signal without the group being drawn again.
pub fn each_chosen(
    root: &Element,
    selector: &str,
    key: &str,
    chosen: Option<&str>,
    mut mark: impl FnMut(&Element, bool),
) {
    each(root, selector, |el| {
        let is_chosen = chosen.is_some() && el.get_attribute(key).as_deref() == chosen;
        mark(&el, is_chosen);
    });
}

/// Focuses an element that can take the focus.
pub fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Keeps attribute `name` of `el` equal to `value()`: set now, so the element is complete
/// when it is mounted, and again whenever a signal `value` reads changes.
///
/// Why not a `view!` attribute: each of those is its own type with its own build and
/// rebuild code; these share one effect and one setter.
pub fn bind_attr(el: &Element, name: &'static str, value: impl Fn() -> String + 'static) {
    let el = el.clone();
    effect_now(move || set_attr(&el, name, &value()));
}

/// Keeps boolean attribute `name` (such as `hidden`) on `el` while `on()` is true.
pub fn bind_flag(el: &Element, name: &'static str, on: impl Fn() -> bool + 'static) {
    let el = el.clone();
    effect_now(move || {
        let _ = el.toggle_attribute_with_force(name, on());
    });
}

/// Appends a text node that keeps saying `value()`.
pub fn bind_text(parent: &Node, value: impl Fn() -> String + 'static) {
    let node = text_node(parent, "");
    effect_now(move || node.set_data(&value()));
}

/// Listens to one event on `el` (see [`listen`]).
pub fn on(el: &Element, event: &str, handler: impl FnMut(Event) + 'static) {
    listen(el, &[event], Box::new(handler));
}

/// Logs an error to the browser's console.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

/// Calls `f` before the browser paints its next frame.
pub fn next_frame(f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let f = Closure::once_into_js(f);
        let _ = window.request_animation_frame(f.unchecked_ref());
    }
}

/// A timer started by [`after`] or [`every`]; dropping it stops the timer.
pub struct Timer {
    id: i32,
    repeat: bool,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            if self.repeat {
                window.clear_interval_with_handle(self.id);
            } else {
                window.clear_timeout_with_handle(self.id);
            }
        }
    }
}

fn start_timer(ms: i32, repeat: bool, f: Box<dyn FnMut()>) -> Option<Timer> {
    let window = web_sys::window()?;
    let callback = Closure::wrap(f);
    let handler = callback.as_ref().unchecked_ref();
    let id = if repeat {
        window.set_interval_with_callback_and_timeout_and_arguments_0(handler, ms)
    } else {
        window.set_timeout_with_callback_and_timeout_and_arguments_0(handler, ms)
    }
    .ok()?;
    Some(Timer {
        id,
        repeat,
        _callback: callback,
    })
}

/// Calls `f` once, `ms` milliseconds from now, unless the timer is dropped first.
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<Timer> {
    let mut f = Some(f);
    start_timer(
        ms,
        false,
        Box::new(move || {
            if let Some(f) = f.take() {
                f();
            }
        }),
    )
}

/// Calls `f` every `ms` milliseconds until the timer is dropped.
pub fn every(ms: i32, f: impl FnMut() + 'static) -> Option<Timer> {
    start_timer(ms, true, Box::new(f))
}

/// Listens to `event` on the window until the part of the page being built is unmounted.
pub fn listen_to_window(event: &'static str, handler: impl FnMut(Event) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = window.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    crate::ui::effect::cleanup(move || {
        let _ = window.remove_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    });
}
