//! The page: loads the story, builds the state from the URL, and lays out the map, the
//! timeline and the reader with the title and the credits.

use gloo_timers::callback::Timeout;
use leptos::either::Either;
use leptos::prelude::*;

use crate::logic::story_view;
use crate::state::{AppState, Lang};
use crate::story::Story;
use crate::ui::data_problems::DataProblems;
use crate::ui::embed::{EmbedButton, OpenInFull, ViewQuery};
use crate::ui::i18n::tr;
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::map::Map;
use crate::ui::reader::Reader;
use crate::ui::timeline::Timeline;
use crate::ui::{translation_loader, url_sync};

/// Map size assumed before the map has measured itself (it refits once measured): the size
/// the first view is prerendered at. The SVG's viewBox scales it into the map's box, so
/// its labels are drawn at this size's scale: about 0.8 on a phone's map (about 340×380,
/// where the prerendered page is read longest) and 0.7 on a laptop's (about 740×255).
const INITIAL_MAP_SIZE: (f64, f64) = (420.0, 360.0);

/// The whole app: the story decodes (it is compiled in, validated by the build), or the
/// page lists what is wrong with the data instead of showing a broken map.
#[component]
pub fn App() -> impl IntoView {
    match crate::baked::story() {
        Ok(story) => Either::Left(view! { <Loaded story=Box::leak(Box::new(story)) /> }),
        Err(problem) => Either::Right(view! { <DataProblems problems=vec![problem] /> }),
    }
}

/// The app over a valid story: the state is made here and provided to every part as
/// context.
///
/// It starts at the default view, which is what the build prerendered; what only the
/// browser knows (the link's view, the preferred language) is applied by an effect, which
/// runs once hydration is over, so the browser's first render equals the prerendered HTML.
#[component]
fn Loaded(story: &'static Story) -> impl IntoView {
    let (w, h) = INITIAL_MAP_SIZE;
    let translation = translation_loader::load_translation(story);
    let state = AppState::new(story, story_view::whole_story(story, w, h), Lang::default())
        .with_translation(translation.text, translation.failed);
    state.provide();
    crate::ui::search::Search::provide(state);
    let view_query = RwSignal::new(String::new());
    provide_context(ViewQuery(view_query));

    Effect::new(move |_| {
        untrack(|| {
            let default_lang = url_sync::browser_lang();
            url_sync::apply_lang(&state, default_lang);
            let parsed = crate::state::url::parse(&url_sync::current_query());
            url_sync::apply(&state, &parsed);
            url_sync::keep_url_in_step(state, default_lang, parsed.embed, view_query);
            // Marked live in a task of its own, once the redraws the link's view caused
            // have run.
            Timeout::new(0, url_sync::view_applied).forget();
        });
    });

    // The page's language follows the interface's, for screen readers and hyphenation.
    Effect::new(move || {
        let lang = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    let text = |pick| tr(state.lang, pick);
    view! {
        <header class="app-header">
            // Inside the banner landmark, so that no content lies outside a landmark; still
            // the page's first focusable element.
            <a class="skip-link" href="#reader">{text(|s| s.app.skip_to_text)}</a>
            <div class="app-title">
                <h1>{text(|s| s.app.title)}</h1>
                <p class="subtitle">{text(|s| s.app.subtitle)}</p>
            </div>
            <div class="header-actions">
                <EmbedButton />
                <LanguageSwitch />
            </div>
            <OpenInFull />
        </header>
        <main class="app-main">
            <section id="map" class="region region-map" aria-label=text(|s| s.app.map_region)>
                <Map />
            </section>
            <section
                id="timeline"
                class="region region-timeline"
                aria-label=text(|s| s.app.timeline_region)
            >
                <Timeline />
            </section>
            <section
                id="reader"
                class="region region-reader"
                tabindex="-1"
                aria-label=text(|s| s.app.reader_region)
            >
                <Reader />
            </section>
        </main>
        <footer class="app-footer">
            <p class="credit">{text(|s| s.app.credit_text)}</p>
            <p class="credit">{text(|s| s.app.credit_map)}</p>
        </footer>
    }
}
