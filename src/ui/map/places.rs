//! Place markers, their uncertainty circles and labels, in screen space (they keep their
//! size at every zoom); the tooltip shown on hover or focus is in [`super::tooltip`].
//!
//! One place's marker is [`super::place_marker::PlaceMarker`].

use leptos::prelude::*;

use super::label_metrics::{
    control_boxes, line_height, place_font, place_label_width, PLACE_SPACING,
};
use super::place_marker::PlaceMarker;
use super::place_state::{label_priority, shown_at, PlaceState};
use crate::logic::geo::labels::marker_box;
use crate::logic::geo::{place_labels, Bounds, LabelCandidate, Point, Viewport};
use crate::state::AppState;
use crate::story::{PlaceKind, Story};
use crate::ui::i18n::tr;

/// An uncertainty circle is drawn only when it reaches beyond the marker by more than
/// this, px: a thinner ring would only blur the marker's edge.
const HALO_MIN_GAP: f64 = 3.0;
/// Nor when its radius is this or more, px: the circle is then a stray arc across the
/// screen that says nothing.
const HALO_MAX: f64 = 4000.0;

/// How one place is drawn in the current frame.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceDraw {
    /// Marker centre, screen pixels.
    pub at: Point,
    /// Marker radius.
    pub radius: f64,
    /// Uncertainty circle radius in pixels, when worth drawing.
    pub halo: Option<f64>,
    /// State at the clock time.
    pub state: PlaceState,
    /// Label position relative to the marker and its `text-anchor`, when it found room.
    pub label: Option<(Point, &'static str)>,
    /// Label font size.
    pub font: f64,
}

/// Marker radius by kind: the region's towns read first.
pub fn marker_radius(kind: PlaceKind) -> f64 {
    match kind {
        PlaceKind::City => 8.0,
        PlaceKind::Town => 6.0,
        _ => 5.0,
    }
}

/// Computes every place's drawing (by story index, `None` for a place not drawn) at
/// `view`, with `states` the places' states at the clock, one per place in the story's
/// order ([`super::place_state::place_states`]), and the names in `lang`. It lays the
/// names out (quadratic in the places shown), so the map calls it only when one of these
/// changed: see [`super::derived`].
pub fn layout(
    story: &Story,
    view: &Viewport,
    states: &[PlaceState],
    lang: &str,
) -> Vec<Option<PlaceDraw>> {
    let mpp = view.metres_per_pixel();
    let mut draws: Vec<Option<PlaceDraw>> = story
        .places()
        .iter()
        .zip(states)
        .map(|(place, &state)| {
            let point = place.point.filter(|_| shown_at(story, place, view.zoom))?;
            let at = view.lonlat_to_screen(point);
            let radius = marker_radius(place.kind);
            let halo = place
                .precision_m
                .filter(|_| place.kind != PlaceKind::City)
                .map(|m| m / mpp)
                .filter(|r| *r > radius + HALO_MIN_GAP && *r < HALO_MAX);
            Some(PlaceDraw {
                at,
                radius,
                halo,
                state,
                label: None,
                font: place_font(place),
            })
        })
        .collect();
    let mut obstacles = control_boxes(view.width, view.height);
    let mut candidates = Vec::new();
    for (i, (place, draw)) in story.places().iter().zip(&draws).enumerate() {
        if let Some(d) = draw {
            obstacles.push(marker_box(d.at, d.radius + PLACE_SPACING.marker_pad));
            let text = place.name.get(lang);
            candidates.push(LabelCandidate {
                id: i,
                anchor: d.at,
                width: place_label_width(place, text, d.font),
                height: line_height(d.font),
                priority: label_priority(place, d.state),
            });
        }
    }
    let opts = PLACE_SPACING.options(view.width, view.height);
    for placed in place_labels(&candidates, &obstacles, &opts) {
        if let Some(Some(d)) = draws.get_mut(placed.id) {
            let rel = Point::new(placed.text_at.x - d.at.x, placed.text_at.y - d.at.y);
            d.label = Some((rel, placed.side.text_anchor()));
        }
    }
    draws
}

/// The screen boxes of the places as `draws` draws them, their names in `lang`: each
/// marker, `marker_pad` px larger than its radius, and each name placed. The other
/// layers' labels (overlays, the city's names) keep clear of them.
pub(crate) fn drawn_boxes(
    story: &Story,
    draws: &[Option<PlaceDraw>],
    lang: &str,
    marker_pad: f64,
) -> Vec<Bounds> {
    let mut boxes = Vec::new();
    for (place, draw) in story.places().iter().zip(draws) {
        let Some(d) = draw else {
            continue;
        };
        boxes.push(marker_box(d.at, d.radius + marker_pad));
        if let Some((rel, anchor)) = d.label {
            let w = place_label_width(place, place.name.get(lang), d.font);
            let h = line_height(d.font);
            let (x, y) = (d.at.x + rel.x, d.at.y + rel.y);
            let left = match anchor {
                "end" => x - w,
                "middle" => x - w / 2.0,
                _ => x,
            };
            boxes.push(Bounds::from_origin_size(
                Point::new(left, y - h / 2.0),
                w,
                h,
            ));
        }
    }
    boxes
}

/// All place markers with their labels: the `<g class="places">` layer, a group for
/// every place that has a position, hidden while its zoom does not show it. A click,
/// Enter or Space on a place selects it; the pointer or the focus on a place shows its
/// tooltip (`hovered`).
///
/// The list is the story's, fixed for the page's life, so it is a plain `Vec` of views:
/// `<For>` is for lists that change, and its keyed diffing cost some 8 KB of gzipped wasm
/// for the map's three fixed lists (places, routes, chevrons), measured.
#[component]
pub fn Places(
    draws: Memo<Vec<Option<PlaceDraw>>>,
    hovered: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let positioned = move || {
        story
            .places()
            .iter()
            .enumerate()
            .filter(|(_, p)| p.point.is_some())
    };
    view! {
        <g class="places" role="group" aria-label=tr(state.lang, |s| s.map.places)>
            {positioned()
                .map(|(i, place)| {
                    view! { <PlaceMarker index=i place=place draws=draws hovered=hovered/> }
                })
                .collect_view()}
        </g>
    }
}
