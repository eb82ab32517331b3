//! The text's light inline markup, read into plain text plus typed spans.
//!
//! The source uses a Markdown-like notation: `[Name](target)` links, `^[N]` footnote
//! markers, `^e` superscripts ("176^e"), `*…*` emphasis and `\(` escapes. Reading it here,
//! once, lets the reader render spans as elements without ever handing HTML to the page,
//! and gives quotations one plain text to be checked against.

use std::ops::Range;

/// What a span of a paragraph is, before link targets are resolved to ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RawKind {
    /// Ordinary text.
    Text,
    /// `*…*`: titles, foreign words.
    Emphasis,
    /// `^e` after a number: an ordinal suffix.
    Superscript,
    /// `[text](target)`, with the target as written (`person:lenin`).
    Link(String),
    /// `^[N]`: a footnote marker; its range in the plain text is empty.
    FootnoteRef(u8),
}

/// One span: its kind and where its words are in the plain text (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawSpan {
    /// What the span is.
    pub kind: RawKind,
    /// Byte range in [`Parsed::plain`].
    pub range: Range<usize>,
}

/// A paragraph read: the words a reader sees, and the spans that cover them in order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Parsed {
    /// The text without markup: what quotations are checked against.
    pub plain: String,
    /// Spans in order, covering `plain` without gaps or overlaps.
    pub spans: Vec<RawSpan>,
}

const ESCAPABLE: &[char] = &['\\', '*', '[', ']', '(', ')', '^', '_', '#'];

struct Reader {
    chars: Vec<char>,
    out: Parsed,
    text_start: usize,
}

impl Reader {
    fn flush_text(&mut self) {
        if self.out.plain.len() > self.text_start {
            self.out.spans.push(RawSpan {
                kind: RawKind::Text,
                range: self.text_start..self.out.plain.len(),
            });
        }
    }

    fn push_span(&mut self, kind: RawKind, words: &str) {
        self.flush_text();
        let start = self.out.plain.len();
        self.out.plain.push_str(words);
        self.out.spans.push(RawSpan {
            kind,
            range: start..self.out.plain.len(),
        });
        self.text_start = self.out.plain.len();
    }

    fn is_escape(&self, i: usize) -> bool {
        self.chars[i] == '\\' && self.chars.get(i + 1).is_some_and(|c| ESCAPABLE.contains(c))
    }

    /// The index of the next unescaped `wanted` at or after `from`.
    fn find(&self, from: usize, wanted: char) -> Option<usize> {
        let mut i = from;
        while i < self.chars.len() {
            if self.is_escape(i) {
                i += 2;
            } else if self.chars[i] == wanted {
                return Some(i);
            } else {
                i += 1;
            }
        }
        None
    }

    fn unescaped(&self, range: Range<usize>) -> String {
        let mut s = String::new();
        let mut i = range.start;
        while i < range.end {
            if self.is_escape(i) {
                i += 1;
            }
            s.push(self.chars[i]);
            i += 1;
        }
        s
    }

    /// `[text](target)` starting at `i`, as (text range, target range, end).
    fn link_at(&self, i: usize) -> Option<(Range<usize>, Range<usize>, usize)> {
        let close = self.find(i + 1, ']')?;
        if self.chars.get(close + 1) != Some(&'(') {
            return None;
        }
        let end = self.find(close + 2, ')')?;
        Some((i + 1..close, close + 2..end, end + 1))
    }

    /// `^[N]` starting at `i`, as (number, end).
    fn footnote_at(&self, i: usize) -> Option<(u8, usize)> {
        if self.chars.get(i + 1) != Some(&'[') {
            return None;
        }
        let close = self.find(i + 2, ']')?;
        let digits: String = self.chars[i + 2..close].iter().collect();
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((digits.parse().ok()?, close + 1))
    }
}

/// Reads a paragraph's markup. The only error is an emphasis that is never closed, since
/// anything else that is not markup is simply text (`[1] Le bureau…` stays as written).
pub fn parse(markup: &str) -> Result<Parsed, String> {
    let mut r = Reader {
        chars: markup.chars().collect(),
        out: Parsed::default(),
        text_start: 0,
    };
    let mut i = 0;
    while i < r.chars.len() {
        let c = r.chars[i];
        if r.is_escape(i) {
            r.out.plain.push(r.chars[i + 1]);
            i += 2;
        } else if c == '*' {
            let close = r.find(i + 1, '*').ok_or_else(|| {
                format!(
                    "the `*` at character {} opens an emphasis that is never closed",
                    i + 1
                )
            })?;
            let words = r.unescaped(i + 1..close);
            r.push_span(RawKind::Emphasis, &words);
            i = close + 1;
        } else if let Some((words, target, end)) = (c == '[').then(|| r.link_at(i)).flatten() {
            let words = r.unescaped(words);
            let target = r.unescaped(target);
            r.push_span(RawKind::Link(target), &words);
            i = end;
        } else if let Some((n, end)) = (c == '^').then(|| r.footnote_at(i)).flatten() {
            r.push_span(RawKind::FootnoteRef(n), "");
            i = end;
        } else if c == '^' && r.chars.get(i + 1).is_some_and(|c| c.is_alphabetic()) {
            let end = (i + 1..r.chars.len())
                .find(|&j| !r.chars[j].is_alphabetic())
                .unwrap_or(r.chars.len());
            let words: String = r.chars[i + 1..end].iter().collect();
            r.push_span(RawKind::Superscript, &words);
            i = end;
        } else {
            r.out.plain.push(c);
            i += 1;
        }
    }
    r.flush_text();
    Ok(r.out)
}

/// The plain text of some markup, keeping an unclosed `*` as text: for comparing quotations
/// with the raw source file, where no error can be reported.
pub fn plain_text(markup: &str) -> String {
    match parse(markup) {
        Ok(parsed) => parsed.plain,
        Err(_) => markup.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(p: &Parsed) -> Vec<(RawKind, &str)> {
        p.spans
            .iter()
            .map(|s| (s.kind.clone(), &p.plain[s.range.clone()]))
            .collect()
    }

    #[test]
    fn links_markers_emphasis_and_superscripts() {
        let p = parse(
            "avec [Sémion Roshal](person:roshal), le *Rabotchi Pout* ^[2] et le 176^e régiment",
        )
        .unwrap();
        assert_eq!(
            p.plain,
            "avec Sémion Roshal, le Rabotchi Pout  et le 176e régiment"
        );
        assert_eq!(
            kinds(&p),
            vec![
                (RawKind::Text, "avec "),
                (RawKind::Link("person:roshal".into()), "Sémion Roshal"),
                (RawKind::Text, ", le "),
                (RawKind::Emphasis, "Rabotchi Pout"),
                (RawKind::Text, " "),
                (RawKind::FootnoteRef(2), ""),
                (RawKind::Text, " et le 176"),
                (RawKind::Superscript, "e"),
                (RawKind::Text, " régiment"),
            ]
        );
    }

    #[test]
    fn escapes_inside_link_text() {
        let p = parse(r"« [Comment ? \(à propos\)](work:x) »").unwrap();
        assert_eq!(p.plain, "« Comment ? (à propos) »");
        assert_eq!(p.spans[1].kind, RawKind::Link("work:x".into()));
    }

    #[test]
    fn what_is_not_markup_stays_text() {
        let p = parse("[1] Le bureau ^ x [a] (b)").unwrap();
        assert_eq!(p.plain, "[1] Le bureau ^ x [a] (b)");
        assert_eq!(p.spans.len(), 1);
        assert_eq!(parse("").unwrap().spans, vec![]);
    }

    #[test]
    fn unclosed_emphasis_is_an_error() {
        assert!(parse("le *Rabotchi Pout")
            .unwrap_err()
            .contains("never closed"));
        assert_eq!(plain_text("a *b"), "a *b");
    }
}
