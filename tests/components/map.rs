//! The map's place markers: SVG groups with the button role, named with their state at
//! the clock, that select their place on a click, Enter or Space.
//!
//! Krasnoye Selo and Kronstadt are towns with no place inside them, drawn at every zoom;
//! he stops near Krasnoye Selo on 27 October at 13:15 (minute 2235) and at Kronstadt on
//! 28 October at 10:00 (minute 3480).

use wasm_bindgen_test::*;

use crate::support::*;

fn marker(app: &Mounted, place: &str) -> web_sys::Element {
    find(app, &format!("#map g.place[data-place={place}]"))
}

/// A click on a marker selects its place: the marker is pressed and named as where he is
/// now (the clock went to his visit), and the reader shows the place's passages.
#[wasm_bindgen_test]
async fn clicking_a_place_marker_selects_the_place_and_goes_to_his_visit() {
    let app = Mounted::app("?lang=en").await;
    let krasnoye = marker(&app, "krasnoye-selo");
    assert_eq!(krasnoye.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(
        krasnoye.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(
        krasnoye.get_attribute("aria-label").as_deref(),
        Some("Krasnoye Selo, still to come")
    );

    dispatch_click(&krasnoye);
    wait_eq(
        "the marker's state",
        || krasnoye.get_attribute("aria-pressed"),
        Some("true".to_string()),
    )
    .await;
    assert!(has_class(&krasnoye, "selected"));
    assert_eq!(
        clock(&app),
        13 * 60 + 15 + 24 * 60,
        "his stop near Krasnoye Selo"
    );
    wait_eq(
        "the marker's name",
        || krasnoye.get_attribute("aria-label"),
        Some("Krasnoye Selo, he is here".to_string()),
    )
    .await;
    wait_eq(
        "the place's heading",
        || text(&app, ".passages.place > h2"),
        "Krasnoye Selo".to_string(),
    )
    .await;
    assert_eq!(
        find_all(&app, "#map g.place.selected").len(),
        1,
        "one place selected"
    );
}

/// From the keyboard, Enter (or Space) on a focused marker selects it; other keys leave
/// the selection alone.
#[wasm_bindgen_test]
async fn enter_on_a_focused_place_marker_selects_it() {
    let app = Mounted::app("?lang=en").await;
    let kronstadt = marker(&app, "kronstadt");
    assert_eq!(kronstadt.get_attribute("tabindex").as_deref(), Some("0"));
    focus(&kronstadt);
    press(&kronstadt, "a");
    next_task().await;
    assert_eq!(
        kronstadt.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(clock(&app), 480);

    press(&kronstadt, "Enter");
    wait_eq(
        "the marker's state",
        || kronstadt.get_attribute("aria-pressed"),
        Some("true".to_string()),
    )
    .await;
    assert_eq!(clock(&app), 2 * 24 * 60 + 10 * 60, "his stop at Kronstadt");
    wait_eq(
        "the place's heading",
        || text(&app, ".passages.place > h2"),
        "Kronstadt".to_string(),
    )
    .await;

    let krasnoye = marker(&app, "krasnoye-selo");
    focus(&krasnoye);
    press(&krasnoye, " ");
    wait_eq(
        "Space on another marker",
        || krasnoye.get_attribute("aria-pressed"),
        Some("true".to_string()),
    )
    .await;
    assert_eq!(
        kronstadt.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}
