//! The railways of 1917 over the basemap: a dark bed with light ties, as on old maps.
//!
//! They never change: drawn once in the page the build prerenders, and adopted as they
//! are by the browser's hydrating app, which carries neither their data nor their paths
//! (see [`super::basemap`]).

use leptos::prelude::*;

/// The railways' two paths, from the region level (both levels carry the same lines, so
/// they serve at every zoom).
#[cfg(not(feature = "hydrate"))]
fn railway_paths() -> impl IntoView {
    let p = super::basemap::region_railways();
    view! {
        <path class="railway-bed" d=p.clone()></path>
        <path class="railway-ties" d=p></path>
    }
}

/// In the hydrating app, nothing: the prerendered paths stay in the page.
#[cfg(feature = "hydrate")]
fn railway_paths() -> impl IntoView {}

/// The railways, in layer space.
#[component]
pub fn Railways() -> impl IntoView {
    view! { <g class="railways">{railway_paths()}</g> }
}
