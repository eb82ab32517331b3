#![cfg(not(target_arch = "wasm32"))]
//! What a reactive subtree rebuilt at every step of playback leaves behind in reactive_graph
//! 0.2.16 (Leptos 0.8.23), measured with a counting allocator.
//!
//! The reader panels rebuild a subtree at each step (a `move || view! { .. }` closure that
//! reads the clock). Each rebuild creates new memos and effects that read long-lived signals:
//! the language, which playback never changes, and the clock, which every step changes.
//! When tachys rebuilds, it cleans up the previous run's owner (`Owner::with_cleanup` in
//! `RenderEffect`), which drops those memos and effects. But a dropped subscriber never
//! leaves the subscriber sets of the signals it read. Each set (`SubscriberSet`,
//! `graph/sets.rs`) holds an `AnySubscriber`: a `Weak` to the subscriber, which keeps the
//! subscriber's allocation alive. Nothing prunes the dead entries:
//! - dropping a memo or an effect does not unsubscribe it: `MemoInner` and `EffectInner`
//!   have no `Drop`, and only a re-run calls `clear_sources`;
//! - a write to an `RwSignal` or `ArcRwSignal` clones the set and marks each live entry
//!   dirty, keeping the dead ones (`mark_subscribers_check`, the impl for `AsSubscriberSet`
//!   types in `signal/subscriber_traits.rs`); a memo does the same for its subscribers
//!   (`computed/inner.rs`);
//! - only a write through a `WriteSignal` (a `signal()` pair's) or an `ArcTrigger` empties
//!   the set (the impl for `RwLock<SubscriberSet>`, which `take`s it; live subscribers
//!   subscribe again when they re-run), and so do `Source::clear_subscribers` and dropping
//!   the signal.
//!
//! So the live heap grows by a few hundred bytes per rebuilt subscriber per step for as
//! long as the app runs: the leak the soak benchmark sees during playback, and each write
//! to the clock copies the whole set, dead entries included, so a step also costs more and
//! more. What does not leak: a subscriber kept across steps (a memo or an effect that
//! re-runs unsubscribes first, the rebuilding closure's own effect included), and a
//! rebuilt subtree that reads the long-lived signals untracked.
//! A second, smaller leak of the same kind: a child owner dropped while its parent lives
//! stays in the parent's children until the parent is cleaned up.
//!
//! The native build (`ssr`) has no `effects`: a `RenderEffect` never runs, so memos stand
//! in for the browser's effects here; an effect is held in the sets the same way
//! (`EffectInner` behind the same `AnySubscriber`). reactive_graph 0.2.16 keeps the sets
//! private, so the tests count bytes, not entries.
//!
//! The counting allocator is global and the test harness runs tests on parallel threads:
//! each test measures while holding [`ONE_AT_A_TIME`].

use leptos::prelude::*;
use leptos::reactive::graph::Source;
use stats_alloc::{StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// Counts the bytes allocated and freed, as the app's `diagnostics` feature does.
#[global_allocator]
static HEAP: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Held by each test while it measures, so another test's allocations are not counted.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Steps run before measuring: the arena, the sets and the allocator reach their size.
const WARM_UP: u32 = 500;
/// Steps measured. Each write to the clock copies its set, dead entries included, so a
/// leaking test costs the square of this; 10,000 steps measure the same bytes per step.
const STEPS: u32 = 5_000;
/// How often the "now and then" language changes, in steps.
const LANG_EVERY: u32 = 100;

/// Growth per step below this is no growth: one dead entry in one set costs more (its slot
/// alone is 32 bytes), and a stray allocation of another thread during a measurement costs
/// less once spread over [`STEPS`].
const FLAT: f64 = 2.0;

/// Lower bounds of the growth per step, in bytes, with a margin. A debug build on x86_64
/// measures 330 for a memo reading both signals, 277 for a memo whose only leaking source
/// is the language, and 164 for an empty owner; a set's capacity doubles, so the figure
/// depends a little on where the doublings fall. wasm32's pointers are half as wide.
const LEAK_BOTH: f64 = 250.0;
const LEAK_LANG_ONLY: f64 = 200.0;
const LEAK_OWNER: f64 = 100.0;

/// The bytes one entry of a subscriber set takes: its hash and its `AnySubscriber` (an id
/// and a `Weak<dyn Subscriber>`). Copying a set allocates at least this per entry.
const ENTRY: f64 = 32.0;

fn one_at_a_time() -> MutexGuard<'static, ()> {
    // A failed test poisons the lock; the others can still measure.
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Bytes in live allocations now, as `ui::diagnostics::wasm_live_bytes` counts them.
fn live_bytes() -> f64 {
    let stats = HEAP.stats();
    stats.bytes_allocated as f64 - stats.bytes_deallocated as f64
}

/// Bytes allocated so far, freed or not.
fn allocated_bytes() -> f64 {
    HEAP.stats().bytes_allocated as f64
}

/// How many bytes the live heap grows by per step, over [`STEPS`] steps after [`WARM_UP`].
fn growth_per_step(mut step: impl FnMut(u32)) -> f64 {
    for i in 0..WARM_UP {
        step(i);
    }
    let before = live_bytes();
    for i in WARM_UP..WARM_UP + STEPS {
        step(i);
    }
    (live_bytes() - before) / f64::from(STEPS)
}

/// The app's long-lived signals, as `AppState` holds them (`RwSignal`s).
#[derive(Clone, Copy)]
struct Signals {
    /// The interface language: playback never changes it.
    lang: RwSignal<u8>,
    /// The story clock: each step of playback changes it.
    clock: RwSignal<u32>,
}

impl Signals {
    fn new() -> Self {
        Self {
            lang: RwSignal::new(0),
            clock: RwSignal::new(0),
        }
    }
}

/// Runs `test` under a root owner, as the app's view runs; dropping the root at the end
/// disposes the signals, and with them what their sets hold.
fn in_app<T>(test: impl FnOnce() -> T) -> T {
    let root = Owner::new();
    root.with(test)
}

/// What a reader panel builds at each step: a memo of the moment, reading the language
/// and the clock, read once as the view's text reads it.
fn panel_subtree(s: Signals) {
    let moment = Memo::new(move |_| (s.lang.get(), s.clock.get()));
    assert_eq!(moment.get(), (s.lang.get(), s.clock.get()));
}

/// One step of playback with the panel's `move ||` closure: the clock moves, and the
/// closure's owner is cleaned up and runs again, as tachys' `RenderEffect` does
/// (`owner.with_cleanup(..)`), dropping the previous subtree.
fn rebuild_step(panel: &Owner, s: Signals, i: u32) {
    s.clock.set(i);
    panel.with_cleanup(|| panel_subtree(s));
}

/// Case (a): the language never changes, and every step leaks the rebuilt memo. The bytes
/// are held by the two signals' sets: each write to the clock copies at least one entry per
/// rebuild so far, and emptying the two sets gives every byte back.
#[test]
fn a_subtree_rebuilt_at_each_step_stays_in_the_subscribers_of_the_signals_it_read() {
    let _one = one_at_a_time();
    in_app(|| {
        let s = Signals::new();
        let panel = Owner::new();
        let start = live_bytes();
        let growth = growth_per_step(|i| rebuild_step(&panel, s, i));
        assert!(growth >= LEAK_BOTH, "{growth} bytes per step");

        let rebuilds = f64::from(WARM_UP + STEPS);
        let before_write = allocated_bytes();
        s.clock.set(0);
        let copied = allocated_bytes() - before_write;
        assert!(
            copied >= ENTRY * rebuilds,
            "one write to the clock copied {copied} bytes after {rebuilds} rebuilds"
        );

        panel.cleanup();
        s.lang.clear_subscribers();
        s.clock.clear_subscribers();
        let left = live_bytes() - start;
        assert!(
            left.abs() < FLAT * rebuilds,
            "{left} bytes left once the sets are empty"
        );
    });
}

/// Case (b): changing the language now and then frees nothing. A write to an `RwSignal`
/// marks its live subscribers dirty and keeps every entry, dead or alive; the clock,
/// written at every step, keeps its dead entries too.
#[test]
fn changing_the_long_lived_signal_now_and_then_frees_nothing() {
    let _one = one_at_a_time();
    in_app(|| {
        let s = Signals::new();
        let panel = Owner::new();
        let growth = growth_per_step(|i| {
            rebuild_step(&panel, s, i);
            if i % LANG_EVERY == LANG_EVERY - 1 {
                s.lang.update(|lang| *lang = 1 - *lang);
            }
        });
        assert!(growth >= LEAK_BOTH, "{growth} bytes per step");
    });
}

/// Case (c): a memo kept across steps re-runs at each step without growing the heap, as in
/// a keyed `<For>` row that stays, or in a component that is not rebuilt: a re-run first
/// unsubscribes from its sources (`clear_sources`), then reads them again.
#[test]
fn a_memo_kept_across_steps_re_runs_without_growing_the_heap() {
    let _one = one_at_a_time();
    in_app(|| {
        let s = Signals::new();
        let kept = Memo::new(move |_| (s.lang.get(), s.clock.get()));
        let growth = growth_per_step(|i| {
            s.clock.set(i);
            assert_eq!(kept.get(), (0, i), "the memo re-ran");
        });
        assert!(growth.abs() < FLAT, "{growth} bytes per step");
    });
}

/// A subtree rebuilt at each step that reads the long-lived signals untracked (once, at
/// its root) subscribes to nothing, and leaves nothing behind.
#[test]
fn a_rebuilt_subtree_reading_the_signals_untracked_leaves_nothing() {
    let _one = one_at_a_time();
    in_app(|| {
        let s = Signals::new();
        let panel = Owner::new();
        let growth = growth_per_step(|i| {
            s.clock.set(i);
            panel.with_cleanup(|| {
                let moment = (s.lang.get_untracked(), s.clock.get_untracked());
                assert_eq!(moment, (0, i));
            });
        });
        assert!(growth.abs() < FLAT, "{growth} bytes per step");
    });
}

/// A `signal()` pair behaves otherwise: a write through its `WriteSignal` empties the set,
/// so its dead entries go at its next write. Here the clock, written at every step, keeps
/// none; a language never written still leaks, one written now and then does not.
#[test]
fn a_signal_pair_lets_go_of_dead_subscribers_at_its_next_write() {
    let _one = one_at_a_time();
    in_app(|| {
        let (lang, set_lang) = signal(0u8);
        let (clock, set_clock) = signal(0u32);
        let panel = Owner::new();
        let mut step = |i: u32| {
            set_clock.set(i);
            panel.with_cleanup(|| {
                let moment = Memo::new(move |_| (lang.get(), clock.get()));
                assert_eq!(moment.get(), (lang.get_untracked(), i));
            });
        };
        let never_written = growth_per_step(&mut step);
        let written_now_and_then = growth_per_step(|i| {
            step(i);
            if i % LANG_EVERY == LANG_EVERY - 1 {
                set_lang.update(|lang| *lang = 1 - *lang);
            }
        });
        assert!(
            never_written >= LEAK_LANG_ONLY,
            "never written: {never_written} bytes per step"
        );
        assert!(
            written_now_and_then.abs() < FLAT,
            "written every {LANG_EVERY} steps: {written_now_and_then} bytes per step"
        );
    });
}

/// Every `Owner::new()` pushes a `Weak` to itself into its parent's children, which only
/// the parent's cleanup empties. A child owner dropped while its parent lives (the owner of
/// a `<For>` row that goes is a child of the `<For>`'s) keeps its allocation there, even
/// with nothing in it, until the parent is cleaned up.
#[test]
fn a_child_owner_dropped_while_its_parent_lives_stays_in_the_parents_children() {
    let _one = one_at_a_time();
    in_app(|| {
        let parent = Owner::new();
        let start = live_bytes();
        let growth = growth_per_step(|_| drop(parent.with(Owner::new)));
        assert!(growth >= LEAK_OWNER, "{growth} bytes per step");
        parent.cleanup();
        let left = live_bytes() - start;
        assert!(
            left.abs() < FLAT * f64::from(WARM_UP + STEPS),
            "{left} bytes left once the parent is cleaned up"
        );
    });
}

/// The native build (the prerender, these tests) renders without reactive_graph's
/// `effects`: a `RenderEffect` never runs, so it subscribes to nothing, and the memos above
/// stand in for the browser's effects. If this fails, the native build runs effects, and
/// the tests above can measure `RenderEffect`s too (with an executor initialised).
#[test]
fn render_effects_do_not_run_in_the_native_build() {
    let _one = one_at_a_time();
    in_app(|| {
        let s = Signals::new();
        let ran = Arc::new(AtomicBool::new(false));
        let panel = Owner::new();
        let growth = growth_per_step(|i| {
            s.clock.set(i);
            panel.with_cleanup(|| {
                let ran = Arc::clone(&ran);
                let effect = RenderEffect::new(move |_| {
                    ran.store(true, Ordering::Relaxed);
                    s.lang.get()
                });
                drop(effect);
            });
        });
        assert!(!ran.load(Ordering::Relaxed), "a RenderEffect ran");
        assert!(growth.abs() < FLAT, "{growth} bytes per step");
    });
}
