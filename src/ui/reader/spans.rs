//! A block's spans as elements: text nodes only (never HTML), emphasis as `<em>`, people
//! as buttons that reveal who they were, footnote markers as buttons that open the note,
//! and the passages of the current moment inside `<mark>`.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use web_sys::{KeyboardEvent, MouseEvent};

use crate::state::AppState;
use crate::story::{Block, Piece, SpanKind};
use crate::ui::i18n::strings;

/// A fresh id for an element that a button controls: the same person or note can appear
/// in several panels, and ids must stay unique in the page.
fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Whether markers open their notes here (the full text) or are left out (quotations,
/// and footnotes themselves).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Notes {
    /// Show footnote markers as buttons.
    Open,
    /// Leave them out.
    Hide,
}

/// The pieces of `block`, each as an element.
pub fn render_pieces(pieces: Vec<Piece<'static>>, notes: Notes) -> impl IntoView {
    pieces
        .into_iter()
        .map(|piece| {
            let text = piece.text;
            let inner = match piece.kind {
                SpanKind::Text => text.into_any(),
                SpanKind::Emphasis => view! { <em>{text}</em> }.into_any(),
                SpanKind::Superscript => view! { <sup>{text}</sup> }.into_any(),
                SpanKind::Work(_) => view! { <cite>{text}</cite> }.into_any(),
                SpanKind::Person(id) => {
                    view! { <PersonRef id=id.as_str().to_string() text=text/> }.into_any()
                }
                SpanKind::FootnoteRef(n) if notes == Notes::Open => {
                    view! { <FootnoteRef n=*n/> }.into_any()
                }
                SpanKind::FootnoteRef(_) => ().into_any(),
            };
            if piece.highlighted && !text.is_empty() {
                view! { <mark>{inner}</mark> }.into_any()
            } else {
                inner
            }
        })
        .collect_view()
}

/// The whole of a block (a quotation's range only when `range` is given).
///
/// Names and footnote markers take the interface language once, untracked: a caller must
/// draw the block again when the language changes. Blocks are redrawn as the clock moves
/// their highlight, and a dropped node that followed the language would leave a dead
/// subscriber on the language signal each time (a heap leak during playback).
pub fn render_block(
    block: &'static Block,
    range: Option<std::ops::Range<usize>>,
    highlights: &[std::ops::Range<usize>],
    notes: Notes,
) -> impl IntoView {
    let pieces = match range {
        Some(range) => block
            .pieces(std::slice::from_ref(&range))
            .into_iter()
            .filter(|p| p.highlighted)
            .map(|p| Piece {
                highlighted: false,
                ..p
            })
            .collect(),
        None => block.pieces(highlights),
    };
    render_pieces(pieces, notes)
}

/// A person's name: a button that shows who they were, in the interface language.
#[component]
fn PersonRef(id: String, text: &'static str) -> impl IntoView {
    let state = AppState::expect();
    let open = RwSignal::new(false);
    let note_id = unique_id("person");
    let person = state.story.person(&id);
    // Untracked: whoever draws the spans draws them again when the language changes
    // (see `render_block`).
    let lang = state.lang.get_untracked();
    let code = lang.code();
    let about = person
        .map(|p| format!("{} — {}", p.name.get(code), p.about.get(code)))
        .unwrap_or_default();
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.stop_propagation();
            open.set(false);
        }
    };
    view! {
        <span class="person" on:keydown=on_key>
            <button
                type="button"
                class="person-name"
                aria-expanded=move || open.get().to_string()
                aria-controls=note_id.clone()
                title=strings(lang).reader.who_is
                on:click=move |ev: MouseEvent| {
                    // A name inside a quotation: the quotation's own click moves the clock.
                    ev.stop_propagation();
                    open.update(|o| *o = !*o)
                }
            >
                {text}
            </button>
            <span class="popover person-note" id=note_id hidden=move || !open.get()>
                {about}
            </span>
        </span>
    }
}

/// Which footnote is open in the reader. It lives above the paragraphs, not in each
/// marker, because a paragraph is drawn again when the clock moves its highlight, and an
/// open note must stay open through that.
#[derive(Clone, Copy)]
pub struct OpenFootnote(pub RwSignal<Option<u8>>);

/// A footnote marker: a button that opens the note inline; Escape or its close button
/// shuts it and gives the focus back to the marker.
#[component]
fn FootnoteRef(n: u8) -> impl IntoView {
    let state = AppState::expect();
    let shared = use_context::<OpenFootnote>()
        .unwrap_or_else(|| OpenFootnote(RwSignal::new(None)))
        .0;
    let open = Signal::derive(move || shared.get() == Some(n));
    let set_open = move |value: bool| {
        shared.update(|current| {
            if value {
                *current = Some(n);
            } else if *current == Some(n) {
                *current = None;
            }
        })
    };
    let note_id = unique_id("note");
    let marker = NodeRef::<leptos::html::Button>::new();
    let note = state.story.text().footnote(n);
    let close = move || {
        set_open(false);
        if let Some(button) = marker.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.stop_propagation();
            close();
        }
    };
    // Untracked, as in `PersonRef`.
    let words = &strings(state.lang.get_untracked()).reader;
    let label = format!("{} {n}", words.footnote);
    view! {
        <span class="footnote" on:keydown=on_key>
            <button
                type="button"
                class="footnote-ref"
                node_ref=marker
                aria-expanded=move || open.get().to_string()
                aria-controls=note_id.clone()
                aria-label=label.clone()
                on:click=move |ev: MouseEvent| {
                    ev.stop_propagation();
                    set_open(!open.get_untracked())
                }
            >
                <sup aria-hidden="true">{format!("[{n}]")}</sup>
            </button>
            <span class="popover footnote-text" id=note_id role="note" hidden=move || !open.get()>
                <span class="footnote-number">{label}" "</span>
                {note.map(|block| render_block(block, None, &[], Notes::Hide))}
                " "
                <button type="button" class="footnote-close" on:click=move |_| close()>
                    {words.close}
                </button>
            </span>
        </span>
    }
}
