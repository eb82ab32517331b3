//! The places as a list: the text alternative to the map. Visited places first, in the
//! order he first went there, each with its stops and their dates; then the places the
//! text only names. Each name selects the place, as a click on the map does.

use leptos::prelude::*;

use crate::logic::clock;
use crate::state::AppState;
use crate::story::Place;
use crate::ui::i18n::{day_label, tr};
use crate::ui::timeline::time_words;

/// The panel.
#[component]
pub fn PlacesList() -> impl IntoView {
    let state = AppState::expect();
    let story = state.story;
    let mut visited: Vec<(usize, &'static Place)> = story
        .places()
        .iter()
        .filter_map(|p| clock::first_visit(story, p.id.as_str()).map(|i| (i, p)))
        .collect();
    visited.sort_by_key(|(i, _)| *i);
    let mentioned = story
        .places()
        .iter()
        .filter(|p| clock::first_visit(story, p.id.as_str()).is_none())
        .map(|place| {
            view! {
                <li>
                    <PlaceButton place=place/>
                </li>
            }
        })
        .collect_view();
    let visited = visited
        .into_iter()
        .map(|(_, place)| {
            let stops = story
                .steps()
                .iter()
                .filter(|s| {
                    s.place()
                        .is_some_and(|p| story.is_within(p.as_str(), place.id.as_str()))
                })
                .map(|step| {
                    let t = step.span.start;
                    view! {
                        <li>
                            {move || {
                                let lang = state.lang.get();
                                format!(
                                    "{}, {} — {}",
                                    day_label(lang, t),
                                    time_words(story, lang, t),
                                    step.title.get(lang.code())
                                )
                            }}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <PlaceButton place=place/>
                    <ul class="stops">{stops}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="places-list">
            <h2>{tr(state.lang, |s| s.reader.visited_places)}</h2>
            <ul class="places">{visited}</ul>
            <h2>{tr(state.lang, |s| s.reader.mentioned_only)}</h2>
            <ul class="places">{mentioned}</ul>
        </div>
    }
}

/// A place's name as a button that selects it; shows its modern name when it changed.
#[component]
fn PlaceButton(place: &'static Place) -> impl IntoView {
    let state = AppState::expect();
    let code = move || state.lang.get().code();
    let id = place.id.as_str();
    view! {
        <button
            type="button"
            class="place-button"
            data-place=id
            aria-pressed=move || (state.selected.get().is_some_and(|s| s.as_str() == id)).to_string()
            on:click=move |_| state.select_place(id)
        >
            {move || place.name.get(code()).to_string()}
        </button>
        {place.modern_name.as_ref().map(|m| view! {
            <span class="modern-name">
                " ("{tr(state.lang, |s| s.map.modern_name)}" "{move || m.get(code()).to_string()}")"
            </span>
        })}
    }
}
