//! The timeline on the real story: scrubbing, keyboard, playback, and the now label.

use fantoccini::Locator;

use crate::browser::keys::{ARROW_RIGHT, END, PAGE_DOWN};
use crate::browser::{open_app, Browser};

async fn text_of(browser: &Browser, css: &str) -> String {
    browser
        .wait_for(css)
        .await
        .text()
        .await
        .unwrap_or_else(|e| panic!("text of {css}: {e}"))
}

#[tokio::test]
async fn the_night_of_the_26th_puts_him_at_the_chasseurs_barracks() {
    // 02:00 on the 27th.
    let (_server, browser) = open_app("?t=1560&lang=en", 1280, 900).await;
    let slider = browser.wait_for("[role=slider]").await;
    assert_eq!(browser.slider_value().await, 1560);
    let where_ = text_of(&browser, ".now-where").await;
    assert!(where_.contains("Jäger Regiment barracks"), "{where_}");
    let day = text_of(&browser, ".now-day").await;
    assert!(
        day.contains("Friday 27 October 1917 (9 November N.S.)"),
        "{day}"
    );
    let spoken = slider
        .attr("aria-valuetext")
        .await
        .expect("attr")
        .unwrap_or_default();
    assert!(
        spoken.contains("02:00") && spoken.contains("Jäger"),
        "{spoken}"
    );
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}

#[tokio::test]
async fn keyboard_alone_moves_the_clock() {
    let (_server, browser) = open_app("?lang=en", 1280, 900).await;
    let slider = browser.wait_for("[role=slider]").await;
    let start = browser.slider_value().await;
    slider.send_keys(PAGE_DOWN).await.expect("PageDown");
    assert_eq!(browser.slider_value().await, start + 24 * 60);
    let before = browser.slider_value().await;
    slider.send_keys(ARROW_RIGHT).await.expect("Right");
    let after = browser.slider_value().await;
    assert!(
        after > before,
        "Right moves to the next event: {before} -> {after}"
    );
    slider.send_keys(END).await.expect("End");
    let end = browser.slider_value().await;
    assert!(end > after);
    // Walking back through the events by keyboard reaches the Chasseurs meeting.
    let mut found = false;
    for _ in 0..40 {
        slider.send_keys("\u{E012}").await.expect("Left");
        if browser.slider_value().await == 1560 {
            found = true;
            break;
        }
    }
    assert!(found, "arrow keys reach 02:00 on the 27th");
    let where_ = text_of(&browser, ".now-where").await;
    assert!(where_.contains("Jäger"), "{where_}");
    browser.close().await;
}

#[tokio::test]
async fn play_moves_the_clock_and_pause_stops_it() {
    let (_server, browser) = open_app("?lang=en", 1280, 900).await;
    browser.wait_for("[role=slider]").await;
    let start = browser.slider_value().await;
    let play = browser
        .client
        .find(Locator::Css(".play"))
        .await
        .expect("play");
    play.click().await.expect("play");
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    play.click().await.expect("pause");
    let paused = browser.slider_value().await;
    assert!(paused > start, "playback moved the clock");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        browser.slider_value().await,
        paused,
        "pause stops the clock"
    );
    browser.close().await;
}

/// What the timeline says, as one string per part: its day bands, its hour ticks, the now
/// label, the slider's spoken value, the play button and the speed menu, the row names,
/// the now label's heading and the titles of the uncertain marks.
async fn timeline_words(browser: &Browser) -> Vec<String> {
    let value = browser
        .eval(
            "const t = document.querySelector('.timeline');
             const all = (css) => [...t.querySelectorAll(css)].map((e) => e.textContent).join(' | ');
             const slider = t.querySelector('[role=slider]');
             return [all('.day-label'), all('.tick-label'), all('.now-day'),
                     slider.getAttribute('aria-valuetext'), slider.getAttribute('aria-label'),
                     all('.play'), all('.speed'), all('.row-label'), all('.now-heading'),
                     [...t.querySelectorAll('.mark.uncertain')].map((e) => e.title).join(' | ')];",
        )
        .await;
    serde_json::from_value(value).expect("a list of strings")
}

#[tokio::test]
async fn switching_the_language_redraws_every_word_of_the_timeline() {
    let (_server, browser) = open_app("?t=1560&lang=en", 1280, 900).await;
    browser.wait_for("[role=slider]").await;
    let english = timeline_words(&browser).await;
    assert!(
        english[0].starts_with("Thursday 26 October 1917"),
        "{english:?}"
    );
    assert!(english[2].contains("Friday 27 October"), "{english:?}");
    assert!(
        english[6].contains("Speed") && english[6].contains("a second"),
        "{english:?}"
    );

    browser
        .wait_for(".language-switch button[lang=fr]")
        .await
        .click()
        .await
        .expect("click FR");
    let mut french = Vec::new();
    for _ in 0..50 {
        french = timeline_words(&browser).await;
        if french[2].contains("vendredi") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(french[0].starts_with("jeudi 26 octobre 1917"), "{french:?}");
    assert!(french[2].contains("vendredi 27 octobre"), "{french:?}");
    assert!(
        french[3].contains("vendredi") && french[3].contains("2 h 00"),
        "{french:?}"
    );
    assert!(french[5].contains("Lecture"), "{french:?}");
    assert_eq!(french[8], "Maintenant", "{french:?}");
    assert!(french[9].contains("(heure incertaine)"), "{french:?}");
    assert!(
        french[6].contains("Vitesse") && french[6].contains("par seconde"),
        "{french:?}"
    );
    // Every part that has words changes with the language; the ticks' hours may not.
    for (i, (en, fr)) in english.iter().zip(&french).enumerate() {
        if i != 1 {
            assert_ne!(en, fr, "part {i} did not change language");
        }
    }
    let pressed = browser
        .eval(
            "return [...document.querySelectorAll('.language-switch button')]
                 .map((b) => b.lang + '=' + b.getAttribute('aria-pressed')).join(' ');",
        )
        .await;
    assert_eq!(pressed, "en=false fr=true");
    let html_lang = browser.eval("return document.documentElement.lang;").await;
    assert_eq!(html_lang, "fr");
    browser
        .assert_no_console_errors("switching the language")
        .await;
    browser.close().await;
}

/// The now label has a heading, and the hatched (uncertain) marks say in words that their
/// time is uncertain, so the hatching is not the only thing that tells it.
#[tokio::test]
async fn the_now_label_is_headed_and_uncertain_marks_say_so_in_words() {
    let (_server, browser) = open_app("?lang=en", 1280, 900).await;
    browser.wait_for("[role=slider]").await;
    let heading = text_of(&browser, ".now-label h2").await;
    assert_eq!(heading, "Now");
    let titles = browser
        .eval(
            "const titles = (css) => [...document.querySelectorAll(css)].map((e) => e.title);
             return [titles('.mark.uncertain'), titles('.mark.exact')];",
        )
        .await;
    let [uncertain, exact]: [Vec<String>; 2] =
        serde_json::from_value(titles).expect("two lists of titles");
    assert!(!uncertain.is_empty(), "the story has uncertain times");
    assert!(!exact.is_empty(), "the story has exact times");
    for title in &uncertain {
        assert!(
            title.ends_with(" (time uncertain)") && title.len() > " (time uncertain)".len(),
            "an uncertain mark's title names it and says so: {title:?}"
        );
    }
    for title in &exact {
        assert!(
            !title.is_empty() && !title.contains("uncertain"),
            "an exact mark's title: {title:?}"
        );
    }
    browser.assert_no_console_errors("during the test").await;
    browser.close().await;
}
