//! The context events' row: each event a mark over its span, and its label laid out by
//! [`place_labels`] from the widths of its words as the browser renders them, so that no
//! label is cut mid-word and none overlaps another at any width, in either language and
//! at any text size. The row is measured by a resize observer and the labels are laid out
//! again when its size (the window, the text size) or the language changes.
//!
//! A shortened label keeps its full title on hover (`title`) and shows it whole while the
//! slider has the keyboard's focus and the clock is inside its event.

use leptos::html;
use leptos::prelude::*;
use leptos_use_resize_observer::use_resize_observer;

use crate::logic::timeline_labels::{lane_count, place_labels, LabelRequest, Placement};
use crate::logic::timeline_scale::Scale;
use crate::state::AppState;
use crate::story::{Instant, Story, TimeSpan};
use crate::ui::search::Search;
use crate::ui::timeline::marks::{certainty_class, mark_title, place_span};

/// The lanes the labels may take before they are shortened, on a track at least
/// [`WIDE_TRACK_PX`] wide: two, as many as the story's events overlap in time, so the row
/// is no taller than its marks need and a laptop's map keeps its height; a label with no
/// room is shortened at a word, its full title on hover and focus.
const MAX_LANES: usize = 2;
/// On a narrower track (a phone), a third lane: two would leave a title no whole word.
const NARROW_MAX_LANES: usize = 3;
/// Below this track width the narrow rule applies.
const WIDE_TRACK_PX: f64 = 600.0;
/// From the top of one lane to the next, in rem (a mark is 1.1 rem high).
const LANE_PITCH_REM: f64 = 1.2;
/// Above the first lane and below the last, in rem.
const LANE_MARGIN_REM: f64 = 0.15;
/// Pixels added to each measured width, so that a rounding in the browser's layout never
/// makes a label's text a fraction wider than its box.
const SLACK_PX: f64 = 1.0;

/// The row's height for `count` lanes; the row's name beside the track follows it (the
/// rows share a subgrid).
fn row_height(count: usize) -> String {
    format!(
        "height:{:.2}rem",
        2.0 * LANE_MARGIN_REM + LANE_PITCH_REM * count as f64
    )
}

/// The top of a lane, in rem.
fn lane_top(lane: usize) -> String {
    format!("{:.2}rem", LANE_MARGIN_REM + LANE_PITCH_REM * lane as f64)
}

/// Lanes by time alone (each event in the first lane free at its start), for the first
/// frame, before the row has been measured.
fn time_lanes(spans: &[&TimeSpan]) -> Vec<usize> {
    let mut ends: Vec<Instant> = Vec::new();
    spans
        .iter()
        .map(
            |span| match ends.iter().position(|end| *end <= span.start) {
                Some(lane) => {
                    ends[lane] = span.end;
                    lane
                }
                None => {
                    ends.push(span.end);
                    ends.len() - 1
                }
            },
        )
        .collect()
}

/// The labels of `story`'s events in language `code` on a row `width` pixels wide, each
/// text measured by `probe`, an invisible label of the same style.
fn lay_out(
    story: &Story,
    scale: Scale,
    code: &str,
    width: f64,
    probe: &web_sys::HtmlElement,
) -> Vec<Placement> {
    let requests: Vec<LabelRequest<'_>> = story
        .context_events()
        .iter()
        .map(|e| LabelRequest {
            start: scale.fraction(e.span.start) * width,
            end: scale.fraction(e.span.end) * width,
            text: e.title.get(code),
        })
        .collect();
    let measure = |text: &str| {
        probe.set_text_content(Some(text));
        probe.get_bounding_client_rect().width() + SLACK_PX
    };
    let lanes = if width < WIDE_TRACK_PX {
        NARROW_MAX_LANES
    } else {
        MAX_LANES
    };
    let placed = place_labels(&requests, width, lanes, measure);
    probe.set_text_content(None);
    placed
}

/// The context row: its marks, its labels and the invisible label that measures them.
#[component]
pub(super) fn ContextLane() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let scale = Scale::of_story(story);
    let code = move || state.lang.get().code();
    let row = NodeRef::<html::Div>::new();
    let probe = NodeRef::<html::Span>::new();
    // The row's width places the labels; its height follows the text size (it is set in
    // rem), so a larger text lays them out again.
    let size = RwSignal::new((0.0_f64, 0.0_f64));
    let _observer = use_resize_observer(row, move |_, _| {
        if let Some(el) = row.get_untracked() {
            let rect = el.get_bounding_client_rect();
            size.set((rect.width(), rect.height()));
        }
    });
    let placements = Memo::new(move |_| {
        let (width, _) = size.get();
        let code = code();
        match probe.get() {
            Some(probe) if width > 0.0 => lay_out(story, scale, code, width, &probe),
            _ => Vec::new(),
        }
    });
    let spans: Vec<&TimeSpan> = story.context_events().iter().map(|e| &e.span).collect();
    let by_time = time_lanes(&spans);
    let lane_of = move |i: usize| {
        placements
            .with(|p| p.get(i).map(|p| p.lane))
            .or_else(|| by_time.get(i).copied())
            .unwrap_or(0)
    };
    let height = move || {
        placements.with(|p| {
            if p.is_empty() {
                row_height(time_lanes(&spans).into_iter().max().map_or(1, |m| m + 1))
            } else {
                row_height(lane_count(p))
            }
        })
    };
    let events = move || story.context_events().iter().enumerate();
    let search = expect_context::<Search>();

    view! {
        <div class="lane context" node_ref=row style=height>
            <span class="event-label event-probe" aria-hidden="true" node_ref=probe></span>
            <For
                each=events
                key=|&(_, event)| event.id.as_str()
                children=move |(i, event)| {
                    let lane_of = lane_of.clone();
                    let title = move || mark_title(event.title.get(code()), &event.span, state.lang.get());
                    let shown = move || placements.with(|p| p.get(i).cloned());
                    let current = move || event.span.contains(state.clock.get());
                    // Its title holds the query searched in the memoir (`ui::search`).
                    let found = move || {
                        search.found.with(|f| {
                            f.as_ref().is_some_and(|f| f.events.iter().any(|e| e.index == i))
                        })
                    };
                    view! {
                        <span
                            class=format!("mark event {}", certainty_class(&event.span))
                            class:found=found
                            style={
                                let lane_of = lane_of.clone();
                                move || {
                                    format!(
                                        "{};top:{}",
                                        place_span(scale, event.span.start, event.span.end),
                                        lane_top(lane_of(i)),
                                    )
                                }
                            }
                            title=title
                        ></span>
                        <Show when=move || shown().is_some_and(|p| !p.text.is_empty())>
                            <span
                                class="event-label"
                                class:shortened=move || shown().is_some_and(|p| p.shortened)
                                class:current=current
                                class:found=found
                                style:left=move || shown().map(|p| format!("{:.1}px", p.left)).unwrap_or_default()
                                style:width=move || shown().map(|p| format!("{:.1}px", p.width)).unwrap_or_default()
                                style:top={
                                    let lane_of = lane_of.clone();
                                    move || lane_top(lane_of(i))
                                }
                                title=title
                            >
                                <span class="event-text">{move || shown().map(|p| p.text)}</span>
                                <Show when=move || shown().is_some_and(|p| p.shortened)>
                                    <span
                                        class="event-full"
                                        aria-hidden="true"
                                        style:max-width=move || {
                                            shown()
                                                .map(|p| format!("{:.1}px", (size.get().0 - p.left).max(0.0)))
                                                .unwrap_or_default()
                                        }
                                    >
                                        {move || event.title.get(code())}
                                    </span>
                                </Show>
                            </span>
                        </Show>
                    }
                }
            />
        </div>
    }
}
