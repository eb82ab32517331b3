//! The whole story as one GeoJSON FeatureCollection (RFC 7946), for GIS tools: QGIS,
//! kepler.gl, or any script. `story export` writes it and the release build ships it as
//! `story.geojson`; every property is documented in `docs/story-format.md`.
//!
//! Properties are flat scalars where they can be (`name_en`, not `name.en`) because GIS
//! tools show nested objects as opaque text; lists (people, passages) stay arrays. Times
//! are ISO 8601 Gregorian local times, which time-aware tools read as they are, with the
//! Julian date beside them (the calendar of 1917 Russia and of the memoir). Nothing here
//! is in the app: the build runs it natively, so it costs the wasm nothing.

use geojson::{feature::Id, Feature, FeatureCollection, Geometry, JsonObject, JsonValue};
use serde_json::json;

use super::model::{ContextEvent, Localized, Passage, Place, Step, StepKind};
use super::overlay::{Overlay, OverlayShape, Shown};
use super::Story;
use crate::base::position::LonLat;
use crate::base::time::{Instant, TimeSpan};

/// The story as a FeatureCollection: the places (in file order), then the steps (in
/// order), then the context events, then the map overlays (in file order).
pub fn to_geojson(story: &Story) -> FeatureCollection {
    let places = story.places().iter().map(|p| place(story, p));
    let steps = story
        .steps()
        .iter()
        .enumerate()
        .map(|(i, s)| step(story, i, s));
    let events = story.context_events().iter().map(|e| event(story, e));
    let overlays = story.overlays().iter().map(|o| overlay(story, o));
    FeatureCollection::new(places.chain(steps).chain(events).chain(overlays))
}

/// The FeatureCollection as the text of `story.geojson`: compact JSON (108 KB for the
/// bundled story, against 135 KB pretty-printed), since it is downloaded, not read.
pub fn to_geojson_string(story: &Story) -> String {
    geojson::GeoJson::from(to_geojson(story)).to_string()
}

/// ISO 8601 in the Gregorian calendar, local Petrograd time, to the second
/// (`1917-11-08T21:00:00`): what time-aware GIS tools parse.
pub fn iso_gregorian(t: Instant) -> String {
    let g = t.gregorian();
    format!("{}T{:02}:{:02}:00", g.date, g.hour, g.minute)
}

/// The same moment in the Julian calendar, in the data files' own form (`1917-10-26T21:00`).
pub fn julian(t: Instant) -> String {
    t.to_string()
}

fn feature(id: String, geometry: Option<Geometry>, properties: JsonObject) -> Feature {
    Feature {
        bbox: None,
        geometry,
        id: Some(Id::String(id)),
        properties: Some(properties),
        foreign_members: None,
    }
}

fn point(p: Option<LonLat>) -> Option<Geometry> {
    p.map(|p| Geometry::new_point([p.lon, p.lat]))
}

fn object(value: JsonValue) -> JsonObject {
    match value {
        JsonValue::Object(map) => map,
        _ => JsonObject::new(),
    }
}

/// `name_en`/`name_fr`-style pairs, null when absent.
fn localized(props: &mut JsonObject, key: &str, text: Option<&Localized>) {
    props.insert(format!("{key}_en"), json!(text.map(|t| &t.en)));
    props.insert(format!("{key}_fr"), json!(text.map(|t| &t.fr)));
}

/// The time properties shared by steps and events.
fn span(props: &mut JsonObject, span: &TimeSpan) {
    props.insert("start".into(), json!(iso_gregorian(span.start)));
    props.insert("end".into(), json!(iso_gregorian(span.end)));
    props.insert("start_julian".into(), json!(julian(span.start)));
    props.insert("end_julian".into(), json!(julian(span.end)));
    props.insert("certainty".into(), json!(span.certainty.name()));
    props.insert("phrase".into(), json!(span.phrase));
}

/// The passages' words and where they are.
fn passages(props: &mut JsonObject, story: &Story, passages: &[Passage]) {
    let words: Vec<&str> = passages.iter().map(|p| story.quote(p)).collect();
    let blocks: Vec<&str> = passages.iter().map(|p| p.block.as_str()).collect();
    props.insert("passages".into(), json!(words));
    props.insert("paragraphs".into(), json!(blocks));
    // The translation's words too (`passages_en`), in the same order.
    if let Some(translation) = story.translation() {
        let translated: Vec<&str> = passages
            .iter()
            .map(|p| story.translated_quote(p).unwrap_or(""))
            .collect();
        props.insert(
            format!("passages_{}", translation.language),
            json!(translated),
        );
    }
}

fn place(story: &Story, p: &Place) -> Feature {
    let mut props = object(json!({
        "feature": "place",
        "place": p.id.as_str(),
        "kind": p.kind.name(),
        "precision_m": p.precision_m,
        "parent": p.parent.as_ref().map(|id| id.as_str()),
        "rank": p.rank,
    }));
    localized(&mut props, "name", Some(&p.name));
    localized(&mut props, "modern_name", p.modern_name.as_ref());
    localized(&mut props, "note", p.note.as_ref());
    let about: Vec<Passage> = story
        .passages_about(p.id.as_str())
        .into_iter()
        .cloned()
        .collect();
    passages(&mut props, story, &about);
    feature(format!("place/{}", p.id), point(p.point), props)
}

fn step(story: &Story, order: usize, s: &Step) -> Feature {
    let (kind, geometry) = match &s.kind {
        StepKind::Stop { place } => (
            "stop",
            point(story.place(place.as_str()).and_then(|p| p.point)),
        ),
        StepKind::Leg(leg) => (
            "leg",
            (leg.route.len() >= 2)
                .then(|| Geometry::new_line_string(leg.route.iter().map(|p| [p.lon, p.lat]))),
        ),
        StepKind::Gap => ("gap", None),
    };
    let leg = s.leg();
    let mut props = object(json!({
        "feature": kind,
        "step": s.id.as_str(),
        "order": order,
        "place": s.place().map(|id| id.as_str()),
        "from": leg.map(|l| l.from.as_str()),
        "to": leg.map(|l| l.to.as_str()),
        "mode": leg.map(|l| l.mode.name()),
        "route_certainty": leg.map(|l| l.route_certainty.name()),
        "planned": s.planned,
        "with": s.with.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
    }));
    span(&mut props, &s.span);
    localized(&mut props, "title", Some(&s.title));
    localized(&mut props, "note", s.note.as_ref());
    passages(&mut props, story, &s.passages);
    feature(format!("step/{}", s.id), geometry, props)
}

fn event(story: &Story, e: &ContextEvent) -> Feature {
    let place = e.place.as_ref().and_then(|id| story.place(id.as_str()));
    let mut props = object(json!({
        "feature": "event",
        "event": e.id.as_str(),
        "place": e.place.as_ref().map(|id| id.as_str()),
    }));
    span(&mut props, &e.span);
    localized(&mut props, "title", Some(&e.title));
    localized(&mut props, "note", e.note.as_ref());
    passages(&mut props, story, &e.passages);
    feature(
        format!("event/{}", e.id),
        point(place.and_then(|p| p.point)),
        props,
    )
}

/// Points around a range circle in the export: a ring any GIS tool draws as it is.
const EXPORTED_RING_SEGMENTS: usize = 96;

fn overlay(story: &Story, o: &Overlay) -> Feature {
    let line = |points: &[LonLat]| points.iter().map(|p| [p.lon, p.lat]).collect::<Vec<_>>();
    let geometry = match &o.shape {
        OverlayShape::Point(p) => Geometry::new_point([p.lon, p.lat]),
        OverlayShape::Line(l) | OverlayShape::Movement(l) => Geometry::new_line_string(line(l)),
        OverlayShape::Area(ring) => Geometry::new_polygon([line(ring)]),
        OverlayShape::Range(ring) => {
            Geometry::new_polygon([line(&ring.outline(EXPORTED_RING_SEGMENTS))])
        }
    };
    let range = match &o.shape {
        OverlayShape::Range(ring) => Some(ring),
        _ => None,
    };
    let ids = |list: &[super::PlaceId]| list.iter().map(|p| p.as_str().to_owned()).collect();
    let mut props = object(json!({
        "feature": "overlay",
        "overlay": o.id.as_str(),
        "kind": o.shape.kind_name(),
        "side": o.side.name(),
        "approximate": o.approximate,
        "route_certainty": o.certainty.map(|c| c.name()),
        "centre": range.map(|r| [r.centre.lon, r.centre.lat]),
        "radius_m": range.map(|r| r.radius_m),
        "within": range.map(|r| ids(&r.within)).unwrap_or_else(Vec::<String>::new),
        "beyond": range.map(|r| ids(&r.beyond)).unwrap_or_else(Vec::<String>::new),
        "source": o.source,
        "event": o.event.as_ref().map(|e| e.as_str()),
    }));
    match &o.shown {
        Shown::Steps(steps) => {
            let steps: Vec<&str> = steps.iter().map(|s| s.as_str()).collect();
            props.insert("shown_with_steps".into(), json!(steps));
        }
        Shown::During(during) => span(&mut props, during),
    }
    localized(&mut props, "label", Some(&o.label));
    localized(&mut props, "note", o.note.as_ref());
    passages(&mut props, story, &o.passages);
    feature(format!("overlay/{}", o.id), Some(geometry), props)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_gregorian_iso_with_the_julian_beside() {
        let t = Instant::from_minutes(26 * 60);
        assert_eq!(iso_gregorian(t), "1917-11-09T02:00:00");
        assert_eq!(julian(t), "1917-10-27T02:00");
    }
}
