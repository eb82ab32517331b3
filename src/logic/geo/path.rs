//! SVG path data (`d` attributes) from projected points.
//!
//! The basemap is thousands of vertices drawn in a handful of `<path>` elements, so the
//! output is kept short: coordinates rounded (0.1 px by default), one `L` followed by bare
//! coordinate pairs, vertices that would land on the same rounded pixel dropped, and
//! optionally Douglas–Peucker simplification. Build several features into one element
//! with [`PathBuilder`]: fewer DOM nodes pan faster.

use super::Point;
use crate::logic::number::decimal;
use std::fmt::Write;

/// How much detail a path keeps. Distances are in the units of the points given (screen
/// pixels, or layer pixels of a [`super::LayerSpace`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PathOptions {
    /// Digits after the decimal point (capped at 6).
    pub decimals: u32,
    /// A vertex closer than this to the last one kept is dropped (the last vertex of a
    /// line always survives, so lines still end where they should).
    pub min_distance: f64,
    /// Douglas–Peucker tolerance, applied before `min_distance`; 0 disables it.
    pub simplify_tolerance: f64,
}

impl Default for PathOptions {
    /// 0.1 px precision, half-pixel vertex spacing, no Douglas–Peucker.
    fn default() -> Self {
        Self {
            decimals: 1,
            min_distance: 0.5,
            simplify_tolerance: 0.0,
        }
    }
}

impl PathOptions {
    /// The defaults plus Douglas–Peucker at `tolerance`.
    pub fn simplified(tolerance: f64) -> Self {
        Self {
            simplify_tolerance: tolerance,
            ..Self::default()
        }
    }
}

/// Accumulates any number of polylines and polygons into one `d` string.
#[derive(Clone, Debug, Default)]
pub struct PathBuilder {
    d: String,
    opts: PathOptions,
}

impl PathBuilder {
    /// An empty path with the given detail.
    pub fn new(opts: PathOptions) -> Self {
        Self {
            d: String::new(),
            opts,
        }
    }

    /// Adds an open line (`M … L …`). Lines reduced to fewer than two distinct vertices are
    /// left out: they would draw nothing or a stray dot.
    pub fn polyline(&mut self, points: &[Point]) -> &mut Self {
        let pts = self.reduce(points, false);
        if pts.len() >= 2 {
            self.write_run(&pts, false);
        }
        self
    }

    /// Adds a polygon: the outer ring and then any holes, each closed with `Z`. Draw it with
    /// `fill-rule="evenodd"` so holes show whatever their winding. A ring may repeat its
    /// first vertex at the end or not; rings reduced below three vertices are left out.
    pub fn polygon<R: AsRef<[Point]>>(&mut self, rings: impl IntoIterator<Item = R>) -> &mut Self {
        for ring in rings {
            let mut pts = self.reduce(ring.as_ref(), true);
            if pts.len() >= 2 && pts.first() == pts.last() {
                pts.pop();
            }
            if pts.len() >= 3 {
                self.write_run(&pts, true);
            }
        }
        self
    }

    /// Whether nothing has been drawn (the element can be skipped).
    pub fn is_empty(&self) -> bool {
        self.d.is_empty()
    }

    /// The `d` attribute value.
    pub fn finish(self) -> String {
        self.d
    }

    fn factor(&self) -> f64 {
        10f64.powi(self.opts.decimals.min(6) as i32)
    }

    /// Finite points, simplified, thinned, then rounded with rounding duplicates removed.
    fn reduce(&self, points: &[Point], closed: bool) -> Vec<Point> {
        let finite: Vec<Point> = points.iter().copied().filter(|p| p.is_finite()).collect();
        let simple = if self.opts.simplify_tolerance > 0.0 {
            simplify(&finite, self.opts.simplify_tolerance)
        } else {
            finite
        };
        let thinned = drop_close(&simple, self.opts.min_distance, !closed);
        let k = self.factor();
        let mut out: Vec<Point> = Vec::with_capacity(thinned.len());
        for p in thinned {
            let r = Point::new((p.x * k).round() / k, (p.y * k).round() / k);
            if out.last() != Some(&r) {
                out.push(r);
            }
        }
        out
    }

    fn write_run(&mut self, pts: &[Point], closed: bool) {
        for (i, p) in pts.iter().enumerate() {
            match i {
                0 => self.d.push('M'),
                1 => self.d.push('L'),
                _ => self.d.push(' '),
            }
            push_num(&mut self.d, p.x);
            self.d.push(' ');
            push_num(&mut self.d, p.y);
        }
        if closed {
            self.d.push('Z');
        }
    }
}

/// An already rounded number, shortest form: `12`, `-3.5`, and `0` rather than `-0`.
fn push_num(d: &mut String, v: f64) {
    if v == 0.0 {
        d.push('0');
    } else {
        // Writing to a String cannot fail. Six decimals cover every rounding the options allow.
        let _ = write!(d, "{}", decimal(v, 6));
    }
}

/// The `d` of one open line, with the default detail.
pub fn polyline_d(points: &[Point]) -> String {
    let mut b = PathBuilder::new(PathOptions::default());
    b.polyline(points);
    b.finish()
}

/// The `d` of one polygon (outer ring, then holes), with the default detail.
pub fn polygon_d<R: AsRef<[Point]>>(rings: impl IntoIterator<Item = R>) -> String {
    let mut b = PathBuilder::new(PathOptions::default());
    b.polygon(rings);
    b.finish()
}

/// Douglas–Peucker: the fewest vertices such that no dropped vertex was further than
/// `tolerance` from the simplified line. Ends are always kept. Iterative, so a coastline of
/// any length cannot overflow the (small, wasm) stack.
pub fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    let n = points.len();
    if n <= 2 || tolerance <= 0.0 || tolerance.is_nan() {
        return points.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut stack = vec![(0usize, n - 1)];
    while let Some((first, last)) = stack.pop() {
        let mut worst = 0.0;
        let mut worst_i = 0;
        for (i, p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = segment_distance(*p, points[first], points[last]);
            if d > worst {
                worst = d;
                worst_i = i;
            }
        }
        if worst > tolerance {
            keep[worst_i] = true;
            stack.push((first, worst_i));
            stack.push((worst_i, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// Drops vertices closer than `min_distance` to the last one kept. With `keep_end`, the
/// final vertex always survives (replacing a too-close predecessor), so an open line still
/// ends at its true end.
pub fn drop_close(points: &[Point], min_distance: f64, keep_end: bool) -> Vec<Point> {
    let Some((&first, rest)) = points.split_first() else {
        return Vec::new();
    };
    let mut out = vec![first];
    for &p in rest {
        let last = out[out.len() - 1];
        if last.distance_to(p) >= min_distance {
            out.push(p);
        }
    }
    if keep_end {
        if let Some(&end) = points.last() {
            let last = out[out.len() - 1];
            if last != end {
                if out.len() > 1 {
                    out.pop();
                }
                out.push(end);
            }
        }
    }
    out
}

/// Distance from `p` to the segment `a`–`b`.
fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let ab = b - a;
    let len2 = ab.x * ab.x + ab.y * ab.y;
    if len2 == 0.0 {
        return p.distance_to(a);
    }
    let ap = p - a;
    let t = ((ap.x * ab.x + ap.y * ab.y) / len2).clamp(0.0, 1.0);
    p.distance_to(a + ab * t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(v: &[(f64, f64)]) -> Vec<Point> {
        v.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    #[test]
    fn polyline_rounds_and_shortens() {
        let d = polyline_d(&pts(&[
            (0.0, 0.0),
            (10.04, -3.96),
            (20.0, 5.56),
            (-0.04, 2.0),
        ]));
        assert_eq!(d, "M0 0L10 -4 20 5.6 0 2");
        assert_eq!(polyline_d(&pts(&[(1.0, 1.0)])), "");
        assert_eq!(polyline_d(&pts(&[(1.0, 1.0), (1.01, 1.02)])), "");
        // Non-finite vertices are skipped, never written.
        let d = polyline_d(&pts(&[(0.0, 0.0), (f64::NAN, 1.0), (5.0, 5.0)]));
        assert_eq!(d, "M0 0L5 5");
    }

    #[test]
    fn close_points_dropped_but_end_kept() {
        let d = polyline_d(&pts(&[
            (0.0, 0.0),
            (0.2, 0.0),
            (0.4, 0.0),
            (3.0, 0.0),
            (3.3, 0.0),
        ]));
        assert_eq!(d, "M0 0L3.3 0");
    }

    #[test]
    fn polygon_with_hole() {
        let outer = pts(&[
            (0.0, 0.0),
            (10.0, 0.0),
            (10.0, 10.0),
            (0.0, 10.0),
            (0.0, 0.0),
        ]);
        let hole = pts(&[(2.0, 2.0), (4.0, 2.0), (4.0, 4.0)]);
        let tiny = pts(&[(5.0, 5.0), (5.1, 5.0), (5.1, 5.1)]);
        assert_eq!(
            polygon_d([outer, hole, tiny]),
            "M0 0L10 0 10 10 0 10ZM2 2L4 2 4 4Z"
        );
    }

    #[test]
    fn builder_concatenates_features() {
        let mut b = PathBuilder::new(PathOptions {
            decimals: 0,
            ..PathOptions::default()
        });
        assert!(b.is_empty());
        b.polyline(&pts(&[(0.4, 0.0), (9.6, 0.0)]))
            .polyline(&pts(&[(0.0, 5.0), (9.0, 5.0)]));
        assert_eq!(b.finish(), "M0 0L10 0M0 5L9 5");
    }

    #[test]
    fn douglas_peucker() {
        let line = pts(&[
            (0.0, 0.0),
            (1.0, 0.1),
            (2.0, -0.1),
            (3.0, 5.0),
            (4.0, 6.0),
            (5.0, 7.0),
        ]);
        let s = simplify(&line, 0.5);
        assert_eq!(s, pts(&[(0.0, 0.0), (2.0, -0.1), (3.0, 5.0), (5.0, 7.0)]));
        assert_eq!(simplify(&line, 0.0), line);
        let mut b = PathBuilder::new(PathOptions::simplified(100.0));
        b.polyline(&line);
        assert_eq!(b.finish(), "M0 0L5 7");
    }
}
