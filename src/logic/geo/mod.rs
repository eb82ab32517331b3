//! Map geometry: Web Mercator projection, the viewport, paths and label placement.

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

pub mod bounds;
pub mod labels;
pub mod limits;
pub mod packed;
pub mod path;
pub mod point;
pub mod projection;
pub mod scale;
pub mod transform;
pub mod viewport;

pub use bounds::Bounds;
pub use labels::{place_labels, LabelCandidate, LabelOptions, PlacedLabel, Side};
pub use limits::Limits;
pub use path::{PathBuilder, PathOptions};
pub use point::Point;
pub use scale::{scale_bar, ScaleBar};
pub use transform::{LayerSpace, Transform};
pub use viewport::{Padding, Viewport};
