//! A chevron halfway along each leg, pointing the way he went. In screen space, so it
//! keeps its size at every zoom.

use leptos::prelude::*;

use super::routes::{when, RouteShape};
use crate::state::AppState;

/// The direction chevrons: each placed at its leg's middle, turned along it, and styled
/// like its leg at the clock. A fixed list, as the routes are.
#[component]
pub fn Chevrons(shapes: Vec<RouteShape>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <g class="chevrons" aria-hidden="true">
            {shapes
                .into_iter()
                .map(|s| {
                    view! {
                        <path
                            d="M-4,-4 L3,0 L-4,4"
                            transform=move || {
                                let p = state.viewport.get().lonlat_to_screen(s.mid);
                                format!("translate({:.1} {:.1}) rotate({:.1})", p.x, p.y, s.angle)
                            }
                            class=move || format!("chevron {}", when(s.step, state.step.get()))
                        ></path>
                    }
                })
                .collect_view()}
        </g>
    }
}
