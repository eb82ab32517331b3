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

const ENGLISH: petrograd1917::logic::citation::CitationStyle =
    petrograd1917::logic::citation::CitationStyle {
        open_quote: "“",
        close_quote: ",”",
        source: "in Lénine en Octobre 1917 (Paris: Bureau d'Éditions, 1934), 24–35",
        paragraph: "par.",
        edition: "Marxists Internet Archive edition",
        translated: "translated from the French by the Petrograd 1917 project",
    };

#[test]
fn a_citation_names_the_author_the_title_the_paragraph_the_edition_and_the_link() {
    let story = story();
    let cited = petrograd1917::logic::citation::citation(
        story.text(),
        &ENGLISH,
        "p16",
        false,
        "https://example.org/?t=990#p-p16",
    );
    let n = paragraph_number(story.text(), "p16").expect("p16 is numbered");
    assert_eq!(
        cited,
        format!(
            "F. Raskolnikov, “La Révolution d'Octobre (souvenirs sur Lénine),” in Lénine en \
             Octobre 1917 (Paris: Bureau d'Éditions, 1934), 24–35, par. {n}, Marxists Internet \
             Archive edition. https://example.org/?t=990#p-p16"
        )
    );
}

#[test]
fn the_translation_is_cited_as_ours_and_a_footnote_at_its_markers_paragraph() {
    let story = story();
    let text = story.text();
    let cited = petrograd1917::logic::citation::citation(text, &ENGLISH, "p16", true, "L");
    assert!(
        cited.ends_with(", translated from the French by the Petrograd 1917 project. L"),
        "{cited}"
    );
    let note = text.footnotes.first().expect("a footnote");
    let petrograd1917::story::BlockRole::Footnote(n) = note.role else {
        panic!("a footnote's role")
    };
    let marker = text.marker_of(n).expect("its marker's paragraph");
    let number = paragraph_number(text, marker.id.as_str()).expect("numbered");
    let cited =
        petrograd1917::logic::citation::citation(text, &ENGLISH, note.id.as_str(), false, "L");
    assert!(cited.contains(&format!(", par. {number},")), "{cited}");
}
