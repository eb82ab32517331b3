#![cfg(not(target_arch = "wasm32"))]
//! "Find in the memoir" (`logic::find`) on the real text and its translation, loaded apart
//! as the app loads them. Every expectation is computed from the texts themselves.

use std::collections::BTreeSet;
use std::ops::Range;

use petrograd1917::base::fold::fold_text;
use petrograd1917::logic::citation::paragraph_numbers;
use petrograd1917::logic::find::{normalize_query, Finder, Found, Hit};
use petrograd1917::story::{Block, Story, Text};

/// The story and its translated text, split as `build.rs` bakes them.
fn story() -> (Story, Text) {
    let (story, translated) = Story::bundled()
        .expect("the bundled story loads")
        .split_translated_text();
    (story, translated.expect("the story has a translation"))
}

fn blocks(text: &Text) -> impl Iterator<Item = &Block> {
    text.paragraphs.iter().chain(&text.footnotes)
}

/// Whether `word` (folded) begins a word of `text` (folded): the rule the search follows,
/// said the simple way.
fn has_word(text: &str, word: &str) -> bool {
    format!(" {}", fold_text(text)).contains(&format!(" {}", fold_text(word).trim()))
}

/// The ids of the blocks of `text` for which `holds` is true.
fn ids_where(text: &Text, holds: impl Fn(&Block) -> bool) -> BTreeSet<String> {
    blocks(text)
        .filter(|b| holds(b))
        .map(|b| b.id.to_string())
        .collect()
}

/// The ids of the hits with matches in the original (or in the translation).
fn hit_ids(found: &Found<'_>, translated: bool) -> BTreeSet<String> {
    found
        .hits
        .iter()
        .filter(|h| !ranges(h, translated).is_empty())
        .map(|h| h.block.id.to_string())
        .collect()
}

fn ranges<'h>(hit: &'h Hit<'_>, translated: bool) -> &'h [Range<usize>] {
    if translated {
        &hit.translated
    } else {
        &hit.original
    }
}

/// The words of each match of a hit, in the original or the translation.
fn words<'a>(hit: &Hit<'a>, translated: bool) -> Vec<&'a str> {
    let block = if translated {
        hit.translation.expect("a translated hit has its block")
    } else {
        hit.block
    };
    ranges(hit, translated)
        .iter()
        .map(|r| {
            block
                .text
                .get(r.clone())
                .expect("ranges lie on char boundaries")
        })
        .collect()
}

/// Each match's words fold to one of the query's terms, from the start: the marked words
/// are what was searched, not more, not less (except a word's end after a prefix).
fn assert_marks_are_terms(found: &Found<'_>) {
    for hit in &found.hits {
        for translated in [false, true] {
            for w in words(hit, translated) {
                let folded = fold_text(w);
                assert!(
                    found
                        .query
                        .terms
                        .iter()
                        .any(|t| folded.starts_with(t.as_str())),
                    "{}: {w:?} is none of {:?}",
                    hit.block.id,
                    found.query.terms
                );
            }
        }
    }
}

#[test]
fn gatchina_is_found_in_both_languages_with_its_steps_and_places() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let found = finder.find("Gatchina", true, true);
    assert_eq!(found.query.text, "Gatchina");
    assert_eq!(found.query.expanded, ["Gatchina"]);
    let french = ids_where(story.text(), |b| has_word(&b.text, "gatchina"));
    let english = ids_where(&translated, |b| has_word(&b.text, "gatchina"));
    assert!(!french.is_empty() && !english.is_empty());
    assert_eq!(hit_ids(&found, false), french);
    assert_eq!(hit_ids(&found, true), english);
    for hit in &found.hits {
        for translated in [false, true] {
            for w in words(hit, translated) {
                assert!(fold_text(w).contains("gatchina"), "{w:?}");
            }
        }
    }
    // The blocks quoted by a step at or through Gatchina that name it are hits, and
    // their steps are marked on the timeline.
    let mut gatchina_steps = 0;
    for (i, step) in story.steps().iter().enumerate() {
        let at_gatchina = [step.start_place(), step.end_place()]
            .into_iter()
            .flatten()
            .any(|p| story.is_within(p.as_str(), "gatchina"));
        if !at_gatchina {
            continue;
        }
        for passage in &step.passages {
            if has_word(story.quote(passage), "gatchina") {
                gatchina_steps += 1;
                let hit = found
                    .hits
                    .iter()
                    .find(|h| h.block.id == passage.block)
                    .expect("a quoted block is a hit");
                assert!(
                    hit.step.is_some_and(|s| found.steps.contains(&s)),
                    "{}: step {i}",
                    passage.block
                );
            }
        }
    }
    assert!(gatchina_steps > 0, "some Gatchina step quotes its name");
    assert!(found.places.iter().any(|p| p.as_str() == "gatchina"));
    assert_marks_are_terms(&found);
}

#[test]
fn krasnov_finds_the_gatchina_news_through_the_event_that_names_him() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    // The memoir never names Krasnov: the timeline's event "Krasnov's troops occupy
    // Gatchina" does, and the passages that tell it (the news of Gatchina) are the hits.
    let found = finder.find("  Krasnov ", true, true);
    assert_eq!(found.query.text, "Krasnov");
    assert!(!found.query.refused());
    let named: Vec<usize> = story
        .context_events()
        .iter()
        .enumerate()
        .filter(|(_, e)| has_word(&e.title.fr, "krasnov") || has_word(&e.title.en, "krasnov"))
        .map(|(i, _)| i)
        .collect();
    assert!(!named.is_empty(), "an event names Krasnov");
    assert_eq!(
        found.events.iter().map(|e| e.index).collect::<Vec<_>>(),
        named
    );
    let telling: BTreeSet<String> = named
        .iter()
        .flat_map(|&i| &story.context_events()[i].passages)
        .map(|p| p.block.to_string())
        .collect();
    let words_naming_him = ids_where(story.text(), |b| has_word(&b.text, "krasnov"));
    let listed: BTreeSet<String> = found.hits.iter().map(|h| h.block.id.to_string()).collect();
    assert_eq!(
        listed,
        telling.union(&words_naming_him).cloned().collect(),
        "the event's passages and every paragraph naming him"
    );
    for hit in found.hits.iter().filter(|h| !h.events.is_empty()) {
        assert!(!hit.told.is_empty() && !hit.told_translated.is_empty());
        for range in &hit.told {
            assert!(hit.block.text.get(range.clone()).is_some());
        }
        assert!(hit.step.is_some(), "{} tells a moment", hit.block.id);
    }
    assert!(found.places.iter().any(|p| p.as_str() == "gatchina"));
    assert!(!found.steps.is_empty());

    // A search that finds nothing keeps its query.
    let found = finder.find("xyzzy   plugh", true, true);
    assert_eq!(found.query.text, "xyzzy plugh");
    assert!(found.hits.is_empty() && found.events.is_empty());
    assert!(found.steps.is_empty() && found.places.is_empty());
    assert_eq!(Some(found.query.text), normalize_query("xyzzy plugh"));
}

#[test]
fn lenine_finds_every_lenine_whatever_the_case_and_accents() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let found = finder.find("Lenine", true, true);
    assert_eq!(found.query.expanded, ["Lenin"]);
    let with_lenine = ids_where(story.text(), |b| b.text.contains("Lénine"));
    assert!(!with_lenine.is_empty());
    let french = hit_ids(&found, false);
    assert!(
        with_lenine.is_subset(&french),
        "{with_lenine:?} ⊄ {french:?}"
    );
    for hit in &found.hits {
        let marked = words(hit, false);
        assert_eq!(
            hit.block.text.matches("Lénine").count(),
            marked
                .iter()
                .map(|w| w.matches("Lénine").count())
                .sum::<usize>(),
            "{}: every Lénine is marked",
            hit.block.id
        );
    }
    assert_marks_are_terms(&found);
    for same in ["lénine", "LENINE", "  Lénine  ", "lÉnInE"] {
        let other = finder.find(same, true, true);
        assert_eq!(other.hits, found.hits, "{same}");
        assert_eq!(other.steps, found.steps, "{same}");
        assert_eq!(other.places, found.places, "{same}");
        assert_eq!(other.query.terms, found.query.terms, "{same}");
    }
}

#[test]
fn ilyich_finds_ilitch_in_french_and_ilyich_in_english() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let found = finder.find("Ilyich", true, true);
    assert_eq!(found.query.expanded, ["Lenin"]);
    assert!(found.query.also.iter().any(|a| a == "Ilitch"));
    assert!(found.query.also.iter().any(|a| a == "Lénine"));
    assert!(
        !found.query.also.iter().any(|a| a == "Ilyich"),
        "the query's own"
    );
    let ilitch = ids_where(story.text(), |b| b.text.contains("Ilitch"));
    let ilyich = ids_where(&translated, |b| b.text.contains("Ilyich"));
    assert!(!ilitch.is_empty() && !ilyich.is_empty());
    assert!(ilitch.is_subset(&hit_ids(&found, false)));
    assert!(ilyich.is_subset(&hit_ids(&found, true)));
    for hit in &found.hits {
        let marked = words(hit, false).join("|");
        assert_eq!(
            hit.block.text.matches("Ilitch").count(),
            marked.matches("Ilitch").count(),
            "{}",
            hit.block.id
        );
    }
    assert_marks_are_terms(&found);
}

#[test]
fn pushkin_finds_tsarskoye_selo_by_its_modern_name() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let place = story.place("tsarskoye-selo").expect("Tsarskoye Selo");
    let modern = place.modern_name.as_ref().expect("it has a modern name");
    assert_eq!(modern.en, "Pushkin");
    let found = finder.find("Pushkin", true, true);
    assert_eq!(found.query.expanded, [place.name.en.as_str()]);
    assert!(found.query.also.contains(&"Tsarskoïé-Sélo".to_owned()));
    let named = ids_where(story.text(), |b| {
        place.forms.iter().any(|f| b.text.contains(f.as_str()))
    });
    assert!(ids_where(story.text(), |b| b.text.contains("Tsarskoïé-Sélo")).is_subset(&named));
    assert!(!named.is_empty());
    assert_eq!(hit_ids(&found, false), named);
    for hit in &found.hits {
        let marked = words(hit, false);
        for form in &place.forms {
            let n = hit.block.text.matches(form.as_str()).count();
            assert_eq!(
                marked.iter().filter(|w| *w == form).count(),
                n,
                "{}: {form}",
                hit.block.id
            );
        }
    }
    let english = ids_where(&translated, |b| b.text.contains("Tsarskoye Selo"));
    assert!(english.is_subset(&hit_ids(&found, true)));
    assert!(found.places.iter().any(|p| p == &place.id));
    assert_marks_are_terms(&found);
}

#[test]
fn case_does_not_matter_cosaques() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let lower = ids_where(story.text(), |b| b.text.to_lowercase().contains("cosaques"));
    assert!(!lower.is_empty());
    for query in ["Cosaques", "cosaques", "COSAQUES"] {
        let found = finder.find(query, true, false);
        assert_eq!(hit_ids(&found, false), lower, "{query}");
        for hit in &found.hits {
            assert!(words(hit, false)
                .iter()
                .all(|w| w.to_lowercase() == "cosaques"));
        }
    }
    // A prefix finds the word: "cosaque" marks the "cosaque" of "cosaques".
    let found = finder.find("cosaque", true, false);
    assert_eq!(hit_ids(&found, false), lower);
}

#[test]
fn a_phrase_matches_across_other_spacing_and_punctuation() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let said = "Félicitations ! La révolution";
    let expected = ids_where(story.text(), |b| b.text.contains(said));
    assert!(!expected.is_empty());
    for query in [
        "felicitations la revolution",
        "Félicitations,   la révolution",
        "«félicitations» — LA RÉVOLUTION",
    ] {
        let found = finder.find(query, true, true);
        assert_eq!(hit_ids(&found, false), expected, "{query}");
        for hit in &found.hits {
            assert_eq!(words(hit, false), [said], "{query}");
        }
    }
    // "Palais d'Hiver" typed with a typographic apostrophe and extra spaces.
    let expected = ids_where(story.text(), |b| b.text.contains("Palais d'Hiver"));
    let found = finder.find("palais   d’hiver", true, true);
    assert!(expected.is_subset(&hit_ids(&found, false)));
    assert_eq!(found.query.text, "palais d’hiver");
    assert!(found.places.iter().any(|p| p.as_str() == "winter-palace"));
}

#[test]
fn one_letter_is_refused() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    for raw in ["a", " É ", "l’", "« a »", "", "   ", "!!"] {
        assert_eq!(normalize_query(raw), None, "{raw:?}");
        let found = finder.find(raw, true, true);
        assert!(found.query.refused(), "{raw:?}");
        assert!(found.hits.is_empty() && found.steps.is_empty() && found.places.is_empty());
    }
    assert_eq!(normalize_query("  de\tla  "), Some("de la".to_owned()));
    let long = "révolution ".repeat(10);
    let capped = normalize_query(&long).expect("a long query is cut, not refused");
    assert!(capped.chars().count() <= 64);
    assert!(long.starts_with(&capped) && !capped.ends_with(' '));
}

#[test]
fn each_language_can_be_searched_alone() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let both = finder.find("Smolny", true, true);
    let original = finder.find("Smolny", true, false);
    let translation = finder.find("Smolny", false, true);
    assert!(!both.hits.is_empty());
    assert!(original.hits.iter().all(|h| h.translated.is_empty()));
    assert!(translation.hits.iter().all(|h| h.original.is_empty()));
    assert_eq!(hit_ids(&original, false), hit_ids(&both, false));
    assert_eq!(hit_ids(&translation, true), hit_ids(&both, true));
    let all: BTreeSet<String> = both.hits.iter().map(|h| h.block.id.to_string()).collect();
    let union: BTreeSet<String> = hit_ids(&both, false)
        .union(&hit_ids(&both, true))
        .cloned()
        .collect();
    assert_eq!(all, union);
    assert!(finder.find("Smolny", false, false).hits.is_empty());
    // A block found only in the translation is a hit with no French matches.
    let english_only = finder.find("Cossack", true, true);
    let expected = ids_where(&translated, |b| has_word(&b.text, "cossack"));
    assert!(!expected.is_empty());
    assert_eq!(hit_ids(&english_only, true), expected);
    for hit in &english_only.hits {
        assert!(hit.original.is_empty(), "{}", hit.block.id);
        assert!(!hit.translated.is_empty());
    }
    // Before the translation arrives, only the original is searched.
    let alone = Finder::new(&story, None);
    assert!(alone.find("Cossack", true, true).hits.is_empty());
    let smolny = alone.find("Smolny", true, true);
    assert_eq!(hit_ids(&smolny, false), hit_ids(&both, false));
    assert!(smolny.hits.iter().all(|h| h.translation.is_none()));
}

#[test]
fn hits_come_in_reading_order_with_their_numbers_and_steps() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let text = story.text();
    let numbers = paragraph_numbers(text);
    for query in ["de la", "Smolny", "Lénine", "nous", "octobre"] {
        let found = finder.find(query, true, true);
        assert!(!found.hits.is_empty(), "{query}");
        let positions: Vec<usize> = found
            .hits
            .iter()
            .map(|h| {
                text.position(h.block.id.as_str())
                    .expect("a block of the text")
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{query}: {positions:?}"
        );
        for hit in &found.hits {
            let at = text.paragraphs.iter().position(|b| b.id == hit.block.id);
            let number = at.and_then(|i| numbers.get(i).copied().flatten());
            assert_eq!(hit.number, number, "{}", hit.block.id);
            if let Some(t) = hit.translation {
                assert_eq!(t.id, hit.block.id);
            }
            for translated in [false, true] {
                let r = ranges(hit, translated);
                assert!(
                    r.windows(2).all(|w| w[0].end < w[1].start),
                    "merged, in order"
                );
            }
        }
        // The timeline's marks: sorted, distinct, each a hit's step, every hit's step.
        assert!(found.steps.windows(2).all(|w| w[0] < w[1]), "{query}");
        let of_hits: BTreeSet<usize> = found.hits.iter().filter_map(|h| h.step).collect();
        assert_eq!(found.steps, of_hits.into_iter().collect::<Vec<_>>());
        assert!(found.steps.iter().all(|&i| i < story.steps().len()));
        // A hit inside a step's passage belongs to the first such step; the map marks the
        // places of the hits' steps.
        for hit in &found.hits {
            let (first, translated) = match (hit.original.first(), hit.translated.first()) {
                (Some(f), _) => (f.start, false),
                (None, Some(f)) => (f.start, true),
                // A block listed only because it tells an event whose title holds the query.
                (None, None) => {
                    assert!(
                        !hit.events.is_empty(),
                        "a hit has matches or tells an event"
                    );
                    continue;
                }
            };
            let holding = story.steps().iter().position(|s| {
                story
                    .ranges_in(s, hit.block.id.as_str(), translated)
                    .iter()
                    .any(|r| r.start <= first && first < r.end)
            });
            if holding.is_some() {
                assert_eq!(hit.step, holding, "{query}: {}", hit.block.id);
            }
            let told = story.steps_told_in(hit.block.id.as_str());
            if holding.is_none() && !told.is_empty() {
                assert_eq!(hit.step, told.first().copied(), "{}", hit.block.id);
            }
            if let Some(step) = hit.step.map(|i| &story.steps()[i]) {
                for place in [step.start_place(), step.end_place()].into_iter().flatten() {
                    assert!(found.places.contains(place), "{query}: {place}");
                }
            }
        }
        // In the story's order, without repeats.
        let in_order: Vec<_> = story
            .places()
            .iter()
            .map(|p| p.id.clone())
            .filter(|id| found.places.contains(id))
            .collect();
        assert_eq!(in_order, found.places, "{query}");
    }
}

#[test]
fn a_footnote_belongs_to_the_moment_of_its_marker() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    let text = story.text();
    let mut checked = 0;
    for note in &text.footnotes {
        // Its first word, found at least in the note itself.
        let word = note
            .text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.chars().count() >= 4)
            .expect("a note has words");
        let found = finder.find(word, true, false);
        let hit = found
            .hits
            .iter()
            .find(|h| h.block.id == note.id)
            .expect("the note holds its own word");
        assert_eq!(hit.number, None);
        if !story.steps_told_in(note.id.as_str()).is_empty() {
            continue;
        }
        let petrograd1917::story::BlockRole::Footnote(n) = note.role else {
            panic!("a footnote's role");
        };
        let holder = text.marker_of(n).expect("every note has a marker");
        if matches!(holder.role, petrograd1917::story::BlockRole::Footnote(_)) {
            continue;
        }
        let told = story.steps_told_in(holder.id.as_str());
        if told.is_empty() {
            assert_eq!(hit.step, None, "{}", note.id);
        } else {
            let step = hit.step.expect("the marker's paragraph tells a step");
            assert!(told.contains(&step), "{}: {step} not in {told:?}", note.id);
            checked += 1;
        }
    }
    assert!(checked > 0, "some note is placed by its marker");
}

#[test]
fn a_match_must_begin_a_word() {
    let (story, translated) = story();
    let finder = Finder::new(&story, Some(&translated));
    // "nov" is inside Antonov, Zinoviev, Tchoudnovski; it begins only "novembre".
    let inside = ids_where(story.text(), |b| fold_text(&b.text).contains("nov"));
    let begins = ids_where(story.text(), |b| has_word(&b.text, "nov"));
    assert!(
        !inside.is_subset(&begins),
        "some block has nov only inside a word"
    );
    let found = finder.find("nov", true, true);
    assert_eq!(hit_ids(&found, false), begins);
    assert_eq!(
        hit_ids(&found, true),
        ids_where(&translated, |b| has_word(&b.text, "nov"))
    );
    for hit in &found.hits {
        for translated in [false, true] {
            let block = if translated {
                hit.translation.expect("translated block")
            } else {
                hit.block
            };
            for r in ranges(hit, translated) {
                let before = block.text[..r.start].chars().next_back();
                assert!(
                    before.is_none_or(|c| !c.is_alphanumeric()),
                    "{}: {:?} is inside a word",
                    hit.block.id,
                    &block.text[r.clone()]
                );
            }
        }
    }
    // Raskolnikov contains "kolnikov" but no word begins with it.
    assert!(finder.find("kolnikov", true, true).hits.is_empty());
}
