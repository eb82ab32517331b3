//! A plain 2-D point, used both for world coordinates and for screen pixels.

use std::ops::{Add, Mul, Sub};

/// A position in a flat plane: world coordinates (see [`super::projection`]), layer pixels
/// or screen pixels. One type for all three keeps the arithmetic in one place; which plane a
/// value lives in is said by the function that returns it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Rightwards.
    pub x: f64,
    /// Downwards, as on screen and in SVG.
    pub y: f64,
}

impl Point {
    /// A point from its two coordinates.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// Straight-line distance, for hit tests and dropping points that are too close.
    pub fn distance_to(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    /// Both coordinates finite: NaN or infinite values must never reach an SVG attribute.
    pub fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point::new(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Point {
    type Output = Point;
    fn sub(self, o: Point) -> Point {
        Point::new(self.x - o.x, self.y - o.y)
    }
}

impl Mul<f64> for Point {
    type Output = Point;
    fn mul(self, k: f64) -> Point {
        Point::new(self.x * k, self.y * k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_and_distance() {
        let a = Point::new(1.0, 2.0);
        let b = Point::new(4.0, 6.0);
        assert_eq!(b - a, Point::new(3.0, 4.0));
        assert_eq!(a + b, Point::new(5.0, 8.0));
        assert_eq!(a * 2.0, Point::new(2.0, 4.0));
        assert_eq!(a.distance_to(b), 5.0);
        assert!(!Point::new(f64::NAN, 0.0).is_finite());
    }
}
