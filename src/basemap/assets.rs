//! The basemap files as the loaders read them (`build.rs` and the tests): the app itself
//! gets them baked, the region level in its binary and the city level fetched after the
//! first view (`crate::baked`).

use super::Level;

/// Credit line the map must show: GSHHG's licence (LGPL-3+) asks for it, and readers should
/// know the railways are the project's drawing, not a survey.
pub const ATTRIBUTION: &str =
    "Coastline: GSHHG 2.3.7 (Wessel & Smith), LGPL-3+ · The Neva through the city, railways, \
     streets, canals, bridges and districts of 1917: drawn by the project, approximate";

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
pub(super) const CITY_1917: (&str, &str) = (
    "assets/basemap/city_1917.geojson",
    include_str!("../../assets/basemap/city_1917.geojson"),
);

/// The files that make up the basemap at `level`, as (path for error messages, contents):
/// the coastline file of that level, the railways, and in the city the streets, canals,
/// bridges and districts of 1917, which only the city's zoom shows.
pub(super) fn files(level: Level) -> &'static [(&'static str, &'static str)] {
    match level {
        Level::Region => &[REGION, RAILWAYS],
        Level::City => &[CITY, RAILWAYS, CITY_1917],
    }
}
