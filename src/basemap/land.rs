//! Land or water at a point, from the land polygons.

use super::model::{Basemap, Polygon, Ring};
use crate::base::position::LonLat;

impl Basemap {
    /// Whether `p` is on land at this level of detail. Water is everything inside the extent
    /// not covered by land, so a point outside the extent is not on land either. Places near
    /// the shore may differ between levels by up to [`super::Level::tolerance_m`].
    pub fn is_on_land(&self, p: LonLat) -> bool {
        self.land.iter().any(|poly| polygon_contains(poly, p))
    }
}

fn polygon_contains(poly: &Polygon, p: LonLat) -> bool {
    match poly.split_first() {
        Some((outer, holes)) => {
            ring_contains(outer, p) && !holes.iter().any(|h| ring_contains(h, p))
        }
        None => false,
    }
}

/// Even-odd ray casting in degrees: at these sizes (tens of kilometres, far from the poles
/// and the antimeridian) the flat approximation decides the same as a spherical one.
fn ring_contains(ring: &Ring, p: LonLat) -> bool {
    let mut inside = false;
    for pair in ring.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if (a.lat > p.lat) != (b.lat > p.lat) {
            let lon_at = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
            if p.lon < lon_at {
                inside = !inside;
            }
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> Polygon {
        let r = |pts: &[(f64, f64)]| pts.iter().map(|&(x, y)| LonLat::new(x, y)).collect();
        vec![
            r(&[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)]),
            r(&[(1.0, 1.0), (1.0, 3.0), (3.0, 3.0), (3.0, 1.0), (1.0, 1.0)]),
        ]
    }

    #[test]
    fn a_hole_is_not_land() {
        let poly = square();
        assert!(polygon_contains(&poly, LonLat::new(0.5, 0.5)));
        assert!(!polygon_contains(&poly, LonLat::new(2.0, 2.0)));
        assert!(!polygon_contains(&poly, LonLat::new(5.0, 2.0)));
    }
}
