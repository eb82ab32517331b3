//! Leptos components. They read the app state and call pure functions; browser-only code
//! (events, `web-sys`) stays here at the edge.

mod app;
pub mod diagnostics;
pub mod dom;
pub mod effect;
pub mod i18n;
pub mod map;
mod panic_view;
pub mod reader;
pub mod timeline;
mod url_sync;

pub use app::{App, DataProblems};

/// Mounts [`App`] on `<body>`, after installing the panic view so that a bug shows a
/// message in the page and the console instead of leaving a blank page.
pub fn start() {
    panic_view::install();
    leptos::mount::mount_to_body(App);
}
