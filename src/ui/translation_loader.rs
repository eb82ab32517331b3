//! Fetches the translated text after the first view. `build.rs` bakes it apart from the
//! story (`baked::TRANSLATION_FILE`), so a reader who reads the original never downloads
//! it, and one who reads the translation sees the original for the moment it takes.

use leptos::prelude::*;

use crate::baked;
use crate::state::AppState;
use crate::ui::fetch_baked::{fetch_baked, warn_undecodable};

/// Starts fetching the translated text, if the story has one; the state's
/// `translated_text` is set when it arrives, `translation_failed` if it cannot be had.
pub fn load_translation(state: AppState) {
    let Some(file) = baked::TRANSLATION_FILE else {
        return;
    };
    if state.story.translation().is_none() {
        return;
    }
    fetch_baked(
        "translation",
        file,
        Box::new(move |bytes| {
            let text = bytes.and_then(|bytes| {
                baked::translated_text(&bytes)
                    .map_err(|e| warn_undecodable("translation", &e))
                    .ok()
            });
            match text {
                Some(text) => state.translated_text.set(Some(Box::leak(Box::new(text)))),
                None => state.translation_failed.set(true),
            }
        }),
    );
}
