//! "Find in the memoir" (issue 25): the field and its shortcut, the hits listed with their
//! words marked, the timeline's marks and the map's places standing out, Enter from hit to
//! hit with the clock and the full text following, the query in the URL.

use std::collections::BTreeSet;
use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;

use crate::browser::keys::ENTER;
use crate::browser::{open_app, Browser};

/// The blocks the hits list names, in order.
async fn listed(browser: &Browser) -> Vec<String> {
    let blocks = browser
        .eval("return [...document.querySelectorAll('.hits .find-hit')].map(h => h.dataset.block)")
        .await;
    serde_json::from_value(blocks).expect("a list of block ids")
}

/// Types `text` into the search field (a real key press per character).
async fn type_query(browser: &Browser, text: &str) {
    let field = browser.wait_for("#find-field").await;
    field.clear().await.expect("clear the field");
    field.send_keys(text).await.expect("type into the field");
    browser.wait_settled().await;
}

/// What the story says Krasnov's search finds: the blocks telling the events whose titles
/// name him, and every block whose words do (computed from the data, not from the page).
fn krasnov_blocks() -> BTreeSet<String> {
    let (story, translated) = petrograd1917::story::Story::bundled()
        .expect("the bundled story loads")
        .split_translated_text();
    let finder = petrograd1917::logic::find::Finder::new(&story, translated.as_ref());
    finder
        .find("Krasnov", true, true)
        .hits
        .iter()
        .map(|h| h.block.id.to_string())
        .collect()
}

#[tokio::test]
async fn krasnov_lists_the_gatchina_news_marks_the_timeline_and_gatchina_in_both_languages() {
    let (_server, browser) = open_app("?lang=en", 1280, 900).await;
    browser.wait_live().await;
    // The shortcut, from the page (not a field): "/" brings the focus to the search.
    browser
        .eval("document.activeElement && document.activeElement.blur(); return true")
        .await;
    browser.press("/").await;
    let focused = browser.eval("return document.activeElement.id").await;
    assert_eq!(focused, json!("find-field"), "'/' focuses the search field");
    type_query(&browser, "Krasnov").await;

    let expected = krasnov_blocks();
    assert!(
        expected.contains("p32") && expected.contains("p46"),
        "the news of Gatchina (p32, p46) tells the event naming Krasnov: {expected:?}"
    );
    let blocks: BTreeSet<String> = listed(&browser).await.into_iter().collect();
    assert_eq!(blocks, expected, "every block the story gives, listed");
    let seen = browser
        .eval(
            "return [document.querySelector('#tab-find').getAttribute('aria-selected'),
                     document.querySelector('.find-status').textContent,
                     [...document.querySelectorAll('.hit-event mark')].map(m => m.textContent),
                     document.querySelectorAll('.found-mark').length,
                     document.querySelectorAll('.mark.event.found').length,
                     [...document.querySelectorAll('.place.found')].map(p => p.dataset.place)]",
        )
        .await;
    assert_eq!(seen[0], json!("true"), "the Find tab opens: {seen}");
    assert!(
        seen[1]
            .as_str()
            .is_some_and(|s| s.contains("1 event on the timeline")),
        "{seen}"
    );
    assert!(
        seen[2]
            .as_array()
            .is_some_and(|m| !m.is_empty() && m.iter().all(|w| w == "Krasnov")),
        "the name marked in the event's title: {seen}"
    );
    assert!(
        seen[3].as_u64() > Some(0),
        "the hits' moments are marked: {seen}"
    );
    assert_eq!(
        seen[4],
        json!(1),
        "the event is marked on the timeline: {seen}"
    );
    assert!(
        seen[5]
            .as_array()
            .is_some_and(|p| p.contains(&json!("gatchina"))),
        "Gatchina stands out on the map: {seen}"
    );
    assert!(browser
        .wait_for_search("q=Krasnov")
        .await
        .contains("q=Krasnov"));

    // In French: the same blocks, the title in French.
    browser
        .client
        .find(Locator::Css(".language-switch button[lang=fr]"))
        .await
        .expect("the French button")
        .click()
        .await
        .expect("switch to French");
    browser
        .wait_until(
            "document.querySelector('.hit-event').textContent.includes('Les troupes de Krasnov')",
            Duration::from_secs(5),
        )
        .await;
    let blocks: BTreeSet<String> = listed(&browser).await.into_iter().collect();
    assert_eq!(blocks, expected, "the same hits in French");
    browser.assert_no_console_errors("searching Krasnov").await;
    browser.close().await;
}

#[tokio::test]
async fn lenine_without_its_accent_finds_lenin_in_french_and_in_english() {
    let (_server, browser) = open_app("?lang=fr", 1280, 900).await;
    type_query(&browser, "Lenine").await;
    let marks = browser
        .eval("return [...document.querySelectorAll('.hits mark')].map(m => m.textContent)")
        .await;
    let marks: Vec<String> = serde_json::from_value(marks).expect("marks");
    // "Lenine" is one of Lenin's names: all of them are found, "Lénine" among them.
    let story = petrograd1917::story::Story::bundled().expect("the bundled story loads");
    let lenin = story.person("lenin").expect("Lenin is in the story");
    assert!(marks.iter().any(|m| m == "Lénine"), "{marks:?}");
    assert!(
        marks.iter().all(|m| lenin.forms.contains(m)),
        "every mark is one of Lenin's French names: {marks:?}"
    );
    // In English, reading the translation: Lenin's English names are marked.
    let (_server2, english) = open_app("?lang=en&q=Lenine&read=translation", 1280, 900).await;
    english.wait_for(".hits mark").await;
    let marks = english
        .eval("return [...document.querySelectorAll('.hits mark')].map(m => m.textContent)")
        .await;
    let marks: Vec<String> = serde_json::from_value(marks).expect("marks");
    assert!(marks.iter().any(|m| m == "Lenin"), "{marks:?}");
    assert!(
        marks.iter().all(|m| lenin.translation_forms.contains(m)),
        "every mark is one of Lenin's English names: {marks:?}"
    );
    english.close().await;
    browser.close().await;
}

#[tokio::test]
async fn enter_goes_from_hit_to_hit_with_the_clock_and_the_full_text_following() {
    let (_server, browser) = open_app("?lang=en&q=Gatchina", 1280, 900).await;
    browser.wait_for(".hits .find-hit").await;
    let field = browser.wait_for("#find-field").await;
    assert_eq!(
        field
            .prop("value")
            .await
            .expect("the field's value")
            .as_deref(),
        Some("Gatchina"),
        "the link's query is in the field"
    );
    field.click().await.expect("focus the field");
    let mut seen = Vec::new();
    for _ in 0..3 {
        browser.press(ENTER).await;
        browser.wait_settled().await;
        let current = browser
            .eval(
                "const c = document.querySelector('.find-hit.current');
                 return [c.dataset.block, Number(c.dataset.from), Number(c.dataset.to),
                         document.activeElement.id]",
            )
            .await;
        let t = browser.slider_value().await;
        let (from, to) = (current[1].as_i64(), current[2].as_i64());
        assert!(
            from <= Some(t) && Some(t) < to,
            "the clock ({t}) is at the hit's moment: {current}"
        );
        assert_eq!(
            current[3],
            json!("find-field"),
            "the focus stays in the field"
        );
        seen.push(current[0].clone());
    }
    let order = listed(&browser).await;
    assert_eq!(
        seen,
        order.iter().take(3).map(|b| json!(b)).collect::<Vec<_>>(),
        "Enter goes down the list"
    );
    // Shift+Enter goes back one.
    browser
        .eval("document.getElementById('find-field').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', shiftKey: true, bubbles: true})); return true")
        .await;
    browser.wait_settled().await;
    let back = browser
        .eval("return document.querySelector('.find-hit.current').dataset.block")
        .await;
    assert_eq!(back, seen[1], "Shift+Enter goes back");

    // With the full text open, Enter brings the next hit's paragraph into view there.
    browser
        .eval("document.getElementById('tab-text').click(); document.getElementById('find-field').focus(); return true")
        .await;
    browser.wait_settled().await;
    browser.press(ENTER).await;
    let block = browser
        .eval("return document.querySelector('.find-hit.current').dataset.block")
        .await;
    let block = block.as_str().expect("a current hit").to_string();
    browser
        .wait_until(
            &format!(
                "(() => {{ const p = document.getElementById('p-{block}') || document.querySelector('.memoir .flash');
                          const r = p.getBoundingClientRect(); const s = document.getElementById('reader').getBoundingClientRect();
                          return p.classList.contains('flash') && r.bottom > s.top && r.top < s.bottom; }})()"
            ),
            Duration::from_secs(5),
        )
        .await;
    browser
        .assert_no_console_errors("going from hit to hit")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn no_hit_is_said_with_the_query_kept_and_old_links_open_as_before() {
    let (server, browser) = open_app("?lang=en", 1280, 900).await;
    type_query(&browser, "xyzzy").await;
    let seen = browser
        .eval(
            "return [document.querySelector('.find-status').textContent,
                     document.getElementById('find-field').value,
                     document.querySelectorAll('.hits .find-hit').length]",
        )
        .await;
    assert_eq!(seen, json!(["No match for “xyzzy”.", "xyzzy", 0]));
    assert!(browser.wait_for_search("q=xyzzy").await.contains("q=xyzzy"));
    // A link without a search opens as before: the passages, an empty field.
    browser
        .client
        .goto(&format!("{}?t=990&lang=en", server.base_url))
        .await
        .expect("open an old link");
    browser.wait_live().await;
    let seen = browser
        .eval(
            "return [document.querySelector('#tab-passages').getAttribute('aria-selected'),
                     document.getElementById('find-field').value]",
        )
        .await;
    assert_eq!(seen, json!(["true", ""]));
    browser.close().await;
}
