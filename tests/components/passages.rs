//! The reader's passages panel at a moment: what he wrote about the step at the clock, and
//! the two ways out of a passage ("Go to this moment", "Read in context").
//!
//! Expectations are the bundled story's own words (assets/story/journey.json, text.json):
//! the first step, "In his room", 26 October 08:00 (minute 480), quotes two sentences of
//! p01; the Smolny morning (09:15, minute 555) quotes p01 then p03–p11.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::support::*;

/// The first two sentences of the memoir: the passages of the story's first moment.
const CAUGHT_A_CHILL: &str = "Ayant pris froid en faisant mon meeting le 20 octobre au « Cirque \
     Moderne » je fus obligé de m'aliter.";
const BURST_INTO_MY_ROOM: &str = "Le 26 du même mois, au matin, un de mes camarades fit irruption \
     dans ma chambre et cria : « Félicitations ! La révolution a éclaté ! Le Palais d'Hiver est \
     pris et tout Pétrograd est entre nos mains ! »";

/// The default view opens on the first moment: its heading, when it was (both calendars,
/// how certain, his own words for it), its title and note, and its two passages, both
/// marked current, each with its two actions. No overlay is on the map then.
#[wasm_bindgen_test]
async fn the_first_moment_shows_its_heading_date_title_and_two_current_passages() {
    let app = Mounted::app("?lang=en").await;
    wait_eq(
        "the passages heading",
        || text(&app, ".passages.moment > h2"),
        "At this moment".to_string(),
    )
    .await;
    assert_eq!(
        text(&app, ".passages .when"),
        "Thursday 26 October 1917 (8 November N.S.), about 08:00 — « au matin »"
    );
    assert_eq!(
        text(&app, ".passages .step-title"),
        "In his room: \"The revolution has broken out!\""
    );
    assert_eq!(
        text(&app, ".passages .step-note"),
        "Ill since 20 October. No hour is given, only \"in the morning\"."
    );
    let current = find_all(&app, ".passages li.passage.current");
    assert_eq!(current.len(), 2, "the first step quotes two sentences");
    assert_eq!(
        texts(&app, ".passages li.passage blockquote.original"),
        [CAUGHT_A_CHILL, BURST_INTO_MY_ROOM]
    );
    assert_eq!(
        attrs(&app, ".passages li.passage blockquote.original", "lang"),
        ["fr", "fr"],
        "the quotations are marked as French"
    );
    assert_eq!(
        texts(&app, ".passages li.passage .go"),
        ["Go to this moment", "Go to this moment"]
    );
    assert_eq!(
        texts(&app, ".passages li.passage .read"),
        ["Read in context", "Read in context"]
    );
    assert!(
        try_find(&app, ".on-the-map").is_none(),
        "no overlay is on the map on the morning of the 26th"
    );
}

/// "Go to this moment" brings the clock back to the start of the passage's moment when it
/// was left somewhere inside it.
#[wasm_bindgen_test]
async fn go_to_this_moment_brings_the_clock_to_the_start_of_its_moment() {
    // 08:20, inside the first step (08:00–08:30).
    let app = Mounted::app("?t=500&lang=en").await;
    wait_eq("the clock from the link", || clock(&app), 500).await;
    wait_until("the passages", || {
        try_find(&app, ".passages li.passage.current .go").is_some()
    })
    .await;
    click(&app, ".passages li.passage.current .go");
    wait_eq("the clock", || clock(&app), 480).await;
    assert_eq!(selected_tab(&app), "passages", "the panel stays");
}

/// A moment the memoir is silent about says so, rather than showing an empty list.
#[wasm_bindgen_test]
async fn a_moment_the_text_is_silent_about_says_so() {
    // 27 October 04:20: the night between the Jäger barracks and the District staff.
    let app = Mounted::app("?t=1700&lang=en").await;
    wait_eq(
        "the step title",
        || text(&app, ".passages .step-title"),
        "The text is silent".to_string(),
    )
    .await;
    assert_eq!(
        text(&app, ".passages .empty"),
        "The text says nothing of this moment."
    );
    assert!(find_all(&app, ".passages li.passage").is_empty());
}

/// A name inside a quotation is a button that opens the person's card, and clicking it
/// does not also move the clock, as a click elsewhere on the quotation does.
#[wasm_bindgen_test]
async fn a_name_in_a_quotation_opens_its_card_without_moving_the_clock() {
    // 26 October 10:00, inside the Smolny morning (09:15–13:00).
    let app = Mounted::app("?t=600&lang=en").await;
    wait_until("a name in the passages", || {
        try_find(&app, ".passages blockquote.original .person-name").is_some()
    })
    .await;
    let name = find(&app, ".passages blockquote.original .person-name");
    assert_eq!(
        name.text_content().as_deref(),
        Some("V. A. Antonov-Ovséenko")
    );
    assert_eq!(
        name.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    dispatch_click(&name);
    next_task().await;
    assert_eq!(name.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(clock(&app), 600, "the name's click stops at the name");

    let quotation = name
        .closest("blockquote")
        .expect("a valid selector")
        .expect("the quotation");
    dispatch_click(&quotation);
    wait_eq(
        "the clock after a click on the quotation",
        || clock(&app),
        555,
    )
    .await;
}

/// "Read in context" moves the clock to the passage's moment, opens the full text and
/// brings the passage's paragraph into view with the focus on it (flashed, so the eye
/// finds it).
#[wasm_bindgen_test]
async fn read_in_context_opens_the_full_text_focused_on_that_paragraph() {
    let app = Mounted::app("?t=600&lang=en").await;
    wait_until("the passages", || {
        find_all(&app, ".passages li.passage").len() == 10
    })
    .await;
    // The fourth passage of the Smolny morning is the whole of p05.
    let passage = find_all(&app, ".passages li.passage")
        .into_iter()
        .find(|li| {
            li.text_content()
                .is_some_and(|t| t.trim_start().starts_with("J'allai voir le camarade"))
        })
        .expect("the passage of p05");
    find(&passage, ".read")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    wait_eq("the tab", || selected_tab(&app), "text".to_string()).await;
    assert!(is_hidden(&app, ".passages"), "the passages are put away");
    assert!(!is_hidden(&app, ".full-text"), "the full text is shown");
    wait_eq("the focused paragraph", focused_id, "p-p05".to_string()).await;
    assert!(has_class(&find(&app, "#p-p05"), "flash"));
    assert_eq!(clock(&app), 555, "the clock went to the passage's moment");
}
