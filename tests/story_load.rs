#![cfg(not(target_arch = "wasm32"))]
//! The bundled story loads, its text is the source's restored without loss, and every
//! quotation and reference in it holds.

use std::collections::BTreeMap;

use petrograd1917::story::markup::plain_text;
use petrograd1917::story::{BlockRole, Passage, SpanKind, StepKind, Story};

/// The memoir as committed: CI runs on a fresh clone, so the comparison is made inside
/// the repository.
const SOURCE: &str = include_str!("../assets/source/raskolnikov-la-revolution-d-octobre.txt");

fn story() -> Story {
    match Story::bundled() {
        Ok(story) => story,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{} problems:\n{}", list.len(), list.join("\n"));
        }
    }
}

fn source_line(n: u32) -> &'static str {
    SOURCE.lines().nth(n as usize - 1).expect("line in source")
}

/// A block's words as the source file has them: its lines joined, the footnote's
/// "[N] " label dropped, markup read the same way as the loader reads it.
fn from_source(lines: &[u32], role: BlockRole) -> String {
    let joined: Vec<&str> = lines.iter().map(|&n| source_line(n)).collect();
    let mut joined = joined.join(" ");
    if let BlockRole::Footnote(n) = role {
        let label = format!("[{n}] ");
        assert!(
            joined.starts_with(&label),
            "footnote {n} starts with its label"
        );
        joined.drain(..label.len());
    }
    plain_text(&joined)
}

fn all_passages(story: &Story) -> Vec<&Passage> {
    let steps = story.steps().iter().flat_map(|s| &s.passages);
    let places = story.places().iter().flat_map(|p| &p.mentions);
    let events = story.context_events().iter().flat_map(|e| &e.passages);
    steps.chain(places).chain(events).collect()
}

#[test]
fn bundled_story_loads_without_problems() {
    let story = story();
    assert_eq!(
        story.text().paragraphs.len(),
        3 + 54,
        "title, byline, source note, 54 paragraphs"
    );
    assert_eq!(story.text().footnotes.len(), 8);
    assert!(story.steps().len() >= 25);
    assert!(story.places().len() >= 20);
}

#[test]
fn every_block_is_its_source_lines_and_every_source_line_is_used_once() {
    let story = story();
    let mut used: BTreeMap<u32, &str> = BTreeMap::new();
    let blocks = story
        .text()
        .paragraphs
        .iter()
        .chain(&story.text().footnotes);
    for block in blocks {
        assert_eq!(
            block.text,
            from_source(&block.source_lines, block.role),
            "{}",
            block.id
        );
        for &line in &block.source_lines {
            assert!(
                used.insert(line, block.id.as_str()).is_none(),
                "line {line} used twice"
            );
        }
    }
    let nonempty: Vec<u32> = SOURCE
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i as u32 + 1)
        .collect();
    assert_eq!(
        used.keys().copied().collect::<Vec<_>>(),
        nonempty,
        "no line lost"
    );
}

#[test]
fn the_restored_text_has_exactly_the_source_words() {
    // Whitespace-normalised words of the source (footnote labels dropped) and of the
    // restoration, as multisets: nothing lost, nothing duplicated, whatever the order.
    let story = story();
    let mut source: Vec<String> = Vec::new();
    for line in SOURCE.lines() {
        let line = match line.strip_prefix('[').and_then(|l| l.split_once("] ")) {
            Some((n, rest)) if n.parse::<u8>().is_ok() => rest,
            _ => line,
        };
        source.extend(plain_text(line).split_whitespace().map(str::to_owned));
    }
    let mut restored: Vec<String> = story
        .text()
        .paragraphs
        .iter()
        .chain(&story.text().footnotes)
        .flat_map(|b| {
            b.text
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(source.len(), restored.len());
    source.sort();
    restored.sort();
    assert_eq!(source, restored);
}

#[test]
fn page_breaks_are_repaired() {
    let story = story();
    let text = story.text();
    let block = |id: &str| text.block(id).expect(id);
    assert!(block("p04").text.contains(
        "enivrant d'espoir tous les contre-révolutionnaires et en premier lieu les junkers"
    ));
    assert!(block("p31")
        .text
        .contains("se plonger corps et âme dans la révolution"));
    assert!(block("p37")
        .text
        .contains("un des plus actifs dirigeants. Peu avant la chute de Mugan"));
    let fn8 = text.footnote(8).expect("footnote 8");
    assert!(fn8.text.starts_with("Le district de Mugan"));
    assert!(fn8
        .text
        .contains("rapidement réprimé par le gouvernement nationaliste"));
    assert!(fn8.text.ends_with("(note MIA en anglais)."));
    for id in ["p04", "p31", "p37", "fn8"] {
        assert_eq!(
            block(id).source_lines.len(),
            2,
            "{id} joins two source lines"
        );
    }
    // Reading order: the paragraph after p37 is the arrival at the staff, not a footnote.
    let p37 = text.position("p37").expect("p37");
    assert_eq!(text.paragraphs[p37 + 1].id.as_str(), "p38");
}

#[test]
fn each_footnote_hangs_from_one_marker() {
    let story = story();
    let expected = [
        (1, "p08"),
        (2, "p11"),
        (3, "p12"),
        (4, "p16"),
        (5, "p17"),
        (6, "p32"),
        (7, "p34"),
        (8, "p37"),
    ];
    for (n, paragraph) in expected {
        assert_eq!(
            story.text().marker_of(n).map(|b| b.id.as_str()),
            Some(paragraph),
            "footnote {n}"
        );
        assert!(story.text().footnote(n).is_some());
    }
    for block in &story.text().footnotes {
        assert!(matches!(block.role, BlockRole::Footnote(_)));
        assert!(!block.text.starts_with('['), "{}: label removed", block.id);
    }
}

#[test]
fn links_are_people_and_works_not_dead_links() {
    let story = story();
    let mut people = Vec::new();
    let mut works = Vec::new();
    for block in story
        .text()
        .paragraphs
        .iter()
        .chain(&story.text().footnotes)
    {
        assert!(
            !block.text.contains("](#)") && !block.text.contains("^["),
            "{}",
            block.id
        );
        for span in &block.spans {
            match &span.kind {
                SpanKind::Person(id) => {
                    let person = story.person(id.as_str()).expect("person resolves");
                    assert!(person.forms.iter().any(|f| f == block.span_text(span)));
                    people.push(id.as_str().to_owned());
                }
                SpanKind::Work(id) => {
                    assert!(story.work(id.as_str()).is_some());
                    works.push(id.as_str().to_owned());
                }
                SpanKind::FootnoteRef(n) => assert!(story.text().footnote(*n).is_some()),
                _ => {}
            }
        }
    }
    assert_eq!(people.len(), 9, "{people:?}");
    assert_eq!(
        works,
        ["kronstadt-and-petrograd", "lenin-constituent-assembly"]
    );
}

#[test]
fn every_quotation_is_verbatim_in_the_source() {
    let story = story();
    let passages = all_passages(&story);
    assert!(passages.len() > 80);
    for passage in passages {
        let block = story.block(passage.block.as_str()).expect("block resolves");
        let quote = story.quote(passage);
        assert!(!quote.is_empty());
        let source = from_source(&block.source_lines, block.role);
        assert!(source.contains(quote), "{}: «{quote}»", passage.block);
        assert_eq!(&block.text[passage.range.clone()], quote);
    }
}

#[test]
fn every_reference_resolves() {
    let story = story();
    for place in story.places() {
        if let Some(parent) = &place.parent {
            assert!(story.place(parent.as_str()).is_some(), "{}", place.id);
        }
    }
    for step in story.steps() {
        match &step.kind {
            StepKind::Stop { place } => assert!(story.place(place.as_str()).is_some()),
            StepKind::Leg(leg) => {
                assert!(story.place(leg.from.as_str()).is_some());
                assert!(story.place(leg.to.as_str()).is_some());
            }
            StepKind::Gap => {}
        }
        for person in &step.with {
            assert!(
                story.person(person.as_str()).is_some(),
                "{}: {person}",
                step.id
            );
        }
    }
    for event in story.context_events() {
        if let Some(place) = &event.place {
            assert!(story.place(place.as_str()).is_some());
        }
    }
    for passage in all_passages(&story) {
        assert!(story.block(passage.block.as_str()).is_some());
    }
}

#[test]
fn events_are_chronological_and_tile_the_time() {
    let story = story();
    for step in story.steps() {
        assert!(step.span.start < step.span.end, "{}", step.id);
    }
    for pair in story.steps().windows(2) {
        assert_eq!(
            pair[0].span.end, pair[1].span.start,
            "{} → {}",
            pair[0].id, pair[1].id
        );
    }
    for event in story.context_events() {
        assert!(event.span.start < event.span.end);
    }
    let starts: Vec<_> = story
        .context_events()
        .iter()
        .map(|e| e.span.start)
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn the_journey_follows_the_memoir() {
    let story = story();
    let ids: Vec<&str> = story.steps().iter().map(|s| s.id.as_str()).collect();
    let order = [
        "room-26-morning",
        "smolny-26-morning",
        "train-to-gatchina",
        "gatchina-baltic-station",
        "train-to-petrograd",
        "smolny-congress",
        "car-to-chasseurs",
        "chasseurs-meeting",
        "staff-27-morning",
        "izmailovsky-committee",
        "car-to-krasnoye-selo",
        "krasnoye-selo-levenson",
        "tsarskoye-selo-walden",
        "car-to-staff",
        "staff-27-lenin",
        "staff-27-telegraph",
        "to-kronstadt",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|id| {
            ids.iter()
                .position(|s| s == id)
                .unwrap_or_else(|| panic!("{id}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    // His room cannot be located; the trip to Kronstadt is ordered, not told.
    assert_eq!(story.place("his-room").map(|p| p.point), Some(None));
    let planned: Vec<&str> = story
        .steps()
        .iter()
        .filter(|s| s.planned)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(planned, ["to-kronstadt", "kronstadt-detachment"]);
    // The only exact hour in the text.
    let two_am = &story.steps()[story.step_index("chasseurs-meeting").expect("step")];
    assert_eq!(
        two_am.span.phrase.as_deref(),
        Some("Il était deux heures du matin")
    );
}

#[test]
fn places_inside_petrograd_have_it_as_parent() {
    let story = story();
    for id in [
        "smolny",
        "warsaw-station",
        "military-district-staff",
        "chasseurs-barracks",
        "kresty",
        "winter-palace",
    ] {
        assert!(story.is_within(id, "petrograd"), "{id}");
    }
    assert!(story.is_within("gatchina-baltic-station", "gatchina"));
    assert!(!story.is_within("tsarskoye-selo", "petrograd"));
    let modern = |id: &str| {
        story
            .place(id)
            .and_then(|p| p.modern_name.as_ref())
            .map(|n| n.en.as_str())
    };
    assert_eq!(modern("tsarskoye-selo"), Some("Pushkin"));
    assert_eq!(modern("oranienbaum"), Some("Lomonosov"));
    assert_eq!(modern("krasnoye-selo"), None);
    assert!(story.children("petrograd").count() >= 12);
}

#[test]
fn a_place_lists_every_passage_about_it() {
    let story = story();
    let quotes: Vec<&str> = story
        .passages_about("kresty")
        .into_iter()
        .map(|p| story.quote(p))
        .collect();
    assert_eq!(
        quotes,
        ["que j'avais lu justement peu de temps auparavant dans la prison de Kresty"]
    );
    let chasseurs = story.passages_about("chasseurs-barracks");
    assert!(chasseurs
        .iter()
        .any(|p| story.quote(p).contains("deux heures du matin")));
    assert!(chasseurs
        .iter()
        .any(|p| story.quote(p).contains("le régiment partit au front")));
    let positions: Vec<_> = chasseurs
        .iter()
        .map(|p| (story.text().position(p.block.as_str()), p.range.start))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "reading order");
    assert_eq!(
        story.steps_told_in("p25"),
        vec![story.step_index("chasseurs-meeting").expect("step")]
    );
}

/// Issue 15, defects 1 and 4: what the reader lists for a place (`Story::passages_about`,
/// the flat view of `Story::place_passages`) takes in the places within it, as the reader's
/// visits do, and lists a quotation once even when a step and a mention both hold it.
#[test]
fn a_place_lists_its_places_within_and_each_quotation_once() {
    let story = story();
    let count = |place: &str, start: &str| {
        story
            .passages_about(place)
            .into_iter()
            .filter(|p| story.quote(p).starts_with(start))
            .count()
    };
    // Gatchina's stations are Gatchina's visits.
    assert_eq!(count("gatchina", "Pas de cyclistes."), 1);
    for (place, start) in [
        ("petrograd", "Ayant pris froid"),
        (
            "petrograd",
            "Nous commençâmes par rejoindre le régiment Izmaïlovski.",
        ),
        ("izmailovsky-regiment", "Nous commençâmes par rejoindre"),
        ("gatchina", "Tout Gatchina me fit l'impression"),
    ] {
        assert_eq!(count(place, start), 1, "{place}: « {start}… »");
    }
    for place in story.places() {
        let id = place.id.as_str();
        let all = story.passages_about(id);
        // No quotation is listed twice, nor within another one listed.
        for (i, p) in all.iter().enumerate() {
            for (j, q) in all.iter().enumerate() {
                let within = p.block == q.block
                    && q.range.start <= p.range.start
                    && p.range.end <= q.range.end;
                assert!(i == j || !within, "{id}: {p:?} within {q:?}");
            }
        }
        // The grouped list is the same set.
        let grouped = story.place_passages(id);
        let mut listed: Vec<&Passage> = grouped.all().collect();
        listed.sort_by_key(|p| (story.text().position(p.block.as_str()), p.range.start));
        assert_eq!(listed, all, "{id}");
    }
}

#[test]
fn mentions_of_a_person_by_every_form() {
    let story = story();
    let lenin = story.person_mentions("lenin");
    let quotes: Vec<&str> = lenin.iter().map(|p| story.quote(p)).collect();
    assert!(quotes.contains(&"Vladimir Ilitch"));
    assert!(quotes.contains(&"Ilitch"));
    assert!(quotes.contains(&"Lénine"));
    // "Vladimir Ilitch" is one mention, not two.
    let p40: Vec<&str> = lenin
        .iter()
        .filter(|p| p.block.as_str() == "p40")
        .map(|p| story.quote(p))
        .collect();
    assert_eq!(p40, ["Lénine", "Vladimir Ilitch", "Lénine", "Ilitch"]);
    let walden = story.person_mentions("walden");
    assert!(walden.iter().any(|p| p.block.as_str() == "fn7"));
    assert!(story.person_mentions("nobody").is_empty());
}

/// The non-text spans of a block: what must be the same in the original and the
/// translation.
fn marks(block: &petrograd1917::story::Block) -> Vec<SpanKind> {
    block
        .spans
        .iter()
        .map(|s| s.kind.clone())
        .filter(|k| {
            matches!(
                k,
                SpanKind::Person(_) | SpanKind::Work(_) | SpanKind::FootnoteRef(_)
            )
        })
        .collect()
}

#[test]
fn every_block_is_translated_once_with_the_same_links_and_markers() {
    let story = story();
    let translation = story.translation().expect("the story has a translation");
    assert_eq!(translation.language, "en");
    let text = story.text();
    let pairs = |a: &[petrograd1917::story::Block], b: &[petrograd1917::story::Block]| {
        assert_eq!(
            a.iter().map(|b| b.id.as_str()).collect::<Vec<_>>(),
            b.iter().map(|b| b.id.as_str()).collect::<Vec<_>>()
        );
        for (original, translated) in a.iter().zip(b) {
            assert_eq!(original.role, translated.role, "{}", original.id);
            assert!(!translated.text.trim().is_empty(), "{}", original.id);
            assert_eq!(marks(original), marks(translated), "{}", original.id);
        }
    };
    pairs(&text.paragraphs, &translation.text.paragraphs);
    pairs(&text.footnotes, &translation.text.footnotes);
    // Links and markers are non-trivial: nine people, two works, eight notes.
    let all: Vec<SpanKind> = translation
        .text
        .paragraphs
        .iter()
        .chain(&translation.text.footnotes)
        .flat_map(marks)
        .collect();
    assert_eq!(all.len(), 9 + 2 + 8, "{all:?}");
}

#[test]
fn every_passage_has_its_translated_words_once_and_verbatim() {
    let story = story();
    let translation = story.translation().expect("translation");
    let passages = all_passages(&story);
    assert!(passages.len() > 100, "{}", passages.len());
    for p in passages {
        let block = translation
            .text
            .block(p.block.as_str())
            .expect("translated block");
        let words = story.translated_quote(p).expect("translated words");
        assert!(!words.trim().is_empty(), "{p:?}");
        let whole = p.range.len() == story.quote(p).len()
            && story.quote(p).len() == story.block(p.block.as_str()).map_or(0, |b| b.text.len());
        if whole {
            assert_eq!(
                words, block.text,
                "a whole-block passage is the whole translation"
            );
        } else {
            assert_eq!(
                block.text.matches(words).count(),
                1,
                "`{words}` occurs once in the English of {}",
                p.block
            );
        }
    }
    // The quotation the end-to-end tests read.
    let cyclists = story
        .steps()
        .iter()
        .flat_map(|s| &s.passages)
        .find(|p| story.quote(p) == "Pas de cyclistes.")
        .expect("the quotation");
    assert_eq!(story.translated_quote(cyclists), Some("No cyclists."));
}

#[test]
fn the_places_named_off_the_map_are_places_without_a_point() {
    let story = story();
    for id in ["moscow", "mugan"] {
        let place = story.place(id).expect(id);
        assert!(place.point.is_none(), "{id} is not drawn");
        assert!(!place.mentions.is_empty(), "{id}: what the text says of it");
        assert!(place.note.is_some(), "{id}: where it is, in words");
    }
}
