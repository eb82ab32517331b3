//! The map's buttons: zoom in, zoom out and "whole story". The other furniture (north
//! arrow, scale bar, attribution, legend) has a file each beside this one.

use leptos::prelude::*;

use super::animation::Animator;
use crate::logic::geo::Limits;
use crate::logic::story_view;
use crate::state::AppState;
use crate::ui::i18n::tr;

/// Zooms by `delta` levels around the screen centre, animated; a manual move, so follow
/// stops.
pub fn zoom_by(state: AppState, anim: Animator, delta: f64) {
    let v = state.viewport.get_untracked();
    let zoom = Limits::petrograd().clamp_zoom(v.zoom + delta);
    state.follow.set(false);
    anim.animate_to(state, v.zoom_around(v.screen_centre(), zoom));
}

/// The three buttons in the map's top-left corner; their names follow the language.
#[component]
pub fn MapControls(anim: Animator) -> impl IntoView {
    let state = expect_context::<AppState>();
    let whole_story = move |_| {
        let v = state.viewport.get_untracked();
        state.follow.set(false);
        anim.animate_to(
            state,
            story_view::whole_story(state.story, v.width, v.height),
        );
    };
    let zoom_in = tr(state.lang, |s| s.map.zoom_in);
    let zoom_out = tr(state.lang, |s| s.map.zoom_out);
    let whole = tr(state.lang, |s| s.map.whole_story);
    view! {
        <div class="map-controls">
            <button
                type="button"
                class="zoom-in"
                aria-label=zoom_in
                title=zoom_in
                on:click=move |_| zoom_by(state, anim, 1.0)
            >
                "+"
            </button>
            <button
                type="button"
                class="zoom-out"
                aria-label=zoom_out
                title=zoom_out
                on:click=move |_| zoom_by(state, anim, -1.0)
            >
                "−"
            </button>
            <button
                type="button"
                class="whole-story"
                aria-label=whole
                title=whole
                on:click=whole_story
            >
                <svg viewBox="-8 -8 16 16" width="18" height="18" aria-hidden="true">
                    <path d="M-7,-3 V-7 H-3 M3,-7 H7 V-3 M7,3 V7 H3 M-3,7 H-7 V3"></path>
                </svg>
            </button>
        </div>
    }
}
