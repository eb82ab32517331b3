//! The reader: passages of the moment or of a place, the full text, the list of places.
//! Three tabs bound to the state's panel, so links and reloads reopen the same one.
//!
//! On a phone the reader is a bottom sheet (`style/main.css`, `reader.css`): collapsed to its
//! first heading, expanded by its toggle button, and expanded whenever the focus enters
//! it (the skip link included), so nothing focused is ever clipped away; focus elsewhere
//! collapses it again so the map and the timeline are not hidden behind it. On a desktop
//! the toggle is hidden and the CSS ignores the state.

mod full_text;
mod passages;
mod places_list;
mod spans;

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::state::url::Panel;
use crate::state::AppState;
use crate::ui::effect::effect;
use crate::ui::i18n::{strings, tr};

/// Where the full text should scroll when it opens ("Read in context"): shared by the
/// passages panel, which asks, and the full text, which obeys.
#[derive(Clone, Copy)]
pub struct ReaderNav {
    /// The block to bring into view and highlight, once.
    pub scroll_to: RwSignal<Option<String>>,
}

const PANELS: [Panel; 3] = [Panel::Passages, Panel::Text, Panel::Places];

fn tab_id(panel: Panel) -> String {
    format!("tab-{}", panel.code())
}

/// The reader region's content.
#[component]
pub fn Reader() -> impl IntoView {
    let state = AppState::expect();
    let open_note = RwSignal::new(None);
    provide_context(spans::OpenFootnote(open_note));
    provide_context(ReaderNav {
        scroll_to: RwSignal::new(None),
    });
    let text = move || &strings(state.lang.get()).reader;
    let tabs = NodeRef::<leptos::html::Div>::new();
    let root = NodeRef::<leptos::html::Div>::new();
    // The open footnote is shown wherever its marker is drawn.
    effect(move || {
        let open = open_note.get();
        if let Some(root) = root.get() {
            spans::show_open_note(&root, open);
        }
    });
    let on_note_key = move |ev: KeyboardEvent| {
        if spans::on_key(&ev, open_note) {
            ev.stop_propagation();
        }
    };
    // The sheet's state; the CSS reads it from the toggle's `aria-expanded`, so one
    // attribute serves both the screen reader and the layout.
    let expanded = RwSignal::new(false);
    let follow_focus = window_event_listener(leptos::ev::focusin, move |ev| {
        let Some(el) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        else {
            return;
        };
        if el.matches(".sheet-toggle").unwrap_or(false) {
            return;
        }
        let inside = el.closest("#reader").ok().flatten().is_some();
        if expanded.get_untracked() != inside {
            expanded.set(inside);
        }
    });
    on_cleanup(move || follow_focus.remove());
    let label = move |panel: Panel| match panel {
        Panel::Passages => text().passages,
        Panel::Text => text().full_text,
        Panel::Places => text().places,
    };
    let on_key = move |ev: KeyboardEvent| {
        let at = PANELS
            .iter()
            .position(|p| *p == state.panel.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (at + 1) % PANELS.len(),
            "ArrowLeft" => (at + PANELS.len() - 1) % PANELS.len(),
            "Home" => 0,
            "End" => PANELS.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        state.panel.set(PANELS[next]);
        if let Some(button) = tabs.get_untracked().and_then(|t| {
            t.query_selector(&format!("#{}", tab_id(PANELS[next])))
                .ok()
                .flatten()
        }) {
            crate::ui::dom::focus(&button);
        }
    };
    view! {
        <div class="reader" node_ref=root on:keydown=on_note_key>
            <button
                type="button"
                class="sheet-toggle"
                aria-expanded=move || expanded.get().to_string()
                aria-controls="reader-panel"
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {tr(state.lang, |s| s.reader.sheet_toggle)}
            </button>
            <div
                class="tabs"
                role="tablist"
                aria-label=tr(state.lang, |s| s.reader.reader_tabs)
                node_ref=tabs
                on:keydown=on_key
            >
                {PANELS
                    .into_iter()
                    .map(|panel| {
                        let selected = move || state.panel.get() == panel;
                        view! {
                            <button
                                type="button"
                                role="tab"
                                id=tab_id(panel)
                                aria-selected=move || selected().to_string()
                                aria-controls="reader-panel"
                                tabindex=move || if selected() { "0" } else { "-1" }
                                on:click=move |_| state.panel.set(panel)
                            >
                                {move || label(panel)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div
                class="tab-panel"
                id="reader-panel"
                role="tabpanel"
                aria-labelledby=move || tab_id(state.panel.get())
            >
                // All three stay mounted, the two not chosen hidden, and draw their content
                // only while shown: switching between components compiled to a large
                // build-and-replace routine for the three.
                <passages::Passages/>
                <full_text::FullText/>
                <places_list::PlacesList/>
            </div>
        </div>
    }
}
