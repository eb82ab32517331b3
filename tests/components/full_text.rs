//! The full-text panel: the memoir drawn once the panel is first shown, the current
//! step's words marked and following the clock, footnotes opened on their markers, and
//! people's cards.
//!
//! The bundled text (assets/story/text.json) has 57 blocks: title, byline, source note and
//! p01–p54; footnote 1 hangs on p08, footnote 2 on p11; Kerensky is named first in p02.

use wasm_bindgen_test::*;

use crate::support::*;

/// The number of blocks of the memoir, each drawn with an id `p-<block>`.
const BLOCKS: usize = 57;

/// The paragraphs drawn in the full text.
fn drawn(app: &Mounted) -> usize {
    find_all(app, ".memoir [id^='p-']").len()
}

/// The texts of the words marked current (`.told.current`) under `selector`, joined.
fn marked(app: &Mounted, selector: &str) -> String {
    find_all(app, &format!("{selector} .told.current"))
        .iter()
        .map(|m| m.text_content().unwrap_or_default())
        .collect()
}

/// The full text costs nothing until it is opened: then every block is drawn, and the
/// paragraph of the current moment (the first step's, p01) is the only one marked
/// current, its two quoted sentences marked current.
#[wasm_bindgen_test]
async fn the_full_text_is_drawn_when_first_shown_with_the_current_paragraph_marked() {
    let app = Mounted::app("?lang=en").await;
    wait_until("the reader", || try_find(&app, "#tab-text").is_some()).await;
    assert!(is_hidden(&app, ".full-text"), "another panel is open");
    assert_eq!(drawn(&app), 0, "nothing drawn before the panel is shown");

    click(&app, "#tab-text");
    wait_eq("the blocks drawn", || drawn(&app), BLOCKS).await;
    assert!(!is_hidden(&app, ".full-text"));
    assert_eq!(
        text(&app, ".memoir h2.memoir-title"),
        "La Révolution d'Octobre (souvenirs sur Lénine)"
    );
    assert_eq!(
        attrs(&app, ".memoir [id^='p-'].current", "id"),
        ["p-p01"],
        "only the first step's paragraph is current"
    );
    assert_eq!(
        marked(&app, "#p-p01"),
        "Ayant pris froid en faisant mon meeting le 20 octobre au « Cirque Moderne » je fus \
         obligé de m'aliter.Le 26 du même mois, au matin, un de mes camarades fit irruption \
         dans ma chambre et cria : « Félicitations ! La révolution a éclaté ! Le Palais \
         d'Hiver est pris et tout Pétrograd est entre nos mains ! »",
        "the current step's words, marked current"
    );
    assert_eq!(
        find_all(&app, ".memoir .told.current").len(),
        find_all(&app, "#p-p01 .told.current").len(),
        "nothing else is marked"
    );

    // Put away, it is kept (hidden), not dropped to be drawn again from nothing.
    click(&app, "#tab-passages");
    next_task().await;
    assert!(is_hidden(&app, ".full-text"));
    assert_eq!(drawn(&app), BLOCKS, "kept while hidden");
}

/// Moving the clock elsewhere (End on the timeline: the last step, at Kronstadt) moves the
/// current paragraph and its mark with it.
#[wasm_bindgen_test]
async fn moving_the_clock_moves_the_mark() {
    let app = Mounted::app("?panel=text&lang=en").await;
    wait_eq(
        "the current paragraph",
        || attrs(&app, ".memoir [id^='p-'].current", "id"),
        vec!["p-p01".to_string()],
    )
    .await;
    press(&slider(&app), "End");
    wait_eq(
        "the current paragraph after End",
        || attrs(&app, ".memoir [id^='p-'].current", "id"),
        vec!["p-p54".to_string()],
    )
    .await;
    assert_eq!(
        marked(&app, "#p-p54"),
        "donnez vous-même sur place l'ordre de former immédiatement un puissant détachement \
         doté de mitrailleuses et d'artillerie.",
        "the last step's words, marked current"
    );
    assert!(
        find_all(&app, "#p-p01 .told.current").is_empty(),
        "the old mark is gone"
    );
}

/// The marker of footnote `n` in the full text.
fn marker(app: &Mounted, n: u8) -> web_sys::Element {
    find(app, &format!(".memoir .footnote-ref[data-note=\"{n}\"]"))
}

/// The note a marker opens, by its `aria-controls`.
fn note_of(marker: &web_sys::Element) -> web_sys::Element {
    by_id(
        &marker
            .get_attribute("aria-controls")
            .expect("aria-controls"),
    )
}

fn expanded(el: &web_sys::Element) -> String {
    el.get_attribute("aria-expanded").unwrap_or_default()
}

/// A footnote marker opens its note inline (aria-expanded says so); Escape inside the note
/// shuts it and gives the focus back to the marker, so a keyboard user is not lost.
#[wasm_bindgen_test]
async fn a_footnote_opens_on_its_marker_and_escape_closes_it_giving_the_focus_back() {
    let app = Mounted::app("?panel=text&lang=en").await;
    wait_eq("the blocks drawn", || drawn(&app), BLOCKS).await;
    let one = marker(&app, 1);
    assert!(
        one.closest("#p-p08").expect("a valid selector").is_some(),
        "footnote 1 hangs on p08"
    );
    assert_eq!(one.get_attribute("aria-label").as_deref(), Some("Note 1"));
    assert_eq!(expanded(&one), "false");
    let note = note_of(&one);
    assert!(note.has_attribute("hidden"), "closed at first");

    dispatch_click(&one);
    wait_eq("the marker's state", || expanded(&one), "true".to_string()).await;
    assert!(!note.has_attribute("hidden"), "open");
    let words = note.text_content().unwrap_or_default();
    assert!(
        words.starts_with("Note 1 Le bureau de Bontch-Brouévitch à l'Institut Smolny"),
        "the note's own words: {words}"
    );

    let close = find(&note, ".footnote-close");
    focus(&close);
    press(&close, "Escape");
    wait_eq("the marker's state", || expanded(&one), "false".to_string()).await;
    assert!(note.has_attribute("hidden"), "closed again");
    assert!(is_focused(&one), "the focus is back on the marker");
}

/// One note at most is open: opening another closes the first; the note's Close button
/// shuts it and gives the focus back to its marker.
#[wasm_bindgen_test]
async fn one_footnote_at_most_is_open_and_its_close_button_shuts_it() {
    let app = Mounted::app("?panel=text&lang=en").await;
    wait_eq("the blocks drawn", || drawn(&app), BLOCKS).await;
    let (one, two) = (marker(&app, 1), marker(&app, 2));
    dispatch_click(&one);
    wait_eq("note 1", || expanded(&one), "true".to_string()).await;
    dispatch_click(&two);
    wait_eq("note 2", || expanded(&two), "true".to_string()).await;
    assert_eq!(expanded(&one), "false", "opening note 2 closed note 1");
    assert!(note_of(&one).has_attribute("hidden"));
    assert_eq!(
        find_all(&app, ".footnote-ref[aria-expanded=true]").len(),
        1,
        "one note open"
    );

    let note = note_of(&two);
    assert_eq!(text(&note, ".footnote-close"), "Close");
    click(&note, ".footnote-close");
    wait_eq("note 2", || expanded(&two), "false".to_string()).await;
    assert!(note.has_attribute("hidden"));
    assert!(is_focused(&two), "the focus is back on marker 2");
    assert!(find_all(&app, ".footnote-ref[aria-expanded=true]").is_empty());
}

/// A person's name is a button that toggles their card (name and who they were, in the
/// interface language); Escape shuts it.
#[wasm_bindgen_test]
async fn a_persons_name_toggles_their_card_and_escape_closes_it() {
    let app = Mounted::app("?panel=text&lang=en").await;
    wait_eq("the blocks drawn", || drawn(&app), BLOCKS).await;
    let name = find(&app, "#p-p02 .person-name");
    assert_eq!(name.text_content().as_deref(), Some("Kérenski"));
    assert_eq!(name.get_attribute("title").as_deref(), Some("Who is this?"));
    let card = by_id(&name.get_attribute("aria-controls").expect("aria-controls"));
    assert_eq!(expanded(&name), "false");
    assert!(card.has_attribute("hidden"));

    dispatch_click(&name);
    wait_eq("the name's state", || expanded(&name), "true".to_string()).await;
    assert!(!card.has_attribute("hidden"));
    assert_eq!(
        card.text_content().as_deref(),
        Some(
            "Kerensky — Alexander Kerensky (1881-1970), head of the Provisional Government \
             overthrown on 25 October 1917."
        )
    );
    dispatch_click(&name);
    wait_eq("a second click", || expanded(&name), "false".to_string()).await;
    assert!(card.has_attribute("hidden"));

    dispatch_click(&name);
    wait_eq("opened again", || expanded(&name), "true".to_string()).await;
    press(&name, "Escape");
    wait_eq("after Escape", || expanded(&name), "false".to_string()).await;
    assert!(card.has_attribute("hidden"));
}

/// The paragraphs carry their numbers, as an edition prints them, so a citation's "par. N"
/// can be followed: the front matter has none, the memoir's paragraphs count from 1
/// (`tests/story_citation.rs` checks the translation's are the same).
#[wasm_bindgen_test]
async fn the_full_text_numbers_its_paragraphs_as_citations_count_them() {
    let app = Mounted::app("?lang=en&panel=text").await;
    wait_eq("the blocks drawn", || drawn(&app), BLOCKS).await;
    let story = petrograd1917::baked::story().expect("the story");
    let number = |id: &str| {
        petrograd1917::logic::citation::paragraph_number(story.text(), id).map(|n| n.to_string())
    };
    for id in ["title", "byline", "source", "p01", "p16", "p54"] {
        assert_eq!(
            attr(&app, &format!("#p-{id}"), "data-paragraph"),
            number(id),
            "{id}"
        );
    }
    assert_eq!(attr(&app, "#p-p01", "data-paragraph").as_deref(), Some("1"));
    assert_eq!(attr(&app, "#p-title", "data-paragraph"), None);
    // The number is drawn by the stylesheet, not part of the paragraph's words.
    assert!(text(&app, "#p-p01").starts_with("Ayant pris froid"));
}
