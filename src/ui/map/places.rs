//! Place markers, their uncertainty circles and labels, in screen space (they keep their
//! size at every zoom), and the tooltip shown on hover or focus.

use leptos::ev;
use leptos::prelude::*;

use super::place_state::{label_priority, place_state, shown_at, PlaceState};
use crate::logic::geo::labels::{estimate_text_width, marker_box};
use crate::logic::geo::{place_labels, Bounds, LabelCandidate, LabelOptions, Point};
use crate::logic::number::decimal;
use crate::state::{AppState, Lang};
use crate::story::{Place, PlaceKind};
use crate::ui::i18n::{strings, tr};

/// Label font size for the most important places; the others use [`SMALL_FONT`].
const BIG_FONT: f64 = 14.0;
/// Label font size for rank 2 and 3 places; stays readable (≥ 11 px).
const SMALL_FONT: f64 = 12.0;

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

/// Screen boxes the labels must keep clear of: the controls in the corners.
fn control_boxes(w: f64, h: f64) -> Vec<Bounds> {
    vec![
        Bounds::from_origin_size(Point::new(0.0, 0.0), 52.0, 150.0),
        Bounds::from_origin_size(Point::new(w - 48.0, 0.0), 48.0, 56.0),
        Bounds::from_origin_size(Point::new(0.0, h - 40.0), 150.0, 40.0),
        Bounds::from_origin_size(Point::new(w - 320.0, h - 22.0), 320.0, 22.0),
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
                width: estimate_text_width(text, d.font) * 0.9,
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

/// The accessible name: the name and the state ("Gatchina, still to come").
fn aria_label(place: &Place, state: PlaceState, lang: Lang) -> String {
    let s = &strings(lang).map;
    let st = match state {
        PlaceState::Visited => s.visited,
        PlaceState::Current => s.current,
        PlaceState::ToCome => s.to_come,
        PlaceState::Mentioned => s.mentioned,
    };
    format!("{}, {st}", place.name.get(lang.code()))
}

/// All place markers with their labels.
#[component]
pub fn PlacesLayer(
    draws: Memo<Vec<Option<PlaceDraw>>>,
    hovered: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get().code();
    let label = tr(state.lang, |s| s.map.places);
    view! {
        <g class="places" role="group" aria-label=label>
            {state
                .story
                .places()
                .iter()
                .enumerate()
                .filter(|(_, p)| p.point.is_some())
                .map(|(i, place)| {
                    let id = place.id.as_str();
                    let draw = move || draws.with(|d| d.get(i).cloned().flatten());
                    let shown = Memo::new(move |_| draws.with(|d| matches!(d.get(i), Some(Some(_)))));
                    let transform = move || {
                        draw().map(|d| format!("translate({} {})", decimal(d.at.x, 1), decimal(d.at.y, 1))).unwrap_or_default()
                    };
                    let selected = move || {
                        state.selected.with(|s| s.as_ref().is_some_and(|s| s.as_str() == id))
                    };
                    let class = move || {
                        let st = draw().map(|d| d.state.class()).unwrap_or("mentioned");
                        let sel = if selected() { " selected" } else { "" };
                        format!("place kind-{} rank-{} {st}{sel}", place.kind.name(), place.rank)
                    };
                    let aria = move || {
                        draw().map(|d| aria_label(place, d.state, state.lang.get())).unwrap_or_default()
                    };
                    let select = move || state.select_place(id);
                    let on_key = move |e: ev::KeyboardEvent| {
                        if e.key() == "Enter" || e.key() == " " {
                            e.prevent_default();
                            e.stop_propagation();
                            select();
                        }
                    };
                    let halo = move || {
                        draw().and_then(|d| d.halo).map(|r| {
                            view! { <circle class="halo" r=decimal(r, 1).to_string()/> }
                        })
                    };
                    let text = move || {
                        draw().and_then(|d| {
                            let (rel, anchor) = d.label?;
                            Some(view! {
                                <text
                                    class="place-label"
                                    data-place=id
                                    x=decimal(rel.x, 1).to_string()
                                    y=decimal(rel.y, 1).to_string()
                                    text-anchor=anchor
                                    dominant-baseline="central"
                                    font-size=decimal(d.font, 1).to_string()
                                >
                                    {place.name.get(lang()).to_owned()}
                                </text>
                            })
                        })
                    };
                    let r = marker_radius(place.kind);
                    view! {
                        <g
                            class=class
                            data-place=id
                            transform=transform
                            display=move || if shown.get() { "inline" } else { "none" }
                            role="button"
                            tabindex="0"
                            aria-label=aria
                            aria-pressed=move || selected().to_string()
                            on:click=move |_| select()
                            on:keydown=on_key
                            on:pointerenter=move |_| hovered.set(Some(i))
                            on:pointerleave=move |_| hovered.set(None)
                            on:focus=move |_| hovered.set(Some(i))
                            on:blur=move |_| hovered.set(None)
                        >
                            {halo}
                            <circle class="hit" r=decimal(r + 7.0, 1).to_string()/>
                            <circle class="marker" r=decimal(r, 1).to_string()/>
                            {text}
                        </g>
                    }
                })
                .collect_view()}
        </g>
    }
}

/// The tooltip of the hovered or focused place: the 1917 name, the modern one, and how
/// approximate the position is.
#[component]
pub fn PlaceTooltip(
    draws: Memo<Vec<Option<PlaceDraw>>>,
    hovered: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = AppState::expect();
    let content = move || {
        let i = hovered.get()?;
        let place = state.story.places().get(i)?;
        let d = draws.with(|d| d.get(i).cloned().flatten())?;
        let lang = state.lang.get();
        let s = &strings(lang).map;
        let code = lang.code();
        let modern = place
            .modern_name
            .as_ref()
            .map(|m| format!("{} ({})", m.get(code), s.modern_name));
        let approx = place
            .precision_m
            .map(|m| format!("{} {} {}", s.approximate, decimal(m, 0), s.metres));
        let style = format!("left:{}px;top:{}px", decimal(d.at.x, 0), decimal(d.at.y, 0));
        Some(view! {
            <div class="map-tooltip" role="tooltip" style=style>
                <strong>{place.name.get(code).to_owned()}</strong>
                {modern.map(|m| view! { <span class="modern">{m}</span> })}
                {approx.map(|a| view! { <span class="approx">{a}</span> })}
            </div>
        })
    };
    view! { {content} }
}
