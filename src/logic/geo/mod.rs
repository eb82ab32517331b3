//! Map geometry: Web Mercator projection, the viewport, paths and label placement.

pub use crate::base::position::LonLat;

pub mod bounds;
pub mod labels;
pub mod limits;
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
