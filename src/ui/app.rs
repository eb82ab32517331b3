//! The page: loads the story, builds the state from the URL, and lays out the map, the
//! timeline and the reader with the title and the credits.

use leptos::either::Either;
use leptos::prelude::*;

use crate::logic::story_view;
use crate::state::AppState;
use crate::story::{Problem, Story};
use crate::ui::effect::effect;
use crate::ui::i18n::{strings, tr};
use crate::ui::map::Map;
use crate::ui::reader::Reader;
use crate::ui::timeline::Timeline;
use crate::ui::url_sync;

/// Map size assumed before the map has measured itself (it refits on mount).
const INITIAL_MAP_SIZE: (f64, f64) = (800.0, 560.0);

/// The whole app: the story decodes (it is compiled in, validated by the build), or the page
/// lists what is wrong with the data instead of showing a broken map.
#[component]
pub fn App() -> impl IntoView {
    match crate::baked::story() {
        Ok(story) => {
            let story: &'static Story = Box::leak(Box::new(story));
            Either::Left(view! { <Loaded story=story/> })
        }
        Err(problem) => Either::Right(view! { <DataProblems problems=vec![problem]/> }),
    }
}

/// The app over a valid story.
#[component]
fn Loaded(story: &'static Story) -> impl IntoView {
    let default_lang = url_sync::browser_lang();
    let (w, h) = INITIAL_MAP_SIZE;
    let state = AppState::new(story, story_view::whole_story(story, w, h), default_lang);
    url_sync::apply(
        &state,
        &crate::state::url::parse(&url_sync::current_query()),
    );
    provide_context(state);
    url_sync::keep_url_in_step(state, default_lang);

    effect(move || {
        let lang = state.lang.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    view! {
        <a class="skip-link" href="#reader">{tr(state.lang, |s| s.app.skip_to_text)}</a>
        <header class="app-header">
            <div class="app-title">
                <h1>{tr(state.lang, |s| s.app.title)}</h1>
                <p class="subtitle">{tr(state.lang, |s| s.app.subtitle)}</p>
            </div>
            <LanguageSwitch/>
        </header>
        <main class="app-main">
            <section id="map" class="region region-map" aria-label=tr(state.lang, |s| s.app.map_region)>
                <Map/>
            </section>
            <section
                id="timeline"
                class="region region-timeline"
                aria-label=tr(state.lang, |s| s.app.timeline_region)
            >
                <Timeline/>
            </section>
            <section
                id="reader"
                class="region region-reader"
                aria-label=tr(state.lang, |s| s.app.reader_region)
                tabindex="-1"
            >
                <Reader/>
            </section>
        </main>
        <footer class="app-footer">
            <p class="credit">{tr(state.lang, |s| s.app.credit_text)}</p>
            <p class="credit">{tr(state.lang, |s| s.app.credit_map)}</p>
        </footer>
    }
}

/// Buttons for the interface language; the current one is pressed.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = AppState::expect();
    let label = tr(state.lang, |s| s.app.language);
    view! {
        <div class="language-switch" role="group" aria-label=label>
            {crate::state::Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            lang=lang.code()
                            aria-pressed=move || (state.lang.get() == lang).to_string()
                            on:click=move |_| state.lang.set(lang)
                        >
                            {lang.label()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Shown instead of the app when the story data does not validate: every problem with its
/// file, record and field, so whoever edited `assets/` knows what to fix.
#[component]
pub fn DataProblems(problems: Vec<Problem>) -> impl IntoView {
    let lang = url_sync::browser_lang();
    let text = strings(lang);
    for problem in &problems {
        leptos::logging::error!("story data: {problem}");
    }
    view! {
        <main class="data-problems" role="alert">
            <h1>{text.app.error_title}</h1>
            <p>{text.app.error_data}</p>
            <ul>
                {problems
                    .into_iter()
                    .map(|problem| view! { <li><code>{problem.to_string()}</code></li> })
                    .collect_view()}
            </ul>
        </main>
    }
}
