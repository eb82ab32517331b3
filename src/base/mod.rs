//! The bottom layer: the types that the story, the basemap and the logic all speak.
//!
//! Positions ([`position`]), their compact encoding for the baked data ([`packed`]), the
//! Julian and Gregorian calendars ([`calendar`]) and the story's instants and spans
//! ([`time`]). Nothing here uses any other module of the crate, so the layers form one
//! order, bottom to top: base, story and basemap, logic, state, ui.

pub mod calendar;
pub mod fold;
pub mod packed;
pub mod position;
pub mod time;
