//! The journey's legs, styled by mode and certainty, with a chevron showing the direction.
//!
//! The paths are built once, in layer space; only their class follows the clock. The
//! chevrons are [`super::chevrons::Chevrons`].

use leptos::prelude::*;

use crate::logic::geo::{LayerSpace, LonLat, PathBuilder, PathOptions, Point};
use crate::state::AppState;
use crate::story::route::point_along;
use crate::story::{Mode, RouteCertainty, StepKind, Story};

/// One drawable leg, prepared once.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteShape {
    /// Index of the leg's step.
    pub step: usize,
    /// Path data in layer space.
    pub d: String,
    /// CSS classes that do not change with the clock (mode, certainty).
    pub class: String,
    /// Where its direction chevron sits.
    pub mid: LonLat,
    /// The chevron's angle in degrees (clockwise from east, as SVG rotates): a uniform
    /// scale and translation keep angles, so it never changes with the view.
    pub angle: f64,
}

/// Every leg with a route of two points or more.
pub fn shapes(story: &Story, space: &LayerSpace) -> Vec<RouteShape> {
    story
        .steps()
        .iter()
        .enumerate()
        .filter_map(|(i, step)| {
            let StepKind::Leg(leg) = &step.kind else {
                return None;
            };
            if leg.route.len() < 2 {
                return None;
            }
            let pts: Vec<Point> = leg.route.iter().map(|ll| space.project(*ll)).collect();
            let mut b = PathBuilder::new(PathOptions::default());
            b.polyline(&pts);
            let mid = point_along(&leg.route, 0.5)?;
            let a = space.project(point_along(&leg.route, 0.45)?);
            let c = space.project(point_along(&leg.route, 0.55)?);
            let angle = (c.y - a.y).atan2(c.x - a.x).to_degrees();
            let mode = match leg.mode {
                Mode::Train => "train",
                Mode::Car => "car",
                Mode::Foot => "foot",
                Mode::Boat => "boat",
                Mode::Unknown => "unknown",
            };
            let doubtful = matches!(
                leg.route_certainty,
                RouteCertainty::Guess | RouteCertainty::Unknown
            );
            let planned = if step.planned { " planned" } else { "" };
            let guess = if doubtful { " guessed" } else { "" };
            Some(RouteShape {
                step: i,
                d: b.finish(),
                class: format!("route mode-{mode}{guess}{planned}"),
                mid,
                angle,
            })
        })
        .collect()
}

/// Where a leg stands at the clock's step: "now", "done" or "later".
pub fn when(step: usize, now: Option<usize>) -> &'static str {
    match now {
        Some(c) if c == step => "now",
        Some(c) if c > step => "done",
        _ => "later",
    }
}

/// The routes, in layer space (inside the transformed group): one path per leg, whose
/// class says its mode, certainty and where it stands at the clock. The legs never change,
/// so they are a plain `Vec` of views (see [`crate::ui::map::places::Places`]).
#[component]
pub fn Routes(shapes: Vec<RouteShape>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <g class="routes">
            {shapes
                .into_iter()
                .map(|s| {
                    view! {
                        <path
                            d=s.d
                            data-step=s.step
                            class=move || format!("{} {}", s.class, when(s.step, state.step.get()))
                        ></path>
                    }
                })
                .collect_view()}
        </g>
    }
}
