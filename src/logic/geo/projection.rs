//! Spherical (Web) Mercator, EPSG:3857.
//!
//! The map uses *world coordinates*: the whole Mercator square mapped to `[0, 1] × [0, 1]`,
//! x eastwards from 180° W, y southwards from the top edge (≈ 85.05° N), like screen and
//! SVG axes. At zoom `z` one world unit is [`TILE_SIZE`]` · 2^z` pixels, so zoom numbers mean
//! what they mean on any OpenStreetMap-style map (15 ≈ a city block).
//!
//! Mercator is conformal, so at Petrograd's 60° N shapes and angles look right even though
//! distances are stretched by `1 / cos(lat)` ≈ 2; [`metres_per_pixel`] undoes that stretch
//! for the scale bar.

use super::{LonLat, Point};
use std::f64::consts::PI;

/// WGS84 semi-major axis, the sphere radius EPSG:3857 uses, in metres.
pub const EARTH_RADIUS: f64 = 6_378_137.0;

/// Latitude at which the Mercator square is cut off, so the world is square.
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;

/// Pixels per world unit at zoom 0; the tile size of web maps, kept so zooms match them.
pub const TILE_SIZE: f64 = 256.0;

/// Length of the equator in metres: one world unit at the equator.
pub const EQUATOR_METRES: f64 = 2.0 * PI * EARTH_RADIUS;

/// Degrees to normalised world coordinates `[0, 1]²`, y downwards. Latitudes beyond
/// [`MAX_LATITUDE`] are clamped rather than sent to infinity.
pub fn project(ll: LonLat) -> Point {
    let lat = ll.lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let x = (ll.lon + 180.0) / 360.0;
    let y = 0.5 - (PI / 4.0 + lat / 2.0).tan().ln() / (2.0 * PI);
    Point::new(x, y)
}

/// World coordinates back to degrees; the exact inverse of [`project`] inside its range.
pub fn unproject(p: Point) -> LonLat {
    let lon = p.x * 360.0 - 180.0;
    let lat = (2.0 * ((0.5 - p.y) * 2.0 * PI).exp().atan() - PI / 2.0).to_degrees();
    LonLat::new(lon, lat)
}

/// Degrees to EPSG:3857 metres (x east, y **north**), for exchanging coordinates with GIS
/// tools that speak "Web Mercator metres".
pub fn project_metres(ll: LonLat) -> Point {
    let w = project(ll);
    Point::new((w.x - 0.5) * EQUATOR_METRES, (0.5 - w.y) * EQUATOR_METRES)
}

/// EPSG:3857 metres back to degrees; the inverse of [`project_metres`].
pub fn unproject_metres(m: Point) -> LonLat {
    unproject(Point::new(
        m.x / EQUATOR_METRES + 0.5,
        0.5 - m.y / EQUATOR_METRES,
    ))
}

/// Pixels per world unit at a zoom level; the one place the zoom → scale rule lives.
pub fn scale(zoom: f64) -> f64 {
    TILE_SIZE * zoom.exp2()
}

/// The zoom at which one world unit is `scale` pixels; the inverse of [`scale`].
pub fn zoom_for_scale(scale: f64) -> f64 {
    (scale / TILE_SIZE).log2()
}

/// True ground metres covered by one screen pixel at a latitude and zoom. Mercator
/// stretches east–west distances by `1 / cos(lat)`, so this shrinks towards the poles.
pub fn metres_per_pixel(lat: f64, zoom: f64) -> f64 {
    EQUATOR_METRES * lat.to_radians().cos() / scale(zoom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let o = project(LonLat::new(0.0, 0.0));
        assert!((o.x - 0.5).abs() < 1e-15 && (o.y - 0.5).abs() < 1e-15);
        let nw = project(LonLat::new(-180.0, MAX_LATITUDE));
        assert!(nw.x.abs() < 1e-12 && nw.y.abs() < 1e-9);
        // Beyond the cut-off latitude the value is clamped, never infinite.
        assert!(project(LonLat::new(0.0, 90.0)).is_finite());
        // Smolny in EPSG:3857 metres (R·λ and R·ln tan(π/4 + φ/2)).
        let m = project_metres(LonLat::new(30.3964, 59.9464));
        assert!((m.x - 3_383_711.8).abs() < 0.1, "{m:?}");
        assert!((m.y - 8_387_814.1).abs() < 0.1, "{m:?}");
    }

    #[test]
    fn round_trips() {
        for i in 0..=40 {
            for j in 0..=40 {
                let ll = LonLat::new(-179.0 + 8.95 * i as f64, -84.0 + 4.2 * j as f64);
                let back = unproject(project(ll));
                assert!((back.lon - ll.lon).abs() < 1e-9 && (back.lat - ll.lat).abs() < 1e-9);
                let back = unproject_metres(project_metres(ll));
                assert!((back.lon - ll.lon).abs() < 1e-9 && (back.lat - ll.lat).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn scale_and_metres() {
        assert_eq!(scale(0.0), 256.0);
        assert!((zoom_for_scale(scale(12.3)) - 12.3).abs() < 1e-12);
        // The well-known 156 543 m/px at the equator, zoom 0.
        assert!((metres_per_pixel(0.0, 0.0) - 156_543.034).abs() < 0.01);
        // Half that at 60° N.
        assert!((metres_per_pixel(60.0, 0.0) - 78_271.517).abs() < 0.01);
    }
}
