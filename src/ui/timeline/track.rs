//! The track's rows: day bands labelled in both calendars, hour ticks, the journey's steps
//! as ranges, and the context row ([`fn@ContextLane`]) (see [`fn@super::slider::Slider`],
//! which holds them and makes the whole track one slider). Every position here is a
//! percentage of the track's width ([`Scale`]), so nothing here is measured and nothing
//! moves when the window is resized; only the context labels are measured, in their row.

use leptos::prelude::*;

use crate::logic::timeline_scale::Scale;
use crate::state::AppState;
use crate::story::StepKind;
use crate::ui::i18n::{day_label, format_hour};
use crate::ui::search::Search;
use crate::ui::timeline::context_lane::ContextLane;
use crate::ui::timeline::marks::{certainty_class, mark_title, place_span};

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

    view! {
        <div class="days">{days}</div>
        <div class="ticks">{ticks}</div>
        <div class="lane journey">
            <FoundMarks scale=scale/>
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
        <ContextLane/>
    }
}

/// The moments a search in the memoir found (see `ui::search`): a band behind each step a
/// hit belongs to, so the reader sees where in the three days the word comes. Hidden from
/// screen readers, which hear the hits' moments in the list.
#[component]
fn FoundMarks(scale: Scale) -> impl IntoView {
    let state = expect_context::<AppState>();
    let search = expect_context::<Search>();
    let story = state.story;
    let marks = move || {
        search.found.get().map(|found| {
            found
                .steps
                .iter()
                .filter_map(|&i| story.steps().get(i))
                .map(|step| {
                    view! {
                        <span
                            class="found-mark"
                            style=place_span(scale, step.span.start, step.span.end)
                        ></span>
                    }
                })
                .collect_view()
        })
    };
    view! { <span class="found-marks" aria-hidden="true">{marks}</span> }
}
