//! The reader on the real story: places list, passages by visit, clicking a passage,
//! links that restore the view, footnotes by keyboard and through redraws, people's notes.

use fantoccini::Locator;

use crate::browser::keys::{ARROW_RIGHT, ENTER, ESCAPE};
use crate::browser::{open_app, Browser};

/// Whether a disclosure button says it is expanded.
async fn expanded(button: &fantoccini::elements::Element) -> bool {
    button.attr("aria-expanded").await.expect("attr").as_deref() == Some("true")
}

/// The text of the popover the first `css` button controls, or `None` while it is hidden.
async fn popover_text(browser: &Browser, css: &str) -> Option<String> {
    let script = format!(
        "const n = document.getElementById(document.querySelector('{css}').getAttribute('aria-controls')); return n.hidden ? null : n.textContent"
    );
    browser.eval(&script).await.as_str().map(String::from)
}

#[tokio::test]
async fn selecting_gatchina_in_the_places_list_shows_both_days_and_passages_move_the_clock() {
    let (_server, browser) = open_app("?lang=en&t=2000", 1280, 900).await;
    browser
        .wait_for("#tab-places")
        .await
        .click()
        .await
        .expect("places tab");
    browser
        .wait_for("button[data-place=gatchina]")
        .await
        .click()
        .await
        .expect("select Gatchina");
    browser.wait_for(".passages.place").await;
    let t = browser.slider_value().await;
    assert!(
        (0..24 * 60).contains(&t),
        "the clock jumps to the 26th: {t}"
    );
    let whens = browser.all_text(".passages.place .when").await;
    assert!(whens.iter().any(|w| w.contains("26 October")), "{whens:?}");
    assert!(whens.iter().any(|w| w.contains("27 October")), "{whens:?}");
    // The address bar follows a moment later (it is debounced).
    let search = browser.wait_for_search("place=gatchina").await;
    assert!(search.contains("place=gatchina"), "{search}");
    // The last passage listed (the 27th) moves the clock when its button is pressed.
    let before = browser.slider_value().await;
    let goes = browser
        .client
        .find_all(Locator::Css(".passages.place .passage .go"))
        .await
        .expect("passage buttons");
    browser
        .eval("const g = document.querySelectorAll('.passages.place .passage .go'); g[g.length - 1].click(); return null")
        .await;
    assert!(!goes.is_empty(), "Gatchina has passages with a moment");
    let after = browser.slider_value().await;
    assert_ne!(before, after, "clicking a passage moves the clock");
    // Read in context opens the full text at that paragraph.
    browser
        .eval("document.querySelector('.passages.place .passage .read').click(); return null")
        .await;
    browser.wait_for(".memoir .current").await;
    let selected = browser
        .eval("return document.querySelector('#tab-text').getAttribute('aria-selected')")
        .await;
    assert_eq!(selected, "true");
    // ...and that paragraph, the one the passage quotes, takes the focus and flashes.
    let mut focused = serde_json::Value::Null;
    for _ in 0..50 {
        focused = browser
            .eval(
                "const p = document.activeElement;
                 return p && p.id.startsWith('p-') && p.classList.contains('flash')
                     ? p.textContent : null;",
            )
            .await;
        if !focused.is_null() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let focused = focused.as_str().unwrap_or_default().to_string();
    assert!(
        !focused.is_empty(),
        "a memoir paragraph has the focus and flashes"
    );
    let quoted = browser
        .eval("return document.querySelector('.passages.place .passage blockquote').textContent")
        .await;
    let quoted = quoted.as_str().unwrap_or_default();
    let words: String = quoted
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        focused
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains(&words),
        "the focused paragraph quotes the passage: `{words}` in `{focused}`"
    );
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn a_link_restores_the_view_after_reload() {
    let (_server, browser) = open_app("?t=1560&panel=text&lang=fr", 1280, 900).await;
    browser.wait_for(".memoir .current").await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for(".memoir .current").await;
    assert_eq!(browser.slider_value().await, 1560);
    let selected = browser
        .eval("return document.querySelector('#tab-text').getAttribute('aria-selected')")
        .await;
    assert_eq!(selected, "true");
    let day = browser
        .wait_for(".now-day")
        .await
        .text()
        .await
        .expect("text");
    assert!(day.contains("vendredi 27 octobre 1917"), "{day}");
    browser.close().await;
}

#[tokio::test]
async fn a_footnote_opens_with_enter_and_closes_with_escape() {
    let (_server, browser) = open_app("?panel=text&lang=en", 1280, 900).await;
    // In English the full text is drawn again when the translation arrives: take the
    // marker from the English text, not from the French shown until then.
    let marker = browser.wait_for(".memoir [lang=en] .footnote-ref").await;
    browser
        .eval("document.querySelector('.memoir [lang=en] .footnote-ref').focus(); return null")
        .await;
    marker.send_keys(ENTER).await.expect("Enter");
    assert!(expanded(&marker).await);
    let note = popover_text(&browser, ".memoir .footnote-ref").await;
    assert!(note.is_some_and(|n| n.len() > 10), "the note is shown");
    marker.send_keys(ESCAPE).await.expect("Escape");
    assert!(!expanded(&marker).await);
    assert_eq!(popover_text(&browser, ".memoir .footnote-ref").await, None);
    browser.close().await;
}

#[tokio::test]
async fn a_name_in_a_quotation_says_who_it_was_without_moving_the_clock() {
    let (_server, browser) = open_app("?lang=en&t=2000&place=smolny", 1280, 900).await;
    const NAME: &str = ".passages.place blockquote .person-name";
    let name = browser.wait_for(NAME).await;
    let before = browser.slider_value().await;
    name.click().await.expect("click the name");
    assert!(expanded(&name).await);
    let note = popover_text(&browser, NAME).await.unwrap_or_default();
    assert!(
        note.contains(" — ") && note.len() > 20,
        "who they were: {note:?}"
    );
    assert_eq!(
        browser.slider_value().await,
        before,
        "a name's click is not the quotation's click"
    );
    name.send_keys(ESCAPE).await.expect("Escape");
    assert!(!expanded(&name).await);
    assert_eq!(popover_text(&browser, NAME).await, None);
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn an_open_footnote_stays_open_while_the_clock_moves() {
    // 16:30 on the 26th: paragraph p16, which has a footnote, tells this step and the next
    // three, each marking another passage of it, so it is drawn again at each step.
    let (_server, browser) = open_app("?panel=text&lang=en&t=990", 1280, 900).await;
    let marker = browser
        .wait_for(".memoir #p-p16.current .footnote-ref")
        .await;
    marker.click().await.expect("open the note");
    let n = marker.attr("data-note").await.expect("attr");
    let marked_before = browser
        .eval("return document.querySelector('#p-p16').innerHTML")
        .await;
    let slider = browser.wait_for("[role=slider]").await;
    for _ in 0..3 {
        slider.send_keys(ARROW_RIGHT).await.expect("Right");
    }
    assert!(browser.slider_value().await > 990, "the clock moved");
    let marked_after = browser
        .eval("return document.querySelector('#p-p16').innerHTML")
        .await;
    assert_ne!(marked_before, marked_after, "p16 was drawn again");
    let open = browser
        .eval("return Array.from(document.querySelectorAll('.memoir .footnote-ref')).filter(b => b.getAttribute('aria-expanded') === 'true' && !document.getElementById(b.getAttribute('aria-controls')).hidden).map(b => b.dataset.note)")
        .await;
    assert_eq!(open, serde_json::json!([n]), "one note open, the same one");
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn reading_the_full_text_moves_the_clock_to_the_paragraph_at_the_top() {
    let (_server, browser) = open_app("?panel=text&lang=en&t=0", 1280, 900).await;
    browser.wait_for(".memoir #p-p32").await;
    let start = browser.slider_value().await;
    // The reader's own scrolling: a wheel in the text, then the paragraph about the car to
    // Krasnoye Selo (27th, 11:45) brought to the top.
    browser
        .eval("document.querySelector('.memoir').dispatchEvent(new WheelEvent('wheel', {bubbles: true})); document.querySelector('#p-p32').scrollIntoView({block: 'start'}); return null")
        .await;
    let mut t = start;
    for _ in 0..30 {
        t = browser.slider_value().await;
        if t != start {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(t, 24 * 60 + 11 * 60 + 45, "the clock follows the text");
    // Scrolling that the reader did not start (here, without a wheel, key or touch first)
    // leaves the clock alone.
    // Kept as a sleep: the app counts a scroll as the reader's for 1.5 s after their last
    // wheel, key or touch (`USER_SCROLL_MS`), a time kept inside it that the page does not
    // show; this outlasts it, so the scroll below is one the reader did not start.
    tokio::time::sleep(std::time::Duration::from_millis(1600)).await;
    browser
        .eval("document.querySelector('#p-p08').scrollIntoView({block: 'start'}); return null")
        .await;
    // Kept as a sleep: that nothing happens is what is tested. The paragraph observer
    // answers a scroll within a frame or two; half a second of the clock unmoved is the
    // proof.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(browser.slider_value().await, t);
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

/// Issue 15, defect 1: a place's passages list each quotation once, although a step and a
/// place's mention may both hold it (Petrograd), or a mention lie within a step's longer
/// quotation (Gatchina).
#[tokio::test]
async fn a_place_lists_each_quotation_once() {
    for (place, starts) in [
        (
            "petrograd",
            &[
                "Ayant pris froid",
                "Nous commençâmes par rejoindre le régiment Izmaïlovski.",
            ][..],
        ),
        ("gatchina", &["Tout Gatchina me fit l'impression"][..]),
    ] {
        // The French original is read (in English the translation is the default).
        let query = format!("?lang=en&place={place}&read=original");
        let (_server, browser) = open_app(&query, 1280, 900).await;
        browser
            .wait_for(".passages.place .passage blockquote")
            .await;
        let quotes = browser
            .all_text(".passages.place .passage blockquote")
            .await;
        for start in starts {
            let n = quotes
                .iter()
                .filter(|q| q.trim_start().starts_with(start))
                .count();
            assert_eq!(
                n, 1,
                "{place}: « {start}… » listed {n} times in {quotes:#?}"
            );
        }
        browser.assert_no_console_errors("during the test").await;
        browser.close().await;
    }
}

/// Issue 15, defect 2: "Read in context" on a passage that quotes a footnote opens the
/// full text on that note: open, its marker focused, the note in view in the reader.
#[tokio::test]
async fn read_in_context_on_a_quoted_footnote_opens_the_note() {
    for (place, note, words) in [
        ("pulkovo", 7, "Poulkovo"),
        ("kshesinskaya-mansion", 1, "Kchessinskaya"),
    ] {
        // The French original is read (in English the translation is the default).
        let query = format!("?lang=en&place={place}&read=original");
        let (_server, browser) = open_app(&query, 1280, 900).await;
        browser.wait_for(".passages.place .passage .read").await;
        browser
            .eval("document.querySelector('.passages.place .passage .read').click(); return null")
            .await;
        let script = format!(
            r#"const m = document.querySelector('.memoir .footnote-ref[data-note="{note}"]');
if (!m || document.querySelector('#tab-text').getAttribute('aria-selected') !== 'true') return null;
const n = document.getElementById(m.getAttribute('aria-controls'));
const r = document.querySelector('#reader').getBoundingClientRect();
const b = n.getBoundingClientRect();
return [m.getAttribute('aria-expanded'), n.hidden ? '' : n.textContent,
        document.activeElement === m, b.top >= r.top && b.bottom <= r.bottom && b.height > 0];"#
        );
        let mut seen = serde_json::Value::Null;
        for _ in 0..50 {
            seen = browser.eval(&script).await;
            if seen[2] == true && seen[3] == true {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(seen[0], "true", "{place}: note {note} is open: {seen}");
        assert!(
            seen[1].as_str().is_some_and(|t| t.contains(words)),
            "{place}: the note quoted is shown: {seen}"
        );
        assert_eq!(seen[2], true, "{place}: its marker has the focus: {seen}");
        assert_eq!(seen[3], true, "{place}: the note is in view: {seen}");
        browser.assert_no_console_errors("during the test").await;
        browser.close().await;
    }
}
