//! The map's controls and furniture: zoom buttons, "whole story", the scale bar, the north
//! arrow and the attribution line.

use leptos::prelude::*;

use super::animation::Animator;
use crate::logic::geo::{scale_bar, Limits};
use crate::logic::number::decimal;
use crate::logic::story_view;
use crate::state::AppState;
use crate::ui::i18n::{strings, tr};

/// Zooms by `delta` levels around the screen centre, animated; a manual move, so follow
/// stops.
pub fn zoom_by(state: AppState, anim: &Animator, delta: f64) {
    let v = state.viewport.get_untracked();
    let zoom = Limits::petrograd().clamp_zoom(v.zoom + delta);
    state.follow.set(false);
    anim.animate_to(state, v.zoom_around(v.screen_centre(), zoom));
}

/// +, − and "whole story".
#[component]
pub fn ZoomControls(anim: Animator) -> impl IntoView {
    let state = AppState::expect();
    let s = move || &strings(state.lang.get()).map;
    let (a1, a2, a3) = (anim.clone(), anim.clone(), anim);
    let whole = move |_| {
        let v = state.viewport.get_untracked();
        state.follow.set(false);
        a3.animate_to(
            state,
            story_view::whole_story(state.story, v.width, v.height),
        );
    };
    view! {
        <div class="map-controls">
            <button
                type="button"
                class="zoom-in"
                aria-label=move || s().zoom_in
                title=move || s().zoom_in
                on:click=move |_| zoom_by(state, &a1, 1.0)
            >
                "+"
            </button>
            <button
                type="button"
                class="zoom-out"
                aria-label=move || s().zoom_out
                title=move || s().zoom_out
                on:click=move |_| zoom_by(state, &a2, -1.0)
            >
                "−"
            </button>
            <button
                type="button"
                class="whole-story"
                aria-label=move || s().whole_story
                title=move || s().whole_story
                on:click=whole
            >
                <svg viewBox="-8 -8 16 16" width="18" height="18" aria-hidden="true">
                    <path d="M-7,-3 V-7 H-3 M3,-7 H7 V-3 M7,3 V7 H3 M-3,7 H-7 V3"/>
                </svg>
            </button>
        </div>
    }
}

/// Metric scale bar for the centre's latitude.
#[component]
pub fn ScaleBar() -> impl IntoView {
    let state = AppState::expect();
    let bar = move || {
        let v = state.viewport.get();
        scale_bar(v.centre.lat, v.zoom, 120.0)
    };
    view! {
        <div class="map-scale" aria-hidden="true">
            {move || {
                bar().map(|b| {
                    view! {
                        <span class="scale-label">{b.label.clone()}</span>
                        <span class="scale-bar" style=format!("width:{}px", decimal(b.pixels, 0))></span>
                    }
                })
            }}
        </div>
    }
}

/// The north arrow: Web Mercator keeps north up, so it never turns.
#[component]
pub fn NorthArrow() -> impl IntoView {
    let state = AppState::expect();
    let label = tr(state.lang, |s| s.map.north);
    view! {
        <div class="map-north" role="img" aria-label=label>
            <svg viewBox="-12 -16 24 32" width="22" height="30" aria-hidden="true">
                <path class="n-left" d="M0,-11 L-6,8 L0,4 Z"/>
                <path class="n-right" d="M0,-11 L6,8 L0,4 Z"/>
            </svg>
            <span>"N"</span>
        </div>
    }
}

/// The credit line the GSHHG licence asks for, and the memoir edition.
#[component]
pub fn Attribution() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <p class="map-attribution">
            {tr(state.lang, |s| s.map.edition)}
            " · "
            {tr(state.lang, |s| s.app.credit_map)}
        </p>
    }
}
