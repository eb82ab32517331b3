//! Positions on the Earth.

use serde::{Deserialize, Serialize};

/// A WGS84 position in degrees. Every layer (story places, routes, basemap) speaks in this
/// one type so that projection is done in one place only.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LonLat {
    /// Degrees east of Greenwich.
    pub lon: f64,
    /// Degrees north of the equator.
    pub lat: f64,
}

impl LonLat {
    /// A position from longitude and latitude, in that (GeoJSON) order.
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }
}
