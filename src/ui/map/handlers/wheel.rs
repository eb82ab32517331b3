//! Wheel zoom around the cursor. An `on:wheel` on the map's `<svg>` itself: a listener on
//! an element (not on the window or the document) is not passive, so it can stop the page
//! from scrolling under the map.

use leptos::prelude::*;

use super::super::animation::Animator;
use super::{local_point, owner};
use crate::logic::geo::Limits;
use crate::state::AppState;

/// Zoom levels per pixel of wheel delta: a mouse notch (100 px) zooms by half a level.
const ZOOM_PER_PIXEL: f64 = 1.0 / 200.0;

/// Zoom change for a wheel event's delta, whatever unit the device reports in.
pub fn zoom_delta(delta_y: f64, delta_mode: u32) -> f64 {
    let px = match delta_mode {
        1 => delta_y * 20.0,
        2 => delta_y * 400.0,
        _ => delta_y,
    };
    (-px * ZOOM_PER_PIXEL).clamp(-1.0, 1.0)
}

/// Handles a `wheel` event on the map.
pub fn on_wheel(e: &web_sys::WheelEvent, state: AppState, anim: Animator) {
    e.prevent_default();
    let dz = zoom_delta(e.delta_y(), e.delta_mode());
    if dz == 0.0 || !dz.is_finite() {
        return;
    }
    let Some(el) = owner(e) else {
        return;
    };
    anim.cancel();
    state.follow.set(false);
    let p = local_point(&el, e);
    let limits = Limits::petrograd();
    state.viewport.update(|v| {
        let zoom = limits.clamp_zoom(v.zoom + dz);
        *v = v.zoom_around(p, zoom).clamped(&limits);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wheel_down_zooms_out_and_a_page_is_capped() {
        assert!(zoom_delta(100.0, 0) < 0.0);
        assert!(zoom_delta(-100.0, 0) > 0.0);
        assert_eq!(zoom_delta(-3.0, 2), 1.0);
    }
}
