//! The timeline on the real story: scrubbing, keyboard, playback, and the now label.

use fantoccini::Locator;

use crate::browser::keys::{ARROW_RIGHT, END, PAGE_DOWN};
use crate::browser::{open_app, set_viewport, Browser};

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
    browser
        .wait_until(
            &format!("Number(document.querySelector('[role=slider]').getAttribute('aria-valuenow')) > {start}"),
            std::time::Duration::from_secs(10),
        )
        .await;
    play.click().await.expect("pause");
    let paused = browser.slider_value().await;
    assert!(paused > start, "playback moved the clock");
    // Kept as a sleep: that nothing happens is what is tested: the clock stays where the
    // pause left it for half a second, five of playback's 100 ms ticks.
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

/// Every visible label of the timeline (day bands, hour ticks, context events), checked in
/// the page as laid out: each word of its text is on one line and inside every box that
/// clips it (its own, an ancestor's with hidden overflow, the track's width); a shown text
/// that is not the full title is whole words of it followed by an ellipsis, the full
/// title being in the label's `title`; and no two labels' texts overlap. Returns the
/// problems, the number of context labels shown, of context marks, and of labels shortened.
const LABELS_JS: &str = r#"
const track = document.querySelector('.track');
const cut = (v) => v === 'hidden' || v === 'clip';
const problems = [];
const boxes = [];
let events = 0, shortened = 0;
const t = track.getBoundingClientRect();
for (const label of track.querySelectorAll('.day-label, .tick-label, .event-label:not(.event-probe)')) {
  const name = `${label.className} "${label.textContent}"`;
  const clips = [{ left: t.left, right: t.right, top: -Infinity, bottom: Infinity, name: 'the track' }];
  for (let a = label; a && a !== document.body; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (cut(s.overflowX) || cut(s.overflowY)) {
      const q = a.getBoundingClientRect();
      clips.push({ left: q.left, right: q.right, top: q.top, bottom: q.bottom, name: a.className });
    }
  }
  if (label.scrollWidth > label.clientWidth + 1 && cut(getComputedStyle(label).overflowX))
    problems.push(`${name} hides ${label.scrollWidth - label.clientWidth} px of its text`);
  let box = null;
  const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      if (rects.length > 1) problems.push(`${name}: the word "${m[0]}" is broken over ${rects.length} lines`);
      for (const r of rects) {
        for (const c of clips)
          if (r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5)
            problems.push(`${name}: the word "${m[0]}" (${r.left.toFixed(1)}..${r.right.toFixed(1)}) is cut by ${c.name} (${c.left.toFixed(1)}..${c.right.toFixed(1)})`);
        box = box ? { left: Math.min(box.left, r.left), right: Math.max(box.right, r.right),
                      top: Math.min(box.top, r.top), bottom: Math.max(box.bottom, r.bottom) }
                  : { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }
    }
  }
  if (!box) continue;
  boxes.push({ name, ...box });
  if (!label.classList.contains('event-label')) continue;
  events++;
  const shown = label.querySelector('.event-text').textContent;
  const title = label.title;
  if (title === shown || title.startsWith(shown + ' (')) continue;
  shortened++;
  const kept = shown.endsWith('…') ? shown.slice(0, -1) : null;
  const next = kept === null ? '' : title.charAt(kept.length);
  if (!kept || !title.startsWith(kept) || !/[\s,;:—–-]/.test(next))
    problems.push(`${name} is not its title "${title}" shortened at a word boundary with an ellipsis`);
}
for (let i = 0; i < boxes.length; i++)
  for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i], boxes[j]];
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 0.5 && h > 0.5) problems.push(`${a.name} and ${b.name} overlap by ${w.toFixed(1)}×${h.toFixed(1)} px`);
  }
return [problems, events, track.querySelectorAll('.mark.event').length, shortened];
"#;

/// The timeline's labels as [`LABELS_JS`] finds them: the problems, the context labels
/// shown, the context marks and the labels shortened.
async fn label_problems(browser: &Browser) -> (Vec<String>, u64, u64, u64) {
    let v = browser.eval(LABELS_JS).await;
    let problems = v[0]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(String::from))
        .collect();
    let n = |i: usize| v[i].as_u64().unwrap_or(0);
    (problems, n(1), n(2), n(3))
}

/// No label of the timeline is cut mid-word and none overlaps another, in both languages,
/// on a phone, a laptop and a wide screen, and after the window is resized from one to
/// the other (the context labels are laid out again from the new width).
#[tokio::test]
async fn no_timeline_label_is_cut_mid_word_or_overlaps_another() {
    let sizes = [(1920, 1080), (1280, 660), (375, 740), (1920, 1080)];
    for lang in ["en", "fr"] {
        let (width, height) = sizes[0];
        let (_server, browser) =
            crate::layout::open_sized(&format!("?lang={lang}"), width, height).await;
        for (width, height) in sizes {
            set_viewport(&browser, width, height).await;
            // The row's resize observer lays the labels out again for the new width.
            browser.wait_resized(width, height).await;
            let (problems, events, marks, shortened) = label_problems(&browser).await;
            let view = format!("{lang} at {width}×{height}");
            eprintln!("{view}: {events} context labels of {marks}, {shortened} shortened");
            assert!(problems.is_empty(), "{view}:\n{}", problems.join("\n"));
            assert!(marks > 0, "{view}: the story has context events");
            assert_eq!(events, marks, "{view}: every context event has its label");
        }
        browser
            .assert_no_console_errors("resizing the timeline")
            .await;
        // The check itself sees a label cut short and two labels on top of each other.
        browser
            .eval(
                "for (const e of document.querySelectorAll('.event-label')) {
                   e.style.width = '3em'; e.style.overflow = 'hidden'; e.style.left = '0px'; e.style.top = '0px';
                 }
                 return true;",
            )
            .await;
        let (problems, ..) = label_problems(&browser).await;
        assert!(
            problems.iter().any(|p| p.contains("is cut by"))
                && problems.iter().any(|p| p.contains("overlap")),
            "{lang}: the check misses labels cut and stacked: {problems:?}"
        );
        browser.close().await;
    }
}

/// The labels on the track are presentational inside the slider and may be shortened, so
/// the slider's spoken value names the context events under way with their full titles:
/// those of the labels marked current, at two moments.
#[tokio::test]
async fn the_slider_speaks_the_context_events_under_way_in_full() {
    // 02:00 on the 27th, then 07:00.
    for t in [1560, 1860] {
        let (_server, browser) = open_app(&format!("?t={t}&lang=en"), 1280, 900).await;
        browser.wait_for(".event-label").await;
        let v = browser
            .eval(
                "const suffix = ' (time uncertain)';
                 const titles = [...document.querySelectorAll('.event-label.current')]
                     .map((e) => e.title.endsWith(suffix) ? e.title.slice(0, -suffix.length) : e.title);
                 return [titles, document.querySelector('[role=slider]').getAttribute('aria-valuetext')];",
            )
            .await;
        let (titles, spoken): (Vec<String>, String) =
            serde_json::from_value(v).expect("titles and the spoken value");
        assert!(!titles.is_empty(), "at {t} a context event is under way");
        for title in &titles {
            assert!(
                spoken.contains(title.as_str()),
                "at {t}: {spoken:?} lacks {title:?}"
            );
        }
        browser.close().await;
    }
}
