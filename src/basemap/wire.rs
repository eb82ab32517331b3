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
    /// The French name of a city feature (`name` is the English one).
    #[serde(default)]
    pub name_fr: Option<String>,
    /// Today's name, in English and French, where it differs from the 1917 one.
    #[serde(default)]
    pub today: Option<String>,
    #[serde(default)]
    pub today_fr: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Where a line's name is written, `[lon, lat]`, when it is written.
    #[serde(default)]
    pub label_at: Option<Vec<f64>>,
}
