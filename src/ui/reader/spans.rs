//! A block's spans as elements, built by hand (see `ui::dom`): text nodes only (never
//! HTML), emphasis as `<em>`, people as buttons that reveal who they were, footnote markers
//! as buttons that open the note, and the passages of the current moment inside `<mark>`.
//!
//! The buttons' clicks and keys are caught once, on the reader ([`on_click`], [`on_key`]).
//! Which footnote is open lives in a signal ([`OpenFootnote`]) because a paragraph is drawn
//! again when the clock moves its highlight, and an open note must stay open through that;
//! a person's note is local to its button and lives in the DOM.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::ui::reactive::*;
use web_sys::{Element, Event, KeyboardEvent};

use crate::state::Lang;
use crate::story::{Block, Piece, SpanKind, Story};
use crate::ui::dom::{self, append, append_text, closest, El};
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

/// What drawing spans needs to know: the story (people, footnotes), the language of the
/// names' notes, and which footnote is open now. The language is taken once: whoever draws
/// the spans draws them again when it changes.
#[derive(Clone, Copy)]
pub struct SpanContext {
    /// The story the spans point into.
    pub story: &'static Story,
    /// Interface language for the people's notes and the footnotes' labels.
    pub lang: Lang,
    /// The footnote open when drawing.
    pub open_note: Option<usize>,
}

/// Appends the whole of `block` to `parent` (a quotation's range only when `range` is
/// given), with `highlights` marked.
pub fn append_block(
    parent: &Element,
    block: &'static Block,
    range: Option<Range<usize>>,
    highlights: &[Range<usize>],
    notes: Notes,
    cx: SpanContext,
) {
    let pieces: Vec<Piece<'static>> = match range {
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
    for piece in pieces {
        append_piece(parent, &piece, notes, cx);
    }
}

fn append_piece(parent: &Element, piece: &Piece<'static>, notes: Notes, cx: SpanContext) {
    let text = piece.text;
    let marked = piece.highlighted && !text.is_empty();
    let holder = if marked {
        let mark = El::new("mark").done();
        append(parent, &mark);
        mark
    } else {
        parent.clone()
    };
    let inline = |tag: &str| append(&holder, &El::new(tag).text(text).done());
    match piece.kind {
        SpanKind::Text => append_text(&holder, text),
        SpanKind::Emphasis => inline("em"),
        SpanKind::Superscript => inline("sup"),
        SpanKind::Work(_) => inline("cite"),
        SpanKind::Person(id) => append(&holder, &person(cx, id.as_str(), text)),
        SpanKind::FootnoteRef(n) if notes == Notes::Open => append(&holder, &footnote(cx, *n)),
        SpanKind::FootnoteRef(_) => {}
    }
}

/// A person's name: a button that shows who they were, in the interface language.
fn person(cx: SpanContext, id: &str, text: &str) -> Element {
    let note_id = unique_id("person");
    let code = cx.lang.code();
    let about = cx
        .story
        .person(id)
        .map(|p| format!("{} — {}", p.name.get(code), p.about.get(code)))
        .unwrap_or_default();
    El::new("span")
        .class("person")
        .child(
            El::new("button")
                .attr("type", "button")
                .class("person-name")
                .attr("aria-expanded", "false")
                .attr("aria-controls", &note_id)
                .attr("title", strings(cx.lang).reader.who_is)
                .text(text),
        )
        .child(
            El::new("span")
                .class("popover person-note")
                .attr("id", &note_id)
                .flag("hidden", true)
                .text(&about),
        )
        .done()
}

/// A footnote marker: a button that opens the note inline.
fn footnote(cx: SpanContext, n: u8) -> Element {
    let note_id = unique_id("note");
    let words = &strings(cx.lang).reader;
    let label = format!("{} {n}", words.footnote);
    let open = cx.open_note == Some(usize::from(n));
    let text = El::new("span")
        .class("popover footnote-text")
        .attr("id", &note_id)
        .attr("role", "note")
        .flag("hidden", !open)
        .child(
            El::new("span")
                .class("footnote-number")
                .text(&label)
                .text(" "),
        );
    if let Some(block) = cx.story.text().footnote(n) {
        append_block(text.element(), block, None, &[], Notes::Hide, cx);
    }
    let text = text.text(" ").child(
        El::new("button")
            .attr("type", "button")
            .class("footnote-close")
            .text(words.close),
    );
    El::new("span")
        .class("footnote")
        .child(
            El::new("button")
                .attr("type", "button")
                .class("footnote-ref")
                .attr("data-note", &n.to_string())
                .attr("aria-expanded", bool_text(open))
                .attr("aria-controls", &note_id)
                .attr("aria-label", &label)
                .child(
                    El::new("sup")
                        .attr("aria-hidden", "true")
                        .text(&format!("[{n}]")),
                ),
        )
        .child(text)
        .done()
}

fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// Shows or hides the popover a button controls, and says so on the button.
fn set_open(button: &Element, open: bool) {
    dom::set_attr(button, "aria-expanded", bool_text(open));
    if let Some(popover) = button
        .get_attribute("aria-controls")
        .and_then(|id| button.owner_document()?.get_element_by_id(&id))
    {
        let _ = popover.toggle_attribute_with_force("hidden", !open);
    }
}

fn is_open(button: &Element) -> bool {
    button.get_attribute("aria-expanded").as_deref() == Some("true")
}

/// Shows the open footnote, and only it, under `root`: the signal changed, or `root` was
/// drawn again.
pub fn show_open_note(root: &Element, open: Option<usize>) {
    let open = open.map(|n| n.to_string());
    dom::each_chosen(
        root,
        ".footnote-ref",
        "data-note",
        open.as_deref(),
        |button, want| {
            if is_open(button) != want {
                set_open(button, want);
            }
        },
    );
}

fn marker_of(el: &Element) -> Option<Element> {
    el.closest(".footnote")
        .ok()
        .flatten()?
        .query_selector(".footnote-ref")
        .ok()
        .flatten()
}

fn note_number(marker: &Element) -> Option<usize> {
    marker.get_attribute("data-note")?.parse().ok()
}

/// A click on a name, a footnote marker or a note's close button. Returns whether it was
/// one, so that the click does nothing else (a name inside a quotation must not also move
/// the clock, as a click on the quotation does).
pub fn on_click(ev: &Event, open_note: RwSignal<Option<usize>>) -> bool {
    if let Some(button) = closest(ev, ".person-name") {
        set_open(&button, !is_open(&button));
        return true;
    }
    if let Some(marker) = closest(ev, ".footnote-ref") {
        let n = note_number(&marker);
        open_note.update(|open| *open = if *open == n { None } else { n });
        return true;
    }
    if let Some(close) = closest(ev, ".footnote-close") {
        close_note(&close, open_note);
        return true;
    }
    closest(ev, ".popover").is_some()
}

fn close_note(inside: &Element, open_note: RwSignal<Option<usize>>) {
    open_note.set(None);
    if let Some(marker) = marker_of(inside) {
        dom::focus(&marker);
    }
}

/// Escape shuts the name's or the footnote's note that has the focus, and gives the focus
/// back to the footnote's marker. Returns whether it did.
pub fn on_key(ev: &KeyboardEvent, open_note: RwSignal<Option<usize>>) -> bool {
    if ev.key() != "Escape" {
        return false;
    }
    if let Some(button) = closest(ev, ".person")
        .and_then(|p| p.query_selector(".person-name").ok().flatten())
        .filter(is_open)
    {
        set_open(&button, false);
        return true;
    }
    if let Some(marker) = closest(ev, ".footnote")
        .and_then(|f| marker_of(&f))
        .filter(is_open)
    {
        close_note(&marker, open_note);
        return true;
    }
    false
}
