//! Map geometry: Web Mercator projection, the viewport, paths and label placement.
