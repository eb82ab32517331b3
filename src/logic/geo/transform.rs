//! One scale-and-translate per layer, so panning and zooming re-render a single SVG
//! attribute instead of re-projecting every vertex.
//!
//! Vertices are projected once into a [`LayerSpace`]: pixels at a fixed reference zoom,
//! measured from a fixed origin near the region. Those numbers stay small (a few thousand),
//! so they survive the browser's single-precision SVG maths even at street zoom, which raw
//! `[0, 1]` world coordinates multiplied by ~10⁷ would not. The viewport then supplies the
//! [`Transform`] from layer space to the screen (see [`super::Viewport::layer_transform`]).
//! Strokes inside a scaled group want `vector-effect: non-scaling-stroke`.

use super::{projection, LonLat, Point};
use crate::logic::number::decimal;
use std::fmt::Write;

/// `screen = point · scale + translate`: a uniform scale followed by a translation, the only
/// maps a Mercator viewport ever needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transform {
    /// Uniform scale factor.
    pub scale: f64,
    /// Offset added after scaling.
    pub translate: Point,
}

impl Transform {
    /// Leaves every point where it is.
    pub const IDENTITY: Transform = Transform {
        scale: 1.0,
        translate: Point::new(0.0, 0.0),
    };

    /// Maps a point forwards.
    pub fn apply(&self, p: Point) -> Point {
        p * self.scale + self.translate
    }

    /// The map back; `None` for a zero or non-finite scale, which has no inverse.
    pub fn invert(&self) -> Option<Transform> {
        if self.scale == 0.0 || !self.scale.is_finite() {
            return None;
        }
        let s = 1.0 / self.scale;
        Some(Transform {
            scale: s,
            translate: self.translate * -s,
        })
    }

    /// `self` first, then `next`: the single transform equal to applying both in turn.
    pub fn then(&self, next: &Transform) -> Transform {
        Transform {
            scale: self.scale * next.scale,
            translate: self.translate * next.scale + next.translate,
        }
    }

    /// The SVG `transform` attribute value, `matrix(s 0 0 s tx ty)`: one attribute write
    /// per frame moves the whole layer.
    pub fn to_svg(&self) -> String {
        let mut s = String::with_capacity(48);
        // Writing to a String cannot fail.
        let _ = write!(
            s,
            "matrix({} 0 0 {} {} {})",
            fmt_num(self.scale),
            fmt_num(self.scale),
            fmt_num(self.translate.x),
            fmt_num(self.translate.y)
        );
        s
    }
}

/// Six significant decimals is far below a pixel at any scale the map uses, and keeps the
/// attribute short; non-finite values become 0 so the attribute stays valid SVG.
fn fmt_num(v: f64) -> String {
    decimal(v, 6).to_string()
}

/// A fixed flat frame for a layer's vertices: pixels at `zoom`, measured from the world
/// point `origin`. Project once with [`LayerSpace::project`], cache the path strings, and
/// let the viewport's transform do the rest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayerSpace {
    /// World point that becomes layer pixel (0, 0).
    pub origin: Point,
    /// Reference zoom: one world unit is `256 · 2^zoom` layer pixels.
    pub zoom: f64,
}

impl LayerSpace {
    /// The frame for this map: origin at the north-west corner of the region, zoom 14, so
    /// the region is ~37 000 layer px wide (well inside single precision's exact range at
    /// 0.1 px) and a path rounded to 0.1 px stays within ~0.1 screen px even at the deepest
    /// zoom.
    pub fn petrograd() -> Self {
        Self {
            origin: projection::project(LonLat::new(
                super::limits::REGION_WEST,
                super::limits::REGION_NORTH,
            )),
            zoom: 14.0,
        }
    }

    /// Layer pixels per world unit.
    pub fn scale(&self) -> f64 {
        projection::scale(self.zoom)
    }

    /// A position in layer pixels.
    pub fn project(&self, ll: LonLat) -> Point {
        self.from_world(projection::project(ll))
    }

    /// World coordinates to layer pixels.
    pub fn from_world(&self, w: Point) -> Point {
        (w - self.origin) * self.scale()
    }

    /// Layer pixels back to world coordinates.
    pub fn to_world(&self, p: Point) -> Point {
        p * (1.0 / self.scale()) + self.origin
    }

    /// Layer pixels back to degrees.
    pub fn unproject(&self, p: Point) -> LonLat {
        projection::unproject(self.to_world(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_invert_then() {
        let t = Transform {
            scale: 2.0,
            translate: Point::new(10.0, -5.0),
        };
        let p = Point::new(3.0, 4.0);
        assert_eq!(t.apply(p), Point::new(16.0, 3.0));
        let inv = t.invert().expect("invertible");
        assert_eq!(inv.apply(t.apply(p)), p);
        let u = Transform {
            scale: 0.5,
            translate: Point::new(1.0, 1.0),
        };
        assert_eq!(t.then(&u).apply(p), u.apply(t.apply(p)));
        assert!(Transform {
            scale: 0.0,
            translate: p
        }
        .invert()
        .is_none());
    }

    #[test]
    fn svg_attribute() {
        let t = Transform {
            scale: 0.25,
            translate: Point::new(-12.3456789, 7.0),
        };
        assert_eq!(t.to_svg(), "matrix(0.25 0 0 0.25 -12.345679 7)");
        assert_eq!(Transform::IDENTITY.to_svg(), "matrix(1 0 0 1 0 0)");
    }

    #[test]
    fn layer_space_round_trip() {
        let ls = LayerSpace::petrograd();
        let smolny = LonLat::new(30.3964, 59.9464);
        let p = ls.project(smolny);
        assert!(
            p.x > 0.0 && p.y > 0.0 && p.x < 40_000.0 && p.y < 40_000.0,
            "{p:?}"
        );
        let back = ls.unproject(p);
        assert!((back.lon - smolny.lon).abs() < 1e-9 && (back.lat - smolny.lat).abs() < 1e-9);
    }
}
