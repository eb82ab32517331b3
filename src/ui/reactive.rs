//! The part of Leptos the page uses, in one import: its reactive system (`reactive_graph`:
//! signals, memos, effects, owners). Timers, animation frames and window listeners are a
//! few lines of `web-sys` in `ui::dom` (see `ui::effect` for why not `leptos_dom`'s).
//!
//! Why not the `leptos` crate: the page is built by hand (`ui::dom`), so its renderer
//! would be unused, and it brings server functions whose streams wasm-bindgen exports
//! from the wasm, with their JavaScript, whether the app calls them or not.

pub use reactive_graph::computed::Memo;
pub use reactive_graph::effect::Effect;
pub use reactive_graph::graph::untrack;
pub use reactive_graph::owner::{on_cleanup, Owner};
pub use reactive_graph::prelude::*;
pub use reactive_graph::signal::RwSignal;
