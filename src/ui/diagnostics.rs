//! Figures the benchmark and soak scripts read from the running page, which the browser
//! cannot give on its own.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// Bytes the Rust heap holds in live allocations now, as counted by [`CountingAllocator`].
///
/// Linear memory never shrinks, so [`wasm_memory_bytes`] only shows the heap's high-water
/// mark; this tells a leak (live bytes climbing) from fragmentation (they stay flat while
/// memory grows). Trunk exposes it as `window.wasmBindings.wasmLiveBytes()`.
#[wasm_bindgen(js_name = wasmLiveBytes)]
pub fn wasm_live_bytes() -> f64 {
    LIVE_BYTES.load(Ordering::Relaxed) as f64
}

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

/// The allocator underneath: talc in the browser (smaller and faster there than Rust's
/// default dlmalloc), the system's natively.
#[cfg(target_arch = "wasm32")]
static INNER: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
#[cfg(not(target_arch = "wasm32"))]
static INNER: std::alloc::System = std::alloc::System;

/// The heap allocator, counting the bytes it has handed out and not yet had back. The
/// app's binary installs it (`src/main.rs`); the count costs one addition per allocation.
pub struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to `INNER`, which upholds `GlobalAlloc`'s
// contract; the counter only observes sizes.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let ptr = unsafe { INNER.alloc(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `INNER` with `layout`, as the caller guarantees.
        unsafe { INNER.dealloc(ptr, layout) };
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let ptr = unsafe { INNER.alloc_zeroed(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged; the caller upholds `realloc`'s contract.
        let new = unsafe { INNER.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE_BYTES.fetch_add(new_size, Ordering::Relaxed);
            LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        new
    }
}
