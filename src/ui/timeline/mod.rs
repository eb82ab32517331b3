//! The timeline: the days of the story, its steps and context events, the clock as an
//! accessible slider, playback, and a label that always says when and where he is.
//!
//! Everything here reads [`AppState`](crate::state::AppState) and writes the clock only
//! through `set_clock`, so the map, the reader and the URL follow by themselves.
//!
//! Built by hand (`ui::dom`), as the map and the reader's panels are: in a `view!`, every
//! element, attribute and handler is its own type with its own build, rebuild and drop
//! code in the wasm; here they all share the one copy in `ui::dom`, and what follows the
//! signals is kept up to date by effects.

mod live;
mod now_label;
mod playback;
mod track;

use web_sys::Element;

use crate::ui::dom::{self, El};

pub use now_label::{time_words, where_words};

/// The timeline region's content: `<div class="timeline">`, to append to its region.
pub fn timeline() -> Element {
    let timeline = El::new("div").class("timeline").done();
    let bar = El::new("div").class("timeline-bar").done();
    dom::append(&bar, &playback::play_controls());
    dom::append(&bar, &now_label::now_label());
    dom::append(&timeline, &bar);
    dom::append(&timeline, &track::track());
    dom::append(&timeline, &live::live_region());
    timeline
}
