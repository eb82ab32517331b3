//! Registers the service worker (`sw.js`) that keeps the app working offline after the
//! first visit. The release build writes it with Workbox (`scripts/service_worker.mjs`,
//! which also explains the update policy); the page only asks the browser to use it.

use wasm_bindgen_futures::JsFuture;

/// Relative to the page, so the worker's scope is the app's folder, at a host's root or
/// under any sub-path.
const SCRIPT: &str = "./sw.js";

/// Asks the browser to install the service worker, in release builds: debug builds
/// (`trunk serve`) have no `sw.js`, and a worker would serve a stale page while editing.
/// Where there are no service workers (a page opened from `file://` or over plain http from
/// another host than localhost, an old browser), it does nothing; a failed registration is
/// a console warning. The app works the same without the worker, only not offline.
pub fn register() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // Embedded in another page, the app leaves offline use to the page's own visits: a
    // frame's service worker would be registered under the host's storage partition, and
    // may be refused there.
    let framed = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !web_sys::js_sys::Object::is(&parent, &window));
    if framed {
        return;
    }
    // `navigator.serviceWorker` is undefined outside secure contexts.
    let container = window.navigator().service_worker();
    if container.is_undefined() {
        return;
    }
    let registration = JsFuture::from(container.register(SCRIPT));
    leptos::task::spawn_local(async move {
        if let Err(error) = registration.await {
            web_sys::console::warn_2(
                &"Not available offline: the service worker was not registered.".into(),
                &error,
            );
        }
    });
}
