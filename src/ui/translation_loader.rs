//! The translated text, fetched after the first view. `build.rs` bakes it apart from the
//! story (`baked::TRANSLATION_FILE`), so the first view does not wait for it; a reader who
//! reads the translation sees the original for the moment it takes.

use leptos::prelude::*;

use crate::baked;
use crate::story::{Story, Text};
use crate::ui::fetch_baked::{fetch_baked, warn_not_loaded};

/// The translation, as the state reads it.
pub struct TranslationLoad {
    /// The translated text, once it has arrived.
    pub text: Signal<Option<&'static Text>>,
    /// Whether it could not be had (the reader says so).
    pub failed: Signal<bool>,
}

/// Starts fetching the translated text, if the story has one (a `LocalResource`: in the
/// browser only, so the prerender and the hydration both see it not yet arrived).
pub fn load_translation(story: &'static Story) -> TranslationLoad {
    let file = baked::TRANSLATION_FILE.filter(|_| story.translation().is_some());
    let resource = LocalResource::new(move || async move {
        let file = file?;
        let text = fetch_baked(file).await.and_then(|bytes| {
            baked::translated_text(&bytes).map_err(|problem| problem.to_string())
        });
        Some(
            text.map_err(|error| warn_not_loaded("translation", &error))
                .map(|text| {
                    // Kept for the rest of the page's life, as the story is: every view of the text
                    // borrows from it.
                    &*Box::leak(Box::new(text))
                }),
        )
    });
    TranslationLoad {
        text: Signal::derive(move || resource.get().flatten().and_then(Result::ok)),
        failed: Signal::derive(move || matches!(resource.get(), Some(Some(Err(()))))),
    }
}
