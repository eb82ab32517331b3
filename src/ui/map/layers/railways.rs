//! The railways of 1917 over the basemap: a dark bed with light ties, as on old maps.

use leptos::prelude::*;

use super::basemap::loaded;
use crate::basemap::Level;

/// The railways, in layer space. Both levels carry the same lines, so the region's
/// (compiled in) serve at every zoom.
#[component]
pub fn Railways() -> impl IntoView {
    let p = loaded(Level::Region);
    view! {
        <g class="railways">
            <path class="railway-bed" d=p.paths.railways.clone()></path>
            <path class="railway-ties" d=p.paths.railways.clone()></path>
        </g>
    }
}
