//! Which places the map shows at a zoom, and how each looks at a clock time: pure, so the
//! rules are tested natively and the components stay thin.

use crate::story::{Instant, Place, StepKind, Story};

/// Zoom from which the places inside a city or town (Smolny, the Gatchina stations) are
/// drawn and their parent's own marker is hidden: below it they would all crowd into a few
/// pixels around their parent.
pub const CITY_ZOOM: f64 = 11.5;

/// A place's state on the map at the clock time: decides its marker's style and is said in
/// its accessible name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceState {
    /// He has already been there (a stop at it or within it has started).
    Visited,
    /// He is there now.
    Current,
    /// He will go there later.
    ToCome,
    /// The text names it, but he never stops there.
    Mentioned,
}

impl PlaceState {
    /// The CSS class suffix.
    pub const fn class(self) -> &'static str {
        match self {
            PlaceState::Visited => "visited",
            PlaceState::Current => "current",
            PlaceState::ToCome => "to-come",
            PlaceState::Mentioned => "mentioned",
        }
    }
}

/// The state of `place` at `t`, with `current_step` the step the clock is on. A stop counts
/// for the place and for every place containing it, so Petrograd is visited once he has
/// been at Smolny.
pub fn place_state(
    story: &Story,
    place: &str,
    t: Instant,
    current_step: Option<usize>,
) -> PlaceState {
    let mut stopped = false;
    let mut visited = false;
    for (i, step) in story.steps().iter().enumerate() {
        let at = match &step.kind {
            StepKind::Stop { place: p } => story.is_within(p.as_str(), place),
            StepKind::Leg(_) | StepKind::Gap => false,
        };
        if !at {
            continue;
        }
        if Some(i) == current_step {
            return PlaceState::Current;
        }
        stopped = true;
        if step.span.start <= t {
            visited = true;
        }
    }
    match (stopped, visited) {
        (_, true) => PlaceState::Visited,
        (true, false) => PlaceState::ToCome,
        (false, false) => PlaceState::Mentioned,
    }
}

/// Every place's state at `t`, as [`place_state`] gives it, in the story's order: what the
/// map's drawings take from the clock, so the map computes it at every tick. Hence one
/// pass over the stops, each marking its place and the places containing it, rather than
/// a pass over the steps for each place. A tick within a step most often leaves it as it
/// was, and the map's memo of it, compared by equality, then wakes nothing downstream.
pub fn place_states(story: &Story, t: Instant, current_step: Option<usize>) -> Vec<PlaceState> {
    let places = story.places();
    let mut states = vec![PlaceState::Mentioned; places.len()];
    for (i, step) in story.steps().iter().enumerate() {
        let StepKind::Stop { place } = &step.kind else {
            continue;
        };
        let here = if Some(i) == current_step {
            PlaceState::Current
        } else if step.span.start <= t {
            PlaceState::Visited
        } else {
            PlaceState::ToCome
        };
        // The stop's place, then its parent and so on up, as far as
        // [`Story::is_within`] walks.
        let mut at = Some(place.as_str());
        for _ in 0..=places.len() {
            let found = at.and_then(|id| places.iter().position(|p| p.id.as_str() == id));
            let (Some(k), Some(p)) = (found, found.and_then(|k| places.get(k))) else {
                break;
            };
            if let Some(st) = states.get_mut(k) {
                if precedence(here) > precedence(*st) {
                    *st = here;
                }
            }
            at = p.parent.as_ref().map(|id| id.as_str());
        }
    }
    states
}

/// Which state wins when a place has stops of several: where he is, then where he has
/// been, then where he will go ([`place_state`]'s order).
const fn precedence(state: PlaceState) -> u8 {
    match state {
        PlaceState::Current => 3,
        PlaceState::Visited => 2,
        PlaceState::ToCome => 1,
        PlaceState::Mentioned => 0,
    }
}

/// Whether a place's marker is drawn at `zoom`: places with no position never are; places
/// inside another appear only from [`CITY_ZOOM`], and the containing place hides from
/// there, its inner places standing for it.
pub fn shown_at(story: &Story, place: &Place, zoom: f64) -> bool {
    if place.point.is_none() {
        return false;
    }
    let close = zoom >= CITY_ZOOM;
    if place.parent.is_some() {
        return close;
    }
    let has_children = story.children(place.id.as_str()).any(|c| c.point.is_some());
    !(close && has_children)
}

/// Label priority: rank 1 places first, then by the state (where he is beats the rest).
pub fn label_priority(place: &Place, state: PlaceState) -> i32 {
    let rank = 10 * (4 - i32::from(place.rank.min(3)));
    let bonus = match state {
        PlaceState::Current => 5,
        PlaceState::Visited | PlaceState::ToCome => 2,
        PlaceState::Mentioned => 0,
    };
    rank + bonus
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::clock;

    fn story() -> Story {
        Story::bundled().expect("the bundled story loads")
    }

    #[test]
    fn at_the_start_he_is_in_his_room_and_gatchina_is_to_come() {
        let story = story();
        let t = clock::start(&story);
        let w = clock::whereabouts(&story, t).map(|w| w.step_index);
        assert_eq!(place_state(&story, "his-room", t, w), PlaceState::Current);
        assert_eq!(place_state(&story, "gatchina", t, w), PlaceState::ToCome);
        assert_eq!(place_state(&story, "smolny", t, w), PlaceState::ToCome);
    }

    #[test]
    fn at_the_end_the_places_he_stopped_at_are_visited() {
        let story = story();
        let t = clock::end(&story);
        let w = clock::whereabouts(&story, t).map(|w| w.step_index);
        assert_eq!(place_state(&story, "smolny", t, w), PlaceState::Visited);
        assert_eq!(place_state(&story, "petrograd", t, w), PlaceState::Visited);
    }

    #[test]
    fn a_place_he_never_stops_at_is_mentioned_only() {
        let story = story();
        let t = clock::end(&story);
        let stops_anywhere = |id: &str| {
            story
                .steps()
                .iter()
                .filter_map(|s| s.place())
                .any(|p| story.is_within(p.as_str(), id))
        };
        let mentioned: Vec<_> = story
            .places()
            .iter()
            .filter(|p| !stops_anywhere(p.id.as_str()))
            .collect();
        assert!(!mentioned.is_empty());
        for p in mentioned {
            assert_eq!(
                place_state(&story, p.id.as_str(), t, None),
                PlaceState::Mentioned
            );
        }
    }

    #[test]
    fn city_places_gather_under_petrograd_when_zoomed_out() {
        let story = story();
        let get = |id: &str| story.place(id).expect("place exists");
        assert!(shown_at(&story, get("petrograd"), 10.0));
        assert!(!shown_at(&story, get("smolny"), 10.0));
        assert!(!shown_at(&story, get("petrograd"), 13.0));
        assert!(shown_at(&story, get("smolny"), 13.0));
        assert!(shown_at(&story, get("kronstadt"), 10.0));
        assert!(shown_at(&story, get("kronstadt"), 13.0));
        assert!(!shown_at(&story, get("his-room"), 13.0));
    }

    #[test]
    fn every_state_at_once_is_each_state_asked_alone() {
        let story = story();
        let mut t = clock::start(&story).plus_minutes(-30);
        while t <= clock::end(&story).plus_minutes(30) {
            let step = clock::step_index_at(&story, t);
            for current in [step, None] {
                let all = place_states(&story, t, current);
                let alone: Vec<_> = story
                    .places()
                    .iter()
                    .map(|p| place_state(&story, p.id.as_str(), t, current))
                    .collect();
                assert_eq!(all, alone, "at {t}, step {current:?}");
            }
            t = t.plus_minutes(5);
        }
    }

    #[test]
    fn within_a_stop_no_place_changes_state() {
        let story = story();
        let step = story
            .steps()
            .iter()
            .position(|s| s.place().is_some() && s.span.minutes() > 1)
            .expect("a stop longer than a minute");
        let span = &story.steps()[step].span;
        let states = |t| place_states(&story, t, clock::step_index_at(&story, t));
        let first = states(span.start);
        assert_eq!(first.len(), story.places().len());
        assert_eq!(first, states(span.end.plus_minutes(-1)));
        assert!(first.contains(&PlaceState::Current));
    }

    #[test]
    fn rank_one_outranks_rank_two() {
        let story = story();
        let get = |id: &str| story.place(id).expect("place exists");
        assert!(
            label_priority(get("gatchina"), PlaceState::Mentioned)
                > label_priority(get("peterhof"), PlaceState::Current)
        );
    }
}
