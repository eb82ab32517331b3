//! The SVG map: basemap, railways, routes, places, labels and the traveller.

use leptos::prelude::*;

/// The map region's content.
#[component]
pub fn Map() -> impl IntoView {
    view! { <div class="map"></div> }
}
