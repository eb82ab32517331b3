//! The restored text: paragraphs whole and in order, footnotes apart and attached to
//! their markers, each as plain text plus spans the reader renders without HTML.

use std::ops::Range;

use super::ids::{BlockId, PersonId, WorkId};
use super::model::Localized;

/// What a block is in the reading: the reader styles each differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum BlockRole {
    /// The memoir's title.
    Title,
    /// The author line.
    Byline,
    /// The editors' note on the source.
    SourceNote,
    /// A paragraph of the memoir.
    Body,
    /// A document quoted whole (the mandate).
    Quote,
    /// Footnote number N.
    Footnote(u8),
}

impl BlockRole {
    /// Reads a paragraph role as the data files name it (footnotes have their own list).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "title" => Some(Self::Title),
            "byline" => Some(Self::Byline),
            "source-note" => Some(Self::SourceNote),
            "body" => Some(Self::Body),
            "quote" => Some(Self::Quote),
            _ => None,
        }
    }
}

/// What a span of text is, with its link resolved.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum SpanKind {
    /// Ordinary text.
    Text,
    /// Emphasised (italics in print).
    Emphasis,
    /// Superscript (the "e" of "176e").
    Superscript,
    /// A name linked to a person.
    Person(PersonId),
    /// A title linked to a work.
    Work(WorkId),
    /// A footnote marker; its text range is empty, it sits between the words.
    FootnoteRef(u8),
}

/// A run of a block: what it is and where its words are in the block's plain text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Span {
    /// What it is.
    pub kind: SpanKind,
    /// Byte range in [`Block::text`].
    pub range: Range<usize>,
}

/// A paragraph or a footnote.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Block {
    /// Stable id (`p17`, `fn8`), used by passages and URLs.
    pub id: BlockId,
    /// What it is.
    pub role: BlockRole,
    /// The words as the reader sees them, without markup: quotations index into this.
    pub text: String,
    /// Spans covering `text` in order.
    pub spans: Vec<Span>,
    /// The line numbers (from 1) of the source file it was restored from, so anyone can
    /// check the restoration against the source.
    pub source_lines: Vec<u32>,
}

/// A piece of a span, cut where a highlighted passage begins or ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The span's kind.
    pub kind: &'a SpanKind,
    /// The words of this piece (empty for a footnote marker).
    pub text: &'a str,
    /// Byte range in the block's text.
    pub range: Range<usize>,
    /// Whether the piece lies in one of the highlighted ranges.
    pub highlighted: bool,
}

/// Whether a piece at `range` lies in one of `highlights`: a piece with words when its first
/// byte does (pieces are cut at every highlight's edges), a footnote marker (empty, between
/// two bytes) when the bytes on both sides do.
pub fn lies_in(range: &Range<usize>, highlights: &[Range<usize>]) -> bool {
    let inside = |at: usize| highlights.iter().any(|h| h.start <= at && at < h.end);
    if range.is_empty() {
        range.start > 0 && inside(range.start - 1) && inside(range.start)
    } else {
        inside(range.start)
    }
}

impl Block {
    /// The words of a span.
    pub fn span_text(&self, span: &Span) -> &str {
        self.text.get(span.range.clone()).unwrap_or("")
    }

    /// The spans cut at the edges of `highlights`, so the reader can mark the passages
    /// that tell the current moment without re-parsing anything.
    pub fn pieces(&self, highlights: &[Range<usize>]) -> Vec<Piece<'_>> {
        let mut pieces = Vec::new();
        for span in &self.spans {
            if span.range.is_empty() {
                pieces.push(Piece {
                    kind: &span.kind,
                    text: "",
                    range: span.range.clone(),
                    highlighted: lies_in(&span.range, highlights),
                });
                continue;
            }
            let mut cuts: Vec<usize> = highlights
                .iter()
                .flat_map(|h| [h.start, h.end])
                .filter(|&c| c > span.range.start && c < span.range.end)
                .filter(|&c| self.text.is_char_boundary(c))
                .collect();
            cuts.push(span.range.start);
            cuts.push(span.range.end);
            cuts.sort_unstable();
            cuts.dedup();
            for pair in cuts.windows(2) {
                let range = pair[0]..pair[1];
                pieces.push(Piece {
                    kind: &span.kind,
                    text: self.text.get(range.clone()).unwrap_or(""),
                    highlighted: lies_in(&range, highlights),
                    range,
                });
            }
        }
        pieces
    }

    /// A byte range of the text as a character range, for tools that count characters
    /// (JavaScript, TEI stand-off references).
    pub fn char_range(&self, bytes: &Range<usize>) -> Range<usize> {
        let count = |end: usize| self.text.get(..end).map_or(0, |s| s.chars().count());
        count(bytes.start)..count(bytes.end)
    }

    /// The footnote markers in this block, in order.
    pub fn footnote_refs(&self) -> impl Iterator<Item = u8> + '_ {
        self.spans.iter().filter_map(|s| match s.kind {
            SpanKind::FootnoteRef(n) => Some(n),
            _ => None,
        })
    }
}

/// A translation of the whole text: the same blocks, ids, roles, links and footnote
/// markers, in another language, so that names and notes work the same in both.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Translation {
    /// Its language, as an interface language code (`en`).
    pub language: String,
    /// Who translated it from what, in both interface languages.
    pub credit: Localized,
    /// The translated blocks, in the original's order, each with the original's id, role
    /// and source lines.
    pub text: Text,
}

/// The whole restored text.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Text {
    /// Title, byline, source note and the memoir's paragraphs, in reading order.
    pub paragraphs: Vec<Block>,
    /// Footnotes in number order; each one's role is `Footnote(n)`.
    pub footnotes: Vec<Block>,
}

impl Text {
    /// A paragraph or footnote by id.
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.paragraphs
            .iter()
            .chain(&self.footnotes)
            .find(|b| b.id.as_str() == id)
    }

    /// Where a block comes in reading order (footnotes after the paragraphs), for sorting
    /// passages.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.paragraphs
            .iter()
            .chain(&self.footnotes)
            .position(|b| b.id.as_str() == id)
    }

    /// Footnote number `n`.
    pub fn footnote(&self, n: u8) -> Option<&Block> {
        self.footnotes
            .iter()
            .find(|b| b.role == BlockRole::Footnote(n))
    }

    /// The paragraph holding the marker of footnote `n`, where the reader shows the note.
    pub fn marker_of(&self, n: u8) -> Option<&Block> {
        self.paragraphs
            .iter()
            .chain(&self.footnotes)
            .find(|b| b.footnote_refs().any(|r| r == n))
    }

    /// Where `block` is read: itself, or, for a footnote, the block holding its marker
    /// (where "Read in context", a citation's number and a search's hit take the reader).
    pub fn read_at<'a>(&'a self, block: &'a Block) -> Option<&'a Block> {
        match block.role {
            BlockRole::Footnote(n) => self.marker_of(n),
            _ => Some(block),
        }
    }
}

#[cfg(test)]
// One highlighted range is what the reader passes most often.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn block() -> Block {
        // "avec Roshal ¹ ici"
        Block {
            id: BlockId::new("p1"),
            role: BlockRole::Body,
            text: "avec Roshal ici".into(),
            spans: vec![
                Span {
                    kind: SpanKind::Text,
                    range: 0..5,
                },
                Span {
                    kind: SpanKind::Person(PersonId::new("roshal")),
                    range: 5..11,
                },
                Span {
                    kind: SpanKind::FootnoteRef(1),
                    range: 11..11,
                },
                Span {
                    kind: SpanKind::Text,
                    range: 11..15,
                },
            ],
            source_lines: vec![1],
        }
    }

    #[test]
    fn pieces_cut_spans_at_highlight_edges() {
        let b = block();
        let pieces = b.pieces(&[2..8]);
        let shown: Vec<(&str, bool)> = pieces.iter().map(|p| (p.text, p.highlighted)).collect();
        assert_eq!(
            shown,
            vec![
                ("av", false),
                ("ec ", true),
                ("Ros", true),
                ("hal", false),
                ("", false),
                (" ici", false)
            ]
        );
        let all: Vec<bool> = b.pieces(&[0..15]).iter().map(|p| p.highlighted).collect();
        assert!(all.iter().all(|h| *h));
        assert!(b.pieces(&[]).iter().all(|p| !p.highlighted));
    }

    #[test]
    fn char_ranges_count_characters() {
        let b = Block {
            text: "Sémion et moi".into(),
            ..block()
        };
        assert_eq!(b.char_range(&(8..11)), 7..10);
    }
}
