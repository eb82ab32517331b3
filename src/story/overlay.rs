//! Map overlays (`overlays.geojson`): what the story draws on the map besides his own
//! journey — the map Lenin asked for on the night of the 27th (an anchorage, a channel,
//! the ranges of the fleet's guns) and the other actors of the story (Krasnov's advance,
//! the Jäger regiment's march, the congress sitting at Smolny), each shown at its time.
//!
//! The loader has checked every overlay (`parse::overlays`): its geometry fits its kind,
//! its steps, event and places exist, its passages are verbatim, and a range's lists of
//! places within and beyond it agree with the distances.

use super::ids::{EventId, OverlayId, PlaceId, StepId};
use super::model::{Localized, Passage, RouteCertainty};
use super::route;
use crate::base::position::LonLat;
use crate::base::time::{Instant, TimeSpan};

/// Whose doing an overlay shows: the map draws the two sides of October in two styles,
/// both distinct from his own routes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Side {
    /// The Military Revolutionary Committee, the congress, the fleet, the regiments that
    /// went over.
    Soviet,
    /// Kerensky's government and Krasnov's troops.
    Government,
    /// Neither: the lie of the land and water (the sea channel).
    Neutral,
}

impl Side {
    /// Every side, in the documentation's order.
    pub const ALL: [Side; 3] = [Self::Soviet, Self::Government, Self::Neutral];

    /// The data files' name for it; also the map's CSS class suffix.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Soviet => "soviet",
            Self::Government => "government",
            Self::Neutral => "neutral",
        }
    }

    /// Reads the data files' name for it.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A range circle: how far guns placed at `centre` reach, and which of the story's places
/// lie within and beyond it (checked against the distances when loading, so the labels
/// cannot disagree with the drawing).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RangeRing {
    /// Where the guns are.
    pub centre: LonLat,
    /// The range, in metres on the ground.
    pub radius_m: f64,
    /// Places no farther than `radius_m` from the centre.
    pub within: Vec<PlaceId>,
    /// Places farther than `radius_m` from the centre.
    pub beyond: Vec<PlaceId>,
}

impl RangeRing {
    /// The circle as a closed ring of `segments` points on the ground (not a circle on the
    /// projected map, where 60° N stretches distances): for drawing.
    pub fn outline(&self, segments: usize) -> Vec<LonLat> {
        let n = segments.max(8);
        (0..=n)
            .map(|i| {
                let bearing = 360.0 * (i % n) as f64 / n as f64;
                route::destination(self.centre, bearing, self.radius_m)
            })
            .collect()
    }
}

/// What an overlay draws.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum OverlayShape {
    /// A spot (the anchorage, the congress).
    Point(LonLat),
    /// A line on the ground (the sea channel).
    Line(#[serde(with = "crate::base::packed::line")] Vec<LonLat>),
    /// Troops on the move, from the line's first point to its last: drawn with an arrow.
    Movement(#[serde(with = "crate::base::packed::line")] Vec<LonLat>),
    /// An area: its outer ring, closed.
    Area(#[serde(with = "crate::base::packed::line")] Vec<LonLat>),
    /// A range circle.
    Range(RangeRing),
}

impl OverlayShape {
    /// The data files' name of this kind of shape.
    pub const fn kind_name(&self) -> &'static str {
        match self {
            Self::Point(_) => "point",
            Self::Line(_) => "line",
            Self::Movement(_) => "movement",
            Self::Area(_) => "area",
            Self::Range(_) => "range",
        }
    }

    /// Where to put its label: the point, the line's middle vertex, the movement's head,
    /// the area's first vertex, the ring's northernmost point.
    pub fn anchor(&self) -> Option<LonLat> {
        match self {
            Self::Point(p) => Some(*p),
            Self::Line(line) => line.get(line.len() / 2).copied(),
            Self::Movement(line) => line.last().copied(),
            Self::Area(ring) => ring.first().copied(),
            Self::Range(ring) => Some(route::destination(ring.centre, 0.0, ring.radius_m)),
        }
    }
}

/// When an overlay is on the map.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Shown {
    /// While the clock is in one of these steps (Lenin's question).
    Steps(Vec<StepId>),
    /// While the clock is in this span (a context event's, or the overlay's own).
    During(TimeSpan),
}

/// One thing drawn on the map at its time.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Overlay {
    /// Stable id.
    pub id: OverlayId,
    /// What is drawn.
    pub shape: OverlayShape,
    /// In whose style.
    pub side: Side,
    /// The label on the map.
    pub label: Localized,
    /// What the reader should know about it (how it was drawn, what is uncertain).
    pub note: Option<Localized>,
    /// Where its figures and its drawing come from.
    pub source: String,
    /// Whether its position or extent is approximate: the map says so in words.
    pub approximate: bool,
    /// How far a line or a movement's way can be trusted; `None` for other shapes.
    pub certainty: Option<RouteCertainty>,
    /// When it is shown.
    pub shown: Shown,
    /// The context event it draws, if any.
    pub event: Option<EventId>,
    /// The memoir's words it illustrates.
    pub passages: Vec<Passage>,
}

impl Overlay {
    /// Whether it is on the map when the clock reads `now` in the step with id `step`.
    pub fn is_shown(&self, now: Instant, step: Option<&StepId>) -> bool {
        match &self.shown {
            Shown::Steps(steps) => step.is_some_and(|s| steps.contains(s)),
            Shown::During(span) => span.contains(now),
        }
    }
}
