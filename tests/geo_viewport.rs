#![cfg(not(target_arch = "wasm32"))]
//! The viewport as the map's interactions use it: "whole story" on a phone and a desktop,
//! wheel zoom around the cursor, drags that hit the region's edge, animated transitions,
//! and projection round trips over the whole region.

use petrograd1917::logic::geo::projection::{project, unproject};
use petrograd1917::logic::geo::viewport::ease_in_out;
use petrograd1917::logic::geo::{Bounds, Limits, LonLat, Padding, Point, Viewport};

const KRONSTADT: LonLat = LonLat::new(29.7779, 59.9917);
const GATCHINA_WARSAW: LonLat = LonLat::new(30.1331, 59.5533);
const TSARSKOYE_SELO: LonLat = LonLat::new(30.4294, 59.7228);
const ORANIENBAUM: LonLat = LonLat::new(29.767, 59.917);
const SMOLNY: LonLat = LonLat::new(30.3964, 59.9464);
const WARSAW_STATION: LonLat = LonLat::new(30.3072, 59.9077);

fn story() -> Bounds {
    Bounds::from_lonlats([
        KRONSTADT,
        GATCHINA_WARSAW,
        TSARSKOYE_SELO,
        ORANIENBAUM,
        SMOLNY,
    ])
    .expect("places")
}

/// Tiny deterministic generator, so the sweeps are reproducible without a dependency.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[test]
fn whole_story_fits_a_phone_and_a_desktop_within_the_limits() {
    let limits = Limits::petrograd();
    for (w, h) in [
        (360.0, 640.0),
        (360.0, 480.0),
        (1000.0, 700.0),
        (1920.0, 1080.0),
    ] {
        let pad = Padding::uniform(24.0);
        let fitted = Viewport::fit_bounds(&story(), w, h, pad);
        assert!(
            fitted.zoom >= limits.min_zoom,
            "{w}x{h}: zoom {}",
            fitted.zoom
        );
        let v = fitted.clamped(&limits);
        for ll in [
            KRONSTADT,
            GATCHINA_WARSAW,
            TSARSKOYE_SELO,
            ORANIENBAUM,
            SMOLNY,
        ] {
            let p = v.lonlat_to_screen(ll);
            assert!(
                p.x >= 24.0 - 1e-6 && p.x <= w - 24.0 + 1e-6 && p.y >= 0.0 && p.y <= h,
                "{w}x{h}: {ll:?} at {p:?}"
            );
        }
    }
}

#[test]
fn wheel_zoom_keeps_the_cursor_point_within_the_limits() {
    let limits = Limits::petrograd();
    let mut rng = Lcg(17);
    let mut v = Viewport::new(WARSAW_STATION, 12.0, 1000.0, 700.0);
    for _ in 0..500 {
        let cursor = Point::new(rng.next() * 1000.0, rng.next() * 700.0);
        let under = v.screen_to_lonlat(cursor);
        let z = limits.clamp_zoom(v.zoom + (rng.next() - 0.5) * 2.0);
        let raw = v.zoom_around(cursor, z);
        assert!(raw.lonlat_to_screen(under).distance_to(cursor) < 1e-6);
        let next = raw.clamped(&limits);
        assert!(next.zoom >= limits.min_zoom && next.zoom <= limits.max_zoom);
        // Away from the region's edges clamping moves nothing, so the point stays put.
        if next.centre == raw.centre {
            assert!(next.lonlat_to_screen(under).distance_to(cursor) < 1e-6);
        }
        v = next;
    }
}

#[test]
fn drags_stop_at_the_region_edge() {
    let limits = Limits::petrograd();
    for z in [limits.min_zoom, 11.0, 13.0, limits.max_zoom] {
        let mut v = Viewport::new(SMOLNY, z, 1000.0, 700.0).clamped(&limits);
        for (dx, dy) in [
            (-1e4, 0.0),
            (1e4, 0.0),
            (0.0, -1e4),
            (0.0, 1e4),
            (3e5, -3e5),
        ] {
            for _ in 0..50 {
                v = v.pan_by(dx, dy).clamped(&limits);
                let seen = v.visible_world();
                if seen.width() <= limits.bounds.width() && seen.height() <= limits.bounds.height()
                {
                    assert!(limits.bounds.inflate(1e-12).contains_bounds(&seen), "z {z}");
                } else {
                    assert!(limits.bounds.contains(v.centre_world()));
                }
            }
        }
    }
}

#[test]
fn animated_whole_story_to_city_is_smooth() {
    let limits = Limits::petrograd();
    let a = Viewport::fit_bounds(&story(), 1000.0, 700.0, Padding::uniform(24.0)).clamped(&limits);
    let b = Viewport::new(WARSAW_STATION, 14.0, 1000.0, 700.0).clamped(&limits);
    // The one world point at the same screen pixel in both views.
    let (sa, sb) = (a.scale(), b.scale());
    let fixed = (a.centre_world() * sa - b.centre_world() * sb) * (1.0 / (sa - sb));
    let fixed_px = a.world_to_screen(fixed);
    assert!(b.world_to_screen(fixed).distance_to(fixed_px) < 1e-6);
    let mut prev = a;
    for i in 1..=60 {
        let v = Viewport::lerp(&a, &b, ease_in_out(i as f64 / 60.0));
        assert!(v.zoom >= prev.zoom);
        // It stays put in every frame, so the motion is one steady zoom about it.
        assert!(v.world_to_screen(fixed).distance_to(fixed_px) < 1e-6);
        prev = v;
    }
    assert!((prev.zoom - b.zoom).abs() < 1e-12);
    assert!(prev.centre_world().distance_to(b.centre_world()) < 1e-12);
}

#[test]
fn projection_round_trips_over_the_region() {
    let mut rng = Lcg(1917);
    let v = Viewport::new(LonLat::new(30.1, 59.8), 15.25, 1000.0, 700.0);
    for _ in 0..10_000 {
        let ll = LonLat::new(29.4 + rng.next() * 1.5, 59.45 + rng.next() * 0.7);
        let back = unproject(project(ll));
        assert!((back.lon - ll.lon).abs() < 1e-10 && (back.lat - ll.lat).abs() < 1e-10);
        // Through the screen at the deepest zoom: well under a micro-pixel.
        let s = v.lonlat_to_screen(ll);
        assert!(v.lonlat_to_screen(v.screen_to_lonlat(s)).distance_to(s) < 1e-6);
    }
}
