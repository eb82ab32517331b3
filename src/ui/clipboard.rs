//! Writing text to the clipboard, for "Cite" and "Embed": `navigator.clipboard` is missing
//! outside a secure context and refused in a frame without the permission; the callers then
//! show the text selected, to copy by hand.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; whether it was written.
pub async fn copy(text: &str) -> bool {
    // `navigator.clipboard` is undefined outside a secure context (web-sys types it as
    // always there).
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| web_sys::js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    match clipboard {
        Some(clipboard) => JsFuture::from(clipboard.write_text(text)).await.is_ok(),
        None => false,
    }
}
