//! The float functions that WebAssembly has no instruction for (sine, logarithm, power…).
//!
//! Why not `f64::sin` and friends: on `wasm32-unknown-unknown` they compile to Rust's
//! software versions, about 13 KB of the wasm, while every browser running the app has
//! the same functions in JavaScript's `Math`, which engines call from wasm without a
//! round trip through JavaScript. Elsewhere (native tests, `build.rs`) these are the
//! standard library's. Both are fdlibm's algorithms; results may differ in the last bit,
//! which no caller here can see (screen pixels, metres of a scale bar).
//!
//! `sqrt`, `floor`, `ceil`, `abs`, `min` and `max` are wasm instructions: use them as they are.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Math)]
        pub fn sin(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn cos(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn tan(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn asin(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn atan(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn atan2(y: f64, x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn exp(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math, js_name = log)]
        pub fn ln(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn log2(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn log10(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn pow(x: f64, y: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn hypot(x: f64, y: f64) -> f64;
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn tan(x: f64) -> f64 {
        x.tan()
    }
    pub fn asin(x: f64) -> f64 {
        x.asin()
    }
    pub fn atan(x: f64) -> f64 {
        x.atan()
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
    pub fn log2(x: f64) -> f64 {
        x.log2()
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn pow(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
    pub fn hypot(x: f64, y: f64) -> f64 {
        x.hypot(y)
    }
}

pub use imp::{asin, atan, atan2, cos, exp, hypot, ln, log10, log2, pow, sin, tan};

/// 2 to the power `x`.
pub fn exp2(x: f64) -> f64 {
    pow(2.0, x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_functions_are_the_ones_named() {
        assert!((sin(std::f64::consts::FRAC_PI_2) - 1.0).abs() < 1e-15);
        assert!((cos(0.0) - 1.0).abs() < 1e-15);
        assert!((tan(std::f64::consts::FRAC_PI_4) - 1.0).abs() < 1e-15);
        assert!((asin(1.0) - std::f64::consts::FRAC_PI_2).abs() < 1e-15);
        assert!((atan(1.0) - std::f64::consts::FRAC_PI_4).abs() < 1e-15);
        assert!((atan2(1.0, -1.0) - 3.0 * std::f64::consts::FRAC_PI_4).abs() < 1e-15);
        assert!((ln(exp(2.5)) - 2.5).abs() < 1e-15);
        assert_eq!(log2(8.0), 3.0);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(exp2(-2.0), 0.25);
        assert_eq!(pow(10.0, 3.0), 1000.0);
        assert_eq!(hypot(3.0, 4.0), 5.0);
    }
}
