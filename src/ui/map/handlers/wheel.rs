//! Wheel zoom around the cursor. Installed by hand as a non-passive listener: a delegated
//! or passive one could not stop the page from scrolling under the map.

use crate::ui::reactive::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::super::animation::Animator;
use super::local_point;
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

/// Listens for wheel events on `el` for the page's lifetime.
pub fn install(el: &web_sys::Element, state: AppState, anim: Animator) {
    let target = el.clone();
    let handler = Closure::<dyn FnMut(web_sys::WheelEvent)>::new(move |e: web_sys::WheelEvent| {
        e.prevent_default();
        let dz = zoom_delta(e.delta_y(), e.delta_mode());
        if dz == 0.0 || !dz.is_finite() {
            return;
        }
        anim.cancel();
        state.follow.set(false);
        let p = local_point(&target, &e);
        let limits = Limits::petrograd();
        state.viewport.update(|v| {
            let zoom = limits.clamp_zoom(v.zoom + dz);
            *v = v.zoom_around(p, zoom).clamped(&limits);
        });
    });
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_passive(false);
    let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
        "wheel",
        handler.as_ref().unchecked_ref(),
        &opts,
    );
    // The map lives as long as the page.
    handler.forget();
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
