//! A footnote marker in the full text: a button that opens the note inline. Which note is
//! open lives in the reader's shared signal ([`ReaderNav::open_note`]), so one note at most
//! is open, it stays open while its paragraph is drawn again with the clock, and "Read in
//! context" on a quoted footnote can open it. Escape or the close button shut it and give
//! the focus back to the marker.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::state::{AppState, Lang};
use crate::ui::i18n::strings;
use crate::ui::reader::bool_text;
use crate::ui::reader::nav::ReaderNav;
use crate::ui::reader::person::unique_id;
use crate::ui::reader::spans::PlainWords;

/// The marker of footnote `n`, with its note: the translated note when the marker is in
/// the translation; `anchor`: the marker is in the copy "Read in context" goes to, which
/// focuses it. Its words are in `lang`.
#[component]
pub fn FootnoteMarker(n: u8, translated: bool, anchor: bool, lang: Lang) -> impl IntoView {
    let state = expect_context::<AppState>();
    let nav = expect_context::<ReaderNav>();
    let open_note = nav.open_note;
    let story = state.story;
    let note = match state.translated_text.get_untracked() {
        Some(text) if translated => text.footnote(n),
        _ => story.text().footnote(n),
    };
    let note_id = unique_id("note");
    let is_open = move || open_note.get() == Some(n);
    let marker = NodeRef::<leptos::html::Button>::new();
    if anchor {
        marker.on_load(move |button| nav.register_marker(n, button.into()));
    }
    let close = move || {
        open_note.set(None);
        if let Some(marker) = marker.get_untracked() {
            let _ = marker.focus();
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open_note.get_untracked() == Some(n) {
            close();
            ev.stop_propagation();
        }
    };
    let words = &strings(lang).reader;
    let label = format!("{} {n}", words.footnote);
    let note_words = note.map(|block| view! { <PlainWords block=block lang=lang/> });
    view! {
        <span class="footnote" on:keydown=on_key on:click=|ev| ev.stop_propagation()>
            <button
                type="button"
                class="footnote-ref"
                node_ref=marker
                data-note=n
                aria-expanded=move || bool_text(is_open())
                aria-controls=note_id.clone()
                aria-label=label.clone()
                on:click=move |_| open_note.update(|o| *o = if *o == Some(n) { None } else { Some(n) })
            >
                <sup aria-hidden="true">"[" {n} "]"</sup>
            </button>
            <span class="popover footnote-text" id=note_id role="note" hidden=move || !is_open()>
                <span class="footnote-number">{label} " "</span>
                {note_words}
                " "
                <button type="button" class="footnote-close" on:click=move |_| close()>
                    {words.close}
                </button>
            </span>
        </span>
    }
}
