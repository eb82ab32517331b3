//! The scale bar in the map's bottom-left corner, for the latitude and zoom of the view.

use leptos::prelude::*;

use crate::logic::geo::scale_bar;
use crate::state::AppState;

/// Longest the bar may be, in pixels.
const MAX_PIXELS: f64 = 120.0;

/// The scale bar: a label ("2 km") over a bar that long. Hidden from assistive technology,
/// as a sighted reader's aid to a picture.
#[component]
pub fn ScaleBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The label and the whole pixels: a pan that changes neither writes nothing.
    let bar = Memo::new(move |_| {
        let v = state.viewport.get();
        scale_bar(v.centre.lat, v.zoom, MAX_PIXELS).map(|b| (b.label, b.pixels.round()))
    });
    view! {
        <div class="map-scale" aria-hidden="true">
            <Show when=move || bar.with(Option::is_some)>
                <span class="scale-label">
                    {move || bar.with(|b| b.as_ref().map(|(label, _)| label.clone()))}
                </span>
                <span
                    class="scale-bar"
                    style=move || bar.with(|b| b.as_ref().map(|(_, px)| format!("width:{px}px")))
                ></span>
            </Show>
        </div>
    }
}
