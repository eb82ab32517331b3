//! The memoir in reading order, paragraphs whole, the passages of the current moment
//! marked. While the reader scrolls, the top-most paragraph in view that tells a step
//! moves the clock (and so the map), unless switched off; clock changes that come from
//! elsewhere scroll the text to the current passage instead. Only scrolling the user
//! started counts, so the two directions never feed each other.

use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use crate::ui::reactive::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{
    Element, Event, HtmlInputElement, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition,
};

use crate::state::url::Panel;
use crate::state::{AppState, Lang};
use crate::story::{Block, BlockRole, Story};
use crate::ui::dom::{self, El};
use crate::ui::effect::{cleanup, effect};
use crate::ui::i18n::bind_tr;
use crate::ui::reader::spans::{self, append_block, Notes, SpanContext};
use crate::ui::reader::ReaderNav;

/// How long after the user's last wheel, touch or key in the text a paragraph coming into
/// view still counts as their reading.
const USER_SCROLL_MS: f64 = 1500.0;

fn now_ms() -> f64 {
    web_sys::js_sys::Date::now()
}

fn element(id: &str) -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

fn scroll_to(el: &Element, position: ScrollLogicalPosition) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(position);
    options.set_behavior(ScrollBehavior::Auto);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The observer that reports which paragraphs are in view, kept with its callback.
type Observer = Rc<RefCell<Option<(IntersectionObserver, Closure<dyn FnMut(Array)>)>>>;

/// Starts reporting the paragraphs that tell a step (`data-index`) as they come into view.
fn observe(root: &Element, observer: &Observer, on_seen: impl FnMut(Array) + 'static) {
    let callback = Closure::<dyn FnMut(Array)>::new(on_seen);
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px -50% 0px");
    let Ok(io) =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    dom::each(root, "[data-index]", |el| io.observe(&el));
    *observer.borrow_mut() = Some((io, callback));
}

/// A paragraph of the memoir as drawn: its element, where its words go, and the ranges
/// marked in it now.
struct Drawn {
    block: &'static Block,
    /// The element that carries `current` and the id.
    outer: Element,
    /// The element the spans go in (the `<p>` inside a quotation's `<blockquote>`).
    body: Element,
    marked: Vec<Range<usize>>,
}

/// A paragraph's element, empty: [`FullText`]'s effect draws its words (again when the
/// language or its marked passages change).
fn paragraph(story: &Story, index: usize, block: &'static Block) -> Drawn {
    let id = block.id.as_str();
    let (tag, class) = match block.role {
        BlockRole::Title => ("h2", "memoir-title"),
        BlockRole::Quote => ("blockquote", "memoir-quote"),
        BlockRole::Byline => ("p", "byline"),
        BlockRole::SourceNote => ("p", "source-note"),
        _ => ("p", "body"),
    };
    let outer = El::new(tag)
        .attr("id", &format!("p-{id}"))
        .class(class)
        .attr("tabindex", "-1");
    let tells = block.role != BlockRole::Title && !story.steps_told_in(id).is_empty();
    let outer = if tells {
        outer.attr("data-index", &index.to_string())
    } else {
        outer
    };
    let outer = outer.done();
    let body = if block.role == BlockRole::Quote {
        let p = El::new("p").done();
        dom::append(&outer, &p);
        p
    } else {
        outer.clone()
    };
    Drawn {
        block,
        outer,
        body,
        marked: Vec::new(),
    }
}

/// The full text panel. `open_note` is the footnote open in the reader, which every panel
/// that shows markers shares.
pub fn full_text(nav: ReaderNav, open_note: RwSignal<Option<usize>>) -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let story = state.story;
    let current = state.step;
    // When the reader last scrolled or typed in the text.
    let last_input = Rc::new(Cell::new(0.0_f64));
    // Whether each paragraph is in view (the top half of the reader), by index.
    let mut visible = vec![false; story.text().paragraphs.len()];
    let panel = El::new("div").class("full-text").done();
    let article = El::new("article").class("memoir").attr("lang", "fr").done();
    let mut drawn = Vec::<Drawn>::new();
    let mut drawn_lang = None::<Lang>;

    // Paragraph in view -> clock.
    let last_seen_input = last_input.clone();
    let on_seen = move |entries: Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                continue;
            };
            let Some(index) = entry
                .target()
                .get_attribute("data-index")
                .and_then(|i| i.parse::<usize>().ok())
            else {
                continue;
            };
            if let Some(seen) = visible.get_mut(index) {
                *seen = entry.is_intersecting();
            }
        }
        let reading = now_ms() - last_seen_input.get() < USER_SCROLL_MS;
        if !reading || !state.reading_drives_clock.get_untracked() || state.playing.get_untracked()
        {
            return;
        }
        let Some(top) = visible.iter().position(|&s| s) else {
            return;
        };
        let Some(block) = story.text().paragraphs.get(top) else {
            return;
        };
        let steps = story.steps_told_in(block.id.as_str());
        let now = current.get_untracked();
        if now.is_some_and(|i| steps.contains(&i)) {
            return;
        }
        if let Some(step) = steps.first().and_then(|&i| story.steps().get(i)) {
            state.set_clock(step.span.start);
        }
    };
    let observer: Observer = Rc::default();
    let mut on_seen = Some(on_seen);
    let observing = observer.clone();
    // Draw, while shown: the paragraphs once, their words when the language changes, and the
    // paragraphs whose marked passages change with the clock.
    let root = article.clone();
    effect(move || {
        if state.panel.get() != Panel::Text {
            return;
        }
        let lang = state.lang.get();
        let step = current.get().and_then(|i| story.steps().get(i));
        let root = &root;
        if drawn.is_empty() {
            let paragraphs: Vec<Drawn> = story
                .text()
                .paragraphs
                .iter()
                .enumerate()
                .map(|(index, block)| paragraph(story, index, block))
                .collect();
            for p in &paragraphs {
                dom::append(root, &p.outer);
            }
            if let Some(on_seen) = on_seen.take() {
                observe(root, &observing, on_seen);
            }
            drawn = paragraphs;
        }
        let new_lang = drawn_lang != Some(lang);
        drawn_lang = Some(lang);
        let cx = SpanContext {
            story,
            lang,
            open_note: open_note.get_untracked(),
        };
        for p in &mut drawn {
            let marked = step
                .map(|s| story.ranges_in(s, p.block.id.as_str()))
                .unwrap_or_default();
            if !new_lang && marked == p.marked {
                continue;
            }
            dom::clear(&p.body);
            append_block(&p.body, p.block, None, &marked, Notes::Open, cx);
            if p.block.role != BlockRole::Title {
                let _ = p
                    .outer
                    .class_list()
                    .toggle_with_force("current", !marked.is_empty());
            }
            p.marked = marked;
        }
    });
    cleanup(move || {
        if let Some((io, _)) = observer.borrow_mut().take() {
            io.disconnect();
        }
    });

    // Clock (from elsewhere), or the panel shown -> scroll to the current passage.
    let root = article.clone();
    let last_scroll_input = last_input.clone();
    effect(move || {
        if state.panel.get() != Panel::Text {
            return;
        }
        let _ = current.get();
        if now_ms() - last_scroll_input.get() < USER_SCROLL_MS
            || nav.scroll_to.get_untracked().is_some()
        {
            return;
        }
        let root = root.clone();
        dom::next_frame(move || {
            if let Ok(Some(el)) = root.query_selector(".current") {
                scroll_to(&el, ScrollLogicalPosition::Nearest);
            }
        });
    });

    // "Read in context" -> bring that paragraph into view, focus and flash it.
    effect(move || {
        let Some(block) = nav.scroll_to.get() else {
            return;
        };
        let id = story.text().paragraphs.get(block).map(|b| b.id.as_str());
        dom::next_frame(move || {
            if let Some(el) = id.and_then(|id| element(&format!("p-{id}"))) {
                scroll_to(&el, ScrollLogicalPosition::Start);
                let _ = el.class_list().add_1("flash");
                dom::focus(&el);
            }
            nav.scroll_to.set(None);
        });
    });

    let mark_input = move |_: Event| last_input.set(now_ms());
    dom::listen(
        &article,
        &["wheel", "touchmove", "keydown", "pointerdown"],
        Box::new(mark_input),
    );
    dom::on(&article, "click", move |ev| {
        spans::on_click(&ev, open_note);
    });

    let follow = El::new("input").attr("type", "checkbox").done();
    let checkbox = follow.clone();
    effect(move || {
        if let Some(input) = checkbox.dyn_ref::<HtmlInputElement>() {
            input.set_checked(state.reading_drives_clock.get());
        }
    });
    dom::on(&follow, "change", move |ev| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            state.reading_drives_clock.set(input.checked());
        }
    });
    let label = El::new("label").class("follow-reading").done();
    dom::append(&label, &follow);
    dom::append_text(&label, " ");
    bind_tr(&label, state.lang, |s| s.reader.follow_reading);
    let credit = El::new("p").class("source-credit").done();
    bind_tr(&credit, state.lang, |s| s.reader.source_credit);

    dom::bind_flag(&panel, "hidden", move || state.panel.get() != Panel::Text);
    dom::append(&panel, &label);
    dom::append(&panel, &article);
    dom::append(&panel, &credit);
    panel
}
