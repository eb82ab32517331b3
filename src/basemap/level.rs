//! Which of the two coastline files to draw.

/// Level of detail. The regional view spans some 90 km; drawing it with the city file would
/// push twice the vertices through the renderer for detail smaller than a pixel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Level {
    /// The whole story area (Kronstadt to Gatchina): simplified to 60 m, 3 decimals (250 m
    /// outside the story's area, at the extent's edges). Compiled into the app.
    Region,
    /// The city and closer: GSHHG full resolution simplified to 5 m only, 4 decimals (40 m
    /// outside the story's area), with the city of 1917. Fetched after the first view.
    City,
}

impl Level {
    /// Both levels, coarse first, for code (and tests) that must handle each.
    pub const ALL: [Level; 2] = [Level::Region, Level::City];

    /// The Douglas-Peucker tolerance the generator used for this level in the story's area,
    /// in metres: the geometry there may be off by this much, so it is also what a caller
    /// may trust (outside it, where nothing of the story happens, the tolerance is coarser).
    pub const fn tolerance_m(self) -> f64 {
        match self {
            Level::Region => 60.0,
            Level::City => 5.0,
        }
    }

    /// The level to draw at a map scale: the regional layer while its tolerance stays under
    /// two pixels, so the switch to the city layer is not visible as a jump.
    pub fn for_metres_per_pixel(metres_per_pixel: f64) -> Level {
        if metres_per_pixel * 2.0 >= Level::Region.tolerance_m() {
            Level::Region
        } else {
            Level::City
        }
    }
}
