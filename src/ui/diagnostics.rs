//! Figures the benchmark and soak scripts read from the running page, which the browser
//! cannot give on its own.

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
