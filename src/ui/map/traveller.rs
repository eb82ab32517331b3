//! Raskolnikov at the clock time: a marker that keeps its size, hidden when the text is
//! silent about where he was.

use leptos::prelude::*;

use crate::logic::clock;
use crate::logic::geo::LonLat;
use crate::state::AppState;
use crate::ui::i18n::tr;

/// Where to draw him at the clock time, if anywhere.
pub fn traveller_point(state: &AppState) -> Option<LonLat> {
    clock::whereabouts(state.story, state.clock.get()).and_then(|w| w.position.point())
}

/// The traveller's marker: a `<g class="traveller">` with its title and three circles, at
/// `point` in the current view.
#[component]
pub fn Traveller(point: Memo<Option<LonLat>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let at = move || {
        point
            .get()
            .map(|p| state.viewport.get().lonlat_to_screen(p))
    };
    let label = tr(state.lang, |s| s.map.traveller);
    view! {
        <g
            class="traveller"
            role="img"
            transform=move || at().map(|s| format!("translate({:.1} {:.1})", s.x, s.y))
            display=move || if point.with(Option::is_some) { "inline" } else { "none" }
            aria-label=label
        >
            // Built with the SVG builder: `view!` takes a `<title>` inside a `<g>` for HTML's.
            {leptos::svg::title().child(label)}
            <circle class="traveller-pulse" r="13"></circle>
            <circle class="traveller-ring" r="8"></circle>
            <circle class="traveller-dot" r="4"></circle>
        </g>
    }
}
