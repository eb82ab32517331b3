//! The basemap files compiled into the binary: the app must work offline, with no fetch.

use super::Level;

/// Credit line the map must show: GSHHG's licence (LGPL-3+) asks for it, and readers should
/// know the railways are the project's drawing, not a survey.
pub const ATTRIBUTION: &str =
    "Coastline: GSHHG 2.3.7 (Wessel & Smith), LGPL-3+ · Railways and streets of 1917: \
     drawn by the project, approximate";

pub(super) const REGION: (&str, &str) = (
    "assets/basemap/region.geojson",
    include_str!("../../assets/basemap/region.geojson"),
);
pub(super) const CITY: (&str, &str) = (
    "assets/basemap/city.geojson",
    include_str!("../../assets/basemap/city.geojson"),
);
pub(super) const RAILWAYS: (&str, &str) = (
    "assets/basemap/railways.geojson",
    include_str!("../../assets/basemap/railways.geojson"),
);
pub(super) const STREETS: (&str, &str) = (
    "assets/basemap/streets.geojson",
    include_str!("../../assets/basemap/streets.geojson"),
);

/// The files that make up the basemap at `level`, as (path for error messages, contents):
/// the coastline file of that level, then the drawn layers shared by both levels.
pub(super) fn files(level: Level) -> [(&'static str, &'static str); 3] {
    let coast = match level {
        Level::Region => REGION,
        Level::City => CITY,
    };
    [coast, RAILWAYS, STREETS]
}
