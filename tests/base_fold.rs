#![cfg(not(target_arch = "wasm32"))]
//! Folding for search (`base::fold`): its hand-written diacritic table against Unicode's
//! own decompositions, the runs of punctuation it collapses, and the way back from a
//! folded match to the words of the original.

use petrograd1917::base::fold::{fold, fold_text};
use unicode_normalization::UnicodeNormalization;

/// The letters Unicode does not decompose (or decomposes into one of them) that folding
/// still writes plainly, as a reader types them: ligatures as two letters, letters with a
/// stroke or a bar as the bare letter.
const EXCEPTIONS: [(char, &str); 19] = [
    ('æ', "ae"),
    ('œ', "oe"),
    ('ß', "ss"),
    ('ø', "o"),
    ('đ', "d"),
    ('ħ', "h"),
    ('ı', "i"),
    ('ĳ', "ij"),
    ('ŀ', "l"),
    ('ł', "l"),
    ('ŧ', "t"),
    ('ſ', "s"),
    ('ƀ', "b"),
    ('ƶ', "z"),
    ('ǥ', "g"),
    ('ǆ', "dz"),
    ('ǉ', "lj"),
    ('ǌ', "nj"),
    ('ǳ', "dz"),
];

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// What Unicode says `c` folds to: its canonical decomposition without the combining
/// marks, lowercased, then the exceptions.
fn unicode_fold(c: char) -> String {
    let bare: String = std::iter::once(c).nfd().filter(|&d| !is_mark(d)).collect();
    bare.chars()
        .flat_map(char::to_lowercase)
        .filter(|&d| !is_mark(d))
        .map(|d| match EXCEPTIONS.iter().find(|(e, _)| *e == d) {
            Some((_, plain)) => (*plain).to_owned(),
            None => d.to_string(),
        })
        .collect()
}

#[test]
fn every_latin_letter_folds_as_its_unicode_decomposition() {
    let mut checked = 0;
    for c in '\u{c0}'..='\u{24f}' {
        let folded = fold_text(&c.to_string());
        if c.is_alphabetic() {
            assert_eq!(folded, unicode_fold(c), "{c} (U+{:04X})", c as u32);
            checked += 1;
        } else {
            // × and ÷: punctuation, a run of one.
            assert_eq!(folded, " ", "{c} (U+{:04X})", c as u32);
        }
    }
    assert!(checked > 350, "{checked}");
}

#[test]
fn the_exceptions_are_letters_unicode_leaves_alone() {
    for (c, plain) in EXCEPTIONS {
        let decomposed: String = std::iter::once(c).nfd().collect();
        assert_eq!(
            decomposed,
            c.to_string(),
            "{c} has a decomposition: drop it"
        );
        assert!(c.is_lowercase(), "{c}");
        assert!(plain.chars().all(|p| p.is_ascii_lowercase()), "{c}");
        // Œ folds as œ, and ß's uppercase "SS" as "ss".
        let upper: String = c.to_uppercase().collect();
        assert_eq!(fold_text(&upper), plain, "{upper}");
    }
}

#[test]
fn decomposed_and_composed_french_fold_alike() {
    for text in [
        "Tsarskoïé-Sélo",
        "« Félicitations ! La révolution a éclaté ! »",
        "L’état-major, Pétrograd, l’Ermitage : Œuvres complètes.",
        "Krassnoïé-Sélo et Péterhof",
    ] {
        let nfd: String = text.nfd().collect();
        let nfc: String = text.nfc().collect();
        assert_ne!(nfd, nfc, "{text}");
        assert_eq!(fold_text(&nfd), fold_text(&nfc), "{text}");
        assert_eq!(fold(&nfd).text, fold_text(&nfd), "{text}");
    }
}

#[test]
fn every_run_of_spaces_and_punctuation_is_one_space() {
    for (text, folded) in [
        ("Tsarskoïé-Sélo", "tsarskoie selo"),
        ("l’armée", "l armee"),
        ("l'armée", "l armee"),
        ("LÉNINE", "lenine"),
        ("  Tsarskoïé-Sélo  ", " tsarskoie selo "),
        ("« Le Palais d’Hiver »", " le palais d hiver "),
        (
            "Félicitations ! La révolution",
            "felicitations la revolution",
        ),
        ("a\u{a0}—\u{a0}b", "a b"),
        ("176e régiment, 22h45…", "176e regiment 22h45 "),
        ("Cœur, sœur, Ægide", "coeur soeur aegide"),
        ("", ""),
        ("...", " "),
    ] {
        assert_eq!(fold_text(text), folded, "{text:?}");
    }
}

/// The original words of `needle` found in the folding of `text`.
fn found<'a>(text: &'a str, needle: &str) -> Vec<&'a str> {
    let f = fold(text);
    f.text
        .match_indices(needle)
        .map(|(at, m)| {
            let range = f.original(at..at + m.len());
            text.get(range).unwrap_or("<not on char boundaries>")
        })
        .collect()
}

#[test]
fn a_folded_match_maps_back_to_exactly_its_words() {
    assert_eq!(found("Lénine", "lenine"), ["Lénine"]);
    assert_eq!(found("« Lénine »", "lenine"), ["Lénine"]);
    assert_eq!(
        found("au front de Tsarskoïé-Sélo.", "tsarskoie selo"),
        ["Tsarskoïé-Sélo"]
    );
    assert_eq!(found("dans l’armée", "armee"), ["armée"]);
    assert_eq!(found("dans l’armée", "l armee"), ["l’armée"]);
    assert_eq!(
        found(
            "« Félicitations ! La révolution a éclaté ! »",
            "felicitations la revolution"
        ),
        ["Félicitations ! La révolution"]
    );
    assert_eq!(
        found("Vladimir Ilitch, Ilitch", "ilitch"),
        ["Ilitch", "Ilitch"]
    );
    // A prefix ends inside a word; inside a ligature, the whole ligature is marked.
    assert_eq!(found("les cosaques", "cosaque"), ["cosaque"]);
    assert_eq!(found("Cœur", "co"), ["Cœ"]);
    // Decomposed accents go with their letter.
    assert_eq!(found("Le\u{301}nine", "lenine"), ["Le\u{301}nine"]);
    assert_eq!(found("Le\u{301}", "le"), ["Le\u{301}"]);
}

#[test]
fn every_folded_range_maps_to_whole_characters_that_fold_to_it() {
    for text in [
        "« Félicitations ! La révolution a éclaté ! Le Palais d’Hiver est pris »",
        "Tsarskoïé-Sélo — Krassnoïé-Sélo, Œuvres, straße",
        "Le\u{301}nine et  l’armée…",
        "",
    ] {
        let f = fold(text);
        assert_eq!(f.starts.len(), f.text.len() + 1, "{text:?}");
        assert_eq!(f.starts.last(), Some(&text.len()), "{text:?}");
        assert!(f.starts.windows(2).all(|w| w[0] <= w[1]), "{text:?}");
        assert!(
            f.starts.iter().all(|&s| text.is_char_boundary(s)),
            "{text:?}"
        );
        let bounds: Vec<usize> = (0..=f.text.len())
            .filter(|&i| f.text.is_char_boundary(i))
            .collect();
        for (n, &a) in bounds.iter().enumerate() {
            for &b in &bounds[n..] {
                let range = f.original(a..b);
                let words = text.get(range.clone());
                assert!(words.is_some(), "{text:?} {a}..{b} -> {range:?}");
                let refolded = fold_text(words.unwrap_or(""));
                assert!(
                    refolded.contains(&f.text[a..b]),
                    "{text:?} {a}..{b}: {:?} folds to {refolded:?}, not around {:?}",
                    words,
                    &f.text[a..b]
                );
            }
        }
    }
}
