#![cfg(not(target_arch = "wasm32"))]
//! Paragraph numbers on the real text: what a citation's "par. N" points at.

use petrograd1917::logic::citation::{paragraph_number, paragraph_numbers};
use petrograd1917::story::{BlockRole, Story};

fn story() -> Story {
    Story::bundled().expect("the bundled story loads")
}

#[test]
fn the_memoirs_paragraphs_are_numbered_from_one_and_its_front_matter_is_not() {
    let story = story();
    let text = story.text();
    let numbers = paragraph_numbers(text);
    assert_eq!(numbers.len(), text.paragraphs.len());
    for (id, expected) in [
        ("title", None),
        ("byline", None),
        ("source", None),
        ("p01", Some(1)),
    ] {
        assert_eq!(paragraph_number(text, id), expected, "{id}");
    }
    // Numbers run 1, 2, 3… over the body and the quoted documents, without a gap.
    let given: Vec<usize> = numbers.iter().flatten().copied().collect();
    let counted = text
        .paragraphs
        .iter()
        .filter(|b| matches!(b.role, BlockRole::Body | BlockRole::Quote))
        .count();
    assert_eq!(given, (1..=counted).collect::<Vec<_>>());
    assert!(counted > 40, "{counted} numbered paragraphs");
}

#[test]
fn the_translation_numbers_its_paragraphs_as_the_original_does() {
    let story = story();
    let translation = &story.translation().expect("a translation").text;
    assert_eq!(
        paragraph_numbers(translation),
        paragraph_numbers(story.text())
    );
    assert_eq!(paragraph_number(translation, "unknown"), None);
}
