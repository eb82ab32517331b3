//! A block's spans as elements: text nodes only (never HTML), emphasis as `<em>`, titles
//! as `<cite>`, people as buttons that say who they were, footnote markers as buttons that
//! open the note (in the full text only), and the passages of the current moment inside
//! `<mark>`.

use std::ops::Range;

use leptos::either::{Either, EitherOf6};
use leptos::prelude::*;

use crate::story::{Block, Piece, SpanKind};
use crate::ui::reader::footnote::FootnoteMarker;
use crate::ui::reader::person::PersonName;

/// The pieces of `block` to draw: a quotation's range only when `quote` is given (shown
/// unmarked), else the whole block with `marked` marked.
fn pieces(
    block: &'static Block,
    quote: Option<&Range<usize>>,
    marked: &[Range<usize>],
) -> Vec<Piece<'static>> {
    match quote {
        Some(range) => block
            .pieces(std::slice::from_ref(range))
            .into_iter()
            .filter(|p| p.highlighted)
            .map(|p| Piece {
                highlighted: false,
                ..p
            })
            .collect(),
        None => block.pieces(marked),
    }
}

/// One piece: its words in the element its kind calls for. `translated`: the block is the
/// translation's, so a footnote marker opens the translated note.
fn piece(piece: Piece<'static>, notes: bool, translated: bool) -> impl IntoView {
    let text = piece.text;
    let inner = match piece.kind {
        SpanKind::Text => EitherOf6::A(text),
        SpanKind::Emphasis => EitherOf6::B(view! { <em>{text}</em> }),
        SpanKind::Superscript => EitherOf6::C(view! { <sup>{text}</sup> }),
        SpanKind::Work(_) => EitherOf6::D(view! { <cite>{text}</cite> }),
        SpanKind::Person(id) => EitherOf6::E(view! { <PersonName id=id.as_str() text=text/> }),
        SpanKind::FootnoteRef(n) => {
            EitherOf6::F(notes.then(|| view! { <FootnoteMarker n=*n translated=translated/> }))
        }
    };
    if piece.highlighted && !text.is_empty() {
        Either::Left(view! { <mark>{inner}</mark> })
    } else {
        Either::Right(inner)
    }
}

/// The words of `block`: the passage `quote` of it (footnote markers left out), or the
/// whole of it with the ranges `marked` gives marked, drawn again when they change; there
/// footnote markers open their notes if `notes` (the translated notes if `translated`:
/// `block` is then a block of the translation).
#[component]
pub fn Spans(
    block: &'static Block,
    #[prop(optional)] quote: Option<Range<usize>>,
    #[prop(optional)] marked: Option<Memo<Vec<Range<usize>>>>,
    #[prop(optional)] notes: bool,
    #[prop(optional)] translated: bool,
) -> impl IntoView {
    let notes = notes && quote.is_none();
    move || {
        let marks = marked.map(|m| m.get()).unwrap_or_default();
        pieces(block, quote.as_ref(), &marks)
            .into_iter()
            .map(|p| piece(p, notes, translated))
            .collect_view()
    }
}
