//! The SVG map: basemap, railways, routes, places, labels and the traveller.
//!
//! Layers in layer space (basemap, routes) have their path data built once and move with a
//! single `transform`; markers, labels and the traveller are placed in screen space each
//! frame so they keep their size. Gestures live in [`handlers`], one file each.
//!
//! Built by hand (`ui::dom`), down to the region's `<div>`. A `view!` costs
//! wasm for every element, attribute and closure, and the map's were about 4 KB gzip;
//! each layer is made once by its module and kept in step by effects that rewrite only
//! what changed, and one listener on the `<svg>` takes the gestures.

pub mod animation;
pub mod controls;
pub mod handlers;
pub mod layers;
pub mod place_state;
pub mod places;
pub mod tooltip;
pub mod traveller;

use std::cell::Cell;
use std::rc::Rc;

use crate::ui::reactive::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, PointerEvent};

use crate::basemap::Level;
use crate::logic::geo::{Bounds, LayerSpace, Limits, Padding, Viewport};
use crate::logic::number::decimal;
use crate::logic::story_view;
use crate::state::AppState;
use crate::ui::dom::{self, El};
use crate::ui::effect::effect;
use crate::ui::i18n::strings;
use animation::Animator;
use handlers::pointer::Pointers;
use layers::basemap;
use layers::routes;
use traveller::traveller_point;

/// The map region's content.
pub fn map() -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let story = state.story;
    let anim = Animator::default();
    let wrap = El::new("div").class("map").done();
    let space = LayerSpace::petrograd();
    let shapes = routes::shapes(story, &space);
    // The step the clock is on: the same as where he is (`clock::whereabouts`).
    let current_step = state.step;
    let traveller = Memo::new(move |_| traveller_point(&state));
    let draws = Memo::new(move |_| places::layout(&state, state.lang.get().code()));
    let level =
        Memo::new(move |_| Level::for_metres_per_pixel(state.viewport.get().metres_per_pixel()));
    let hovered = RwSignal::new(None::<usize>);
    let measured = RwSignal::new(false);

    // Size: measure the region, fit the whole story on the first measure unless the URL
    // chose a view (follow is then already off).
    {
        let el = wrap.clone();
        let measure_el = el.clone();
        // The whole-story view last fitted: while the view is still exactly that (the
        // page layout settling, a window resize), refit rather than crop it.
        let fitted: Rc<Cell<Option<Viewport>>> = Rc::new(Cell::new(None));
        let first = Rc::new(Cell::new(true));
        let on_resize = Closure::<dyn FnMut(JsValue)>::new(move |_entries: JsValue| {
            let w = f64::from(measure_el.client_width());
            let h = f64::from(measure_el.client_height());
            if w < 1.0 || h < 1.0 {
                return;
            }
            let untouched =
                first.replace(false) || fitted.get() == Some(state.viewport.get_untracked());
            if untouched && state.follow.get_untracked() {
                let fit = story_view::whole_story(story, w, h);
                fitted.set(Some(fit));
                state.viewport.set(fit);
            } else {
                state
                    .viewport
                    .update(|v| *v = v.resized(w, h).clamped(&Limits::petrograd()));
            }
            measured.set(true);
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&el);
        }
        on_resize.forget();
    }

    // Tell the benchmark (and anyone timing the page) when the first full map is drawn.
    let mut marked = false;
    effect(move || {
        if marked || !measured.get() {
            return;
        }
        marked = true;
        dom::next_frame(|| {
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                let _ = p.mark("map-ready");
            }
        });
    });

    // Follow: keep the traveller in view while the reader has not moved the map.
    effect({
        let anim = anim.clone();
        move || {
            let point = traveller.get();
            if !state.follow.get_untracked() || !measured.get_untracked() {
                return;
            }
            let Some(p) = point else {
                return;
            };
            let v = state.viewport.get_untracked();
            let s = v.lonlat_to_screen(p);
            let m = 0.1 * v.width.min(v.height);
            if s.x >= m && s.x <= v.width - m && s.y >= m && s.y <= v.height - m {
                return;
            }
            let leg_route = current_step
                .get_untracked()
                .and_then(|i| story.steps().get(i))
                .and_then(|step| step.leg())
                .map(|leg| leg.route.clone())
                .unwrap_or_default();
            let target = match Bounds::from_lonlats(leg_route.iter().copied().chain([p])) {
                Some(b) if leg_route.len() >= 2 => {
                    let fit = Viewport::fit_bounds(&b, v.width, v.height, Padding::uniform(48.0));
                    Viewport {
                        zoom: fit.zoom.min(v.zoom.max(11.0)),
                        ..fit
                    }
                }
                _ => Viewport { centre: p, ..v },
            };
            anim.animate_to(state, target);
        }
    });

    let svg = El::svg("svg")
        .class("map-svg")
        .attr("xmlns", dom::SVG)
        .attr("tabindex", "0")
        .attr("role", "application")
        .attr("aria-roledescription", "map")
        .done();
    let layer_space = El::svg("g").class("layer-space").done();
    basemap::install(&layer_space, level);
    dom::append(
        &layer_space,
        &routes::routes_layer(shapes.clone(), current_step),
    );
    dom::append(&svg, &layer_space);
    dom::append(&svg, &routes::chevrons(shapes, current_step));
    dom::append(&svg, &places::places_layer(draws, hovered));
    dom::append(&svg, &traveller::traveller(traveller));
    listen_to_gestures(&svg, state, anim.clone());
    handlers::wheel::install(&svg, state, anim.clone());
    tooltip::place_tooltip(svg.clone(), draws, hovered);
    let furniture = controls::furniture(anim.clone());

    // The svg's attributes that follow the view, the language and the first measure.
    effect({
        let svg = svg.clone();
        let mut last: [String; 6] = Default::default();
        let mut layer_tf = String::new();
        move || {
            let v = state.viewport.get();
            let values = [
                decimal(v.width, 0).to_string(),
                decimal(v.height, 0).to_string(),
                strings(state.lang.get()).map.map_label.to_owned(),
                format!("{},{}", decimal(v.centre.lon, 6), decimal(v.centre.lat, 6)),
                decimal(v.zoom, 4).to_string(),
                measured.get().to_string(),
            ];
            let names = [
                "width",
                "height",
                "aria-label",
                "data-centre",
                "data-zoom",
                "data-ready",
            ];
            for ((name, value), last) in names.iter().zip(&values).zip(&mut last) {
                dom::set_attr_cached(&svg, name, value, last);
            }
            let tf = v.layer_transform(&space).to_svg();
            dom::set_attr_cached(&layer_space, "transform", &tf, &mut layer_tf);
        }
    });

    // The region holds the svg, then the controls; the tooltip goes between them.
    dom::append(&wrap, &svg);
    for block in &furniture {
        dom::append(&wrap, block);
    }
    wrap
}

/// The pointer (drag, pinch), double click and keyboard on the map's `<svg>`, with one
/// listener (the wheel has its own, as it must not be passive).
fn listen_to_gestures(svg: &Element, state: AppState, anim: Animator) {
    let pointers = Pointers::default();
    let el = svg.clone();
    let on_event = move |ev: Event| match ev.type_().as_str() {
        "keydown" => {
            let Some(e) = ev.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            if handlers::keyboard::handle(&e.key(), state, &anim) {
                e.prevent_default();
            }
        }
        "dblclick" => {
            let Some(e) = ev.dyn_ref::<MouseEvent>() else {
                return;
            };
            e.prevent_default();
            let p = handlers::local_point(&el, e);
            let v = state.viewport.get_untracked();
            let dz = if e.shift_key() { -1.0 } else { 1.0 };
            let zoom = Limits::petrograd().clamp_zoom(v.zoom + dz);
            state.follow.set(false);
            anim.animate_to(state, v.zoom_around(p, zoom));
        }
        kind => {
            let Some(e) = ev.dyn_ref::<PointerEvent>() else {
                return;
            };
            match kind {
                "pointerdown" => pointers.down(e, handlers::local_point(&el, e)),
                "pointermove" => {
                    pointers.moved(e, handlers::local_point(&el, e), &el, state, &anim);
                }
                _ => pointers.up(e),
            }
        }
    };
    dom::listen(
        svg,
        &[
            "pointerdown",
            "pointermove",
            "pointerup",
            "pointercancel",
            "dblclick",
            "keydown",
        ],
        Box::new(on_event),
    );
}
