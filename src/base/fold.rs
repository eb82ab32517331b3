//! Folding for search: the form of a text in which "Lénine", "LENINE" and "lenine" are
//! the same word, and "Tsarskoïé-Sélo", "Tsarskoie Selo" and "tsarskoïé sélo" the same
//! phrase, with a way back from every folded byte to the original, so that a match found
//! in the folded text can be marked in the text the reader sees.
//!
//! Folding lowercases, strips diacritics, expands ligatures and turns every run of
//! characters that are not letters or digits into one space. The diacritics come from a
//! small table of the Latin letters of U+00C0–U+024F (all the memoir and its translation
//! use), written out here rather than taken from a Unicode normalization crate: the app
//! ships to WebAssembly, where every table costs download. `tests/base_fold.rs` checks the
//! table against Unicode's canonical decompositions.

use std::ops::Range;

/// A text folded for search, and where each of its bytes came from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Folded {
    /// The search form: lowercase, without diacritics, ligatures expanded, each run of
    /// spaces and punctuation one space (at the ends too).
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character that
    /// produced it (for a space, the first character of the run it stands for); then one
    /// more entry, the original's length, so that every folded offset up to `text.len()`
    /// has one.
    pub starts: Vec<usize>,
}

impl Folded {
    /// The original byte range that folded bytes `folded` came from: from the start of the
    /// character that produced the first byte to the end of the one that produced the last
    /// (with the combining marks that follow it), so on character boundaries and covering
    /// whole characters: "lenine" found in the folding of "Lénine" gives the range of
    /// "Lénine". Out-of-range offsets are clamped to the end; an empty range stays empty.
    pub fn original(&self, folded: Range<usize>) -> Range<usize> {
        let total = self.starts.last().copied().unwrap_or(0);
        let start = self.starts.get(folded.start).copied().unwrap_or(total);
        if folded.end <= folded.start {
            return start..start;
        }
        let last = self.starts.get(folded.end - 1).copied().unwrap_or(total);
        // The next character that produced anything starts where the last one ends; bytes
        // of the same character (the "e" of "œ" → "oe") are skipped.
        let end = self
            .starts
            .get(folded.end..)
            .and_then(|rest| rest.iter().find(|&&s| s > last))
            .copied()
            .unwrap_or(total);
        start..end.max(start)
    }
}

/// `text` folded for search, with the way back to it: see [`Folded`].
pub fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len() + 1),
    };
    fold_with(text, |at, c| {
        folded.text.push(c);
        folded.starts.extend(std::iter::repeat_n(at, c.len_utf8()));
    });
    folded.starts.push(text.len());
    folded
}

/// Only the folded text of `text`, for what is compared but never marked (a query, a
/// name).
pub fn fold_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_with(text, |_, c| out.push(c));
    out
}

/// Folds `text`, giving each output character with the byte offset of the original
/// character it comes from.
fn fold_with(text: &str, mut emit: impl FnMut(usize, char)) {
    // Whether the last output was the space of a run, which the run's next characters join.
    let mut in_run = false;
    for (at, c) in text.char_indices() {
        if is_combining_mark(c) {
            // A decomposed accent belongs to the letter before it: it folds to nothing and
            // does not cut the word.
            continue;
        }
        if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                if is_combining_mark(lower) {
                    // "İ" lowercases to "i" and a combining dot.
                    continue;
                }
                match plain(lower) {
                    Some(plain) => plain.chars().for_each(|p| emit(at, p)),
                    None => emit(at, lower),
                }
            }
            in_run = false;
        } else if !in_run {
            emit(at, ' ');
            in_run = true;
        }
    }
}

/// Whether `c` is one of the combining diacritical marks (U+0300–U+036F) that a
/// decomposed "é" carries after its "e".
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The plain form of a lowercase letter of U+00C0–U+024F that has one: its base letter
/// without the diacritics, or a ligature's letters. `None` for every other character.
fn plain(c: char) -> Option<&'static str> {
    if !('ß'..='ȳ').contains(&c) {
        return None;
    }
    PLAIN
        .binary_search_by_key(&c, |&(letter, _)| letter)
        .ok()
        .and_then(|at| PLAIN.get(at))
        .map(|&(_, plain)| plain)
}

/// The lowercase letters of U+00C0–U+024F that fold to something else, sorted by
/// character. Generated from Unicode's canonical decompositions with the combining marks
/// removed (checked by `tests/base_fold.rs`), plus the letters Unicode does not decompose
/// that a reader types without their stroke or as two letters: æ, œ, ß, ø, đ, ħ, ı, ĳ,
/// ŀ, ł, ŧ, ſ, ƀ, ƶ, ǥ, and the digraphs ǆ, ǉ, ǌ, ǳ. Uppercase letters lowercase first.
#[rustfmt::skip]
const PLAIN: [(char, &str); 145] = [
    ('ß', "ss"), ('à', "a"), ('á', "a"), ('â', "a"), ('ã', "a"), ('ä', "a"),
    ('å', "a"), ('æ', "ae"), ('ç', "c"), ('è', "e"), ('é', "e"), ('ê', "e"),
    ('ë', "e"), ('ì', "i"), ('í', "i"), ('î', "i"), ('ï', "i"), ('ñ', "n"),
    ('ò', "o"), ('ó', "o"), ('ô', "o"), ('õ', "o"), ('ö', "o"), ('ø', "o"),
    ('ù', "u"), ('ú', "u"), ('û', "u"), ('ü', "u"), ('ý', "y"), ('ÿ', "y"),
    ('ā', "a"), ('ă', "a"), ('ą', "a"), ('ć', "c"), ('ĉ', "c"), ('ċ', "c"),
    ('č', "c"), ('ď', "d"), ('đ', "d"), ('ē', "e"), ('ĕ', "e"), ('ė', "e"),
    ('ę', "e"), ('ě', "e"), ('ĝ', "g"), ('ğ', "g"), ('ġ', "g"), ('ģ', "g"),
    ('ĥ', "h"), ('ħ', "h"), ('ĩ', "i"), ('ī', "i"), ('ĭ', "i"), ('į', "i"),
    ('ı', "i"), ('ĳ', "ij"), ('ĵ', "j"), ('ķ', "k"), ('ĺ', "l"), ('ļ', "l"),
    ('ľ', "l"), ('ŀ', "l"), ('ł', "l"), ('ń', "n"), ('ņ', "n"), ('ň', "n"),
    ('ō', "o"), ('ŏ', "o"), ('ő', "o"), ('œ', "oe"), ('ŕ', "r"), ('ŗ', "r"),
    ('ř', "r"), ('ś', "s"), ('ŝ', "s"), ('ş', "s"), ('š', "s"), ('ţ', "t"),
    ('ť', "t"), ('ŧ', "t"), ('ũ', "u"), ('ū', "u"), ('ŭ', "u"), ('ů', "u"),
    ('ű', "u"), ('ų', "u"), ('ŵ', "w"), ('ŷ', "y"), ('ź', "z"), ('ż', "z"),
    ('ž', "z"), ('ſ', "s"), ('ƀ', "b"), ('ơ', "o"), ('ư', "u"), ('ƶ', "z"),
    ('ǆ', "dz"), ('ǉ', "lj"), ('ǌ', "nj"), ('ǎ', "a"), ('ǐ', "i"), ('ǒ', "o"),
    ('ǔ', "u"), ('ǖ', "u"), ('ǘ', "u"), ('ǚ', "u"), ('ǜ', "u"), ('ǟ', "a"),
    ('ǡ', "a"), ('ǣ', "ae"), ('ǥ', "g"), ('ǧ', "g"), ('ǩ', "k"), ('ǫ', "o"),
    ('ǭ', "o"), ('ǯ', "ʒ"), ('ǰ', "j"), ('ǳ', "dz"), ('ǵ', "g"), ('ǹ', "n"),
    ('ǻ', "a"), ('ǽ', "ae"), ('ǿ', "o"), ('ȁ', "a"), ('ȃ', "a"), ('ȅ', "e"),
    ('ȇ', "e"), ('ȉ', "i"), ('ȋ', "i"), ('ȍ', "o"), ('ȏ', "o"), ('ȑ', "r"),
    ('ȓ', "r"), ('ȕ', "u"), ('ȗ', "u"), ('ș', "s"), ('ț', "t"), ('ȟ', "h"),
    ('ȧ', "a"), ('ȩ', "e"), ('ȫ', "o"), ('ȭ', "o"), ('ȯ', "o"), ('ȱ', "o"),
    ('ȳ', "y"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_lowercase_and_within_its_bounds() {
        assert!(PLAIN.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(PLAIN.first().map(|e| e.0), Some('ß'));
        assert_eq!(PLAIN.last().map(|e| e.0), Some('ȳ'));
        for (letter, _) in PLAIN {
            assert!(letter.to_lowercase().eq([letter]), "{letter}");
        }
    }

    #[test]
    fn folds_case_accents_ligatures_and_runs() {
        assert_eq!(fold_text("Lénine"), "lenine");
        assert_eq!(fold_text("Tsarskoïé-Sélo"), "tsarskoie selo");
        assert_eq!(fold_text("l’armée"), "l armee");
        assert_eq!(fold_text("« Cœur », dit-il."), " coeur dit il ");
        assert_eq!(fold_text("Lé\u{301}nine"), "lenine");
    }

    #[test]
    fn maps_ranges_back_to_whole_characters() {
        let f = fold("«Lénine»");
        assert_eq!(f.text, " lenine ");
        assert_eq!(f.starts.len(), f.text.len() + 1);
        assert_eq!(f.original(1..7), 2..9);
        let f = fold("Cœur");
        // "co" ends inside "œ": the whole of it is marked.
        assert_eq!(f.original(0..2), 0..3);
        assert_eq!(f.original(3..3), 3..3);
        assert_eq!(f.original(0..99), 0..5);
    }
}
