//! Fetches a file `build.rs` baked apart, after the first view: the translated text and the
//! basemap's city level. They sit next to `index.html` in `dist/` (the service worker
//! precaches them with the rest), so a relative URL finds them under any sub-path.
//!
//! [`baked_file`] is a `LocalResource`, which runs in the browser only (the prerender and
//! the hydration see the file not yet arrived) and redraws what reads it when it resolves;
//! one resource type for every file, so the wasm carries one copy of its machinery, and
//! the callers decode the bytes in a memo.

use gloo_net::http::Request;
use leptos::prelude::*;

/// The bytes of a file fetched after the first view: `None` until they arrive, then
/// `Some(None)` if they cannot be had (a warning says why), else `Some(Some(bytes))`.
pub type BakedFile = LocalResource<Option<Vec<u8>>>;

/// Starts fetching `file` (none: nothing to fetch); `what` names it in the warning.
pub fn baked_file(what: &'static str, file: Option<&'static str>) -> BakedFile {
    LocalResource::new(move || async move {
        fetch_baked(file?)
            .await
            .map_err(|error| warn_not_loaded(what, &error))
            .ok()
    })
}

/// The bytes of `file`, from the app's own origin; the error names the URL and the cause.
async fn fetch_baked(file: &str) -> Result<Vec<u8>, String> {
    let url = format!("./{file}");
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    response.binary().await.map_err(|e| format!("{url}: {e}"))
}

/// Logs why a file the app fetched after the first view is not used, naming `what`: the app
/// goes on without it (the original text, the region's coastline), and says so where it
/// matters.
pub fn warn_not_loaded(what: &str, error: &dyn std::fmt::Display) {
    web_sys::console::warn_1(&format!("{what} not loaded: {error}").into());
}
