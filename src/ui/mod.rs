//! The page's parts, as Leptos components: the frame ([`app`]), the map, the timeline and
//! the reader. They read the app state from context and call pure functions; browser-only
//! code (events, `web-sys`) stays here at the edge.

mod app;
mod clipboard;
mod data_problems;
#[cfg(feature = "diagnostics")]
pub mod diagnostics;
mod embed;
pub(crate) mod fetch_baked;
pub mod i18n;
mod language_switch;
pub mod map;
pub(crate) mod now;
#[cfg(not(feature = "ssr"))]
mod panic_view;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod reader;
pub(crate) mod search;
#[cfg(not(feature = "ssr"))]
mod service_worker;
pub mod timeline;
mod translation_loader;
mod url_sync;

pub use app::App;
pub use data_problems::DataProblems;

/// The id of the element the app lives in (index.html's `<div id="app">`): the prerender
/// writes the first view into it, and the browser hydrates it from there.
pub const CONTAINER_ID: &str = "app";

/// Brings the page to life: installs the panic view (so that a bug, a hydration mismatch
/// included, shows a message rather than a page that looks alive and is dead), hydrates the
/// first view the build rendered into the app's container, then registers the service
/// worker, once the first view's files are in, so that its download of the whole build for
/// offline use does not compete with them.
#[cfg(not(feature = "ssr"))]
pub fn start() {
    use wasm_bindgen::JsCast;

    panic_view::install();
    let container = leptos::prelude::document()
        .get_element_by_id(CONTAINER_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    // The browser's build only hydrates: every build prerenders its page (Trunk's hook),
    // and building the whole app from nothing as well would put that code path in the wasm
    // too (some 25 KB). A page without its prerendered view stops in the panic view.
    #[cfg(feature = "hydrate")]
    match container {
        Some(el) => leptos::mount::hydrate_from(el, App).forget(),
        None => panic!("the page has no #{CONTAINER_ID} element to hydrate"),
    }
    // Without hydration (the `csr` feature), the app is built from nothing.
    #[cfg(not(feature = "hydrate"))]
    match container {
        Some(el) => leptos::mount::mount_to(el, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
    service_worker::register();
}
