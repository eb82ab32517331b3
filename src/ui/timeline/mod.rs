//! The timeline: the days of the story, its steps and context events, the clock as an
//! accessible slider, playback, and a label that always says when and where he is.
//!
//! Everything here reads [`AppState`](crate::state::AppState) and writes the clock only
//! through `set_clock`, so the map, the reader and the URL follow by themselves.

mod context_lane;
mod live;
mod marks;
mod now_label;
mod playback;
mod slider;
mod track;

use leptos::prelude::*;

pub use now_label::{time_words, where_words};

/// The timeline region's content: the play controls and the now label side by side, the
/// slider under them, and the live region that speaks each new step.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <div class="timeline">
            <div class="timeline-bar">
                <playback::PlayControls/>
                <now_label::NowLabel/>
            </div>
            <slider::Slider/>
            <live::LiveRegion/>
        </div>
    }
}
