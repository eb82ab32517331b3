//! The translated text, fetched after the first view. `build.rs` bakes it apart from the
//! story (`baked::TRANSLATION_FILE`), so the first view does not wait for it; a reader who
//! reads the translation sees the original for the moment it takes.

use leptos::prelude::*;

use crate::baked;
use crate::story::{Story, Text};
use crate::ui::fetch_baked::{baked_file, warn_not_loaded};

/// The translation, as the state reads it.
pub struct TranslationLoad {
    /// The translated text, once it has arrived.
    pub text: Signal<Option<&'static Text>>,
    /// Whether it could not be had (the reader says so).
    pub failed: Signal<bool>,
}

/// Starts fetching the translated text, if the story has one.
pub fn load_translation(story: &'static Story) -> TranslationLoad {
    let file = baked::TRANSLATION_FILE.filter(|_| story.translation().is_some());
    let bytes = baked_file("translation", file);
    // Decoded once, when the bytes arrive: `Some(Err(()))` if they do not decode (or never
    // come).
    let decoded = Memo::new(move |_| {
        bytes.map(|bytes| {
            let bytes = bytes.as_deref().ok_or(())?;
            let text = baked::translated_text(bytes)
                .map_err(|problem| warn_not_loaded("translation", &problem))?;
            // Kept for the rest of the page's life, as the story is: every view of the
            // text borrows from it.
            Ok(&*Box::leak(Box::new(text)))
        })
    });
    TranslationLoad {
        text: Signal::derive(move || decoded.get().and_then(Result::ok)),
        failed: Signal::derive(move || matches!(decoded.get(), Some(Err(())))),
    }
}
