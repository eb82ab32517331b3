//! The offline basemap (GSHHG coastline, the Neva, the railways and the city of 1917), decoded from
//! `assets/basemap/` so the map needs no tile server.
//!
//! The files are plain GeoJSON made by `tools/basemap/make_basemap.py`, so reusers can open
//! them in any GIS; this module turns them into the crate's own types at start-up, once per
//! [`Level`], and answers the one spatial question the rest of the app and its tests ask of
//! the coastline: [`Basemap::is_on_land`].

mod assets;
mod decode;
mod error;
mod land;
mod level;
mod model;
mod wire;

pub use assets::ATTRIBUTION;
pub use error::BasemapError;
pub use level::Level;
pub use model::{Basemap, CityLine, District, Names, Polygon, Railway, Ring, River, Station};
