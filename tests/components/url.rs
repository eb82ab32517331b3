//! The URL as the state's projection: the app writes it (with `history.replaceState`, a
//! moment after each change) and a link with a query reopens the same view. The format is
//! src/state/url.rs's: `place`, `t` (story minutes), `map`, `lang`, `panel`, `read`, in that
//! order, defaults left out.

use wasm_bindgen_test::*;

use crate::support::*;

/// The default view keeps the plain URL; selecting a place writes the place and the clock
/// it moved to, and opening another tab adds the panel.
#[wasm_bindgen_test]
async fn the_url_follows_the_selected_place_the_clock_and_the_panel() {
    let app = Mounted::app("").await;
    // Longer than the write's debounce (250 ms): the default view writes nothing.
    sleep_ms(300).await;
    assert_eq!(query(), "", "the default view has the plain URL");

    click(&app, "#tab-places");
    wait_eq("the query", query, "?panel=places".to_string()).await;
    wait_until("the places list", || {
        try_find(&app, ".place-button[data-place=smolny]").is_some()
    })
    .await;
    click(&app, ".place-button[data-place=smolny]");
    // Selecting opens the passages, the default panel: it leaves the URL.
    wait_eq("the query", query, "?place=smolny&t=555".to_string()).await;
    click(&app, "#tab-text");
    wait_eq(
        "the query",
        query,
        "?place=smolny&t=555&panel=text".to_string(),
    )
    .await;
}

/// A link's place, clock, panel, language and reading are all applied.
#[wasm_bindgen_test]
async fn a_link_restores_the_place_clock_panel_language_and_reading() {
    let app = Mounted::app("?place=gatchina&t=1000&panel=places&lang=fr&read=both").await;
    wait_eq("the tab", || selected_tab(&app), "places".to_string()).await;
    assert_eq!(clock(&app), 1000);
    assert_eq!(page_lang().as_deref(), Some("fr"));
    assert_eq!(text(&app, "#tab-places"), "Lieux");
    wait_eq(
        "the place's button",
        || attr(&app, ".place-button[data-place=gatchina]", "aria-pressed"),
        Some("true".to_string()),
    )
    .await;
    assert_eq!(selected(&app, ".reading-choice select"), "both");

    click(&app, "#tab-passages");
    wait_eq(
        "the place's passages",
        || text(&app, ".passages.place > h2"),
        "Gatchina".to_string(),
    )
    .await;
}

/// A value that makes no sense falls back to its default on its own: here the clock (out
/// of range), the place (not an id) and the language (not offered) do, while the panel
/// still applies.
#[wasm_bindgen_test]
async fn a_bad_value_in_a_link_falls_back_alone() {
    let app = Mounted::app("?t=99999&place=Nowhere&lang=de&panel=text").await;
    wait_eq("the tab", || selected_tab(&app), "text".to_string()).await;
    assert_eq!(clock(&app), 480, "the clock stays at the start");
    assert!(
        has_class(&find(&app, ".passages"), "moment"),
        "no place selected"
    );
    // The URL written back keeps only what applied.
    wait_until("the URL rewritten", || !query().contains("t=99999")).await;
    let written = query();
    assert!(written.contains("panel=text"), "{written}");
    assert!(!written.contains("place="), "{written}");
    assert!(!written.contains("lang=de"), "{written}");
}
