//! Raskolnikov at the clock time: a marker that keeps its size, hidden when the text is
//! silent about where he was.

use leptos::prelude::*;

use crate::logic::clock;
use crate::logic::geo::LonLat;
use crate::logic::number::decimal;
use crate::state::AppState;
use crate::ui::i18n::tr;

/// Where to draw him at the clock time, if anywhere.
pub fn traveller_point(state: &AppState) -> Option<LonLat> {
    clock::whereabouts(state.story, state.clock.get()).and_then(|w| w.position.point())
}

/// The traveller's marker.
#[component]
pub fn Traveller(point: Memo<Option<LonLat>>) -> impl IntoView {
    let state = AppState::expect();
    let transform = move || {
        point
            .get()
            .map(|p| {
                let s = state.viewport.get().lonlat_to_screen(p);
                format!("translate({} {})", decimal(s.x, 1), decimal(s.y, 1))
            })
            .unwrap_or_default()
    };
    let label = tr(state.lang, |s| s.map.traveller);
    view! {
        <g
            class="traveller"
            transform=transform
            display=move || if point.get().is_some() { "inline" } else { "none" }
            role="img"
            aria-label=label
        >
            <title>{label}</title>
            <circle class="traveller-pulse" r="13"/>
            <circle class="traveller-ring" r="8"/>
            <circle class="traveller-dot" r="4"/>
        </g>
    }
}
