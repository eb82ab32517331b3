//! The page's parts, as Leptos components: the frame ([`app`]), the map, the timeline and
//! the reader. They read the app state from context and call pure functions; browser-only
//! code (events, `web-sys`) stays here at the edge.

mod app;
mod data_problems;
pub mod diagnostics;
pub(crate) mod fetch_baked;
pub mod i18n;
mod language_switch;
pub mod map;
mod panic_view;
pub mod reader;
mod service_worker;
pub mod timeline;
mod translation_loader;
mod url_sync;

pub use app::App;
pub use data_problems::DataProblems;

/// Mounts [`App`] on `<body>`, after installing the panic view so that a bug shows a
/// message in the page and the console instead of leaving a blank page; then registers the
/// service worker, once the first view's files are in, so that its download of the whole
/// build for offline use does not compete with them.
pub fn start() {
    panic_view::install();
    leptos::mount::mount_to_body(App);
    service_worker::register();
}
