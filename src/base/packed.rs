//! A compact serde form for lines of positions, used when the build bakes the story and the
//! basemap into the app (`build.rs`, `crate::baked`).
//!
//! Every coordinate in `assets/` has at most four decimals, so a line is stored as whole
//! ten-thousandths of a degree, each position as the difference from the one before. In a
//! varint format such as postcard most differences take one byte, where an `f64` takes
//! eight. Encoding refuses a coordinate that does not survive the round trip exactly, so a
//! future file with finer coordinates fails the build instead of being rounded unseen.

use serde::de::Deserializer;
use serde::ser::{Error as _, Serializer};
use serde::{Deserialize, Serialize};

use crate::base::position::LonLat;

/// Units per degree: four decimals.
const SCALE: f64 = 10_000.0;

fn quantize(degrees: f64) -> Option<i32> {
    let units = (degrees * SCALE).round();
    let fits = units.abs() <= f64::from(i32::MAX) && units / SCALE == degrees;
    // The range is checked just above, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation)]
    fits.then_some(units as i32)
}

/// Differences of whole units, longitude then latitude for each position.
fn pack(points: &[LonLat]) -> Result<Vec<i32>, LonLat> {
    let mut deltas = Vec::with_capacity(points.len() * 2);
    let (mut lon0, mut lat0) = (0i32, 0i32);
    for &point in points {
        let (Some(lon), Some(lat)) = (quantize(point.lon), quantize(point.lat)) else {
            return Err(point);
        };
        deltas.push(lon.wrapping_sub(lon0));
        deltas.push(lat.wrapping_sub(lat0));
        (lon0, lat0) = (lon, lat);
    }
    Ok(deltas)
}

fn unpack(deltas: &[i32]) -> Vec<LonLat> {
    let (mut lon, mut lat) = (0i32, 0i32);
    deltas
        .chunks_exact(2)
        .map(|pair| {
            lon = lon.wrapping_add(pair[0]);
            lat = lat.wrapping_add(pair[1]);
            LonLat::new(f64::from(lon) / SCALE, f64::from(lat) / SCALE)
        })
        .collect()
}

/// `#[serde(with = "line")]` for a `Vec<LonLat>`.
pub mod line {
    use super::*;

    /// Writes the line as packed differences; fails on a coordinate finer than 1e-4°.
    pub fn serialize<S: Serializer>(points: &[LonLat], serializer: S) -> Result<S::Ok, S::Error> {
        pack(points)
            .map_err(|p| {
                S::Error::custom(format!(
                    "coordinate ({}, {}) has more than four decimals",
                    p.lon, p.lat
                ))
            })?
            .serialize(serializer)
    }

    /// Reads a line written by [`serialize`].
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<LonLat>, D::Error> {
        Vec::<i32>::deserialize(deserializer).map(|deltas| unpack(&deltas))
    }
}

/// One line in the packed form, for lines nested in polygons.
struct Line(Vec<LonLat>);

impl Serialize for Line {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        line::serialize(&self.0, serializer)
    }
}

impl<'de> Deserialize<'de> for Line {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        line::deserialize(deserializer).map(Line)
    }
}

/// `#[serde(with = "polygons")]` for a `Vec<Polygon>` (polygons of rings of positions).
pub mod polygons {
    use super::*;

    /// Writes every ring as a packed line.
    pub fn serialize<S: Serializer>(
        polygons: &[Vec<Vec<LonLat>>],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let packed: Vec<Vec<Line>> = polygons
            .iter()
            .map(|rings| rings.iter().map(|ring| Line(ring.clone())).collect())
            .collect();
        packed.serialize(serializer)
    }

    /// Reads polygons written by [`serialize`].
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Vec<Vec<LonLat>>>, D::Error> {
        let packed = Vec::<Vec<Line>>::deserialize(deserializer)?;
        Ok(packed
            .into_iter()
            .map(|rings| rings.into_iter().map(|line| line.0).collect())
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_decimal_lines_round_trip_exactly() {
        let line = vec![
            LonLat::new(30.3964, 59.9464),
            LonLat::new(30.3072, 59.9077),
            LonLat::new(-0.0001, 0.0),
        ];
        let packed = pack(&line).expect("four decimals pack");
        assert_eq!(packed[..2], [303_964, 599_464]);
        assert_eq!(packed[2..4], [303_072 - 303_964, 599_077 - 599_464]);
        assert_eq!(unpack(&packed), line);
    }

    #[test]
    fn a_fifth_decimal_is_refused_not_rounded() {
        let line = [LonLat::new(30.0, 59.0), LonLat::new(30.39641, 59.9464)];
        assert_eq!(pack(&line), Err(line[1]));
    }

    #[test]
    fn non_finite_coordinates_are_refused() {
        assert!(pack(&[LonLat::new(f64::NAN, 59.0)]).is_err());
        assert!(pack(&[LonLat::new(30.0, f64::INFINITY)]).is_err());
    }
}
