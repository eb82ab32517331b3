//! The places as a list: the text alternative to the map. Visited places first, in the
//! order he first went there, each with its stops and their dates; then the places the
//! text only names. Each name selects the place, as a click on the map does. Under them,
//! a link downloads the whole story as GeoJSON (`story.geojson`, written by the build), for
//! readers who want the data in their own tools.

use leptos::prelude::*;

use crate::logic::clock;
use crate::state::url::Panel;
use crate::state::AppState;
use crate::story::{Place, Step};
use crate::ui::i18n::day_label;
use crate::ui::reader::modern_name::ModernName;
use crate::ui::reader::{bool_text, local, showing, tr};
use crate::ui::timeline::time_words;

/// A place's name as a button that selects it, pressed while it is selected, and its
/// modern name when it changed; then `stops`, if any.
#[component]
fn PlaceItem(place: &'static Place, stops: Vec<&'static Step>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = place.id.as_str();
    let pressed = move || {
        state
            .selected
            .with(|s| s.as_ref().is_some_and(|s| s.as_str() == id))
    };
    let stops = (!stops.is_empty()).then(|| {
        view! {
            <ul class="stops">
                {stops
                    .into_iter()
                    .map(|step| view! {
                        <li>
                            {move || {
                                let lang = state.lang.get();
                                let t = step.span.start;
                                format!(
                                    "{}, {} — {}",
                                    day_label(lang, t),
                                    time_words(state.story, lang, t),
                                    step.title.get(lang.code()),
                                )
                            }}
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <li>
            <button
                type="button"
                class="place-button"
                data-place=id
                aria-pressed=move || bool_text(pressed())
                on:click=move |_| state.select_place(id)
            >
                {local(&place.name)}
            </button>
            <ModernName place=place />
            {stops}
        </li>
    }
}

/// The panel.
#[component]
pub fn PlacesList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let shown = showing(state, Panel::Places);
    // Drawn when first shown, and kept.
    let drawn = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || shown());
    let lists = move || {
        let mut visited: Vec<(usize, &'static Place)> = story
            .places()
            .iter()
            .filter_map(|p| clock::first_visit(story, p.id.as_str()).map(|i| (i, p)))
            .collect();
        visited.sort_by_key(|(i, _)| *i);
        let mentioned: Vec<&'static Place> = story
            .places()
            .iter()
            .filter(|p| clock::first_visit(story, p.id.as_str()).is_none())
            .collect();
        let stops = move |place: &'static Place| -> Vec<&'static Step> {
            story
                .steps()
                .iter()
                .filter(|s| {
                    s.place()
                        .is_some_and(|p| story.is_within(p.as_str(), place.id.as_str()))
                })
                .collect()
        };
        view! {
            <h2>{tr(|s| s.reader.visited_places)}</h2>
            <ul class="places">
                {visited
                    .into_iter()
                    .map(|(_, place)| view! { <PlaceItem place=place stops=stops(place)/> })
                    .collect_view()}
            </ul>
            // Another story may name no place it does not visit: no empty heading then.
            {(!mentioned.is_empty()).then(|| view! {
                <h2>{tr(|s| s.reader.mentioned_only)}</h2>
                <ul class="places">
                    {mentioned
                        .into_iter()
                        .map(|place| view! { <PlaceItem place=place stops=Vec::new()/> })
                        .collect_view()}
                </ul>
            })}
            <p class="download">
                <a href="story.geojson" download="story.geojson">{tr(|s| s.reader.download_geojson)}</a>
            </p>
        }
    };
    view! {
        <div class="places-list" hidden=move || !shown()>
            <Show when=move || drawn.get()>{lists}</Show>
        </div>
    }
}
