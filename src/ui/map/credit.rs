//! The attribution line in the map's bottom-right corner: the memoir's edition and the
//! sources of the basemap, short enough to leave the story's places clear (the page's
//! footer credits them in full).

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::i18n::tr;

/// The attribution, in the current language.
#[component]
pub fn Credit() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="map-attribution">
            {tr(state.lang, |s| s.map.edition)}
            " · "
            {tr(state.lang, |s| s.map.basemap_credit)}
        </p>
    }
}
