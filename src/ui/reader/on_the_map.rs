//! "On the map": the overlays the map draws at this moment, in words — what each is, which
//! places a range reaches and which it does not, how it was drawn, and where its figures
//! come from. The map's drawing says it to the eye; this says it to everyone.
//!
//! The overlays shown change with the clock: a keyed `<For>` adds and removes their items,
//! which read the language once, as part of their key.

use leptos::prelude::*;

use crate::logic::overlays::shown;
use crate::state::{AppState, Lang};
use crate::story::{Overlay, OverlayShape, PlaceId};
use crate::ui::i18n::strings;

/// The places' names in `lang`, joined.
fn names(state: AppState, lang: Lang, ids: &'static [PlaceId]) -> String {
    ids.iter()
        .filter_map(|id| state.story.place(id.as_str()))
        .map(|p| p.name.get(lang.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One overlay, described in `lang`.
#[component]
fn OverlayItem(overlay: &'static Overlay, lang: Lang) -> impl IntoView {
    let state = expect_context::<AppState>();
    let words = &strings(lang).reader;
    let code = lang.code();
    let reach = match &overlay.shape {
        OverlayShape::Range(ring) => Some(view! {
            <p class="reach">
                <span class="within">{words.within_reach} " " {names(state, lang, &ring.within)}</span>
                " · "
                <span class="beyond">{words.beyond_reach} " " {names(state, lang, &ring.beyond)}</span>
            </p>
        }),
        _ => None,
    };
    view! {
        <li class=format!("overlay-item side-{}", overlay.side.name()) data-overlay=overlay.id.as_str()>
            <h4>{overlay.label.get(code)}</h4>
            {reach}
            <p class="overlay-note">
                {overlay.approximate.then(|| view! {
                    <span class="approximate">{words.approximate_overlay} " "</span>
                })}
                {overlay.note.as_ref().map(|note| note.get(code))}
            </p>
            <p class="overlay-source">{words.source} " " {overlay.source.as_str()}</p>
        </li>
    }
}

/// The section, following the clock; nothing when the map shows no overlay.
#[component]
pub fn OnTheMap() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let ids = Memo::new(move |_| shown(story, state.clock.get(), state.step.get()));
    let any = Memo::new(move |_| ids.with(|ids| !ids.is_empty()));
    let items = move || {
        let lang = state.lang.get();
        ids.get()
            .into_iter()
            .map(move |i| (i, lang))
            .collect::<Vec<_>>()
    };
    move || {
        any.get().then(|| {
            let words = &strings(state.lang.get()).reader;
            view! {
                <section class="on-the-map">
                    <h3>{words.on_the_map}</h3>
                    <ul>
                        <For each=items key=|item| *item let:item>
                            {story.overlays().get(item.0).map(|o| view! { <OverlayItem overlay=o lang=item.1/> })}
                        </For>
                    </ul>
                </section>
            }
        })
    }
}
