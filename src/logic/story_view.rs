//! The map view that shows the whole story: the default view, and the "whole story" button.

use crate::logic::geo::{Bounds, Limits, Padding, Viewport};
use crate::story::Story;

/// Height of the map's furniture along its bottom edge (the scale bar, the one-line
/// attribution: `map.css`).
const BOTTOM_FURNITURE_PX: f64 = 24.0;
/// Width of the column of zoom buttons along the map's left edge (8 px in, 2.5rem wide:
/// `map.css`).
const LEFT_FURNITURE_PX: f64 = 52.0;

/// The view fitting every place he stops at or passes through, plus the routes, at the
/// given map size; clamped to the map's limits so it is always a reachable view.
pub fn whole_story(story: &Story, width: f64, height: f64) -> Viewport {
    let route_points = story
        .steps()
        .iter()
        .filter_map(|step| step.leg())
        .flat_map(|leg| leg.route.iter().copied());
    let stop_points = story
        .steps()
        .iter()
        .filter_map(|step| step.place())
        .filter_map(|id| story.place(id.as_str()))
        .filter_map(|place| place.point);
    let limits = Limits::petrograd();
    let bounds = Bounds::from_lonlats(route_points.chain(stop_points)).unwrap_or(limits.bounds);
    let pad = (width.min(height) * 0.06).clamp(12.0, 48.0);
    // The attribution and the scale bar sit along the bottom edge, the zoom buttons down the
    // left one: keep the story clear of them.
    let padding = Padding {
        bottom: pad + BOTTOM_FURNITURE_PX,
        left: pad.max(LEFT_FURNITURE_PX),
        ..Padding::uniform(pad)
    };
    Viewport::fit_bounds(&bounds, width, height, padding).clamped(&limits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::geo::LonLat;

    #[test]
    fn the_whole_story_shows_kronstadt_and_gatchina() {
        let story = Story::bundled().expect("the bundled story loads");
        for (w, h) in [(360.0, 400.0), (1280.0, 700.0)] {
            let view = whole_story(&story, w, h);
            for place in [LonLat::new(29.7779, 59.9917), LonLat::new(30.1331, 59.5533)] {
                let p = view.lonlat_to_screen(place);
                assert!(
                    p.x >= 0.0 && p.x <= w && p.y >= 0.0 && p.y <= h,
                    "{place:?} at {p:?} in {w}x{h}"
                );
            }
        }
    }
}
