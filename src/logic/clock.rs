//! The clock: given an instant, where he is, on which step, and which passages tell that
//! moment; and the instants the timeline's keys jump between.
//!
//! Steps tile the story's time without holes (the loader guarantees it), so every instant
//! from [`start`] to [`end`] has exactly one step.

use crate::logic::geo::LonLat;
use crate::story::route::point_along;
use crate::story::{ContextEvent, Instant, Passage, Place, Step, StepKind, Story};

/// Where he is at an instant.
#[derive(Clone, Debug, PartialEq)]
pub enum Position<'s> {
    /// At a place (its point may be `None`: his room).
    At {
        /// The place.
        place: &'s Place,
    },
    /// On the way between two places.
    Along {
        /// Where the leg starts.
        from: &'s Place,
        /// Where it ends.
        to: &'s Place,
        /// Share of the leg's time elapsed, 0 to 1.
        fraction: f64,
        /// The point at that share of the route's length; `None` when the route cannot be
        /// drawn (an end has no point).
        point: Option<LonLat>,
    },
    /// The text is silent; the places before and after bound where he can have been.
    Unknown {
        /// Where the previous step ended.
        after: Option<&'s Place>,
        /// Where the next step starts.
        before: Option<&'s Place>,
    },
}

impl Position<'_> {
    /// The point to draw him at, if any.
    pub fn point(&self) -> Option<LonLat> {
        match self {
            Position::At { place } => place.point,
            Position::Along { point, .. } => *point,
            Position::Unknown { .. } => None,
        }
    }
}

/// Everything the views need about one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct Whereabouts<'s> {
    /// Index of the current step in [`Story::steps`].
    pub step_index: usize,
    /// The current step.
    pub step: &'s Step,
    /// Where he is.
    pub position: Position<'s>,
    /// The passages that tell this moment (the step's).
    pub passages: &'s [Passage],
}

/// The first instant of the story.
pub fn start(story: &Story) -> Instant {
    story
        .steps()
        .first()
        .map(|s| s.span.start)
        .unwrap_or_default()
}

/// The last instant of the story (the end of the last step, which belongs to that step).
pub fn end(story: &Story) -> Instant {
    story.steps().last().map(|s| s.span.end).unwrap_or_default()
}

/// `t` brought into the story's range, for a clock that must always show something.
pub fn clamp(story: &Story, t: Instant) -> Instant {
    t.clamp(start(story), end(story))
}

/// The step at `t`, or `None` outside the story. The story's last instant belongs to the
/// last step, so scrubbing to the very end still shows him.
pub fn step_index_at(story: &Story, t: Instant) -> Option<usize> {
    let steps = story.steps();
    if t < start(story) || t > end(story) {
        return None;
    }
    let i = steps.partition_point(|s| s.span.start <= t);
    Some(i.saturating_sub(1))
}

/// Where he is at `t`, and what tells it; `None` outside the story.
pub fn whereabouts(story: &Story, t: Instant) -> Option<Whereabouts<'_>> {
    let step_index = step_index_at(story, t)?;
    let step = story.steps().get(step_index)?;
    let place = |id: &str| story.place(id);
    let position = match &step.kind {
        StepKind::Stop { place: id } => Position::At {
            place: place(id.as_str())?,
        },
        StepKind::Leg(leg) => {
            let elapsed = f64::from(t.minutes_since(step.span.start));
            let fraction = (elapsed / f64::from(step.span.minutes().max(1))).clamp(0.0, 1.0);
            Position::Along {
                from: place(leg.from.as_str())?,
                to: place(leg.to.as_str())?,
                fraction,
                point: point_along(&leg.route, fraction),
            }
        }
        StepKind::Gap => {
            let steps = story.steps();
            let after = steps[..step_index]
                .iter()
                .rev()
                .find_map(Step::end_place)
                .and_then(|id| place(id.as_str()));
            let before = steps[step_index + 1..]
                .iter()
                .find_map(Step::start_place)
                .and_then(|id| place(id.as_str()));
            Position::Unknown { after, before }
        }
    };
    Some(Whereabouts {
        step_index,
        step,
        position,
        passages: &step.passages,
    })
}

/// The first stop at `place` (or at a place within it: Smolny for Petrograd) that has not
/// ended at `t`; where the clock jumps when a place is clicked. `None` if he never stops
/// there again (a place only mentioned).
pub fn next_visit(story: &Story, place: &str, t: Instant) -> Option<usize> {
    story.steps().iter().position(|s| {
        s.span.end > t
            && s.place()
                .is_some_and(|p| story.is_within(p.as_str(), place))
    })
}

/// The first stop at `place` (or within it) in the whole story.
pub fn first_visit(story: &Story, place: &str) -> Option<usize> {
    next_visit(story, place, start(story))
}

/// The context events under way at `t`, for the timeline's second track and the map.
pub fn context_at(story: &Story, t: Instant) -> Vec<&ContextEvent> {
    story
        .context_events()
        .iter()
        .filter(|e| e.span.contains(t))
        .collect()
}

/// The instants worth stopping at, in order: each step's start, each context event's start
/// within the story, and the story's end. The timeline's arrow keys step through them.
pub fn event_instants(story: &Story) -> Vec<Instant> {
    let (first, last) = (start(story), end(story));
    let mut instants: Vec<Instant> = story
        .steps()
        .iter()
        .map(|s| s.span.start)
        .chain(story.context_events().iter().map(|e| e.span.start))
        .chain([last])
        .filter(|t| (first..=last).contains(t))
        .collect();
    instants.sort_unstable();
    instants.dedup();
    instants
}

/// The first event instant strictly after `t`.
pub fn next_event(story: &Story, t: Instant) -> Option<Instant> {
    event_instants(story).into_iter().find(|e| *e > t)
}

/// The last event instant strictly before `t`.
pub fn prev_event(story: &Story, t: Instant) -> Option<Instant> {
    event_instants(story).into_iter().rev().find(|e| *e < t)
}
