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

use crate::ui::reactive::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::state::url::Panel;
use crate::state::AppState;
use crate::ui::dom::{self, El};
use crate::ui::effect::{effect, effect_now};
use crate::ui::i18n::{bind_attr_tr, bind_tr, Pick};

/// Where the full text should scroll when it opens ("Read in context"): shared by the
/// passages panel, which asks, and the full text, which obeys.
#[derive(Clone, Copy)]
pub struct ReaderNav {
    /// The paragraph (its index in the memoir) to bring into view and highlight, once.
    pub scroll_to: RwSignal<Option<usize>>,
}

const PANELS: [Panel; 3] = [Panel::Passages, Panel::Text, Panel::Places];

fn tab_id(panel: Panel) -> String {
    format!("tab-{}", panel.code())
}

/// The reader region's content.
pub fn reader() -> Element {
    let state = leptos::prelude::expect_context::<AppState>();
    let open_note = RwSignal::new(None);
    let nav = ReaderNav {
        scroll_to: RwSignal::new(None),
    };
    let root = El::new("div").class("reader").done();
    // The open footnote is shown wherever its marker is drawn.
    let notes_root = root.clone();
    effect(move || spans::show_open_note(&notes_root, open_note.get()));
    dom::on(&root, "keydown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<KeyboardEvent>() {
            if spans::on_key(ev, open_note) {
                ev.stop_propagation();
            }
        }
    });

    // The sheet's state; the CSS reads it from the toggle's `aria-expanded`, so one
    // attribute serves both the screen reader and the layout.
    let expanded = RwSignal::new(false);
    dom::listen_to_window("focusin", move |ev| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
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
    let toggle = El::new("button")
        .attr("type", "button")
        .class("sheet-toggle")
        .attr("aria-controls", "reader-panel")
        .done();
    dom::bind_attr(&toggle, "aria-expanded", move || expanded.get().to_string());
    bind_tr(&toggle, state.lang, |s| s.reader.sheet_toggle);
    dom::on(&toggle, "click", move |_| expanded.update(|e| *e = !*e));
    dom::append(&root, &toggle);

    let tabs = El::new("div").class("tabs").attr("role", "tablist").done();
    bind_attr_tr(&tabs, "aria-label", state.lang, |s| s.reader.reader_tabs);
    for panel in PANELS {
        let tab = El::new("button")
            .attr("type", "button")
            .attr("role", "tab")
            .attr("id", &tab_id(panel))
            .attr("aria-controls", "reader-panel")
            .attr("data-panel", panel.code())
            .done();
        bind_tr(&tab, state.lang, tab_label(panel));
        dom::append(&tabs, &tab);
    }
    // Which tab is selected, on all three at once.
    let tab_list = tabs.clone();
    let show_selected = move |chosen: Panel| {
        let code = Some(chosen.code());
        dom::each_chosen(
            &tab_list,
            "[role=tab]",
            "data-panel",
            code,
            |tab, selected| {
                dom::set_attr(
                    tab,
                    "aria-selected",
                    if selected { "true" } else { "false" },
                );
                dom::set_attr(tab, "tabindex", if selected { "0" } else { "-1" });
            },
        );
    };
    effect_now(move || show_selected(state.panel.get()));
    dom::on(&tabs, "click", move |ev| {
        let chosen = dom::closest(&ev, "[data-panel]")
            .and_then(|tab| tab.get_attribute("data-panel"))
            .and_then(|code| PANELS.into_iter().find(|p| p.code() == code));
        if let Some(panel) = chosen {
            state.panel.set(panel);
        }
    });
    let tab_list = tabs.clone();
    dom::on(&tabs, "keydown", move |ev| {
        let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
            return;
        };
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
        if let Ok(Some(button)) = tab_list.query_selector(&format!("#{}", tab_id(PANELS[next]))) {
            dom::focus(&button);
        }
    });
    dom::append(&root, &tabs);

    // All three panels stay mounted, the two not chosen hidden, and draw their content only
    // while shown.
    let tab_panel = El::new("div")
        .class("tab-panel")
        .attr("id", "reader-panel")
        .attr("role", "tabpanel")
        .child_el(passages::passages(nav, open_note))
        .child_el(full_text::full_text(nav, open_note))
        .child_el(places_list::places_list())
        .done();
    dom::bind_attr(&tab_panel, "aria-labelledby", move || {
        tab_id(state.panel.get())
    });
    dom::append(&root, &tab_panel);
    root
}

/// The tab's name, in the strings of a language.
fn tab_label(panel: Panel) -> Pick {
    match panel {
        Panel::Passages => |s| s.reader.passages,
        Panel::Text => |s| s.reader.full_text,
        Panel::Places => |s| s.reader.places,
    }
}
