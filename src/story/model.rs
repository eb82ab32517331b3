//! The story's records as plain Rust values: what the loader produces once validated, and
//! what the clock, the map, the timeline and the reader read.

use std::ops::Range;

use super::ids::{BlockId, EventId, PersonId, PlaceId, StepId, WorkId};
use crate::base::position::LonLat;
use crate::base::time::TimeSpan;

/// A text in both languages of the interface; the memoir itself stays in French.
#[derive(Clone, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Localized {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Localized {
    /// The text in `lang` (`"fr"`, anything else gives English): views hold a language
    /// code, not a match.
    pub fn get(&self, lang: &str) -> &str {
        if lang == "fr" {
            &self.fr
        } else {
            &self.en
        }
    }
}

/// What a place is; the map picks a symbol by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum PlaceKind {
    /// Petrograd.
    City,
    /// Gatchina, Krasnoye Selo, Kronstadt…
    Town,
    /// A railway station.
    Station,
    /// Smolny, the staff building, the Cirque Moderne.
    Building,
    /// A regiment's barracks.
    Barracks,
    /// A factory (the Putilov works).
    Works,
    /// A city gate and its suburb (the Narva outpost).
    Outpost,
    /// Kresty.
    Prison,
    /// The Winter Palace, Gatchina palace.
    Palace,
    /// The mouth of the Neva.
    Water,
    /// Pulkovo heights.
    Heights,
    /// A private room, such as his own (of unknown location).
    Room,
    /// A district or province (Mugan).
    Region,
}

impl PlaceKind {
    /// Every kind, in the order the documentation lists them.
    pub const ALL: [PlaceKind; 13] = [
        Self::City,
        Self::Town,
        Self::Station,
        Self::Building,
        Self::Barracks,
        Self::Works,
        Self::Outpost,
        Self::Prison,
        Self::Palace,
        Self::Water,
        Self::Heights,
        Self::Room,
        Self::Region,
    ];

    /// The data files' name for it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::City => "city",
            Self::Town => "town",
            Self::Station => "station",
            Self::Building => "building",
            Self::Barracks => "barracks",
            Self::Works => "works",
            Self::Outpost => "outpost",
            Self::Prison => "prison",
            Self::Palace => "palace",
            Self::Water => "water",
            Self::Heights => "heights",
            Self::Room => "room",
            Self::Region => "region",
        }
    }

    /// Reads the data files' name for it.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A place the text names, visited or only mentioned.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    /// Stable id, used in URLs.
    pub id: PlaceId,
    /// What it is.
    pub kind: PlaceKind,
    /// Its 1917 name.
    pub name: Localized,
    /// Its name today, where it changed (Tsarskoye Selo is Pushkin).
    pub modern_name: Option<Localized>,
    /// The spellings the memoir uses ("Krassnoïé-Sélo"), to find it in the text.
    pub forms: Vec<String>,
    /// Where it is; `None` when the text does not let us say (his room).
    pub point: Option<LonLat>,
    /// Radius of doubt in metres, when the point is approximate.
    pub precision_m: Option<f64>,
    /// The place it lies in (`petrograd` for Smolny): the map gathers children under
    /// their parent at the regional zoom.
    pub parent: Option<PlaceId>,
    /// Label priority: 1 always shown, 2 at the city zoom, 3 only close up.
    pub rank: u8,
    /// Passages that name the place without a step being there.
    pub mentions: Vec<Passage>,
    /// What the reader should know about the data (why the point is approximate…).
    pub note: Option<Localized>,
}

/// Someone the text names.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    /// Stable id.
    pub id: PersonId,
    /// The name to show.
    pub name: Localized,
    /// The forms the memoir uses ("Ilitch", "Vladimir Ilitch"), each found in the text.
    pub forms: Vec<String>,
    /// The forms the translation uses ("Ilyich"), each found in it; empty without one.
    pub translation_forms: Vec<String>,
    /// One cautious line saying who they were.
    pub about: Localized,
}

/// A written work the text links to (Lenin's article, the 1925 book).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Work {
    /// Stable id.
    pub id: WorkId,
    /// Its title as the text gives it.
    pub title: String,
    /// One line saying what it is.
    pub about: Localized,
}

/// A quotation: an exact piece of one paragraph or footnote, checked when loading.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Passage {
    /// The paragraph or footnote.
    pub block: BlockId,
    /// Byte range of the quotation in that block's plain text; the whole block when the
    /// data gives no quote.
    pub range: Range<usize>,
    /// Byte range of the words that translate it in the same block of the translation;
    /// `None` only when the story has no translation.
    pub translated: Option<Range<usize>>,
}

/// How he moved on a leg.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Mode {
    /// By train.
    Train,
    /// By motor car.
    Car,
    /// On foot.
    Foot,
    /// By boat.
    Boat,
    /// The text does not say.
    Unknown,
}

impl Mode {
    /// Reads the data files' name for it.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "train" => Some(Self::Train),
            "car" => Some(Self::Car),
            "foot" => Some(Self::Foot),
            "boat" => Some(Self::Boat),
            "unknown" => Some(Self::Unknown),
            _ => None,
        }
    }

    /// The data files' name for it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Train => "train",
            Self::Car => "car",
            Self::Foot => "foot",
            Self::Boat => "boat",
            Self::Unknown => "unknown",
        }
    }
}

/// How far a leg's drawn route can be trusted: the map draws the doubtful ones dashed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RouteCertainty {
    /// The text names the way (railway line or landmarks) and the geometry follows it.
    Stated,
    /// The only plausible way: one railway line, or the landmarks the text gives.
    Likely,
    /// A plausible way among several.
    Guess,
    /// Nothing is known: the route is a straight line between the ends, or nothing if an
    /// end has no point.
    Unknown,
}

impl RouteCertainty {
    /// Reads the data files' name for it.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "stated" => Some(Self::Stated),
            "likely" => Some(Self::Likely),
            "guess" => Some(Self::Guess),
            "unknown" => Some(Self::Unknown),
            _ => None,
        }
    }

    /// The data files' name for it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Stated => "stated",
            Self::Likely => "likely",
            Self::Guess => "guess",
            Self::Unknown => "unknown",
        }
    }
}

/// A movement from one place to another.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Leg {
    /// Where it starts.
    pub from: PlaceId,
    /// Where it ends.
    pub to: PlaceId,
    /// How.
    pub mode: Mode,
    /// The way, from `from` to `to`; for an unknown route, the straight line between them
    /// (empty when either has no point).
    #[serde(with = "crate::base::packed::line")]
    pub route: Vec<LonLat>,
    /// How far `route` can be trusted.
    pub route_certainty: RouteCertainty,
}

/// What a step is.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum StepKind {
    /// He is at a place.
    Stop {
        /// The place.
        place: PlaceId,
    },
    /// He goes from one place to another.
    Leg(Leg),
    /// The text is silent: where he was is not known (the end of the night of the 26th).
    Gap,
}

/// One step of the journey; steps follow each other without holes or overlaps, so the
/// clock always has exactly one answer.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// Stable id.
    pub id: StepId,
    /// Stop, leg or gap.
    pub kind: StepKind,
    /// When.
    pub span: TimeSpan,
    /// A short label for the timeline.
    pub title: Localized,
    /// People with him.
    pub with: Vec<PersonId>,
    /// The passages that tell this step, in reading order.
    pub passages: Vec<Passage>,
    /// Ordered but not narrated (the trip to Kronstadt of the 28th).
    pub planned: bool,
    /// What the reader should know about how the step was reconstructed.
    pub note: Option<Localized>,
}

impl Step {
    /// The place of a stop.
    pub fn place(&self) -> Option<&PlaceId> {
        match &self.kind {
            StepKind::Stop { place } => Some(place),
            _ => None,
        }
    }

    /// The leg, if this step is one.
    pub fn leg(&self) -> Option<&Leg> {
        match &self.kind {
            StepKind::Leg(leg) => Some(leg),
            _ => None,
        }
    }

    /// Where he is when the step begins (`None` for a gap).
    pub fn start_place(&self) -> Option<&PlaceId> {
        match &self.kind {
            StepKind::Stop { place } => Some(place),
            StepKind::Leg(leg) => Some(&leg.from),
            StepKind::Gap => None,
        }
    }

    /// Where he is when the step ends (`None` for a gap).
    pub fn end_place(&self) -> Option<&PlaceId> {
        match &self.kind {
            StepKind::Stop { place } => Some(place),
            StepKind::Leg(leg) => Some(&leg.to),
            StepKind::Gap => None,
        }
    }

    /// Whether the step is at, from or to `place`.
    pub fn involves(&self, place: &str) -> bool {
        match &self.kind {
            StepKind::Stop { place: p } => p.as_str() == place,
            StepKind::Leg(leg) => leg.from.as_str() == place || leg.to.as_str() == place,
            StepKind::Gap => false,
        }
    }
}

/// Something that is not his movement but shapes the story, on its own timeline track.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContextEvent {
    /// Stable id.
    pub id: EventId,
    /// A short label.
    pub title: Localized,
    /// Where, if one place.
    pub place: Option<PlaceId>,
    /// When.
    pub span: TimeSpan,
    /// The passages that tell or reflect it.
    pub passages: Vec<Passage>,
    /// Where the time comes from when it is not the text.
    pub note: Option<Localized>,
}
