//! Drag to pan and two-finger pinch to zoom, for mouse, pen and touch alike through pointer
//! events.

use leptos::prelude::*;

use super::super::animation::Animator;
use super::{local_point, owner};
use crate::logic::geo::{Limits, Point};
use crate::state::AppState;

/// Movement below this many pixels is a click or tap, not a drag: a marker keeps its click.
const DRAG_THRESHOLD: f64 = 4.0;

/// The pointers down on the map and whether they have started a gesture; `Copy`, owned by
/// the map component.
#[derive(Clone, Copy)]
pub struct Pointers {
    inner: StoredValue<Gesture>,
}

#[derive(Default)]
struct Gesture {
    /// Each pointer down, by id, at its last position (map pixels).
    down: Vec<(i32, Point)>,
    /// Where the first pointer went down.
    start: Point,
    /// Whether the pointers have moved far enough to be a drag or a pinch.
    moving: bool,
}

fn centre_and_spread(a: Point, b: Point) -> (Point, f64) {
    (
        Point::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0),
        a.distance_to(b),
    )
}

impl Default for Pointers {
    /// No pointer down, owned by the current component.
    fn default() -> Self {
        Self {
            inner: StoredValue::new(Gesture::default()),
        }
    }
}

impl Pointers {
    /// `pointerdown`: a pointer went down.
    pub fn down(&self, e: &web_sys::PointerEvent) {
        if e.pointer_type() == "mouse" && e.button() != 0 {
            return;
        }
        let Some(el) = owner(e) else {
            return;
        };
        let p = local_point(&el, e);
        self.inner.update_value(|g| {
            g.down.retain(|(id, _)| *id != e.pointer_id());
            g.down.push((e.pointer_id(), p));
            if g.down.len() == 1 {
                g.start = p;
                g.moving = false;
            }
        });
    }

    /// `pointermove`: pans with one pointer, pinches with two.
    pub fn moved(&self, e: &web_sys::PointerEvent, state: AppState, anim: Animator) {
        let Some(el) = owner(e) else {
            return;
        };
        let p = local_point(&el, e);
        self.inner.update_value(|g| {
            let Some(i) = g.down.iter().position(|(id, _)| *id == e.pointer_id()) else {
                return;
            };
            if !g.moving {
                if g.down.len() == 1 && p.distance_to(g.start) < DRAG_THRESHOLD {
                    return;
                }
                g.moving = true;
                anim.cancel();
                state.follow.set(false);
                for (id, _) in &g.down {
                    let _ = el.set_pointer_capture(*id);
                }
            } else if !el.has_pointer_capture(e.pointer_id()) {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            e.prevent_default();
            let limits = Limits::petrograd();
            if g.down.len() >= 2 {
                let other = if i == 0 { 1 } else { 0 };
                let (oc, od) = centre_and_spread(g.down[i].1, g.down[other].1);
                let (nc, nd) = centre_and_spread(p, g.down[other].1);
                g.down[i].1 = p;
                if od > 1.0 && nd > 1.0 {
                    state.viewport.update(|v| {
                        let zoom = limits.clamp_zoom(v.zoom + (nd / od).log2());
                        *v = v
                            .zoom_around(oc, zoom)
                            .pan_by(oc.x - nc.x, oc.y - nc.y)
                            .clamped(&limits);
                    });
                }
            } else {
                let old = g.down[i].1;
                g.down[i].1 = p;
                state
                    .viewport
                    .update(|v| *v = v.pan_by(old.x - p.x, old.y - p.y).clamped(&limits));
            }
        });
    }

    /// `pointerup` or `pointercancel`: a pointer went up or was cancelled.
    pub fn up(&self, e: &web_sys::PointerEvent) {
        self.inner.update_value(|g| {
            g.down.retain(|(id, _)| *id != e.pointer_id());
            if let Some((_, p)) = g.down.first() {
                g.start = *p;
            }
        });
    }
}
