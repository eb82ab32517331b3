//! The heap during playback: stepping the clock through the story with each reader panel
//! open must not leave allocations behind. Rebuilding a subtree at each step used to
//! (reactive_graph 0.2.16 keeps a dropped subscriber in the sets of the signals it read; see
//! `tests/reactive_graph_subscribers.rs`): the reader now updates in place, and the
//! vendored reactive_graph prunes what the map's and the timeline's toggles leave.
//!
//! The live bytes are counted by the `diagnostics` feature's allocator, which this test
//! binary installs as the app's binary does.

use wasm_bindgen_test::*;

use crate::support::*;

/// Steps taken before counting: caches fill, the observer finds its targets, every step's
/// key exists in the `Selector`.
const WARM_UP: usize = 150;
/// Steps counted.
const STEPS: usize = 500;
/// Live bytes the counted steps may leave behind, whatever the panel. Without the fixes
/// (the reader rebuilt per step, reactive_graph 0.2.16 keeping dropped subscribers) the
/// app left about 140 B per step: 70 KB over these steps, measured. With them, what stays
/// is the slack of lists that are pruned only when they would grow (amortized), a few KB
/// either way.
const BUDGET: f64 = 16_384.0;

/// One step forward with the slider's right arrow, or back to the start from the end; then
/// the effects it scheduled have run.
async fn step(app: &Mounted, track: &web_sys::Element) {
    let key = if clock(app) >= 3600 {
        "Home"
    } else {
        "ArrowRight"
    };
    press(track, key);
    sleep_ms(0).await;
}

fn live_bytes() -> f64 {
    petrograd1917::ui::diagnostics::wasm_live_bytes()
}

#[wasm_bindgen_test]
async fn five_hundred_steps_with_each_panel_open_leave_the_heap_flat() {
    let mut report = Vec::new();
    for panel in ["passages", "text", "places"] {
        let app = Mounted::app(&format!("?lang=en&panel={panel}")).await;
        let track = slider(&app);
        for _ in 0..WARM_UP {
            step(&app, &track).await;
        }
        let before = live_bytes();
        let start = clock(&app);
        for _ in 0..STEPS {
            step(&app, &track).await;
        }
        let grown = live_bytes() - before;
        assert_ne!(clock(&app), start, "{panel}: the clock moved");
        report.push(format!("{panel}: {grown} B"));
        drop(app);
    }
    web_sys::console::log_1(&format!("heap growth over {STEPS} steps: {report:?}").into());
    for line in &report {
        let grown: f64 = line
            .split(": ")
            .nth(1)
            .and_then(|b| b.trim_end_matches(" B").parse().ok())
            .unwrap_or(f64::NAN);
        assert!(
            grown <= BUDGET,
            "live heap grew over {STEPS} steps: {report:?}"
        );
    }
}
