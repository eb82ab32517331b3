//! A polite live region for screen readers: it speaks where he is and what he is doing
//! when the current step changes, never on every frame of playback or drag.

use crate::ui::reactive::*;
use web_sys::Element;

use crate::state::AppState;
use crate::ui::dom::{self, El};
use crate::ui::i18n::strings;
use crate::ui::timeline::now_label::where_words;

/// Announces the current step whenever it changes.
pub fn live_region() -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let story = state.story;
    let step = state.step;
    let message = move || {
        let lang = state.lang.get();
        let Some(step) = step.get().and_then(|i| story.steps().get(i)) else {
            return String::new();
        };
        format!(
            "{} — {}. {}",
            strings(lang).timeline.announce_now,
            where_words(story, lang, step.span.start),
            step.title.get(lang.code())
        )
    };
    let region = El::new("p")
        .class("visually-hidden")
        .attr("aria-live", "polite")
        .attr("aria-atomic", "true")
        .done();
    dom::bind_text(&region, message);
    region
}
