//! Play/pause and speed. The timer only calls [`crate::logic::playback`]: it lands on each
//! stop and holds there long enough to read its label, and stops at the end. With
//! `prefers-reduced-motion` it steps from event to event instead of moving continuously.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ui::reactive::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};

use crate::logic::playback::{advance, start_from, step, Reached};
use crate::state::AppState;
use crate::ui::dom::{self, El, Timer};
use crate::ui::effect::{cleanup, effect};
use crate::ui::i18n::{bind_tr, strings, Pick};

/// Story minutes per second of playback, for each choice of the speed menu.
const SPEEDS: [f64; 3] = [30.0, 120.0, 480.0];
/// How often the clock moves while playing.
const TICK_MS: i32 = 100;
/// How long playback holds at the start of a stop (or at each event when stepping).
const HOLD_MS: f64 = 1500.0;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok())
        .flatten()
        .is_some_and(|m| m.matches())
}

/// One playback run: what each tick of the timer does, from the press of play until
/// pause or the end. `hold_until` is when the clock may first move.
fn ticker(state: AppState, speed: RwSignal<usize>, mut hold_until: f64) -> impl FnMut() {
    let story = state.story;
    // Story minutes not yet applied: the clock moves in whole minutes.
    let mut carry = 0.0_f64;
    move || {
        let now = now_ms();
        if now < hold_until {
            return;
        }
        let t = state.clock.get_untracked();
        let (next, reached) = if reduced_motion() {
            step(story, t)
        } else {
            let minutes = carry + SPEEDS[speed.get_untracked()] * f64::from(TICK_MS) / 1000.0;
            let whole = minutes.floor();
            carry = minutes - whole;
            if whole < 1.0 {
                return;
            }
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

/// The play button and the speed menu.
pub fn play_controls() -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let story = state.story;
    let speed = RwSignal::new(1_usize);
    // The running timer; dropping it stops it.
    let timer = Rc::new(RefCell::new(None::<Timer>));
    let text = move || &strings(state.lang.get()).timeline;

    let running = timer.clone();
    effect(move || {
        running.borrow_mut().take();
        if state.playing.get() {
            state.set_clock(start_from(story, state.clock.get_untracked()));
            let hold_until = now_ms() + if reduced_motion() { HOLD_MS } else { 0.0 };
            *running.borrow_mut() = dom::every(TICK_MS, ticker(state, speed, hold_until));
        }
    });
    cleanup(move || drop(timer.borrow_mut().take()));

    let button = El::new("button")
        .attr("type", "button")
        .class("play")
        .done();
    let icon = El::new("span")
        .attr("aria-hidden", "true")
        .class("play-icon")
        .done();
    dom::bind_text(&icon, move || {
        if state.playing.get() { "❚❚" } else { "▶" }.to_owned()
    });
    let play_text = El::new("span").class("play-text").done();
    dom::bind_text(&play_text, move || {
        if state.playing.get() {
            text().pause
        } else {
            text().play
        }
        .to_owned()
    });
    dom::append(&button, &icon);
    dom::append(&button, &play_text);
    dom::on(&button, "click", move |_| {
        state.playing.update(|p| *p = !*p)
    });

    let caption = El::new("span").done();
    bind_tr(&caption, state.lang, |s| s.timeline.speed);
    let select = El::new("select").done();
    // The second speed is the one `speed` starts with.
    let names: [(&str, Pick); 3] = [
        ("0", |s| s.timeline.speed_slow),
        ("1", |s| s.timeline.speed_normal),
        ("2", |s| s.timeline.speed_fast),
    ];
    for (value, name) in names {
        let option = El::new("option")
            .attr("value", value)
            .flag("selected", value == "1")
            .done();
        bind_tr(&option, state.lang, name);
        dom::append(&select, &option);
    }
    dom::on(&select, "change", move |ev| {
        let Some(select) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        else {
            return;
        };
        if let Ok(i) = select.value().parse::<usize>() {
            if i < SPEEDS.len() {
                speed.set(i);
            }
        }
    });
    let label = El::new("label").class("speed").done();
    dom::append(&label, &caption);
    dom::append(&label, &select);

    let controls = El::new("div").class("play-controls").done();
    dom::append(&controls, &button);
    dom::append(&controls, &label);
    controls
}
