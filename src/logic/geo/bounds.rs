//! Axis-aligned rectangles: the extent of a set of places in world coordinates, the screen,
//! a label's box.

use super::{projection, LonLat, Point};

/// An axis-aligned rectangle, `min` top-left and `max` bottom-right (y grows downwards).
/// Always non-empty by construction (at least one point), so no "empty" state to check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest x and y.
    pub min: Point,
    /// Largest x and y.
    pub max: Point,
}

impl Bounds {
    /// The rectangle spanned by two opposite corners, in either order.
    pub fn new(a: Point, b: Point) -> Self {
        Self {
            min: Point::new(a.x.min(b.x), a.y.min(b.y)),
            max: Point::new(a.x.max(b.x), a.y.max(b.y)),
        }
    }

    /// A rectangle from its top-left corner and size, as label boxes are naturally built.
    pub fn from_origin_size(min: Point, width: f64, height: f64) -> Self {
        Self::new(min, Point::new(min.x + width, min.y + height))
    }

    /// The smallest rectangle holding every point; `None` when there are none, so a caller
    /// can't fit the view to nothing. Non-finite points are skipped.
    pub fn from_points(points: impl IntoIterator<Item = Point>) -> Option<Self> {
        let mut it = points.into_iter().filter(|p| p.is_finite());
        let first = it.next()?;
        let mut b = Self::new(first, first);
        for p in it {
            b.extend(p);
        }
        Some(b)
    }

    /// World-coordinate bounds of a set of positions, ready for [`super::Viewport::fit_bounds`].
    pub fn from_lonlats(positions: impl IntoIterator<Item = LonLat>) -> Option<Self> {
        Self::from_points(positions.into_iter().map(projection::project))
    }

    /// Grows the rectangle to include `p`.
    pub fn extend(&mut self, p: Point) {
        self.min = Point::new(self.min.x.min(p.x), self.min.y.min(p.y));
        self.max = Point::new(self.max.x.max(p.x), self.max.y.max(p.y));
    }

    /// The union of two rectangles.
    pub fn union(self, other: Bounds) -> Bounds {
        let mut b = self;
        b.extend(other.min);
        b.extend(other.max);
        b
    }

    /// The same rectangle grown by `d` on every side (shrunk when negative, never inverted).
    pub fn inflate(self, d: f64) -> Bounds {
        let c = self.centre();
        let hw = (self.width() / 2.0 + d).max(0.0);
        let hh = (self.height() / 2.0 + d).max(0.0);
        Bounds {
            min: Point::new(c.x - hw, c.y - hh),
            max: Point::new(c.x + hw, c.y + hh),
        }
    }

    /// Width (x extent).
    pub fn width(&self) -> f64 {
        self.max.x - self.min.x
    }

    /// Height (y extent).
    pub fn height(&self) -> f64 {
        self.max.y - self.min.y
    }

    /// The midpoint.
    pub fn centre(&self) -> Point {
        Point::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// Whether `p` is inside or on the edge.
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    /// Whether `other` lies wholly inside (edges included).
    pub fn contains_bounds(&self, other: &Bounds) -> bool {
        self.contains(other.min) && self.contains(other.max)
    }

    /// Whether the two share any point, edges included (for culling: touching is visible).
    pub fn intersects(&self, other: &Bounds) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }

    /// Whether the two share a region of positive area: labels that merely touch do not
    /// collide, so they can sit flush against each other.
    pub fn overlaps(&self, other: &Bounds) -> bool {
        self.min.x < other.max.x
            && other.min.x < self.max.x
            && self.min.y < other.max.y
            && other.min.y < self.max.y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_extend_contain() {
        assert!(Bounds::from_points([]).is_none());
        let b = Bounds::from_points([
            Point::new(3.0, 1.0),
            Point::new(-1.0, 4.0),
            Point::new(f64::NAN, 100.0),
            Point::new(2.0, 2.0),
        ])
        .expect("non-empty");
        assert_eq!(b.min, Point::new(-1.0, 1.0));
        assert_eq!(b.max, Point::new(3.0, 4.0));
        assert_eq!(b.centre(), Point::new(1.0, 2.5));
        assert!(b.contains(Point::new(3.0, 4.0)));
        assert!(!b.contains(Point::new(3.1, 4.0)));
        let mut c = b;
        c.extend(Point::new(10.0, 0.0));
        assert_eq!(c.max.x, 10.0);
        assert_eq!(c.min.y, 0.0);
        assert!(c.contains_bounds(&b));
        assert_eq!(b.inflate(1.0).width(), 6.0);
        assert_eq!(b.inflate(-10.0).width(), 0.0);
    }

    #[test]
    fn touching_intersects_but_does_not_overlap() {
        let a = Bounds::new(Point::new(0.0, 0.0), Point::new(1.0, 1.0));
        let b = Bounds::new(Point::new(1.0, 0.0), Point::new(2.0, 1.0));
        assert!(a.intersects(&b));
        assert!(!a.overlaps(&b));
        let c = Bounds::new(Point::new(0.5, 0.5), Point::new(2.0, 2.0));
        assert!(a.overlaps(&c));
    }

    #[test]
    fn from_lonlats_is_in_world_coords() {
        let b = Bounds::from_lonlats([LonLat::new(29.78, 59.99), LonLat::new(30.43, 59.55)])
            .expect("non-empty");
        assert!(b.min.x > 0.5 && b.max.x < 0.6);
        // North is up: the northern point has the smaller y.
        assert!((b.min.y - projection::project(LonLat::new(0.0, 59.99)).y).abs() < 1e-15);
    }
}
