//! Fetches a file `build.rs` baked apart, after the first view: the translated text and the
//! basemap's city level. They sit next to `index.html` in `dist/` (the service worker
//! precaches them with the rest), so a relative URL finds them under any sub-path. The
//! callers wrap this in a `LocalResource`, which runs it in the browser only (the
//! prerender never fetches) and redraws what reads it when it resolves.

use gloo_net::http::Request;

/// The bytes of `file`, from the app's own origin; the error names the URL and the cause.
pub async fn fetch_baked(file: &str) -> Result<Vec<u8>, String> {
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
