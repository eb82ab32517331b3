//! Every interface string, in one place per language (`en.rs`, `fr.rs`), and the formatting
//! of dates and times per language. The memoir's text stays in French in both.
//!
//! Components take their words from [`strings`]; a literal in a component is a bug.

mod dates;
mod en;
mod fr;

pub use dates::{day_label, format_hour, format_instant, format_time};

use leptos::prelude::*;

use crate::state::Lang;

/// All the words of the interface for one language, grouped by the part of the app that
/// shows them so each component's strings are easy to find.
pub struct Strings {
    /// Title, credits, language switch, skip link, error view.
    pub app: AppStrings,
    /// Map controls, attribution, tooltips, place states.
    pub map: MapStrings,
    /// Timeline controls and labels.
    pub timeline: TimelineStrings,
    /// Reader panels, passages, footnotes, people.
    pub reader: ReaderStrings,
    /// The Embed dialog and the embedded page.
    pub embed: EmbedStrings,
}

/// Strings of embedding (`ui::embed`).
pub struct EmbedStrings {
    /// The header's button that opens the Embed dialog.
    pub embed: &'static str,
    /// The dialog's heading.
    pub title: &'static str,
    /// What the snippet does.
    pub explain: &'static str,
    /// The legend of the size choice.
    pub size: &'static str,
    /// The snippet's label.
    pub code: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// Said once copied.
    pub copied: &'static str,
    /// Said when the clipboard is refused.
    pub copy_by_hand: &'static str,
    /// The frame's title, for screen readers of the host page.
    pub frame_title: &'static str,
    /// The embedded page's link to the full app.
    pub open_full: &'static str,
}

/// Strings of the page frame.
pub struct AppStrings {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub skip_to_text: &'static str,
    pub language: &'static str,
    pub map_region: &'static str,
    pub timeline_region: &'static str,
    pub reader_region: &'static str,
    pub credit_text: &'static str,
    pub credit_map: &'static str,
    pub error_title: &'static str,
    pub error_data: &'static str,
    pub error_back: &'static str,
}

/// Strings of the map.
pub struct MapStrings {
    /// Said of a place the search's hits name.
    pub found: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub whole_story: &'static str,
    pub map_label: &'static str,
    pub modern_name: &'static str,
    pub approximate: &'static str,
    pub traveller: &'static str,
    pub north: &'static str,
    pub visited: &'static str,
    pub current: &'static str,
    pub to_come: &'static str,
    pub mentioned: &'static str,
    pub route_guessed: &'static str,
    pub train: &'static str,
    pub car: &'static str,
    pub foot: &'static str,
    pub unknown_mode: &'static str,
    /// The map legend's title (its `<summary>`).
    pub legend: &'static str,
    /// The legend's line for the circles of uncertainty around approximate places.
    pub uncertainty: &'static str,
    /// Edition of the memoir, for the attribution line in the map corner.
    pub edition: &'static str,
    /// The basemap's sources, short, for the same line (the footer credits them in full).
    pub basemap_credit: &'static str,
    /// Accessible name of the place markers' group.
    pub places: &'static str,
    /// Unit after the precision in the tooltip ("within 300 m").
    pub metres: &'static str,
    /// Said after an overlay's label when it is approximate.
    pub approximate_overlay: &'static str,
    /// The legend's lines for the two sides' overlays.
    pub legend_soviet: &'static str,
    pub legend_government: &'static str,
}

/// Strings of the timeline.
pub struct TimelineStrings {
    pub slider: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub speed: &'static str,
    pub journey_track: &'static str,
    pub context_track: &'static str,
    pub now: &'static str,
    pub where_unknown: &'static str,
    pub on_the_way: &'static str,
    pub at: &'static str,
    pub circa: &'static str,
    pub planned: &'static str,
    pub towards: &'static str,
    pub speed_slow: &'static str,
    pub speed_normal: &'static str,
    pub speed_fast: &'static str,
    pub uncertain: &'static str,
    pub announce_now: &'static str,
}

/// Strings of the reader.
pub struct ReaderStrings {
    pub passages: &'static str,
    pub full_text: &'static str,
    pub places: &'static str,
    pub read_in_context: &'static str,
    pub passages_about: &'static str,
    pub passage_now: &'static str,
    pub no_passage: &'static str,
    pub footnote: &'static str,
    pub close: &'static str,
    pub back_to_now: &'static str,
    pub follow_reading: &'static str,
    pub mentioned_only: &'static str,
    pub source_credit: &'static str,
    pub go_to_moment: &'static str,
    pub other_mentions: &'static str,
    pub visited_places: &'static str,
    /// The link under the places list that downloads the whole story as GeoJSON.
    pub download_geojson: &'static str,
    pub reader_tabs: &'static str,
    pub who_is: &'static str,
    pub context_events: &'static str,
    /// The name of the choice of text: original, translation or both.
    pub reading_choice: &'static str,
    pub reading_original: &'static str,
    pub reading_translation: &'static str,
    pub reading_both: &'static str,
    /// Beside each translated passage: whose translation it is.
    pub translated_mark: &'static str,
    /// Said when the translated text could not be fetched: the original is shown.
    pub translation_failed: &'static str,
    /// The phone layout's button that expands or collapses the reader sheet. Its state is
    /// spoken from `aria-expanded`, so the name stays the same in both states.
    pub sheet_toggle: &'static str,
    /// The heading of the overlays on the map at this moment, with their notes.
    pub on_the_map: &'static str,
    /// Before the places a range reaches, and those it does not.
    pub within_reach: &'static str,
    pub beyond_reach: &'static str,
    /// Before an overlay's source.
    pub source: &'static str,
    /// Said of an approximate overlay.
    pub approximate_overlay: &'static str,
    /// The action that copies a citation of a passage or a paragraph.
    pub cite: &'static str,
    /// The Find tab's name.
    pub find_tab: &'static str,
    /// The search field's name.
    pub find_label: &'static str,
    /// Under the field: what can be searched, and its shortcut.
    pub find_hint: &'static str,
    /// Said while the query has fewer than two letters.
    pub find_too_short: &'static str,
    /// Before the query that found nothing.
    pub find_none: &'static str,
    /// One paragraph holding hits.
    pub find_paragraph: &'static str,
    /// Several paragraphs holding hits.
    pub find_paragraphs: &'static str,
    /// One match.
    pub find_match: &'static str,
    /// Several matches.
    pub find_matches: &'static str,
    /// Before the other names of a person or place the search found too.
    pub find_also: &'static str,
    /// How to go from hit to hit.
    pub find_keys: &'static str,
    /// The list of hits, for screen readers.
    pub find_hits: &'static str,
    /// Before a footnote's number, in a hit.
    pub find_note: &'static str,
    /// Said of a hit that tells no moment of the journey.
    pub find_no_moment: &'static str,
    /// The button that empties the search.
    pub find_clear: &'static str,
    /// Between a hit's rank and the count, for screen readers.
    pub find_hit_of: &'static str,
    /// Before the title of a timeline event whose title holds the query, in a hit.
    pub find_tells: &'static str,
    /// Before the count of a search's paragraphs, on the button that draws them all.
    pub find_more: &'static str,
    /// One timeline event whose title holds the query.
    pub find_event: &'static str,
    /// Several.
    pub find_events: &'static str,
    /// A full-text paragraph's Cite button, for screen readers, before its number.
    pub cite_paragraph_label: &'static str,
    /// A quotation's Cite button, for screen readers, before its paragraph's number.
    pub cite_passage_label: &'static str,
    /// Said (to screen readers too) once a citation is on the clipboard.
    pub cite_copied: &'static str,
    /// Above the citation shown to copy by hand, where the clipboard is refused.
    pub cite_by_hand: &'static str,
    /// The parts of a citation (`logic::citation::CitationStyle`), in this language's
    /// style: the quotation marks around the memoir's title, the book it was printed in,
    /// the word for a paragraph, the edition, and the note that the words are the project's
    /// translation.
    pub cite_open_quote: &'static str,
    pub cite_close_quote: &'static str,
    pub cite_source: &'static str,
    pub cite_paragraph: &'static str,
    pub cite_edition: &'static str,
    pub cite_translated: &'static str,
}

/// An interface string that follows the language, for a `view!`. `pick` is a plain function
/// pointer, so every call in the app shares this one closure type, and with it the code
/// Leptos compiles for a reactive text or attribute: a closure of its own per string would
/// each bring their own copy of that code into the wasm.
pub fn tr(
    lang: RwSignal<Lang>,
    pick: fn(&'static Strings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || pick(strings(lang.get()))
}

/// The strings of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &en::STRINGS,
        Lang::Fr => &fr::STRINGS,
    }
}
