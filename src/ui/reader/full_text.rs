//! The memoir in reading order, paragraphs whole, the passages of the current moment
//! marked. While the reader scrolls, the top-most paragraph in view that tells a step
//! moves the clock (and so the map), unless switched off; clock changes that come from
//! elsewhere scroll the text to the current passage instead. Only scrolling the user
//! started counts, so the two directions never feed each other.
//!
//! The text is drawn once when the panel is first shown, and again only when the language,
//! the reading choice or the arrival of the translation changes it; the clock only moves
//! the `current` classes (through a [`Selector`], so a step touches only the paragraphs of
//! the step it leaves and the one it enters).

use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_use_intersection_observer::{
    use_intersection_observer_with_options, UseIntersectionObserverOptions,
};
use web_sys::Element;

use crate::state::url::{Panel, Reading};
use crate::state::{AppState, Lang};
use crate::story::{Block, BlockRole, Text};
use crate::ui::reader::cite::CiteButton;
use crate::ui::reader::nav::ReaderNav;
use crate::ui::reader::spans::BlockWords;
use crate::ui::reader::{showing, tr};

/// The start of the first step block `id` tells, if any: where its citation's link sets the
/// clock.
fn story_start(state: AppState, id: &str) -> Option<crate::story::Instant> {
    let story = state.story;
    let first = *story.steps_told_in(id).first()?;
    story.steps().get(first).map(|s| s.span.start)
}

/// Hands a drawn anchor's element to the reader's navigation.
fn register<E>(node: NodeRef<E>, nav: ReaderNav, id: &'static str)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + Into<Element> + 'static,
{
    node.on_load(move |el| nav.register_anchor(id, el.into()));
}

/// One block of the memoir in one language: its element by role, its words with the
/// current moment's passages marked. The `anchor` copy (the only one, or the original when
/// both are shown) carries the id "Read in context" goes to, and is handed to the
/// reader's navigation (which the observer and the scrolls use).
#[component]
fn BlockView(
    block: &'static Block,
    language: &'static str,
    translated: bool,
    anchor: bool,
    lang: Lang,
    current: Selector<Option<usize>>,
    /// The paragraph's number (`logic::citation`), shown before it by the stylesheet.
    number: Option<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<ReaderNav>();
    let id = block.id.as_str();
    // Cut once: its steps mark the paragraph, its pieces are the words.
    let told = crate::logic::told::told_block(state.story, block, translated);
    let steps = told.steps.clone();
    let now = {
        let current = current.clone();
        move || steps.iter().any(|&i| current.selected(&Some(i)))
    };
    let dom_id = anchor.then(|| format!("p-{id}"));
    let tabindex = anchor.then_some("-1");
    let flash = move || anchor && nav.flashed.get() == Some(id);
    let words = view! {
        <BlockWords told=told translated=translated anchor=anchor lang=lang current=current/>
    };
    // A numbered paragraph can be cited from its copy that "Read in context" goes to, at
    // the first moment it tells.
    let at = story_start(state, id);
    let cite = (anchor && number.is_some())
        .then(|| view! { <CiteButton block=block translated=translated at=at lang=lang/> });
    match block.role {
        BlockRole::Title => {
            let node = NodeRef::<leptos::html::H2>::new();
            if anchor {
                register(node, nav, id);
            }
            EitherOf3::A(view! {
                <h2 id=dom_id lang=language class="memoir-title" tabindex=tabindex class:flash=flash node_ref=node>
                    {words}
                </h2>
            })
        }
        BlockRole::Quote => {
            let node = NodeRef::<leptos::html::Blockquote>::new();
            if anchor {
                register(node, nav, id);
            }
            EitherOf3::B(view! {
                <blockquote
                    id=dom_id
                    lang=language
                    class="memoir-quote"
                    data-paragraph=number
                    tabindex=tabindex
                    class:current=now
                    class:flash=flash
                    node_ref=node
                >
                    <p>{words}</p>
                    {cite}
                </blockquote>
            })
        }
        role => {
            let class = match role {
                BlockRole::Byline => "byline",
                BlockRole::SourceNote => "source-note",
                _ => "body",
            };
            let node = NodeRef::<leptos::html::P>::new();
            if anchor {
                register(node, nav, id);
            }
            EitherOf3::C(view! {
                <p
                    id=dom_id
                    lang=language
                    class=class
                    data-paragraph=number
                    tabindex=tabindex
                    class:current=now
                    class:flash=flash
                    node_ref=node
                >
                    {words}
                    {cite}
                </p>
            })
        }
    }
}

/// One paragraph of the memoir as the reader chose to read it: the original, its
/// translation (once arrived), or both in one row (side by side on wide screens, aligned
/// paragraph by paragraph).
#[component]
fn Paragraph(
    block: &'static Block,
    lang: Lang,
    reading: Reading,
    translation: Option<&'static Text>,
    current: Selector<Option<usize>>,
    number: Option<usize>,
) -> impl IntoView {
    let story = expect_context::<AppState>().story;
    let language = story.translation().map(|t| t.language.as_str());
    let translated = translation
        .and_then(|text| text.block(block.id.as_str()))
        .zip(language);
    match translated {
        Some((translated, language)) if reading == Reading::Both => EitherOf3::A(view! {
            <div class="pair">
                <BlockView block=block language="fr" translated=false anchor=true lang=lang current=current.clone() number=number/>
                <BlockView block=translated language=language translated=true anchor=false lang=lang current=current number=number/>
            </div>
        }),
        Some((translated, language)) if reading == Reading::Translation => EitherOf3::B(view! {
            <BlockView block=translated language=language translated=true anchor=true lang=lang current=current number=number/>
        }),
        _ => EitherOf3::C(view! {
            <BlockView block=block language="fr" translated=false anchor=true lang=lang current=current number=number/>
        }),
    }
}

/// Lets the reader's scrolling move the clock: an observer watches the drawn paragraphs
/// that tell a step; the top half of the view counts.
fn follow_reading(state: AppState, nav: ReaderNav, drawn: Memo<bool>) {
    let story = state.story;
    // The paragraphs that tell a step, in reading order: the observer's targets are their
    // drawn elements, in the same order.
    let telling: Vec<&'static Block> = story
        .text()
        .paragraphs
        .iter()
        .filter(|b| b.role != BlockRole::Title && !story.steps_told_in(b.id.as_str()).is_empty())
        .collect();
    let targets = RwSignal::new_local(Vec::<Element>::new());
    let target_blocks = StoredValue::new(Vec::<&'static Block>::new());
    let visible = StoredValue::new(Vec::<bool>::new());
    // Collected again each time the full text draws its anchors (reactive effects run
    // once for a burst of notifications).
    Effect::new(move || {
        nav.anchors_drawn.track();
        if !drawn.get() {
            return;
        }
        let (blocks, elements): (Vec<_>, Vec<_>) = telling
            .iter()
            .filter_map(|&b| Some((b, nav.anchor(b.id.as_str())?)))
            .unzip();
        visible.set_value(vec![false; elements.len()]);
        target_blocks.set_value(blocks);
        targets.set(elements);
    });
    use_intersection_observer_with_options(
        targets,
        move |entries, _| {
            visible.update_value(|visible| {
                targets.with_untracked(|targets| {
                    for entry in &entries {
                        let target = entry.target();
                        if let Some(i) = targets.iter().position(|el| *el == target) {
                            if let Some(seen) = visible.get_mut(i) {
                                *seen = entry.is_intersecting();
                            }
                        }
                    }
                })
            });
            if !nav.user_is_reading()
                || !state.reading_drives_clock.get_untracked()
                || state.playing.get_untracked()
            {
                return;
            }
            let top = visible.with_value(|v| v.iter().position(|&s| s));
            let Some(block) = top.and_then(|i| target_blocks.with_value(|b| b.get(i).copied()))
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
    // The step at the clock, for the paragraphs' and passages' `current` classes.
    let current = Selector::new(move || state.step.get());

    follow_reading(state, nav, drawn);
    // A link to a paragraph (`#p-…`, as a citation's) opens the full text at it, once the
    // text it is read in is there (the translation, fetched after the first view, draws the
    // text again and would take the focus away).
    let link_followed = StoredValue::new(false);
    Effect::new(move || {
        let waiting = state.reading().shows_translation()
            && state.translated_text.with(Option::is_none)
            && !state.translation_failed.get()
            && crate::baked::TRANSLATION_FILE.is_some();
        if waiting || link_followed.get_value() {
            return;
        }
        link_followed.set_value(true);
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        if let Some(block) = hash
            .strip_prefix("#p-")
            .and_then(|id| story.text().block(id))
        {
            nav.read_in_context(state, block);
        }
    });
    // Clock (from elsewhere), the panel shown, or the text drawn again (the translation
    // arriving makes it longer above the current passage) -> scroll to the current passage.
    Effect::new(move || {
        nav.anchors_drawn.track();
        if shown() {
            nav.follow_step(state, state.step.get());
        }
    });

    let numbers = crate::logic::citation::paragraph_numbers(story.text());
    // Read once here, at the root of what they change.
    let paragraphs = move || {
        if !drawn.get() {
            return None;
        }
        let lang = state.lang.get();
        let reading = state.reading();
        let translation = state.translated_text.get();
        Some(
            story
                .text()
                .paragraphs
                .iter()
                .zip(numbers.iter().copied())
                .map(|(block, number)| {
                    view! {
                        <Paragraph
                            block=block
                            lang=lang
                            reading=reading
                            translation=translation
                            current=current.clone()
                            number=number
                        />
                    }
                })
                .collect_view(),
        )
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
                on:wheel=move |_| nav.user_input()
                on:touchmove=move |_| nav.user_input()
                on:keydown=move |_| nav.user_input()
                on:pointerdown=move |_| nav.user_input()
            >
                {paragraphs}
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
