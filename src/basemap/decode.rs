//! From the bundled files to a [`Basemap`], checking what the renderer relies on (closed
//! rings, lines of two points or more, finite coordinates) so it never has to.

use super::assets;
use super::error::BasemapError;
use super::model::{Basemap, CityLine, District, Names, Polygon, Railway, Ring, River, Station};
use super::wire::Properties;
use super::Level;
use crate::base::position::LonLat;
use geojson::{Feature, FeatureCollection, GeometryValue, Position};

impl Basemap {
    /// The basemap compiled into the app, at `level`. Fails only if `assets/basemap/` was
    /// regenerated badly; the native tests decode every level, so a release cannot ship that.
    pub fn bundled(level: Level) -> Result<Basemap, BasemapError> {
        let mut map = Basemap::empty(level);
        for &(file, text) in assets::files(level) {
            let collection: FeatureCollection = text
                .parse()
                .map_err(|e: geojson::Error| BasemapError::in_file(file, e.to_string()))?;
            for (index, feature) in collection.features.into_iter().enumerate() {
                add_feature(&mut map, feature)
                    .map_err(|message| BasemapError::in_feature(file, index, message))?;
            }
        }
        Ok(map)
    }
}

fn add_feature(map: &mut Basemap, feature: Feature) -> Result<(), String> {
    let props: Properties = serde_json::from_value(serde_json::Value::Object(
        feature.properties.unwrap_or_default(),
    ))
    .map_err(|e| format!("properties: {e}"))?;
    let geometry = feature
        .geometry
        .map(|g| g.value)
        .ok_or("missing geometry")?;
    let name = || props.name.clone().ok_or("missing property `name`");
    let id = || props.id.clone().ok_or("missing property `id`");
    match (props.kind.as_str(), geometry) {
        ("water", GeometryValue::Polygon { coordinates: rings }) => map.water.push(polygon(rings)?),
        ("land", GeometryValue::Polygon { coordinates: rings }) => map.land.push(polygon(rings)?),
        ("land", GeometryValue::MultiPolygon { coordinates: polys }) => {
            for rings in polys {
                map.land.push(polygon(rings)?);
            }
        }
        (
            "river",
            GeometryValue::LineString {
                coordinates: points,
            },
        ) => map.rivers.push(River {
            name: name()?,
            points: line(points)?,
        }),
        ("river", GeometryValue::MultiLineString { coordinates: lines }) => {
            for points in lines {
                map.rivers.push(River {
                    name: name()?,
                    points: line(points)?,
                });
            }
        }
        (
            "railway",
            GeometryValue::LineString {
                coordinates: points,
            },
        ) => map.railways.push(Railway {
            id: id()?,
            name: name()?,
            points: line(points)?,
            approximate: props.approximate.unwrap_or(false),
            source: props.source.clone().unwrap_or_default(),
        }),
        ("station", GeometryValue::Point { coordinates: p }) => map.stations.push(Station {
            id: id()?,
            name: name()?,
            lines: props.lines.clone().unwrap_or_default(),
            pos: position(p)?,
        }),
        (
            kind @ ("street" | "canal" | "bridge"),
            GeometryValue::LineString {
                coordinates: points,
            },
        ) => {
            let city_line = CityLine {
                id: id()?,
                name: names(&props)?,
                points: line(points)?,
                approximate: props.approximate.unwrap_or(false),
                source: props.source.clone().unwrap_or_default(),
                note: props.note.clone(),
                label_at: props.label_at.as_deref().map(lonlat).transpose()?,
            };
            match kind {
                "street" => map.streets.push(city_line),
                "canal" => map.canals.push(city_line),
                _ => map.bridges.push(city_line),
            }
        }
        ("district", GeometryValue::Point { coordinates: p }) => map.districts.push(District {
            id: id()?,
            name: names(&props)?,
            pos: position(p)?,
            approximate: props.approximate.unwrap_or(false),
            source: props.source.clone().unwrap_or_default(),
            note: props.note.clone(),
        }),
        (kind, _) => return Err(format!("unexpected geometry for kind `{kind}`")),
    }
    Ok(())
}

/// The names of a city feature: both languages required, today's both or neither.
fn names(props: &Properties) -> Result<Names, String> {
    let en = props.name.clone().ok_or("missing property `name`")?;
    let fr = props.name_fr.clone().ok_or("missing property `name_fr`")?;
    let today = match (&props.today, &props.today_fr) {
        (Some(en), Some(fr)) => Some((en.clone(), fr.clone())),
        (None, None) => None,
        _ => return Err("`today` and `today_fr` go together".to_owned()),
    };
    Ok(Names { en, fr, today })
}

fn position(p: Position) -> Result<LonLat, String> {
    lonlat(p.as_slice())
}

fn lonlat(p: &[f64]) -> Result<LonLat, String> {
    let &[lon, lat] = p else {
        return Err(format!("position {p:?} is not [lon, lat]"));
    };
    if lon.is_finite() && lat.is_finite() && lon.abs() <= 180.0 && lat.abs() <= 90.0 {
        Ok(LonLat::new(lon, lat))
    } else {
        Err(format!("position [{lon}, {lat}] is not a WGS84 position"))
    }
}

fn line(points: Vec<Position>) -> Result<Vec<LonLat>, String> {
    if points.len() < 2 {
        return Err(format!("a line needs 2 positions, got {}", points.len()));
    }
    points.into_iter().map(position).collect()
}

fn polygon(rings: Vec<Vec<Position>>) -> Result<Polygon, String> {
    if rings.is_empty() {
        return Err("a polygon needs an outer ring".to_owned());
    }
    rings.into_iter().map(ring).collect()
}

fn ring(points: Vec<Position>) -> Result<Ring, String> {
    if points.len() < 4 {
        return Err(format!("a ring needs 4 positions, got {}", points.len()));
    }
    if points.first() != points.last() {
        return Err("a ring must end where it starts".to_owned());
    }
    points.into_iter().map(position).collect()
}
