//! One effect type for all the app's effects.

use crate::ui::reactive::Effect;

/// Runs `f` once the page is mounted, and again whenever a signal it read changes, as
/// `Effect::new` does.
///
/// Why not `Effect::new` itself: it instantiates reactive_graph's effect machinery for each
/// closure type, about 500 bytes of wasm each, and the app has some twenty effects. Behind
/// a boxed closure they all share one instantiation. Effects that need their previous
/// value still call `Effect::new`.
pub fn effect(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    Effect::new(move |_| f());
}
