//! End-to-end tests: the real built `dist/`, served on 127.0.0.1, in headless Chromium.
//! Run by `scripts/test.sh` after `trunk build --release --offline`.
#![cfg(not(target_arch = "wasm32"))]

mod a11y;
mod basemap_frame;
mod browser;
mod cite;
mod embed;
mod export;
mod find;
mod fixture;
mod keyboard;
mod layout;
mod map;
mod offline;
mod overlays;
mod prerendered;
mod reader;
mod robustness;
mod server;
mod smoke;
mod timeline;
mod translation;
