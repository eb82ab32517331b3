//! The subset of GeoJSON (RFC 7946) the basemap files use, as serde types. Hand-written
//! rather than the `geojson` crate to keep the wasm binary small.

use serde::Deserialize;

/// A position as stored: `[lon, lat]`.
pub(super) type Position = [f64; 2];

#[derive(Deserialize)]
pub(super) struct FeatureCollection {
    pub features: Vec<Feature>,
}

#[derive(Deserialize)]
pub(super) struct Feature {
    pub properties: Properties,
    pub geometry: Geometry,
}

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

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
pub(super) enum Geometry {
    Point(Position),
    LineString(Vec<Position>),
    MultiLineString(Vec<Vec<Position>>),
    Polygon(Vec<Vec<Position>>),
    MultiPolygon(Vec<Vec<Vec<Position>>>),
}
