//! The scale bar: a round distance whose bar fits the space given.

use super::projection;
use crate::logic::number::decimal;

/// A scale bar ready to draw: a bar `pixels` long standing for `metres`, labelled `label`.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleBar {
    /// Ground distance the bar stands for: 1, 2 or 5 × 10ⁿ metres.
    pub metres: f64,
    /// Bar length in screen pixels, at most the width asked for.
    pub pixels: f64,
    /// "500 m", "2 km".
    pub label: String,
}

/// The longest round bar (1, 2 or 5 × 10ⁿ m, as a reader can compare at a glance) no wider
/// than `max_pixels` at this latitude and zoom. Mercator's scale varies with latitude, so
/// pass the latitude of the view's centre. `None` when no sensible bar exists (zero width,
/// non-finite input).
pub fn scale_bar(lat: f64, zoom: f64, max_pixels: f64) -> Option<ScaleBar> {
    let mpp = projection::metres_per_pixel(lat, zoom);
    let max_metres = mpp * max_pixels;
    if !(max_metres.is_finite() && max_metres > 0.0 && mpp > 0.0) {
        return None;
    }
    let metres = nice_floor(max_metres);
    Some(ScaleBar {
        metres,
        pixels: metres / mpp,
        label: distance_label(metres),
    })
}

/// The largest of 1, 2, 5 × 10ⁿ not above `x` (for positive finite `x`).
pub fn nice_floor(x: f64) -> f64 {
    let pow = 10.0_f64.powf(x.log10().floor());
    let f = x / pow;
    // Guard the float edge where x / pow lands a hair under 1, 2 or 5.
    let step = if f >= 5.0 - 1e-9 {
        5.0
    } else if f >= 2.0 - 1e-9 {
        2.0
    } else {
        1.0
    };
    step * pow
}

/// "250 m" below a kilometre, "2 km" from one up, decimals only where needed ("0.5 m").
pub fn distance_label(metres: f64) -> String {
    if metres >= 1000.0 {
        format!("{} km", decimal(metres / 1000.0, 6))
    } else {
        format!("{} m", decimal(metres, 6))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_values() {
        assert_eq!(nice_floor(1.0), 1.0);
        assert_eq!(nice_floor(1.99), 1.0);
        assert_eq!(nice_floor(4.9), 2.0);
        assert_eq!(nice_floor(730.0), 500.0);
        assert_eq!(nice_floor(2000.0), 2000.0);
        assert_eq!(nice_floor(9999.0), 5000.0);
        assert!((nice_floor(0.31) - 0.2).abs() < 1e-12);
    }

    #[test]
    fn labels() {
        assert_eq!(distance_label(500.0), "500 m");
        assert_eq!(distance_label(2000.0), "2 km");
        assert_eq!(distance_label(50_000.0), "50 km");
        assert_eq!(distance_label(0.5), "0.5 m");
    }

    #[test]
    fn bars_fit_and_follow_latitude() {
        for z in [9.0, 10.5, 12.0, 13.7, 15.25] {
            let b = scale_bar(59.9, z, 100.0).expect("bar");
            assert!(
                b.pixels <= 100.0 + 1e-9 && b.pixels > 100.0 / 5.0 - 1e-9,
                "{b:?}"
            );
            let mpp = projection::metres_per_pixel(59.9, z);
            assert!((b.pixels * mpp - b.metres).abs() < 1e-6);
        }
        // Whole region at zoom 9: ~150 m/px, so 100 px hold 10 km.
        assert_eq!(scale_bar(59.9, 9.0, 100.0).expect("bar").label, "10 km");
        // City block at zoom 15.25: ~2 m/px, so 100 px hold ~200 m.
        assert_eq!(scale_bar(59.9, 15.25, 100.0).expect("bar").label, "200 m");
        assert!(scale_bar(59.9, 12.0, 0.0).is_none());
        assert!(scale_bar(f64::NAN, 12.0, 100.0).is_none());
    }
}
