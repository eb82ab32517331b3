//! The memoir's blocks cut once, at the edges of every step's passages, each piece knowing
//! the steps it tells. The full text is drawn from these once; moving the clock then only
//! changes which pieces carry the `current` class, instead of cutting and drawing a
//! paragraph again at every step.

use crate::story::{lies_in, Block, Piece, Story};

/// A piece of a block and the steps (indices in [`Story::steps`]) whose passages it lies in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToldPiece<'a> {
    /// The words and their kind.
    pub piece: Piece<'a>,
    /// The steps it tells, in order; empty for words no step quotes.
    pub steps: Vec<usize>,
}

/// A block cut at every step's edges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToldBlock<'a> {
    /// Its pieces, in reading order.
    pub pieces: Vec<ToldPiece<'a>>,
    /// The steps with a passage in this copy of the block (the original, or the translation
    /// when `translated`): the block is the current one while the clock is in one of them.
    pub steps: Vec<usize>,
}

/// `block` (of the original, or of the translation when `translated`), cut once.
pub fn told_block<'a>(story: &Story, block: &'a Block, translated: bool) -> ToldBlock<'a> {
    let ranges: Vec<(usize, Vec<std::ops::Range<usize>>)> = story
        .steps_told_in(block.id.as_str())
        .into_iter()
        .filter_map(|i| {
            let step = story.steps().get(i)?;
            let ranges = story.ranges_in(step, block.id.as_str(), translated);
            (!ranges.is_empty()).then_some((i, ranges))
        })
        .collect();
    let every: Vec<_> = ranges.iter().flat_map(|(_, r)| r.iter().cloned()).collect();
    let pieces = block
        .pieces(&every)
        .into_iter()
        .map(|piece| {
            let steps = ranges
                .iter()
                .filter(|(_, r)| piece.highlighted && lies_in(&piece.range, r))
                .map(|(i, _)| *i)
                .collect();
            ToldPiece {
                piece: Piece {
                    highlighted: false,
                    ..piece
                },
                steps,
            }
        })
        .collect();
    ToldBlock {
        pieces,
        steps: ranges.into_iter().map(|(i, _)| i).collect(),
    }
}
