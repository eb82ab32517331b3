//! The passages panel: every passage about the selected place, grouped by visit, or, with
//! nothing selected, the passages of the current moment. Each passage can move the clock
//! to its moment or open the full text at it.

use leptos::either::Either;
use leptos::prelude::*;

use crate::logic::clock;
use crate::state::url::Panel;
use crate::state::AppState;
use crate::story::{Instant, Passage, Place, Step, Story};
use crate::ui::i18n::{day_label, strings};
use crate::ui::reader::spans::{render_block, Notes};
use crate::ui::reader::ReaderNav;
use crate::ui::timeline::time_words;

/// Whether a step is at, from or to `place` or a place within it (Gatchina's stations
/// are Gatchina's visits).
fn touches(story: &Story, step: &Step, place: &str) -> bool {
    [step.start_place(), step.end_place()]
        .into_iter()
        .flatten()
        .any(|p| story.is_within(p.as_str(), place))
}

/// "Thursday 26 October 1917 (8 November N.S.), about 16:00 — « une heure environ »".
fn when(story: &Story, state: AppState, t: Instant) -> String {
    let lang = state.lang.get_untracked();
    format!("{}, {}", day_label(lang, t), time_words(story, lang, t))
}

/// The panel. It is drawn again when the language changes, so what it draws takes the
/// language once, untracked.
///
/// Why: the moment's passages are redrawn at every step of playback, and a text node that
/// follows the language leaves a dead subscriber on the language signal each time it is
/// dropped; the language never changes during playback, so they piled up (about 0.5 KB
/// of wasm heap a second at top speed, measured with `scripts/bench.sh --soak`).
#[component]
pub fn Passages() -> impl IntoView {
    let state = AppState::expect();
    move || {
        state.lang.track();
        let place = state
            .selected
            .get()
            .and_then(|id| state.story.place(id.as_str()));
        match place {
            Some(place) => Either::Left(view! { <PlacePassages place=place/> }),
            None => Either::Right(view! { <MomentPassages/> }),
        }
    }
}

/// The passages of the current step.
#[component]
fn MomentPassages() -> impl IntoView {
    let state = AppState::expect();
    let story = state.story;
    let step = Memo::new(move |_| clock::step_index_at(story, state.clock.get()));
    move || {
        let step = story.steps().get(step.get()?)?;
        let lang = state.lang.get_untracked();
        let words = &strings(lang).reader;
        let passages = step
            .passages
            .iter()
            .map(|p| view! { <PassageItem passage=p start=step.span.start current=true/> })
            .collect_view();
        Some(view! {
            <div class="passages moment">
                <h2>{words.passage_now}</h2>
                <p class="when">{when(story, state, step.span.start)}</p>
                <h3 class="step-title">{step.title.get(lang.code()).to_string()}</h3>
                {step.note.as_ref().map(|note| view! {
                    <p class="step-note">{note.get(lang.code()).to_string()}</p>
                })}
                {if step.passages.is_empty() {
                    Either::Left(view! { <p class="empty">{words.no_passage}</p> })
                } else {
                    Either::Right(view! { <ul class="passage-list">{passages}</ul> })
                }}
            </div>
        })
    }
}

/// Every passage about a place, visit by visit, then the context events there, then the
/// other passages that name it.
#[component]
fn PlacePassages(place: &'static Place) -> impl IntoView {
    let state = AppState::expect();
    let story = state.story;
    let id = place.id.as_str();
    // Untracked: `Passages` draws this again when the language changes.
    let lang = state.lang.get_untracked();
    let words = &strings(lang).reader;
    let code = lang.code();
    let current = Memo::new(move |_| clock::step_index_at(story, state.clock.get()));
    let mut shown: Vec<&Passage> = Vec::new();
    let visits = story
        .steps()
        .iter()
        .enumerate()
        .filter(|(_, s)| touches(story, s, id) && !s.passages.is_empty())
        .map(|(i, step)| {
            shown.extend(step.passages.iter());
            let items = step
                .passages
                .iter()
                .map(|p| {
                    view! { <PassageItem passage=p start=step.span.start current=false/> }
                })
                .collect_view();
            view! {
                <li class="visit" class:current=move || current.get() == Some(i)>
                    <h3>{step.title.get(code).to_string()}</h3>
                    <p class="when">{when(story, state, step.span.start)}</p>
                    <ul class="passage-list">{items}</ul>
                </li>
            }
        })
        .collect_view();
    let events: Vec<_> = story
        .context_events()
        .iter()
        .filter(|e| {
            e.place
                .as_ref()
                .is_some_and(|p| story.is_within(p.as_str(), id))
                && !e.passages.is_empty()
        })
        .collect();
    let has_events = !events.is_empty();
    let events = events
        .into_iter()
        .map(|event| {
            shown.extend(event.passages.iter());
            let items = event
                .passages
                .iter()
                .map(|p| view! { <PassageItem passage=p start=event.span.start current=false/> })
                .collect_view();
            view! {
                <li class="visit event">
                    <h4>{event.title.get(code).to_string()}</h4>
                    <p class="when">{when(story, state, event.span.start)}</p>
                    <ul class="passage-list">{items}</ul>
                </li>
            }
        })
        .collect_view();
    let mentions: Vec<&'static Passage> = story
        .places()
        .iter()
        .filter(|p| story.is_within(p.id.as_str(), id))
        .flat_map(|p| &p.mentions)
        .filter(|p| !shown.contains(p))
        .collect();
    let has_mentions = !mentions.is_empty();
    let mentions = mentions
        .into_iter()
        .map(|p| {
            let start = story
                .steps()
                .iter()
                .find(|s| s.passages.iter().any(|q| q.block == p.block))
                .map(|s| s.span.start);
            view! { <PassageItem passage=p start=start.unwrap_or_default() current=false movable=start.is_some()/> }
        })
        .collect_view();
    view! {
        <div class="passages place">
            <h2>
                {place.name.get(code).to_string()}
                {place.modern_name.as_ref().map(|m| view! {
                    <span class="modern-name">" ("{strings(lang).map.modern_name}" "{m.get(code).to_string()}")"</span>
                })}
            </h2>
            <p class="about">{format!("{} {}", words.passages_about, place.name.get(code))}</p>
            <button type="button" class="back-to-now" on:click=move |_| state.clear_selection()>
                {words.back_to_now}
            </button>
            <ol class="visits">{visits}</ol>
            {has_events.then(|| view! {
                <h3>{words.context_events}</h3>
                <ul class="visits">{events}</ul>
            })}
            {has_mentions.then(|| view! {
                <h3>{words.other_mentions}</h3>
                <ul class="passage-list">{mentions}</ul>
            })}
        </div>
    }
}

/// One quotation, with its two actions.
#[component]
fn PassageItem(
    passage: &'static Passage,
    start: Instant,
    current: bool,
    #[prop(default = true)] movable: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let nav = expect_context::<ReaderNav>();
    let block = state.story.block(passage.block.as_str());
    // The panel is redrawn when the language changes (see `Passages`).
    let words = &strings(state.lang.get_untracked()).reader;
    let go = move || {
        if movable {
            state.playing.set(false);
            state.set_clock(start);
        }
    };
    let block_id = passage.block.as_str().to_string();
    let read = move |_| {
        go();
        nav.scroll_to.set(Some(block_id.clone()));
        state.panel.set(Panel::Text);
    };
    view! {
        <li class="passage" class:current=current>
            <blockquote lang="fr" on:click=move |_| go()>
                {block.map(|b| render_block(b, Some(passage.range.clone()), &[], Notes::Hide))}
            </blockquote>
            <div class="passage-actions">
                {movable.then(|| view! {
                    <button type="button" class="go" on:click=move |_| go()>{words.go_to_moment}</button>
                })}
                <button type="button" class="read" on:click=read>{words.read_in_context}</button>
            </div>
        </li>
    }
}
