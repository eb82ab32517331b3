//! A polite live region for screen readers: it speaks where he is and what he is doing
//! when the current step changes, never on every frame of playback or drag.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::i18n::strings;
use crate::ui::timeline::now_label::where_words;

/// Announces the current step whenever it changes (it follows the step, not the clock,
/// so a drag or playback within one step says nothing new).
#[component]
pub fn LiveRegion() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let message = move || {
        let lang = state.lang.get();
        let Some(step) = state.step.get().and_then(|i| story.steps().get(i)) else {
            return String::new();
        };
        format!(
            "{} — {}. {}",
            strings(lang).timeline.announce_now,
            where_words(story, lang, step.span.start),
            step.title.get(lang.code())
        )
    };
    view! { <p class="visually-hidden" aria-live="polite" aria-atomic="true">{message}</p> }
}
