//! The app's one clock for measuring real time: `performance.now()`, the clock animation
//! frames are stamped with, monotonic and unaffected by changes to the system time. The
//! map's animations, playback's holds and the reader's "the user is scrolling" window all
//! read it here.

/// Milliseconds since the page loaded (0 where there is no window, as in the prerender).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}
