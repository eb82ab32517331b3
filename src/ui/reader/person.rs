//! A person's name in the text: a button that shows who they were, in the interface
//! language. Its note is its own (the same person appears in many places); Escape shuts it.
//! The language is given (see `spans`), so a name drawn with a moment's passages subscribes
//! to nothing that outlives it.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::state::{AppState, Lang};
use crate::ui::i18n::strings;
use crate::ui::reader::bool_text;

/// A fresh id for an element a button controls: the same person or note can appear in
/// several panels, and ids must stay unique in the page.
pub fn unique_id(prefix: &str) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The name `text`, naming person `id`, who is said in `lang`.
#[component]
pub fn PersonName(id: &'static str, text: &'static str, lang: Lang) -> impl IntoView {
    let state = expect_context::<AppState>();
    let person = state.story.person(id);
    let open = RwSignal::new(false);
    let note_id = unique_id("person");
    let code = lang.code();
    let about = person
        .map(|p| format!("{} — {}", p.name.get(code), p.about.get(code)))
        .unwrap_or_default();
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            ev.stop_propagation();
        }
    };
    // Clicks stop here: a name inside a quotation must not also move the clock, as a click
    // on the quotation does.
    view! {
        <span class="person" on:keydown=on_key on:click=|ev| ev.stop_propagation()>
            <button
                type="button"
                class="person-name"
                aria-expanded=move || bool_text(open.get())
                aria-controls=note_id.clone()
                title=strings(lang).reader.who_is
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {text}
            </button>
            <span class="popover person-note" id=note_id hidden=move || !open.get()>
                {about}
            </span>
        </span>
    }
}
