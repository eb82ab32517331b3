//! One place on the map: its hit area, its marker, its circle of uncertainty and its
//! label, placed in screen space so they keep their size at every zoom.

use leptos::prelude::*;

use super::place_state::PlaceState;
use super::places::{marker_radius, PlaceDraw};
use crate::state::{AppState, Lang};
use crate::story::Place;
use crate::ui::i18n::strings;
use crate::ui::search::Search;

/// The accessible name: the name and the state ("Gatchina, still to come").
fn aria_label(place: &Place, state: PlaceState, lang: Lang) -> String {
    let s = &strings(lang).map;
    let st = match state {
        PlaceState::Visited => s.visited,
        PlaceState::Current => s.current,
        PlaceState::ToCome => s.to_come,
        PlaceState::Mentioned => s.mentioned,
    };
    format!("{}, {st}", place.name.get(lang.code()))
}

/// The `<g class="place">` of the story's place number `index`, drawn as `draws` says
/// (hidden while it holds none for the place). A button: a click, Enter or Space selects
/// the place; the pointer or the focus on it shows its tooltip.
#[component]
pub fn PlaceMarker(
    index: usize,
    place: &'static Place,
    draws: Memo<Vec<Option<PlaceDraw>>>,
    hovered: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    // This place's drawing: the attributes below rerun only when it changed.
    let draw = Memo::new(move |_| draws.with(|d| d.get(index).cloned().flatten()));
    let selected = Memo::new(move |_| {
        state
            .selected
            .with(|s| s.as_ref().is_some_and(|s| s.as_str() == place.id.as_str()))
    });
    // Whether the search's hits name it (see `ui::search`): it stands out.
    let search = expect_context::<Search>();
    let found = Memo::new(move |_| {
        search.found.with(|f| {
            f.as_ref()
                .is_some_and(|f| f.places.iter().any(|p| p.as_str() == place.id.as_str()))
        })
    });
    let halo = move || draw.with(|d| d.as_ref().and_then(|d| d.halo));
    let label = move || draw.with(|d| d.as_ref().and_then(|d| Some((d.label?, d.font))));
    let r = marker_radius(place.kind);
    let select = move || state.select_place(place.id.as_str());
    let hover = move |on: bool| {
        let now = hovered.get_untracked();
        if on && now != Some(index) {
            hovered.set(Some(index));
        } else if !on && now == Some(index) {
            hovered.set(None);
        }
    };
    view! {
        <g
            data-place=place.id.as_str()
            role="button"
            tabindex="0"
            // A place its zoom does not show is taken out of the accessibility tree too,
            // so screen readers never meet a button without a name.
            aria-hidden=move || draw.with(Option::is_none).then_some("true")
            transform=move || {
                draw.with(|d| {
                    d.as_ref().map(|d| format!("translate({:.1} {:.1})", d.at.x, d.at.y))
                })
            }
            display=move || if draw.with(Option::is_some) { "inline" } else { "none" }
            class=move || {
                let st = draw.with(|d| d.as_ref().map_or("mentioned", |d| d.state.class()));
                let sel = if selected.get() { " selected" } else { "" };
                let hit = if found.get() { " found" } else { "" };
                format!("place kind-{} rank-{} {st}{sel}{hit}", place.kind.name(), place.rank)
            }
            aria-label=move || {
                draw.with(|d| {
                    d.as_ref().map(|d| {
                        let lang = state.lang.get();
                        let label = aria_label(place, d.state, lang);
                        if found.get() {
                            format!("{label}, {}", strings(lang).map.found)
                        } else {
                            label
                        }
                    })
                })
            }
            aria-pressed=move || selected.get().to_string()
            on:click=move |_| select()
            on:keydown=move |e| {
                let key = e.key();
                if key == "Enter" || key == " " {
                    // Stops here: the map's own keyboard handler does not act on it.
                    e.prevent_default();
                    e.stop_propagation();
                    select();
                }
            }
            on:pointerenter=move |_| hover(true)
            on:pointerleave=move |_| hover(false)
            on:focus=move |_| hover(true)
            on:blur=move |_| hover(false)
        >
            <Show when=move || halo().is_some()>
                <circle class="halo" r=move || halo().map(|r| format!("{r:.1}"))></circle>
            </Show>
            <circle class="hit" r=format!("{:.1}", r + 7.0)></circle>
            <circle class="marker" r=format!("{r:.1}")></circle>
            <Show when=move || label().is_some()>
                <text
                    class="place-label"
                    data-place=place.id.as_str()
                    dominant-baseline="central"
                    x=move || label().map(|((p, _), _)| format!("{:.1}", p.x))
                    y=move || label().map(|((p, _), _)| format!("{:.1}", p.y))
                    text-anchor=move || label().map(|((_, anchor), _)| anchor)
                    font-size=move || label().map(|(_, font)| format!("{font:.1}"))
                >
                    {move || place.name.get(state.lang.get().code())}
                </text>
            </Show>
        </g>
    }
}
