//! The map's layers under the markers: the basemap, the railways and the journey's routes
//! in layer space (their path strings built once; a pan or zoom only rewrites the
//! `transform` of their group), and the routes' chevrons in screen space.

pub mod basemap;
pub mod chevrons;
pub mod railways;
pub mod routes;
