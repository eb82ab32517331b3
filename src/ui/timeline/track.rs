//! The track's rows: day bands labelled in both calendars, hour ticks, the journey's steps
//! and the context events as ranges (see [`fn@super::slider::Slider`], which holds them and
//! makes the whole track one slider). Every position is a percentage of the track's width
//! ([`Scale`]), so nothing here is measured and nothing moves when the window is resized.

use leptos::prelude::*;

use crate::logic::timeline_scale::Scale;
use crate::state::{AppState, Lang};
use crate::story::{Certainty, StepKind, Story, TimeSpan};
use crate::ui::i18n::{day_label, format_hour, strings};

/// Whether a span's time is given by the text ("exact") or worked out ("uncertain"):
/// uncertain marks are hatched, and say so in their title.
fn is_uncertain(span: &TimeSpan) -> bool {
    span.certainty != Certainty::Exact
}

/// The class that goes with [`is_uncertain`].
fn certainty_class(span: &TimeSpan) -> &'static str {
    if is_uncertain(span) {
        "uncertain"
    } else {
        "exact"
    }
}

/// A mark's title: its name, and "time uncertain" when it is hatched, so that the
/// hatching is not the only thing that says it.
fn mark_title(name: &str, span: &TimeSpan, lang: Lang) -> String {
    if is_uncertain(span) {
        format!("{name} ({})", strings(lang).timeline.uncertain)
    } else {
        name.to_owned()
    }
}

/// `left` and `width` of a span on the track, in percent.
fn place_span(scale: Scale, start: crate::story::Instant, end: crate::story::Instant) -> String {
    let left = scale.percent(start);
    let width = (scale.percent(end) - left).max(0.3);
    format!("left:{left:.2}%;width:{width:.2}%")
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

/// The height of the context row, which grows with its lanes; the row's name beside the
/// track takes the same height.
pub(super) fn context_height(story: &Story) -> String {
    let lanes = lanes(story.context_events().iter().map(|e| &e.span));
    let count = lanes.iter().copied().max().map_or(1, |m| m + 1);
    format!("height:{:.2}rem", 0.3 + 1.2 * count as f64)
}

/// The rows of the track, in the order of the grid's rows. The day bands and hour ticks
/// are a fixed list (only their words follow the language), so they are rendered once
/// from an iterator; the steps and events are `<For>` lists keyed by their ids.
#[component]
pub fn Track() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let scale = Scale::of_story(story);
    let code = move || state.lang.get().code();

    let days = scale
        .days()
        .into_iter()
        .map(|(from, to)| {
            view! {
                <div class="day" style=place_span(scale, from, to)>
                    <span class="day-label">{move || day_label(state.lang.get(), from)}</span>
                </div>
            }
        })
        .collect_view();
    // A tick every three hours; the minor ones, between every six, hide first.
    let ticks = scale
        .hour_ticks(3)
        .into_iter()
        .map(|t| {
            let class = if t.julian().hour % 6 != 0 {
                "tick minor"
            } else {
                "tick"
            };
            view! {
                <span class=class style=format!("left:{:.2}%", scale.percent(t))>
                    <span class="tick-label">{move || format_hour(state.lang.get(), t)}</span>
                </span>
            }
        })
        .collect_view();

    let event_lanes = lanes(story.context_events().iter().map(|e| &e.span));
    let events = move || story.context_events().iter().zip(event_lanes.clone());

    view! {
        <div class="days">{days}</div>
        <div class="ticks">{ticks}</div>
        <div class="lane journey">
            <For
                each=move || story.steps().iter().enumerate()
                key=|&(_, step)| step.id.as_str()
                children=move |(i, step)| {
                    let kind = match step.kind {
                        StepKind::Stop { .. } => "stop",
                        StepKind::Leg(_) => "leg",
                        StepKind::Gap => "gap",
                    };
                    let class = format!(
                        "mark step {kind} {}{}",
                        certainty_class(&step.span),
                        if step.planned { " planned" } else { "" },
                    );
                    view! {
                        <span
                            class=class
                            class:current=move || state.step.get() == Some(i)
                            data-step=i
                            style=place_span(scale, step.span.start, step.span.end)
                            title=move || mark_title(step.title.get(code()), &step.span, state.lang.get())
                        ></span>
                    }
                }
            />
        </div>
        <div class="lane context" style=context_height(story)>
            <For
                each=events
                key=|&(event, _)| event.id.as_str()
                children=move |(event, lane)| {
                    let style = format!(
                        "{};top:{:.2}rem;height:1.1rem",
                        place_span(scale, event.span.start, event.span.end),
                        0.15 + 1.2 * lane as f64
                    );
                    view! {
                        <span
                            class=format!("mark event {}", certainty_class(&event.span))
                            style=style
                            title=move || mark_title(event.title.get(code()), &event.span, state.lang.get())
                        >
                            <span class="event-label">{move || event.title.get(code())}</span>
                        </span>
                    }
                }
            />
        </div>
    }
}
