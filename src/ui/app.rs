//! The page: loads the story, builds the state from the URL, and lays out the map, the
//! timeline and the reader with the title and the credits.

use leptos::either::Either;
use leptos::prelude::*;

use crate::logic::story_view;
use crate::state::AppState;
use crate::story::Story;
use crate::ui::data_problems::DataProblems;
use crate::ui::i18n::strings;
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::map::Map;
use crate::ui::reader::Reader;
use crate::ui::timeline::Timeline;
use crate::ui::{translation_loader, url_sync};

/// Map size assumed before the map has measured itself (it refits on mount).
const INITIAL_MAP_SIZE: (f64, f64) = (800.0, 560.0);

/// The whole app: the story decodes (it is compiled in, validated by the build), or the
/// page lists what is wrong with the data instead of showing a broken map.
#[component]
pub fn App() -> impl IntoView {
    match crate::baked::story() {
        Ok(story) => Either::Left(view! { <Loaded story=Box::leak(Box::new(story)) /> }),
        Err(problem) => Either::Right(view! { <DataProblems problems=vec![problem] /> }),
    }
}

/// The app over a valid story: the state is made here, from the URL, and provided to
/// every part as context.
#[component]
fn Loaded(story: &'static Story) -> impl IntoView {
    let default_lang = url_sync::browser_lang();
    let (w, h) = INITIAL_MAP_SIZE;
    let state = AppState::new(story, story_view::whole_story(story, w, h), default_lang);
    url_sync::apply(
        &state,
        &crate::state::url::parse(&url_sync::current_query()),
    );
    state.provide();
    url_sync::keep_url_in_step(state, default_lang);
    translation_loader::load_translation(state);

    // The page's language follows the interface's, for screen readers and hyphenation.
    Effect::new(move || {
        let lang = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    let text = move || strings(state.lang.get());
    view! {
        <a class="skip-link" href="#reader">{move || text().app.skip_to_text}</a>
        <header class="app-header">
            <div class="app-title">
                <h1>{move || text().app.title}</h1>
                <p class="subtitle">{move || text().app.subtitle}</p>
            </div>
            <LanguageSwitch />
        </header>
        <main class="app-main">
            <section id="map" class="region region-map" aria-label=move || text().app.map_region>
                <Map />
            </section>
            <section
                id="timeline"
                class="region region-timeline"
                aria-label=move || text().app.timeline_region
            >
                <Timeline />
            </section>
            <section
                id="reader"
                class="region region-reader"
                tabindex="-1"
                aria-label=move || text().app.reader_region
            >
                <Reader />
            </section>
        </main>
        <footer class="app-footer">
            <p class="credit">{move || text().app.credit_text}</p>
            <p class="credit">{move || text().app.credit_map}</p>
        </footer>
    }
}
