//! Animated view changes: buttons, double-click, keys and follow move the view over a few
//! frames so the eye can follow; instantly when the reader asked for reduced motion.

use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::prelude::*;
use leptos_use_preferences::use_prefers_reduced_motion;

use crate::logic::geo::viewport::ease_in_out;
use crate::logic::geo::{Limits, Viewport};
use crate::state::AppState;
use crate::ui::now::now_ms;

/// Length of an animated transition.
const DURATION_MS: f64 = 350.0;

/// Runs and cancels the map's view animations; `Copy`, to hand to every handler.
#[derive(Clone, Copy)]
pub struct Animator {
    /// The next frame's request, while an animation runs. Dropping it cancels the frame,
    /// so a drag (which clears it) always wins over a running animation, and unmounting
    /// the map (which disposes it) stops the animation.
    frame: StoredValue<Option<AnimationFrame>, LocalStorage>,
    /// Whether the reader asked the system for less motion.
    reduced: Signal<bool>,
}

impl Default for Animator {
    /// An animator owned by the current component: its frames stop when it unmounts.
    fn default() -> Self {
        Self {
            frame: StoredValue::new_local(None),
            reduced: use_prefers_reduced_motion(),
        }
    }
}

impl Animator {
    /// Stops any running animation (the user grabbed the map).
    pub fn cancel(&self) {
        self.frame.try_set_value(None);
    }

    /// Moves the view to `target` (clamped to the map's limits), animated unless reduced
    /// motion is on.
    pub fn animate_to(&self, state: AppState, target: Viewport) {
        self.cancel();
        let target = target.clamped(&Limits::petrograd());
        if self.reduced.get_untracked() {
            state.viewport.set(target);
            return;
        }
        let from = state.viewport.get_untracked();
        self.next_frame(state, from, target, now_ms());
    }

    /// Asks for the frame that draws the view between `from` and `to`, `t0` being the
    /// animation's start (`performance.now()`, the clock the frame's time is on).
    fn next_frame(self, state: AppState, from: Viewport, to: Viewport, t0: f64) {
        let handle = request_animation_frame(move |now| {
            let t = ((now - t0) / DURATION_MS).clamp(0.0, 1.0);
            // Keep the latest size: a resize during the animation must not be undone.
            let size = state.viewport.get_untracked();
            let v = Viewport::lerp(&from, &to, ease_in_out(t)).resized(size.width, size.height);
            state.viewport.set(v);
            if t < 1.0 {
                self.next_frame(state, from, to, t0);
            } else {
                self.cancel();
            }
        });
        self.frame.try_set_value(Some(handle));
    }
}
