//! `overlays.geojson`: a GeoJSON FeatureCollection of what the map draws besides his
//! journey, each feature tied to steps, to a context event or to a span of time. Each
//! feature is opened as `places.geojson`'s are ([`feature::read`]).

use std::collections::HashSet;

use geojson::{GeometryValue, Position};
use serde_json::Value;

use super::fields::{parse_json, Fields};
use super::places::check_lon_lat;
use super::{feature, passage, span, Known};
use crate::base::calendar::Calendar;
use crate::base::position::LonLat;
use crate::story::ids::{EventId, OverlayId, PlaceId, StepId};
use crate::story::model::{ContextEvent, RouteCertainty, Step};
use crate::story::overlay::{Overlay, OverlayShape, RangeRing, Shown, Side};
use crate::story::problem::{files::OVERLAYS, Problem};
use crate::story::route::distance_m;

/// The records overlays point at, when their files could be read (`None`: not checkable).
#[derive(Clone, Copy, Default)]
pub(crate) struct Targets<'a> {
    pub steps: Option<&'a [Step]>,
    pub events: Option<&'a [ContextEvent]>,
}

/// The kinds of overlay, as the data names them.
const KINDS: [&str; 5] = ["point", "line", "movement", "area", "range"];

/// The overlays, or `None` when the file cannot be read at all.
pub(crate) fn parse(
    src: &str,
    known: &Known<'_>,
    targets: Targets<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Overlay>> {
    let root = parse_json(OVERLAYS, src, problems)?;
    let mut f = Fields::open(OVERLAYS, "file".into(), &root, problems)?;
    let features = feature::collection(&mut f);
    let calendar = span::read_calendar(&mut f);
    f.finish();

    let mut overlays = Vec::new();
    let mut ids = HashSet::new();
    for (i, feature) in features.iter().enumerate() {
        let reader = FeatureReader {
            known,
            targets,
            calendar,
        };
        if let Some(overlay) = reader.read(i, feature, &mut ids, problems) {
            overlays.push(overlay);
        }
    }
    Some(overlays)
}

/// What every feature is read against.
struct FeatureReader<'k, 'a> {
    known: &'k Known<'a>,
    targets: Targets<'a>,
    calendar: Calendar,
}

impl<'a> FeatureReader<'_, 'a> {
    fn read(
        &self,
        index: usize,
        value: &Value,
        seen: &mut HashSet<String>,
        problems: &mut Vec<Problem>,
    ) -> Option<Overlay> {
        let feat = feature::read(OVERLAYS, "overlay", index, value, seen, problems)?;
        if !feat.geometry_present || feat.geometry.is_none() {
            problems.push(Problem::new(
                OVERLAYS,
                &feat.record,
                "geometry",
                "missing: every overlay is drawn",
            ));
        }
        let geometry = feat.geometry;
        let id = feat.id;
        let properties = feat.properties?;
        let mut f =
            Fields::open(OVERLAYS, feat.record, &properties, problems)?.with_prefix("properties");
        let kind = f.one_of("kind", "kind", &KINDS, |k| k);
        let side = f.one_of("side", "side", &Side::ALL, Side::name);
        let label = f.localized("label");
        let note = f.opt_localized("note");
        let source = f.str("source").map(str::to_owned);
        let approximate = f.flag("approximate");
        let certainty = self.certainty(&mut f, kind);
        let shape = match (kind, geometry) {
            (Some(kind), Some(geometry)) => self.shape(&mut f, kind, geometry),
            _ => {
                // Still mark the kind's own fields as read, so they are not reported as
                // unknown on top of the real problem.
                let _ = (f.raw("radius_m"), f.raw("within"), f.raw("beyond"));
                None
            }
        };
        let (shown, event) = self.when(&mut f);
        let passages = passage::read_list(&mut f, "passages", self.known);
        f.finish();
        Some(Overlay {
            id: OverlayId::new(id?),
            shape: shape?,
            side: side?,
            label: label?,
            note,
            source: source?,
            approximate,
            certainty: certainty?,
            shown: shown?,
            event: event?,
            passages,
        })
    }

    /// A line's or a movement's `certainty`, required for them and refused for the others;
    /// `Some(None)` when the kind has none.
    fn certainty(
        &self,
        f: &mut Fields<'_, '_>,
        kind: Option<&str>,
    ) -> Option<Option<RouteCertainty>> {
        let is_line = matches!(kind, Some("line" | "movement"));
        if !is_line {
            if f.has("certainty") {
                f.report(
                    "certainty",
                    "only lines and movements have a certainty (say `approximate` instead)",
                );
            }
            let _ = f.raw("certainty");
            return Some(None);
        }
        let name = f.str("certainty")?;
        match RouteCertainty::from_name(name) {
            Some(c) => Some(Some(c)),
            None => {
                f.report(
                    "certainty",
                    format!("unknown certainty `{name}` (stated, likely, guess, unknown)"),
                );
                None
            }
        }
    }

    /// The shape: the geometry the kind needs, and a range's own fields.
    fn shape(
        &self,
        f: &mut Fields<'_, '_>,
        kind: &str,
        geometry: GeometryValue,
    ) -> Option<OverlayShape> {
        let range_fields = ["radius_m", "within", "beyond"];
        if kind != "range" {
            for key in range_fields {
                if f.has(key) {
                    f.report(key, "only a range has this field");
                }
            }
            let _ = (f.raw("radius_m"), f.raw("within"), f.raw("beyond"));
        }
        let wrong = |f: &mut Fields<'_, '_>, wanted: &str| {
            f.report_beside(
                "geometry.type",
                format!("a {kind} overlay needs a {wanted} geometry"),
            );
            None
        };
        match (kind, geometry) {
            ("point", GeometryValue::Point { coordinates }) => {
                position(f, coordinates.as_slice()).map(OverlayShape::Point)
            }
            ("range", GeometryValue::Point { coordinates }) => {
                let centre = position(f, coordinates.as_slice());
                self.range(f, centre)
            }
            ("line" | "movement", GeometryValue::LineString { coordinates }) => {
                let line = positions(f, &coordinates)?;
                if line.len() < 2 {
                    f.report_beside(
                        "geometry.coordinates",
                        "a line needs at least two positions",
                    );
                    return None;
                }
                Some(if kind == "line" {
                    OverlayShape::Line(line)
                } else {
                    OverlayShape::Movement(line)
                })
            }
            ("area", GeometryValue::Polygon { coordinates }) => {
                let ring = positions(f, coordinates.first()?)?;
                if ring.len() < 4 || ring.first() != ring.last() {
                    f.report_beside(
                        "geometry.coordinates",
                        "an area's outer ring needs at least four positions, the last equal to the first",
                    );
                    return None;
                }
                Some(OverlayShape::Area(ring))
            }
            ("point" | "range", _) => wrong(f, "Point"),
            ("line" | "movement", _) => wrong(f, "LineString"),
            _ => wrong(f, "Polygon"),
        }
    }

    /// A range's radius and its places, each list checked against the distances.
    fn range(&self, f: &mut Fields<'_, '_>, centre: Option<LonLat>) -> Option<OverlayShape> {
        let radius_m = match f.opt_number("radius_m") {
            Some(r) if r > 0.0 && r.is_finite() => Some(r),
            Some(r) => {
                f.report(
                    "radius_m",
                    format!("{r} is not a positive number of metres"),
                );
                None
            }
            None => {
                if !f.has("radius_m") {
                    f.report("radius_m", "missing: a range needs its radius in metres");
                }
                None
            }
        };
        let within = self.places(f, "within");
        let beyond = self.places(f, "beyond");
        let (centre, radius_m) = (centre?, radius_m?);
        for (key, list, inside) in [("within", &within, true), ("beyond", &beyond, false)] {
            for (i, id) in list.iter().enumerate() {
                let Some(point) = self
                    .known
                    .places
                    .and_then(|places| places.iter().find(|p| p.id == *id))
                    .and_then(|p| p.point)
                else {
                    continue;
                };
                let d = distance_m(centre, point);
                if (d <= radius_m) != inside {
                    let (is, belongs) = if inside {
                        ("beyond", "beyond")
                    } else {
                        ("within", "within")
                    };
                    f.report(
                        &format!("{key}[{i}]"),
                        format!(
                            "`{id}` is {:.1} km from the centre, {is} the {:.1} km range: list it under `{belongs}`",
                            d / 1000.0,
                            radius_m / 1000.0
                        ),
                    );
                }
            }
        }
        Some(OverlayShape::Range(RangeRing {
            centre,
            radius_m,
            within,
            beyond,
        }))
    }

    /// A list of place ids that must exist and be on the map.
    fn places(&self, f: &mut Fields<'_, '_>, key: &'static str) -> Vec<PlaceId> {
        let mut out = Vec::new();
        for (i, id) in f.strings(key).into_iter().enumerate() {
            let field = format!("{key}[{i}]");
            match self
                .known
                .places
                .map(|ps| ps.iter().find(|p| p.id.as_str() == id))
            {
                Some(None) if Known::lacks(self.known.place_ids, id) => {
                    f.report(&field, format!("unknown place id `{id}`"));
                }
                Some(Some(place)) if place.point.is_none() => {
                    f.report(&field, format!("place `{id}` has no position to measure"));
                }
                _ => out.push(PlaceId::new(id)),
            }
        }
        out
    }

    /// `when` (steps, an event, or a span of its own) and the optional `event` the overlay
    /// draws; either is `None` on error.
    fn when(&self, f: &mut Fields<'_, '_>) -> (Option<Shown>, Option<Option<EventId>>) {
        let event = match f.opt_str("event") {
            None => Some(None),
            Some(id) => self.event(f, "event", id).map(|e| Some(e.id.clone())),
        };
        let Some(value) = f.raw("when") else {
            f.report(
                "when",
                "missing: {\"steps\": […]}, {\"event\": …} or {\"start\", \"end\", \"certainty\"}",
            );
            return (None, event);
        };
        let ways = ["steps", "event", "start"]
            .iter()
            .filter(|k| value.get(**k).is_some_and(|v| !v.is_null()))
            .count();
        if value.is_object() && ways != 1 {
            f.report(
                "when",
                "give exactly one of `steps`, `event`, or `start` with `end` and `certainty`",
            );
            return (None, event);
        }
        let record = f.record().to_owned();
        let mut found = Vec::new();
        let shown = Fields::open(OVERLAYS, record, value, &mut found).and_then(|w| {
            let mut w = w.with_prefix("properties.when");
            let shown = if w.has("steps") {
                self.steps(&mut w)
            } else if w.has("event") {
                let id = w.str("event");
                id.and_then(|id| self.event(&mut w, "event", id))
                    .map(|e| Shown::During(e.span.clone()))
            } else {
                span::read(&mut w, self.calendar).map(Shown::During)
            };
            w.finish();
            shown
        });
        f.absorb(found);
        (shown, event)
    }

    /// The steps of `when.steps`, each known.
    fn steps(&self, w: &mut Fields<'_, '_>) -> Option<Shown> {
        let ids = w.strings("steps");
        if ids.is_empty() {
            w.report("steps", "name at least one step");
            return None;
        }
        let mut ok = true;
        for (i, id) in ids.iter().enumerate() {
            if let Some(steps) = self.targets.steps {
                if !steps.iter().any(|s| s.id.as_str() == *id) {
                    w.report(&format!("steps[{i}]"), format!("unknown step id `{id}`"));
                    ok = false;
                }
            }
        }
        ok.then(|| Shown::Steps(ids.into_iter().map(StepId::new).collect()))
    }

    /// The context event `id`, reported as unknown under `key` when it is not one.
    fn event(&self, f: &mut Fields<'_, '_>, key: &str, id: &str) -> Option<&'a ContextEvent> {
        let events = self.targets.events?;
        let found = events.iter().find(|e| e.id.as_str() == id);
        if found.is_none() {
            f.report(key, format!("unknown context event id `{id}`"));
        }
        found
    }
}

/// One `[longitude, latitude]`, checked.
fn position(f: &mut Fields<'_, '_>, coordinates: &[f64]) -> Option<LonLat> {
    let &[lon, lat] = coordinates else {
        f.report_beside(
            "geometry.coordinates",
            "expected [longitude, latitude] in degrees",
        );
        return None;
    };
    check_lon_lat(lon, lat)
        .map_err(|m| f.report_beside("geometry.coordinates", m))
        .ok()?;
    Some(LonLat::new(lon, lat))
}

/// A list of positions, each checked; `None` if any is wrong.
fn positions(f: &mut Fields<'_, '_>, coordinates: &[Position]) -> Option<Vec<LonLat>> {
    let mut out = Vec::with_capacity(coordinates.len());
    for c in coordinates {
        out.push(position(f, c.as_slice())?);
    }
    Some(out)
}
