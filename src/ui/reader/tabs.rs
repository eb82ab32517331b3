//! The reader's tabs, as the ARIA tabs pattern has them: the selected one is the only one
//! in the Tab order, and the arrows, Home and End move between them.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::state::url::Panel;
use crate::state::AppState;
use crate::ui::i18n::Strings;
use crate::ui::reader::{bool_text, tr};

/// The four panels, in tab order.
const PANELS: [Panel; 4] = [Panel::Passages, Panel::Text, Panel::Places, Panel::Find];

/// A tab's id, which the tab panel's `aria-labelledby` names.
pub fn tab_id(panel: Panel) -> String {
    format!("tab-{}", panel.code())
}

/// The tab's name, in the strings of a language.
fn label(panel: Panel) -> fn(&'static Strings) -> &'static str {
    match panel {
        Panel::Passages => |s| s.reader.passages,
        Panel::Text => |s| s.reader.full_text,
        Panel::Places => |s| s.reader.places,
        Panel::Find => |s| s.reader.find_tab,
    }
}

/// The tab list.
#[component]
pub fn Tabs() -> impl IntoView {
    let state = expect_context::<AppState>();
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
        let tab = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&tab_id(PANELS[next])));
        if let Some(tab) =
            tab.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
        {
            let _ = tab.focus();
        }
    };
    view! {
        <div class="tabs" role="tablist" aria-label=tr(|s| s.reader.reader_tabs) on:keydown=on_key>
            {PANELS.map(|panel| view! {
                <button
                    type="button"
                    role="tab"
                    id=tab_id(panel)
                    aria-controls="reader-panel"
                    data-panel=panel.code()
                    aria-selected=move || bool_text(state.panel.get() == panel)
                    tabindex=move || if state.panel.get() == panel { "0" } else { "-1" }
                    on:click=move |_| state.panel.set(panel)
                >
                    {tr(label(panel))}
                </button>
            })}
        </div>
    }
}
