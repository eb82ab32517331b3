//! The search field of "Find in the memoir", at the top of the reader whatever panel is
//! open (on a phone, with the Find tab only). Typing searches at once and opens the hits
//! (`find.rs` lists them); Enter and Shift+Enter go from hit to hit, the clock following
//! and, when the full text is open, the full text too; Escape clears the search. The `/`
//! key, which neither the map nor the timeline uses, opens the Find tab and brings the
//! focus to the field.

use gloo_events::{EventListener, EventListenerOptions};
use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::logic::find::normalize_query;
use crate::state::url::Panel;
use crate::state::AppState;
use crate::ui::reader::nav::ReaderNav;
use crate::ui::reader::tr;
use crate::ui::search::Search;

/// The field's id, which the shortcut and the label name.
const FIELD_ID: &str = "find-field";

/// Whether a key press is typing (in a field or an editable element), where `/` is a
/// character and not the shortcut.
fn typing(ev: &KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            el.closest("input, textarea, select, [contenteditable]")
                .ok()
                .flatten()
                .is_some()
        })
}

fn field() -> Option<web_sys::HtmlInputElement> {
    document()
        .get_element_by_id(FIELD_ID)
        .and_then(|el| el.dyn_into().ok())
}

/// The search field, with its shortcut.
#[component]
pub fn FindField() -> impl IntoView {
    let state = expect_context::<AppState>();
    let search = expect_context::<Search>();
    let nav = expect_context::<ReaderNav>();
    // What the field holds as typed; the state keeps its normalized form, which a link
    // may set: the field then shows it.
    let typed = RwSignal::new(String::new());
    Effect::new(move || {
        let query = state.query.get();
        let same = typed.with_untracked(|t| normalize_query(t) == query);
        if !same {
            typed.set(query.unwrap_or_default());
        }
    });
    // "/" anywhere but in a field: to the search.
    let shortcut = StoredValue::new_local(None::<EventListener>);
    let focus_frame = StoredValue::new_local(None::<AnimationFrame>);
    Effect::new(move |_| {
        let listener = web_sys::window().map(|window| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |ev| {
                let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing(ev) {
                    return;
                }
                ev.prevent_default();
                // On a phone the field shows with the Find tab: open it, then focus the
                // field once it is drawn.
                state.panel.set(Panel::Find);
                focus_frame.set_value(Some(request_animation_frame(|_| {
                    if let Some(field) = field() {
                        let _ = field.focus();
                        field.select();
                    }
                })));
            })
        });
        shortcut.set_value(listener);
    });
    let on_input = move |ev: web_sys::Event| {
        let value = event_target_value(&ev);
        let query = normalize_query(&value);
        typed.set(value);
        if state.query.with_untracked(|q| *q != query) {
            state.query.set(query.clone());
        }
        if query.is_some() && state.panel.get_untracked() != Panel::Find {
            state.panel.set(Panel::Find);
        }
    };
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            let Some(at) = search.step(state, !ev.shift_key()) else {
                return;
            };
            if state.panel.get_untracked() == Panel::Text {
                let hit = search.found.get_untracked();
                if let Some(hit) = hit.as_ref().and_then(|f| f.hits.get(at)) {
                    nav.show_block(state, hit.block);
                }
            }
        }
        "Escape" if !typed.with_untracked(String::is_empty) => {
            ev.prevent_default();
            typed.set(String::new());
            state.query.set(None);
        }
        _ => {}
    };
    view! {
        <form class="find" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="find-label" for=FIELD_ID>{tr(|s| s.reader.find_label)}</label>
            <input
                id=FIELD_ID
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="64"
                aria-describedby="find-hint"
                aria-controls="reader-panel"
                prop:value=move || typed.get()
                on:input=on_input
                on:keydown=on_key
            />
            <p class="find-hint" id="find-hint">{tr(|s| s.reader.find_hint)}</p>
        </form>
    }
}
