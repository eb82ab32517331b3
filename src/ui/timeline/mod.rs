//! The timeline: the days of the story, its steps and context events, the clock as an
//! accessible slider, playback, and a label that always says when and where he is.
//!
//! Everything here reads [`AppState`](crate::state::AppState) and writes the clock only
//! through `set_clock`, so the map, the reader and the URL follow by themselves.

mod live;
mod now_label;
mod playback;
mod track;

use leptos::prelude::*;

pub use now_label::{time_words, where_words};

/// The timeline region's content.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <div class="timeline">
            <div class="timeline-bar">
                <playback::PlayControls/>
                <now_label::NowLabel/>
            </div>
            <track::Track/>
            <live::LiveRegion/>
        </div>
    }
}

/// TEMPORARY until the timeline is built by hand.
pub fn timeline() -> web_sys::Element {
    use wasm_bindgen::JsCast;
    let div = crate::ui::dom::El::new("div").done();
    let handle = leptos::mount::mount_to(div.clone().unchecked_into(), Timeline);
    std::mem::forget(handle);
    div
}
