//! One effect type for all the app's effects, and cleanups, on the page's one thread.

use crate::ui::reactive::{untrack, Effect};

/// Whether the wasm can have only one thread: wasm32 built without the `atomics` target
/// feature cannot start another.
macro_rules! one_thread {
    ($($item:item)*) => {
        $(#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))] $item)*
    };
}

/// A value of the page's thread, which Leptos' thread-safe storage may then keep.
///
/// Why: Leptos keeps values that are not `Send` (closures holding DOM nodes, JavaScript
/// callbacks) in a `SendWrapper`, which checks at every access that it is still on the
/// thread that made it. That check is what brings the standard library's thread handles
/// into the wasm, some 5 KB of it. The app's wasm has one thread (see `one_thread!`), so
/// no value can reach another and the check could never fail.
pub struct PageThread<T>(T);

one_thread! {
    // SAFETY: with one thread there is no other thread to send the value to or share it
    // with; these impls exist only when the target has one thread.
    unsafe impl<T> Send for PageThread<T> {}
    // SAFETY: as above.
    unsafe impl<T> Sync for PageThread<T> {}
}

impl PageThread<Box<dyn FnMut()>> {
    fn run(&mut self) {
        (self.0)();
    }
}

one_thread! {
    impl PageThread<Box<dyn FnOnce()>> {
        fn run_once(self) {
            (self.0)();
        }
    }
}

/// Runs `f` once the page is mounted, and again whenever a signal it read changes, as
/// `Effect::new` does.
///
/// Why not `Effect::new` itself: it instantiates reactive_graph's effect machinery for each
/// closure type, about 500 bytes of wasm each, and the app has some thirty effects. Behind
/// a boxed closure they all share one instantiation, and in the browser it is the
/// thread-safe one (`new_sync`), which needs no `SendWrapper` (see [`PageThread`]).
/// Effects that need their previous value keep it in their closure.
pub fn effect(f: impl FnMut() + 'static) {
    effect_boxed(Box::new(f));
}

/// Runs `f` now, and then as [`effect`] does: for what an element must say as soon as it
/// is built (tests and screen readers read it at once), and must keep saying as the state
/// changes. The first run is untracked, so it subscribes nothing it is built inside of.
pub fn effect_now(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    untrack(&mut f);
    effect_boxed(f);
}

fn effect_boxed(f: Box<dyn FnMut()>) {
    let mut f = PageThread(f);
    #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
    Effect::new_sync(move |_| f.run());
    #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
    Effect::new(move |_| f.run());
}

/// Runs `f` when the part of the page being built is unmounted (the component tests mount
/// the app several times): removes listeners and timers that outlive the part's signals.
///
/// Outside the browser the page is never mounted, and `f` is dropped unrun.
pub fn cleanup(f: impl FnOnce() + 'static) {
    let f = PageThread(Box::new(f) as Box<dyn FnOnce()>);
    #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
    crate::ui::reactive::on_cleanup(move || f.run_once());
    #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
    drop(f);
}
