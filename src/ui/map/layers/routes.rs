//! The journey's legs, styled by mode and certainty, with a chevron showing the direction.

use leptos::prelude::*;

use crate::logic::geo::{LayerSpace, LonLat, PathBuilder, PathOptions, Point};
use crate::logic::number::decimal;
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

/// The routes, in layer space (inside the transformed group).
#[component]
pub fn RoutesLayer(shapes: Vec<RouteShape>, current_step: Memo<Option<usize>>) -> impl IntoView {
    view! {
        <g class="routes">
            {shapes
                .into_iter()
                .map(|s| {
                    let step = s.step;
                    let base = s.class.clone();
                    let class = move || {
                        let now = current_step.get();
                        let when = match now {
                            Some(c) if c == step => "now",
                            Some(c) if c > step => "done",
                            _ => "later",
                        };
                        format!("{base} {when}")
                    };
                    view! { <path class=class d=s.d.clone() data-step=step.to_string()/> }
                })
                .collect_view()}
        </g>
    }
}

/// Direction chevrons, in screen space: they keep their size at every zoom.
#[component]
pub fn RouteChevrons(shapes: Vec<RouteShape>, current_step: Memo<Option<usize>>) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <g class="chevrons" aria-hidden="true">
            {shapes
                .into_iter()
                .map(|s| {
                    let step = s.step;
                    let (mid, angle) = (s.mid, s.angle);
                    let transform = move || {
                        let p = state.viewport.get().lonlat_to_screen(mid);
                        format!(
                            "translate({} {}) rotate({})",
                            decimal(p.x, 1),
                            decimal(p.y, 1),
                            decimal(angle, 1)
                        )
                    };
                    let class = move || match current_step.get() {
                        Some(c) if c == step => "chevron now",
                        Some(c) if c > step => "chevron done",
                        _ => "chevron later",
                    };
                    view! { <path class=class transform=transform d="M-4,-4 L3,0 L-4,4"/> }
                })
                .collect_view()}
        </g>
    }
}
