//! "Find in the memoir": which paragraphs and footnotes hold a word or a phrase, in the
//! French original and in the translation, with the words to mark, the moments the
//! timeline marks and the places the map marks.
//!
//! Both texts are folded once ([`crate::base::fold`]) when a [`Finder`] is built, so each
//! keystroke is a linear scan of the folded blocks. A match must begin a word, so "nov"
//! finds "novembre" but not "Antonov"; it may end inside one, so "cosaque" finds
//! "cosaques". The story's own names widen a query: a query that is a name or a spelling
//! of a person or a place also finds every other one ("Ilyich" finds "Ilitch",
//! "Pushkin", Tsarskoye Selo's modern name, finds "Tsarskoïé-Sélo").

use std::ops::Range;

use crate::base::fold::{fold, fold_text, Folded};
use crate::logic::citation::paragraph_numbers;
use crate::story::{Block, BlockRole, PlaceId, SpanKind, Story, Text};

/// The longest query kept, in characters: the URL carries it, and no phrase of the memoir
/// worth finding is longer.
pub const QUERY_MAX_CHARS: usize = 64;

/// The fewest letters or digits a query needs: one would hit nearly every paragraph.
pub const QUERY_MIN_ALPHANUMERIC: usize = 2;

/// `raw` trimmed, its whitespace collapsed to single spaces and cut to
/// [`QUERY_MAX_CHARS`]; `None` when fewer than [`QUERY_MIN_ALPHANUMERIC`] letters or
/// digits are left. The search and the URL both keep this form, so a link gives back the
/// same search.
pub fn normalize_query(raw: &str) -> Option<String> {
    let text = collapse(raw);
    let alphanumeric = text.chars().filter(|c| c.is_alphanumeric()).count();
    (alphanumeric >= QUERY_MIN_ALPHANUMERIC).then_some(text)
}

/// `raw` trimmed, whitespace collapsed, cut to [`QUERY_MAX_CHARS`].
fn collapse(raw: &str) -> String {
    let mut text = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
    if let Some((at, _)) = text.char_indices().nth(QUERY_MAX_CHARS) {
        text.truncate(at);
    }
    text.truncate(text.trim_end().len());
    text
}

/// A query as searched.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Query {
    /// The query as typed, normalized ([`normalize_query`]); for a refused query, only
    /// trimmed, collapsed and cut.
    pub text: String,
    /// What is searched, folded: the query's own folding first, then the other names of
    /// the people and places it names. Empty when the query is refused.
    pub terms: Vec<String>,
    /// The English names of the people and places whose names the query is, in the
    /// story's order (people, then places), so the interface can say whose names it
    /// searched too.
    pub expanded: Vec<String>,
    /// Those other names and spellings as written ("Ilitch", "Lénine"…), one per folded
    /// form, without the query's own, for "also finds: …".
    pub also: Vec<String>,
}

impl Query {
    /// Whether the query was refused (too short): nothing was searched.
    pub fn refused(&self) -> bool {
        self.terms.is_empty()
    }
}

/// A paragraph or footnote that holds the query in one language or both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    /// The block of the original.
    pub block: &'a Block,
    /// The same block of the translation, when the translation is there.
    pub translation: Option<&'a Block>,
    /// The paragraph's number ([`paragraph_numbers`]); `None` for the title, the byline,
    /// the editors' note and the footnotes.
    pub number: Option<usize>,
    /// Byte ranges of the matches in the original block's text, in order, merged where
    /// they overlap or touch; empty when the original was not searched or has none.
    pub original: Vec<Range<usize>>,
    /// The same in the translation's block.
    pub translated: Vec<Range<usize>>,
    /// The context events whose titles hold the query and which this block tells (their
    /// indices in [`Story::context_events`]): "Krasnov" is not in the memoir, but the
    /// news of his troops in Gatchina is.
    pub events: Vec<usize>,
    /// Byte ranges of those events' passages in the original block (the words that tell
    /// them, not matches of the query), in order.
    pub told: Vec<Range<usize>>,
    /// The same in the translation's block.
    pub told_translated: Vec<Range<usize>>,
    /// The moment the hit belongs to (an index in [`Story::steps`]): the step whose
    /// passage holds the first match, else the first step told in the block, else, for a
    /// footnote, the step where its marker stands; `None` when none is.
    pub step: Option<usize>,
}

/// A context event (the timeline's row "around him") whose title holds the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventHit {
    /// Its index in [`Story::context_events`].
    pub index: usize,
    /// The matches in its French title.
    pub fr: Vec<Range<usize>>,
    /// The matches in its English title.
    pub en: Vec<Range<usize>>,
}

/// What a search found.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Found<'a> {
    /// The query as searched.
    pub query: Query,
    /// The context events whose titles hold it, in the story's order; the blocks that
    /// tell them are among the hits.
    pub events: Vec<EventHit>,
    /// The blocks that hold it, in reading order (paragraphs, then footnotes), each once.
    pub hits: Vec<Hit<'a>>,
    /// The distinct steps of the hits, sorted: the timeline marks them.
    pub steps: Vec<usize>,
    /// The places whose passages hold a match, or where a hit's step is (a leg's both
    /// ends), in the story's order without repeats: the map marks them.
    pub places: Vec<PlaceId>,
}

impl Found<'_> {
    /// The number of matches marked, in both languages.
    pub fn matches(&self) -> usize {
        self.hits
            .iter()
            .map(|h| h.original.len() + h.translated.len())
            .sum()
    }
}

/// A passage of a step or of a place, in one block: the range of its words in the
/// original and in the translation.
#[derive(Clone, Debug)]
struct Told {
    /// The step's index in [`Story::steps`], or the place's in [`Story::places`].
    index: usize,
    original: Range<usize>,
    translated: Option<Range<usize>>,
}

impl Told {
    /// Its range in the original, or in the translation when `translated`.
    fn range(&self, translated: bool) -> Option<&Range<usize>> {
        if translated {
            self.translated.as_ref()
        } else {
            Some(&self.original)
        }
    }
}

/// One block, folded in both languages, with what the story tells in it.
#[derive(Clone, Debug)]
struct Entry<'a> {
    block: &'a Block,
    number: Option<usize>,
    folded: Folded,
    translation: Option<(&'a Block, Folded)>,
    /// The steps' passages in this block, in step order.
    steps: Vec<Told>,
    /// The step a hit belongs to when no passage holds its first match.
    fallback: Option<usize>,
    /// The places' passages in this block ([`Story::place_passages`]).
    places: Vec<Told>,
}

/// The found events a block tells, and where (see [`Finder::told_by`]).
#[derive(Default)]
struct ToldBy {
    events: Vec<usize>,
    original: Vec<Range<usize>>,
    translated: Vec<Range<usize>>,
}

/// A person or a place, by all of their names, folded.
#[derive(Clone, Debug)]
struct Names<'a> {
    /// The English name, to say whose names were searched.
    display: &'a str,
    /// Each name or spelling, and its folding.
    names: Vec<(&'a str, String)>,
}

impl<'a> Names<'a> {
    fn new(display: &'a str, names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut folded: Vec<(&'a str, String)> = Vec::new();
        for name in names {
            let f = fold_text(name).trim_matches(' ').to_owned();
            if !f.is_empty() && !folded.iter().any(|(_, g)| *g == f) {
                folded.push((name, f));
            }
        }
        Self {
            display,
            names: folded,
        }
    }
}

/// The text of a story folded once, so that a search is a scan. Build it again when the
/// translation arrives.
#[derive(Clone, Debug)]
pub struct Finder<'a> {
    story: &'a Story,
    entries: Vec<Entry<'a>>,
    names: Vec<Names<'a>>,
    /// The context events' titles, folded: French, English.
    event_titles: Vec<(Folded, Folded)>,
}

impl<'a> Finder<'a> {
    /// Folds the story's text and `translated` (the translation's text, which the app
    /// loads after the first view; `None` before, or without one), and gathers the
    /// passages of every step and place by block.
    pub fn new(story: &'a Story, translated: Option<&'a Text>) -> Self {
        let text = story.text();
        let numbers = paragraph_numbers(text);
        let mut entries: Vec<Entry<'a>> = text
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, block)| (block, numbers.get(i).copied().flatten()))
            .chain(text.footnotes.iter().map(|block| (block, None)))
            .map(|(block, number)| Entry {
                block,
                number,
                folded: fold(&block.text),
                translation: translated
                    .and_then(|t| t.block(block.id.as_str()))
                    .map(|b| (b, fold(&b.text))),
                steps: Vec::new(),
                fallback: None,
                places: Vec::new(),
            })
            .collect();
        let at = |id: &str, entries: &[Entry<'_>]| {
            entries.iter().position(|e| e.block.id.as_str() == id)
        };
        for (index, step) in story.steps().iter().enumerate() {
            for passage in &step.passages {
                if let Some(i) = at(passage.block.as_str(), &entries) {
                    entries[i].steps.push(Told {
                        index,
                        original: passage.range.clone(),
                        translated: passage.translated.clone(),
                    });
                }
            }
        }
        for (index, place) in story.places().iter().enumerate() {
            for passage in story.place_passages(place.id.as_str()).all() {
                if let Some(i) = at(passage.block.as_str(), &entries) {
                    entries[i].places.push(Told {
                        index,
                        original: passage.range.clone(),
                        translated: passage.translated.clone(),
                    });
                }
            }
        }
        let fallbacks: Vec<Option<usize>> = entries
            .iter()
            .map(|e| fallback_step(text, &entries, e.block))
            .collect();
        for (entry, fallback) in entries.iter_mut().zip(fallbacks) {
            entry.fallback = fallback;
        }
        let people = story.people().iter().map(|p| {
            let names = [p.name.fr.as_str(), p.name.en.as_str()]
                .into_iter()
                .chain(p.forms.iter().map(String::as_str))
                .chain(p.translation_forms.iter().map(String::as_str));
            Names::new(p.name.en.as_str(), names)
        });
        let places = story.places().iter().map(|p| {
            let modern = p
                .modern_name
                .iter()
                .flat_map(|m| [m.fr.as_str(), m.en.as_str()]);
            let names = [p.name.fr.as_str(), p.name.en.as_str()]
                .into_iter()
                .chain(modern)
                .chain(p.forms.iter().map(String::as_str));
            Names::new(p.name.en.as_str(), names)
        });
        let event_titles = story
            .context_events()
            .iter()
            .map(|e| (fold(&e.title.fr), fold(&e.title.en)))
            .collect();
        Self {
            story,
            entries,
            names: people.chain(places).collect(),
            event_titles,
        }
    }

    /// The story searched.
    pub fn story(&self) -> &'a Story {
        self.story
    }

    /// Searches `raw` (normalized first, [`normalize_query`]) in the original when
    /// `original`, and in the translation when `translation` and it is there. A refused
    /// query finds nothing and says so ([`Query::refused`]).
    pub fn find(&self, raw: &str, original: bool, translation: bool) -> Found<'a> {
        let Some(text) = normalize_query(raw) else {
            return Found {
                query: Query {
                    text: collapse(raw),
                    ..Query::default()
                },
                ..Found::default()
            };
        };
        let query = self.query(text);
        let mut scratch = Vec::new();
        let events = self.event_hits(&query.terms, &mut scratch);
        let mut hits = Vec::new();
        let mut places = Vec::new();
        for entry in &self.entries {
            let original = if original {
                matches(&entry.folded, &query.terms, &mut scratch)
            } else {
                Vec::new()
            };
            let translated = match (&entry.translation, translation) {
                (Some((_, folded)), true) => matches(folded, &query.terms, &mut scratch),
                _ => Vec::new(),
            };
            let told = self.told_by(entry, &events);
            if original.is_empty() && translated.is_empty() && told.events.is_empty() {
                continue;
            }
            let step = if original.is_empty() && translated.is_empty() {
                first_step(entry, &told.original, &told.translated)
            } else {
                first_step(entry, &original, &translated)
            };
            self.places_of(entry, &original, &translated, step, &mut places);
            hits.push(Hit {
                block: entry.block,
                translation: entry.translation.as_ref().map(|(b, _)| *b),
                number: entry.number,
                original,
                translated,
                events: told.events,
                told: told.original,
                told_translated: told.translated,
                step,
            });
        }
        let story_events = self.story.context_events();
        places.extend(
            events
                .iter()
                .filter_map(|e| story_events.get(e.index)?.place.as_ref()),
        );
        // Flags over the story's steps and places rather than a sort and a dedup: the
        // lists come out in the story's order, without repeats.
        let mut marked = vec![false; self.story.steps().len()];
        for step in hits.iter().filter_map(|h| h.step) {
            if let Some(flag) = marked.get_mut(step) {
                *flag = true;
            }
        }
        let steps = (0..marked.len()).filter(|&i| marked[i]).collect();
        let places = self
            .story
            .places()
            .iter()
            .filter(|p| places.contains(&&p.id))
            .map(|p| p.id.clone())
            .collect();
        Found {
            query,
            events,
            hits,
            steps,
            places,
        }
    }

    /// The context events whose French or English title holds one of `terms`.
    fn event_hits(&self, terms: &[String], scratch: &mut Vec<Range<usize>>) -> Vec<EventHit> {
        self.event_titles
            .iter()
            .enumerate()
            .filter_map(|(index, (fr, en))| {
                let fr = matches(fr, terms, scratch);
                let en = matches(en, terms, scratch);
                (!fr.is_empty() || !en.is_empty()).then_some(EventHit { index, fr, en })
            })
            .collect()
    }

    /// Which of the found `events` `entry`'s block tells, and the words that tell them.
    fn told_by(&self, entry: &Entry<'a>, events: &[EventHit]) -> ToldBy {
        let mut told = ToldBy::default();
        let story_events = self.story.context_events();
        for hit in events {
            let Some(event) = story_events.get(hit.index) else {
                continue;
            };
            for passage in &event.passages {
                if passage.block.as_str() != entry.block.id.as_str() {
                    continue;
                }
                if !told.events.contains(&hit.index) {
                    told.events.push(hit.index);
                }
                told.original.push(passage.range.clone());
                told.translated.extend(passage.translated.clone());
            }
        }
        sort_ranges(&mut told.original);
        sort_ranges(&mut told.translated);
        told
    }

    /// The query's terms: its own folding, then every name of each person or place one of
    /// whose names it is.
    fn query(&self, text: String) -> Query {
        let own = fold_text(&text).trim_matches(' ').to_owned();
        let mut query = Query {
            text,
            terms: vec![own.clone()],
            expanded: Vec::new(),
            also: Vec::new(),
        };
        for entity in &self.names {
            if !entity.names.iter().any(|(_, f)| *f == own) {
                continue;
            }
            query.expanded.push(entity.display.to_owned());
            for (name, folded) in &entity.names {
                if !query.terms.contains(folded) {
                    query.terms.push(folded.clone());
                    query.also.push((*name).to_owned());
                }
            }
        }
        query
    }

    /// Adds the places the map marks for a hit in `entry`: those with a passage holding
    /// one of its matches, and those of its step (a leg's both ends).
    fn places_of(
        &self,
        entry: &Entry<'a>,
        original: &[Range<usize>],
        translated: &[Range<usize>],
        step: Option<usize>,
        found: &mut Vec<&'a PlaceId>,
    ) {
        let places = self.story.places();
        for told in &entry.places {
            let holds = |ranges: &[Range<usize>], in_translation: bool| {
                told.range(in_translation)
                    .is_some_and(|p| ranges.iter().any(|r| r.start < p.end && p.start < r.end))
            };
            if holds(original, false) || holds(translated, true) {
                found.extend(places.get(told.index).map(|p| &p.id));
            }
        }
        if let Some(step) = step.and_then(|i| self.story.steps().get(i)) {
            found.extend(step.start_place());
            found.extend(step.end_place());
        }
    }
}

/// Ranges in text order; one function, so the app carries one sort of them.
fn sort_ranges(ranges: &mut [Range<usize>]) {
    ranges.sort_unstable_by_key(|r| (r.start, r.end));
}

/// The ranges of `folded`'s original where a term begins a word, merged. `scratch` holds
/// the folded matches, so a block without any allocates nothing.
fn matches(
    folded: &Folded,
    terms: &[String],
    scratch: &mut Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    scratch.clear();
    for term in terms {
        word_starts(&folded.text, term, scratch);
    }
    if scratch.is_empty() {
        return Vec::new();
    }
    let mut ranges: Vec<Range<usize>> =
        scratch.iter().map(|r| folded.original(r.clone())).collect();
    sort_ranges(&mut ranges);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// Pushes onto `out` every occurrence of `term` in `text` that begins a word (at the
/// start, or after the space folding leaves between words), overlapping ones included.
fn word_starts(text: &str, term: &str, out: &mut Vec<Range<usize>>) {
    if term.is_empty() {
        return;
    }
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(term)) {
        let at = from + found;
        if at == 0 || text.as_bytes().get(at - 1) == Some(&b' ') {
            out.push(at..at + term.len());
        }
        // On past the match's first character only: "a a" in "a a a" is there twice.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
}

/// The step a hit in `entry` belongs to: the first step with a passage holding the start
/// of its first match (in the original, or in the translation for a hit only there), else
/// the entry's fallback.
fn first_step(
    entry: &Entry<'_>,
    original: &[Range<usize>],
    translated: &[Range<usize>],
) -> Option<usize> {
    let (first, in_translation) = match (original.first(), translated.first()) {
        (Some(first), _) => (first, false),
        (None, Some(first)) => (first, true),
        (None, None) => return entry.fallback,
    };
    entry
        .steps
        .iter()
        .find(|told| {
            told.range(in_translation)
                .is_some_and(|p| p.start <= first.start && first.start < p.end)
        })
        .map(|told| told.index)
        .or(entry.fallback)
}

/// The step of a block when no passage holds a hit: the first step told in it; for a
/// footnote told by none, the step whose passage holds its marker, else the first told in
/// the paragraph holding the marker (a note within a note goes up once more).
fn fallback_step(text: &Text, entries: &[Entry<'_>], block: &Block) -> Option<usize> {
    let mut block = block;
    for _ in 0..=text.footnotes.len() {
        let entry = entries.iter().find(|e| std::ptr::eq(e.block, block))?;
        if let Some(first) = entry.steps.iter().map(|t| t.index).min() {
            return Some(first);
        }
        let BlockRole::Footnote(n) = block.role else {
            return None;
        };
        let holder = text.marker_of(n)?;
        let marker = holder.spans.iter().find_map(|s| match s.kind {
            SpanKind::FootnoteRef(m) if m == n => Some(s.range.start),
            _ => None,
        });
        let holder_entry = entries.iter().find(|e| std::ptr::eq(e.block, holder))?;
        let at_marker = marker.and_then(|m| {
            holder_entry
                .steps
                .iter()
                .filter(|t| t.original.start <= m && m <= t.original.end)
                .map(|t| t.index)
                .min()
        });
        if at_marker.is_some() {
            return at_marker;
        }
        block = holder;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_trimmed_collapsed_capped_and_refused_when_too_short() {
        assert_eq!(
            normalize_query("  Palais \t d’Hiver \n"),
            Some("Palais d’Hiver".into())
        );
        assert_eq!(normalize_query("a"), None);
        assert_eq!(normalize_query(" « l’ » "), None);
        assert_eq!(normalize_query("ab"), Some("ab".into()));
        let long = "é".repeat(100);
        assert_eq!(
            normalize_query(&long).map(|q| q.chars().count()),
            Some(QUERY_MAX_CHARS)
        );
        let spaced = format!("{} b", "a".repeat(QUERY_MAX_CHARS - 1));
        assert_eq!(
            normalize_query(&spaced),
            Some("a".repeat(QUERY_MAX_CHARS - 1))
        );
    }

    #[test]
    fn matches_begin_words_and_merge() {
        let mut out = Vec::new();
        word_starts(" krasnov nov novembre", "nov", &mut out);
        assert_eq!(out, vec![9..12, 13..16]);
        out.clear();
        word_starts("a a a", "a a", &mut out);
        assert_eq!(out, vec![0..3, 2..5]);
        let folded = fold("Vladimir Ilitch, Ilitch");
        let terms = vec!["vladimir ilitch".to_owned(), "ilitch".to_owned()];
        let mut scratch = Vec::new();
        assert_eq!(matches(&folded, &terms, &mut scratch), vec![0..15, 17..23]);
    }
}
