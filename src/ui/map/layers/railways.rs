//! The railways of 1917 over the basemap: a dark bed with light ties, as on old maps.

use leptos::prelude::*;

use super::basemap::paths;
use crate::basemap::Level;

/// The railways at the zoom's `level`, in layer space; drawn again when the level changes.
#[component]
pub fn Railways(level: Memo<Level>) -> impl IntoView {
    move || {
        let p = paths(level.get());
        view! {
            <g class="railways">
                <path class="railway-bed" d=p.railways.clone()></path>
                <path class="railway-ties" d=p.railways.clone()></path>
            </g>
        }
    }
}
