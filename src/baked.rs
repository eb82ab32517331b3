//! The story and the basemap as `build.rs` validated and encoded them.
//!
//! Decoding postcard needs a few kilobytes of code where parsing and validating the JSON
//! needed a hundred, and the bytes are a third of the JSON's size; that is most of what
//! the first view has to download. The loaders still run on every build (in `build.rs`)
//! and in the tests, so nothing reaches the app unchecked.

use crate::basemap::{Basemap, BasemapError};
use crate::story::{Problem, Story, Text};

const STORY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.postcard"));
const REGION: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/basemap-region.postcard"));

/// Where the baked bytes come from, for the messages of [`story`] and [`basemap`].
const STORY_SOURCE: &str = concat!(env!("PETROGRAD_STORY_DIR"), " (baked by build.rs)");
const BASEMAP_SOURCE: &str = "assets/basemap/ (baked by build.rs)";

/// The story compiled into the app. It validated when the app was built; a failure here
/// means the bytes and the code disagree, and is reported like bad data, never a panic.
pub fn story() -> Result<Story, Problem> {
    postcard::from_bytes(STORY).map_err(|e| Problem::in_file(STORY_SOURCE, e.to_string()))
}

/// The name of the translated text's file in `dist/` (with its content's hash), which the
/// app fetches after the first view; `None` for a story without a translation.
pub const TRANSLATION_FILE: Option<&str> = option_env!("PETROGRAD_TRANSLATION_FILE");

/// Decodes the translated text fetched from [`TRANSLATION_FILE`]; a failure means the
/// file is not this build's, reported like bad data.
pub fn translated_text(bytes: &[u8]) -> Result<Text, Problem> {
    postcard::from_bytes(bytes)
        .map_err(|e| Problem::in_file(TRANSLATION_FILE.unwrap_or("the translation"), e.to_string()))
}

/// The basemap's region level, compiled into the app. Like [`story`], a failure means the
/// bytes and the code disagree; the map then draws the story without a coastline.
pub fn region_basemap() -> Result<Basemap, BasemapError> {
    postcard::from_bytes(REGION).map_err(|e| BasemapError::in_file(BASEMAP_SOURCE, e.to_string()))
}

/// The name of the basemap's city level in `dist/` (with its content's hash), which the app
/// fetches after the first view: only the city's zoom draws it.
pub const CITY_BASEMAP_FILE: &str = env!("PETROGRAD_CITY_BASEMAP_FILE");

/// Decodes the city level fetched from [`CITY_BASEMAP_FILE`]; a failure means the file is
/// not this build's, and the map keeps the region level.
pub fn city_basemap(bytes: &[u8]) -> Result<Basemap, BasemapError> {
    postcard::from_bytes(bytes)
        .map_err(|e| BasemapError::in_file(CITY_BASEMAP_FILE_SOURCE, e.to_string()))
}

const CITY_BASEMAP_FILE_SOURCE: &str = concat!(
    env!("PETROGRAD_CITY_BASEMAP_FILE"),
    " (assets/basemap/ baked by build.rs)"
);

/// Sizes of the bytes compiled in, which `tests/baked.rs` holds against the JSON they
/// replace.
pub fn sizes() -> [(&'static str, usize); 2] {
    [("story", STORY.len()), ("basemap-region", REGION.len())]
}
