//! The memoir in reading order, paragraphs whole, the passages of the current moment
//! marked. While the reader scrolls, the top-most paragraph in view that tells a step
//! moves the clock (and so the map), unless switched off; clock changes that come from
//! elsewhere scroll the text to the current passage instead. Only scrolling the user
//! started counts, so the two directions never feed each other.

use std::ops::Range;

use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_use_intersection_observer::{
    use_intersection_observer_with_options, UseIntersectionObserverOptions,
};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::state::url::{Panel, Reading};
use crate::state::AppState;
use crate::story::{Block, BlockRole};
use crate::ui::reader::spans::Spans;
use crate::ui::reader::{showing, tr, ReaderNav};

/// How long after the user's last wheel, touch or key in the text a paragraph coming into
/// view still counts as their reading.
const USER_SCROLL_MS: f64 = 1500.0;

fn now_ms() -> f64 {
    web_sys::js_sys::Date::now()
}

fn scroll_to(el: &Element, position: ScrollLogicalPosition) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(position);
    options.set_behavior(ScrollBehavior::Auto);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// One block of the memoir in one language: its element by role, its words with the
/// current moment's passages marked. The `anchor` copy (the only one, or the original when
/// both are shown) carries the id "Read in context" goes to, and `data-index` when it tells
/// a step (what the observer watches).
fn block_view(
    state: AppState,
    index: usize,
    block: &'static Block,
    language: &'static str,
    translated: bool,
    anchor: bool,
    flashed: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let story = state.story;
    let id = block.id.as_str();
    let marked: Memo<Vec<Range<usize>>> = Memo::new(move |_| {
        state
            .step
            .get()
            .and_then(|i| story.steps().get(i))
            .map(|s| story.ranges_in(s, id, translated))
            .unwrap_or_default()
    });
    let tells = anchor && block.role != BlockRole::Title && !story.steps_told_in(id).is_empty();
    let data_index = tells.then(|| index.to_string());
    let dom_id = anchor.then(|| format!("p-{id}"));
    let tabindex = anchor.then_some("-1");
    let current = move || !marked.with(Vec::is_empty);
    let flash = move || anchor && flashed.get() == Some(id);
    let words = view! { <Spans block=block marked=marked notes=true translated=translated/> };
    match block.role {
        BlockRole::Title => EitherOf3::A(view! {
            <h2 id=dom_id lang=language class="memoir-title" tabindex=tabindex class:flash=flash>
                {words}
            </h2>
        }),
        BlockRole::Quote => EitherOf3::B(view! {
            <blockquote
                id=dom_id
                lang=language
                class="memoir-quote"
                tabindex=tabindex
                data-index=data_index
                class:current=current
                class:flash=flash
            >
                <p>{words}</p>
            </blockquote>
        }),
        role => {
            let class = match role {
                BlockRole::Byline => "byline",
                BlockRole::SourceNote => "source-note",
                _ => "body",
            };
            EitherOf3::C(view! {
                <p
                    id=dom_id
                    lang=language
                    class=class
                    tabindex=tabindex
                    data-index=data_index
                    class:current=current
                    class:flash=flash
                >
                    {words}
                </p>
            })
        }
    }
}

/// One paragraph of the memoir as the reader chose to read it: the original, its
/// translation, or both in one row (side by side on wide screens, aligned paragraph by
/// paragraph).
fn paragraph(
    state: AppState,
    index: usize,
    block: &'static Block,
    flashed: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let language = state.story.translation().map(|t| t.language.as_str());
    move || {
        let reading = state.reading();
        // The translated block, once the translation has arrived.
        let translation = state
            .translated_text
            .get()
            .and_then(|text| text.block(block.id.as_str()))
            .zip(language)
            .map(|(translated, language)| (language, translated));
        match translation {
            Some((language, translated)) if reading == Reading::Both => EitherOf3::A(view! {
                <div class="pair">
                    {block_view(state, index, block, "fr", false, true, flashed)}
                    {block_view(state, index, translated, language, true, false, flashed)}
                </div>
            }),
            Some((language, translated)) if reading == Reading::Translation => EitherOf3::B(
                block_view(state, index, translated, language, true, true, flashed),
            ),
            _ => EitherOf3::C(block_view(state, index, block, "fr", false, true, flashed)),
        }
    }
}

/// The full text panel.
#[component]
pub fn FullText() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<ReaderNav>();
    let story = state.story;
    let shown = showing(state, Panel::Text);
    // The paragraphs are drawn when the panel is first shown, and kept.
    let drawn = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || shown());
    let article = NodeRef::<leptos::html::Article>::new();
    // When the reader last scrolled or typed in the text.
    let last_input = StoredValue::new(0.0_f64);
    let flashed = RwSignal::new(None::<&'static str>);
    // The next animation frame's work for each of the two scrolls below; a newer request
    // replaces (and so cancels) an older one of the same kind.
    let follow_frame = StoredValue::new_local(None::<AnimationFrame>);
    let read_frame = StoredValue::new_local(None::<AnimationFrame>);

    // Paragraph in view -> clock. The observer watches the paragraphs that tell a step,
    // once drawn; the top half of the view counts.
    let targets = RwSignal::new_local(Vec::<Element>::new());
    let mut visible = vec![false; story.text().paragraphs.len()];
    use_intersection_observer_with_options(
        targets,
        move |entries, _| {
            for entry in entries {
                let index = entry
                    .target()
                    .get_attribute("data-index")
                    .and_then(|i| i.parse::<usize>().ok());
                if let Some(seen) = index.and_then(|i| visible.get_mut(i)) {
                    *seen = entry.is_intersecting();
                }
            }
            let reading = now_ms() - last_input.get_value() < USER_SCROLL_MS;
            if !reading
                || !state.reading_drives_clock.get_untracked()
                || state.playing.get_untracked()
            {
                return;
            }
            let Some(block) = visible
                .iter()
                .position(|&s| s)
                .and_then(|top| story.text().paragraphs.get(top))
            else {
                return;
            };
            let steps = story.steps_told_in(block.id.as_str());
            if state
                .step
                .get_untracked()
                .is_some_and(|i| steps.contains(&i))
            {
                return;
            }
            if let Some(step) = steps.first().and_then(|&i| story.steps().get(i)) {
                state.set_clock(step.span.start);
            }
        },
        UseIntersectionObserverOptions::default().root_margin("0px 0px -50% 0px"),
    );
    // The paragraphs are drawn again when the choice of text changes or the translation
    // arrives; they are collected at the next animation frame, once every redraw of this
    // turn has run (the paragraphs' own effects may run after this one, as when the panel
    // is opened by a link once the page is live).
    let collect_frame = StoredValue::new_local(None::<AnimationFrame>);
    Effect::new(move || {
        if !drawn.get() {
            return;
        }
        let _ = state.reading();
        state.translated_text.track();
        collect_frame.set_value(Some(request_animation_frame(move |_| {
            let Some(article) = article.get_untracked() else {
                return;
            };
            let mut found = Vec::new();
            if let Ok(list) = article.query_selector_all("[data-index]") {
                for i in 0..list.length() {
                    if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        found.push(el);
                    }
                }
            }
            targets.set(found);
        })));
    });

    // Clock (from elsewhere), or the panel shown -> scroll to the current passage.
    Effect::new(move || {
        if !shown() {
            return;
        }
        state.step.track();
        if now_ms() - last_input.get_value() < USER_SCROLL_MS
            || nav.scroll_to.with_untracked(Option::is_some)
        {
            return;
        }
        follow_frame.set_value(Some(request_animation_frame(move |_| {
            let current = article
                .get_untracked()
                .and_then(|a| a.query_selector(".current").ok().flatten());
            if let Some(el) = current {
                scroll_to(&el, ScrollLogicalPosition::Nearest);
            }
        })));
    });

    // "Read in context" -> bring that paragraph into view, focus and flash it; a quoted
    // footnote (which the passages panel opened) is brought into view on its marker,
    // which takes the focus, in the paragraph that holds it.
    Effect::new(move || {
        let Some(block) = nav.scroll_to.get() else {
            return;
        };
        let text = story.text();
        let (paragraph, note) = match text.block(block.as_str()).map(|b| b.role) {
            Some(BlockRole::Footnote(n)) => (text.marker_of(n), Some(n)),
            _ => (text.block(block.as_str()), None),
        };
        let id = paragraph.map(|b| b.id.as_str());
        read_frame.set_value(Some(request_animation_frame(move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            let el = id.and_then(|id| document?.get_element_by_id(&format!("p-{id}")));
            if let Some(el) = el {
                flashed.set(id);
                let marker = note.and_then(|n| {
                    el.query_selector(&format!(".footnote-ref[data-note=\"{n}\"]"))
                        .ok()
                        .flatten()
                });
                match marker {
                    Some(marker) => {
                        focus(&marker);
                        scroll_to(&marker, ScrollLogicalPosition::Start);
                        let popover = marker.next_element_sibling();
                        if let Some(popover) = popover {
                            scroll_to(&popover, ScrollLogicalPosition::Nearest);
                        }
                    }
                    None => {
                        scroll_to(&el, ScrollLogicalPosition::Start);
                        focus(&el);
                    }
                }
            }
            nav.scroll_to.set(None);
        })));
    });

    let mark_input = move || last_input.set_value(now_ms());
    let paragraphs = move || {
        view! {
            <For
                each=move || story.text().paragraphs.iter().enumerate()
                key=|(_, block)| block.id.as_str()
                let:((index, block))
            >
                {paragraph(state, index, block, flashed)}
            </For>
        }
    };
    view! {
        <div class="full-text" hidden=move || !shown()>
            <label class="follow-reading">
                <input
                    type="checkbox"
                    prop:checked=move || state.reading_drives_clock.get()
                    on:change=move |ev| state.reading_drives_clock.set(event_target_checked(&ev))
                />
                " "
                {tr(|s| s.reader.follow_reading)}
            </label>
            <article
                class="memoir"
                class:both=move || state.reading() == Reading::Both
                node_ref=article
                on:wheel=move |_| mark_input()
                on:touchmove=move |_| mark_input()
                on:keydown=move |_| mark_input()
                on:pointerdown=move |_| mark_input()
            >
                <Show when=move || drawn.get()>{paragraphs}</Show>
            </article>
            <p class="source-credit">{tr(|s| s.reader.source_credit)}</p>
            {story.translation().map(|translation| view! {
                <p class="source-credit">
                    {move || translation.credit.get(state.lang.get().code())}
                </p>
            })}
        </div>
    }
}
