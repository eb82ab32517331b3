//! The map's legend: what the routes' line styles, the two sides' overlays and the circles
//! around some places mean.
//! A `<details>` in the top-right corner, closed at first, so that on a phone it covers
//! nothing of the map until asked for (and never the story, being inside the map).

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::i18n::tr;

/// A sample of a route's line, drawn with the routes' own classes (see map.css).
fn line(class: &'static str) -> impl IntoView {
    view! {
        <svg class="legend-sample" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true">
            <path class=class d="M2,6 H34"></path>
        </svg>
    }
}

/// The legend, in the current language.
#[component]
pub fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = |pick| tr(state.lang, pick);
    view! {
        <details class="map-legend">
            <summary>{s(|s| s.map.legend)}</summary>
            <ul>
                <li>{line("legend-route mode-train")}<span>{s(|s| s.map.train)}</span></li>
                <li>{line("legend-route mode-car")}<span>{s(|s| s.map.car)}</span></li>
                <li>{line("legend-route mode-foot")}<span>{s(|s| s.map.foot)}</span></li>
                <li>{line("legend-route mode-unknown")}<span>{s(|s| s.map.unknown_mode)}</span></li>
                <li>{line("legend-route guessed")}<span>{s(|s| s.map.route_guessed)}</span></li>
                <li>{line("legend-overlay side-soviet")}<span>{s(|s| s.map.legend_soviet)}</span></li>
                <li>
                    {line("legend-overlay side-government")}
                    <span>{s(|s| s.map.legend_government)}</span>
                </li>
                <li>
                    <svg
                        class="legend-sample"
                        viewBox="0 0 36 16"
                        width="36"
                        height="16"
                        aria-hidden="true"
                    >
                        <circle class="legend-halo" cx="18" cy="8" r="7"></circle>
                        <circle class="legend-marker" cx="18" cy="8" r="3"></circle>
                    </svg>
                    <span>{s(|s| s.map.uncertainty)}</span>
                </li>
            </ul>
        </details>
    }
}
