//! The numbers the map's labels are laid out with — font sizes, line height, how much
//! wider or narrower a styled name is than [`estimate_text_width`], the room kept around
//! each — in one place, so that the three placers (the places' names, the overlays'
//! labels, the city's names) agree with each other and with the stylesheet.
//!
//! Where `map.css` sets the same size, the constant says so and the stylesheet names the
//! constant back; `tests/map_labels.rs` reads `map.css` and checks that they still agree,
//! since a label drawn bigger than it was placed overlaps its neighbours.

use crate::logic::geo::labels::estimate_text_width;
use crate::logic::geo::{Bounds, LabelOptions, Point};
use crate::story::Place;

/// A text box's height as a multiple of its font size: one line and its leading. The
/// second line of a city name is written this far under the first (`dy`, in `em`).
pub const LINE_HEIGHT: f64 = 1.2;

/// Font size of the most important places' names (rank 1), px. Set on each `<text>` as its
/// `font-size` attribute (`map.css` sets none for `.place-label`).
pub const PLACE_FONT_BIG: f64 = 14.0;
/// Font size of the other places' names, px; stays readable (≥ 11 px). Set like
/// [`PLACE_FONT_BIG`].
pub const PLACE_FONT_SMALL: f64 = 12.0;

/// How much wider than [`estimate_text_width`] a rank 1 place's name is drawn: bold with
/// letter-spacing (`map.css`, `.place.rank-1 .place-label`), about 15 % wider than plain
/// text.
pub const BOLD_WIDTH: f64 = 1.05;
/// How wide plain (roman or italic) text is drawn, against [`estimate_text_width`]: a
/// little narrower than the estimate, which errs wide.
pub const PLAIN_WIDTH: f64 = 0.9;

/// Font size of an overlay's label, px: `map.css` sets the same on `.overlay-label`.
pub const OVERLAY_FONT: f64 = 13.0;

/// Font size of a district's name, px: `map.css` sets the same on `.city-label.district`.
pub const DISTRICT_FONT: f64 = 12.0;
/// Font size of an avenue's or a canal's name, px: `map.css` sets the same on
/// `.city-label`.
pub const LINE_FONT: f64 = 11.0;
/// The second line of a city name (today's name) against the first: `map.css` sets
/// `font-size: 0.85em` on `.city-label .today`.
pub const TODAY_SCALE: f64 = 0.85;
/// The height of a two-line city name, in lines of its first line's font: the first line,
/// then the smaller second one written [`LINE_HEIGHT`] `em` of its own font under it.
pub const TWO_LINES: f64 = 2.15;

/// The font size of `place`'s name.
pub fn place_font(place: &Place) -> f64 {
    if place.rank <= 1 {
        PLACE_FONT_BIG
    } else {
        PLACE_FONT_SMALL
    }
}

/// The width in pixels of `place`'s name `text` at `font` px, as drawn: what the label
/// placer and the other layers' placers (overlays, city names) keep clear of.
pub fn place_label_width(place: &Place, text: &str, font: f64) -> f64 {
    let factor = if place.rank <= 1 {
        BOLD_WIDTH
    } else {
        PLAIN_WIDTH
    };
    estimate_text_width(text, font) * factor
}

/// The width in pixels of plain `text` at `font` px, as drawn (the city's names).
pub fn plain_width(text: &str, font: f64) -> f64 {
    estimate_text_width(text, font) * PLAIN_WIDTH
}

/// The height in pixels of one line of text at `font` px.
pub fn line_height(font: f64) -> f64 {
    font * LINE_HEIGHT
}

/// How one layer's labels keep their distances.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spacing {
    /// From the anchor to the text's box ([`LabelOptions::offset`]), px.
    pub offset: f64,
    /// Clear space between two labels, px.
    pub margin: f64,
    /// Labels stay this far inside the map's edges, px, so none is cut off.
    pub inset: f64,
    /// Added to a place's marker radius for the box the labels keep clear of, px.
    pub marker_pad: f64,
}

impl Spacing {
    /// The part of a `width × height` map the labels may use.
    pub fn area(&self, width: f64, height: f64) -> Bounds {
        Bounds::from_origin_size(
            Point::new(self.inset, self.inset),
            width - 2.0 * self.inset,
            height - 2.0 * self.inset,
        )
    }

    /// The label placer's options on a `width × height` map.
    pub fn options(&self, width: f64, height: f64) -> LabelOptions {
        LabelOptions {
            offset: self.offset,
            margin: self.margin,
            area: Some(self.area(width, height)),
        }
    }
}

/// The places' names: 10 px from the marker's centre clears the biggest marker (8 px) and
/// its stroke.
pub const PLACE_SPACING: Spacing = Spacing {
    offset: 10.0,
    margin: 3.0,
    inset: 2.0,
    marker_pad: 1.0,
};

/// The overlays' labels: further from their anchor than a place's name (an overlay's point
/// is a 12 px ring), and clear of the places' markers by a little more.
pub const OVERLAY_SPACING: Spacing = Spacing {
    offset: 16.0,
    margin: 2.0,
    inset: 4.0,
    marker_pad: 2.0,
};

/// The city's names: centred on their spot (no offset), under the story's places.
pub const CITY_SPACING: Spacing = Spacing {
    offset: 0.0,
    margin: 3.0,
    inset: 4.0,
    marker_pad: 1.0,
};

/// How far under its anchor an overlay's label that found no room is centred, px: it is
/// still said, below the overlay's ring or arrowhead rather than over it.
pub const OVERLAY_FALLBACK_DROP: f64 = 24.0;
/// How close such a label may come to the map's left and right edges, px.
pub const OVERLAY_FALLBACK_SIDE: f64 = 8.0;
/// How close such a label's centre may come to the map's bottom edge, px.
pub const OVERLAY_FALLBACK_BOTTOM: f64 = 12.0;

/// Screen boxes the labels must keep clear of on a `w × h` map: the controls in the
/// corners (the zoom buttons, the north arrow, the legend's title above the scale bar, the
/// scale bar, the attribution of up to two lines), as `map.css` places them
/// (`.map-controls`, `.map-north`, `.map-legend`, `.map-scale`, `.map-attribution`).
pub fn control_boxes(w: f64, h: f64) -> Vec<Bounds> {
    vec![
        Bounds::from_origin_size(Point::new(0.0, 0.0), 52.0, 150.0),
        Bounds::from_origin_size(Point::new(w - 48.0, 0.0), 48.0, 56.0),
        Bounds::from_origin_size(Point::new(0.0, h - 74.0), 110.0, 34.0),
        Bounds::from_origin_size(Point::new(0.0, h - 40.0), 150.0, 40.0),
        Bounds::from_origin_size(Point::new(w - 340.0, h - 28.0), 340.0, 28.0),
    ]
}
