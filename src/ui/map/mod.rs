//! The SVG map: basemap, railways, routes, places, labels and the traveller, with its
//! controls, tooltip and legend.
//!
//! Layers in layer space (basemap, railways, routes) have their path data built once and
//! move with a single `transform` (one group under the city's names, one over them);
//! markers, labels, chevrons and the traveller are placed in screen space each frame so
//! they keep their size. Gestures are the `on:` handlers of
//! the `<svg>`, one file each in [`handlers`]. What the layers derive from the state (the
//! places' drawings, the overlays shown) is in [`derived`], each a memo of its inputs;
//! the labels' sizes are in [`label_metrics`].

pub mod animation;
pub mod controls;
pub mod credit;
pub mod derived;
pub mod handlers;
pub mod label_metrics;
pub mod layers;
pub mod legend;
pub mod north;
pub mod overlays;
pub mod place_marker;
pub mod place_state;
pub mod places;
pub mod scale;
pub mod tooltip;
pub mod traveller;

use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::html;
use leptos::prelude::*;
use leptos_use_resize_observer::use_resize_observer;

use crate::basemap::Level;
use crate::logic::geo::{Bounds, LayerSpace, Limits, Padding, Viewport};
use crate::logic::story_view;
use crate::state::AppState;
use crate::ui::i18n::tr;
use animation::Animator;
use controls::MapControls;
use credit::Credit;
use derived::MapMemos;
use handlers::pointer::Pointers;
use handlers::{dblclick, keyboard, wheel};
use layers::basemap::Basemap;
use layers::chevrons::Chevrons;
use layers::city_labels::CityLabels;
use layers::railways::Railways;
use layers::routes::{self, Routes};
use legend::Legend;
use north::NorthArrow;
use overlays::Overlays;
use places::Places;
use scale::ScaleBar;
use tooltip::Tooltip;
use traveller::Traveller;

/// While following him, the map moves once he comes closer to its edge than this share of
/// its smaller side.
const FOLLOW_EDGE: f64 = 0.1;
/// The room left around his leg when the map moves to show it, px.
const FOLLOW_PADDING: f64 = 48.0;
/// Showing his leg zooms in no closer than this, or than the current zoom when that is
/// closer already: the whole leg matters more than the detail.
const FOLLOW_MIN_ZOOM: f64 = 11.0;
/// The room left around a map a step asks for (Lenin's), px.
const FOCUS_PADDING: f64 = 40.0;

/// The map region's content: the `<svg>` with its layers, then the tooltip, the
/// controls and the furniture over it.
#[component]
pub fn Map() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let anim = Animator::default();
    let pointers = Pointers::default();
    let space = LayerSpace::petrograd();
    let shapes = routes::shapes(story, &space);
    let MapMemos {
        traveller,
        shown,
        focus,
        draws,
        ..
    } = MapMemos::new(state);
    // The level the zoom asks for, drawn once its data is there: the city level is
    // fetched after the first view, and the region level stands in until it arrives.
    let city = layers::basemap::load_city();
    let level = Memo::new(move |_| {
        match Level::for_metres_per_pixel(state.viewport.get().metres_per_pixel()) {
            Level::City if city.with(Option::is_some) => Level::City,
            _ => Level::Region,
        }
    });
    let hovered = RwSignal::new(None::<usize>);
    let measured = RwSignal::new(false);
    let region = NodeRef::<html::Div>::new();

    // Size: measure the region, fit the whole story on the first measure unless the URL
    // chose a view (follow is then already off). The whole-story view last fitted: while
    // the view is still exactly that (the page layout settling, a window resize), refit
    // rather than crop it.
    let mut fitted: Option<Viewport> = None;
    let mut first = true;
    let _observer = use_resize_observer(region, move |_, _| {
        let Some(el) = region.get_untracked() else {
            return;
        };
        let w = f64::from(el.client_width());
        let h = f64::from(el.client_height());
        if w < 1.0 || h < 1.0 {
            return;
        }
        let untouched =
            std::mem::replace(&mut first, false) || fitted == Some(state.viewport.get_untracked());
        if untouched && state.follow.get_untracked() {
            let fit = story_view::whole_story(story, w, h);
            fitted = Some(fit);
            state.viewport.set(fit);
        } else {
            state
                .viewport
                .update(|v| *v = v.resized(w, h).clamped(&Limits::petrograd()));
        }
        measured.set(true);
    });

    // Tell the benchmark (and anyone timing the page) when the first full map is drawn:
    // the frame after the first measure.
    let ready_frame = StoredValue::new_local(None::<AnimationFrame>);
    Effect::new(move |marked: Option<bool>| {
        if marked == Some(true) || !measured.get() {
            return marked.unwrap_or(false);
        }
        ready_frame.set_value(Some(request_animation_frame(|_| {
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                let _ = p.mark("map-ready");
            }
        })));
        true
    });

    // Follow: keep the traveller in view while the reader has not moved the map; while a
    // step's map is shown, the effect below keeps both in view instead.
    Effect::new(move |_| {
        let Some(p) = traveller.get() else {
            return;
        };
        if !state.follow.get_untracked()
            || !measured.get_untracked()
            || focus.with_untracked(Option::is_some)
        {
            return;
        }
        let v = state.viewport.get_untracked();
        let s = v.lonlat_to_screen(p);
        let m = FOLLOW_EDGE * v.width.min(v.height);
        if s.x >= m && s.x <= v.width - m && s.y >= m && s.y <= v.height - m {
            return;
        }
        let leg_route = state
            .step
            .get_untracked()
            .and_then(|i| story.steps().get(i))
            .and_then(|step| step.leg())
            .map(|leg| leg.route.clone())
            .unwrap_or_default();
        let target = match Bounds::from_lonlats(leg_route.iter().copied().chain([p])) {
            Some(b) if leg_route.len() >= 2 => {
                let padding = Padding::uniform(FOLLOW_PADDING);
                let fit = Viewport::fit_bounds(&b, v.width, v.height, padding);
                Viewport {
                    zoom: fit.zoom.min(v.zoom.max(FOLLOW_MIN_ZOOM)),
                    ..fit
                }
            }
            _ => Viewport { centre: p, ..v },
        };
        anim.animate_to(state, target);
    });

    // A map someone asks for at a step (Lenin's) is shown whole with him, once the map
    // has its size, unless the reader has moved the map.
    Effect::new(move |_| {
        let Some(mut bounds) = focus.get() else {
            return;
        };
        if !measured.get() || !state.follow.get_untracked() {
            return;
        }
        if let Some(p) = traveller.get_untracked() {
            bounds.extend(crate::logic::geo::projection::project(p));
        }
        let v = state.viewport.get_untracked();
        if !v.visible_world().contains_bounds(&bounds) {
            let padding = Padding::uniform(FOCUS_PADDING);
            let fit = Viewport::fit_bounds(&bounds, v.width, v.height, padding);
            anim.animate_to(state, fit);
        }
    });

    let view = move || state.viewport.get();
    view! {
        <div class="map" node_ref=region>
            <svg
                class="map-svg"
                xmlns="http://www.w3.org/2000/svg"
                tabindex="0"
                role="application"
                aria-roledescription="map"
                aria-label=tr(state.lang, |s| s.map.map_label)
                width=move || format!("{:.0}", view().width)
                height=move || format!("{:.0}", view().height)
                // One unit a pixel once measured; before that (the prerendered page, before
                // any script) the whole-story view at the assumed size scales into the
                // map's box, so the five places are in it at any window.
                // Top-aligned: a tall box leaves its spare room at the bottom, where the
                // credit sits.
                viewBox=move || format!("0 0 {:.0} {:.0}", view().width, view().height)
                preserveAspectRatio="xMidYMin meet"
                data-centre=move || {
                    let c = view().centre;
                    format!("{:.6},{:.6}", c.lon, c.lat)
                }
                data-zoom=move || format!("{:.4}", view().zoom)
                data-ready=move || measured.get().to_string()
                on:pointerdown=move |e| pointers.down(&e)
                on:pointermove=move |e| pointers.moved(&e, state, anim)
                on:pointerup=move |e| pointers.up(&e)
                on:pointercancel=move |e| pointers.up(&e)
                on:dblclick=move |e| dblclick::on_dblclick(&e, state, anim)
                on:keydown=move |e| keyboard::on_keydown(&e, state, anim)
                on:wheel=move |e| wheel::on_wheel(&e, state, anim)
            >
                <g
                    class="layer-space"
                    transform=move || view().layer_transform(&space).to_svg()
                >
                    <Basemap level=level city=city/>
                </g>
                <CityLabels level=level city=city draws=draws/>
                <g
                    class="layer-space"
                    transform=move || view().layer_transform(&space).to_svg()
                >
                    <Railways/>
                    <Routes shapes=shapes.clone()/>
                </g>
                <Chevrons shapes=shapes/>
                <Overlays shown=shown draws=draws/>
                <Places draws=draws hovered=hovered/>
                <Traveller point=traveller/>
            </svg>
            <Tooltip draws=draws hovered=hovered/>
            <MapControls anim=anim/>
            <NorthArrow/>
            <ScaleBar/>
            <Credit/>
            <Legend/>
        </div>
    }
}
