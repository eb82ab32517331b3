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

pub mod baked;
pub mod base;
pub mod basemap;
pub mod logic;
pub mod state;
pub mod story;
pub mod ui;
