//! What part of the world the map shows, and the conversions between screen pixels and the
//! world that every interaction (drag, wheel, pinch, keys, "whole story") is built from.
//!
//! Every method returns a new value and none clamps on its own: an interaction computes the
//! raw view, then applies [`Viewport::clamped`] once, so the fixed-point maths (zoom around
//! the cursor) stays exact wherever the limits allow it.

use super::{projection, Bounds, LayerSpace, Limits, LonLat, Point, Transform};

/// Space to keep clear around fitted bounds, in screen pixels: room for labels, or for a
/// panel that overlaps one side of the map.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Padding {
    /// Pixels kept clear at the top.
    pub top: f64,
    /// Pixels kept clear on the right.
    pub right: f64,
    /// Pixels kept clear at the bottom.
    pub bottom: f64,
    /// Pixels kept clear on the left.
    pub left: f64,
}

impl Padding {
    /// The same padding on all four sides.
    pub const fn uniform(p: f64) -> Self {
        Self {
            top: p,
            right: p,
            bottom: p,
            left: p,
        }
    }
}

/// The visible map: which position is at the centre of the screen, how far zoomed, and how
/// big the screen is. Screen pixels run from (0, 0) top-left to (`width`, `height`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Position shown at the middle of the screen.
    pub centre: LonLat,
    /// Web-map zoom level; fractional zooms are fine (smooth wheel and pinch).
    pub zoom: f64,
    /// Screen width in CSS pixels.
    pub width: f64,
    /// Screen height in CSS pixels.
    pub height: f64,
}

/// Zoom [`Viewport::fit_bounds`] stops at for a single point or other zero-size bounds,
/// where the exact fit is infinite; [`Viewport::clamped`] brings it into range afterwards.
pub const FIT_MAX_ZOOM: f64 = 24.0;

impl Viewport {
    /// A view from its four fields.
    pub const fn new(centre: LonLat, zoom: f64, width: f64, height: f64) -> Self {
        Self {
            centre,
            zoom,
            width,
            height,
        }
    }

    /// Screen pixels per world unit.
    pub fn scale(&self) -> f64 {
        projection::scale(self.zoom)
    }

    /// The screen size as a point (`width`, `height`).
    pub fn size(&self) -> Point {
        Point::new(self.width, self.height)
    }

    /// The middle of the screen, in screen pixels.
    pub fn screen_centre(&self) -> Point {
        self.size() * 0.5
    }

    /// The centre in world coordinates.
    pub fn centre_world(&self) -> Point {
        projection::project(self.centre)
    }

    /// World coordinates to screen pixels.
    pub fn world_to_screen(&self, w: Point) -> Point {
        (w - self.centre_world()) * self.scale() + self.screen_centre()
    }

    /// Screen pixels to world coordinates.
    pub fn screen_to_world(&self, s: Point) -> Point {
        (s - self.screen_centre()) * (1.0 / self.scale()) + self.centre_world()
    }

    /// Where a position appears on screen; for markers and labels, which keep their size.
    pub fn lonlat_to_screen(&self, ll: LonLat) -> Point {
        self.world_to_screen(projection::project(ll))
    }

    /// The position under a screen pixel (a click, the cursor).
    pub fn screen_to_lonlat(&self, s: Point) -> LonLat {
        projection::unproject(self.screen_to_world(s))
    }

    /// World → screen as one [`Transform`].
    pub fn world_transform(&self) -> Transform {
        let s = self.scale();
        Transform {
            scale: s,
            translate: self.screen_centre() - self.centre_world() * s,
        }
    }

    /// Layer pixels → screen as one [`Transform`]: the `transform` of a layer's `<g>`, so a
    /// pan or zoom rewrites one attribute and no path data.
    pub fn layer_transform(&self, space: &LayerSpace) -> Transform {
        let to_world = Transform {
            scale: 1.0 / space.scale(),
            translate: space.origin,
        };
        to_world.then(&self.world_transform())
    }

    /// The visible rectangle in world coordinates, for culling.
    pub fn visible_world(&self) -> Bounds {
        Bounds::new(
            self.screen_to_world(Point::new(0.0, 0.0)),
            self.screen_to_world(self.size()),
        )
    }

    /// Ground metres per screen pixel at the centre's latitude, for the scale bar.
    pub fn metres_per_pixel(&self) -> f64 {
        projection::metres_per_pixel(self.centre.lat, self.zoom)
    }

    /// The same view with the centre given in world coordinates.
    pub fn with_centre_world(&self, w: Point) -> Viewport {
        Viewport {
            centre: projection::unproject(w),
            ..*self
        }
    }

    /// The same centre and zoom on a resized screen (window resize, rotation).
    pub fn resized(&self, width: f64, height: f64) -> Viewport {
        Viewport {
            width,
            height,
            ..*self
        }
    }

    /// The largest zoom at which `bounds` (world coordinates) fits a `width × height` screen
    /// inside `padding`, centred in the padded area. Zero-size bounds (one place) stop at
    /// [`FIT_MAX_ZOOM`]; clamp the result to the map's limits.
    pub fn fit_bounds(bounds: &Bounds, width: f64, height: f64, padding: Padding) -> Viewport {
        let avail_w = (width - padding.left - padding.right).max(1.0);
        let avail_h = (height - padding.top - padding.bottom).max(1.0);
        let sx = avail_w / bounds.width();
        let sy = avail_h / bounds.height();
        let fit = sx.min(sy);
        let zoom = if fit.is_finite() {
            projection::zoom_for_scale(fit).min(FIT_MAX_ZOOM)
        } else {
            FIT_MAX_ZOOM
        };
        let scale = projection::scale(zoom);
        // Put the bounds' centre at the padded area's centre, not the screen's.
        let padded_centre = Point::new(padding.left + avail_w / 2.0, padding.top + avail_h / 2.0);
        let shift = (Point::new(width, height) * 0.5 - padded_centre) * (1.0 / scale);
        Viewport {
            centre: projection::unproject(bounds.centre() + shift),
            zoom,
            width,
            height,
        }
    }

    /// Zooms to `zoom` keeping the position under `screen` (the cursor, the pinch centre)
    /// at that same screen pixel. Clamp `zoom` first with [`Limits::clamp_zoom`] so the
    /// point stays put at the zoom limits too.
    pub fn zoom_around(&self, screen: Point, zoom: f64) -> Viewport {
        let anchor = self.screen_to_world(screen);
        let scale = projection::scale(zoom);
        let centre = anchor - (screen - self.screen_centre()) * (1.0 / scale);
        Viewport {
            zoom,
            ..self.with_centre_world(centre)
        }
    }

    /// Moves the view by (`dx`, `dy`) screen pixels: positive `dx` brings into view what
    /// was to the right, as the right arrow key does. A drag that moved the pointer by
    /// (`mx`, `my`) is `pan_by(-mx, -my)`, so the map follows the finger.
    pub fn pan_by(&self, dx: f64, dy: f64) -> Viewport {
        let d = Point::new(dx, dy) * (1.0 / self.scale());
        self.with_centre_world(self.centre_world() + d)
    }

    /// The view brought within `limits`: zoom into range, then the centre moved so the
    /// screen stays inside the limit bounds (or centred on them, on an axis where the screen
    /// is larger). Non-finite fields fall back to the limits' centre and minimum zoom.
    pub fn clamped(&self, limits: &Limits) -> Viewport {
        let zoom = limits.clamp_zoom(self.zoom);
        let scale = projection::scale(zoom);
        let half = Point::new(self.width.max(0.0), self.height.max(0.0)) * (0.5 / scale);
        let area = limits.bounds;
        let c = self.centre_world();
        let clamp_axis = |v: f64, lo: f64, hi: f64, half: f64| {
            if !v.is_finite() || hi - lo <= 2.0 * half {
                (lo + hi) / 2.0
            } else {
                v.max(lo + half).min(hi - half)
            }
        };
        let centre = Point::new(
            clamp_axis(c.x, area.min.x, area.max.x, half.x),
            clamp_axis(c.y, area.min.y, area.max.y, half.y),
        );
        Viewport {
            zoom,
            ..self.with_centre_world(centre)
        }
    }

    /// The view a fraction `t` of the way from `a` to `b`, for animated transitions (pass
    /// `t` through [`ease_in_out`]). Zoom moves linearly, i.e. the scale geometrically, so
    /// a zoom feels steady; the centre follows the unique path on which one world point
    /// stays at one screen pixel throughout, so animating a [`Viewport::zoom_around`]
    /// keeps the cursor's point under the cursor, and a pure pan is a straight line.
    pub fn lerp(a: &Viewport, b: &Viewport, t: f64) -> Viewport {
        let t = if t.is_nan() { 1.0 } else { t.clamp(0.0, 1.0) };
        let dz = b.zoom - a.zoom;
        let zoom = a.zoom + dz * t;
        // Fraction of the centre's way travelled: (1 - s_a/s(t)) / (1 - s_a/s_b), which
        // tends to `t` as the zooms coincide.
        let g = if dz.abs() < 1e-9 {
            t
        } else {
            (1.0 - (-dz * t).exp2()) / (1.0 - (-dz).exp2())
        };
        let ca = a.centre_world();
        let cb = b.centre_world();
        Viewport {
            centre: projection::unproject(ca + (cb - ca) * g),
            zoom,
            width: a.width + (b.width - a.width) * t,
            height: a.height + (b.height - a.height) * t,
        }
    }
}

/// Cubic ease-in-out on `[0, 1]`: slow start and finish, so the eye can follow the view.
pub fn ease_in_out(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// Cubic ease-out on `[0, 1]`: fast start, for responses to a direct gesture (wheel, key).
pub fn ease_out(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    1.0 - (1.0 - t).powi(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn smolny() -> LonLat {
        LonLat::new(30.3964, 59.9464)
    }

    fn close(a: Point, b: Point, eps: f64) -> bool {
        a.distance_to(b) < eps
    }

    #[test]
    fn screen_round_trip() {
        let v = Viewport::new(smolny(), 12.5, 800.0, 600.0);
        assert!(close(
            v.lonlat_to_screen(smolny()),
            Point::new(400.0, 300.0),
            1e-9
        ));
        for p in [
            Point::new(0.0, 0.0),
            Point::new(799.0, 17.5),
            Point::new(-50.0, 900.0),
        ] {
            assert!(close(v.lonlat_to_screen(v.screen_to_lonlat(p)), p, 1e-6));
            assert!(close(
                v.world_transform().apply(v.screen_to_world(p)),
                p,
                1e-6
            ));
        }
        // North up, east right.
        let ne = v.lonlat_to_screen(LonLat::new(30.40, 59.95));
        assert!(ne.x > 400.0 && ne.y < 300.0);
    }

    #[test]
    fn layer_transform_matches_direct_projection() {
        let space = LayerSpace::petrograd();
        for z in [9.0, 12.3, 15.25] {
            let v = Viewport::new(LonLat::new(30.2, 59.8), z, 1000.0, 700.0);
            let t = v.layer_transform(&space);
            for ll in [
                smolny(),
                LonLat::new(29.7779, 59.9917),
                LonLat::new(30.1331, 59.5533),
            ] {
                let direct = v.lonlat_to_screen(ll);
                let via_layer = t.apply(space.project(ll));
                assert!(close(direct, via_layer, 1e-6), "{direct:?} {via_layer:?}");
            }
        }
    }

    #[test]
    fn zoom_around_keeps_point_fixed() {
        let v = Viewport::new(smolny(), 11.0, 1000.0, 700.0);
        let cursor = Point::new(123.4, 567.8);
        let under = v.screen_to_lonlat(cursor);
        for z in [9.0, 11.7, 13.0, 15.25] {
            let w = v.zoom_around(cursor, z);
            assert_eq!(w.zoom, z);
            assert!(close(w.lonlat_to_screen(under), cursor, 1e-6));
        }
    }

    #[test]
    fn pan_by_moves_the_view() {
        let v = Viewport::new(smolny(), 13.0, 800.0, 600.0);
        let w = v.pan_by(100.0, -40.0);
        // What was 100 px right of and 40 px above the centre is now at the centre.
        assert!(close(
            w.lonlat_to_screen(v.screen_to_lonlat(Point::new(500.0, 260.0))),
            Point::new(400.0, 300.0),
            1e-6
        ));
    }

    #[test]
    fn fit_bounds_contains_and_pads() {
        let b = Bounds::from_lonlats([smolny(), LonLat::new(30.2584, 59.8787)]).expect("two");
        let pad = Padding {
            top: 10.0,
            right: 300.0,
            bottom: 20.0,
            left: 40.0,
        };
        let v = Viewport::fit_bounds(&b, 1000.0, 700.0, pad);
        let lo = v.world_to_screen(b.min);
        let hi = v.world_to_screen(b.max);
        assert!(lo.x >= 40.0 - 1e-6 && lo.y >= 10.0 - 1e-6, "{lo:?}");
        assert!(hi.x <= 700.0 + 1e-6 && hi.y <= 680.0 + 1e-6, "{hi:?}");
        // Tight on at least one axis.
        assert!((lo.x - 40.0).abs() < 1e-6 || (lo.y - 10.0).abs() < 1e-6);
        // One point: finite zoom, centred.
        let one = Bounds::from_lonlats([smolny()]).expect("one");
        let v = Viewport::fit_bounds(&one, 400.0, 300.0, Padding::uniform(10.0));
        assert_eq!(v.zoom, FIT_MAX_ZOOM);
        assert!(close(
            v.lonlat_to_screen(smolny()),
            Point::new(200.0, 150.0),
            1e-6
        ));
    }

    #[test]
    fn clamped_keeps_the_view_in_the_region() {
        let limits = Limits::petrograd();
        let far = Viewport::new(LonLat::new(10.0, 40.0), 20.0, 800.0, 600.0).clamped(&limits);
        assert_eq!(far.zoom, limits.max_zoom);
        // Flush against the edge, up to the LonLat round trip of the centre.
        assert!(limits
            .bounds
            .inflate(1e-12)
            .contains_bounds(&far.visible_world()));
        let wide = Viewport::new(LonLat::new(10.0, 40.0), 1.0, 2000.0, 2000.0).clamped(&limits);
        assert_eq!(wide.zoom, limits.min_zoom);
        assert!(close(wide.centre_world(), limits.bounds.centre(), 1e-12));
        let nan = Viewport::new(LonLat::new(f64::NAN, 59.9), f64::NAN, 800.0, 600.0);
        let nan = nan.clamped(&limits);
        assert!(nan.centre.lon.is_finite() && nan.zoom == limits.min_zoom);
        // Inside the region, clamping changes nothing.
        let ok = Viewport::new(smolny(), 13.0, 800.0, 600.0);
        let c = ok.clamped(&limits);
        assert!((c.centre.lon - ok.centre.lon).abs() < 1e-12 && c.zoom == 13.0);
    }

    #[test]
    fn lerp_ends_and_fixed_point() {
        let a = Viewport::new(smolny(), 10.0, 800.0, 600.0);
        let cursor = Point::new(600.0, 100.0);
        let b = a.zoom_around(cursor, 13.5);
        let under = a.screen_to_lonlat(cursor);
        let at0 = Viewport::lerp(&a, &b, 0.0);
        let at1 = Viewport::lerp(&a, &b, 1.0);
        assert!(close(at0.centre_world(), a.centre_world(), 1e-12) && at0.zoom == a.zoom);
        assert!(close(at1.centre_world(), b.centre_world(), 1e-12) && at1.zoom == b.zoom);
        for i in 0..=10 {
            let v = Viewport::lerp(&a, &b, ease_in_out(i as f64 / 10.0));
            assert!(close(v.lonlat_to_screen(under), cursor, 1e-6));
        }
        // A pure pan is a straight line at constant zoom.
        let c = a.pan_by(300.0, 0.0);
        let mid = Viewport::lerp(&a, &c, 0.5);
        assert!(close(
            mid.centre_world(),
            a.pan_by(150.0, 0.0).centre_world(),
            1e-12
        ));
    }

    #[test]
    fn easing() {
        for f in [ease_in_out, ease_out] {
            assert_eq!(f(0.0), 0.0);
            assert_eq!(f(1.0), 1.0);
            assert_eq!(f(-1.0), 0.0);
            let mut prev = 0.0;
            for i in 1..=20 {
                let y = f(i as f64 / 20.0);
                assert!(y >= prev);
                prev = y;
            }
        }
        assert!((ease_in_out(0.5) - 0.5).abs() < 1e-12);
    }
}
