//! The story: places, journey, text, people and context events, parsed from `assets/` and
//! validated, so that every later layer can trust what it reads.
