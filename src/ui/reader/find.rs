//! The Find panel of "Find in the memoir": the hits of the search (`ui::search` holds
//! them; `find_field.rs` is the field), each with its paragraph, its moment and its words
//! marked. The arrow keys move along the list, the clock following; a hit, activated,
//! opens the full text at it.

use std::ops::Range;
use std::sync::Arc;

use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::logic::excerpt::{excerpt, Window};
use crate::logic::find::{Found, Hit};
use crate::state::url::Panel;
use crate::state::{AppState, Lang};
use crate::ui::i18n::strings;
use crate::ui::reader::nav::ReaderNav;
use crate::ui::reader::passages::when_text;
use crate::ui::reader::{showing, tr};
use crate::ui::search::{Hits, Search};

/// Characters of context either side of a hit in the list.
const CONTEXT_CHARS: usize = 60;

/// Hits drawn at once; "Show all" draws the rest. A keystroke that matches a common word
/// ("les", "the" hit most paragraphs) would otherwise draw some eighty excerpts, more than
/// a frame's time on a 2-core laptop, while the first screenful is all that shows.
const HITS_AT_ONCE: usize = 20;

/// One language's excerpt of a hit: its windows, the hits marked, or, for a block listed
/// because it tells an event whose title holds the query (`told`), the words telling it
/// underlined (they are not matches of the query).
#[component]
fn Excerpt(
    text: &'static str,
    windows: Vec<Window>,
    lang: &'static str,
    #[prop(optional)] told: bool,
) -> impl IntoView {
    let translated = lang != "fr";
    view! {
        <p class="excerpt" class:translated=translated lang=lang>
            {windows
                .into_iter()
                .map(|w| {
                    let runs = w
                        .runs
                        .into_iter()
                        .map(|run| {
                            let words = text.get(run.range).unwrap_or_default();
                            match (run.marked, told) {
                                (true, false) => EitherOf3::A(view! { <mark>{words}</mark> }),
                                (true, true) => {
                                    EitherOf3::B(view! { <span class="told-words">{words}</span> })
                                }
                                (false, _) => EitherOf3::C(words),
                            }
                        })
                        .collect_view();
                    view! {
                        <span class="window">
                            {w.cut_before.then_some("… ")}
                            {runs}
                            {w.cut_after.then_some(" …")}
                        </span>
                    }
                })
                .collect_view()}
        </p>
    }
}

/// "§ 15 · Thursday 26 October…": where a hit is in the text and in the story.
fn hit_heading(state: AppState, lang: Lang, hit: &Hit<'static>) -> String {
    let words = &strings(lang).reader;
    let at = match (hit.number, hit.block.role) {
        (Some(n), _) => format!("{} {n}", words.cite_paragraph),
        (None, crate::story::BlockRole::Footnote(n)) => format!("{} {n}", words.find_note),
        (None, _) => String::new(),
    };
    let when = hit
        .step
        .and_then(|i| state.story.steps().get(i))
        .map_or_else(
            || words.find_no_moment.to_string(),
            |step| when_text(state, lang, step.span.start),
        );
    if at.is_empty() {
        when
    } else {
        format!("{at} · {when}")
    }
}

/// One hit in the list.
#[component]
fn HitItem(
    index: usize,
    hit: Hit<'static>,
    count: usize,
    lang: Lang,
    /// The titles (in `lang`) of the events this block tells whose titles hold the
    /// query, with the matches in them.
    events: Vec<(&'static str, Vec<Range<usize>>)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let search = expect_context::<Search>();
    let nav = expect_context::<ReaderNav>();
    let words = &strings(lang).reader;
    let block = hit.block;
    // Words that match, else (a block listed for an event) the words that tell the event.
    let matched = !hit.original.is_empty() || !hit.translated.is_empty();
    let (in_original, in_translation) = if matched {
        (&hit.original, &hit.translated)
    } else {
        (&hit.told, &hit.told_translated)
    };
    let told = !matched;
    // An event's words are shown in the texts read (matches only exist in those searched);
    // the original stands in while the translation has not arrived.
    let reading = state.reading();
    let translation_here = hit.translation.is_some();
    let original_read = matched || reading.shows_original() || !translation_here;
    let original = (!in_original.is_empty() && original_read).then(|| {
        let windows = excerpt(&block.text, in_original, CONTEXT_CHARS);
        view! { <Excerpt text=&block.text windows=windows lang="fr" told=told/> }
    });
    let language = state
        .story
        .translation()
        .map_or("en", |t| t.language.as_str());
    // The translation's excerpt when it was searched (or, for an event, when it is read).
    let translation_read = matched || reading.shows_translation();
    let translation = hit
        .translation
        .filter(|_| !in_translation.is_empty() && translation_read)
        .map(|translated| {
            let windows = excerpt(&translated.text, in_translation, CONTEXT_CHARS);
            view! { <Excerpt text=&translated.text windows=windows lang=language told=told/> }
        });
    // The events whose titles hold the query, which this block tells, the query marked.
    let events = events
        .into_iter()
        .map(|(title, marks)| {
            let windows = excerpt(title, &marks, usize::MAX);
            view! {
                <div class="hit-event">
                    <span class="hit-event-intro">{words.find_tells}</span>
                    " "
                    <Excerpt text=title windows=windows lang=lang.code()/>
                </div>
            }
        })
        .collect_view();
    let current = move || search.current.get() == Some(index);
    let open = move |_| {
        search.go(state, index);
        nav.read_in_context(state, block);
    };
    let heading = hit_heading(state, lang, &hit);
    let label = format!("{heading} ({} {} {count})", index + 1, words.find_hit_of);
    // The moment's span, for the tests and the stylesheet to read.
    let span = hit
        .step
        .and_then(|i| state.story.steps().get(i))
        .map(|s| (s.span.start.minutes(), s.span.end.minutes()));
    view! {
        <li
            class="find-hit"
            class:current=current
            aria-current=move || current().then_some("true")
            data-block=block.id.as_str()
            data-from=span.map(|s| s.0)
            data-to=span.map(|s| s.1)
        >
            <button type="button" class="hit-open" data-hit=index aria-label=label on:click=open>
                {heading}
            </button>
            {events}
            {original}
            {translation}
        </li>
    }
}

/// The titles in `lang` of the found events `hit` tells, each with its matches.
fn event_titles(
    state: AppState,
    lang: Lang,
    found: &Found<'static>,
    hit: &Hit<'static>,
) -> Vec<(&'static str, Vec<Range<usize>>)> {
    hit.events
        .iter()
        .filter_map(|&i| {
            let event = state.story.context_events().get(i)?;
            let marks = found.events.iter().find(|e| e.index == i)?;
            Some(match lang {
                Lang::Fr => (event.title.fr.as_str(), marks.fr.clone()),
                Lang::En => (event.title.en.as_str(), marks.en.clone()),
            })
        })
        .collect()
}

/// "7 paragraphs · 12 matches", "No match for “xyz”.", and the other names found.
fn status_text(lang: Lang, found: &Found<'static>) -> String {
    let words = &strings(lang).reader;
    if found.query.refused() {
        return words.find_too_short.to_string();
    }
    if found.hits.is_empty() {
        let (open, close) = (
            words.cite_open_quote,
            words.cite_close_quote.trim_matches(','),
        );
        return format!("{} {open}{}{close}.", words.find_none, found.query.text);
    }
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![count(
        found.hits.len(),
        words.find_paragraph,
        words.find_paragraphs,
    )];
    let matches = found.matches();
    if matches > 0 {
        parts.push(count(matches, words.find_match, words.find_matches));
    }
    if !found.events.is_empty() {
        parts.push(count(
            found.events.len(),
            words.find_event,
            words.find_events,
        ));
    }
    let mut text = parts.join(" · ");
    if !found.query.also.is_empty() {
        text.push_str(&format!(
            ". {} {}",
            words.find_also,
            found.query.also.join(", ")
        ));
    }
    text
}

/// The Find panel: what the search found, hit by hit.
#[component]
pub fn FindPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let search = expect_context::<Search>();
    let shown = showing(state, Panel::Find);
    let list = NodeRef::<leptos::html::Ol>::new();
    // The hits drawn whole ("Show all", or Enter going past the first ones); new hits are
    // new `Arc`s, so they start with their first ones drawn again.
    let all_drawn = RwSignal::new(None::<Hits>);
    let show_all = move || all_drawn.set(search.found.get_untracked());
    // Brings hit `at`'s button into view (or gives it the focus) at the next frame, once a
    // list drawn whole for it is there.
    let (scroll_frame, focus_frame) = (
        StoredValue::new_local(None::<AnimationFrame>),
        StoredValue::new_local(None::<AnimationFrame>),
    );
    let reveal = move |at: usize, focus: bool| {
        if at >= HITS_AT_ONCE {
            show_all();
        }
        let frame = if focus { focus_frame } else { scroll_frame };
        frame.set_value(Some(request_animation_frame(move |_| {
            let button = list.get_untracked().and_then(|l| {
                l.query_selector(&format!("[data-hit=\"{at}\"]"))
                    .ok()
                    .flatten()
            });
            let Some(button) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            if focus {
                let _ = button.focus();
            } else {
                button.scroll_into_view_with_bool(false);
            }
        })));
    };
    // The list follows the hit the field's Enter goes to.
    Effect::new(move || {
        if let Some(at) = search.current.get() {
            reveal(at, false);
        }
    });
    // The arrows move along the hits, the clock following.
    let on_key = move |ev: KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "ArrowDown" => true,
            "ArrowUp" => false,
            _ => return,
        };
        ev.prevent_default();
        if let Some(at) = search.step(state, forward) {
            reveal(at, true);
        }
    };
    let content = move || {
        let lang = state.lang.get();
        let words = &strings(lang).reader;
        let Some(found) = search.found.get() else {
            return Either::Left(view! { <p class="find-empty">{words.find_hint}</p> });
        };
        let count = found.hits.len();
        let whole = all_drawn.with(|all| all.as_ref().is_some_and(|a| Arc::ptr_eq(a, &found)));
        let limit = if whole { count } else { HITS_AT_ONCE };
        // Drawn whole: a keystroke changes every row's marks, so rows keyed by what they
        // show would all be new anyway.
        let hits = found
            .hits
            .iter()
            .take(limit)
            .cloned()
            .enumerate()
            .map(|(index, hit)| {
                let events = event_titles(state, lang, &found, &hit);
                view! { <HitItem index=index hit=hit count=count lang=lang events=events/> }
            })
            .collect_view();
        Either::Right(view! {
            <p class="find-keys">{words.find_keys}</p>
            <ol class="hits" aria-label=words.find_hits node_ref=list on:keydown=on_key>
                {hits}
            </ol>
            {(count > limit).then(|| view! {
                <button type="button" class="find-more" on:click=move |_| show_all()>
                    {format!("{} {count} {}", words.find_more, words.find_paragraphs)}
                </button>
            })}
        })
    };
    let status = move || {
        let lang = state.lang.get();
        search
            .found
            .with(|f| f.as_ref().map(|f| status_text(lang, f)))
    };
    view! {
        <div class="find-panel" hidden=move || !shown()>
            <h2>{tr(|s| s.reader.find_tab)}</h2>
            <p class="find-status" role="status">{status}</p>
            {content}
        </div>
    }
}
