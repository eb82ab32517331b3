//! "On the map": the overlays the map draws at this moment, in words — what each is, which
//! places a range reaches and which it does not, how it was drawn, and where its figures
//! come from. The map's drawing says it to the eye; this says it to everyone.

use leptos::prelude::*;

use crate::logic::overlays::shown;
use crate::state::AppState;
use crate::story::{Overlay, OverlayShape, PlaceId};
use crate::ui::reader::{local, tr};

/// The places' names in the interface language, joined.
fn names(state: AppState, ids: &'static [PlaceId]) -> impl Fn() -> String + Copy {
    move || {
        let lang = state.lang.get().code();
        ids.iter()
            .filter_map(|id| state.story.place(id.as_str()))
            .map(|p| p.name.get(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One overlay, described.
fn overlay_item(state: AppState, overlay: &'static Overlay) -> impl IntoView {
    let reach = match &overlay.shape {
        OverlayShape::Range(ring) => Some(view! {
            <p class="reach">
                <span class="within">{tr(|s| s.reader.within_reach)} " " {names(state, &ring.within)}</span>
                " · "
                <span class="beyond">{tr(|s| s.reader.beyond_reach)} " " {names(state, &ring.beyond)}</span>
            </p>
        }),
        _ => None,
    };
    view! {
        <li class=format!("overlay-item side-{}", overlay.side.name()) data-overlay=overlay.id.as_str()>
            <h4>{local(&overlay.label)}</h4>
            {reach}
            <p class="overlay-note">
                {overlay.approximate.then(|| view! {
                    <span class="approximate">{tr(|s| s.reader.approximate_overlay)} " "</span>
                })}
                {overlay.note.as_ref().map(local)}
            </p>
            <p class="overlay-source">{tr(|s| s.reader.source)} " " {overlay.source.as_str()}</p>
        </li>
    }
}

/// The section, following the clock; nothing when the map shows no overlay.
pub fn on_the_map(state: AppState) -> impl IntoView {
    let story = state.story;
    let ids = Memo::new(move |_| shown(story, state.clock.get(), state.step.get()));
    move || {
        let ids = ids.get();
        (!ids.is_empty()).then(|| {
            view! {
                <section class="on-the-map">
                    <h3>{tr(|s| s.reader.on_the_map)}</h3>
                    <ul>
                        {ids
                            .into_iter()
                            .filter_map(|i| story.overlays().get(i))
                            .map(|o| overlay_item(state, o))
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
