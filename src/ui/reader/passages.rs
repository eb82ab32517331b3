//! The passages panel: every passage about the selected place, grouped by visit (the list
//! `Story::place_passages` makes, each quotation once), or, with nothing selected, the
//! passages of the current moment. Each passage can move the clock to its moment or open
//! the full text at it, a quoted footnote opened on its marker.
//!
//! The moment's part follows the clock in place: its heading is redrawn as plain text, and
//! its passages are a keyed `<For>`, so a step adds and removes only the rows that change.
//! The language, the reading choice and the translation are read once, where the rows are
//! listed (they are part of a row's key), and handed down as values: nothing drawn for one
//! step subscribes to a signal that outlives it.

use leptos::either::Either;
use leptos::prelude::*;

use crate::state::url::{Panel, Reading};
use crate::state::{AppState, Lang};
use crate::story::{Instant, Passage, Place, Text};
use crate::ui::i18n::{day_label, strings};
use crate::ui::reader::cite::CiteButton;
use crate::ui::reader::modern_name::ModernName;
use crate::ui::reader::nav::ReaderNav;
use crate::ui::reader::on_the_map::OnTheMap;
use crate::ui::reader::spans::PlainWords;
use crate::ui::reader::{showing, tr};
use crate::ui::timeline::time_words;

/// How a passage is shown: read once by the list that draws it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Shown {
    lang: Lang,
    reading: Reading,
    /// Whether the translated text has arrived (it is in the state then).
    translated: bool,
}

impl Shown {
    /// Read now, tracked: the caller is drawn again when one of them changes.
    fn now(state: AppState) -> Self {
        Self {
            lang: state.lang.get(),
            reading: state.reading(),
            translated: state.translated_text.with(Option::is_some),
        }
    }
}

/// "Thursday 26 October 1917 (8 November N.S.), about 16:00 — « une heure environ »".
pub(super) fn when_text(state: AppState, lang: Lang, t: Instant) -> String {
    format!(
        "{}, {}",
        day_label(lang, t),
        time_words(state.story, lang, t)
    )
}

/// One quotation, with its two actions. `start` is the moment "Go to this moment" (and a
/// click on the quotation) moves the clock to; a mere mention outside the story's moments
/// has none.
#[component]
fn PassageItem(
    passage: &'static Passage,
    start: Option<Instant>,
    current: bool,
    shown: Shown,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<ReaderNav>();
    let story = state.story;
    let words = &strings(shown.lang).reader;
    let go = move || {
        if let Some(t) = start {
            state.playing.set(false);
            state.set_clock(t);
        }
    };
    let block = story.block(passage.block.as_str());
    let read = move |_| {
        go();
        if let Some(block) = block {
            nav.read_in_context(state, block);
        }
    };
    // The translated words, in the same block of the translation, once it has arrived.
    let translated: Option<(&'static Text, &'static str)> = shown
        .translated
        .then(|| state.translated_text.get_untracked())
        .flatten()
        .zip(story.translation().map(|t| t.language.as_str()));
    let translated = translated.and_then(|(text, language)| {
        Some((
            text.block(passage.block.as_str())?,
            passage.translated.clone()?,
            language,
        ))
    });
    let translated_shown = shown.reading.shows_translation() && translated.is_some();
    // The translation is cited when it is all that is shown; beside the original, the
    // memoir's own words are.
    let cite_translated = translated_shown && !shown.reading.shows_original();
    let original = block
        .filter(|_| shown.reading.shows_original() || !translated_shown)
        .map(|block| {
            view! {
                <blockquote lang="fr" class="original" on:click=move |_| go()>
                    <PlainWords block=block quote=passage.range.clone() lang=shown.lang/>
                </blockquote>
            }
        });
    let translation = translated
        .filter(|_| shown.reading.shows_translation())
        .map(|(block, range, language)| {
            view! {
                <blockquote lang=language class="translated" on:click=move |_| go()>
                    <PlainWords block=block quote=range lang=shown.lang/>
                </blockquote>
            }
        });
    view! {
        <li class="passage" class:current=current>
            {original}
            {translation}
            <div class="passage-actions">
                {start.map(|_| view! {
                    <button type="button" class="go" on:click=move |_| go()>
                        {words.go_to_moment}
                    </button>
                })}
                <button type="button" class="read" on:click=read>{words.read_in_context}</button>
                {block.map(|block| view! {
                    <CiteButton block=block translated=cite_translated at=start lang=shown.lang passage=true/>
                })}

                {translated_shown.then(|| view! {
                    <span class="translated-mark">{words.translated_mark}</span>
                })}
            </div>
        </li>
    }
}

/// A list of quotations that all belong to the moment `start`: a fixed list, drawn whole.
#[component]
fn PassageList(
    passages: Vec<&'static Passage>,
    start: Instant,
    current: bool,
    shown: Shown,
) -> impl IntoView {
    view! {
        <ul class="passage-list">
            {passages
                .into_iter()
                .map(|p| view! { <PassageItem passage=p start=Some(start) current=current shown=shown/> })
                .collect_view()}
        </ul>
    }
}

/// A passage of the moment, as its row in the keyed list.
#[derive(Clone, Copy)]
struct Row {
    passage: &'static Passage,
    start: Instant,
    shown: Shown,
}

impl Row {
    /// The passage's place in the text, and how it is shown: a row is drawn again only when
    /// one of these changes.
    fn key(&self) -> (&'static str, usize, usize, Shown) {
        let p = self.passage;
        (p.block.as_str(), p.range.start, p.range.end, self.shown)
    }
}

/// The passages of the current step, then what the map shows beside his journey.
#[component]
fn Moment() -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let step = move || state.step.get().and_then(|i| story.steps().get(i));
    // The step's heading: plain text, drawn again with the step.
    let heading = move || {
        let lang = state.lang.get();
        let step = step()?;
        let note = step
            .note
            .as_ref()
            .map(|note| view! { <p class="step-note">{note.get(lang.code())}</p> });
        Some(view! {
            <p class="when">{when_text(state, lang, step.span.start)}</p>
            <h3 class="step-title">{step.title.get(lang.code())}</h3>
            {note}
        })
    };
    let empty = Memo::new(move |_| step().is_none_or(|s| s.passages.is_empty()));
    let rows = move || {
        let shown = Shown::now(state);
        step()
            .map(|s| {
                s.passages
                    .iter()
                    .map(|passage| Row {
                        passage,
                        start: s.span.start,
                        shown,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let list = move || {
        if empty.get() {
            let words = &strings(state.lang.get()).reader;
            Either::Left(view! { <p class="empty">{words.no_passage}</p> })
        } else {
            Either::Right(view! {
                <ul class="passage-list">
                    <For each=rows key=Row::key let:row>
                        <PassageItem passage=row.passage start=Some(row.start) current=true shown=row.shown/>
                    </For>
                </ul>
            })
        }
    };
    view! {
        <h2>{tr(|s| s.reader.passage_now)}</h2>
        {heading}
        {list}
        <OnTheMap/>
    }
}

/// Every passage about a place, visit by visit, then the context events there, then
/// the other passages that name it. Drawn when the place is selected, and again when the
/// language or the reading changes (read once, here).
#[component]
fn PlacePassages(place: &'static Place) -> impl IntoView {
    let state = expect_context::<AppState>();
    let story = state.story;
    let visit_now = Selector::new(move || state.step.get());
    move || {
        let shown = Shown::now(state);
        let lang = shown.lang;
        let words = &strings(lang).reader;
        let about = story.place_passages(place.id.as_str());
        let name = place.name.get(lang.code());
        let visits = about
            .visits
            .into_iter()
            .map(|visit| {
                let index = visit.index;
                let now = {
                    let visit_now = visit_now.clone();
                    move || visit_now.selected(&Some(index))
                };
                view! {
                    <li class="visit" data-step=index class:current=now>
                        <h3>{visit.item.title.get(lang.code())}</h3>
                        <p class="when">{when_text(state, lang, visit.item.span.start)}</p>
                        <PassageList passages=visit.passages start=visit.item.span.start current=false shown=shown/>
                    </li>
                }
            })
            .collect_view();
        let events = (!about.events.is_empty()).then(|| {
            view! {
                <h3>{words.context_events}</h3>
                <ul class="visits">
                    {about
                        .events
                        .into_iter()
                        .map(|event| view! {
                            <li class="visit event">
                                <h4>{event.item.title.get(lang.code())}</h4>
                                <p class="when">{when_text(state, lang, event.item.span.start)}</p>
                                <PassageList passages=event.passages start=event.item.span.start current=false shown=shown/>
                            </li>
                        })
                        .collect_view()}
                </ul>
            }
        });
        let mentions = (!about.mentions.is_empty()).then(|| {
            view! {
                <h3>{words.other_mentions}</h3>
                <ul class="passage-list">
                    {about
                        .mentions
                        .into_iter()
                        .map(|mention| {
                            let start = mention
                                .step
                                .and_then(|i| story.steps().get(i))
                                .map(|s| s.span.start);
                            view! { <PassageItem passage=mention.passage start=start current=false shown=shown/> }
                        })
                        .collect_view()}
                </ul>
            }
        });
        view! {
            <h2>{name} <ModernName place=place /></h2>
            <p class="about">{format!("{} {}", words.passages_about, name)}</p>
            <button type="button" class="back-to-now" on:click=move |_| state.clear_selection()>
                {words.back_to_now}
            </button>
            <ol class="visits">{visits}</ol>
            {events}
            {mentions}
        }
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
                Some(place) => Either::Left(view! { <PlacePassages place=place/> }),
                None => Either::Right(view! { <Moment/> }),
            },
        )
    };
    view! {
        <div class=class hidden=move || !shown()>
            {content}
        </div>
    }
}
