//! Arrow keys pan and +/− zoom while the map has focus, as in Leaflet.

use leptos::prelude::*;

use super::super::animation::Animator;
use super::super::controls::zoom_by;
use crate::state::AppState;

/// Pixels an arrow key moves the view.
const PAN_STEP: f64 = 100.0;

/// What a key does to the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    /// Move the view by screen pixels.
    Pan(f64, f64),
    /// Zoom by levels around the centre.
    Zoom(f64),
}

/// The action for a `KeyboardEvent.key`, if the map handles it.
pub fn action(key: &str) -> Option<KeyAction> {
    Some(match key {
        "ArrowLeft" => KeyAction::Pan(-PAN_STEP, 0.0),
        "ArrowRight" => KeyAction::Pan(PAN_STEP, 0.0),
        "ArrowUp" => KeyAction::Pan(0.0, -PAN_STEP),
        "ArrowDown" => KeyAction::Pan(0.0, PAN_STEP),
        "+" | "=" => KeyAction::Zoom(1.0),
        "-" | "_" | "−" => KeyAction::Zoom(-1.0),
        _ => return None,
    })
}

/// Handles a key pressed on the map: pans or zooms, and then keeps the page from acting on
/// the key too (scrolling). Keys with Ctrl, Alt or Meta are the browser's.
pub fn on_keydown(e: &web_sys::KeyboardEvent, state: AppState, anim: Animator) {
    if e.ctrl_key() || e.alt_key() || e.meta_key() {
        return;
    }
    if handle(&e.key(), state, anim) {
        e.prevent_default();
    }
}

/// Does what `key` asks of the map; returns whether it did something.
fn handle(key: &str, state: AppState, anim: Animator) -> bool {
    match action(key) {
        Some(KeyAction::Pan(dx, dy)) => {
            state.follow.set(false);
            let v = state.viewport.get_untracked();
            anim.animate_to(state, v.pan_by(dx, dy));
            true
        }
        Some(KeyAction::Zoom(dz)) => {
            zoom_by(state, anim, dz);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_arrow_brings_the_east_into_view() {
        assert_eq!(action("ArrowRight"), Some(KeyAction::Pan(PAN_STEP, 0.0)));
        assert_eq!(action("="), Some(KeyAction::Zoom(1.0)));
        assert_eq!(action("a"), None);
    }
}
