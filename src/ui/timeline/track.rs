//! The track: day bands labelled in both calendars, hour ticks, the journey's steps and the
//! context events as ranges, and the handle. The whole track is one slider: click or drag
//! anywhere to scrub, or use the keys of [`Key`].

use leptos::prelude::*;
use web_sys::{KeyboardEvent, PointerEvent};

use crate::logic::clock;
use crate::logic::number::decimal;
use crate::logic::timeline_scale::{key_target, Key, Scale};
use crate::state::AppState;
use crate::story::{Certainty, StepKind, TimeSpan};
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

/// The slider with its tracks.
#[component]
pub fn Track() -> impl IntoView {
    let state = AppState::expect();
    let story = state.story;
    let scale = Scale::of_story(story);
    let lang = move || state.lang.get();
    let track = NodeRef::<leptos::html::Div>::new();
    let dragging = StoredValue::new(false);
    let current = Memo::new(move |_| clock::step_index_at(story, state.clock.get()));

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

    let days = scale
        .days()
        .into_iter()
        .map(|(from, to)| {
            let span = TimeSpan {
                start: from,
                end: to,
                certainty: Certainty::Exact,
                phrase: None,
            };
            view! {
                <div class="day" style=place_span(scale, &span)>
                    <span class="day-label">{move || day_label(lang(), from)}</span>
                </div>
            }
        })
        .collect_view();
    let ticks = scale
        .hour_ticks(3)
        .into_iter()
        .map(|t| {
            let minor = t.julian().hour % 6 != 0;
            view! {
                <span class="tick" class:minor=minor style=format!("left:{}%", decimal(scale.percent(t), 3))>
                    <span class="tick-label">{move || format_hour(lang(), t)}</span>
                </span>
            }
        })
        .collect_view();
    let steps = story
        .steps()
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let kind = match step.kind {
                StepKind::Stop { .. } => "stop",
                StepKind::Leg(_) => "leg",
                StepKind::Gap => "gap",
            };
            let class = format!(
                "mark step {kind} {}{}",
                certainty_class(&step.span),
                if step.planned { " planned" } else { "" }
            );
            view! {
                <span
                    class=class
                    class:current=move || current.get() == Some(i)
                    style=place_span(scale, &step.span)
                    title=move || step.title.get(lang().code()).to_string()
                ></span>
            }
        })
        .collect_view();
    let lanes = lanes(story.context_events().iter().map(|e| &e.span));
    let lane_count = lanes.iter().copied().max().map_or(1, |m| m + 1);
    let events = story
        .context_events()
        .iter()
        .zip(lanes)
        .map(|(event, lane)| {
            let class = format!("mark event {}", certainty_class(&event.span));
            let style = format!(
                "{};top:{}rem;height:1.1rem",
                place_span(scale, &event.span),
                decimal(0.15 + 1.2 * lane as f64, 2)
            );
            // The bar is often narrower than the name; the title shows it whole on hover.
            let name = move || event.title.get(lang().code()).to_string();
            view! {
                <span class=class style=style title=name>
                    <span class="event-label">{name}</span>
                </span>
            }
        })
        .collect_view();

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
                <div class="days">{days}</div>
                <div class="ticks">{ticks}</div>
                <div class="lane journey">{steps}</div>
                <div class="lane context" style=format!("height:{}rem", decimal(0.3 + 1.2 * lane_count as f64, 2))>
                    {events}
                </div>
                <div
                    class="handle"
                    style=move || format!("left:{}%", decimal(scale.percent(state.clock.get()), 3))
                ></div>
            </div>
        </div>
    }
}
