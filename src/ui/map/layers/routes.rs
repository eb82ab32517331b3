//! The journey's legs, styled by mode and certainty, with a chevron showing the direction.
//!
//! Built by hand (`ui::dom`), as the whole map is: the paths are made once and an effect
//! rewrites the attributes that change with the clock and the view.

use crate::ui::reactive::*;
use web_sys::Element;

use crate::logic::geo::{LayerSpace, LonLat, PathBuilder, PathOptions, Point};
use crate::logic::number::decimal;
use crate::state::AppState;
use crate::story::route::point_along;
use crate::story::{Mode, RouteCertainty, StepKind, Story};
use crate::ui::dom::{self, El};
use crate::ui::effect::effect;

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
fn when(step: usize, now: Option<usize>) -> &'static str {
    match now {
        Some(c) if c == step => "now",
        Some(c) if c > step => "done",
        _ => "later",
    }
}

/// A group with a path for each shape, made by `path`, and the values last written to
/// each path's `class` and `transform` (none yet).
fn group(
    class: &str,
    shapes: &[RouteShape],
    path: impl Fn(&RouteShape) -> El,
) -> (Element, Vec<(Element, String, String)>) {
    let g = El::svg("g").class(class).done();
    let paths = shapes
        .iter()
        .map(|s| {
            let el = path(s).done();
            dom::append(&g, &el);
            (el, String::new(), String::new())
        })
        .collect();
    (g, paths)
}

/// The routes, in layer space (inside the transformed group): `<g class="routes">`.
pub fn routes_layer(shapes: Vec<RouteShape>, current_step: Memo<Option<usize>>) -> Element {
    let (g, mut paths) = group("routes", &shapes, |s| {
        El::svg("path")
            .attr("d", &s.d)
            .attr("data-step", &s.step.to_string())
    });
    effect(move || {
        let now = current_step.get();
        for ((el, class, _), s) in paths.iter_mut().zip(&shapes) {
            let new = format!("{} {}", s.class, when(s.step, now));
            dom::set_attr_cached(el, "class", &new, class);
        }
    });
    g
}

/// Direction chevrons, in screen space: they keep their size at every zoom.
pub fn chevrons(shapes: Vec<RouteShape>, current_step: Memo<Option<usize>>) -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let (g, mut paths) = group("chevrons", &shapes, |_| {
        El::svg("path").attr("d", "M-4,-4 L3,0 L-4,4")
    });
    dom::set_attr(&g, "aria-hidden", "true");
    effect(move || {
        let now = current_step.get();
        let view = state.viewport.get();
        for ((el, class, transform), s) in paths.iter_mut().zip(&shapes) {
            let p = view.lonlat_to_screen(s.mid);
            let new = format!(
                "translate({} {}) rotate({})",
                decimal(p.x, 1),
                decimal(p.y, 1),
                decimal(s.angle, 1)
            );
            dom::set_attr_cached(el, "transform", &new, transform);
            let new = format!("chevron {}", when(s.step, now));
            dom::set_attr_cached(el, "class", &new, class);
        }
    });
    g
}
