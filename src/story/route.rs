//! Distances and positions along a route, on the sphere: what the clock needs to put him
//! at the right point of a leg, and the loader to check that a route joins its places.

use crate::base::position::LonLat;

/// Mean Earth radius (IUGG), in metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance in metres (haversine): exact enough at the scale of a city and
/// its surroundings, where the map's projection would distort lengths.
pub fn distance_m(a: LonLat, b: LonLat) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// The point `distance` metres from `start` on the initial bearing `bearing_deg` (degrees
/// clockwise from north), on the same sphere as [`distance_m`]: how a range circle on the
/// ground is drawn.
pub fn destination(start: LonLat, bearing_deg: f64, distance: f64) -> LonLat {
    let delta = distance / EARTH_RADIUS_M;
    let theta = bearing_deg.to_radians();
    let (lat1, lon1) = (start.lat.to_radians(), start.lon.to_radians());
    let lat2 = (lat1.sin() * delta.cos() + lat1.cos() * delta.sin() * theta.cos()).asin();
    let lon2 = lon1
        + (theta.sin() * delta.sin() * lat1.cos()).atan2(delta.cos() - lat1.sin() * lat2.sin());
    LonLat::new(lon2.to_degrees(), lat2.to_degrees())
}

/// Total length of a polyline in metres.
pub fn length_m(route: &[LonLat]) -> f64 {
    route.windows(2).map(|w| distance_m(w[0], w[1])).sum()
}

/// The point at `fraction` (0 = start, 1 = end) of the route's length, so that a marker
/// moves at an even pace along curves; `None` for a route with no points.
pub fn point_along(route: &[LonLat], fraction: f64) -> Option<LonLat> {
    let first = *route.first()?;
    let total = length_m(route);
    if total <= 0.0 || !fraction.is_finite() {
        return Some(first);
    }
    let mut remaining = fraction.clamp(0.0, 1.0) * total;
    for w in route.windows(2) {
        let d = distance_m(w[0], w[1]);
        if remaining <= d && d > 0.0 {
            let t = remaining / d;
            return Some(LonLat::new(
                w[0].lon + (w[1].lon - w[0].lon) * t,
                w[0].lat + (w[1].lat - w[0].lat) * t,
            ));
        }
        remaining -= d;
    }
    route.last().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMOLNY: LonLat = LonLat::new(30.3964, 59.9464);
    const WARSAW: LonLat = LonLat::new(30.3072, 59.9077);

    #[test]
    fn distances_in_petrograd() {
        let d = distance_m(SMOLNY, WARSAW);
        assert!((6_400.0..6_700.0).contains(&d), "{d}");
        assert_eq!(distance_m(SMOLNY, SMOLNY), 0.0);
    }

    #[test]
    fn a_destination_lies_at_its_distance_and_bearing() {
        for bearing in [0.0, 45.0, 90.0, 180.0, 270.0] {
            let p = destination(SMOLNY, bearing, 23_228.0);
            let d = distance_m(SMOLNY, p);
            assert!((d - 23_228.0).abs() < 0.01, "{bearing}: {d}");
        }
        let north = destination(SMOLNY, 0.0, 10_000.0);
        assert!((north.lon - SMOLNY.lon).abs() < 1e-9 && north.lat > SMOLNY.lat);
        let east = destination(SMOLNY, 90.0, 10_000.0);
        assert!(east.lon > SMOLNY.lon);
    }

    #[test]
    fn points_along_are_spaced_by_distance() {
        let short = LonLat::new(30.3964, 59.9474);
        let route = [SMOLNY, short, WARSAW];
        assert_eq!(point_along(&route, 0.0), Some(SMOLNY));
        assert_eq!(point_along(&route, 1.0), Some(WARSAW));
        assert_eq!(point_along(&route, 2.0), Some(WARSAW));
        let half = point_along(&route, 0.5).unwrap();
        let (a, b) = (
            distance_m(SMOLNY, short) + distance_m(short, half),
            distance_m(half, WARSAW),
        );
        // Within a segment the step is linear in degrees: a few metres off at most.
        assert!((a - b).abs() < 5.0, "{a} {b}");
        assert_eq!(point_along(&[], 0.5), None);
        assert_eq!(point_along(&[SMOLNY], 0.5), Some(SMOLNY));
    }
}
