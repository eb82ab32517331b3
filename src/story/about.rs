//! What the story says about one place, grouped the way the reader lists it: the steps at,
//! from or to it (or a place within it: Gatchina's stations are Gatchina's visits), the
//! context events there, then the other passages that name it. [`Story::passages_about`]
//! is the same list flattened into reading order, so the two can never disagree.

use std::ops::Range;

use super::model::{ContextEvent, Passage, Step};
use super::Story;

/// A step or a context event at a place, with the passages of it the reader lists.
#[derive(Clone, Debug, PartialEq)]
pub struct Occasion<'a, T> {
    /// The step's or the event's index in the story.
    pub index: usize,
    /// The step or event.
    pub item: &'a T,
    /// Its passages, less those whose words were already listed above.
    pub passages: Vec<&'a Passage>,
}

/// A passage that names a place without a step or event being there.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention<'a> {
    /// The quotation.
    pub passage: &'a Passage,
    /// The first step told in the same paragraph, where "Go to this moment" moves the
    /// clock; `None` when no step is (a footnote, a paragraph of reflection).
    pub step: Option<usize>,
}

/// Every passage about a place, grouped: see [`Story::place_passages`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PlacePassages<'a> {
    /// The steps at, from or to the place or a place within it, in story order, that have
    /// passages left to list.
    pub visits: Vec<Occasion<'a, Step>>,
    /// The context events at the place or within it, likewise.
    pub events: Vec<Occasion<'a, ContextEvent>>,
    /// The places' own mentions that no visit or event already quotes.
    pub mentions: Vec<Mention<'a>>,
}

impl<'a> PlacePassages<'a> {
    /// Every passage listed, in the order listed.
    pub fn all(&self) -> impl Iterator<Item = &'a Passage> + '_ {
        let visits = self.visits.iter().flat_map(|v| v.passages.iter().copied());
        let events = self.events.iter().flat_map(|e| e.passages.iter().copied());
        visits
            .chain(events)
            .chain(self.mentions.iter().map(|m| m.passage))
    }
}

/// Whether `range` of `block` lies within a passage already listed: the same quotation,
/// or a shorter one whose words are shown already. Compared by block id and byte range,
/// which identify a quotation wherever it is stored (a place's mention and a step's
/// passage are two values, never the same reference).
fn listed(seen: &[(&str, Range<usize>)], passage: &Passage) -> bool {
    seen.iter().any(|(block, range)| {
        *block == passage.block.as_str()
            && range.start <= passage.range.start
            && passage.range.end <= range.end
    })
}

/// Keeps the passages not listed yet, and records them as listed.
fn fresh<'a>(
    seen: &mut Vec<(&'a str, Range<usize>)>,
    passages: impl IntoIterator<Item = &'a Passage>,
) -> Vec<&'a Passage> {
    let mut kept = Vec::new();
    for passage in passages {
        if !listed(seen, passage) {
            seen.push((passage.block.as_str(), passage.range.clone()));
            kept.push(passage);
        }
    }
    kept
}

impl Story {
    /// Whether a step is at, from or to `place` or a place within it.
    fn touches(&self, step: &Step, place: &str) -> bool {
        [step.start_place(), step.end_place()]
            .into_iter()
            .flatten()
            .any(|p| self.is_within(p.as_str(), place))
    }

    /// Every passage about a place, grouped as the reader lists it: visit by visit, then
    /// the context events there, then the other passages that name it or a place within
    /// it. Each quotation is listed once, where it first comes, and so is a mention whose
    /// words a longer quotation already shows. Empty for an unknown place.
    pub fn place_passages(&self, place: &str) -> PlacePassages<'_> {
        if self.place(place).is_none() {
            return PlacePassages::default();
        }
        let mut seen = Vec::new();
        let mut visits = Vec::new();
        for (index, step) in self.steps.iter().enumerate() {
            if self.touches(step, place) {
                let passages = fresh(&mut seen, &step.passages);
                if !passages.is_empty() {
                    visits.push(Occasion {
                        index,
                        item: step,
                        passages,
                    });
                }
            }
        }
        let mut events = Vec::new();
        for (index, event) in self.context.iter().enumerate() {
            let here = event
                .place
                .as_ref()
                .is_some_and(|p| self.is_within(p.as_str(), place));
            if here {
                let passages = fresh(&mut seen, &event.passages);
                if !passages.is_empty() {
                    events.push(Occasion {
                        index,
                        item: event,
                        passages,
                    });
                }
            }
        }
        let named = self
            .places
            .iter()
            .filter(|p| self.is_within(p.id.as_str(), place))
            .flat_map(|p| &p.mentions);
        let mentions = fresh(&mut seen, named)
            .into_iter()
            .map(|passage| Mention {
                passage,
                step: self
                    .steps
                    .iter()
                    .position(|s| s.passages.iter().any(|q| q.block == passage.block)),
            })
            .collect();
        PlacePassages {
            visits,
            events,
            mentions,
        }
    }
}
