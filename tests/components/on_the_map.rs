//! "On the map": the overlays the map draws at the moment, said in words under the
//! moment's passages, coming and going with the clock.
//!
//! From assets/story/overlays.geojson: Lenin's question about the fleet (step
//! staff-27-lenin, 27 October 23:00–23:40, minutes 2820–2860) brings four overlays (the
//! anchorage, the sea channel, the 12-inch and 120 mm ranges); Krasnov's advance on
//! Gatchina is on the map from 27 October 05:00 to the end.

use wasm_bindgen_test::*;

use crate::support::*;

/// During Lenin's question the section lists his map's overlays and Krasnov's advance,
/// in file order, and says which places the 12-inch guns reach; at the next moment (the
/// telegraph room, 23:40) his map is gone and Krasnov's advance stays; at the start of
/// the story the section is not there at all.
#[wasm_bindgen_test]
async fn on_the_map_follows_lenins_question_and_says_what_the_guns_reach() {
    // 27 October 23:20.
    let app = Mounted::app("?t=2840&lang=en").await;
    wait_until("the section", || try_find(&app, ".on-the-map").is_some()).await;
    assert_eq!(text(&app, ".on-the-map h3"), "On the map");
    assert_eq!(
        attrs(&app, ".on-the-map li.overlay-item", "data-overlay"),
        [
            "lenin-anchorage",
            "sea-channel",
            "range-12-inch",
            "range-120-mm",
            "krasnov-advance"
        ]
    );
    let guns = find(&app, ".on-the-map [data-overlay='range-12-inch']");
    assert!(has_class(&guns, "side-soviet"));
    assert_eq!(
        text(&guns, "h4"),
        "12-inch guns (52 calibres, in turrets): about 23 km"
    );
    assert_eq!(
        text(&guns, ".within"),
        "Within reach: Oranienbaum, Peterhof"
    );
    assert_eq!(
        text(&guns, ".beyond"),
        "Out of reach: Krasnoye Selo, Pulkovo Heights, Gatchina"
    );

    press(&slider(&app), "ArrowRight");
    wait_eq("the clock", || clock(&app), 2860).await;
    wait_eq(
        "the overlays after the question",
        || attrs(&app, ".on-the-map li.overlay-item", "data-overlay"),
        vec!["krasnov-advance".to_string()],
    )
    .await;

    press(&slider(&app), "Home");
    wait_eq("the clock", || clock(&app), 480).await;
    wait_until("the section gone", || {
        try_find(&app, ".on-the-map").is_none()
    })
    .await;
}
