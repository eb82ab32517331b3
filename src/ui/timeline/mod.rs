//! The timeline: the days of the story, its steps and context events, and the clock.

use leptos::prelude::*;

/// The timeline region's content.
#[component]
pub fn Timeline() -> impl IntoView {
    view! { <div class="timeline"></div> }
}
