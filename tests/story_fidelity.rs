#![cfg(not(target_arch = "wasm32"))]
//! Issue 24: the story stays faithful to the memoir, to the letter. One English name per
//! place across the story files; every place the text names is a place (the Gatchina
//! aviation school among them); the overlays' passages are verbatim in both languages
//! (`story_load.rs` checks the steps', places' and events' passages, not the overlays');
//! and each overlay quotes the sentence it draws.
//!
//! Each rule is a function that lists what breaks it, run on the bundled story and then on
//! a deliberately wrong copy, so that each test is seen to be able to fail.

use petrograd1917::story::markup::plain_text;
use petrograd1917::story::{load, BlockRole, Passage, Place, Story, StoryFiles};
use serde_json::Value;

const B: StoryFiles<'static> = StoryFiles::BUNDLED;

/// The memoir as committed, to compare the overlays' quotations with.
const SOURCE: &str = include_str!("../assets/source/raskolnikov-la-revolution-d-octobre.txt");

fn loaded(files: StoryFiles<'_>) -> Story {
    match load(&files) {
        Ok(story) => story,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{} problems:\n{}", list.len(), list.join("\n"));
        }
    }
}

fn story() -> Story {
    loaded(B)
}

/// `text` with `old` replaced by `new`, `old` being there.
fn replaced(text: &str, old: &str, new: &str) -> String {
    assert!(text.contains(old), "`{old}` is in the file");
    text.replace(old, new)
}

fn assert_none(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every passage of the story, with the record that holds it.
fn all_passages(story: &Story) -> Vec<(String, &Passage)> {
    let steps = story.steps().iter().flat_map(|s| {
        s.passages
            .iter()
            .map(move |p| (format!("step {}", s.id), p))
    });
    let places = story.places().iter().flat_map(|pl| {
        pl.mentions
            .iter()
            .map(move |p| (format!("place {}", pl.id), p))
    });
    let events = story.context_events().iter().flat_map(|e| {
        e.passages
            .iter()
            .map(move |p| (format!("event {}", e.id), p))
    });
    let overlays = story.overlays().iter().flat_map(|o| {
        o.passages
            .iter()
            .map(move |p| (format!("overlay {}", o.id), p))
    });
    steps.chain(places).chain(events).chain(overlays).collect()
}

/// Words as the checks compare them: letters, digits and hyphens (`Tsarskoïé-Sélo` is one).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// Every English string of the story, with where it is: names, titles, notes, labels,
/// sources, the people's lines, the translation's credit and its whole text.
fn english_strings(story: &Story) -> Vec<(String, &str)> {
    let mut all: Vec<(String, &str)> = Vec::new();
    for place in story.places() {
        all.push((format!("place {} name", place.id), &place.name.en));
        if let Some(modern) = &place.modern_name {
            all.push((format!("place {} modern name", place.id), &modern.en));
        }
        if let Some(note) = &place.note {
            all.push((format!("place {} note", place.id), &note.en));
        }
    }
    for step in story.steps() {
        all.push((format!("step {} title", step.id), &step.title.en));
        if let Some(note) = &step.note {
            all.push((format!("step {} note", step.id), &note.en));
        }
    }
    for event in story.context_events() {
        all.push((format!("event {} title", event.id), &event.title.en));
        if let Some(note) = &event.note {
            all.push((format!("event {} note", event.id), &note.en));
        }
    }
    for overlay in story.overlays() {
        all.push((format!("overlay {} label", overlay.id), &overlay.label.en));
        all.push((format!("overlay {} source", overlay.id), &overlay.source));
        if let Some(note) = &overlay.note {
            all.push((format!("overlay {} note", overlay.id), &note.en));
        }
    }
    for person in story.people() {
        all.push((format!("person {} name", person.id), &person.name.en));
        all.push((format!("person {} about", person.id), &person.about.en));
    }
    for work in story.works() {
        all.push((format!("work {} about", work.id), &work.about.en));
    }
    if let Some(translation) = story.translation() {
        all.push(("translation credit".to_owned(), &translation.credit.en));
        let text = &translation.text;
        for block in text.paragraphs.iter().chain(&text.footnotes) {
            all.push((format!("text.en.json {}", block.id), &block.text));
        }
    }
    all
}

/// Words of a place's English name that the text's French forms may not carry, so that a
/// translated mention need not repeat them: "Smolny" for the Smolny Institute, "Pulkovo"
/// for the Pulkovo Heights, "my room" for his room.
const NOT_CARRIED: [&str; 8] = [
    "the",
    "of",
    "his",
    "institute",
    "life",
    "guards",
    "heights",
    "barracks",
];

/// The words of `place`'s English name that every translation of a mention must give: its
/// name without the bracketed alternative, less the words above and its parent's name
/// (the staff's "Petrograd", the stations' "Gatchina"), in lower case.
fn key_words(story: &Story, place: &Place) -> Vec<String> {
    let name = place.name.en.split('(').next().unwrap_or_default();
    let parent: Vec<String> = place
        .parent
        .as_ref()
        .and_then(|id| story.place(id.as_str()))
        .map(|p| words(&p.name.en).map(str::to_lowercase).collect())
        .unwrap_or_default();
    words(name)
        .map(str::to_lowercase)
        .filter(|w| !NOT_CARRIED.contains(&w.as_str()) && !parent.contains(w))
        .collect()
}

/// One English name per place across the story files:
/// 1. no English string names a place by a word of its French name or forms that its
///    English name does not have ("Chasseurs barracks" where the place is the Jäger
///    Regiment's barracks);
/// 2. wherever a passage's French words name a place by one of its forms, the translation
///    names it by its English name ("the Narva outpost", not "the Narva district").
fn english_name_problems(story: &Story) -> Vec<String> {
    let mut problems = Vec::new();
    let english = english_strings(story);
    for place in story.places() {
        let english_names: Vec<String> = std::iter::once(&place.name)
            .chain(&place.modern_name)
            .flat_map(|n| words(&n.en).map(str::to_lowercase).collect::<Vec<_>>())
            .collect();
        let mut french: Vec<&str> = place
            .forms
            .iter()
            .chain(std::iter::once(&place.name.fr))
            .flat_map(|f| words(f))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 2)
            .filter(|w| !english_names.contains(&w.to_lowercase()))
            .collect();
        french.sort_unstable();
        french.dedup();
        for (where_, text) in &english {
            for word in words(text) {
                if french.contains(&word) {
                    problems.push(format!(
                        "{where_}: «{word}» names `{}` in French; its English name is «{}»",
                        place.id, place.name.en
                    ));
                }
            }
        }
        let key = key_words(story, place);
        for (record, passage) in all_passages(story) {
            let quote = story.quote(passage);
            let Some(translated) = story.translated_quote(passage) else {
                continue;
            };
            if !place.forms.iter().any(|f| quote.contains(f.as_str())) {
                continue;
            }
            let lower = translated.to_lowercase();
            for word in &key {
                if !lower.contains(word.as_str()) {
                    problems.push(format!(
                        "{record}, {}: «{translated}» names `{}` without «{word}» of its English name «{}»",
                        passage.block, place.id, place.name.en
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn each_place_has_one_english_name_across_the_story_files() {
    assert_none(english_name_problems(&story()));
}

#[test]
fn a_second_english_name_for_a_place_is_caught() {
    // The journey's title back to the French name of the barracks.
    let journey = replaced(
        B.journey,
        "\"en\": \"Jäger Regiment barracks: the night meeting\"",
        "\"en\": \"Chasseurs barracks: the night meeting\"",
    );
    let found = english_name_problems(&loaded(StoryFiles {
        journey: &journey,
        ..B
    }));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("step chasseurs-meeting title") && p.contains("Chasseurs")),
        "{found:?}"
    );
    // The translation calling the Narva outpost a district, in the text and its passages.
    let [translation, journey, places] = [B.translation.expect("translated"), B.journey, B.places]
        .map(|f| replaced(f, "through the Narva outpost", "through the Narva district"));
    let found = english_name_problems(&loaded(StoryFiles {
        translation: Some(&translation),
        journey: &journey,
        places: &places,
        ..B
    }));
    assert!(
        found
            .iter()
            .any(|p| p.contains("`narva-outpost` without «outpost»")),
        "{found:?}"
    );
}

/// The places the text names: each place's id, a block that names it and the words there.
/// The format asks for every place the text names, visited or not; the places the text
/// does not name (the Baltic station, the Gatchina Warsaw station, the Gatchina palace)
/// are there for the journey and the context.
const NAMED: [(&str, &str, &str); 25] = [
    ("petrograd", "p01", "tout Pétrograd"),
    ("his-room", "p01", "ma chambre"),
    ("smolny", "p01", "la direction de Smolny"),
    ("winter-palace", "p01", "Le Palais d'Hiver"),
    ("cirque-moderne", "p01", "Cirque Moderne"),
    ("kresty", "p11", "la prison de Kresty"),
    ("kshesinskaya-mansion", "fn1", "palais de Kchessinskaya"),
    ("moscow", "fn1", "Moscou"),
    ("warsaw-station", "p13", "la gare de Varsovie"),
    ("gatchina", "p14", "Gatchina"),
    (
        "gatchina-baltic-station",
        "p14",
        "la gare de Gatchina du Chemin de fer de la Baltique",
    ),
    (
        "gatchina-aviation-school",
        "p15",
        "l'école d'aviation de Gatchina",
    ),
    (
        "chasseurs-barracks",
        "p24",
        "la caserne du régiment de Chasseurs",
    ),
    ("tsarskoye-selo", "p24", "Tsarkoïé-Sélo"),
    (
        "military-district-staff",
        "p27",
        "l'état-major de la région militaire",
    ),
    ("izmailovsky-regiment", "p30", "régiment Izmaïlovski"),
    ("narva-outpost", "p30", "faubourg de Narvski"),
    ("putilov-works", "p30", "usine Poutilov"),
    ("krasnoye-selo", "p32", "Krassnoïé-Sélo"),
    ("mugan", "p37", "Mugan"),
    ("neva-mouth", "p43", "embouchure de la Néva"),
    ("kronstadt", "p46", "Cronstadt"),
    ("oranienbaum", "p46", "Oranienbaum"),
    ("peterhof", "p46", "Péterhof"),
    ("pulkovo", "fn7", "Poulkovo"),
];

/// What the format asks of the places the text names: each is a place; the reader lists,
/// among its passages, the words that name it; a point gives its precision (every point
/// here is approximate at some scale), and a place without a point says why in its note. The aviation
/// school's point is approximate: it gives its precision, and its note says so and where
/// the point comes from. Every place with forms (the text's words for it) is in `NAMED`.
fn named_place_problems(story: &Story) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, block, words) in NAMED {
        let Some(place) = story.place(id) else {
            problems.push(format!(
                "`{id}` ({block}: «{words}») is not among the places"
            ));
            continue;
        };
        let listed = story
            .passages_about(id)
            .into_iter()
            .any(|p| p.block.as_str() == block && story.quote(p).contains(words));
        if !listed {
            problems.push(format!(
                "`{id}`: no passage of it quotes «{words}» in {block}"
            ));
        }
        match (place.point, place.precision_m) {
            (Some(_), None) => problems.push(format!("`{id}`: a point without its precision")),
            (None, _) if place.note.is_none() => {
                problems.push(format!("`{id}`: no point, and no note to say why"))
            }
            _ => {}
        }
    }
    for place in story.places() {
        if !place.forms.is_empty() && !NAMED.iter().any(|(id, _, _)| *id == place.id.as_str()) {
            problems.push(format!(
                "`{}` is named by the text but not in NAMED",
                place.id
            ));
        }
    }
    if let Some(school) = story.place("gatchina-aviation-school") {
        if school.point.is_none() || school.precision_m.is_none() {
            problems.push("the aviation school: a point and its precision".to_owned());
        }
        let note = school.note.as_ref();
        let says =
            |fr: &str, en: &str| note.is_some_and(|n| n.fr.contains(fr) && n.en.contains(en));
        if !says("approximative", "Approximate") || !says("Wikipédia", "Wikipedia") {
            problems.push(
                "the aviation school: its note says the point is approximate and whence it comes"
                    .to_owned(),
            );
        }
    }
    problems
}

#[test]
fn every_place_the_text_names_is_a_place_the_aviation_school_among_them() {
    assert_none(named_place_problems(&story()));
}

#[test]
fn a_named_place_missing_or_without_its_precision_is_caught() {
    let without = |change: &dyn Fn(&mut Vec<Value>)| {
        let mut places: Value = serde_json::from_str(B.places).expect("JSON");
        change(places["features"].as_array_mut().expect("features"));
        let places = serde_json::to_string(&places).expect("serialises");
        named_place_problems(&loaded(StoryFiles {
            places: &places,
            ..B
        }))
    };
    let found = without(&|features| features.retain(|f| f["id"] != "gatchina-aviation-school"));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("`gatchina-aviation-school` (p15")),
        "{found:?}"
    );
    let found = without(&|features| {
        for f in features
            .iter_mut()
            .filter(|f| f["id"] == "gatchina-aviation-school")
        {
            f["properties"]
                .as_object_mut()
                .expect("properties")
                .remove("precision_m");
        }
    });
    assert!(
        found
            .iter()
            .any(|p| p.contains("a point without its precision")),
        "{found:?}"
    );
}

/// A block's words as the source file has them (its lines joined, a footnote's label
/// dropped, markup read), as `story_load.rs` reads them.
fn from_source(source: &str, lines: &[u32], role: BlockRole) -> String {
    let joined: Vec<&str> = lines
        .iter()
        .map(|&n| source.lines().nth(n as usize - 1).unwrap_or_default())
        .collect();
    let mut joined = joined.join(" ");
    if let BlockRole::Footnote(n) = role {
        let label = format!("[{n}] ");
        if joined.starts_with(&label) {
            joined.drain(..label.len());
        }
    }
    plain_text(&joined)
}

/// The overlays' passages, verbatim in both languages: the French words are in the
/// memoir's source, in the block's lines, exactly once in the block; the English words
/// exactly once in that block of the translation file `english` (`text.en.json`).
fn overlay_passage_problems(story: &Story, source: &str, english: &str) -> Vec<String> {
    let english: Value = serde_json::from_str(english).expect("text.en.json is JSON");
    let english_block = |id: &str| -> Option<String> {
        ["paragraphs", "footnotes"]
            .iter()
            .flat_map(|list| english[list].as_array().into_iter().flatten())
            .find(|b| b["id"] == id)
            .and_then(|b| b["text"].as_str())
            .map(plain_text)
    };
    let mut problems = Vec::new();
    let mut count = 0;
    for overlay in story.overlays() {
        for passage in &overlay.passages {
            count += 1;
            let id = passage.block.as_str();
            let where_ = format!("overlay {}, {id}", overlay.id);
            let Some(block) = story.block(id) else {
                problems.push(format!("{where_}: no such block"));
                continue;
            };
            let quote = story.quote(passage);
            let from_source = from_source(source, &block.source_lines, block.role);
            if quote.is_empty() || from_source.matches(quote).count() != 1 {
                problems.push(format!("{where_}: «{quote}» is not once in the memoir"));
            }
            let whole = quote.len() == block.text.len();
            match (story.translated_quote(passage), english_block(id)) {
                (Some(words), Some(text)) if whole && words == text => {}
                (Some(words), Some(text)) if !whole && text.matches(words).count() == 1 => {}
                (words, _) => problems.push(format!(
                    "{where_}: {words:?} is not once in the English of {id}"
                )),
            }
        }
    }
    if count == 0 {
        problems.push("the overlays quote nothing".to_owned());
    }
    problems
}

#[test]
fn every_overlay_passage_is_verbatim_in_both_languages() {
    let story = story();
    let english = B.translation.expect("translated");
    assert_none(overlay_passage_problems(&story, SOURCE, english));
}

#[test]
fn an_overlay_passage_unlike_the_memoir_or_the_translation_is_caught() {
    let story = story();
    let english = B.translation.expect("translated");
    // The memoir with another word than the one the range quotes.
    let source = replaced(
        SOURCE,
        "approximativement sur la carte",
        "exactement sur la carte",
    );
    let found = overlay_passage_problems(&story, &source, english);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("overlay range-12-inch, p46")),
        "{found:?}"
    );
    // The translation with other words than the passage gives.
    let english = replaced(
        english,
        "Not content with my answer",
        "Not satisfied with my answer",
    );
    let found = overlay_passage_problems(&story, SOURCE, &english);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("overlay range-120-mm, p46")),
        "{found:?}"
    );
}

/// The sentence each overlay draws, where the data says what it draws: the block and words
/// the overlay's passages must include.
const DRAWS: [(&str, &str, &str); 8] = [
    (
        "lenin-anchorage",
        "p46",
        "jeter l'ancre entre Cronstadt et l'embouchure du chenal",
    ),
    ("sea-channel", "p44", "peu de profondeur du chenal"),
    ("range-12-inch", "p42", "pièces de 12 pouces"),
    (
        "range-12-inch",
        "p46",
        "montrer approximativement sur la carte les limites des portées de tirs",
    ),
    ("range-120-mm", "p42", "l'artillerie légère"),
    (
        "range-120-mm",
        "p46",
        "montrer approximativement sur la carte les limites des portées de tirs",
    ),
    ("chasseurs-march", "p24", "sur le front de Tsarkoïé-Sélo"),
    ("chasseurs-march", "p26", "le régiment partit au front"),
];

/// Each overlay quotes the sentence it draws: those `DRAWS` names; and an overlay that
/// draws a context event (its `event`) quotes at least one of the event's sentences (a
/// passage overlapping one of the event's).
fn overlay_sentence_problems(story: &Story) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, block, words) in DRAWS {
        let Some(overlay) = story.overlays().iter().find(|o| o.id.as_str() == id) else {
            problems.push(format!("no overlay `{id}`"));
            continue;
        };
        let quoted = overlay
            .passages
            .iter()
            .any(|p| p.block.as_str() == block && story.quote(p).contains(words));
        if !quoted {
            problems.push(format!("overlay `{id}` does not quote «{words}» ({block})"));
        }
    }
    for overlay in story.overlays() {
        let Some(event) = &overlay.event else {
            continue;
        };
        let event = story
            .context_events()
            .iter()
            .find(|e| &e.id == event)
            .expect("the loader resolves it");
        let shares = overlay.passages.iter().any(|p| {
            event.passages.iter().any(|e| {
                e.block == p.block && e.range.start < p.range.end && p.range.start < e.range.end
            })
        });
        if !shares {
            problems.push(format!(
                "overlay `{}` draws event `{}` but quotes none of its sentences",
                overlay.id, event.id
            ));
        }
    }
    problems
}

#[test]
fn each_overlay_quotes_the_sentence_it_draws() {
    assert_none(overlay_sentence_problems(&story()));
}

#[test]
fn an_overlay_without_the_sentence_it_draws_is_caught() {
    let mut overlays: Value = serde_json::from_str(B.overlays.expect("overlays")).expect("JSON");
    for f in overlays["features"].as_array_mut().expect("features") {
        let id = f["id"].as_str().unwrap_or_default().to_owned();
        let passages = f["properties"]["passages"].as_array_mut();
        if id == "range-12-inch" {
            // The range as it was: p42 only, not Lenin's question in p46.
            passages
                .expect("passages")
                .retain(|p| p["paragraph"] != "p46");
        } else if id == "krasnov-advance" {
            passages.expect("passages").clear();
        }
    }
    let overlays = serde_json::to_string(&overlays).expect("serialises");
    let found = overlay_sentence_problems(&loaded(StoryFiles {
        overlays: Some(&overlays),
        ..B
    }));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("overlay `range-12-inch` does not quote «montrer")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("overlay `krasnov-advance` draws event `gatchina-occupied`")),
        "{found:?}"
    );
}
