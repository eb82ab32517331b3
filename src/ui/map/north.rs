//! The north arrow in the map's top-right corner (the map never rotates).

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::i18n::tr;

/// The north arrow: an image named in the current language.
#[component]
pub fn NorthArrow() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="map-north" role="img" aria-label=tr(state.lang, |s| s.map.north)>
            <svg viewBox="-12 -16 24 32" width="22" height="30" aria-hidden="true">
                <path class="n-left" d="M0,-11 L-6,8 L0,4 Z"></path>
                <path class="n-right" d="M0,-11 L6,8 L0,4 Z"></path>
            </svg>
            <span>"N"</span>
        </div>
    }
}
