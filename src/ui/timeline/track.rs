//! The track: day bands labelled in both calendars, hour ticks, the journey's steps and the
//! context events as ranges, and the handle. The whole track is one slider: click or drag
//! anywhere to scrub, or use the keys of [`Key`].
//!
//! Built by hand (`ui::dom`), the slider as well as its marks: as `view!` elements, each
//! list, attribute and handler was its own copy of Leptos' rendering code in the wasm.
//! The marks are drawn when the track is built and again when the language changes; the
//! attributes that follow the clock are kept up to date by effects.

use std::cell::Cell;
use std::rc::Rc;

use crate::ui::reactive::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent};

use crate::logic::number::decimal;
use crate::logic::timeline_scale::{key_target, Key, Scale};
use crate::state::{AppState, Lang};
use crate::story::{Certainty, StepKind, Story, TimeSpan};
use crate::ui::dom::{self, El};
use crate::ui::effect::{effect, effect_now};
use crate::ui::i18n::{day_label, format_hour, format_instant, strings};
use crate::ui::timeline::now_label::where_words;

/// Classes shared by steps and events: how sure their time is.
fn certainty_class(span: &TimeSpan) -> &'static str {
    match span.certainty {
        Certainty::Exact => "exact",
        _ => "uncertain",
    }
}

/// `left` and `width` of a span on the track, in percent.
fn place_span(scale: Scale, span: &TimeSpan) -> String {
    let left = scale.percent(span.start);
    let width = (scale.percent(span.end) - left).max(0.3);
    format!("left:{}%;width:{}%", decimal(left, 3), decimal(width, 3))
}

/// Spreads overlapping spans over lanes, each in the first lane where it fits, so the
/// context events stay readable when they happen at the same time.
fn lanes<'a>(spans: impl Iterator<Item = &'a TimeSpan>) -> Vec<usize> {
    let mut ends: Vec<crate::story::Instant> = Vec::new();
    spans
        .map(|span| {
            let lane = ends
                .iter()
                .position(|end| *end <= span.start)
                .unwrap_or(ends.len());
            if lane == ends.len() {
                ends.push(span.end);
            } else {
                ends[lane] = span.end;
            }
            lane
        })
        .collect()
}

/// The day bands, each labelled in both calendars.
fn draw_days(parent: &Element, scale: Scale, lang: Lang) {
    for (from, to) in scale.days() {
        let span = TimeSpan {
            start: from,
            end: to,
            certainty: Certainty::Exact,
            phrase: None,
        };
        let day = El::new("div")
            .class("day")
            .attr("style", &place_span(scale, &span))
            .child(
                El::new("span")
                    .class("day-label")
                    .text(&day_label(lang, from)),
            );
        day.append_to(parent);
    }
}

/// A tick every three hours, the minor ones between every six.
fn draw_ticks(parent: &Element, scale: Scale, lang: Lang) {
    for t in scale.hour_ticks(3) {
        let minor = t.julian().hour % 6 != 0;
        let tick = El::new("span")
            .class(if minor { "tick minor" } else { "tick" })
            .attr("style", &format!("left:{}%", decimal(scale.percent(t), 3)))
            .child(
                El::new("span")
                    .class("tick-label")
                    .text(&format_hour(lang, t)),
            );
        tick.append_to(parent);
    }
}

/// The journey's steps as ranges; the current one is marked by [`track`]'s effect.
fn draw_steps(parent: &Element, story: &Story, scale: Scale, lang: Lang, current: Option<usize>) {
    for (i, step) in story.steps().iter().enumerate() {
        let kind = match step.kind {
            StepKind::Stop { .. } => "stop",
            StepKind::Leg(_) => "leg",
            StepKind::Gap => "gap",
        };
        let class = format!(
            "mark step {kind} {}{}{}",
            certainty_class(&step.span),
            if step.planned { " planned" } else { "" },
            if current == Some(i) { " current" } else { "" }
        );
        let mark = El::new("span")
            .class(&class)
            .attr("data-step", &i.to_string())
            .attr("style", &place_span(scale, &step.span))
            .attr("title", step.title.get(lang.code()));
        mark.append_to(parent);
    }
}

/// The context events, in lanes so that overlapping ones stack.
fn draw_events(parent: &Element, story: &Story, scale: Scale, lang: Lang, lanes: &[usize]) {
    for (event, lane) in story.context_events().iter().zip(lanes) {
        let name = event.title.get(lang.code());
        let style = format!(
            "{};top:{}rem;height:1.1rem",
            place_span(scale, &event.span),
            decimal(0.15 + 1.2 * *lane as f64, 2)
        );
        let mark = El::new("span")
            .class(&format!("mark event {}", certainty_class(&event.span)))
            .attr("style", &style)
            .attr("title", name)
            .child(El::new("span").class("event-label").text(name));
        mark.append_to(parent);
    }
}

/// The slider with its tracks.
pub fn track() -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let story = state.story;
    let scale = Scale::of_story(story);
    let lang = move || state.lang.get();
    let current = state.step;
    let lanes = lanes(story.context_events().iter().map(|e| &e.span));
    let lane_count = lanes.iter().copied().max().map_or(1, |m| m + 1);
    let context_height = format!("height:{}rem", decimal(0.3 + 1.2 * lane_count as f64, 2));

    let row_labels = El::new("div")
        .class("row-labels")
        .attr("aria-hidden", "true")
        .child(El::new("span").class("row-label row-days"))
        .done();
    let journey_label = El::new("span").class("row-label row-journey").done();
    dom::bind_text(&journey_label, move || {
        strings(lang()).timeline.journey_track.to_owned()
    });
    let context_label = El::new("span")
        .class("row-label row-context")
        .attr("style", &context_height)
        .done();
    dom::bind_text(&context_label, move || {
        strings(lang()).timeline.context_track.to_owned()
    });
    dom::append(&row_labels, &journey_label);
    dom::append(&row_labels, &context_label);

    let track = El::new("div")
        .class("track")
        .attr("role", "slider")
        .attr("tabindex", "0")
        .attr("aria-orientation", "horizontal")
        .attr("aria-valuemin", &scale.start.minutes().to_string())
        .attr("aria-valuemax", &scale.end.minutes().to_string())
        .done();
    dom::bind_attr(&track, "aria-label", move || {
        strings(lang()).timeline.slider.to_owned()
    });
    dom::bind_attr(&track, "aria-valuenow", move || {
        state.clock.get().minutes().to_string()
    });
    dom::bind_attr(&track, "aria-valuetext", move || {
        let t = state.clock.get();
        format!(
            "{}, {}",
            format_instant(lang(), t),
            where_words(story, lang(), t)
        )
    });
    let days = El::new("div").class("days").done();
    let ticks = El::new("div").class("ticks").done();
    let journey = El::new("div").class("lane journey").done();
    let context = El::new("div")
        .class("lane context")
        .attr("style", &context_height)
        .done();
    let handle = El::new("div").class("handle").done();
    dom::bind_attr(&handle, "style", move || {
        format!("left:{}%", decimal(scale.percent(state.clock.get()), 3))
    });
    for el in [&days, &ticks, &journey, &context, &handle] {
        dom::append(&track, el);
    }

    // The marks are drawn by hand (see `ui::dom`) now, and again when the language
    // changes; the current step is marked by the next effect.
    let draw = {
        let (days, ticks, journey, context) = (
            days.clone(),
            ticks.clone(),
            journey.clone(),
            context.clone(),
        );
        move |lang: Lang| {
            for el in [&days, &ticks, &journey, &context] {
                dom::clear(el);
            }
            draw_days(&days, scale, lang);
            draw_ticks(&ticks, scale, lang);
            draw_steps(&journey, story, scale, lang, current.get_untracked());
            draw_events(&context, story, scale, lang, &lanes);
        }
    };
    let mut drawn = None;
    effect_now(move || {
        let lang = state.lang.get();
        if drawn != Some(lang) {
            drawn = Some(lang);
            draw(lang);
        }
    });
    effect({
        let journey = journey.clone();
        move || dom::mark_current_step(&journey, ".step", current.get())
    });

    listen_to_pointer_and_keys(&track, state, scale);
    let rows = El::new("div").class("timeline-rows").done();
    dom::append(&rows, &row_labels);
    dom::append(&rows, &track);
    rows
}

/// The slider's handlers: press or drag anywhere on the track to scrub, or use the keys
/// of [`Key`]. Either stops playback.
fn listen_to_pointer_and_keys(track: &Element, state: AppState, scale: Scale) {
    let dragging = Rc::new(Cell::new(false));
    let scrub = {
        let track = track.clone();
        move |ev: &PointerEvent| {
            let rect = track.get_bounding_client_rect();
            if rect.width() > 0.0 {
                let fraction = (f64::from(ev.client_x()) - rect.left()) / rect.width();
                state.playing.set(false);
                state.set_clock(scale.instant_at(fraction));
            }
        }
    };
    dom::on(track, "pointerdown", {
        let (track, dragging, scrub) = (track.clone(), dragging.clone(), scrub.clone());
        move |ev| {
            let Some(ev) = ev.dyn_ref::<PointerEvent>() else {
                return;
            };
            if ev.button() != 0 {
                return;
            }
            dragging.set(true);
            let _ = track.set_pointer_capture(ev.pointer_id());
            dom::focus(&track);
            ev.prevent_default();
            scrub(ev);
        }
    });
    dom::on(track, "pointermove", {
        let dragging = dragging.clone();
        move |ev| {
            if let Some(ev) = ev.dyn_ref::<PointerEvent>() {
                if dragging.get() {
                    scrub(ev);
                }
            }
        }
    });
    let end = track.clone();
    dom::listen(
        track,
        &["pointerup", "pointercancel"],
        Box::new(move |ev| {
            dragging.set(false);
            if let Some(ev) = ev.dyn_ref::<PointerEvent>() {
                let _ = end.release_pointer_capture(ev.pointer_id());
            }
        }),
    );
    dom::on(track, "keydown", move |ev| {
        let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if let Some(key) = Key::from_name(&ev.key()) {
            ev.prevent_default();
            state.playing.set(false);
            let now = state.clock.get_untracked();
            state.set_clock(key_target(state.story, now, key, ev.shift_key()));
        }
    });
}
