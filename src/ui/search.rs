//! The search in the memoir as the page's parts share it: the hits of the state's query
//! (`logic::find`), which the reader lists, the timeline marks and the map makes stand
//! out, and the hit the reader is at. Provided as context above the three.
//!
//! The folded copy of the texts the search scans is made the first time something is
//! searched, and again when the translation arrives: a reader who never searches never
//! pays for it, and the first view does not wait for it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::logic::find::{Finder, Found};
use crate::state::AppState;

/// The hits of the current query, in the languages the reader shows.
pub type Hits = Arc<Found<'static>>;

/// The shared search.
#[derive(Clone, Copy)]
pub struct Search {
    /// The hits, `None` while nothing is searched.
    pub found: Memo<Option<Hits>>,
    /// The index (in the hits) of the one the reader went to last.
    pub current: RwSignal<Option<usize>>,
}

/// Each new computation counts as a change: hits are compared by what they show, which
/// the list's keys do row by row.
fn always_changed<T>(_: Option<&T>, _: Option<&T>) -> bool {
    true
}

impl Search {
    /// Makes the search over the state's query and provides it as context.
    pub fn provide(state: AppState) -> Self {
        // The folded texts, made at the first search and again once the translation has
        // arrived (the flag says whether it was in).
        let finder = StoredValue::new(None::<(bool, Arc<Finder<'static>>)>);
        let found = Memo::new_with_compare(
            move |_| {
                let query = state.query.get()?;
                let text = state.translated_text.get();
                let translated = text.is_some();
                let ready = finder.with_value(|f| {
                    f.as_ref()
                        .filter(|(with, _)| *with == translated)
                        .map(|(_, f)| Arc::clone(f))
                });
                let finder = ready.unwrap_or_else(|| {
                    let made = Arc::new(Finder::new(state.story, text));
                    finder.set_value(Some((translated, Arc::clone(&made))));
                    made
                });
                let reading = state.reading();
                // The original is searched when it is shown, or while the translation has
                // not arrived (the reader shows the original then).
                let original = reading.shows_original() || !translated;
                Some(Arc::new(finder.find(
                    &query,
                    original,
                    reading.shows_translation(),
                )))
            },
            always_changed,
        );
        let current = RwSignal::new(None);
        // New hits (another query, language or reading) start before their first.
        Effect::new(move || {
            found.track();
            if current.get_untracked().is_some() {
                current.set(None);
            }
        });
        let search = Self { found, current };
        provide_context(search);
        search
    }

    /// Goes `forward` (or back) to the next hit, round the ends: the clock moves to its
    /// moment. Returns the hit's index.
    pub fn step(&self, state: AppState, forward: bool) -> Option<usize> {
        let found = self.found.get_untracked()?;
        let count = found.hits.len();
        if count == 0 {
            return None;
        }
        let next = match (self.current.get_untracked(), forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(at), true) => (at + 1) % count,
            (Some(at), false) => (at + count - 1) % count,
        };
        self.go(state, next);
        Some(next)
    }

    /// Goes to hit `index`: the clock moves to its moment, when it has one.
    pub fn go(&self, state: AppState, index: usize) {
        let Some(found) = self.found.get_untracked() else {
            return;
        };
        let Some(hit) = found.hits.get(index) else {
            return;
        };
        self.current.set(Some(index));
        if let Some(step) = hit.step.and_then(|i| state.story.steps().get(i)) {
            state.playing.set(false);
            if !step.span.contains(state.clock.get_untracked()) {
                state.set_clock(step.span.start);
            }
        }
    }
}
