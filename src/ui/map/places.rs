//! Place markers, their uncertainty circles and labels, in screen space (they keep their
//! size at every zoom); the tooltip shown on hover or focus is in [`super::tooltip`].
//!
//! One place's marker is [`super::place_marker::PlaceMarker`].

use leptos::prelude::*;

use super::place_marker::PlaceMarker;
use super::place_state::{label_priority, place_state, shown_at, PlaceState};
use crate::logic::geo::labels::{estimate_text_width, marker_box};
use crate::logic::geo::{place_labels, Bounds, LabelCandidate, LabelOptions, Point};
use crate::state::AppState;
use crate::story::{Place, PlaceKind};
use crate::ui::i18n::tr;

/// Label font size for the most important places; the others use [`SMALL_FONT`].
const BIG_FONT: f64 = 14.0;
/// Label font size for rank 2 and 3 places; stays readable (≥ 11 px).
const SMALL_FONT: f64 = 12.0;

/// How much wider than [`estimate_text_width`] a place's label is drawn: the region's
/// towns (rank 1) are bold with letter-spacing (`map.css`), about 15 % wider than plain
/// text; the others are plain italic or roman, a little narrower than the estimate.
const BOLD_LABEL_WIDTH: f64 = 1.05;
const PLAIN_LABEL_WIDTH: f64 = 0.9;

/// The width in pixels of `place`'s label `text` at `font` px, as drawn: what the label
/// placer and the other layers' placers (overlays, city names) keep clear of.
pub(crate) fn label_width(place: &Place, text: &str, font: f64) -> f64 {
    let factor = if place.rank <= 1 {
        BOLD_LABEL_WIDTH
    } else {
        PLAIN_LABEL_WIDTH
    };
    estimate_text_width(text, font) * factor
}

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

/// Screen boxes the labels must keep clear of: the controls in the corners (the buttons,
/// the north arrow, the legend's title above the scale bar, the scale bar, the
/// attribution of up to two lines), as `map.css` places them.
pub(crate) fn control_boxes(w: f64, h: f64) -> Vec<Bounds> {
    vec![
        Bounds::from_origin_size(Point::new(0.0, 0.0), 52.0, 150.0),
        Bounds::from_origin_size(Point::new(w - 48.0, 0.0), 48.0, 56.0),
        Bounds::from_origin_size(Point::new(0.0, h - 74.0), 110.0, 34.0),
        Bounds::from_origin_size(Point::new(0.0, h - 40.0), 150.0, 40.0),
        Bounds::from_origin_size(Point::new(w - 340.0, h - 28.0), 340.0, 28.0),
    ]
}

/// Computes every place's drawing for a view, clock and language.
pub fn layout(state: &AppState, lang: &str) -> Vec<Option<PlaceDraw>> {
    let story = state.story;
    let view = state.viewport.get();
    let t = state.clock.get();
    let current = crate::logic::clock::whereabouts(story, t).map(|w| w.step_index);
    let mpp = view.metres_per_pixel();
    let mut draws: Vec<Option<PlaceDraw>> = story
        .places()
        .iter()
        .map(|place| {
            let point = place.point.filter(|_| shown_at(story, place, view.zoom))?;
            let at = view.lonlat_to_screen(point);
            let radius = marker_radius(place.kind);
            let halo = place
                .precision_m
                .filter(|_| place.kind != PlaceKind::City)
                .map(|m| m / mpp)
                .filter(|r| *r > radius + 3.0 && *r < 4000.0);
            let state = place_state(story, place.id.as_str(), t, current);
            let font = if place.rank <= 1 {
                BIG_FONT
            } else {
                SMALL_FONT
            };
            Some(PlaceDraw {
                at,
                radius,
                halo,
                state,
                label: None,
                font,
            })
        })
        .collect();
    let mut obstacles = control_boxes(view.width, view.height);
    let mut candidates = Vec::new();
    for (i, (place, draw)) in story.places().iter().zip(&draws).enumerate() {
        if let Some(d) = draw {
            obstacles.push(marker_box(d.at, d.radius + 1.0));
            let text = place.name.get(lang);
            candidates.push(LabelCandidate {
                id: i,
                anchor: d.at,
                width: label_width(place, text, d.font),
                height: d.font * 1.2,
                priority: label_priority(place, d.state),
            });
        }
    }
    let opts = LabelOptions {
        offset: 10.0,
        margin: 3.0,
        area: Some(Bounds::from_origin_size(
            Point::new(2.0, 2.0),
            view.width - 4.0,
            view.height - 4.0,
        )),
    };
    for placed in place_labels(&candidates, &obstacles, &opts) {
        if let Some(Some(d)) = draws.get_mut(placed.id) {
            let rel = Point::new(placed.text_at.x - d.at.x, placed.text_at.y - d.at.y);
            d.label = Some((rel, placed.side.text_anchor()));
        }
    }
    draws
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
