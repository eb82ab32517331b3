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
