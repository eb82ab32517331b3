//! Fetches a file `build.rs` baked apart, after the first view: the translated text and the
//! basemap's city level. They sit next to `index.html` in `dist/` (the service worker
//! precaches them with the rest), so a relative URL finds them under any sub-path.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{ArrayBuffer, Uint8Array};
use web_sys::Response;

/// The bytes of `file`, from the app's own origin.
async fn fetch_bytes(file: &str) -> Result<Vec<u8>, String> {
    let url = format!("./{file}");
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(&url))
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

/// Fetches `file` in the background and hands its bytes to `done`, or `None` if it cannot
/// be had (a warning naming `what` is logged then). One function for every such file,
/// boxed, so the wasm carries one copy of the fetch whatever the callers.
pub fn fetch_baked(what: &'static str, file: &'static str, done: Box<dyn FnOnce(Option<Vec<u8>>)>) {
    leptos::task::spawn_local(async move {
        match fetch_bytes(file).await {
            Ok(bytes) => done(Some(bytes)),
            Err(message) => {
                web_sys::console::warn_1(&format!("{what} not loaded: {message}").into());
                done(None);
            }
        }
    });
}

/// Logs why a fetched file would not decode, naming `what`.
pub fn warn_undecodable(what: &str, error: &dyn std::fmt::Display) {
    web_sys::console::warn_1(&format!("{what} not loaded: {error}").into());
}
