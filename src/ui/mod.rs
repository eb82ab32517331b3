//! The page's parts, as Leptos components: the frame ([`app`]), the map, the timeline and
//! the reader. They read the app state from context and call pure functions; browser-only
//! code (events, `web-sys`) stays here at the edge.

mod app;
mod data_problems;
pub mod diagnostics;
pub mod i18n;
mod language_switch;
pub mod map;
mod panic_view;
pub mod reader;
pub mod timeline;
mod translation_loader;
mod url_sync;

pub use app::App;
pub use data_problems::DataProblems;

/// Mounts [`App`] on `<body>`, after installing the panic view so that a bug shows a
/// message in the page and the console instead of leaving a blank page.
pub fn start() {
    panic_view::install();
    leptos::mount::mount_to_body(App);
}
