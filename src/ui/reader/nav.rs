//! How the reader's panels reach into the full text: "Read in context" brings a paragraph
//! (or a footnote's marker) into view, and the full text follows the clock. The elements
//! are the ones the full text's `NodeRef`s hand over as they are drawn, kept here by block
//! id (and footnote number), so nobody looks them up by a selector; a command is a method
//! call, not a signal that an effect must obey and clear.

use std::collections::HashMap;

use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::state::url::Panel;
use crate::state::AppState;
use crate::story::{Block, BlockRole};
use crate::ui::now::now_ms;

/// How long after the user's last wheel, touch, key or press in the text a paragraph coming
/// into view still counts as their reading.
const USER_SCROLL_MS: f64 = 1500.0;

/// The last citation asked for: its words, and whether the clipboard took them.
#[derive(Clone, Debug, PartialEq)]
pub struct Cited {
    /// The citation with its link.
    pub text: String,
    /// Copied to the clipboard; if not, it is shown to copy by hand.
    pub copied: bool,
}

/// What the reader's panels share, provided as context by the reader.
#[derive(Clone, Copy)]
pub struct ReaderNav {
    /// The number of the open footnote, if any: one at most, and it stays open while the
    /// paragraph holding it changes its marks with the clock.
    pub open_note: RwSignal<Option<u8>>,
    /// The paragraph "Read in context" last brought into view: it flashes.
    pub flashed: RwSignal<Option<&'static str>>,
    /// What the last "Cite" did (`reader::cite`).
    pub cited: RwSignal<Option<Cited>>,
    /// Notified whenever the full text has drawn an anchor: the observer that lets reading
    /// move the clock collects its targets again.
    pub anchors_drawn: Trigger,
    /// The drawn paragraphs the reader can be sent to, by block id (only the copy that
    /// carries the `p-…` id when both languages are shown).
    anchors: StoredValue<HashMap<&'static str, Element>, LocalStorage>,
    /// The footnote markers in those paragraphs, by note number.
    markers: StoredValue<HashMap<u8, HtmlElement>, LocalStorage>,
    /// When the user last scrolled, touched or typed in the text ([`now_ms`]).
    last_input: StoredValue<f64>,
    /// Whether a "Read in context" is on its way: the full text does not follow the clock
    /// meanwhile, which the same click moved.
    reading_pending: StoredValue<bool>,
    /// The next frame's scroll for each of the two commands; a newer request replaces
    /// (and so cancels) an older one of the same kind.
    read_frame: StoredValue<Option<AnimationFrame>, LocalStorage>,
    follow_frame: StoredValue<Option<AnimationFrame>, LocalStorage>,
}

impl ReaderNav {
    /// A fresh one, owned by the current component.
    pub fn new() -> Self {
        Self {
            open_note: RwSignal::new(None),
            flashed: RwSignal::new(None),
            cited: RwSignal::new(None),
            anchors_drawn: Trigger::new(),
            anchors: StoredValue::new_local(HashMap::new()),
            markers: StoredValue::new_local(HashMap::new()),
            last_input: StoredValue::new(f64::NEG_INFINITY),
            reading_pending: StoredValue::new(false),
            read_frame: StoredValue::new_local(None),
            follow_frame: StoredValue::new_local(None),
        }
    }

    /// Keeps the element of block `id`, drawn by the full text.
    pub fn register_anchor(&self, id: &'static str, element: Element) {
        self.anchors.update_value(|a| {
            a.insert(id, element);
        });
        self.anchors_drawn.notify();
    }

    /// Keeps the marker of footnote `n`, drawn in an anchor paragraph.
    pub fn register_marker(&self, n: u8, marker: HtmlElement) {
        self.markers.update_value(|m| {
            m.insert(n, marker);
        });
    }

    /// The drawn element of block `id`, if drawn.
    pub fn anchor(&self, id: &str) -> Option<Element> {
        self.anchors.with_value(|a| a.get(id).cloned())
    }

    /// Notes that the user scrolled, touched or typed in the text just now.
    pub fn user_input(&self) {
        self.last_input.set_value(now_ms());
    }

    /// Whether the user is scrolling the text themselves: then a paragraph coming into
    /// view is their reading, and the clock must not scroll the text under them.
    pub fn user_is_reading(&self) -> bool {
        now_ms() - self.last_input.get_value() < USER_SCROLL_MS
    }

    /// "Read in context": opens the full text at `block`, which takes the focus and
    /// flashes; a footnote is read on its marker, open, in the paragraph that holds it.
    pub fn read_in_context(&self, state: AppState, block: &'static Block) {
        let paragraph = state.story.text().read_at(block);
        let note = match block.role {
            BlockRole::Footnote(n) => Some(n),
            _ => None,
        };
        if let Some(n) = note {
            self.open_note.set(Some(n));
        }
        state.panel.set(Panel::Text);
        let Some(id) = paragraph.map(|b| b.id.as_str()) else {
            return;
        };
        self.reading_pending.set_value(true);
        let nav = *self;
        // At the next frame the full text is drawn (it may be opened for the first time
        // by this very click) and laid out.
        self.read_frame
            .set_value(Some(request_animation_frame(move |_| {
                nav.reading_pending.set_value(false);
                let Some(element) = nav.anchor(id) else {
                    return;
                };
                nav.flashed.set(Some(id));
                let marker = note.and_then(|n| nav.markers.with_value(|m| m.get(&n).cloned()));
                match marker {
                    Some(marker) => {
                        let _ = marker.focus();
                        scroll_to(&marker, ScrollLogicalPosition::Start);
                        if let Some(popover) = marker.next_element_sibling() {
                            scroll_to(&popover, ScrollLogicalPosition::Nearest);
                        }
                    }
                    None => {
                        scroll_to(&element, ScrollLogicalPosition::Start);
                        if let Some(element) = element.dyn_ref::<HtmlElement>() {
                            let _ = element.focus();
                        }
                    }
                }
            })));
    }

    /// Brings `block`'s paragraph (a footnote's through its marker) into view in the full
    /// text and flashes it, without taking the focus or changing the panel: a search going
    /// from hit to hit keeps the focus in its field while the full text follows.
    pub fn show_block(&self, state: AppState, block: &'static Block) {
        let Some(id) = state.story.text().read_at(block).map(|b| b.id.as_str()) else {
            return;
        };
        self.reading_pending.set_value(true);
        let nav = *self;
        self.read_frame
            .set_value(Some(request_animation_frame(move |_| {
                nav.reading_pending.set_value(false);
                if let Some(element) = nav.anchor(id) {
                    nav.flashed.set(Some(id));
                    scroll_to(&element, ScrollLogicalPosition::Center);
                }
            })));
    }

    /// Brings the paragraph that tells step `index` into view, unless the user is
    /// reading or a "Read in context" is on its way: the clock moved from elsewhere.
    pub fn follow_step(&self, state: AppState, index: Option<usize>) {
        if self.user_is_reading() || self.reading_pending.get_value() {
            return;
        }
        let story = state.story;
        let text = story.text();
        // The step's first passage in reading order; a footnote's through its marker.
        let first = index
            .and_then(|i| story.steps().get(i))
            .into_iter()
            .flat_map(|step| &step.passages)
            .filter_map(|p| text.block(p.block.as_str()))
            .filter_map(|b| text.read_at(b))
            .filter_map(|b| Some((text.position(b.id.as_str())?, b.id.as_str())))
            .min();
        let Some((_, id)) = first else {
            return;
        };
        let nav = *self;
        self.follow_frame
            .set_value(Some(request_animation_frame(move |_| {
                if let Some(element) = nav.anchor(id) {
                    scroll_to(&element, ScrollLogicalPosition::Nearest);
                }
            })));
    }
}

impl Default for ReaderNav {
    fn default() -> Self {
        Self::new()
    }
}

fn scroll_to(el: &Element, position: ScrollLogicalPosition) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(position);
    options.set_behavior(ScrollBehavior::Auto);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
