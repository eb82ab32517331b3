//! The page's parts, built by hand with [`dom`] and kept in step with the state by Leptos'
//! effects. They read the app state and call pure functions; browser-only code
//! (events, `web-sys`) stays here at the edge.

mod app;
pub mod diagnostics;
pub mod dom;
pub mod effect;
pub mod i18n;
pub mod map;
mod panic_view;
pub mod reactive;
pub mod reader;
pub mod timeline;
mod url_sync;

use crate::ui::reactive::Owner;
use web_sys::Node;

pub use app::{app, data_problems};

/// The app mounted in a page: dropping it removes what it appended and stops its effects
/// (the component tests mount it more than once); the page itself keeps it for good.
pub struct Mounted {
    owner: Owner,
    parent: Node,
    before: u32,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.owner.cleanup();
        while self.parent.child_nodes().length() > self.before {
            match self.parent.last_child() {
                Some(child) => {
                    let _ = self.parent.remove_child(&child);
                }
                None => break,
            }
        }
    }
}

/// Builds `build`'s part of the page into `parent`, under its own reactive owner (which
/// holds the app's effects and cleanups), with the task executor that runs the effects.
pub fn mount_with(parent: &Node, build: impl FnOnce(&Node)) -> Mounted {
    // Already set up when the page mounts more than once, which is fine.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let before = parent.child_nodes().length();
    owner.with(|| build(parent));
    Mounted {
        owner,
        parent: parent.clone(),
        before,
    }
}

/// Mounts [`app`] on `<body>`, after installing the panic view so that a bug shows a
/// message in the page and the console instead of leaving a blank page.
pub fn start() {
    panic_view::install();
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        std::mem::forget(mount_with(&body, app));
    }
}

/// Mounts a Leptos view at the end of `parent`, an element of the hand-built frame, under
/// the current owner, so the view reads the app's state from context. It is unmounted with
/// the part that holds it. Transitional: it goes when the frame is a component too.
pub fn mount_view<V>(parent: &web_sys::Element, view: impl FnOnce() -> V + 'static)
where
    V: leptos::prelude::IntoView + 'static,
{
    use wasm_bindgen::JsCast;
    if let Some(parent) = parent.dyn_ref::<web_sys::HtmlElement>() {
        // Kept by the current owner, and dropped (unmounting the view) with it.
        leptos::prelude::StoredValue::new_local(leptos::mount::mount_to(parent.clone(), view));
    }
}
