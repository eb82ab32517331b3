//! The timeline's keys and playback's timer, seen through the slider's `aria-valuenow`
//! (story minutes since 26 October 1917 00:00, Julian).
//!
//! The story runs from 26 October 08:00 (minute 480) to 28 October 12:00 (minute 3600);
//! its first events are 08:30 (minute 510, the way to Smolny) and 09:15 (555, Smolny).

use wasm_bindgen_test::*;

use crate::support::*;

const START: i32 = 480;
const END: i32 = 2 * 24 * 60 + 12 * 60;

/// End and Home take the clock to the ends of the story (the slider's own bounds); the
/// arrows step from event to event, and an hour with Shift.
#[wasm_bindgen_test]
async fn home_end_and_the_arrows_move_the_clock_through_the_story() {
    let app = Mounted::app("?lang=en").await;
    let track = slider(&app);
    assert_eq!(track.get_attribute("aria-valuemin").as_deref(), Some("480"));
    assert_eq!(
        track.get_attribute("aria-valuemax").as_deref(),
        Some("3600")
    );
    assert_eq!(clock(&app), START, "the story starts at its first moment");

    press(&track, "End");
    wait_eq("the clock after End", || clock(&app), END).await;
    wait_eq(
        "the step under the clock",
        || text(&app, ".now-step"),
        "Ordered: raise a detachment at Kronstadt".to_string(),
    )
    .await;
    press(&track, "End");
    next_task().await;
    assert_eq!(clock(&app), END, "End at the end stays there");

    press(&track, "Home");
    wait_eq("the clock after Home", || clock(&app), START).await;
    press(&track, "ArrowLeft");
    next_task().await;
    assert_eq!(clock(&app), START, "nothing before the start");
    press(&track, "ArrowRight");
    wait_eq("the next event", || clock(&app), 510).await;
    press_with(&track, "ArrowRight", true);
    wait_eq("an hour later", || clock(&app), 570).await;
    press(&track, "ArrowLeft");
    wait_eq("the previous event", || clock(&app), 555).await;
}

/// The play button's text.
fn play_text(app: &Mounted) -> String {
    text(app, ".play .play-text")
}

/// Play starts the timer (the clock advances by itself), Pause stops it (the clock then
/// stays put).
#[wasm_bindgen_test]
async fn play_advances_the_clock_and_pause_stops_it() {
    let app = Mounted::app("?lang=en").await;
    assert_eq!(play_text(&app), "Play");
    click(&app, ".play");
    wait_eq("the button", || play_text(&app), "Pause".to_string()).await;
    wait_until("the clock to advance", || clock(&app) > START).await;
    let playing = clock(&app);
    wait_until("the clock to advance again", || clock(&app) > playing).await;

    click(&app, ".play");
    wait_eq("the button", || play_text(&app), "Play".to_string()).await;
    let paused = clock(&app);
    // Several of playback's 100 ms ticks.
    sleep_ms(300).await;
    assert_eq!(clock(&app), paused, "paused, the clock stays");
}

/// Play at the end replays the story from its start; a key on the timeline takes the
/// clock back from playback, which stops.
#[wasm_bindgen_test]
async fn play_at_the_end_replays_from_the_start_and_a_timeline_key_stops_it() {
    let app = Mounted::app("?t=3600&lang=en").await;
    wait_eq("the clock from the link", || clock(&app), END).await;
    click(&app, ".play");
    wait_until("playback from the start", || clock(&app) < 1000).await;
    assert_eq!(play_text(&app), "Pause");

    press(&slider(&app), "Home");
    wait_eq("the button", || play_text(&app), "Play".to_string()).await;
    assert_eq!(clock(&app), START);
    sleep_ms(300).await;
    assert_eq!(clock(&app), START, "stopped: the clock stays at the start");
}
