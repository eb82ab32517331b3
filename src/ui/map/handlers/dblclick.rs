//! Double-click zooms in by one level around the pointer, with Shift out, as in Leaflet.

use leptos::prelude::*;

use super::super::animation::Animator;
use super::{local_point, owner};
use crate::logic::geo::Limits;
use crate::state::AppState;

/// Handles a `dblclick` on the map.
pub fn on_dblclick(e: &web_sys::MouseEvent, state: AppState, anim: Animator) {
    let Some(el) = owner(e) else {
        return;
    };
    e.prevent_default();
    let p = local_point(&el, e);
    let v = state.viewport.get_untracked();
    let dz = if e.shift_key() { -1.0 } else { 1.0 };
    let zoom = Limits::petrograd().clamp_zoom(v.zoom + dz);
    state.follow.set(false);
    anim.animate_to(state, v.zoom_around(p, zoom));
}
