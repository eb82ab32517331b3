//! The SVG map: basemap, railways, routes, places, labels and the traveller.
//!
//! Layers in layer space (basemap, routes) have their path data built once and move with a
//! single `transform`; markers, labels and the traveller are placed in screen space each
//! frame so they keep their size. Gestures live in [`handlers`], one file each.

pub mod animation;
pub mod controls;
pub mod handlers;
pub mod layers;
pub mod place_state;
pub mod places;
pub mod traveller;

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::basemap::Level;
use crate::logic::geo::{Bounds, LayerSpace, Limits, Padding, Viewport};
use crate::logic::number::decimal;
use crate::logic::{clock, story_view};
use crate::state::AppState;
use crate::ui::i18n::tr;
use animation::Animator;
use handlers::pointer::Pointers;
use layers::basemap::BasemapLayer;
use layers::routes::{self, RouteChevrons, RoutesLayer};
use places::PlacesLayer;
use traveller::{traveller_point, Traveller};

/// The map region's content.
#[component]
pub fn Map() -> impl IntoView {
    let state = AppState::expect();
    let story = state.story;
    let anim = Animator::default();
    let wrap: NodeRef<Div> = NodeRef::new();
    let space = LayerSpace::petrograd();
    let shapes = routes::shapes(story, &space);
    let current_step =
        Memo::new(move |_| clock::whereabouts(story, state.clock.get()).map(|w| w.step_index));
    let traveller = Memo::new(move |_| traveller_point(&state));
    let draws = Memo::new(move |_| places::layout(&state, state.lang.get().code()));
    let level =
        Memo::new(move |_| Level::for_metres_per_pixel(state.viewport.get().metres_per_pixel()));
    let hovered = RwSignal::new(None::<usize>);
    let measured = RwSignal::new(false);
    let layer_tf = move || state.viewport.get().layer_transform(&space).to_svg();

    // Size: measure the region, fit the whole story on the first measure unless the URL
    // chose a view (follow is then already off).
    Effect::new({
        let anim = anim.clone();
        move |_| {
            let Some(div) = wrap.get() else {
                return;
            };
            let el: web_sys::Element = div.into();
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
            if let Some(svg) = el.query_selector("svg.map-svg").ok().flatten() {
                handlers::wheel::install(&svg, state, anim.clone());
            }
        }
    });

    // Tell the benchmark (and anyone timing the page) when the first full map is drawn.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        if !measured.get() {
            return false;
        }
        request_animation_frame(|| {
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                let _ = p.mark("map-ready");
            }
        });
        true
    });

    // Follow: keep the traveller in view while the reader has not moved the map.
    Effect::new({
        let anim = anim.clone();
        move |_| {
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

    let pointers = Pointers::default();
    let svg_of = |e: &ev::PointerEvent| -> Option<web_sys::Element> {
        e.current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    };
    let on_down = {
        let pointers = pointers.clone();
        move |e: ev::PointerEvent| {
            if let Some(el) = svg_of(&e) {
                pointers.down(&e, handlers::local_point(&el, &e));
            }
        }
    };
    let on_move = {
        let (pointers, anim) = (pointers.clone(), anim.clone());
        move |e: ev::PointerEvent| {
            if let Some(el) = svg_of(&e) {
                pointers.moved(&e, handlers::local_point(&el, &e), &el, state, &anim);
            }
        }
    };
    let on_up = {
        let pointers = pointers.clone();
        move |e: ev::PointerEvent| pointers.up(&e)
    };
    let on_cancel = move |e: ev::PointerEvent| pointers.up(&e);
    let on_dblclick = {
        let anim = anim.clone();
        move |e: ev::MouseEvent| {
            let Some(el) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            e.prevent_default();
            let p = handlers::local_point(&el, &e);
            let v = state.viewport.get_untracked();
            let dz = if e.shift_key() { -1.0 } else { 1.0 };
            let zoom = Limits::petrograd().clamp_zoom(v.zoom + dz);
            state.follow.set(false);
            anim.animate_to(state, v.zoom_around(p, zoom));
        }
    };
    let on_key = {
        let anim = anim.clone();
        move |e: ev::KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            if handlers::keyboard::handle(&e.key(), state, &anim) {
                e.prevent_default();
            }
        }
    };

    places::place_tooltip(wrap, draws, hovered);
    controls::install(wrap, anim.clone());

    let label = tr(state.lang, |s| s.map.map_label);
    let data_centre = move || {
        let v = state.viewport.get();
        format!("{},{}", decimal(v.centre.lon, 6), decimal(v.centre.lat, 6))
    };
    let data_zoom = move || decimal(state.viewport.get().zoom, 4).to_string();
    let size = move || {
        let v = state.viewport.get();
        (
            decimal(v.width, 0).to_string(),
            decimal(v.height, 0).to_string(),
        )
    };

    view! {
        <div class="map" node_ref=wrap>
            <svg
                class="map-svg"
                xmlns="http://www.w3.org/2000/svg"
                width=move || size().0
                height=move || size().1
                tabindex="0"
                role="application"
                aria-label=label
                aria-roledescription="map"
                data-centre=data_centre
                data-zoom=data_zoom
                data-ready=move || measured.get().to_string()
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_cancel
                on:dblclick=on_dblclick
                on:keydown=on_key
            >
                <g class="layer-space" transform=layer_tf>
                    {move || view! { <BasemapLayer level=level.get()/> }}
                    <RoutesLayer shapes=shapes.clone() current_step=current_step/>
                </g>
                <RouteChevrons shapes=shapes current_step=current_step/>
                <PlacesLayer draws=draws hovered=hovered/>
                <Traveller point=traveller/>
            </svg>
        </div>
    }
}
