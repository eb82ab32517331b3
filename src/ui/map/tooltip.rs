//! The tooltip of the place under the pointer or the focus: the 1917 name, the modern
//! one, and how approximate the position is.

use leptos::prelude::*;

use super::places::PlaceDraw;
use crate::state::AppState;
use crate::ui::i18n::strings;

/// The hovered place's tooltip, beside the map's `<svg>` and over it at the place's
/// marker; absent while no place is hovered (or the hovered one is not drawn), so the
/// page holds no tooltip then. Its lines follow the language, its position the view.
#[component]
pub fn Tooltip(
    draws: Memo<Vec<Option<PlaceDraw>>>,
    hovered: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The place whose tooltip shows: changes on hover, not on every frame of a pan.
    let shown = Memo::new(move |_| {
        let i = hovered.get()?;
        draws
            .with(|d| d.get(i).is_some_and(Option::is_some))
            .then_some(i)
    });
    let lang = move || state.lang.get();
    move || {
        let i = shown.get()?;
        let place = state.story.places().get(i)?;
        let style = move || {
            draws.with(|d| {
                d.get(i)
                    .and_then(Option::as_ref)
                    .map(|d| format!("left:{:.0}px;top:{:.0}px", d.at.x, d.at.y))
            })
        };
        let modern = place.modern_name.as_ref().map(|m| {
            view! {
                <span class="modern">
                    {move || format!("{} ({})", m.get(lang().code()), strings(lang()).map.modern_name)}
                </span>
            }
        });
        let approx = place.precision_m.map(|m| {
            view! {
                <span class="approx">
                    {move || {
                        let s = &strings(lang()).map;
                        format!("{} {m:.0} {}", s.approximate, s.metres)
                    }}
                </span>
            }
        });
        Some(view! {
            <div class="map-tooltip" role="tooltip" style=style>
                <strong>{move || place.name.get(lang().code())}</strong>
                {modern}
                {approx}
            </div>
        })
    }
}
