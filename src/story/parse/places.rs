//! `places.geojson`: a GeoJSON FeatureCollection of points, one feature per place, with the
//! story's own properties; any GIS tool can open it as it is. Features and their geometry
//! are read by the `geojson` crate; the properties by the story's own validation.

use std::collections::HashMap;

use geojson::GeometryValue;
use serde_json::Value;

use super::fields::{parse_json, Fields};
use super::{feature, passage, Ids, Known};
use crate::base::position::LonLat;
use crate::story::ids::PlaceId;
use crate::story::model::{Place, PlaceKind};
use crate::story::problem::{files::PLACES, Problem};

/// The places and their ids, or `None` when the file cannot be read at all.
pub(crate) fn parse(
    src: &str,
    known: &Known<'_>,
    problems: &mut Vec<Problem>,
) -> Option<(Vec<Place>, Ids)> {
    // The collection and each feature are read as JSON first, so that a problem is
    // reported with its feature's id; each feature is then read by the `geojson` crate.
    let root = parse_json(PLACES, src, problems)?;
    let mut f = Fields::open(PLACES, "file".into(), &root, problems)?;
    let features = feature::collection(&mut f);
    f.finish();

    let mut places = Vec::new();
    let mut ids = Ids::new();
    for (i, feature) in features.iter().enumerate() {
        if let Some(place) = read_feature(i, feature, known, &mut ids, problems) {
            places.push(place);
        }
    }
    check_parents(&places, &ids, problems);
    Some((places, ids))
}

fn read_feature(
    index: usize,
    value: &Value,
    known: &Known<'_>,
    seen: &mut Ids,
    problems: &mut Vec<Problem>,
) -> Option<Place> {
    let feat = feature::read(PLACES, "place", index, value, seen, problems)?;
    if !feat.geometry_present {
        problems.push(Problem::new(
            PLACES,
            &feat.record,
            "geometry",
            "missing (write null for a place that cannot be located)",
        ));
    }
    let id = feat.id;
    let properties = feat.properties?;
    let mut f = Fields::open(PLACES, feat.record, &properties, problems)?.with_prefix("properties");
    let point = if feat.geometry_present {
        read_geometry(&mut f, feat.geometry)
    } else {
        None
    };
    let kind = f.one_of("kind", "kind", &PlaceKind::ALL, PlaceKind::name);
    let name = f.localized("name");
    let modern_name = f.opt_localized("modern_name");
    let forms = f.strings("forms").into_iter().map(str::to_owned).collect();
    let parent = f.opt_str("parent").map(PlaceId::new);
    let rank = f.integer("rank", 1..=3).map(|r| r as u8);
    let precision_m = f.opt_number("precision_m").and_then(|m| {
        if m > 0.0 && m.is_finite() {
            Some(m)
        } else {
            f.report(
                "precision_m",
                format!("{m} is not a positive number of metres"),
            );
            None
        }
    });
    let mentions = passage::read_list(&mut f, "mentions", known);
    let note = f.opt_localized("note");
    f.finish();
    Some(Place {
        id: PlaceId::new(id?),
        kind: kind?,
        name: name?,
        modern_name,
        forms,
        point: point?,
        precision_m,
        parent,
        rank: rank?,
        mentions,
        note,
    })
}

/// The place's point as the `geojson` crate read it: `Some(None)` for a null geometry (a
/// place we cannot locate), `None` on error.
fn read_geometry(
    f: &mut Fields<'_, '_>,
    geometry: Option<GeometryValue>,
) -> Option<Option<LonLat>> {
    let coordinates = match geometry {
        None => return Some(None),
        Some(GeometryValue::Point { coordinates }) => coordinates,
        Some(_) => {
            f.report_beside(
                "geometry.type",
                "only Point geometries (or a null geometry for an unknown location)",
            );
            return None;
        }
    };
    let &[lon, lat] = coordinates.as_slice() else {
        f.report_beside(
            "geometry.coordinates",
            "expected [longitude, latitude] in degrees",
        );
        return None;
    };
    check_lon_lat(lon, lat)
        .map_err(|m| f.report_beside("geometry.coordinates", m))
        .ok()?;
    Some(Some(LonLat::new(lon, lat)))
}

/// Checks a position's range; a swapped pair (latitude first) is the usual culprit.
pub(crate) fn check_lon_lat(lon: f64, lat: f64) -> Result<(), String> {
    if !(-180.0..=180.0).contains(&lon)
        || !(-90.0..=90.0).contains(&lat)
        || !lon.is_finite()
        || !lat.is_finite()
    {
        return Err(format!(
            "[{lon}, {lat}] is out of range: longitude −180…180, latitude −90…90 (GeoJSON puts longitude first)"
        ));
    }
    Ok(())
}

fn check_parents(places: &[Place], ids: &Ids, problems: &mut Vec<Problem>) {
    let parent_of: HashMap<&str, Option<&str>> = places
        .iter()
        .map(|p| (p.id.as_str(), p.parent.as_ref().map(PlaceId::as_str)))
        .collect();
    for place in places {
        let Some(parent) = &place.parent else {
            continue;
        };
        let record = format!("place `{}`", place.id);
        if !ids.contains(parent.as_str()) {
            problems.push(Problem::new(
                PLACES,
                &record,
                "properties.parent",
                format!("unknown place id `{parent}`"),
            ));
            continue;
        }
        let mut at = Some(parent.as_str());
        let mut steps = 0;
        while let Some(p) = at {
            if p == place.id.as_str() || steps > places.len() {
                problems.push(Problem::new(
                    PLACES,
                    &record,
                    "properties.parent",
                    "the parents form a loop",
                ));
                break;
            }
            at = parent_of.get(p).copied().flatten();
            steps += 1;
        }
    }
}
