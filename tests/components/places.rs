//! The places list (the text alternative to the map) and what selecting a place does to
//! the passages panel: the place's visits, its mentions, "Back to the current moment".
//!
//! From the bundled story (assets/story/places.geojson, journey.json): he stops first in
//! his room in Petrograd (26 Oct 08:00), then at Smolny (09:15, minute 555), and
//! 8 steps start, end or stay at Smolny; the Winter Palace is only named (p01, "Le Palais
//! d'Hiver est pris"), within the first step's paragraph.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::support::*;

/// The visited places, in the order he first went there (a town is visited when he stops
/// at a place within it: Petrograd with his room, Gatchina with its Warsaw station).
const VISITED: [&str; 12] = [
    "petrograd",
    "his-room",
    "smolny",
    "gatchina",
    "gatchina-warsaw-station",
    "gatchina-baltic-station",
    "chasseurs-barracks",
    "military-district-staff",
    "izmailovsky-regiment",
    "krasnoye-selo",
    "tsarskoye-selo",
    "kronstadt",
];

/// The list item of a place's button in the places panel.
fn item(app: &Mounted, place: &str) -> web_sys::Element {
    find(app, &format!(".places-list [data-place={place}]"))
        .parent_element()
        .expect("the button's list item")
}

/// The places panel lists the places he went to in the order he first went there, each
/// with its stops, then the places the text only names; a name that changed since 1917
/// carries its modern one.
#[wasm_bindgen_test]
async fn the_places_list_gives_the_visited_places_in_order_then_those_only_named() {
    let app = Mounted::app("?panel=places&lang=en").await;
    wait_until("the places list", || {
        find_all(&app, ".places-list ul.places").len() == 2
    })
    .await;
    assert_eq!(
        texts(&app, ".places-list h2"),
        [
            "Places he went",
            "Named in the text, not visited in these days"
        ]
    );
    let lists = find_all(&app, ".places-list ul.places");
    assert_eq!(
        attrs(&lists[0], ":scope > li > .place-button", "data-place"),
        VISITED
    );
    let named = attrs(&lists[1], ":scope > li > .place-button", "data-place");
    assert_eq!(named.len(), 16, "places only named: {named:?}");
    assert!(named.contains(&"winter-palace".to_string()), "{named:?}");
    assert!(!named.iter().any(|p| VISITED.contains(&p.as_str())));

    assert_eq!(
        text(&item(&app, "tsarskoye-selo"), ".modern-name"),
        "(today Pushkin)"
    );
    assert!(try_find(&item(&app, "kronstadt"), ".modern-name").is_none());
    let smolny_stops = texts(&item(&app, "smolny"), ".stops li");
    assert_eq!(
        smolny_stops.len(),
        4,
        "four stops at Smolny: {smolny_stops:?}"
    );
    assert_eq!(
        smolny_stops[0],
        "Thursday 26 October 1917 (8 November N.S.), about 09:15 — Smolny: \
         Antonov-Ovseenko, Lenin, Bonch-Bruevich"
    );
    assert!(
        find_all(&app, ".places-list .place-button[aria-pressed=true]").is_empty(),
        "nothing selected yet"
    );
}

/// A place's button selects it: pressed, the clock at his next visit, and the passages
/// panel opened on every visit there, the one at the clock current; "Go to this moment"
/// on another visit moves the clock and the current visit with it.
#[wasm_bindgen_test]
async fn a_place_button_selects_it_and_the_passages_panel_lists_its_visits() {
    let app = Mounted::app("?panel=places&lang=en").await;
    wait_until("the places list", || {
        try_find(&app, ".place-button[data-place=smolny]").is_some()
    })
    .await;
    click(&app, ".place-button[data-place=smolny]");
    wait_eq("the tab", || selected_tab(&app), "passages".to_string()).await;
    assert_eq!(
        attr(&app, ".place-button[data-place=smolny]", "aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        attr(&app, ".place-button[data-place=his-room]", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(
        clock(&app),
        555,
        "the clock went to his first stop at Smolny"
    );
    wait_eq(
        "the place's heading",
        || text(&app, ".passages.place > h2"),
        "Smolny Institute".to_string(),
    )
    .await;
    assert_eq!(
        text(&app, ".passages.place .about"),
        "What he wrote about Smolny Institute"
    );
    assert_eq!(
        attrs(&app, ".passages.place ol.visits > li.visit", "data-step"),
        ["1", "2", "3", "4", "10", "11", "12", "13"],
        "every step to, at or from Smolny that quotes something new"
    );
    assert_eq!(
        attrs(&app, ".passages.place li.visit.current", "data-step"),
        ["2"]
    );

    // The session of the Congress of Soviets, 21:15.
    let congress = find(&app, ".passages.place li.visit[data-step='11']");
    assert_eq!(
        text(&congress, "h3"),
        "Smolny: the session of the Congress of Soviets"
    );
    find(&congress, ".go")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    wait_eq("the clock", || clock(&app), 21 * 60 + 15).await;
    wait_eq(
        "the current visit",
        || attrs(&app, ".passages.place li.visit.current", "data-step"),
        vec!["11".to_string()],
    )
    .await;
}

/// "Back to the current moment" drops the selection: the panel shows the moment at the
/// clock again, which stays where it was, and the place's button is released.
#[wasm_bindgen_test]
async fn back_to_now_returns_to_the_moment_at_the_clock() {
    let app = Mounted::app("?place=smolny&t=600&lang=en").await;
    wait_eq(
        "the place's heading",
        || text(&app, ".passages.place > h2"),
        "Smolny Institute".to_string(),
    )
    .await;
    assert_eq!(
        text(&app, ".passages.place .back-to-now"),
        "Back to the current moment"
    );
    click(&app, ".passages.place .back-to-now");
    wait_eq(
        "the moment's title",
        || text(&app, ".passages.moment .step-title"),
        "Smolny: Antonov-Ovseenko, Lenin, Bonch-Bruevich".to_string(),
    )
    .await;
    assert_eq!(text(&app, ".passages.moment > h2"), "At this moment");
    assert_eq!(clock(&app), 600, "the clock stays");
    assert!(try_find(&app, ".back-to-now").is_none());
    wait_until("the URL without the place", || !query().contains("place=")).await;
}

/// A place he never went to leaves the clock alone; its panel has no visit, only the
/// passage that names it, whose "Go to this moment" goes to the step told in that
/// paragraph.
#[wasm_bindgen_test]
async fn a_place_only_named_keeps_the_clock_and_lists_the_passage_naming_it() {
    // 26 October 16:40, at Gatchina.
    let app = Mounted::app("?panel=places&t=1000&lang=en").await;
    wait_until("the places list", || {
        try_find(&app, ".place-button[data-place=winter-palace]").is_some()
    })
    .await;
    click(&app, ".place-button[data-place=winter-palace]");
    wait_eq(
        "the place's heading",
        || text(&app, ".passages.place > h2"),
        "Winter Palace (today Hermitage Museum)".to_string(),
    )
    .await;
    assert_eq!(clock(&app), 1000, "no visit to jump to");
    assert!(find_all(&app, ".passages.place ol.visits > li").is_empty());
    assert!(
        texts(&app, ".passages.place h3").contains(&"Other passages naming it".to_string()),
        "{:?}",
        texts(&app, ".passages.place h3")
    );
    assert_eq!(
        texts(&app, ".passages.place li.passage blockquote.original"),
        ["Le Palais d'Hiver est pris"]
    );
    click(&app, ".passages.place li.passage .go");
    wait_eq("the clock", || clock(&app), 480).await;
}

/// "Read in context" on a quoted footnote (Smolny is named in footnote 1) opens the full
/// text with that note open on its marker, which has the focus. A footnote tells no
/// moment, so that passage has no "Go to this moment".
#[wasm_bindgen_test]
async fn read_in_context_on_a_quoted_footnote_opens_it_on_its_marker() {
    let app = Mounted::app("?place=smolny&lang=en").await;
    wait_until("the place's passages", || {
        try_find(&app, ".passages.place li.passage").is_some()
    })
    .await;
    let from_note = find_all(&app, ".passages.place li.passage")
        .into_iter()
        .find(|li| {
            li.text_content()
                .is_some_and(|t| t.contains("Le bureau de Bontch-Brouévitch"))
        })
        .expect("the quotation of footnote 1");
    assert!(try_find(&from_note, ".go").is_none(), "no moment to go to");
    find(&from_note, ".read")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    wait_eq("the tab", || selected_tab(&app), "text".to_string()).await;
    let selector = "#p-p08 .footnote-ref[data-note='1']";
    wait_until("the marker of note 1", || {
        try_find(&app, selector).is_some()
    })
    .await;
    let marker = find(&app, selector);
    wait_eq(
        "the note's state",
        || marker.get_attribute("aria-expanded").unwrap_or_default(),
        "true".to_string(),
    )
    .await;
    wait_until("the focus on the marker", || is_focused(&marker)).await;
}
