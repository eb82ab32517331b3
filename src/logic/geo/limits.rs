//! How far the map may zoom and pan: from the whole region down to a city block, and never
//! off into the Baltic.

use super::{projection, Bounds, LonLat};

// The region is the basemap's extent (`tools/basemap/make_basemap.py` clips GSHHG to the
// same box), so panning never shows where there is no map: wide enough that the
// whole-story view covers the map at every window from 320×568 to 2560×1440.

/// Western edge of the region, degrees east: the Gulf of Finland west of Kronstadt.
pub const REGION_WEST: f64 = 28.5;
/// Eastern edge of the region, degrees east: the Neva's source at Lake Ladoga.
pub const REGION_EAST: f64 = 31.7;
/// Southern edge of the region, degrees north: south of Gatchina.
pub const REGION_SOUTH: f64 = 59.35;
/// Northern edge of the region, degrees north: the Karelian isthmus above the city.
pub const REGION_NORTH: f64 = 60.3;

/// Smallest zoom: the story's extent (Kronstadt to Gatchina, ~49 km north to south) spans
/// ~160 px at zoom 8, so it fits, labels and all, the ~270 px tall map of a laptop window
/// (1280×657, 1366×640) whose timeline takes the rest of the height.
pub const MIN_ZOOM: f64 = 8.0;

/// Largest zoom: ~2 m per pixel at Petrograd's latitude, a city block across a phone
/// screen; deeper would only magnify the basemap's own inaccuracy.
pub const MAX_ZOOM: f64 = 15.25;

/// The bounds a [`super::Viewport`] is clamped to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// World-coordinate rectangle the view may not leave; when the view is larger than it,
    /// the view is centred on it instead.
    pub bounds: Bounds,
    /// Smallest zoom allowed.
    pub min_zoom: f64,
    /// Largest zoom allowed.
    pub max_zoom: f64,
}

impl Limits {
    /// The limits of this map: [`REGION_WEST`].. [`REGION_EAST`], [`REGION_SOUTH`]..
    /// [`REGION_NORTH`], zoom [`MIN_ZOOM`]..=[`MAX_ZOOM`].
    pub fn petrograd() -> Self {
        Self {
            bounds: Bounds::new(
                projection::project(LonLat::new(REGION_WEST, REGION_NORTH)),
                projection::project(LonLat::new(REGION_EAST, REGION_SOUTH)),
            ),
            min_zoom: MIN_ZOOM,
            max_zoom: MAX_ZOOM,
        }
    }

    /// A zoom brought into range; NaN becomes the smallest zoom, so a bad wheel delta can
    /// never poison the state.
    pub fn clamp_zoom(&self, zoom: f64) -> f64 {
        if zoom.is_nan() {
            self.min_zoom
        } else {
            zoom.max(self.min_zoom).min(self.max_zoom)
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::petrograd()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_zoom_is_a_city_block() {
        let mpp = projection::metres_per_pixel(59.94, MAX_ZOOM);
        assert!((mpp - 2.0).abs() < 0.1, "{mpp}");
    }

    #[test]
    fn min_zoom_fits_the_story_in_360_px() {
        let story = Bounds::from_lonlats([
            LonLat::new(29.7779, 59.9917), // Kronstadt
            LonLat::new(30.1331, 59.5533), // Gatchina-Warsaw station
            LonLat::new(30.4294, 59.7228), // Tsarskoye Selo
        ])
        .expect("non-empty");
        let px = story.width() * projection::scale(MIN_ZOOM);
        assert!(px < 300.0, "{px}");
    }

    #[test]
    fn clamp_zoom() {
        let l = Limits::petrograd();
        assert_eq!(l.clamp_zoom(3.0), MIN_ZOOM);
        assert_eq!(l.clamp_zoom(30.0), MAX_ZOOM);
        assert_eq!(l.clamp_zoom(12.0), 12.0);
        assert_eq!(l.clamp_zoom(f64::NAN), MIN_ZOOM);
        assert!(l.bounds.min.y < l.bounds.max.y);
    }
}
