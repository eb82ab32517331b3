//! Play/pause and speed. The timer only calls [`crate::logic::playback`]: it lands on each
//! stop and holds there long enough to read its label, and stops at the end. With
//! `prefers-reduced-motion` it steps from event to event instead of moving continuously.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use crate::logic::playback::{advance, start_from, step, Reached};
use crate::state::AppState;
use crate::ui::i18n::{strings, tr};
// The holds are measured against the app's clock, not counted in ticks, so a throttled
// background tab does not stretch them.
use crate::ui::now::now_ms;

/// Story minutes per second of playback, for each choice of the speed menu.
const SPEEDS: [f64; 3] = [30.0, 120.0, 480.0];
/// The speed menu's choice at startup (its `selected` option).
const DEFAULT_SPEED: usize = 1;
/// How often the clock moves while playing.
const TICK_MS: u32 = 100;
/// How long playback holds at the start of a stop (or at each event when stepping).
const HOLD_MS: f64 = 1500.0;

/// One playback run: what each tick of the timer does, from the press of play until
/// pause or the end. `hold_until` is when the clock may first move.
fn ticker(
    state: AppState,
    speed: ReadSignal<usize>,
    reduced_motion: Signal<bool>,
    mut hold_until: f64,
) -> impl FnMut() {
    let story = state.story;
    // Story minutes not yet applied: the clock moves in whole minutes.
    let mut carry = 0.0_f64;
    move || {
        let now = now_ms();
        if now < hold_until {
            return;
        }
        let t = state.clock.get_untracked();
        let (next, reached) = if reduced_motion.get_untracked() {
            step(story, t)
        } else {
            let per_second = SPEEDS
                .get(speed.get_untracked())
                .copied()
                .unwrap_or(SPEEDS[0]);
            let minutes = carry + per_second * f64::from(TICK_MS) / 1000.0;
            let whole = minutes.floor();
            carry = minutes - whole;
            if whole < 1.0 {
                return;
            }
            // At most a few story minutes per tick: the cast is exact.
            advance(story, t, whole as i32)
        };
        state.set_clock(next);
        match reached {
            Reached::Stop => hold_until = now + HOLD_MS,
            Reached::End => state.playing.set(false),
            Reached::Nothing => {}
        }
    }
}

/// The play button and the speed menu. The timer runs while `state.playing` is on, and
/// stops when it goes off or when the component is unmounted (the timer's handle is held
/// in the component's own storage, and dropping it clears the interval).
#[component]
pub fn PlayControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let (speed, set_speed) = signal(DEFAULT_SPEED);
    let reduced_motion = leptos_use_preferences::use_prefers_reduced_motion();
    let timer = StoredValue::new_local(None::<Interval>);

    Effect::new(move |_| {
        // Dropping the previous run's interval stops it.
        timer.set_value(None);
        if state.playing.get() {
            state.set_clock(start_from(story, state.clock.get_untracked()));
            let reduced = reduced_motion.get_untracked();
            let hold_until = now_ms() + if reduced { HOLD_MS } else { 0.0 };
            let tick = ticker(state, speed, reduced_motion, hold_until);
            timer.set_value(Some(Interval::new(TICK_MS, tick)));
        }
    });
    // Also stopped when the component goes, before its storage is dropped.
    on_cleanup(move || timer.set_value(None));

    let choose_speed = move |ev: leptos::ev::Event| {
        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
            if i < SPEEDS.len() {
                set_speed.set(i);
            }
        }
    };
    view! {
        <div class="play-controls">
            <button
                type="button"
                class="play"
                on:click=move |_| state.playing.update(|p| *p = !*p)
            >
                <span aria-hidden="true" class="play-icon">
                    {move || if state.playing.get() { "❚❚" } else { "▶" }}
                </span>
                <span class="play-text">
                    {move || {
                        let text = &strings(state.lang.get()).timeline;
                        if state.playing.get() { text.pause } else { text.play }
                    }}
                </span>
            </button>
            <label class="speed">
                <span>{tr(state.lang, |s| s.timeline.speed)}</span>
                // The values index SPEEDS; "1" is DEFAULT_SPEED.
                <select on:change=choose_speed>
                    <option value="0">{tr(state.lang, |s| s.timeline.speed_slow)}</option>
                    <option value="1" selected>{tr(state.lang, |s| s.timeline.speed_normal)}</option>
                    <option value="2">{tr(state.lang, |s| s.timeline.speed_fast)}</option>
                </select>
            </label>
        </div>
    }
}
