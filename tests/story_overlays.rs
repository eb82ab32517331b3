#![cfg(not(target_arch = "wasm32"))]
//! The map overlays of the bundled story: the ranges Lenin asked to see say what the
//! distances say, and each overlay is on the map exactly when the story says.

use petrograd1917::story::route::distance_m;
use petrograd1917::story::{Instant, OverlayShape, RangeRing, Story};

fn story() -> Story {
    Story::bundled().expect("the bundled story loads")
}

fn rings(story: &Story) -> Vec<(&str, &RangeRing, &str, &str)> {
    story
        .overlays()
        .iter()
        .filter_map(|o| match &o.shape {
            OverlayShape::Range(ring) => Some((
                o.id.as_str(),
                ring,
                o.label.en.as_str(),
                o.label.fr.as_str(),
            )),
            _ => None,
        })
        .collect()
}

/// The whole kilometres a label gives ("about 23 km"), read from its words.
fn km_in(label: &str) -> Option<f64> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let at = words.iter().position(|w| w.starts_with("km"))?;
    words.get(at.checked_sub(1)?)?.parse().ok()
}

#[test]
fn lenins_map_has_the_main_and_the_light_guns() {
    let story = story();
    let rings = rings(&story);
    let ids: Vec<&str> = rings.iter().map(|r| r.0).collect();
    assert_eq!(ids, ["range-12-inch", "range-120-mm"]);
    let (big, small) = (rings[0].1, rings[1].1);
    assert!(big.radius_m > small.radius_m);
    assert_eq!(big.centre, small.centre, "both from the same anchorage");
}

#[test]
fn the_places_within_and_beyond_each_ring_are_those_its_distances_give() {
    let story = story();
    for (id, ring, _, _) in rings(&story) {
        // Every place on the map of the five the issue names is in one list or the other.
        for place in [
            "oranienbaum",
            "peterhof",
            "krasnoye-selo",
            "pulkovo",
            "gatchina",
        ] {
            let point = story.place(place).and_then(|p| p.point).expect("located");
            let inside = distance_m(ring.centre, point) <= ring.radius_m;
            let listed_within = ring.within.iter().any(|p| p.as_str() == place);
            let listed_beyond = ring.beyond.iter().any(|p| p.as_str() == place);
            assert!(
                listed_within != listed_beyond,
                "{id}: {place} in exactly one list"
            );
            assert_eq!(
                listed_within,
                inside,
                "{id}: {place} is {:.1} km away, the range {:.1} km",
                distance_m(ring.centre, point) / 1000.0,
                ring.radius_m / 1000.0
            );
        }
    }
}

#[test]
fn the_labels_give_the_ranges_the_rings_are_drawn_at() {
    let story = story();
    for (id, ring, en, fr) in rings(&story) {
        let km = (ring.radius_m / 1000.0).round();
        assert_eq!(km_in(en), Some(km), "{id}: {en}");
        assert_eq!(km_in(fr), Some(km), "{id}: {fr}");
    }
}

#[test]
fn a_ring_is_drawn_at_its_radius_on_the_ground() {
    let story = story();
    for (id, ring, _, _) in rings(&story) {
        let outline = ring.outline(64);
        assert_eq!(outline.len(), 65, "{id}: closed");
        assert_eq!(outline.first(), outline.last());
        for p in outline {
            let d = distance_m(ring.centre, p);
            assert!((d - ring.radius_m).abs() < 1.0, "{id}: {d}");
        }
    }
}

#[test]
fn lenins_map_is_shown_at_his_question_only_and_krasnov_from_the_27th() {
    let story = story();
    let at = |text: &str| -> (Instant, Option<usize>) {
        let t =
            Instant::parse(text, petrograd1917::base::calendar::Calendar::Julian).expect("time");
        let step = story.steps().iter().position(|s| s.span.contains(t));
        (t, step)
    };
    let shown = |text: &str| -> Vec<&str> {
        let (t, step) = at(text);
        let step = step.map(|i| &story.steps()[i].id);
        story
            .overlays()
            .iter()
            .filter(|o| o.is_shown(t, step))
            .map(|o| o.id.as_str())
            .collect()
    };
    let question = shown("1917-10-27T23:10");
    for id in [
        "lenin-anchorage",
        "sea-channel",
        "range-12-inch",
        "range-120-mm",
    ] {
        assert!(question.contains(&id), "{id} at the question: {question:?}");
    }
    let later = shown("1917-10-27T23:50");
    assert!(
        !later.iter().any(|id| id.starts_with("range")),
        "a step later: {later:?}"
    );
    assert!(shown("1917-10-27T12:00").contains(&"krasnov-advance"));
    assert!(!shown("1917-10-26T15:00").contains(&"krasnov-advance"));
    assert!(shown("1917-10-26T22:00").contains(&"congress-in-session"));
    assert!(shown("1917-10-27T06:00").contains(&"chasseurs-march"));
}
