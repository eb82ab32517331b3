//! Which map overlays are on the map at the clock, what each draws, and the part of the
//! map that must be in view when a step brings some (Lenin's question brings his map).

use crate::base::position::LonLat;
use crate::base::time::Instant;
use crate::logic::geo::Bounds;
use crate::story::route;
use crate::story::{Overlay, OverlayShape, RangeRing, Shown, Story};

/// Points on a range circle: smooth at any zoom the map allows for a ring of kilometres.
pub const RING_SEGMENTS: usize = 96;

/// The indices of the overlays shown at `t`, in the clock's step `step`, in file order
/// (the order they are drawn in).
pub fn shown(story: &Story, t: Instant, step: Option<usize>) -> Vec<usize> {
    let step = step.and_then(|i| story.steps().get(i)).map(|s| &s.id);
    story
        .overlays()
        .iter()
        .enumerate()
        .filter(|(_, o)| o.is_shown(t, step))
        .map(|(i, _)| i)
        .collect()
}

/// The positions an overlay draws through: its point, its line, its area's ring, or its
/// range circle on the ground.
pub fn outline(overlay: &Overlay) -> Vec<LonLat> {
    match &overlay.shape {
        OverlayShape::Point(p) => vec![*p],
        OverlayShape::Line(line) | OverlayShape::Movement(line) | OverlayShape::Area(line) => {
            line.clone()
        }
        OverlayShape::Range(ring) => ring.outline(RING_SEGMENTS),
    }
}

/// The upper half of a range circle, from west through north to east: the path its label
/// follows, upright and centred on the north. For the rings of the Neva bay that is over
/// the water and the far shore, clear of the story's places and their labels.
pub fn label_arc(ring: &RangeRing) -> Vec<LonLat> {
    let n = RING_SEGMENTS / 2;
    (0..=n)
        .map(|i| {
            let bearing = 270.0 + 180.0 * i as f64 / n as f64;
            route::destination(ring.centre, bearing, ring.radius_m)
        })
        .collect()
}

/// The world bounds the map should show while `shown` are on it: those tied to steps
/// (a map someone asked for at that moment must be seen whole). Overlays shown over a span
/// of time (troops on the move) do not pull the view: the traveller leads it.
pub fn focus(story: &Story, shown: &[usize]) -> Option<Bounds> {
    let overlays = story.overlays();
    let points = shown
        .iter()
        .filter_map(|&i| overlays.get(i))
        .filter(|o| matches!(o.shown, Shown::Steps(_)))
        .flat_map(outline);
    Bounds::from_lonlats(points)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::calendar::Calendar;

    fn at<'s>(story: &'s Story, text: &str) -> Vec<&'s str> {
        let t = Instant::parse(text, Calendar::Julian).expect("time");
        let step = crate::logic::clock::step_index_at(story, t);
        shown(story, t, step)
            .into_iter()
            .map(|i| story.overlays()[i].id.as_str())
            .collect()
    }

    #[test]
    fn lenins_map_comes_and_goes_with_his_question() {
        let story = Story::bundled().expect("story");
        let before = at(&story, "1917-10-27T22:30");
        let during = at(&story, "1917-10-27T23:20");
        let after = at(&story, "1917-10-27T23:45");
        assert!(!before.contains(&"range-12-inch"), "{before:?}");
        assert!(during.contains(&"range-12-inch"), "{during:?}");
        assert!(during.contains(&"sea-channel"), "{during:?}");
        assert!(!after.contains(&"range-12-inch"), "{after:?}");
    }

    #[test]
    fn the_focus_holds_the_whole_largest_ring_and_only_step_overlays_pull_the_view() {
        let story = Story::bundled().expect("story");
        let t = Instant::parse("1917-10-27T23:20", Calendar::Julian).expect("time");
        let step = crate::logic::clock::step_index_at(&story, t);
        let ids = shown(&story, t, step);
        let bounds = focus(&story, &ids).expect("a focus at the question");
        let ring = story
            .overlays()
            .iter()
            .find(|o| o.id.as_str() == "range-12-inch")
            .expect("ring");
        for p in outline(ring) {
            let w = crate::logic::geo::projection::project(p);
            assert!(bounds.inflate(1e-12).contains(w));
        }
        let noon = Instant::parse("1917-10-27T12:00", Calendar::Julian).expect("time");
        let at_noon = shown(
            &story,
            noon,
            crate::logic::clock::step_index_at(&story, noon),
        );
        assert!(!at_noon.is_empty(), "Krasnov's advance at noon");
        assert_eq!(focus(&story, &at_noon), None);
    }
}
