//! The words around a search's hits in a paragraph, as a list of hits shows them: a few
//! words either side of each, the hits marked, and windows that touch merged, so a long
//! paragraph reads as one line or two rather than whole.

use std::ops::Range;

/// A run of an excerpt: marked (a hit) or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
    /// Whether it is a hit.
    pub marked: bool,
}

/// One window of the paragraph: its runs in order, and whether words were left out
/// before it and after it (the reader shows an ellipsis there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// The runs, together the window's words.
    pub runs: Vec<Run>,
    /// Words of the paragraph come before the window.
    pub cut_before: bool,
    /// Words of the paragraph come after the window.
    pub cut_after: bool,
}

/// The byte offset about `chars` characters before `at`, moved back to the start of a
/// word, so a window never begins in the middle of one.
fn back(text: &str, at: usize, chars: usize) -> usize {
    let before = &text[..at];
    let Some((start, _)) = before.char_indices().rev().nth(chars) else {
        return 0;
    };
    // The word that holds `start` is taken whole: back to the space before it.
    before[..start]
        .rfind(char::is_whitespace)
        .map_or(0, |space| space + 1)
}

/// The byte offset about `chars` characters after `at`, moved on to the end of a word.
fn forward(text: &str, at: usize, chars: usize) -> usize {
    let after = &text[at..];
    let Some((end, _)) = after.char_indices().nth(chars) else {
        return text.len();
    };
    after[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |space| at + end + space)
}

/// The windows of `text` around `marks` (sorted byte ranges on character boundaries,
/// not overlapping), with about `context` characters either side of each mark.
pub fn excerpt(text: &str, marks: &[Range<usize>], context: usize) -> Vec<Window> {
    let mut windows: Vec<(Range<usize>, Vec<Range<usize>>)> = Vec::new();
    for mark in marks
        .iter()
        .filter(|m| m.end <= text.len() && m.start < m.end)
    {
        let from = back(text, mark.start, context);
        let to = forward(text, mark.end, context);
        match windows.last_mut() {
            Some((span, inside)) if from <= span.end => {
                span.end = span.end.max(to);
                inside.push(mark.clone());
            }
            _ => windows.push((from..to, vec![mark.clone()])),
        }
    }
    windows
        .into_iter()
        .map(|(span, inside)| {
            let mut runs = Vec::new();
            let mut at = span.start;
            for mark in inside {
                if mark.start > at {
                    runs.push(Run {
                        range: at..mark.start,
                        marked: false,
                    });
                }
                runs.push(Run {
                    range: mark.clone(),
                    marked: true,
                });
                at = mark.end;
            }
            if span.end > at {
                runs.push(Run {
                    range: at..span.end,
                    marked: false,
                });
            }
            Window {
                runs,
                cut_before: span.start > 0,
                cut_after: span.end < text.len(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str, windows: &[Window]) -> String {
        windows
            .iter()
            .map(|w| {
                let words: String = w
                    .runs
                    .iter()
                    .map(|r| {
                        let words = &text[r.range.clone()];
                        if r.marked {
                            format!("[{words}]")
                        } else {
                            words.to_string()
                        }
                    })
                    .collect();
                format!(
                    "{}{words}{}",
                    if w.cut_before { "…" } else { "" },
                    if w.cut_after { "…" } else { "" }
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_hit_is_shown_with_whole_words_around_it() {
        let text = "Le général Krasnov marchait sur Pétrograd avec ses cosaques du Don.";
        let at = text.find("Krasnov").unwrap();
        let mark = at..at + "Krasnov".len();
        let windows = excerpt(text, std::slice::from_ref(&mark), 12);
        assert_eq!(show(text, &windows), "Le général [Krasnov] marchait sur…");
    }

    #[test]
    fn near_hits_share_a_window_and_far_ones_do_not() {
        let text = "un deux trois quatre cinq six sept huit neuf dix onze douze treize";
        let mark = |w: &str| {
            let at = text.find(w).unwrap();
            at..at + w.len()
        };
        let near = excerpt(text, &[mark("deux"), mark("quatre")], 6);
        assert_eq!(show(text, &near), "un [deux] trois [quatre] cinq six…");
        let far = excerpt(text, &[mark("deux"), mark("douze")], 5);
        assert_eq!(
            show(text, &far),
            "un [deux] trois… …dix onze [douze] treize"
        );
    }

    #[test]
    fn accented_text_is_cut_on_character_boundaries() {
        let text = "Sélo était là, à Tsarskoïé-Sélo, où l'on arrêtait les éléments.";
        let at = text.find("Tsarskoïé").unwrap();
        for context in 0..40 {
            let mark = at..at + "Tsarskoïé".len();
            let windows = excerpt(text, std::slice::from_ref(&mark), context);
            // Slicing would panic off a boundary; the hit is there, marked, once.
            let shown = show(text, &windows);
            assert!(shown.contains("[Tsarskoïé]"), "{context}: {shown}");
        }
    }

    #[test]
    fn marks_outside_the_text_are_ignored() {
        assert!(excerpt("court", &[3..99, 2..2], 5).is_empty());
    }
}
