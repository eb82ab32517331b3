//! Figures the benchmark and soak scripts read from the running page, which the browser
//! cannot give on its own.

use stats_alloc::{StatsAlloc, INSTRUMENTED_SYSTEM};
use wasm_bindgen::prelude::wasm_bindgen;

/// Bytes of linear memory the wasm module holds now. JavaScript's heap figures do not
/// include it, and a leak in Rust shows only here. Trunk exposes it as
/// `window.wasmBindings.wasmMemoryBytes()`.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// Bytes the Rust heap holds in live allocations now, as counted by [`ALLOCATOR`].
///
/// Linear memory never shrinks, so [`wasm_memory_bytes`] only shows the heap's high-water
/// mark; this tells a leak (live bytes climbing) from fragmentation (they stay flat while
/// memory grows). Trunk exposes it as `window.wasmBindings.wasmLiveBytes()`.
#[wasm_bindgen(js_name = wasmLiveBytes)]
pub fn wasm_live_bytes() -> f64 {
    let stats = ALLOCATOR.stats();
    stats
        .bytes_allocated
        .saturating_sub(stats.bytes_deallocated) as f64
}

/// The heap allocator: Rust's own (dlmalloc in the browser), wrapped by `stats_alloc` so it
/// counts the bytes it has handed out and had back. The app's binary installs it
/// (`src/main.rs`); the count costs a few atomic additions per allocation.
pub static ALLOCATOR: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;
