//! Leptos components. They read the app state and call pure functions; browser-only code
//! (events, `web-sys`) stays here at the edge.

mod app;

pub use app::App;

/// Mounts [`App`] on `<body>`, after installing a panic hook so that a bug shows a message
/// in the page and the console instead of leaving a blank page.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
