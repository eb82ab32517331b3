#![cfg(not(target_arch = "wasm32"))]
//! The full text is cut once at every step's edges (`logic::told`), and the clock only
//! moves the `current` class: at every step, the words that class covers must be exactly
//! the words the reader marked when it cut the paragraph for that step alone.

use petrograd1917::logic::told::told_block;
use petrograd1917::story::{Block, Story};

fn story() -> Story {
    Story::bundled().expect("the bundled story loads")
}

/// The marked words of `block` at `step`, as the per-step cut gives them: runs of
/// highlighted pieces, joined, with footnote markers as "[n]".
fn marked_alone(story: &Story, block: &Block, step: usize, translated: bool) -> Vec<String> {
    let ranges = story.ranges_in(&story.steps()[step], block.id.as_str(), translated);
    let pieces = block.pieces(&ranges);
    runs(pieces.iter().map(|p| (p.highlighted, p)))
}

/// The same, from the block cut once: the pieces whose steps include `step`.
fn marked_once(story: &Story, block: &Block, step: usize, translated: bool) -> Vec<String> {
    let told = told_block(story, block, translated);
    runs(
        told.pieces
            .iter()
            .map(|p| (p.steps.contains(&step), &p.piece)),
    )
}

fn runs<'a>(
    pieces: impl Iterator<Item = (bool, &'a petrograd1917::story::Piece<'a>)>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Option<String> = None;
    for (on, piece) in pieces {
        match (on, run.as_mut()) {
            (true, Some(r)) => r.push_str(piece.text),
            (true, None) => run = Some(piece.text.to_owned()),
            (false, _) => out.extend(run.take()),
        }
    }
    out.extend(run);
    out
}

#[test]
fn cut_once_the_text_marks_at_each_step_what_the_cut_for_that_step_marks() {
    let story = story();
    let translation = story.translation().map(|t| &t.text);
    let mut compared = 0;
    for (i, step) in story.steps().iter().enumerate() {
        for passage in &step.passages {
            let copies = [
                (story.text().block(passage.block.as_str()), false),
                (
                    translation.and_then(|t| t.block(passage.block.as_str())),
                    true,
                ),
            ];
            for (block, translated) in copies {
                let Some(block) = block else { continue };
                let alone = marked_alone(&story, block, i, translated);
                assert_eq!(
                    marked_once(&story, block, i, translated),
                    alone,
                    "step {} ({}), block {} (translated: {translated})",
                    i,
                    step.id.as_str(),
                    block.id.as_str()
                );
                compared += usize::from(!alone.is_empty());
            }
        }
    }
    assert!(compared > 40, "only {compared} marked passages compared");
}

#[test]
fn a_block_is_current_at_exactly_the_steps_whose_passages_lie_in_it() {
    let story = story();
    for block in &story.text().paragraphs {
        let told = told_block(&story, block, false);
        let expected: Vec<usize> = (0..story.steps().len())
            .filter(|&i| {
                !story
                    .ranges_in(&story.steps()[i], block.id.as_str(), false)
                    .is_empty()
            })
            .collect();
        assert_eq!(told.steps, expected, "block {}", block.id.as_str());
        // Words no step quotes belong to no step, and the pieces give the whole text back.
        let whole: String = told.pieces.iter().map(|p| p.piece.text).collect();
        assert_eq!(whole, block.text, "block {}", block.id.as_str());
    }
}

#[test]
fn paragraph_p16_tells_several_steps_each_with_its_own_words() {
    // 16:30 on the 26th: p16 tells this step and the next ones, each another passage.
    let story = story();
    let block = story.text().block("p16").expect("p16");
    let told = told_block(&story, block, false);
    assert!(told.steps.len() >= 3, "p16 tells {:?}", told.steps);
    let first = marked_once(&story, block, told.steps[0], false);
    let second = marked_once(&story, block, told.steps[1], false);
    assert!(!first.is_empty() && !second.is_empty());
    assert_ne!(first, second, "two steps mark other words of p16");
}
