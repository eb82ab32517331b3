//! The story: places, journey, text, people and context events, parsed from `assets/` and
//! validated, so that every later layer can trust what it reads.
//!
//! [`Story::bundled`] reads the files in `assets/`: `build.rs` runs it on every build and
//! bakes the result into the app (`crate::baked`), so bad data stops the build. [`load`]
//! reads any other set of files the same way, which is how the tests feed it broken data;
//! [`StoryDir`] reads a story folder from disk (`STORY_DIR`, the `story` tool), and
//! [`export`] writes the story as GeoJSON. Nothing here touches the browser. The file format is documented in `docs/story-format.md`.

pub mod about;
pub mod dir;
pub mod export;
pub mod ids;
pub mod markup;
pub mod model;
pub mod overlay;
mod parse;
pub mod problem;
pub mod route;
pub mod text;

pub use crate::base::time::{Certainty, DateTime, Instant, TimeSpan};
pub use about::{Mention, Occasion, PlacePassages};
pub use dir::{load_dir, StoryDir};
pub use ids::{BlockId, EventId, OverlayId, PersonId, PlaceId, StepId, WorkId};
pub use model::{
    ContextEvent, Leg, Localized, Mode, Passage, Person, Place, PlaceKind, RouteCertainty, Step,
    StepKind, Work,
};
pub use overlay::{Overlay, OverlayShape, RangeRing, Shown, Side};
pub use problem::Problem;
pub use text::{lies_in, Block, BlockRole, Piece, Span, SpanKind, Text, Translation};

/// The texts of the five data files, so that a story can be loaded from anywhere: the
/// bundled assets, or test variants.
#[derive(Clone, Copy, Debug)]
pub struct StoryFiles<'a> {
    /// `places.geojson`
    pub places: &'a str,
    /// `journey.json`
    pub journey: &'a str,
    /// `text.json`
    pub text: &'a str,
    /// `people.json`
    pub people: &'a str,
    /// `context.json`
    pub context: &'a str,
    /// `text.en.json`, a translation of the text, if the story has one.
    pub translation: Option<&'a str>,
    /// `overlays.geojson`, what the map draws besides the journey, if the story has any.
    pub overlays: Option<&'a str>,
}

impl StoryFiles<'static> {
    /// The files compiled into the app: no fetch at startup, and the app works offline.
    pub const BUNDLED: StoryFiles<'static> = StoryFiles {
        places: include_str!("../../assets/story/places.geojson"),
        journey: include_str!("../../assets/story/journey.json"),
        text: include_str!("../../assets/story/text.json"),
        people: include_str!("../../assets/story/people.json"),
        context: include_str!("../../assets/story/context.json"),
        translation: Some(include_str!("../../assets/story/text.en.json")),
        overlays: Some(include_str!("../../assets/story/overlays.geojson")),
    };
}

/// Parses and validates a set of files: the story, or every problem found in them.
pub fn load(files: &StoryFiles<'_>) -> Result<Story, Vec<Problem>> {
    parse::load(files)
}

/// The whole validated story. Built only by [`load`], so every id in it resolves, every
/// passage is a verbatim range of the text, and the steps tile the time without holes.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Story {
    places: Vec<Place>,
    people: Vec<Person>,
    works: Vec<Work>,
    text: Text,
    translation: Option<Translation>,
    steps: Vec<Step>,
    context: Vec<ContextEvent>,
    overlays: Vec<Overlay>,
}

impl Story {
    /// The story of `assets/story/`, parsed and validated: what `build.rs` bakes into the
    /// app, and what the tests read.
    pub fn bundled() -> Result<Story, Vec<Problem>> {
        load(&StoryFiles::BUNDLED)
    }

    /// Every place, in file order.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// A place by id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id.as_str() == id)
    }

    /// The places whose parent is `id` (the buildings of Petrograd), which the map gathers
    /// into their parent at the regional zoom.
    pub fn children(&self, id: &str) -> impl Iterator<Item = &Place> + '_ {
        let id = id.to_owned();
        self.places.iter().filter(move |p| {
            p.parent
                .as_ref()
                .is_some_and(|parent| parent.as_str() == id)
        })
    }

    /// Whether `place` is `ancestor` or lies within it (Smolny within Petrograd).
    pub fn is_within(&self, place: &str, ancestor: &str) -> bool {
        let mut at = Some(place);
        for _ in 0..=self.places.len() {
            match at {
                Some(id) if id == ancestor => return true,
                Some(id) => {
                    at = self
                        .place(id)
                        .and_then(|p| p.parent.as_ref())
                        .map(PlaceId::as_str)
                }
                None => return false,
            }
        }
        false
    }

    /// Every person.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// A person by id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id.as_str() == id)
    }

    /// Works the text links to.
    pub fn works(&self) -> &[Work] {
        &self.works
    }

    /// A work by id.
    pub fn work(&self, id: &str) -> Option<&Work> {
        self.works.iter().find(|w| w.id.as_str() == id)
    }

    /// The restored text.
    pub fn text(&self) -> &Text {
        &self.text
    }

    /// A paragraph or footnote by id.
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.text.block(id)
    }

    /// The journey, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// A step by id (for URLs).
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id.as_str() == id)
    }

    /// Context events, by start.
    pub fn context_events(&self) -> &[ContextEvent] {
        &self.context
    }

    /// What the map draws besides the journey, in file order (drawn in that order).
    pub fn overlays(&self) -> &[Overlay] {
        &self.overlays
    }

    /// The story without its translated text, and that text: `build.rs` bakes them apart,
    /// so that the first view does not wait for a translation it may not show. The
    /// translation's language and credit stay in the story.
    pub fn split_translated_text(mut self) -> (Story, Option<Text>) {
        let text = self
            .translation
            .as_mut()
            .map(|translation| std::mem::take(&mut translation.text));
        (self, text)
    }

    /// The translation of the text, if the story has one. In the app, its `text` is empty:
    /// the translated text comes after the first view (see `crate::baked`).
    pub fn translation(&self) -> Option<&Translation> {
        self.translation.as_ref()
    }

    /// The words that translate a passage, if the story has a translation.
    pub fn translated_quote(&self, passage: &Passage) -> Option<&str> {
        let block = self.translation()?.text.block(passage.block.as_str())?;
        block.text.get(passage.translated.clone()?)
    }

    /// The words of a passage.
    pub fn quote(&self, passage: &Passage) -> &str {
        self.block(passage.block.as_str())
            .and_then(|b| b.text.get(passage.range.clone()))
            .unwrap_or("")
    }

    /// Every passage about a place: the steps at, from or to it or a place within it, the
    /// context events there and the mentions of it, in reading order, each quotation once.
    /// The same passages as the reader lists when a place is clicked, which it takes from
    /// [`Story::place_passages`] grouped by visit.
    pub fn passages_about(&self, place: &str) -> Vec<&Passage> {
        let mut all: Vec<&Passage> = self.place_passages(place).all().collect();
        all.sort_by_key(|p| {
            (
                self.text.position(p.block.as_str()),
                p.range.start,
                p.range.end,
            )
        });
        all
    }

    /// Where the text names a person, by any of their forms, linked or not: the reader
    /// marks them, and a click on a person lists them. Overlapping forms ("Vladimir Ilitch"
    /// and "Ilitch") count once, as the longer.
    pub fn person_mentions(&self, id: &str) -> Vec<Passage> {
        let Some(person) = self.person(id) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for block in self.text.paragraphs.iter().chain(&self.text.footnotes) {
            let mut ranges: Vec<std::ops::Range<usize>> = person
                .forms
                .iter()
                .flat_map(|form| {
                    block
                        .text
                        .match_indices(form.as_str())
                        .map(|(at, _)| at..at + form.len())
                })
                .collect();
            ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            let mut end = 0;
            for range in ranges {
                if range.start >= end {
                    end = range.end;
                    found.push(Passage {
                        block: block.id.clone(),
                        range,
                        translated: None,
                    });
                }
            }
        }
        found
    }

    /// The steps whose passages lie in a block: where the map goes when the reader
    /// scrolls to a paragraph.
    pub fn steps_told_in(&self, block: &str) -> Vec<usize> {
        (0..self.steps.len())
            .filter(|&i| {
                self.steps[i]
                    .passages
                    .iter()
                    .any(|p| p.block.as_str() == block)
            })
            .collect()
    }

    /// The ranges of a block that tell a step, for [`Block::pieces`]: in the original,
    /// or in the translation when `translated`.
    pub fn ranges_in(
        &self,
        step: &Step,
        block: &str,
        translated: bool,
    ) -> Vec<std::ops::Range<usize>> {
        step.passages
            .iter()
            .filter(|p| p.block.as_str() == block)
            .filter_map(|p| {
                if translated {
                    p.translated.clone()
                } else {
                    Some(p.range.clone())
                }
            })
            .collect()
    }
}
