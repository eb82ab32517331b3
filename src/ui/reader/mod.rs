//! The reader: passages of the moment or of a place, the full text, the list of places.
//! Four tabs bound to the state's panel, so links and reloads reopen the same one.
//!
//! On a phone the reader is a bottom sheet (`style/main.css`, `reader.css`): collapsed to its
//! first heading, expanded by its toggle button, and expanded whenever the focus enters
//! it (the skip link included), so nothing focused is ever clipped away; focus elsewhere
//! collapses it again so the map and the timeline are not hidden behind it. On a desktop
//! the toggle is hidden and the CSS ignores the state.

mod cite;
mod find;
mod find_field;
mod footnote;
mod full_text;
mod modern_name;
mod nav;
mod on_the_map;
mod passages;
mod person;
mod places_list;
mod reading_choice;
mod spans;
mod tabs;

use gloo_events::EventListener;
use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::url::Panel;
use crate::state::AppState;
use crate::story::Localized;
use crate::ui::i18n::{self, Strings};

use find::FindPanel;
use find_field::FindField;
use full_text::FullText;
use nav::ReaderNav;
use passages::Passages;
use places_list::PlacesList;
use reading_choice::ReadingChoice;
use tabs::Tabs;

/// "true" or "false", for ARIA states.
fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// A string of the interface that follows its language (see [`i18n::tr`]).
fn tr(pick: fn(&'static Strings) -> &'static str) -> impl Fn() -> &'static str + Copy {
    i18n::tr(expect_context::<AppState>().lang, pick)
}

/// A text of the data in the interface language (a step's title, a place's name).
fn local(text: &'static Localized) -> impl Fn() -> &'static str + Copy {
    let lang = expect_context::<AppState>().lang;
    move || text.get(lang.get().code())
}

/// The reader region's content.
#[component]
pub fn Reader() -> impl IntoView {
    let state = expect_context::<AppState>();
    provide_context(ReaderNav::new());

    // The sheet's state; the CSS reads it from the toggle's `aria-expanded`, so one
    // attribute serves both the screen reader and the layout.
    let expanded = RwSignal::new(false);
    // The listener is added by an effect (a browser read, which the prerender must not
    // make) and removed with the reader (the component tests mount the app more than once).
    let focus_in = StoredValue::new_local(None::<EventListener>);
    Effect::new(move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "focusin", move |ev| {
                let Some(el) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
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
            })
        });
        focus_in.set_value(listener);
    });
    // Collapsed, the sheet shows its beginning (the heading of what is being read), even
    // if it was scrolled while expanded. Expanded by the focus entering it, it shows its
    // beginning too, as far as the focused element stays in view: the browser scrolled the
    // collapsed sheet to that element, and the room the sheet gains would otherwise go below
    // it while the heading stays scrolled away.
    let settle = StoredValue::new_local(None::<AnimationFrame>);
    Effect::new(move || {
        let open = expanded.get();
        let Some(reader) = document().get_element_by_id("reader") else {
            return;
        };
        if !open {
            reader.set_scroll_top(0);
            return;
        }
        settle.set_value(Some(request_animation_frame(move |_| {
            // Only where the reader is a sheet (its toggle shown): a column keeps its scroll.
            let sheet = document()
                .query_selector(".sheet-toggle")
                .ok()
                .flatten()
                .is_some_and(|toggle| toggle.get_client_rects().length() > 0);
            if !sheet {
                return;
            }
            let focused = document()
                .active_element()
                .filter(|el| el.closest("#reader-panel").ok().flatten().is_some());
            let Some(focused) = focused else {
                return;
            };
            reader.set_scroll_top(0);
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            focused.scroll_into_view_with_scroll_into_view_options(&options);
        })));
    });

    view! {
        <div class="reader">
            <button
                type="button"
                class="sheet-toggle"
                aria-controls="reader-panel"
                aria-expanded=move || bool_text(expanded.get())
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {tr(|s| s.reader.sheet_toggle)}
            </button>
            <FindField/>
            <Tabs/>
            <ReadingChoice/>
            // All four panels stay mounted, the two not chosen hidden; each draws its
            // content only once shown.
            <div
                class="tab-panel"
                id="reader-panel"
                role="tabpanel"
                aria-labelledby=move || tabs::tab_id(state.panel.get())
            >
                <Passages/>
                <FullText/>
                <PlacesList/>
                <FindPanel/>
            </div>
            <cite::CiteStatus/>
        </div>
    }
}

/// Whether `panel` is the one shown now.
fn showing(state: AppState, panel: Panel) -> impl Fn() -> bool + Copy {
    move || state.panel.get() == panel
}
