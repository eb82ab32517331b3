//! Pure logic over the story: geometry, calendar, and the clock that says where he is.
//! Nothing here touches the browser, so all of it is tested with a native `cargo test`.

pub mod citation;
pub mod clock;
pub mod excerpt;
pub mod find;
pub mod geo;
pub mod number;
pub mod overlays;
pub mod playback;
pub mod story_view;
pub mod timeline_labels;
pub mod timeline_scale;
pub mod told;
