//! The map's layers under the markers: the basemap, the railways and the journey's routes
//! in layer space (their path strings built once; a pan or zoom only rewrites the
//! `transform` of their group), and in screen space the city's names and the routes'
//! chevrons.

pub mod basemap;
pub mod chevrons;
pub mod city_labels;
pub mod railways;
pub mod routes;
