//! The story's overlays at the clock — the map Lenin asked for, Krasnov's advance, the
//! Jäger regiment's march, the congress sitting — in screen space, so that their lines and
//! labels keep their size at every zoom. They are few and short (a range circle is a
//! hundred points), so each is projected again when the view moves.
//!
//! Which are shown is [`crate::logic::overlays::shown`]; the reader lists the same ones,
//! with their notes and sources, under "On the map".

use leptos::prelude::*;

use crate::logic::geo::path::polyline_d;
use crate::logic::geo::{LonLat, Point, Viewport};
use crate::logic::overlays::{label_arc, outline};
use crate::state::AppState;
use crate::story::route::point_along;
use crate::story::{Overlay, OverlayShape, RouteCertainty};
use crate::ui::i18n::strings;

/// The label as the map shows it: its words, and "approximate" when it is.
fn label_text(state: AppState, overlay: &'static Overlay) -> impl Fn() -> String + Copy {
    move || {
        let lang = state.lang.get();
        let label = overlay.label.get(lang.code());
        if overlay.approximate {
            format!("{label} ({})", strings(lang).map.approximate_overlay)
        } else {
            label.to_owned()
        }
    }
}

/// The classes that say what it is and whose it is, and dash a doubtful way.
fn class(overlay: &Overlay) -> String {
    let doubtful = matches!(
        overlay.certainty,
        Some(RouteCertainty::Guess | RouteCertainty::Unknown)
    );
    format!(
        "overlay kind-{} side-{}{}",
        overlay.shape.kind_name(),
        overlay.side.name(),
        if doubtful { " guessed" } else { "" }
    )
}

/// The positions projected into the current view.
fn on_screen(view: &Viewport, points: &[LonLat]) -> Vec<Point> {
    points.iter().map(|p| view.lonlat_to_screen(*p)).collect()
}

/// An arrowhead at the end of a movement, turned along its last stretch on screen.
fn arrow_at(points: &[Point]) -> Option<String> {
    let [.., a, b] = points else {
        return None;
    };
    let angle = (b.y - a.y).atan2(b.x - a.x).to_degrees();
    Some(format!(
        "translate({:.1} {:.1}) rotate({:.1})",
        b.x, b.y, angle
    ))
}

/// One overlay: its shape and its label, following the view.
fn overlay_view(state: AppState, overlay: &'static Overlay) -> impl IntoView {
    let view = move || state.viewport.get();
    let text = label_text(state, overlay);
    let id = overlay.id.as_str();
    let points = outline(overlay);
    let shape = match &overlay.shape {
        OverlayShape::Point(p) => {
            let p = *p;
            let at = move || {
                let s = view().lonlat_to_screen(p);
                format!("translate({:.1} {:.1})", s.x, s.y)
            };
            view! {
                <g transform=at>
                    <circle class="overlay-mark" r="12"></circle>
                    <text class="overlay-label" x="0" y="28" text-anchor="middle">{text}</text>
                </g>
            }
            .into_any()
        }
        OverlayShape::Range(ring) => {
            let arc_id = format!("overlay-arc-{id}");
            let href = format!("#{arc_id}");
            let arc = label_arc(ring);
            let ring_d = move || polyline_d(&on_screen(&view(), &points));
            let arc_d = move || polyline_d(&on_screen(&view(), &arc));
            view! {
                <path class="overlay-shape" d=ring_d></path>
                <path class="overlay-arc" id=arc_id d=arc_d></path>
                <text class="overlay-label" dy="-6">
                    <textPath href=href startOffset="50%" text-anchor="middle">{text}</textPath>
                </text>
            }
            .into_any()
        }
        OverlayShape::Line(line) | OverlayShape::Movement(line) | OverlayShape::Area(line) => {
            let moving = matches!(overlay.shape, OverlayShape::Movement(_));
            // A movement's label sits near its head, a line's at its middle.
            let anchor = point_along(line, if moving { 0.8 } else { 0.5 });
            let d = move || polyline_d(&on_screen(&view(), &points));
            let head = {
                let points = outline(overlay);
                move || arrow_at(&on_screen(&view(), &points))
            };
            let label_at = move || {
                anchor.map(|p| {
                    let s = view().lonlat_to_screen(p);
                    format!("translate({:.1} {:.1})", s.x, s.y)
                })
            };
            view! {
                <path class="overlay-shape" d=d></path>
                {moving.then(|| view! {
                    <path class="overlay-arrow" d="M-14,-8 L0,0 L-14,8" transform=head></path>
                })}
                <text class="overlay-label" transform=label_at x="-10" y="-8" text-anchor="end">
                    {text}
                </text>
            }
            .into_any()
        }
    };
    view! {
        <g class=class(overlay) data-overlay=id>
            {shape}
        </g>
    }
}

/// The overlays shown at the clock, in file order, under the places and the traveller.
#[component]
pub fn Overlays(shown: Memo<Vec<usize>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    view! {
        <g class="overlays">
            {move || {
                shown
                    .get()
                    .into_iter()
                    .filter_map(|i| story.overlays().get(i))
                    .map(|o| overlay_view(state, o))
                    .collect_view()
            }}
        </g>
    }
}
