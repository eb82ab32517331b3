//! The memoir in English beside the French: the passages and the full text in the chosen
//! text (original, translation, both), the choice one action away and kept through a
//! reload, and the two texts aligned side by side on a wide screen.

use std::time::Duration;

use crate::browser::{open_app, Browser};

/// Waits until each of `words` is in the text of some element matching `css`. The
/// translation is fetched after the first view, so the original may show alone for a
/// moment before a choice that includes the English can be seen whole.
async fn wait_for_words(browser: &Browser, css: &str, words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for _ in 0..50 {
        found = browser.all_text(css).await;
        if words.iter().all(|w| found.iter().any(|t| t.contains(w))) {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("not all of {words:?} in {css}: {found:?}");
}

/// Chooses a text in the reader's select, as a user does: one change.
async fn choose(browser: &Browser, reading: &str) {
    let script = format!(
        "const s = document.querySelector('.reading-choice select'); s.value = '{reading}';
         s.dispatchEvent(new Event('change', {{bubbles: true}})); return s.value"
    );
    assert_eq!(browser.eval(&script).await, reading);
}

const QUOTES: &str = ".passages.place .passage blockquote";

#[tokio::test]
async fn in_english_gatchina_reads_in_english_with_the_french_one_action_away() {
    let (_server, browser) = open_app("?lang=en&place=gatchina", 1280, 900).await;
    let shown = wait_for_words(&browser, QUOTES, &["No cyclists."]).await;
    assert!(
        !shown.iter().any(|t| t.contains("Pas de cyclistes")),
        "the English alone at first: {shown:?}"
    );
    let langs = browser
        .all_text(".passages.place blockquote.translated")
        .await;
    assert_eq!(langs.len(), shown.len(), "every passage is the translation");
    let marks = browser.all_text(".passages.place .translated-mark").await;
    assert_eq!(marks.len(), shown.len(), "each translation says it is ours");
    assert!(
        marks.iter().all(|m| m.contains("Our translation")),
        "{marks:?}"
    );
    // One action: the French beside the English.
    choose(&browser, "both").await;
    let both = wait_for_words(&browser, QUOTES, &["Pas de cyclistes.", "No cyclists."]).await;
    assert_eq!(
        both.len(),
        shown.len() * 2,
        "each passage in both texts: {both:?}"
    );
    let lang = browser
        .eval("return Array.from(document.querySelectorAll('.passages.place blockquote.original')).every(b => b.lang === 'fr')")
        .await;
    assert_eq!(lang, true, "the French is marked as French");
    // The choice is in the address and survives a reload.
    let query = browser.wait_for_search("read=both").await;
    assert!(query.contains("read=both"), "{query}");
    browser.client.refresh().await.expect("reload");
    let again = wait_for_words(&browser, QUOTES, &["Pas de cyclistes.", "No cyclists."]).await;
    assert_eq!(again.len(), both.len(), "{again:?}");
    let checked = browser
        .eval("return document.querySelector('.reading-choice select').value")
        .await;
    assert_eq!(checked, "both");
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn in_french_the_french_as_before_with_the_english_the_same_way() {
    let (_server, browser) = open_app("?lang=fr&place=gatchina", 1280, 900).await;
    let shown = wait_for_words(&browser, QUOTES, &["Pas de cyclistes."]).await;
    assert!(
        !shown.iter().any(|t| t.contains("No cyclists")),
        "{shown:?}"
    );
    choose(&browser, "translation").await;
    let english = wait_for_words(&browser, QUOTES, &["No cyclists."]).await;
    assert!(
        !english.iter().any(|t| t.contains("Pas de cyclistes")),
        "{english:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_full_text_side_by_side_aligns_each_paragraph_with_its_translation() {
    let (_server, browser) = open_app("?lang=en&panel=text&read=both", 1280, 900).await;
    browser.wait_for(".memoir .pair #p-p14").await;
    let pair = browser
        .eval(
            "const fr = document.getElementById('p-p14'); const en = fr.nextElementSibling;
             const a = fr.getBoundingClientRect(), b = en.getBoundingClientRect();
             return [fr.lang, fr.textContent, en.lang, en.textContent, a.top, b.top, a.right, b.left];",
        )
        .await;
    let pair = pair.as_array().cloned().unwrap_or_default();
    assert_eq!(pair.len(), 8, "{pair:?}");
    assert_eq!(pair[0], "fr");
    assert!(pair[1]
        .as_str()
        .unwrap_or_default()
        .contains("Pas de cyclistes."));
    assert_eq!(pair[2], "en");
    assert!(pair[3]
        .as_str()
        .unwrap_or_default()
        .contains("No cyclists."));
    let (top_fr, top_en) = (
        pair[4].as_f64().unwrap_or(-1.0),
        pair[5].as_f64().unwrap_or(-2.0),
    );
    assert!(
        (top_fr - top_en).abs() < 1.0,
        "aligned: {top_fr} and {top_en}"
    );
    let (right_fr, left_en) = (
        pair[6].as_f64().unwrap_or(0.0),
        pair[7].as_f64().unwrap_or(0.0),
    );
    assert!(
        left_en >= right_fr,
        "side by side: {right_fr} then {left_en}"
    );
    // The notes open in both languages, each in its own.
    browser
        .eval("document.querySelector('#p-p08 .footnote-ref').click(); return null")
        .await;
    let notes = browser.all_text(".pair .footnote-text:not([hidden])").await;
    assert!(
        notes.iter().any(|n| n.contains("Cheka")) && notes.iter().any(|n| n.contains("Tcheka")),
        "{notes:?}"
    );
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn in_english_the_full_text_and_its_notes_are_english_and_follow_the_clock() {
    let (_server, browser) = open_app("?lang=en&panel=text&t=1560", 1280, 900).await;
    // The French shows until the English arrives; then the current paragraph is English.
    let current = browser.wait_for(".memoir .current[lang=en]").await;
    let words = current.text().await.expect("text");
    assert!(!words.is_empty());
    let french = browser.all_text(".memoir [lang=fr]").await;
    assert!(french.is_empty(), "no French in English: {}", french.len());
    browser.close().await;
}
