//! The basemap as plain Rust values, what the renderer and the tests work with.

use super::Level;
use crate::base::position::LonLat;

/// A closed ring: first and last positions are equal, at least four positions.
pub type Ring = Vec<LonLat>;

/// A polygon as in GeoJSON: the outer ring first (counter-clockwise), then its holes.
pub type Polygon = Vec<Ring>;

/// Everything drawn under the story, at one level of detail.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Basemap {
    /// The level the coastline was decoded at.
    pub level: Level,
    /// The extent of the data, to be filled as water before the land is drawn over it:
    /// cheaper than shipping the sea as a second polygon sharing every coastline vertex.
    #[serde(with = "crate::base::packed::polygons")]
    pub water: Vec<Polygon>,
    /// Mainland, the Neva delta islands, Kotlin and the Kronstadt forts.
    #[serde(with = "crate::base::packed::polygons")]
    pub land: Vec<Polygon>,
    /// River lines where GSHHG has no water polygon (the Neva upstream of the delta).
    pub rivers: Vec<River>,
    /// The 1917 railways the story uses.
    pub railways: Vec<Railway>,
    /// Their stations.
    pub stations: Vec<Station>,
    /// Main streets the routes follow.
    pub streets: Vec<Street>,
}

/// A river drawn as a line, in its stored order, which is downstream (the tests rely on it
/// to tell the left bank from the right).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct River {
    /// Its name, as the data gives it.
    pub name: String,
    /// At least two positions.
    #[serde(with = "crate::base::packed::line")]
    pub points: Vec<LonLat>,
}

/// A railway line drawn by the project between station positions.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Railway {
    /// Stable id (`baltic`, `warsaw`, `tsarskoye-selo`, `oranienbaum`), what stations refer to.
    pub id: String,
    /// Name shown to the reader.
    pub name: String,
    /// From the Petrograd end outwards.
    #[serde(with = "crate::base::packed::line")]
    pub points: Vec<LonLat>,
    /// True for every line here: they are drawn from station positions, not surveyed, and
    /// the map says so.
    pub approximate: bool,
    /// Who drew it from what.
    pub source: String,
}

/// A station of one or more of the railways.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Station {
    /// Stable id, e.g. `gatchina-warsaw`.
    pub id: String,
    /// The 1917 name, with the modern one where it differs.
    pub name: String,
    /// Ids of the railways that serve it (Ligovo is on two).
    pub lines: Vec<String>,
    /// Where it is drawn.
    pub pos: LonLat,
}

/// A city street, traced by the project from known points.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Street {
    /// Stable id, e.g. `nevsky`.
    pub id: String,
    /// Name shown to the reader.
    pub name: String,
    /// At least two positions.
    #[serde(with = "crate::base::packed::line")]
    pub points: Vec<LonLat>,
    /// True for every street here: a few known points joined by straight lines.
    pub approximate: bool,
}
