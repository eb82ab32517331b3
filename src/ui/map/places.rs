//! Place markers, their uncertainty circles and labels, in screen space (they keep their
//! size at every zoom); the tooltip shown on hover or focus is in [`super::tooltip`].
//!
//! Built by hand (`ui::dom`), as the whole map is: each place's `<g>` is made once and an
//! effect then rewrites only the attributes that changed, which keeps the wasm small and
//! a pan frame cheap; one listener on the layer serves every place.

use crate::ui::reactive::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};

use super::place_state::{label_priority, place_state, shown_at, PlaceState};
use crate::logic::geo::labels::{estimate_text_width, marker_box};
use crate::logic::geo::{place_labels, Bounds, LabelCandidate, LabelOptions, Point};
use crate::logic::number::decimal;
use crate::state::{AppState, Lang};
use crate::story::{Place, PlaceKind};
use crate::ui::dom::{self, El};
use crate::ui::effect::effect;
use crate::ui::i18n::strings;

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

/// A number with one decimal, as the attributes carry it.
fn num(value: f64) -> String {
    decimal(value, 1).to_string()
}

/// The attribute values of a label, in the order [`Label::ATTRS`] names them.
type LabelValues = [String; 4];

/// A place's `<text>` label, while it has room.
struct Label {
    el: Element,
    /// The values last written, as [`Label::ATTRS`]; none of them is ever empty, so the
    /// first [`dom::set_attr_cached`] writes them all.
    attrs: LabelValues,
    /// The text last written.
    text: String,
}

impl Label {
    const ATTRS: [&'static str; 4] = ["x", "y", "text-anchor", "font-size"];
}

/// One place's hand-built `<g>` and the values last written to it.
struct Marker {
    /// The place's index in the story's places, which `hovered` holds.
    index: usize,
    g: Element,
    /// The hit circle, which the halo goes before.
    hit: Element,
    /// The uncertainty circle and its radius, while it is worth drawing.
    halo: Option<(Element, String)>,
    label: Option<Label>,
    /// The values last written to `g`: transform, display, class, aria-label, aria-pressed.
    attrs: [String; 5],
}

impl Marker {
    const ATTRS: [&'static str; 5] = [
        "transform",
        "display",
        "class",
        "aria-label",
        "aria-pressed",
    ];

    /// The place's group with its hit and marker circles; [`Marker::update`] does the rest.
    fn new(index: usize, place: &Place) -> Marker {
        let r = marker_radius(place.kind);
        let hit = El::svg("circle")
            .class("hit")
            .attr("r", &num(r + 7.0))
            .done();
        let g = El::svg("g")
            .attr("data-place", place.id.as_str())
            .attr("role", "button")
            .attr("tabindex", "0")
            .done();
        // Written empty now, as `attrs` says, so that an empty value is written too.
        for name in Self::ATTRS {
            dom::set_attr(&g, name, "");
        }
        dom::append(&g, &hit);
        dom::append(
            &g,
            &El::svg("circle").class("marker").attr("r", &num(r)).done(),
        );
        Marker {
            index,
            g,
            hit,
            halo: None,
            label: None,
            attrs: Default::default(),
        }
    }

    /// Brings the group in line with its drawing (`None`: not shown at this zoom).
    fn update(&mut self, place: &Place, draw: Option<&PlaceDraw>, selected: bool, lang: Lang) {
        let st = draw.map_or("mentioned", |d| d.state.class());
        let sel = if selected { " selected" } else { "" };
        let values = [
            draw.map(|d| format!("translate({} {})", num(d.at.x), num(d.at.y)))
                .unwrap_or_default(),
            if draw.is_some() { "inline" } else { "none" }.to_owned(),
            format!(
                "place kind-{} rank-{} {st}{sel}",
                place.kind.name(),
                place.rank
            ),
            draw.map(|d| aria_label(place, d.state, lang))
                .unwrap_or_default(),
            selected.to_string(),
        ];
        for ((name, value), last) in Self::ATTRS.iter().zip(&values).zip(&mut self.attrs) {
            dom::set_attr_cached(&self.g, name, value, last);
        }
        match (draw.and_then(|d| d.halo), &mut self.halo) {
            (Some(r), Some((el, last))) => dom::set_attr_cached(el, "r", &num(r), last),
            (Some(r), halo @ None) => {
                let r = num(r);
                let el = El::svg("circle").class("halo").attr("r", &r).done();
                let _ = self.g.insert_before(&el, Some(&self.hit));
                *halo = Some((el, r));
            }
            (None, halo) => {
                if let Some((el, _)) = halo.take() {
                    el.remove();
                }
            }
        }
        let label = draw.and_then(|d| Some((d.label?, d.font)));
        match (label, &mut self.label) {
            (Some(((rel, anchor), font)), shown) => {
                let values: LabelValues = [num(rel.x), num(rel.y), anchor.to_owned(), num(font)];
                let label = shown.get_or_insert_with(|| {
                    let el = El::svg("text")
                        .class("place-label")
                        .attr("data-place", place.id.as_str())
                        .attr("dominant-baseline", "central")
                        .done();
                    dom::append(&self.g, &el);
                    Label {
                        el,
                        attrs: Default::default(),
                        text: String::new(),
                    }
                });
                for ((name, value), last) in Label::ATTRS.iter().zip(&values).zip(&mut label.attrs)
                {
                    dom::set_attr_cached(&label.el, name, value, last);
                }
                let text = place.name.get(lang.code());
                if label.text != text {
                    label.el.set_text_content(Some(text));
                    text.clone_into(&mut label.text);
                }
            }
            (None, shown) => {
                if let Some(label) = shown.take() {
                    label.el.remove();
                }
            }
        }
    }
}

/// The index in the story's places of a place's `<g>`.
fn place_index(state: AppState, g: Option<Element>) -> Option<usize> {
    let id = g?.get_attribute("data-place")?;
    state
        .story
        .places()
        .iter()
        .position(|p| p.id.as_str() == id)
}

/// The place's `<g>` an event went to or came from (`relatedTarget`).
fn related_place(ev: &MouseEvent) -> Option<Element> {
    ev.related_target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("g.place")
        .ok()?
}

/// Handles the events that reach the places' container: a click, Enter or Space on a
/// place selects it (the keys stop there, so the map's own keyboard handler does not act
/// on them); the pointer or the focus entering or leaving a place sets `hovered`.
/// `pointerover`, `pointerout`, `focusin` and `focusout` bubble, unlike `pointerenter`
/// and `focus`, and the place left and the place entered are told apart by
/// `relatedTarget`, so moving within a place changes nothing.
fn on_event(state: AppState, hovered: RwSignal<Option<usize>>, ev: &Event) {
    let set_hovered = |i: Option<usize>| {
        if hovered.get_untracked() != i {
            hovered.set(i);
        }
    };
    let at = place_index(state, dom::closest(ev, "g.place"));
    let from_elsewhere =
        || at != place_index(state, ev.dyn_ref::<MouseEvent>().and_then(related_place));
    match ev.type_().as_str() {
        "click" => {}
        "keydown" => {
            let Some(key) = ev.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
                return;
            };
            if key != "Enter" && key != " " || at.is_none() {
                return;
            }
            ev.prevent_default();
            ev.stop_propagation();
        }
        "pointerover" => {
            if at.is_some() && from_elsewhere() {
                set_hovered(at);
            }
            return;
        }
        "pointerout" => {
            if at.is_some() && from_elsewhere() {
                set_hovered(None);
            }
            return;
        }
        "focusin" => {
            if at.is_some() {
                set_hovered(at);
            }
            return;
        }
        "focusout" => {
            if at.is_some() {
                set_hovered(None);
            }
            return;
        }
        _ => return,
    }
    if let Some(place) = at.and_then(|i| state.story.places().get(i)) {
        state.select_place(place.id.as_str());
    }
}

/// All place markers with their labels: the `<g class="places">` layer, built by hand
/// with a group for every place that has a position, kept in step with the drawings,
/// the selection and the language by an effect.
pub fn places_layer(
    draws: Memo<Vec<Option<PlaceDraw>>>,
    hovered: RwSignal<Option<usize>>,
) -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let layer = El::svg("g").class("places").attr("role", "group").done();
    let mut markers: Vec<Marker> = state
        .story
        .places()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.point.is_some())
        .map(|(i, place)| {
            let marker = Marker::new(i, place);
            dom::append(&layer, &marker.g);
            marker
        })
        .collect();
    dom::listen(
        &layer,
        &[
            "click",
            "keydown",
            "pointerover",
            "pointerout",
            "focusin",
            "focusout",
        ],
        Box::new(move |ev| on_event(state, hovered, &ev)),
    );
    let group = layer.clone();
    let mut label = "";
    effect(move || {
        let lang = state.lang.get();
        let name = strings(lang).map.places;
        if name != label {
            dom::set_attr(&group, "aria-label", name);
            label = name;
        }
        state.selected.with(|selected| {
            let selected = selected.as_ref().map(|s| s.as_str());
            draws.with(|draws| {
                for m in &mut markers {
                    let Some(place) = state.story.places().get(m.index) else {
                        continue;
                    };
                    let draw = draws.get(m.index).and_then(Option::as_ref);
                    m.update(place, draw, selected == Some(place.id.as_str()), lang);
                }
            });
        });
    });
    layer
}
