//! What `places.geojson` and `overlays.geojson` share: a FeatureCollection whose features
//! are read as JSON first, so that a problem is reported with its feature's id, then each
//! by the `geojson` crate; the caller reads the geometry and the properties it expects.

use std::collections::HashSet;

use geojson::GeometryValue;
use serde_json::Value;

use super::fields::Fields;
use crate::story::problem::Problem;

/// One feature as read so far.
pub(crate) struct FeatureRecord<'v> {
    /// The record's name for messages: ``place `smolny` ``, or `feature #3` without an id.
    pub record: String,
    /// Its id, when well formed.
    pub id: Option<&'v str>,
    /// Whether the `geometry` field is there at all, even as null.
    pub geometry_present: bool,
    /// The geometry as the `geojson` crate read it; `None` when absent or null.
    pub geometry: Option<GeometryValue>,
    /// The `properties` object; `None` when absent (already reported).
    pub properties: Option<Value>,
}

/// Checks the collection's `type` and returns its features (none when missing).
pub(crate) fn collection<'v>(f: &mut Fields<'v, '_>) -> &'v [Value] {
    if let Some(t) = f.str("type").filter(|t| *t != "FeatureCollection") {
        f.report(
            "type",
            format!("expected \"FeatureCollection\", found `{t}`"),
        );
    }
    f.array("features").unwrap_or(&[])
}

/// Reads feature `index` of `file`, a `kind` (`place`, `overlay`) whose id must be unique
/// among those `seen`: `None` when it is not a GeoJSON Feature (reported).
pub(crate) fn read<'v>(
    file: &'static str,
    kind: &str,
    index: usize,
    value: &'v Value,
    seen: &mut HashSet<String>,
    problems: &mut Vec<Problem>,
) -> Option<FeatureRecord<'v>> {
    let mut f = Fields::open(file, format!("feature #{index}"), value, problems)?;
    let is_feature = match f.str("type") {
        Some("Feature") => true,
        Some(t) => {
            f.report("type", format!("expected \"Feature\", found `{t}`"));
            false
        }
        None => false,
    };
    let id = f.id("id");
    if let Some(id) = id {
        f.rename(format!("{kind} `{id}`"));
        if !seen.insert(id.to_owned()) {
            f.report("id", format!("duplicate {kind} id `{id}`"));
        }
    }
    let geometry_present = f.present("geometry");
    let _ = f.raw("geometry");
    let properties_given = f.raw("properties").is_some();
    if !is_feature {
        f.finish();
        return None;
    }
    let feature = match serde_json::from_value::<geojson::Feature>(value.clone()) {
        Ok(feature) => feature,
        Err(e) => {
            f.report("", format!("not a GeoJSON Feature (RFC 7946): {e}"));
            f.finish();
            return None;
        }
    };
    if !properties_given {
        f.report("properties", "missing");
    }
    let record = f.record().to_owned();
    f.finish();
    Some(FeatureRecord {
        record,
        id,
        geometry_present,
        geometry: feature.geometry.map(|g| g.value),
        properties: feature.properties.map(Value::Object),
    })
}
