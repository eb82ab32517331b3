//! The clock as one slider over the whole track: press or drag anywhere on it to scrub, or
//! use the keys of [`Key`] (arrows to the previous/next event, Shift+arrows an hour,
//! PageUp/PageDown a day, Home/End). Either stops playback. Its value is the story minute;
//! its spoken value, the date, the time, where he is and the context events under way.

use leptos::prelude::*;
use web_sys::{KeyboardEvent, PointerEvent};

use crate::logic::clock;
use crate::logic::timeline_scale::{key_target, Key, Scale};
use crate::state::AppState;
use crate::ui::i18n::{format_instant, strings, tr};
use crate::ui::timeline::now_label::where_words;
use crate::ui::timeline::track::Track;

/// The rows' names beside the track, and the track itself: the slider, its rows of marks
/// ([`fn@Track`]) and the handle at the clock.
#[component]
pub fn Slider() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let scale = Scale::of_story(story);
    // Measured on each press and move: the instant under the pointer is a fraction of the
    // track's width where it is now (the page may have scrolled or reflowed since).
    let track = NodeRef::<leptos::html::Div>::new();
    let dragging = StoredValue::new(false);

    let scrub = move |ev: &PointerEvent| {
        let Some(el) = track.get_untracked() else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        if rect.width() > 0.0 {
            let fraction = (f64::from(ev.client_x()) - rect.left()) / rect.width();
            state.playing.set(false);
            state.set_clock(scale.instant_at(fraction));
        }
    };
    let press = move |ev: PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        dragging.set_value(true);
        if let Some(el) = track.get_untracked() {
            // Keeps the drag going when the pointer leaves the track.
            let _ = el.set_pointer_capture(ev.pointer_id());
            let _ = el.focus();
        }
        ev.prevent_default();
        scrub(&ev);
    };
    let drag = move |ev: PointerEvent| {
        if dragging.get_value() {
            scrub(&ev);
        }
    };
    let release = move |ev: PointerEvent| {
        dragging.set_value(false);
        if let Some(el) = track.get_untracked() {
            let _ = el.release_pointer_capture(ev.pointer_id());
        }
    };
    let key = move |ev: KeyboardEvent| {
        if let Some(key) = Key::from_name(&ev.key()) {
            ev.prevent_default();
            state.playing.set(false);
            let now = state.clock.get_untracked();
            state.set_clock(key_target(story, now, key, ev.shift_key()));
        }
    };
    // The context events under way are said with their full titles: the labels on the
    // track are presentational inside the slider, and may be shortened.
    let spoken = move || {
        let (lang, t) = (state.lang.get(), state.clock.get());
        let mut words = format!(
            "{}, {}",
            format_instant(lang, t),
            where_words(story, lang, t)
        );
        let around: Vec<&str> = clock::context_at(story, t)
            .into_iter()
            .map(|e| e.title.get(lang.code()))
            .collect();
        if !around.is_empty() {
            let track = strings(lang).timeline.context_track;
            words.push_str(&format!(". {track} — {}", around.join("; ")));
        }
        words
    };

    view! {
        <div class="timeline-rows">
            <div class="row-labels" aria-hidden="true">
                <span class="row-label row-days"></span>
                <span class="row-label row-journey">{tr(state.lang, |s| s.timeline.journey_track)}</span>
                <span class="row-label row-context">
                    {tr(state.lang, |s| s.timeline.context_track)}
                </span>
            </div>
            <div
                class="track"
                node_ref=track
                role="slider"
                tabindex="0"
                aria-label=tr(state.lang, |s| s.timeline.slider)
                aria-orientation="horizontal"
                aria-valuemin=scale.start.minutes()
                aria-valuemax=scale.end.minutes()
                aria-valuenow=move || state.clock.get().minutes()
                aria-valuetext=spoken
                on:pointerdown=press
                on:pointermove=drag
                on:pointerup=release
                on:pointercancel=release
                on:keydown=key
            >
                <Track/>
                <div
                    class="handle"
                    style:left=move || format!("{:.2}%", scale.percent(state.clock.get()))
                ></div>
            </div>
        </div>
    }
}
