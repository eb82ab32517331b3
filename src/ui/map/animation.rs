//! Animated view changes: buttons, double-click, keys and follow move the view over a few
//! frames so the eye can follow; instantly when the reader asked for reduced motion.

use std::cell::Cell;
use std::rc::Rc;

use crate::ui::reactive::*;

use crate::logic::geo::viewport::ease_in_out;
use crate::logic::geo::{Limits, Viewport};
use crate::state::AppState;
use crate::ui::dom;

/// Length of an animated transition.
const DURATION_MS: f64 = 350.0;

/// Cancels and runs view animations; `Copy`-cheap to hand to every handler.
#[derive(Clone, Default)]
pub struct Animator {
    /// Bumped on each start or cancel: a frame from an older animation sees the change and
    /// stops, so a drag always wins over a running animation.
    generation: Rc<Cell<u64>>,
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Whether the reader asked the system for less motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

impl Animator {
    /// Stops any running animation (the user grabbed the map).
    pub fn cancel(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
    }

    /// Moves the view to `target` (clamped to the map's limits), animated unless reduced
    /// motion is on.
    pub fn animate_to(&self, state: AppState, target: Viewport) {
        self.cancel();
        let target = target.clamped(&Limits::petrograd());
        if reduced_motion() {
            state.viewport.set(target);
            return;
        }
        let from = state.viewport.get_untracked();
        let gen = self.generation.get();
        frame(self.generation.clone(), gen, state, from, target, now_ms());
    }
}

fn frame(g: Rc<Cell<u64>>, gen: u64, state: AppState, from: Viewport, to: Viewport, t0: f64) {
    dom::next_frame(move || {
        if g.get() != gen {
            return;
        }
        let t = ((now_ms() - t0) / DURATION_MS).clamp(0.0, 1.0);
        // Keep the latest size: a resize during the animation must not be undone.
        let size = state.viewport.get_untracked();
        let v = Viewport::lerp(&from, &to, ease_in_out(t)).resized(size.width, size.height);
        state.viewport.set(v);
        if t < 1.0 {
            frame(g, gen, state, from, to, t0);
        }
    });
}
