//! The memoir in reading order, paragraphs whole, the passages of the current moment
//! marked. While the reader scrolls, the top-most paragraph in view that tells a step
//! moves the clock (and so the map), unless switched off; clock changes that come from
//! elsewhere scroll the text to the current passage instead. Only scrolling the user
//! started counts, so the two directions never feed each other.

use std::collections::BTreeSet;

use leptos::either::EitherOf3;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{
    Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition,
};

use crate::logic::clock;
use crate::state::AppState;
use crate::story::BlockRole;
use crate::ui::i18n::tr;
use crate::ui::reader::spans::{render_block, Notes};
use crate::ui::reader::ReaderNav;

/// How long after the user's last wheel, touch or key in the text a paragraph coming into
/// view still counts as their reading.
const USER_SCROLL_MS: f64 = 1500.0;

fn now_ms() -> f64 {
    web_sys::js_sys::Date::now()
}

fn element(id: &str) -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

fn scroll_to(el: &Element, position: ScrollLogicalPosition) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(position);
    options.set_behavior(ScrollBehavior::Auto);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The full text panel.
#[component]
pub fn FullText() -> impl IntoView {
    let state = AppState::expect();
    let story = state.story;
    let nav = expect_context::<ReaderNav>();
    let current = Memo::new(move |_| clock::step_index_at(story, state.clock.get()));
    let last_input = StoredValue::new(0.0_f64);
    let visible = StoredValue::new(BTreeSet::<usize>::new());
    let article = NodeRef::<leptos::html::Article>::new();

    let paragraphs = story
        .text()
        .paragraphs
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let id = block.id.as_str();
            let tells = !story.steps_told_in(id).is_empty();
            let ranges = Memo::new(move |_| {
                current
                    .get()
                    .and_then(|i| story.steps().get(i))
                    .map(|s| story.ranges_in(s, id))
                    .unwrap_or_default()
            });
            let body = move || {
                state.lang.track();
                render_block(block, None, &ranges.get(), Notes::Open)
            };
            let dom_id = format!("p-{id}");
            let is_current = move || !ranges.get().is_empty();
            let data_index = tells.then(|| index.to_string());
            match block.role {
                BlockRole::Title => EitherOf3::A(view! {
                    <h2 id=dom_id class="memoir-title" tabindex="-1">{body}</h2>
                }),
                BlockRole::Quote => EitherOf3::B(view! {
                    <blockquote
                        id=dom_id
                        class="memoir-quote"
                        class:current=is_current
                        data-index=data_index
                        tabindex="-1"
                    >
                        <p>{body}</p>
                    </blockquote>
                }),
                role => {
                    let class = match role {
                        BlockRole::Byline => "byline",
                        BlockRole::SourceNote => "source-note",
                        _ => "body",
                    };
                    EitherOf3::C(view! {
                        <p id=dom_id class=class class:current=is_current data-index=data_index tabindex="-1">
                            {body}
                        </p>
                    })
                }
            }
        })
        .collect_view();

    // Paragraph in view -> clock.
    let on_seen = move |entries: Array| {
        visible.update_value(|seen| {
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                    continue;
                };
                let Some(index) = entry
                    .target()
                    .get_attribute("data-index")
                    .and_then(|i| i.parse::<usize>().ok())
                else {
                    continue;
                };
                if entry.is_intersecting() {
                    seen.insert(index);
                } else {
                    seen.remove(&index);
                }
            }
        });
        let reading = now_ms() - last_input.get_value() < USER_SCROLL_MS;
        if !reading || !state.reading_drives_clock.get_untracked() || state.playing.get_untracked()
        {
            return;
        }
        let Some(top) = visible.with_value(|seen| seen.first().copied()) else {
            return;
        };
        let Some(block) = story.text().paragraphs.get(top) else {
            return;
        };
        let steps = story.steps_told_in(block.id.as_str());
        let now = current.get_untracked();
        if now.is_some_and(|i| steps.contains(&i)) {
            return;
        }
        if let Some(step) = steps.first().and_then(|&i| story.steps().get(i)) {
            state.set_clock(step.span.start);
        }
    };
    let observer =
        StoredValue::new_local(None::<(IntersectionObserver, Closure<dyn FnMut(Array)>)>);
    Effect::new(move |_| {
        let Some(root) = article.get() else {
            return;
        };
        if observer.with_value(Option::is_some) {
            return;
        }
        let callback = Closure::<dyn FnMut(Array)>::new(on_seen);
        let options = IntersectionObserverInit::new();
        options.set_root_margin("0px 0px -50% 0px");
        let Ok(io) =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        else {
            return;
        };
        let mut child = root.first_element_child();
        while let Some(el) = child {
            if el.has_attribute("data-index") {
                io.observe(&el);
            }
            child = el.next_element_sibling();
        }
        observer.set_value(Some((io, callback)));
    });
    on_cleanup(move || {
        if let Some(Some((io, _))) = observer.try_update_value(Option::take) {
            io.disconnect();
        }
    });

    // Clock (from elsewhere) -> scroll to the current passage.
    Effect::new(move |_| {
        let _ = current.get();
        if now_ms() - last_input.get_value() < USER_SCROLL_MS
            || nav.scroll_to.get_untracked().is_some()
        {
            return;
        }
        request_animation_frame(move || {
            let Some(root) = article.get_untracked() else {
                return;
            };
            if let Ok(Some(el)) = root.query_selector(".current") {
                scroll_to(&el, ScrollLogicalPosition::Nearest);
            }
        });
    });

    // "Read in context" -> bring that paragraph into view, focus and flash it.
    Effect::new(move |_| {
        let Some(id) = nav.scroll_to.get() else {
            return;
        };
        request_animation_frame(move || {
            if let Some(el) = element(&format!("p-{id}")) {
                scroll_to(&el, ScrollLogicalPosition::Start);
                let _ = el.class_list().add_1("flash");
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
            nav.scroll_to.set(None);
        });
    });

    let mark_input = move || last_input.set_value(now_ms());
    view! {
        <div class="full-text">
            <label class="follow-reading">
                <input
                    type="checkbox"
                    prop:checked=move || state.reading_drives_clock.get()
                    on:change=move |ev| state.reading_drives_clock.set(event_target_checked(&ev))
                />
                " "
                {tr(state.lang, |s| s.reader.follow_reading)}
            </label>
            <article
                class="memoir"
                lang="fr"
                node_ref=article
                on:wheel=move |_| mark_input()
                on:touchmove=move |_| mark_input()
                on:keydown=move |_| mark_input()
                on:pointerdown=move |_| mark_input()
            >
                {paragraphs}
            </article>
            <p class="source-credit">{tr(state.lang, |s| s.reader.source_credit)}</p>
        </div>
    }
}
