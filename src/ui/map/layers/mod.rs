//! What is drawn in layer space: the basemap and the journey's routes. Their path strings
//! are built once; a pan or zoom only rewrites the `transform` of their group.

pub mod basemap;
pub mod routes;
