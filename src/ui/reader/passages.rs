//! The passages panel: every passage about the selected place, grouped by visit (the list
//! `Story::place_passages` makes, each quotation once), or, with nothing selected, the
//! passages of the current moment. Each passage can move the clock to its moment or open
//! the full text at it, a quoted footnote opened on its marker.

use leptos::either::Either;
use leptos::prelude::*;

use crate::state::url::Panel;
use crate::state::AppState;
use crate::story::{BlockRole, Instant, Passage, Place, Step};
use crate::ui::i18n::day_label;
use crate::ui::reader::modern_name::ModernName;
use crate::ui::reader::on_the_map::on_the_map;
use crate::ui::reader::spans::Spans;
use crate::ui::reader::{local, showing, tr, ReaderNav};
use crate::ui::timeline::time_words;

/// A passage's stable identity, to key lists by.
fn key(p: &&'static Passage) -> (&'static str, usize, usize) {
    (p.block.as_str(), p.range.start, p.range.end)
}

/// "Thursday 26 October 1917 (8 November N.S.), about 16:00 — « une heure environ »".
fn when(state: AppState, t: Instant) -> impl IntoView {
    let text = move || {
        let lang = state.lang.get();
        format!(
            "{}, {}",
            day_label(lang, t),
            time_words(state.story, lang, t)
        )
    };
    view! { <p class="when">{text}</p> }
}

/// One quotation, with its two actions. `start` is the moment "Go to this moment" (and a
/// click on the quotation) moves the clock to; a mere mention outside the story's moments
/// has none.
fn passage(
    state: AppState,
    passage: &'static Passage,
    start: Option<Instant>,
    current: bool,
) -> impl IntoView {
    let nav = expect_context::<ReaderNav>();
    let go = move || {
        if let Some(t) = start {
            state.playing.set(false);
            state.set_clock(t);
        }
    };
    let block = state.story.block(passage.block.as_str());
    let read = move |_| {
        go();
        // A quoted footnote is read on its marker, open.
        if let Some(BlockRole::Footnote(n)) = block.map(|b| b.role) {
            nav.open_note.set(Some(n));
        }
        nav.scroll_to.set(Some(passage.block.clone()));
        state.panel.set(Panel::Text);
    };
    // The translated words, in the same block of the translation, once it has arrived.
    let language = state.story.translation().map(|t| t.language.as_str());
    let translated_block = move || {
        let block = state.translated_text.get()?.block(passage.block.as_str())?;
        Some((block, passage.translated.clone()?))
    };
    let translated_shown =
        move || state.reading().shows_translation() && translated_block().is_some();
    let original = move || {
        let block = block?;
        (state.reading().shows_original() || !translated_shown()).then(|| {
            view! {
                <blockquote lang="fr" class="original" on:click=move |_| go()>
                    <Spans block=block quote=passage.range.clone()/>
                </blockquote>
            }
        })
    };
    let translated = move || {
        let (block, range) = translated_block()?;
        let lang = language?;
        state.reading().shows_translation().then(|| {
            view! {
                <blockquote lang=lang class="translated" on:click=move |_| go()>
                    <Spans block=block quote=range/>
                </blockquote>
            }
        })
    };
    view! {
        <li class="passage" class:current=current>
            {original}
            {translated}
            <div class="passage-actions">
                {start.map(|_| view! {
                    <button type="button" class="go" on:click=move |_| go()>
                        {tr(|s| s.reader.go_to_moment)}
                    </button>
                })}
                <button type="button" class="read" on:click=read>{tr(|s| s.reader.read_in_context)}</button>
                {move || translated_shown().then(|| view! {
                    <span class="translated-mark">{tr(|s| s.reader.translated_mark)}</span>
                })}
            </div>
        </li>
    }
}

/// A list of quotations that all belong to the moment `start`.
fn passage_list(
    state: AppState,
    passages: Vec<&'static Passage>,
    start: Instant,
    current: bool,
) -> impl IntoView {
    view! {
        <ul class="passage-list">
            <For each=move || passages.clone() key=key let:p>
                {passage(state, p, Some(start), current)}
            </For>
        </ul>
    }
}

/// The passages of the current step, then what the map shows beside his journey.
fn moment(state: AppState, step: &'static Step) -> impl IntoView {
    let passages: Vec<&'static Passage> = step.passages.iter().collect();
    let list = if passages.is_empty() {
        Either::Left(view! { <p class="empty">{tr(|s| s.reader.no_passage)}</p> })
    } else {
        Either::Right(passage_list(state, passages, step.span.start, true))
    };
    view! {
        <h2>{tr(|s| s.reader.passage_now)}</h2>
        {when(state, step.span.start)}
        <h3 class="step-title">{local(&step.title)}</h3>
        {step.note.as_ref().map(|note| view! { <p class="step-note">{local(note)}</p> })}
        {list}
        {on_the_map(state)}
    }
}

/// Every passage about a place, visit by visit, then the context events there, then
/// the other passages that name it.
fn place(state: AppState, place: &'static Place) -> impl IntoView {
    let story = state.story;
    let about = story.place_passages(place.id.as_str());
    let name = local(&place.name);
    let passages_about = tr(|s| s.reader.passages_about);
    let visits = about.visits;
    let events = about.events;
    let mentions = about.mentions;
    let events = (!events.is_empty()).then(|| {
        view! {
            <h3>{tr(|s| s.reader.context_events)}</h3>
            <ul class="visits">
                <For each=move || events.clone() key=|e| e.index let:event>
                    <li class="visit event">
                        <h4>{local(&event.item.title)}</h4>
                        {when(state, event.item.span.start)}
                        {passage_list(state, event.passages, event.item.span.start, false)}
                    </li>
                </For>
            </ul>
        }
    });
    let mentions = (!mentions.is_empty()).then(|| {
        view! {
            <h3>{tr(|s| s.reader.other_mentions)}</h3>
            <ul class="passage-list">
                <For each=move || mentions.clone() key=|m| key(&m.passage) let:mention>
                    {
                        let start = mention
                            .step
                            .and_then(|i| story.steps().get(i))
                            .map(|s| s.span.start);
                        passage(state, mention.passage, start, false)
                    }
                </For>
            </ul>
        }
    });
    view! {
        <h2>{name} <ModernName place=place /></h2>
        <p class="about">{move || format!("{} {}", passages_about(), name())}</p>
        <button type="button" class="back-to-now" on:click=move |_| state.clear_selection()>
            {tr(|s| s.reader.back_to_now)}
        </button>
        <ol class="visits">
            <For each=move || visits.clone() key=|v| v.index let:visit>
                <li
                    class="visit"
                    data-step=visit.index
                    class:current=move || state.step.get() == Some(visit.index)
                >
                    <h3>{local(&visit.item.title)}</h3>
                    {when(state, visit.item.span.start)}
                    {passage_list(state, visit.passages, visit.item.span.start, false)}
                </li>
            </For>
        </ol>
        {events}
        {mentions}
    }
}

/// The panel.
#[component]
pub fn Passages() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let shown = showing(state, Panel::Passages);
    let selected = Memo::new(move |_| {
        state.selected.with(|id| {
            id.as_ref()
                .and_then(|id| story.place(id.as_str()))
                .map(|p| p.id.clone())
        })
    });
    let class = move || {
        if selected.with(Option::is_some) {
            "passages place"
        } else {
            "passages moment"
        }
    };
    // Drawn once first shown, and kept (hidden) while another panel is open: the selected
    // place's passages, or the current step's.
    let drawn = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || shown());
    let content = move || {
        if !drawn.get() {
            return None;
        }
        Some(
            match selected.get().and_then(|id| story.place(id.as_str())) {
                Some(p) => Either::Left(place(state, p)),
                None => Either::Right(move || {
                    state
                        .step
                        .get()
                        .and_then(|i| story.steps().get(i))
                        .map(|step| moment(state, step))
                }),
            },
        )
    };
    view! {
        <div class=class hidden=move || !shown()>
            {content}
        </div>
    }
}
