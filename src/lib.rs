//! Petrograd 1917: F. Raskolnikov's movements of 26–28 October 1917 on a map, a timeline
//! and in his own words.
//!
//! Data flows one way through the layers, and the module tree follows it:
//!
//! - [`base`]: positions, calendars and instants, which everything above speaks;
//! - [`story`] and [`basemap`]: the bundled data, parsed and validated into plain Rust types
//!   (no browser here); `build.rs` runs them over `assets/` and [`baked`] decodes the result;
//! - [`logic`]: pure functions over that data: projection and viewport, calendar, where he is
//!   at a given instant (no browser here either, so all of it is tested natively);
//! - [`state`]: the few signals of the running app, and their projection to the URL;
//! - [`ui`]: the page's parts as Leptos components, rendered from the state (signals keep
//!   them in step) and writing back only through it.

// Hydration's async code paths nest the views' types deeper than rustc's default allows.
#![recursion_limit = "256"]

// The wasm hydrates HTML rendered natively; `ssr` in a wasm build would render it again,
// silently without event handlers. Trunk builds with `--no-default-features`.
#[cfg(all(target_arch = "wasm32", feature = "ssr"))]
compile_error!(
    "the `ssr` feature is for native builds only: build the wasm with \
     `--no-default-features --features hydrate` (or `csr` for the component tests)"
);
#[cfg(all(feature = "ssr", any(feature = "hydrate", feature = "csr")))]
compile_error!("`ssr` renders HTML natively; it cannot be combined with `hydrate` or `csr`");

pub mod baked;
pub mod base;
pub mod basemap;
pub mod logic;
pub mod state;
pub mod story;
pub mod ui;
