//! Paragraph numbers, as a scholarly edition prints them, so that a citation of the memoir
//! ("par. 16") can be followed in the full text: the memoir's paragraphs and the documents
//! it quotes whole, from 1, in reading order; the title, the byline and the editors' note
//! have none. The translation has the same blocks in the same order, so the same numbers.

use crate::story::{BlockRole, Text};

/// Whether a block of this role carries a number.
fn numbered(role: BlockRole) -> bool {
    matches!(role, BlockRole::Body | BlockRole::Quote)
}

/// The number of each of `text`'s paragraphs, in its order (`None` for those without).
pub fn paragraph_numbers(text: &Text) -> Vec<Option<usize>> {
    let mut next = 0;
    text.paragraphs
        .iter()
        .map(|block| {
            numbered(block.role).then(|| {
                next += 1;
                next
            })
        })
        .collect()
}

/// The number of paragraph `id`, if it has one.
pub fn paragraph_number(text: &Text, id: &str) -> Option<usize> {
    let at = text.paragraphs.iter().position(|b| b.id.as_str() == id)?;
    paragraph_numbers(text).get(at).copied().flatten()
}

/// The number a citation of block `id` gives: its own, or for a footnote that of the
/// paragraph holding its marker (notes are cited where they are read).
pub fn cited_number(text: &Text, id: &str) -> Option<usize> {
    let block = text.block(id)?;
    paragraph_number(text, text.read_at(block)?.id.as_str())
}

/// The words of a citation in one language's style (the interface's strings give them).
#[derive(Clone, Copy, Debug)]
pub struct CitationStyle<'a> {
    /// Around the memoir's title (the closing one holds the comma that follows, as
    /// English puts it inside the quotation marks).
    pub open_quote: &'a str,
    pub close_quote: &'a str,
    /// The book it was printed in, with its place, publisher, year and pages.
    pub source: &'a str,
    /// The word before a paragraph's number.
    pub paragraph: &'a str,
    /// The edition the text is taken from.
    pub edition: &'a str,
    /// Said when the words cited are the project's translation.
    pub translated: &'a str,
}

/// A citation of block `id` of `text`, in the style of Chicago's notes: the author and the
/// title (the text's own byline and title), the book, the paragraph's number (a footnote
/// is cited at the paragraph holding its marker), the edition, that the words are the
/// project's translation when `translated`, then `link`.
pub fn citation(
    text: &Text,
    style: &CitationStyle,
    id: &str,
    translated: bool,
    link: &str,
) -> String {
    let role_text = |role: BlockRole| {
        text.paragraphs
            .iter()
            .find(|b| b.role == role)
            .map_or("", |b| b.text.as_str())
    };
    let mut out = format!(
        "{}, {}{}{} {}",
        role_text(BlockRole::Byline),
        style.open_quote,
        role_text(BlockRole::Title),
        style.close_quote,
        style.source
    );
    if let Some(n) = cited_number(text, id) {
        out.push_str(&format!(", {} {n}", style.paragraph));
    }
    out.push_str(&format!(", {}", style.edition));
    if translated {
        out.push_str(&format!(", {}", style.translated));
    }
    out.push_str(&format!(". {link}"));
    out
}
