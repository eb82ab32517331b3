//! Fetches the translated text after the first view. `build.rs` bakes it apart from the
//! story (`baked::TRANSLATION_FILE`), so a reader who reads the original never downloads
//! it, and one who reads the translation sees the original for the moment it takes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{ArrayBuffer, Uint8Array};
use web_sys::Response;

use crate::baked;
use crate::state::AppState;

/// The file's bytes, from the app's own origin (a relative URL, so a sub-path works).
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{url}: {e:?}"))?
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let promise = response
        .array_buffer()
        .map_err(|e| format!("{url}: {e:?}"))?;
    let buffer: ArrayBuffer = JsFuture::from(promise)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?
        .dyn_into()
        .map_err(|_| format!("{url}: not bytes"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Starts fetching the translated text, if the story has one; the state's
/// `translated_text` is set when it arrives, `translation_failed` if it cannot be had.
pub fn load_translation(state: AppState) {
    let Some(file) = baked::TRANSLATION_FILE else {
        return;
    };
    if state.story.translation().is_none() {
        return;
    }
    leptos::task::spawn_local(async move {
        let text = fetch_bytes(&format!("./{file}"))
            .await
            .and_then(|bytes| baked::translated_text(&bytes).map_err(|p| p.to_string()));
        match text {
            Ok(text) => state.translated_text.set(Some(Box::leak(Box::new(text)))),
            Err(message) => {
                web_sys::console::warn_1(&format!("translation not loaded: {message}").into());
                state.translation_failed.set(true);
            }
        }
    });
}
