//! A block's spans as elements: text nodes only (never HTML), emphasis as `<em>`, titles
//! as `<cite>`, people as buttons that say who they were, and footnote markers as buttons
//! that open the note (in the full text only).
//!
//! Both components draw once: a quotation never changes, and the full text is cut once at
//! every step's edges (`logic::told`), the pieces of the current moment's passages then
//! carrying the `current` class as the clock moves. The interface language is given, read
//! once by whatever draws them (which draws them again when it changes).

use std::ops::Range;

use leptos::either::{Either, EitherOf6};
use leptos::prelude::*;

use crate::logic::told::ToldBlock;
use crate::state::Lang;
use crate::story::{Block, Piece, SpanKind};
use crate::ui::reader::footnote::FootnoteMarker;
use crate::ui::reader::person::PersonName;

/// How the full text's footnote markers behave.
#[derive(Clone, Copy)]
struct Notes {
    /// The block is the translation's: its markers open the translated notes.
    translated: bool,
    /// The block is the copy "Read in context" goes to: its markers are the ones it
    /// focuses.
    anchor: bool,
}

/// One piece's words in the element its kind calls for; a footnote marker is left out.
/// (The note a marker opens is drawn with this too: with the marker apart, the view's
/// type does not contain itself, and needs no `AnyView`.)
fn words(piece: &Piece<'static>, lang: Lang) -> impl IntoView {
    let text = piece.text;
    match piece.kind {
        SpanKind::Text => EitherOf6::A(text),
        SpanKind::Emphasis => EitherOf6::B(view! { <em>{text}</em> }),
        SpanKind::Superscript => EitherOf6::C(view! { <sup>{text}</sup> }),
        SpanKind::Work(_) => EitherOf6::D(view! { <cite>{text}</cite> }),
        SpanKind::Person(id) => {
            EitherOf6::E(view! { <PersonName id=id.as_str() text=text lang=lang/> })
        }
        SpanKind::FootnoteRef(_) => EitherOf6::F(()),
    }
}

/// One piece of the full text: a footnote marker that opens its note, or its words.
fn piece(piece: &Piece<'static>, lang: Lang, notes: Notes) -> impl IntoView {
    match piece.kind {
        SpanKind::FootnoteRef(n) => Either::Left(view! {
            <FootnoteMarker n=*n translated=notes.translated anchor=notes.anchor lang=lang/>
        }),
        _ => Either::Right(words(piece, lang)),
    }
}

/// The words of `block`, or of its passage `quote`, with no footnote marker: a quotation
/// in the passages panel, or a footnote's note.
#[component]
pub fn PlainWords(
    block: &'static Block,
    #[prop(optional)] quote: Option<Range<usize>>,
    lang: Lang,
) -> impl IntoView {
    let pieces = match quote {
        Some(range) => block
            .pieces(std::slice::from_ref(&range))
            .into_iter()
            .filter(|p| p.highlighted)
            .collect(),
        None => block.pieces(&[]),
    };
    pieces.iter().map(|p| words(p, lang)).collect_view()
}

/// The whole of a block (the translation's when `translated`), its footnote markers
/// opening their notes, the words of the current moment's passages (`current` selects
/// the step at the clock) in a `current` span; `anchor`: it is the copy "Read in context"
/// goes to.
#[component]
pub fn BlockWords(
    /// The block cut at every step's edges (`logic::told::told_block`), which the caller has cut
    /// once for its own use too.
    told: ToldBlock<'static>,
    translated: bool,
    anchor: bool,
    lang: Lang,
    current: Selector<Option<usize>>,
) -> impl IntoView {
    let notes = Notes { translated, anchor };
    told.pieces
        .into_iter()
        .map(|told| {
            let words = piece(&told.piece, lang, notes);
            if told.steps.is_empty() || told.piece.text.is_empty() {
                return Either::Right(words);
            }
            let current = current.clone();
            let now = move || told.steps.iter().any(|&i| current.selected(&Some(i)));
            Either::Left(view! { <span class="told" class:current=now>{words}</span> })
        })
        .collect_view()
}
