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
    /// The main avenues of 1917 (city level only).
    pub streets: Vec<CityLine>,
    /// The canals and the Fontanka, as water lines (city level only).
    pub canals: Vec<CityLine>,
    /// The bridges over the Neva that stood in October 1917 (city level only).
    pub bridges: Vec<CityLine>,
    /// The islands and districts the memoir names, as label points (city level only).
    pub districts: Vec<District>,
}

impl Basemap {
    /// A basemap of `level` with nothing in it: what the decoder fills, and what the map
    /// draws (nothing) when its data would not decode, so the story's layers still work.
    pub fn empty(level: Level) -> Basemap {
        Basemap {
            level,
            water: Vec::new(),
            land: Vec::new(),
            rivers: Vec::new(),
            railways: Vec::new(),
            stations: Vec::new(),
            streets: Vec::new(),
            canals: Vec::new(),
            bridges: Vec::new(),
            districts: Vec::new(),
        }
    }
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

/// A name of 1917 in both languages of the app, and today's where it differs: the reader
/// follows a memoir of 1917, and finds the places on a map of today.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Names {
    /// The 1917 name in English.
    pub en: String,
    /// The 1917 name in French.
    pub fr: String,
    /// Today's name in English and French, when it is not the 1917 one.
    pub today: Option<(String, String)>,
}

impl Names {
    /// The 1917 name in the language `lang` ("fr", else English).
    pub fn get(&self, lang: &str) -> &str {
        if lang == "fr" {
            &self.fr
        } else {
            &self.en
        }
    }

    /// Today's name in `lang`, when it differs from the 1917 one.
    pub fn today(&self, lang: &str) -> Option<&str> {
        self.today.as_ref().map(|(en, fr)| {
            if lang == "fr" {
                fr.as_str()
            } else {
                en.as_str()
            }
        })
    }
}

/// A street, canal or bridge of the city of 1917, drawn by the project from known points.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CityLine {
    /// Stable id, e.g. `nevsky`, `fontanka`, `dvortsovy`.
    pub id: String,
    /// Its names.
    pub name: Names,
    /// At least two positions; a bridge is its two ends, on the two banks.
    #[serde(with = "crate::base::packed::line")]
    pub points: Vec<LonLat>,
    /// True for every line here: a few known points joined by straight lines.
    pub approximate: bool,
    /// Who drew it from what.
    pub source: String,
    /// What is uncertain or worth knowing (a bridge's state in 1917), when anything is.
    pub note: Option<String>,
    /// Where its name is written on the map, a point on the line; `None`: not written.
    pub label_at: Option<LonLat>,
}

/// An island or district named in the memoir: where its label goes.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct District {
    /// Stable id, e.g. `vyborg-side`.
    pub id: String,
    /// Its names.
    pub name: Names,
    /// The label's position: inside the district, not a surveyed centre.
    pub pos: LonLat,
    /// True for every district: a district has no single point.
    pub approximate: bool,
    /// Who placed it.
    pub source: String,
    /// What is worth knowing (its extent, an earlier name), when anything is.
    pub note: Option<String>,
}
