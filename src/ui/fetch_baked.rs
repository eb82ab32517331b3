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

/// Fetches `file` in the background, decodes it with `decode` and hands the result to
/// `done`: the value, or why it could not be had (a warning is logged then, naming `what`).
pub fn fetch_baked<T: 'static, E: std::fmt::Display + 'static>(
    what: &'static str,
    file: &'static str,
    decode: fn(&[u8]) -> Result<T, E>,
    done: impl FnOnce(Option<T>) + 'static,
) {
    leptos::task::spawn_local(async move {
        let value = fetch_bytes(file)
            .await
            .and_then(|bytes| decode(&bytes).map_err(|e| e.to_string()));
        match value {
            Ok(value) => done(Some(value)),
            Err(message) => {
                web_sys::console::warn_1(&format!("{what} not loaded: {message}").into());
                done(None);
            }
        }
    });
}
