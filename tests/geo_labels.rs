#![cfg(not(target_arch = "wasm32"))]
//! Label placement on the story's real places at the zooms the map is used at: whole region
//! on a phone and a desktop, the city, street level, and a sweep over every zoom step.

use petrograd1917::logic::geo::labels::{estimate_text_width, marker_box};
use petrograd1917::logic::geo::{
    place_labels, Bounds, LabelCandidate, LabelOptions, Limits, LonLat, Padding, PlacedLabel,
    Point, Viewport,
};

const FONT_PX: f64 = 12.0;
const MARKER_RADIUS: f64 = 5.0;

/// (name, lat, lon, priority)
const PLACES: &[(&str, f64, f64, i32)] = &[
    ("Smolny", 59.9464, 30.3964, 10),
    ("Warsaw station", 59.9077, 30.3072, 6),
    ("Baltic station", 59.9071, 30.2988, 6),
    ("General Staff", 59.9381, 30.3172, 7),
    ("Narva gate", 59.9009, 30.2739, 4),
    ("Putilov works", 59.8787, 30.2584, 5),
    ("Izmailovsky regiment", 59.9141, 30.3095, 3),
    ("Chasseurs barracks", 59.920, 30.331, 3),
    ("Gatchina Warsaw station", 59.5533, 30.1331, 5),
    ("Gatchina Baltic station", 59.5598, 30.1033, 5),
    ("Gatchina palace", 59.5631, 30.1072, 9),
    ("Krasnoye Selo", 59.733, 30.083, 8),
    ("Tsarskoye Selo", 59.7228, 30.4294, 8),
    ("Kronstadt", 59.9917, 29.7779, 9),
    ("Oranienbaum", 59.917, 29.767, 6),
    ("Peterhof", 59.8831, 29.9000, 6),
    ("Pulkovo", 59.7718, 30.3260, 7),
];

fn lonlat(&(_, lat, lon, _): &(&str, f64, f64, i32)) -> LonLat {
    LonLat::new(lon, lat)
}

fn screen(v: &Viewport) -> Bounds {
    Bounds::new(Point::new(0.0, 0.0), v.size())
}

/// Places every label it can at `v`, checks the invariants, and returns what was placed.
fn place_at(v: &Viewport) -> Vec<PlacedLabel<&'static str>> {
    let candidates: Vec<_> = PLACES
        .iter()
        .map(|p| LabelCandidate {
            id: p.0,
            anchor: v.lonlat_to_screen(lonlat(p)),
            width: estimate_text_width(p.0, FONT_PX),
            height: FONT_PX * 1.2,
            priority: p.3,
        })
        .collect();
    let markers: Vec<Bounds> = candidates
        .iter()
        .map(|c| marker_box(c.anchor, MARKER_RADIUS))
        .collect();
    let opts = LabelOptions {
        area: Some(screen(v)),
        ..LabelOptions::default()
    };
    let placed = place_labels(&candidates, &markers, &opts);

    for (i, a) in placed.iter().enumerate() {
        assert!(screen(v).contains_bounds(&a.rect), "{} off screen", a.id);
        for b in &placed[i + 1..] {
            assert!(
                !a.rect.overlaps(&b.rect),
                "{} and {} overlap at zoom {}",
                a.id,
                b.id,
                v.zoom
            );
        }
        for (m, c) in markers.iter().zip(&candidates) {
            assert!(
                !a.rect.overlaps(m),
                "{} covers the marker of {}",
                a.id,
                c.id
            );
        }
    }
    // The most important place on screen is always labelled.
    let top = candidates
        .iter()
        .filter(|c| screen(v).contains(c.anchor))
        .max_by_key(|c| c.priority);
    if let Some(top) = top {
        assert!(placed.iter().any(|p| p.id == top.id), "{} missing", top.id);
    }
    // Deterministic.
    assert_eq!(placed, place_labels(&candidates, &markers, &opts));
    placed
}

fn whole_story(width: f64, height: f64) -> Viewport {
    let b = Bounds::from_lonlats(PLACES.iter().map(lonlat)).expect("places");
    Viewport::fit_bounds(&b, width, height, Padding::uniform(24.0)).clamped(&Limits::petrograd())
}

fn assert_placed(placed: &[PlacedLabel<&str>], names: &[&str]) {
    for n in names {
        assert!(
            placed.iter().any(|p| p.id == *n),
            "{n} not placed; placed: {:?}",
            placed.iter().map(|p| p.id).collect::<Vec<_>>()
        );
    }
}

#[test]
fn whole_region_on_a_phone() {
    let v = whole_story(360.0, 640.0);
    let placed = place_at(&v);
    assert_placed(
        &placed,
        &[
            "Smolny",
            "Kronstadt",
            "Gatchina palace",
            "Krasnoye Selo",
            "Tsarskoye Selo",
        ],
    );
}

#[test]
fn whole_region_on_a_desktop() {
    let v = whole_story(1000.0, 700.0);
    let placed = place_at(&v);
    assert_placed(
        &placed,
        &[
            "Smolny",
            "Kronstadt",
            "Gatchina palace",
            "Krasnoye Selo",
            "Tsarskoye Selo",
            "Pulkovo",
            "Peterhof",
            "Oranienbaum",
        ],
    );
}

#[test]
fn the_city_on_a_desktop() {
    let city = Bounds::from_lonlats(PLACES[..8].iter().map(lonlat)).expect("city");
    let v = Viewport::fit_bounds(&city, 1000.0, 700.0, Padding::uniform(40.0))
        .clamped(&Limits::petrograd());
    let placed = place_at(&v);
    assert_placed(
        &placed,
        &[
            "Smolny",
            "General Staff",
            "Warsaw station",
            "Baltic station",
            "Putilov works",
        ],
    );
}

#[test]
fn zoomed_in_on_the_stations() {
    let v = Viewport::new(LonLat::new(30.303, 59.909), 15.0, 1000.0, 700.0)
        .clamped(&Limits::petrograd());
    let placed = place_at(&v);
    assert_placed(
        &placed,
        &["Warsaw station", "Baltic station", "Izmailovsky regiment"],
    );
}

#[test]
fn every_zoom_step_over_petrograd() {
    let limits = Limits::petrograd();
    let mut z = limits.min_zoom;
    while z <= limits.max_zoom {
        for (w, h) in [(360.0, 640.0), (1000.0, 700.0)] {
            let v = Viewport::new(LonLat::new(30.3, 59.91), z, w, h).clamped(&limits);
            place_at(&v);
        }
        z += 0.25;
    }
}
