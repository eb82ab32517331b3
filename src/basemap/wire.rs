//! The story-specific properties of a basemap feature; the GeoJSON around them (RFC 7946
//! collections, features and geometries) is read by the `geojson` crate.

use serde::Deserialize;

/// The properties the basemap reads from each feature; others are kept in the files for
/// GIS users and ignored here.
#[derive(Deserialize)]
pub(super) struct Properties {
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub approximate: Option<bool>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub lines: Option<Vec<String>>,
}
