//! The track: day bands labelled in both calendars, hour ticks, the journey's steps and the
//! context events as ranges, and the handle. The whole track is one slider: click or drag
//! anywhere to scrub, or use the keys of [`Key`].
//!
//! The marks are built by hand (`ui::dom`): as `view!` elements, each list was its own
//! copy of Leptos' rendering code in the wasm.

use leptos::prelude::*;
use web_sys::{Element, KeyboardEvent, PointerEvent};

use crate::logic::number::decimal;
use crate::logic::timeline_scale::{key_target, Key, Scale};
use crate::state::{AppState, Lang};
use crate::story::{Certainty, StepKind, Story, TimeSpan};
use crate::ui::dom::{self, El};
use crate::ui::effect::effect;
use crate::ui::i18n::{day_label, format_hour, format_instant, tr};
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

/// The journey's steps as ranges; the current one is marked by [`fn@Track`]'s effect.
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
#[component]
pub fn Track() -> impl IntoView {
    let state = AppState::expect();
    let story = state.story;
    let scale = Scale::of_story(story);
    let lang = move || state.lang.get();
    let track = NodeRef::<leptos::html::Div>::new();
    let dragging = StoredValue::new(false);
    let current = state.step;

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
    let on_down = move |ev: PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        dragging.set_value(true);
        if let Some(el) = track.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
            let _ = el.focus();
        }
        ev.prevent_default();
        scrub(&ev);
    };
    let on_move = move |ev: PointerEvent| {
        if dragging.get_value() {
            scrub(&ev);
        }
    };
    let on_up = move |ev: PointerEvent| {
        dragging.set_value(false);
        if let Some(el) = track.get_untracked() {
            let _ = el.release_pointer_capture(ev.pointer_id());
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if let Some(key) = Key::from_name(&ev.key()) {
            ev.prevent_default();
            state.playing.set(false);
            let now = state.clock.get_untracked();
            state.set_clock(key_target(story, now, key, ev.shift_key()));
        }
    };

    let lanes = lanes(story.context_events().iter().map(|e| &e.span));
    let lane_count = lanes.iter().copied().max().map_or(1, |m| m + 1);
    let days = NodeRef::<leptos::html::Div>::new();
    let ticks = NodeRef::<leptos::html::Div>::new();
    let journey = NodeRef::<leptos::html::Div>::new();
    let context = NodeRef::<leptos::html::Div>::new();
    // The marks are drawn by hand (see `ui::dom`), again when the language changes.
    effect(move || {
        let lang = state.lang.get();
        let (Some(days), Some(ticks), Some(journey), Some(context)) =
            (days.get(), ticks.get(), journey.get(), context.get())
        else {
            return;
        };
        for el in [&days, &ticks, &journey, &context] {
            dom::clear(el);
        }
        draw_days(&days, scale, lang);
        draw_ticks(&ticks, scale, lang);
        draw_steps(&journey, story, scale, lang, current.get_untracked());
        draw_events(&context, story, scale, lang, &lanes);
    });
    effect(move || {
        let current = current.get();
        if let Some(journey) = journey.get() {
            dom::mark_current_step(&journey, ".step", current);
        }
    });

    let value_text = move || {
        let t = state.clock.get();
        format!(
            "{}, {}",
            format_instant(lang(), t),
            where_words(story, lang(), t)
        )
    };
    view! {
        <div class="timeline-rows">
            <div class="row-labels" aria-hidden="true">
                <span class="row-label row-days"></span>
                <span class="row-label row-journey">{tr(state.lang, |s| s.timeline.journey_track)}</span>
                <span class="row-label row-context" style=format!("height:{}rem", decimal(0.3 + 1.2 * lane_count as f64, 2))>{tr(state.lang, |s| s.timeline.context_track)}</span>
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
                aria-valuetext=value_text
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
                on:keydown=on_key
            >
                <div class="days" node_ref=days></div>
                <div class="ticks" node_ref=ticks></div>
                <div class="lane journey" node_ref=journey></div>
                <div
                    class="lane context"
                    node_ref=context
                    style=format!("height:{}rem", decimal(0.3 + 1.2 * lane_count as f64, 2))
                ></div>
                <div
                    class="handle"
                    style=move || format!("left:{}%", decimal(scale.percent(state.clock.get()), 3))
                ></div>
            </div>
        </div>
    }
}
